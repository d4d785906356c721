import BeaconDomain
import Foundation
import Testing

/// Reference values worked out with the textbook formula, C = (Aᴺ/N!)·N/(N−A) / (Σₖ₌₀ᴺ⁻¹ Aᵏ/k! + (Aᴺ/N!)·N/(N−A)),
/// in exact rational arithmetic (not with this code's recursion).
@Suite("Erlang C staffing")
struct ErlangCTests {
    func close(_ a: Double, _ b: Double, _ tolerance: Double = 0.000_01) -> Bool { abs(a - b) <= tolerance }

    @Test("10 Erlangs (100 calls in half an hour, 3 minutes each): 13 agents miss 80/20, 14 meet it")
    func tenErlangs() throws {
        #expect(close(ErlangC.probabilityOfWaiting(agents: 13, traffic: 10), 0.285270))
        #expect(close(ErlangC.serviceLevel(agents: 13, traffic: 10, handlingSeconds: 180, within: 20), 0.795595))
        let answer = try #require(ErlangC.staffing(StaffingQuestion(callsPerInterval: 100, averageHandlingSeconds: 180, targetServiceLevel: 0.8,
                                                                    targetAnswerSeconds: 20, shrinkage: 0.3)))
        #expect(answer.trafficErlangs == 10)
        #expect(answer.agents == 14)
        #expect(close(answer.probabilityOfWaiting, 0.174132))
        #expect(close(answer.serviceLevel, 0.888350))
        #expect(close(answer.averageSpeedOfAnswerSeconds, 7.8359, 0.0001))
        #expect(close(answer.occupancy, 0.714286))
        #expect(answer.staffAfterShrinkage == 20, "14 / 0.7 = 20 exactly, not 21")
    }

    @Test("24 Erlangs (360 calls an hour, 4 minutes each): 29 agents for 80/20, 30 when occupancy may not pass 80%")
    func twentyFourErlangs() throws {
        let question = StaffingQuestion(callsPerInterval: 360, intervalSeconds: 3_600, averageHandlingSeconds: 240, targetServiceLevel: 0.8,
                                        targetAnswerSeconds: 20, shrinkage: 0.3)
        let answer = try #require(ErlangC.staffing(question))
        #expect(answer.agents == 29)
        #expect(close(answer.probabilityOfWaiting, 0.242274))
        #expect(close(answer.serviceLevel, 0.840283))
        #expect(close(answer.averageSpeedOfAnswerSeconds, 11.6292, 0.0001))
        #expect(answer.staffAfterShrinkage == 42, "29 / 0.7 = 41.4, rounded up")
        #expect(close(ErlangC.serviceLevel(agents: 28, traffic: 24, handlingSeconds: 240, within: 20), 0.761296))
        let capped = try #require(ErlangC.staffing(StaffingQuestion(callsPerInterval: 360, intervalSeconds: 3_600, averageHandlingSeconds: 240,
                                                                    targetServiceLevel: 0.8, targetAnswerSeconds: 20, shrinkage: 0, maximumOccupancy: 0.8)))
        #expect(capped.agents == 30)
        #expect(capped.occupancy == 0.8)
        #expect(capped.staffAfterShrinkage == 30)
    }

    @Test("stable at 950 Erlangs: 965 agents, each figure finite")
    func thousandAgents() throws {
        let answer = try #require(ErlangC.staffing(StaffingQuestion(callsPerInterval: 5_700, averageHandlingSeconds: 300, targetServiceLevel: 0.8,
                                                                    targetAnswerSeconds: 20, shrinkage: 0.35)))
        #expect(answer.trafficErlangs == 950)
        #expect(answer.agents == 965)
        #expect(close(answer.probabilityOfWaiting, 0.518294))
        #expect(close(answer.serviceLevel, 0.809330))
        #expect(close(ErlangC.probabilityOfWaiting(agents: 970, traffic: 950), 0.405935))
        #expect(ErlangC.probabilityOfWaiting(agents: 1_000, traffic: 950).isFinite)
        #expect(answer.staffAfterShrinkage == 1_485, "965 / 0.65 = 1484.6")
    }

    @Test("no calls need no agents; too few agents always wait; a bad question is named")
    func edges() {
        let none = ErlangC.staffing(StaffingQuestion(callsPerInterval: 0, averageHandlingSeconds: 180, targetServiceLevel: 0.8, targetAnswerSeconds: 20, shrinkage: 0.3))
        #expect(none?.agents == 0 && none?.serviceLevel == 1)
        #expect(ErlangC.probabilityOfWaiting(agents: 10, traffic: 10) == 1)
        #expect(ErlangC.serviceLevel(agents: 9, traffic: 10, handlingSeconds: 180, within: 20) == 0)
        let impossible = StaffingQuestion(callsPerInterval: 100, averageHandlingSeconds: 180, targetServiceLevel: 1, targetAnswerSeconds: 20, shrinkage: 0.3)
        #expect(ErlangC.staffing(impossible) == nil)
        #expect(impossible.problem == "The service level must be below 100%: Erlang C never promises every call.")
        #expect(StaffingQuestion(callsPerInterval: 100, averageHandlingSeconds: 0, targetServiceLevel: 0.8, targetAnswerSeconds: 20, shrinkage: 0.3).problem != nil)
        #expect(StaffingQuestion(callsPerInterval: 100, averageHandlingSeconds: 180, targetServiceLevel: 0.8, targetAnswerSeconds: 20, shrinkage: 1).problem != nil)
    }
}
