import BeaconDomain
import Testing

@Suite("Cells of CSV downloads that a spreadsheet would run")
struct SpreadsheetCellTests {
    @Test("a cell that starts like a formula is shown as text", arguments: [
        ("=HYPERLINK(\"http://evil.example\",\"Click\")", "'=HYPERLINK(\"http://evil.example\",\"Click\")"),
        ("+44 1632 960000", "'+44 1632 960000"),
        ("-cmd|' /C calc'!A0", "'-cmd|' /C calc'!A0"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\t=1+1", "'\t=1+1"),
        ("\r=1+1", "'\r=1+1"),
        ("-", "'-"),
        ("+", "'+"),
        ("-.", "'-."),
        ("1-2", "1-2"),
    ])
    func formulas(text: String, expected: String) {
        #expect(SpreadsheetCell.neutralised(text) == expected)
    }

    @Test("numbers and ordinary text are left alone", arguments: [
        "-12.5", "+3", "-0", "42", "12.50", "Contact Centre", "", "'quoted", "Tenants \"Voice\" Panel", " =leading space",
    ])
    func leftAlone(text: String) {
        #expect(SpreadsheetCell.neutralised(text) == text)
    }
}
