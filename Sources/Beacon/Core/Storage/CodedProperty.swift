import BeaconDomain
import FluentKit

/// A value kept in a text column as a code a person can read: a choice (a status, a kind, a
/// channel…) as its raw value, a date as YYYY-MM-DD.
public protocol StoredCode: Codable, Sendable {
    init?(storedCode: String)
    var storedCode: String { get }
}

extension StoredCode where Self: RawRepresentable, RawValue == String {
    public init?(storedCode: String) { self.init(rawValue: storedCode) }
    public var storedCode: String { rawValue }
}

extension CalendarDate: StoredCode {
    public init?(storedCode: String) { self.init(iso: storedCode) }
    public var storedCode: String { iso }
}

extension Fields {
    /// A choice (a status, a kind, a channel…) or a date stored as its code in a text column.
    public typealias Coded<Value> = CodedProperty<Self, Value>
        where Value: StoredCode
    /// A choice or date that may be absent, stored as its code in a text column that allows NULL.
    public typealias OptionalCoded<Value> = OptionalCodedProperty<Self, Value>
        where Value: StoredCode
}

/// A stored code that names no choice: the row was written by something other than Beacon or
/// by a version that knew a choice this one does not. Reading it is an error, never a default,
/// so a damaged record is noticed rather than shown as something it is not.
struct UnknownStoredCode: Error, CustomStringConvertible {
    let model: String
    let field: String
    let code: String

    var description: String { "\(model).\(field) holds “\(code)”, which Beacon cannot read" }
}

/// Like Fluent's `@Enum` on a text column, for any `StoredCode`, except that an unknown code fails the read with
/// `UnknownStoredCode` (Fluent's `@Enum` stops the process on one).
@propertyWrapper
public final class CodedProperty<Model, Value>: @unchecked Sendable
    where Model: FluentKit.Fields, Value: StoredCode {
    public let field: FieldProperty<Model, String>

    public var projectedValue: CodedProperty<Model, Value> { self }

    public var wrappedValue: Value {
        get {
            guard let value else { fatalError("\(field.key) was read before it was set or fetched") }
            return value
        }
        set { value = newValue }
    }

    public init(key: FieldKey) {
        field = .init(key: key)
    }
}

extension CodedProperty: AnyProperty {}

extension CodedProperty: Property {
    // A code is checked when it is read from the database, so one held here always names a choice.
    public var value: Value? {
        get { field.value.flatMap(Value.init(storedCode:)) }
        set { field.value = newValue?.storedCode }
    }
}

extension CodedProperty: AnyQueryableProperty {
    public var path: [FieldKey] { field.path }
}

extension CodedProperty: QueryableProperty {
    public static func queryValue(_ value: Value) -> DatabaseQuery.Value { .bind(value.storedCode) }
}

extension CodedProperty: AnyQueryAddressableProperty {
    public var anyQueryableProperty: any AnyQueryableProperty { self }
    public var queryablePath: [FieldKey] { path }
}

extension CodedProperty: QueryAddressableProperty {
    public var queryableProperty: CodedProperty<Model, Value> { self }
}

extension CodedProperty: AnyDatabaseProperty {
    public var keys: [FieldKey] { field.keys }

    public func input(to input: any DatabaseInput) { field.input(to: input) }

    public func output(from output: any DatabaseOutput) throws {
        try field.output(from: output)
        if let code = field.value, Value(storedCode: code) == nil {
            throw UnknownStoredCode(model: "\(Model.self)", field: field.key.description, code: code)
        }
    }
}

extension CodedProperty: AnyCodableProperty {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }

    public func decode(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Value.self)
    }
}

/// `CodedProperty` for a choice that may be absent: NULL reads as no choice; an unknown code is
/// still an error.
@propertyWrapper
public final class OptionalCodedProperty<Model, Value>: @unchecked Sendable
    where Model: FluentKit.Fields, Value: StoredCode {
    public let field: OptionalFieldProperty<Model, String>

    public var projectedValue: OptionalCodedProperty<Model, Value> { self }

    public var wrappedValue: Value? {
        get { value ?? nil }
        set { value = .some(newValue) }
    }

    public init(key: FieldKey) {
        field = .init(key: key)
    }
}

extension OptionalCodedProperty: AnyProperty {}

extension OptionalCodedProperty: Property {
    public var value: Value?? {
        get { field.value.map { $0.flatMap(Value.init(storedCode:)) } }
        set { field.value = newValue.map { $0?.storedCode } }
    }
}

extension OptionalCodedProperty: AnyQueryableProperty {
    public var path: [FieldKey] { field.path }
}

extension OptionalCodedProperty: QueryableProperty {
    public static func queryValue(_ value: Value?) -> DatabaseQuery.Value {
        value.map { .bind($0.storedCode) } ?? .null
    }
}

extension OptionalCodedProperty: AnyQueryAddressableProperty {
    public var anyQueryableProperty: any AnyQueryableProperty { self }
    public var queryablePath: [FieldKey] { path }
}

extension OptionalCodedProperty: QueryAddressableProperty {
    public var queryableProperty: OptionalCodedProperty<Model, Value> { self }
}

extension OptionalCodedProperty: AnyDatabaseProperty {
    public var keys: [FieldKey] { field.keys }

    public func input(to input: any DatabaseInput) { field.input(to: input) }

    public func output(from output: any DatabaseOutput) throws {
        try field.output(from: output)
        if case let .some(.some(code)) = field.value, Value(storedCode: code) == nil {
            throw UnknownStoredCode(model: "\(Model.self)", field: field.key.description, code: code)
        }
    }
}

extension OptionalCodedProperty: AnyCodableProperty {
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue)
    }

    public func decode(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        value = .some(container.decodeNil() ? nil : try container.decode(Value.self))
    }
}
