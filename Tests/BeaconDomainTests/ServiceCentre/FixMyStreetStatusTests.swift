import BeaconDomain
import Testing

@Suite("FixMyStreet's statuses")
struct FixMyStreetStatusTests {
    @Test("each of FixMyStreet's statuses is one of Beacon's", arguments: [
        ("OPEN", RequestStatus.open), ("INVESTIGATING", .acknowledged), ("IN_PROGRESS", .inProgress),
        ("ACTION_SCHEDULED", .inProgress), ("FIXED", .closed), ("CLOSED", .closed), ("DUPLICATE", .rejected),
        ("NOT_COUNCILS_RESPONSIBILITY", .rejected), ("INTERNAL_REFERRAL", .rejected),
        ("NO_FURTHER_ACTION", .rejected), ("UNABLE_TO_FIX", .rejected),
    ])
    func mapped(sent: String, beacon: RequestStatus) {
        #expect(FixMyStreetStatus(rawValue: sent)?.beacon == beacon)
    }

    @Test("Beacon's statuses go out as FixMyStreet's, and come back as themselves")
    func roundTrip() {
        #expect(RequestStatus.allCases.map { FixMyStreetStatus.of($0).rawValue }
                == ["OPEN", "INVESTIGATING", "IN_PROGRESS", "FIXED", "NO_FURTHER_ACTION"])
        #expect(RequestStatus.allCases.allSatisfy { FixMyStreetStatus.of($0).beacon == $0 })
    }

    @Test("a status is read in any case, with spaces; an unknown one is not")
    func sent() {
        #expect(FixMyStreetStatus(sent: "action scheduled") == .actionScheduled)
        #expect(FixMyStreetStatus(sent: "fixed") == .fixed)
        #expect(FixMyStreetStatus(sent: "MAYBE") == nil)
        #expect(FixMyStreetStatus.allCases.count == 11)
    }
}
