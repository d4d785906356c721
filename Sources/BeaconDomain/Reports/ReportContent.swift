import Foundation

/// A report's table as it was assembled: text cells only, so that what is frozen at issue is
/// exactly what is shown, printed and downloaded.
public struct ReportTable: Codable, Equatable, Sendable {
    public let caption: String
    public let columns: [String]
    public let rows: [[String]]

    public init(caption: String, columns: [String], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }
}

/// One bar of a section's chart: a label and a count.
public struct ReportBar: Codable, Equatable, Sendable {
    public let label: String
    public let value: Int

    public init(label: String, value: Int) {
        self.label = label
        self.value = value
    }
}

/// One section as it was assembled: the officer's narrative, summary lines, a chart's bars and
/// the tables.
public struct ReportSectionContent: Codable, Equatable, Sendable {
    public let kind: ReportSectionKind
    public let heading: String
    public let narrative: String
    /// The exception view's title when only the exceptions are shown.
    public let exceptionView: String?
    public let summary: [String]
    public let chartTitle: String?
    public let chart: [ReportBar]
    public let tables: [ReportTable]

    public init(kind: ReportSectionKind, heading: String, narrative: String, exceptionView: String?,
                summary: [String], chartTitle: String? = nil, chart: [ReportBar] = [], tables: [ReportTable]) {
        self.kind = kind
        self.heading = heading
        self.narrative = narrative
        self.exceptionView = exceptionView
        self.summary = summary
        self.chartTitle = chartTitle
        self.chart = chart
        self.tables = tables
    }
}

/// The whole content of a report: live for a draft, frozen (stored as JSON) once issued.
public struct ReportContent: Codable, Equatable, Sendable {
    public let title: String
    public let councilName: String
    public let scopeName: String
    public let spanLabel: String
    public let spanStart: CalendarDate
    public let spanEnd: CalendarDate
    public let introduction: String
    public let sections: [ReportSectionContent]

    public init(title: String, councilName: String, scopeName: String, spanLabel: String, spanStart: CalendarDate,
                spanEnd: CalendarDate, introduction: String, sections: [ReportSectionContent]) {
        self.title = title
        self.councilName = councilName
        self.scopeName = scopeName
        self.spanLabel = spanLabel
        self.spanStart = spanStart
        self.spanEnd = spanEnd
        self.introduction = introduction
        self.sections = sections
    }

    /// Every table in the report, numbered from 1 in the order they appear.
    public var tables: [ReportTable] { sections.flatMap(\.tables) }

    /// The frozen form: JSON with sorted keys, so the same content is always the same bytes.
    public func frozen() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }

    public static func thawed(_ text: String) throws -> ReportContent {
        try JSONDecoder().decode(ReportContent.self, from: Data(text.utf8))
    }
}
