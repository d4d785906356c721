import BeaconDomain

/// What Wrenmoor's performance officer wrote in the demo's reports. Invented.
enum DemoReportTexts {
    static let introduction = "This report sets out how the council performed against its plans and indicators, "
        + "with the service centre's results, complaints and the decisions taken in the period."

    static let quarterly: [ReportSectionKind: String] = [
        .indicators: "Most indicators with a target are green or amber. Among the red, the time taken to process new "
            + "benefit claims rose during the summer after two assessors left, and sickness absence remains above "
            + "target.\n"
            + "Recruitment to both assessor posts is complete and processing times are expected to recover in Q3.",
        .actions: "Shown here are the actions at risk, off track or overdue. The move of housing benefit enquiries "
            + "into the contact centre is behind plan while the telephony change is tested.",
        .risks: "No new high risks were added this quarter.",
        .serviceCentre: "Calls answered within 20 seconds dipped in August, when annual leave peaked.",
        .complaints: "Complaints were answered within the time limits in most cases; lessons are recorded below.",
        .decisions: "The decisions taken in the quarter, including key decisions.",
    ]

    static let strategy: [ReportSectionKind: String] = [
        .actions: "Six months in, the strategy's actions for this year are under way. Online forms for the ten "
            + "most common requests are on course for December.",
        .indicators: "First-contact resolution is improving but remains below the 75% the strategy aims for.",
        .risks: "The risks to the strategy are those in the Customer Services Division's plan.",
    ]

    static let planDraft = "Draft for the performance board: last year's results with this year's targets and the "
        + "next three years'. Quartiles are shown where other councils' values are held."

    static let cabinetItem = "Cabinet is asked to note the council's performance in the quarter, set out in the "
        + "quarterly performance report, and to ask officers to report on the red indicators at the next meeting."
}
