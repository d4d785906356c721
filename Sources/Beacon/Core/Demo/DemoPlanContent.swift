/// The sections of the two demo plans, other than their actions (`DemoPlanTexts`).
struct DemoPlanContent {
    let unit: String
    let purpose: String
    let coreActivities: String
    let staffing: String
    /// (priority number, the unit's responsibility)
    let links: [(Int, String)]
    let developments: [(String, String, String, String, String)]
    let indicatorCodes: [String]
    let actions: [DemoPlanTexts.Action]
    /// (activity, revised spend, revised income, revised FTE×100, estimate spend, estimate income, estimate FTE×100, notes), in pence.
    let budget: [(String, Int, Int, Int, Int, Int, Int, String)]
    /// (title, method, completion, purpose, use of feedback, expected outcome)
    let consultations: [(String, String, String, String, String, String)]
    /// (element, area of risk, owner, likelihood, impact, target score, action required)
    let risks: [(String, String, String, Int, Int, Int, String)]

    static let customerServices = DemoPlanContent(
        unit: "Customer Services Division",
        purpose: "A single point of contact for residents by phone, in person, online and in writing\nResolution of enquiries at the first contact wherever possible\nService requests passed to departments and tracked against service standards\nThe council's complaints procedure and learning from complaints",
        coreActivities: "Answer about 420,000 calls a year\nRun the Wrenmoor customer service centre, open 8.30am to 5pm\nHandle council tax, benefits, waste and housing enquiries\nLog and answer complaints within the statutory time limits\nReport customer insight to departments each quarter",
        staffing: "The division has 38.5 full-time equivalent staff: a head of service, a contact centre manager, four senior advisers, 28.5 advisers and a complaints team of four.\nBringing housing benefit enquiries into the centre adds three advisers from April 2026, funded by a transfer from Finance and Resources.",
        links: [(2, "Leads the Customers first priority: access to services, resolution at first contact and complaints."),
                (3, "Keeps the cost of contact down and reports performance openly.")],
        developments: [
            ("2026/27", "Bring housing benefit enquiries into the contact centre", "Customer services strategy 2024–29", "One number for all council enquiries", "Customers first"),
            ("2026/28", "Share the contact centre with Castlebeck", "Partnership agreement", "Lower cost per contact for both councils", "A well-run council"),
            ("2027/29", "Move the ten most common requests online", "Channel shift plan", "A third of requests made online", "Customers first"),
        ],
        indicatorCodes: ["LPI 2", "LPI 4", "LPI 14", "LPI 1", "LPI 5", "BV 4", "LPI 12", "LPI 6"],
        actions: DemoPlanTexts.customerServiceActions,
        budget: [
            ("Contact centre", 38_950_000, 1_200_000, 2_850, 40_050_000, 1_250_000, 3_150, "Three advisers transferred from benefits"),
            ("Face-to-face service", 39_800_000, 0, 600, 40_050_000, 0, 600, ""),
            ("Complaints and feedback", 36_000_000, 0, 400, 36_400_000, 0, 400, ""),
            ("Partnership services to Castlebeck", 11_500_000, 12_800_000, 0, 12_000_000, 13_240_000, 0, "Income exceeds cost under the partnership agreement"),
        ],
        consultations: [
            ("Customer access survey", "Citizens' panel survey", "2026-10-31", "How residents prefer to contact the council", "To plan the move of services online", "A channel shift plan residents support"),
            ("Disabled residents' access", "Focus group", "2026-09-30", "Barriers to using the service for disabled residents", "Changes to the centre and website", "An accessible service"),
        ],
        risks: [
            ("Staff", "Loss of experienced advisers during the benefits transfer", "Contact Centre Manager", 3, 3, 4, "Cross-train four advisers in benefits"),
            ("Technology", "The new telephone system is late or unreliable", "Contact Centre Manager", 2, 4, 4, "Run the old and new systems side by side for a month"),
            ("Partners", "Castlebeck withdraws from the shared service", "Head of Customer Services", 1, 4, 2, "Agree a five-year partnership term"),
            ("Reputation", "Complaints are not answered within the statutory limits", "Complaints Officer", 3, 2, 3, "Weekly report of complaints due"),
        ])

    static let chiefExecutive = DemoPlanContent(
        unit: "Chief Executive's Department",
        purpose: "Leadership of the council and its partnerships\nPolicy, research and performance management\nDemocratic services and legal advice\nThe corporate strategy and the council's business planning cycle",
        coreActivities: "Support Cabinet, Council and scrutiny\nProduce the corporate strategy and business plans\nReport performance quarterly\nAnswer freedom of information requests\nRun the citizens' panel",
        staffing: "The department has 24 full-time equivalent staff across policy and performance (9) and democratic and legal services (15).\nA research officer post is funded for two years from the improvement reserve.",
        links: [(3, "Leads the council's planning, performance and governance."),
                (2, "Runs the residents' survey and consultation."),
                (1, "Supports the climate emergency working group.")],
        developments: [
            ("2026/27", "Refresh the corporate strategy", "End of the 2022–27 strategy", "A new strategy for 2027–32", "All priorities"),
            ("2026/27", "Move committee papers online", "Transparency code", "Papers available to all residents", "A well-run council"),
            ("2026/28", "Joint scrutiny with Castlebeck", "Partnership agreement", "Shared scrutiny of the joint service", "A well-run council"),
        ],
        indicatorCodes: ["BV 3", "LPI 7", "LPI 8", "LPI 13", "BV 8", "BV 9", "BV 12", "LPI 9"],
        actions: DemoPlanTexts.chiefExecutiveActions,
        budget: [
            ("Chief executive and policy", 52_040_000, 1_000_000, 900, 54_120_000, 1_000_000, 900, ""),
            ("Performance and research", 31_060_000, 0, 500, 33_290_000, 500_000, 600, "Research officer funded from reserves"),
            ("Democratic services", 48_770_000, 2_300_000, 1_000, 49_910_000, 2_450_000, 1_000, "Includes elections in May 2027"),
            ("Legal services", 39_480_000, 6_200_000, 500, 40_380_000, 6_500_000, 500, ""),
        ],
        consultations: [
            ("Residents' survey", "Citizens' panel survey", "2026-10-31", "Satisfaction with the council and its services", "Feeds BV 3 and the corporate strategy", "Priorities residents recognise"),
            ("Corporate strategy consultation", "Public consultation", "2027-01-31", "Views on the draft corporate strategy 2027–32", "Changes to the draft before adoption", "A strategy with public support"),
        ],
        risks: [
            ("Legislation", "Changes to local government finance reduce funding", "Director of Finance and Resources", 3, 4, 8, "Model three funding scenarios in the medium-term plan"),
            ("Reputation", "Performance reports are late or inaccurate", "Performance Officer", 2, 3, 2, "Quarterly data quality checks"),
            ("Staff", "Loss of key policy staff", "Head of Policy", 2, 2, 2, "Document key processes"),
            ("Governance", "Decisions are challenged for procedural errors", "Head of Legal Services", 1, 4, 2, "Legal check of every decision notice"),
        ])
}
