/// The words of the demo business plans: a chief executive's department and a customer
/// services division, with a few deliberately weak targets and unknown resources.
enum DemoPlanTexts {
    /// (corporate?, activity, target, officer-days, cost in pounds, owner, priority number, linked to)
    typealias Action = (Bool, String, String, String, Int?, String, Int?, String)

    static let chiefExecutiveActions: [Action] = [
        (true, "Refresh the corporate strategy with members and partners", "Corporate strategy 2027–32 adopted by Council by end March 2027", "20 days – Head of Policy\n10 days – Research Officer", 4_000, "Head of Policy", 3, "Corporate strategy 2022–27"),
        (true, "Run the annual residents' survey through the citizens' panel", "Survey results published by end October 2026", "15 days – Research Officer", 12_500, "Research Officer", 2, "Consultation strategy"),
        (true, "Publish quarterly performance reports to Cabinet and scrutiny", "Four reports issued, in July 2026 and November 2026 and February 2027 and May 2027", "12 days – Performance Officer", 0, "Performance Officer", 3, "Local Government Act 1999"),
        (true, "Introduce SMART checking of every service plan action", "90% of actions SMART by Q4 2026/27", "8 days – Performance Officer", nil, "Performance Officer", 3, "Improvement plan"),
        (true, "Deliver actions identified in the Equalities Scheme", "As set out in project plan", "To be determined", nil, "Head of Policy", nil, "Equality Act 2010"),
        (false, "Review the council's data quality policy", "Revised policy approved by Cabinet by end December 2026", "6 days – Performance Officer", nil, "Performance Officer", 3, "External audit report"),
        (false, "Train report authors in plain English", "40 officers trained by 31.01.27", "5 days – Head of Policy", 3_000, "Head of Policy", 3, "Customer feedback"),
        (false, "Prepare the annual governance statement", "Statement published by end September 2026", "10 days – Head of Legal Services", nil, "Head of Legal Services", 3, "Accounts and Audit Regulations 2015"),
        (false, "Answer freedom of information requests on time", "95% answered within 20 working days by end March 2027", "30 days – Democratic Services Officer", nil, "Head of Legal Services", nil, "Freedom of Information Act 2000"),
        (false, "Move committee papers to the online register", "All committee papers online by end June 2026", "15 days – Democratic Services Officer", 6_000, "Head of Legal Services", 3, "Transparency code"),
        (false, "Agree a joint scrutiny protocol with Castlebeck", "Protocol agreed by the joint committee in July 2026 and November 2026", "4 days – Head of Legal Services", nil, "Head of Legal Services", 3, "Partnership agreement"),
        (false, "Review members' allowances with the independent panel", "Panel report to Council by Q3 2026/27", "5 days – Democratic Services Officer", 1_500, "Head of Legal Services", nil, "Local Authorities (Members' Allowances) Regulations 2003"),
        (false, "Improve the way the council consults residents", "To be defined in Consultation Strategy.", "To be determined", nil, "Head of Policy", 2, "Consultation strategy"),
        (false, "Publish open data for every indicator each quarter", "Indicator downloads published quarterly by end March 2027", "4 days – Performance Officer", 0, "Performance Officer", 3, "Transparency code"),
        (false, "Benchmark key indicators with Castlebeck", "Benchmarking report to scrutiny by end January 2027", "6 days – Research Officer", nil, "Research Officer", 3, "Improvement plan"),
        (false, "Carry out the ward profiles refresh", "Twelve ward profiles published by end November 2026", "18 days – Research Officer", nil, "Research Officer", 1, "Census 2021 results"),
        (false, "Support the climate emergency working group", "Action plan agreed by Cabinet by end February 2027", "10 days – Head of Policy", nil, "Head of Policy", 1, "Climate emergency motion"),
        (false, "Update the risk management strategy", "Strategy approved by audit committee by end October 2026", "5 days – Performance Officer", nil, "Performance Officer", 3, "Internal audit review"),
        (false, "Run the member induction programme after the elections", "Programme delivered in May 2027", "8 days – Democratic Services Officer", 2_000, "Head of Legal Services", 3, "Elections May 2027"),
        (false, "Improve the quality of committee reports", "Better reports", "3 days – Head of Legal Services", nil, "Head of Legal Services", 3, "Member survey"),
        (false, "Review the constitution's scheme of delegation", "Revised scheme adopted by Council by end March 2027", "12 days – Head of Legal Services", nil, "Head of Legal Services", 3, "Local Government Act 2000"),
        (false, "Introduce a corporate complaints learning report", "Report to scrutiny twice a year, in October 2026 and April 2027", "4 days – Performance Officer", nil, "Performance Officer", 2, "Ombudsman guidance"),
        (false, "Prepare for the peer challenge", "Peer challenge held by Q4 2026/27", "To be determined", nil, "Chief Executive", 3, "Improvement plan"),
        (false, "Keep the register of interests up to date", "All members' registers reviewed by end July 2026", "3 days – Democratic Services Officer", 0, "Head of Legal Services", nil, "Localism Act 2011"),
        (false, "Publish the council's annual report", "Annual report published by end July 2026", "6 days – Research Officer", 1_800, "Head of Policy", 2, "Corporate strategy 2022–27"),
    ]

