import Foundation

extension OpenDataset {
    /// The columns, in the order the CSV has them and with the names the JSON uses.
    var columns: [DatasetColumn] {
        switch self {
        case .indicators: Self.indicatorColumns
        case .plans: [
            .init("unit", "The unit whose plan it is"), .init("year", "The financial year, such as 2026/27"),
            .init("horizon", "The years the plan looks ahead to"), .init("status", "Where the plan stands"),
            .init("published_revision", "The revision the public reads"), .init("address", "The plan's page"),
        ]
        case .decisions: [
            .init("reference", "The notice's reference, such as CM/2026/05"), .init("topic", "What is decided"),
            .init("decision_maker", "The councillor who decides"), .init("key_decision", "yes or no"),
            .init("status", "Where the notice stands today"), .init("outcome", "The decision, once made"),
            .init("published_at", "When the notice was published (UTC, ISO 8601)"),
            .init("decided_at", "When it was decided (UTC, ISO 8601)"), .init("address", "The notice's page"),
        ]
        case .forwardPlan: [
            .init("matter", "The decision to be taken"), .init("decision_maker", "Who takes it"),
            .init("expected", "When it is expected"), .init("listed_from", "When it entered the forward plan"),
            .init("address", "Its notice or meeting, where published"),
        ]
        case .meetings: [
            .init("committee", "The committee meeting"), .init("starts_at", "When it starts (UTC, ISO 8601)"),
            .init("place", "Where"), .init("status", "scheduled, held or cancelled"),
            .init("address", "The meeting's page, with its agenda"),
        ]
        case .councillors: [
            .init("name", "The councillor's name"), .init("ward", "The ward they represent"),
            .init("party", "Their party"), .init("positions", "Positions held today, separated by semicolons"),
            .init("address", "The councillor's page"),
        ]
        case .strategies: [
            .init("title", "The strategy's title"), .init("corporate", "yes for the corporate strategy"),
            .init("first_year", "The financial year it starts"), .init("last_year", "The financial year it ends"),
            .init("owner", "Who leads it"), .init("approved_by", "The decision that approved it"),
            .init("progress_reported", "How often its progress is reported"), .init("summary", "What it is for"),
        ]
        case .reports: [
            .init("title", "The report's title"), .init("periods", "The periods it covers"),
            .init("issued_on", "The day it was issued"), .init("issued_to", "Who it was issued to"),
            .init("edition", "1, or the correction's number"), .init("superseded", "yes once corrected"),
            .init("address", "The report's page"), .init("pdf", "The report as a PDF"),
        ]
        case .services: [
            .init("code", "The service's code, as Open311 names it"), .init("name", "The service"),
            .init("group", "The group it is listed under"), .init("department", "The unit that does it"),
            .init("standard_working_days", "Working days a request is done within"),
            .init("online", "yes where residents can ask online"),
        ]
        case .serviceCentre: Self.serviceCentreColumns
        case .complaints: Self.complaintColumns
        }
    }

    private static let indicatorColumns: [DatasetColumn] = [
        .init("code", "The indicator's code"), .init("title", "What it measures"),
        .init("scope", "national, local or contributing"), .init("unit", "The unit of measure"),
        .init("polarity", "Whether higher or lower is better"), .init("frequency", "How often it is measured"),
        .init("owning_unit", "The unit responsible"), .init("priority", "The strategic priority it serves"),
        .init("period", "The latest period with a result"), .init("actual", "The verified value"),
        .init("missing_reason", "Why there is no value, if none"), .init("target", "The period's target"),
        .init("status", "green, amber, red, no_status or overdue"),
        .init("direction_previous", "Against the previous period"),
        .init("direction_year_earlier", "Against the same period a year earlier"),
        .init("verified", "yes when the value is verified"), .init("commentary", "The officer's commentary"),
    ]

    private static let serviceCentreColumns: [DatasetColumn] = [
        .init("month", "The month, as YYYY-MM"), .init("calls_offered", "Calls, less short abandons"),
        .init("calls_answered", "Calls answered"),
        .init("answered_within_standard", "Calls answered within the council's service level time"),
        .init("service_level_percent", "Share of calls offered answered within that time"),
        .init("abandonment_percent", "Share of calls offered abandoned"),
        .init("first_contact_resolution_percent", "Share of contacts resolved at the first contact, every channel"),
        .init("requests_raised", "Service requests raised"), .init("requests_closed", "Service requests closed"),
        .init("closed_within_standard", "Requests closed within their service's standard"),
    ]

    private static let complaintColumns: [DatasetColumn] = [
        .init("year", "The financial year complaints were received in"), .init("received", "Complaints received"),
        .init("acknowledged", "Acknowledged"), .init("acknowledged_in_time", "Acknowledged in time"),
        .init("stage1_responses", "Stage 1 responses"), .init("stage1_in_time", "Stage 1 responses in time"),
        .init("escalated", "Escalated to stage 2"), .init("stage2_responses", "Stage 2 responses"),
        .init("stage2_in_time", "Stage 2 responses in time"), .init("upheld", "Upheld, in full or in part"),
        .init("not_upheld", "Not upheld"), .init("ombudsman_referrals", "Referred to the ombudsman"),
    ]
}
