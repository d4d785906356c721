/// Text put into a CSV download, made safe to open in a spreadsheet. A cell that starts with
/// `=`, `+`, `-`, `@`, a tab or a carriage return is run as a formula by Excel, LibreOffice and
/// Google Sheets (`=HYPERLINK(…)` in a unit's name, say), so such a cell gets a leading `'`,
/// which spreadsheets show as text. Numbers (`-12.5`, `+3`) are left as they are, so negative
/// figures stay figures.
public enum SpreadsheetCell {
    public static func neutralised(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, triggers.contains(first), !isNumber(text) else { return text }
        return "'" + text
    }

    private static let triggers: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    private static func isNumber(_ text: String) -> Bool {
        var digits = 0, points = 0
        for (index, scalar) in text.unicodeScalars.enumerated() {
            switch scalar {
            case "-" where index == 0, "+" where index == 0: continue
            case "0"..."9": digits += 1
            case "." where points == 0: points += 1
            default: return false
            }
        }
        return digits > 0
    }
}
