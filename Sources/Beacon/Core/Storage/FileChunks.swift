import Foundation

/// A file read a megabyte at a time with `read(2)`. Foundation's `FileHandle` on Linux reads in
/// pieces of a few kilobytes, which took a tenth of a million-row import's time in system calls.
final class FileChunks {
    private let descriptor: Int32
    private let size: Int

    /// Opens the file, or nil when it cannot be opened.
    init?(path: String, chunkSize: Int = 1 << 20) {
        descriptor = open(path, O_RDONLY)
        size = chunkSize
        guard descriptor >= 0 else { return nil }
    }

    deinit { if descriptor >= 0 { close(descriptor) } }

    /// The next chunk, or nil at the end of the file.
    func next() throws -> [UInt8]? {
        let chunk = try [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = read(descriptor, buffer.baseAddress! + count, size - count)
                if got < 0 && errno == EINTR { continue }
                guard got >= 0 else { throw CocoaError(.fileReadUnknown) }
                if got == 0 { break }
                count += got
            }
        }
        return chunk.isEmpty ? nil : chunk
    }
}
