import BeaconDomain
import Testing

private func pounds(_ value: Int) -> Int { value * 100 }

@Suite("Budgets in £000s")
struct BudgetTests {
    @Test("half-up rounding at exactly £500", arguments: [
        (pounds(500), 1), (pounds(500) - 1, 0), (pounds(1_500), 2), (pounds(1_499), 1),
        (-pounds(500), -1), (-pounds(499), 0), (0, 0), (pounds(400_500), 401),
    ])
    func rounding(pence: Int, thousands: Int) {
        #expect(Money.thousands(pence) == thousands)
    }

    @Test("whole numbers grouped in threes with a true minus sign", arguments: [
        (0, "0"), (7, "7"), (999, "999"), (1_000, "1,000"), (-1, "−1"), (-999, "−999"), (-1_000, "−1,000"),
        (12_345, "12,345"), (100_000, "100,000"), (1_234_567, "1,234,567"), (-10_000_000, "−10,000,000"),
        (Int.min, "−9,223,372,036,854,775,808"), (Int.max, "9,223,372,036,854,775,807"),
    ])
    func grouping(value: Int, text: String) {
        #expect(Money.grouped(value) == text)
    }

    // Cells 401 + 401 + 364 show 1166, but the exact total £1,165,000 rounds to 1165.
    @Test("the total row rounds the exact total, not the visible cells")
    func totalFromExactValues() {
        let rows = [pounds(400_500), pounds(400_500), pounds(364_000)].enumerated().map { index, spend in
            BudgetRow(activity: "Activity \(index + 1)", columns: [BudgetFigures(expenditure: spend, income: 0, fte: 100)], notes: "")
        }
        let table = BudgetTable(columns: ["2005/06 estimate"], rows: rows)

        let visibleSum = rows.map { Money.thousands($0.columns[0]!.expenditure) }.reduce(0, +)

        #expect(visibleSum == 1166)
        #expect(Money.thousandsText(table.totals[0].expenditure) == "1,165")
        #expect(table.totals[0].fte == 300)
    }

    @Test("net is expenditure less income from exact values, per row and in total")
    func net() {
        let first = BudgetFigures(expenditure: pounds(400_500), income: pounds(100_400), fte: 0)
        let second = BudgetFigures(expenditure: pounds(200_400), income: pounds(100_400), fte: 0)
        let table = BudgetTable(columns: ["Estimate"], rows: [
            BudgetRow(activity: "A", columns: [first], notes: ""), BudgetRow(activity: "B", columns: [second], notes: ""),
        ])

        // Rounded cells would say 401 − 100 = 301; the exact net £300,100 rounds to 300.
        #expect(Money.thousands(first.net) == 300)
        #expect(Money.thousands(second.net) == 100)
        #expect(table.totals[0].net == pounds(400_100))
        #expect(Money.thousandsText(table.totals[0].net) == "400")
    }

    @Test("income above spend shows a negative net")
    func negativeNet() {
        let trading = BudgetFigures(expenditure: pounds(100_000), income: pounds(112_400), fte: 50)
        #expect(trading.net == -pounds(12_400))
        #expect(Money.thousandsText(trading.net) == "−12")
        #expect(Money.pounds(trading.net) == "−£12,400")
    }

    @Test("a missing column counts as nothing in the total")
    func missingColumn() {
        let table = BudgetTable(columns: ["Revised", "Estimate"], rows: [
            BudgetRow(activity: "New service", columns: [nil, BudgetFigures(expenditure: pounds(50_000), income: 0, fte: 150)], notes: "New in 2005/06"),
        ])
        #expect(table.totals[0] == .zero)
        #expect(table.totals[1].expenditure == pounds(50_000))
    }

    @Test("variance between two kinds")
    func variance() {
        let overspend = BudgetVariance(activity: "Contact centre", from: pounds(200_000), to: pounds(215_000))
        #expect(overspend.change == pounds(15_000))
        #expect(overspend.percent == 7.5)
        #expect(BudgetVariance(activity: "New", from: 0, to: pounds(10)).percent == nil)
        #expect(BudgetVariance(activity: "Gone", from: pounds(10), to: nil).change == nil)
    }

    @Test("pounds are read as people type them", arguments: [
        ("2500", 250_000), ("£2,500", 250_000), ("2,500.5", 250_050), ("-300", -30_000), ("0", 0),
    ])
    func parsePounds(text: String, pence: Int) {
        #expect(Money.parsePounds(text) == pence)
    }

    @Test("text that is not money is refused", arguments: ["", "twelve", "1.234", "£", "1e5"])
    func notPounds(text: String) {
        #expect(Money.parsePounds(text) == nil)
    }

    @Test("full-time equivalents in hundredths")
    func fte() {
        #expect(FullTimeEquivalent.parse("12.5") == 1250)
        #expect(FullTimeEquivalent.parse("0.75") == 75)
        #expect(FullTimeEquivalent.text(1250) == "12.5")
        #expect(FullTimeEquivalent.text(75) == "0.75")
        #expect(FullTimeEquivalent.text(300) == "3")
        #expect(FullTimeEquivalent.parse("three") == nil)
    }
}
