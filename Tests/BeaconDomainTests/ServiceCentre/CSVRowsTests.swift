import BeaconDomain
import Testing

@Suite("CSV rows read a chunk at a time")
struct CSVRowsTests {
    /// Every row of `text`, its bytes given `size` at a time.
    func rows(_ text: String, chunk size: Int) throws -> [[String]] {
        var bytes = Array(text.utf8)[...]
        var reader = CSVRows {
            defer { bytes = bytes.dropFirst(size) }
            return bytes.isEmpty ? nil : Array(bytes.prefix(size))
        }
        var rows: [[String]] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    /// The same rows whatever the chunks' size, so a row across two chunks reads whole.
    func rowsInAnyChunks(_ text: String) throws -> [[String]] {
        let whole = try rows(text, chunk: 1 << 20)
        for size in 1...text.utf8.count { #expect(try rows(text, chunk: size) == whole, "chunks of \(size)") }
        return whole
    }

    @Test("plain fields, an empty field, LF, CRLF and CR line ends, no line end at the end")
    func plain() throws {
        #expect(try rowsInAnyChunks("a,b,c\n1,,3\r\nx,y,z\rlast,row,") == [["a", "b", "c"], ["1", "", "3"], ["x", "y", "z"], ["last", "row", ""]])
    }

    @Test("quoted fields hold commas, quotes and line breaks")
    func quoted() throws {
        #expect(try rowsInAnyChunks("id,notes\n1,\"a, b\"\n2,\"say \"\"hi\"\"\"\r\n3,\"two\nlines\"\n") ==
                [["id", "notes"], ["1", "a, b"], ["2", "say \"hi\""], ["3", "two\nlines"]])
    }

    @Test("an empty line is one empty field; a final line end makes no extra row")
    func emptyLines() throws {
        #expect(try rowsInAnyChunks("a\n\nb\n") == [["a"], [""], ["b"]])
        #expect(try rows("", chunk: 10) == [])
    }

    @Test("a byte order mark is skipped; other text is kept as UTF-8")
    func byteOrderMark() throws {
        #expect(try rowsInAnyChunks("\u{FEFF}contact_id,queue\nc-1,Caerdydd – Treth\n") == [["contact_id", "queue"], ["c-1", "Caerdydd – Treth"]])
    }

    @Test("a quote left open runs to the end of the file, as a cut-off last line does")
    func openQuote() throws {
        #expect(try rowsInAnyChunks("a,b\n1,\"cut off") == [["a", "b"], ["1", "cut off"]])
    }

    @Test("bytes that are not UTF-8 stop the reading with a problem, after the rows before them")
    func notUTF8() throws {
        var chunks = [Array("a,b\n".utf8), [0x31, 0x2C, 0xFF, 0x0A]]
        var reader = CSVRows { chunks.isEmpty ? nil : chunks.removeFirst() }
        #expect(try reader.next() == ["a", "b"])
        #expect(throws: CSVRows.Problem.self) { try reader.next() }
    }
}
