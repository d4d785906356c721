import BeaconDomain
import Foundation
import Testing

@Suite("Form checks")
struct FormCheckTests {
    @Test("required text is trimmed; blank or missing is a problem named for the field")
    func required() {
        var check = FormCheck()
        #expect(check.required("name", "  Housing  ", label: "Name") == "Housing")
        #expect(check.required("ward", "   ", label: "Ward") == nil)
        #expect(check.required("party", nil, label: "Party") == nil)
        #expect(check.problems.map(\.field) == ["ward", "party"])
        #expect(check.problems.map(\.message) == ["Enter ward", "Enter party"])
    }

    @Test("text longer than the limit is refused; at the limit it is kept")
    func length() {
        var check = FormCheck()
        #expect(check.required("a", String(repeating: "x", count: 200), label: "Name") != nil)
        #expect(check.required("b", String(repeating: "x", count: 201), label: "Name") == nil)
        #expect(check.problems.first?.message == "Name must be 200 characters or fewer")
    }

    @Test("numbers, dates, ids and choices explain what is wrong")
    func kinds() {
        var check = FormCheck()
        #expect(check.integer("n", "5", label: "Threshold", in: 1...100) == 5)
        #expect(check.integer("m", "five", label: "Threshold", in: 1...100) == nil)
        #expect(check.integer("o", "0", label: "Threshold", in: 1...100) == nil)
        #expect(check.optionalDate("d", "2024-02-30", label: "Start date") == nil)
        #expect(check.optionalID("u", "not-an-id", label: "Unit") == nil)
        #expect(check.optionalID("v", "", label: "Unit") == nil)
        let nation: Nation? = check.choice("w", "atlantis", label: "Nation")
        #expect(nation == nil)
        #expect(check.problems.map(\.message) == [
            "Threshold must be a whole number, like 1", "Threshold must be between 1 and 100",
            "Start date must be a real date from 1900 to 2200, like 2024-04-01", "Choose unit from the list", "Choose nation from the list",
        ])
    }

    @Test("only the first problem for a field is kept")
    func firstProblem() {
        var check = FormCheck()
        check.add("name", "Enter a name")
        check.add("name", "Name is too long")
        #expect(check.problems.count == 1)
        #expect(!check.isValid)
    }

    @Test("positions describe themselves as documents do")
    func positions() {
        #expect(PositionKind.portfolioHolder.describe(area: "customer services", body: nil) == "Portfolio holder for customer services")
        #expect(PositionKind.committeeChair.describe(area: nil, body: "Overview and Scrutiny Committee") == "Chair, Overview and Scrutiny Committee")
        #expect(PositionKind.leader.describe(area: "ignored", body: nil) == "Leader of the council")
    }
}
