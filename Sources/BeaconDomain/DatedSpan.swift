/// A span of whole days with a start and an optional end, both inclusive: a councillor's
/// position, a delegation of functions, a unit's name.
public struct DatedSpan: Hashable, Sendable {
    public let starts: CalendarDate
    public let ends: CalendarDate?

    /// Nil when the span would end before it starts.
    public init?(starts: CalendarDate, ends: CalendarDate?) {
        if let ends, ends < starts { return nil }
        self.starts = starts
        self.ends = ends
    }

    public func contains(_ day: CalendarDate) -> Bool {
        day >= starts && (ends.map { day <= $0 } ?? true)
    }

    /// How a council writes the span: `1 May 2023 to 4 May 2027`, or `from 1 May 2023`.
    public var long: String {
        guard let ends else { return "from \(starts.long)" }
        return "\(starts.long) to \(ends.long)"
    }
}
