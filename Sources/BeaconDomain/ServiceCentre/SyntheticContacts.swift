import Foundation

/// SplitMix64: a small, fast generator whose sequence is fixed by its seed, so demo data and
/// benchmarks are the same on every machine.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Made-up contacts with the shape of a council's service centre: Mondays busiest, weekends
/// web and email only, calls peaking mid-morning, April's council tax bills, waits and
/// abandons that follow queues. For the demo data and the import benchmark.
public struct SyntheticContacts: Sendable {
    private var random: SeededGenerator
    private let queues: [String]
    private let queueWeights: [Double]

    public init(seed: UInt64, queues: [String]) {
        random = SeededGenerator(seed: seed)
        self.queues = queues.isEmpty ? [""] : queues
        queueWeights = self.queues.indices.map { 1 / Double($0 + 1) }
    }

    /// About `average` contacts on an ordinary weekday; fewer on other days. Those arriving
    /// after `until` (for today, now) are left out, and nothing is answered after it.
    public mutating func day(_ day: CalendarDate, average: Double, workingDay: Bool, until: Date = .distantFuture) -> [CallRecord] {
        let weekday = [1.25, 1.1, 1.0, 0.95, 0.8, 0.15, 0.1][day.weekday - 1]
        let month = [1.3, 1.0, 1.0, 1.0, 0.85, 1.0, 1.0, 1.0, 0.7, 1.05, 1.1, 1.1][(day.month + 8) % 12]
        let count = Int((average * (workingDay ? weekday : 0.1) * month * uniform(0.9, 1.1)).rounded())
        // Noon less twelve hours: right for every time after the 1am clock change.
        let midnight = UKTime.instant(day, hour: 12, minute: 0).addingTimeInterval(-12 * 3_600)
        return (0..<count).compactMap { index in
            let channel = pickChannel(workingDay: workingDay)
            let arrived = midnight.addingTimeInterval(arrivalSecond(channel))
            guard arrived <= until else { return nil }
            return contact(id: "\(day.iso)-\(index)", channel: channel, arrived: arrived, busy: weekday * weekday * month, until: until)
        }
    }

    /// `busy` lengthens waits on busy days: 1 on an ordinary day, about 1.7 on an April Monday.
    private mutating func contact(id: String, channel: ContactChannel, arrived: Date, busy: Double, until: Date) -> CallRecord {
        let queue = pick(queues, weights: queueWeights)
        let (wait, patience, handling): (Double, Double, Double) = switch channel {
        case .phone: (exponential(12 * busy), exponential(300), 60 + exponential(210))
        case .faceToFace: (exponential(400), 3_600, 120 + exponential(360))
        case .web, .social: (exponential(3 * 3_600), .infinity, 30 + exponential(150))
        case .email, .letter: (exponential(5 * 86_400), .infinity, 120 + exponential(400))
        }
        if patience < wait || arrived.addingTimeInterval(wait + handling) > until {
            return CallRecord(contactID: id, channel: channel, queue: queue, arrived: arrived, answered: nil,
                              ended: arrived.addingTimeInterval(min(patience, wait).rounded()), outcome: .abandoned)
        }
        let answered = arrived.addingTimeInterval(wait.rounded())
        let outcome = pick([ContactOutcome.resolved, .requestRaised, .transferred, .complaint, .callback], weights: [0.68, 0.15, 0.08, 0.02, 0.07])
        return CallRecord(contactID: id, channel: channel, queue: queue, arrived: arrived, answered: answered,
                          ended: answered.addingTimeInterval(handling.rounded()), agent: "A\(Int.random(in: 1...24, using: &random))", outcome: outcome)
    }

    private mutating func pickChannel(workingDay: Bool) -> ContactChannel {
        workingDay ? pick([.phone, .web, .email, .faceToFace, .letter, .social], weights: [0.58, 0.2, 0.1, 0.06, 0.02, 0.04])
            : pick([.web, .email, .social], weights: [0.6, 0.3, 0.1])
    }

    /// Seconds after midnight: phones and the front desk from 8:30 to 17:00, busiest 9 to 11;
    /// web, email and post from 7:00 to 23:00.
    private mutating func arrivalSecond(_ channel: ContactChannel) -> Double {
        guard channel == .phone || channel == .faceToFace else { return uniform(7 * 3_600, 23 * 3_600) }
        let hour = pick(Array(8...16), weights: [0.05, 0.18, 0.16, 0.13, 0.10, 0.11, 0.10, 0.09, 0.08])
        return Double(hour * 3_600) + uniform(hour == 8 ? 1_800 : 0, 3_600)
    }

    private mutating func uniform(_ low: Double, _ high: Double) -> Double { Double.random(in: low..<high, using: &random) }

    private mutating func exponential(_ mean: Double) -> Double { -mean * log(1 - uniform(0, 1)) }

    private mutating func pick<T>(_ items: [T], weights: [Double]) -> T {
        var draw = uniform(0, weights.reduce(0, +))
        for (item, weight) in zip(items, weights) {
            if draw < weight { return item }
            draw -= weight
        }
        return items[items.count - 1]
    }
}