    static let customerServiceActions: [Action] = [
        (true, "Bring housing benefit enquiries into the contact centre", "Housing benefit calls answered by the contact centre by end September 2026", "40 days – Contact Centre Manager\n20 days – Senior Customer Service Adviser", 18_000, "Head of Customer Services", 2, "Customer services strategy 2024–29"),
        (true, "Launch online forms for the ten most common requests", "Ten forms live by end December 2026", "25 days – ICT Systems Administrator", 22_000, "Head of Customer Services", 2, "Customer services strategy 2024–29"),
        (true, "Share the contact centre with Castlebeck under the partnership", "Joint service live by Q4 2026/27", "To be determined", nil, "Head of Customer Services", 2, "Partnership agreement"),
        (true, "Deliver actions identified in the Customer Access Strategy", "As set out in project plan", "To be determined", nil, "Head of Customer Services", 2, "Customer access strategy"),
        (false, "Answer 80% of calls within 20 seconds", "80% of calls answered within 20 seconds by end March 2027", "10 days – Contact Centre Manager", nil, "Contact Centre Manager", 2, "Service standards"),
        (false, "Resolve more enquiries at the first contact", "75% resolved at first contact by Q4 2026/27", "15 days – Contact Centre Manager", nil, "Contact Centre Manager", 2, "Customer services strategy 2024–29"),
        (false, "Introduce a new telephone system with call recording", "New system installed by 31.10.26", "12 days – ICT Systems Administrator", 45_000, "Contact Centre Manager", 2, "ICT strategy"),
        (false, "Train every adviser in the new benefits scripts", "All advisers trained by end August 2026", "10 days – Senior Customer Service Adviser", 1_200, "Contact Centre Manager", 2, "Training plan"),
        (false, "Publish service standards on the website", "Standards published by end June 2026", "2 days – Contact Centre Manager", 0, "Head of Customer Services", 2, "Customer charter"),
        (false, "Answer complaints within 10 working days", "90% of complaints answered within 10 working days by end March 2027", "20 days – Complaints Officer", nil, "Complaints Officer", 2, "Complaints procedure"),
        (false, "Report learning from complaints to departments each quarter", "Four learning reports, in July 2026 and October 2026 and January 2027 and April 2027", "4 days – Complaints Officer", 0, "Complaints Officer", 2, "Ombudsman guidance"),
        (false, "Review the complaints procedure against the ombudsman's code", "Revised procedure agreed by Cabinet by end November 2026", "6 days – Complaints Officer", nil, "Complaints Officer", 2, "Housing Ombudsman complaint handling code"),
        (false, "Improve customer satisfaction", "Satisfaction improves", "5 days – Head of Customer Services", nil, "Head of Customer Services", 2, "Residents' survey"),
        (false, "Run a mystery shopping exercise", "Mystery shopping report by Q3 2026/27", "3 days – Senior Customer Service Adviser", 3_500, "Contact Centre Manager", 2, "Service standards"),
        (false, "Extend opening hours on Thursdays to 7pm", "Late opening in place by end September 2026", "To be determined", nil, "Contact Centre Manager", 2, "Residents' survey"),
        (false, "Introduce webchat for council tax enquiries", "Webchat live by end January 2027", "8 days – ICT Systems Administrator", 9_000, "Contact Centre Manager", 2, "Channel shift plan"),
        (false, "Cut avoidable contact by fixing the top five causes", "Avoidable contact reduced by 10% by end March 2027", "10 days – Senior Customer Service Adviser", nil, "Contact Centre Manager", 2, "Customer insight report"),
        (false, "Record every contact's outcome in Beacon", "100% of contacts with an outcome by end July 2026", "3 days – Contact Centre Manager", 0, "Contact Centre Manager", 2, "Data quality policy"),
        (false, "Review the staffing rota against call forecasts", "New rota in place by end October 2026", "6 days – Contact Centre Manager", nil, "Contact Centre Manager", 3, "Erlang C staffing model"),
        (false, "Reduce sickness absence in the contact centre", "8 days lost per adviser by end March 2027", "5 days – Contact Centre Manager", nil, "Head of Customer Services", 3, "Attendance policy"),
        (false, "Answer letters and emails within 10 working days", "95% answered within 10 working days by end March 2027", "8 days – Senior Customer Service Adviser", nil, "Contact Centre Manager", 2, "Service standards"),
        (false, "Consult disabled residents on access to the service", "Focus group held in September 2026", "3 days – Complaints Officer", 800, "Head of Customer Services", 2, "Equality Act 2010"),
        (false, "Move payments to the automated telephone line", "Automated payments live by 28.02.27", "6 days – ICT Systems Administrator", 7_500, "Contact Centre Manager", 2, "Channel shift plan"),
        (false, "Prepare the customer services strategy review", "To be defined in Customer Services Strategy.", "To be determined", nil, "Head of Customer Services", 2, "Customer services strategy 2024–29"),
        (false, "Publish the annual complaints performance report", "Report to scrutiny by end July 2026", "4 days – Complaints Officer", 0, "Complaints Officer", 2, "Ombudsman guidance"),
    ]
}
