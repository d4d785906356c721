import BeaconDomain
import Testing

private let resourced = ActionResources(officerDays: [RoleDays(days: 10, role: "Policy Officer")], costPence: nil)

/// An action that passes every letter; each test changes one thing.
private func facts(activity: String = "Review the complaints procedure and train all front-line staff",
                   target: String = "New procedure agreed by Cabinet by end March 2005",
                   due: CalendarDate? = nil, resources: ActionResources = resourced,
                   priority: Bool = true, linkedTo: String = "", indicators: Int = 0) -> ActionFacts {
    ActionFacts(activity: activity, target: target, dueDate: due, resources: resources,
                hasPriority: priority, linkedTo: linkedTo, linkedIndicators: indicators)
}

private func failedLetters(_ action: ActionFacts) -> [SmartLetter] { SmartCheck(action).failed.map(\.letter) }

@Suite("SMART check")
struct SmartCheckTests {
    @Test("a well-written action passes every letter")
    func passes() {
        let check = SmartCheck(facts())
        #expect(check.isSmart)
        #expect(check.letters == "S M A R T")
    }

    @Test("Specific fails alone for a placeholder activity")
    func specific() {
        let action = facts(activity: "Deliver actions identified in the Customer Services Strategy")
        #expect(failedLetters(action) == [.specific])
        #expect(SmartCheck(action).failed.first?.reason == "The activity starts “deliver actions identified in”, which points elsewhere: say what will be done.")
        #expect(SmartCheck(action).letters == "– M A R T")
    }

    @Test("Measurable fails alone for a target with no quantity or deliverable")
    func measurable() {
        #expect(failedLetters(facts(target: "Improve the procedure by end March 2005")) == [.measurable])
    }

    @Test("a linked indicator or a quantity makes a target measurable")
    func measurableBy() {
        #expect(failedLetters(facts(target: "Improve the procedure by end March 2005", indicators: 1)) == [])
        #expect(failedLetters(facts(target: "Answer 80% of calls within 20 seconds by end March 2005")) == [])
        #expect(failedLetters(facts(target: "All advisers trained by end August 2005")) == [])
        #expect(failedLetters(facts(target: "Four reports, in July 2004 and November 2004")) == [])
        #expect(failedLetters(facts(target: "Better reports by end March 2005")) == [.measurable])
    }

    @Test("Achievable fails alone when resources are to be determined")
    func achievable() {
        #expect(failedLetters(facts(resources: .unknown)) == [.achievable])
        #expect(failedLetters(facts(resources: ActionResources(officerDays: nil, costPence: 0))) == [])
    }

    @Test("Relevant fails alone with no priority and no statutory driver")
    func relevant() {
        #expect(failedLetters(facts(priority: false, linkedTo: "Customer Services Review")) == [.relevant])
        #expect(failedLetters(facts(priority: false, linkedTo: "Equality impact assessment")) == [.relevant])
        #expect(failedLetters(facts(priority: false, linkedTo: "Freedom of Information Act 2000")) == [])
    }

    @Test("Timed fails alone when the target has no date and there is no due date")
    func timed() {
        let action = facts(target: "New procedure agreed by Cabinet")
        #expect(failedLetters(action) == [.timed])
        #expect(failedLetters(facts(target: "New procedure agreed by Cabinet", due: CalendarDate(iso: "2005-03-31"))) == [])
    }

    @Test("a target set out elsewhere is neither measurable nor timed")
    func deferred() {
        #expect(failedLetters(facts(target: "As set out in project plan")) == [.measurable, .timed])
        #expect(failedLetters(facts(target: "To be defined in Sustainability Strategy.")) == [.measurable, .timed])
    }
}
