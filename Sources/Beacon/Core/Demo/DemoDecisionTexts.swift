/// The words of Wrenmoor's demo decision notices. Every name and figure is invented.
struct DemoDecisionTexts: Sendable {
    let topic: String
    let summary: String
    let proposals: String
    let reasons: String
    let alternatives: String
    let resources: String
    var dataProtection = "No personal data is processed as a result of this decision."
    let consultation: String

    static let planApproval = DemoDecisionTexts(
        topic: "Customer Services Division business plan 2026/27",
        summary: "The division's business plan for 2026/27 sets out how the customer service centre, complaints and feedback teams will deliver the corporate strategy's priority of excellent customer service.",
        proposals: "To approve the Customer Services Division business plan 2026/27 as set out in Appendix A.\nTo ask for progress reports to the Overview and Scrutiny Committee every six months.",
        reasons: "Each unit's business plan must be approved before the start of the year so that its actions, budgets and indicators can be monitored.",
        alternatives: "Not approving the plan was rejected: the division would start the year without agreed targets.",
        resources: "The plan is delivered within the division's approved budget of £1,285,000 for 2026/27.",
        consultation: "Staff of the division, the corporate management team and the Overview and Scrutiny Committee's chair were consulted in February 2026.")

    static let improvementProgramme = DemoDecisionTexts(
        topic: "Customer contact improvement programme: telephony and online forms",
        summary: "A two-year programme to replace the contact centre's telephony and build online forms for the twenty most requested services.",
        proposals: "To approve spending of £620,000 over 2026/27 and 2027/28 on the customer contact improvement programme.\nTo delegate the award of contracts to the Head of Customer Services after consulting the portfolio holder.",
        reasons: "The telephony contract ends in March 2027 and calls abandoned before answer have risen for three years.",
        alternatives: "Extending the current contract for two years was rejected because the supplier will not support the system after 2027.",
        resources: "£620,000 from the invest-to-save reserve, repaid by savings of £180,000 a year from 2028/29.",
        consultation: "Residents' panel survey of 1,200 households in 2025; staff workshops; the partnership's joint committee.")

    static let complaintsPolicy = DemoDecisionTexts(
        topic: "Revised complaints policy",
        summary: "A revised corporate complaints policy in line with the Ombudsman's complaint handling code.",
        proposals: "To adopt the revised complaints policy at Appendix A from 1 April 2027.",
        reasons: "The Ombudsman's code applies to all councils from April 2027.",
        alternatives: "Keeping the current three-stage policy was rejected because the code requires two stages.",
        resources: "None beyond existing budgets.",
        consultation: "To be carried out with residents' groups before publication.")

    static let gardenWaste = DemoDecisionTexts(
        topic: "Garden waste collection charge 2027/28",
        summary: "Setting the annual charge for the garden waste collection service from April 2027.",
        proposals: "To set the garden waste charge at £52 a year for 2027/28.\nTo offer a reduced charge of £26 to households on council tax support.",
        reasons: "The charge has been £48 since 2024 while the cost of the service has risen by 11 per cent.",
        alternatives: "Holding the charge at £48 was rejected because it would need a subsidy of £140,000 from the general fund.",
        resources: "Additional income of about £95,000 a year.",
        consultation: "Users of the service were surveyed in September 2026; 3,400 replied.")

    static let housingAllocations = DemoDecisionTexts(
        topic: "Changes to the housing allocations scheme",
        summary: "Changes to how applicants for social housing are placed in bands, following the review of the scheme.",
        proposals: "To adopt the changes to the allocations scheme at Appendix A.\nTo apply the new bands to existing applicants from 1 February 2027.",
        reasons: "The review found that applicants with medical needs were waiting longer than others in the same band.",
        alternatives: "A full rewrite of the scheme was rejected as it would take a further year.",
        resources: "Two officer-months to re-band existing applicants, within the service's budget.",
        consultation: "Applicants, registered providers and advice agencies, August to October 2026.")

    static let parkingCharges = DemoDecisionTexts(
        topic: "Car park charges in the market towns",
        summary: "Introducing charges after 3pm in the council's car parks in the two market towns.",
        proposals: "To introduce a charge of £1 for parking after 3pm in the council's market town car parks from 1 January 2027.",
        reasons: "The car parks' running costs exceed their income by £60,000 a year.",
        alternatives: "Raising daytime charges was rejected because it would fall mainly on workers in the towns.",
        resources: "Additional income of about £70,000 a year.",
        consultation: "Town councils and chambers of trade were consulted in the summer of 2026.")

    static let depotSale = DemoDecisionTexts(
        topic: "Sale of the former Eastgate depot",
        summary: "Selling the former depot site at Eastgate, which the council no longer uses.",
        proposals: "To sell the former Eastgate depot on the open market.",
        reasons: "The site has been empty since 2024 and costs £18,000 a year to secure.",
        alternatives: "Leasing the site was considered; the notice was withdrawn to consider a community use first.",
        resources: "A capital receipt; the figure is commercially confidential.",
        consultation: "Ward members for Eastgate.")

    static let kioskTrial = DemoDecisionTexts(
        topic: "Self-service kiosks in the council offices",
        summary: "A trial of two self-service kiosks in the council offices' reception.",
        proposals: "To trial two self-service kiosks for six months.",
        reasons: "To see whether kiosks reduce queues at reception.",
        alternatives: "Not considered yet: the draft was withdrawn before publication.",
        resources: "£12,000 from the service's budget.",
        consultation: "None yet.")

    static let floodGrants = DemoDecisionTexts(
        topic: "Emergency grants for households flooded in October 2026",
        summary: "Grants to help households flooded on 2 October 2026 with repairs to heating and electrics before winter.",
        proposals: "To make grants of up to £5,000 to each flooded household, up to £750,000 in all.",
        reasons: "About 150 households are without heating; repairs must start before the cold weather.",
        alternatives: "Waiting for government funding was rejected because it is not expected before February 2027.",
        resources: "£750,000 from the general fund reserve, to be reclaimed from government funding where possible.",
        consultation: "The Environment Agency and the county council's emergency planning team.")
}
