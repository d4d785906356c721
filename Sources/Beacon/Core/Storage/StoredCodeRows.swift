import SQLKit

/// Codes read from SQLKit rows as strictly as `@Coded` reads them into models, for read models
/// that skip Fluent's decoding: text Beacon does not know fails the read with
/// `UnknownStoredCode`, naming the table's model and the column.
extension SQLRow {
    func code<T: StoredCode, M>(_ column: String, in model: M.Type) throws -> T {
        let text = try decode(column: column, as: String.self)
        guard let found = T(storedCode: text) else {
            throw UnknownStoredCode(model: "\(M.self)", field: column, code: text)
        }
        return found
    }

    func optionalCode<T: StoredCode, M>(_ column: String, in model: M.Type) throws -> T? {
        guard let text = try decode(column: column, as: String?.self) else { return nil }
        guard let found = T(storedCode: text) else {
            throw UnknownStoredCode(model: "\(M.self)", field: column, code: text)
        }
        return found
    }
}
