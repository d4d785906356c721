import Foundation
import Vapor

/// Turns a report's HTML file into a PDF with headless Chromium, where the server has it
/// (`BEACON_CHROMIUM` names the program, else `chromium`, `chromium-browser` or `google-chrome`
/// is looked for on the `PATH`). Without it, or if it fails, the same report is sent as its
/// HTML file, which any browser prints to PDF.
enum ReportPDF {
    /// How long Chromium may take before it is stopped and the HTML is sent instead.
    static let timeoutSeconds = 60.0

    static func response(html: String, filename: String, on request: Request) async throws -> Response {
        if let program = chromium() {
            if let pdf = await render(html, with: program, logger: request.logger) {
                var headers = HTTPHeaders()
                headers.contentType = HTTPMediaType(type: "application", subType: "pdf")
                headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename).pdf\"")
                return Response(status: .ok, headers: headers, body: .init(data: pdf))
            }
        }
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(filename).html\"")
        return Response(status: .ok, headers: headers, body: .init(string: html))
    }

    /// A file name from the title: "quarterly-performance-report-2026-27-q2".
    static func filename(_ title: String) -> String {
        let slug = title.lowercased().replacingOccurrences(of: "[^a-z0-9]+", with: "-", options: .regularExpression)
        return String(slug.trimmingCharacters(in: CharacterSet(charactersIn: "-")).prefix(80))
    }

    static func chromium() -> URL? {
        let environment = ProcessInfo.processInfo.environment
        if let named = environment["BEACON_CHROMIUM"], !named.isEmpty {
            return FileManager.default.isExecutableFile(atPath: named) ? URL(fileURLWithPath: named) : nil
        }
        let folders = (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for folder in folders where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return URL(fileURLWithPath: "\(folder)/\(name)")
            }
        }
        return nil
    }

    /// Writes the HTML to a folder of its own, prints it to PDF there, and removes the folder.
    /// Chromium is waited for without holding a thread (the thread pool also hashes passwords).
    private static func render(_ html: String, with program: URL, logger: Logger) async -> Data? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("beacon-pdf-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let page = folder.appendingPathComponent("report.html")
            let output = folder.appendingPathComponent("report.pdf")
            try Data(html.utf8).write(to: page)
            // A profile of its own in the folder, so runs never share or leave state.
            let run = ChromiumRun(program: program, arguments: [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=\(folder.path)/profile", "--print-to-pdf=\(output.path)", page.absoluteString,
            ])
            try await run.finish(within: timeoutSeconds)
            let pdf = try Data(contentsOf: output)
            return pdf.starts(with: Data("%PDF".utf8)) ? pdf : nil
        } catch {
            logger.warning("The report's PDF could not be made: \(error)")
            return nil
        }
    }
}

/// One run of Chromium, awaited through its termination handler and stopped if it outlives its
/// time. `Process` is used from the handler's thread and the caller's task, one at a time.
private final class ChromiumRun: @unchecked Sendable {
    private let process = Process()

    init(program: URL, arguments: [String]) {
        process.executableURL = program
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
    }

    func finish(within seconds: Double) async throws {
        let stopper = Task { [self] in
            try await Task.sleep(for: .seconds(seconds))
            if process.isRunning { process.terminate() }
        }
        defer { stopper.cancel() }
        try await withCheckedThrowingContinuation { [process] (continuation: CheckedContinuation<Void, Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
            }
        }
    }
}
