import BeaconDomain
import Foundation
import Testing

@Suite("Consultees by role")
struct ConsulteeRoleTests {
    @Test("officers are found by the usual job titles, and a deputy is not the post holder")
    func officers() {
        #expect(ConsulteeRole.chiefExecutive.matches(jobTitle: "Chief Executive"))
        #expect(!ConsulteeRole.chiefExecutive.matches(jobTitle: "Deputy Chief Executive"))
        #expect(ConsulteeRole.financeDirector.matches(jobTitle: "Director of Finance and Resources"))
        #expect(ConsulteeRole.financeDirector.matches(jobTitle: "Chief Finance Officer (Section 151)"))
        #expect(!ConsulteeRole.financeDirector.matches(jobTitle: "Principal Accountant"))
        #expect(ConsulteeRole.legalHead.matches(jobTitle: "Head of Legal Services"))
        #expect(!ConsulteeRole.legalHead.matches(jobTitle: "Assistant Head of Legal Services"))
        #expect(!ConsulteeRole.scrutinyChair.matches(jobTitle: "Chief Executive"), "a member's role is never an officer's")
    }

    @Test("scrutiny chairs by position on any scrutiny body; a panel's by its exact name")
    func members() {
        #expect(ConsulteeRole.scrutinyChair.matches(position: .committeeChair, body: "Overview and Scrutiny Committee", panel: nil))
        #expect(!ConsulteeRole.scrutinyChair.matches(position: .committeeViceChair, body: "Overview and Scrutiny Committee", panel: nil))
        #expect(ConsulteeRole.scrutinyViceChair.matches(position: .committeeViceChair, body: "Overview and Scrutiny Committee", panel: nil))
        #expect(!ConsulteeRole.scrutinyChair.matches(position: .committeeChair, body: "Planning Committee", panel: nil))
        #expect(ConsulteeRole.panelChair.matches(position: .committeeChair, body: "Housing Panel", panel: " housing panel"))
        #expect(!ConsulteeRole.panelChair.matches(position: .committeeChair, body: "Housing Panel", panel: nil))
        #expect(!ConsulteeRole.panelViceChair.matches(position: .committeeChair, body: "Housing Panel", panel: "Housing Panel"))
    }
}

@Suite("Appendix files")
struct AppendixRuleTests {
    let rule = AppendixRule(maximumBytes: 1_048_576)
    let pdf = Array("%PDF-1.7\n".utf8)

    @Test("a PDF within the limit is accepted, at the limit too")
    func accepted() {
        #expect(rule.refusal(fileName: "Appendix A.pdf", size: 1_048_576, firstBytes: pdf) == nil)
        #expect(rule.refusal(fileName: "costs.XLSX", size: 10, firstBytes: [0x50, 0x4B, 0x03, 0x04, 0]) == nil)
        #expect(rule.refusal(fileName: "figures.csv", size: 10, firstBytes: Array("a,b\n1,2\n".utf8)) == nil)
    }

    @Test("one byte over the limit is refused, with both sizes in megabytes")
    func tooLarge() {
        #expect(rule.refusal(fileName: "Appendix A.pdf", size: 1_048_577, firstBytes: pdf)
            == "“Appendix A.pdf” is 1.0 MB; an appendix may be at most 1.0 MB.")
        #expect(AppendixRule().refusal(fileName: "big.pdf", size: 15 * 1_048_576, firstBytes: pdf)
            == "“big.pdf” is 15.0 MB; an appendix may be at most 10.0 MB.")
    }

    @Test("a refused type, an empty file and a renamed program are refused")
    func refused() {
        #expect(rule.refusal(fileName: "setup.exe", size: 10, firstBytes: [0x4D, 0x5A])?.contains("not a file type") == true)
        #expect(rule.refusal(fileName: "notes", size: 10, firstBytes: pdf)?.contains("not a file type") == true)
        #expect(rule.refusal(fileName: "empty.pdf", size: 0, firstBytes: []) == "“empty.pdf” is empty.")
        #expect(rule.refusal(fileName: "report.pdf", size: 10, firstBytes: [0x4D, 0x5A, 0x90, 0])?.contains("does not look like a .pdf") == true)
        #expect(rule.refusal(fileName: "data.csv", size: 4, firstBytes: [0x41, 0, 0x42, 0]) != nil)
    }
}
