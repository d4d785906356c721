import Foundation

/// What a staffing calculation is asked: the calls expected in an interval, how long they
/// take, the service level wanted, and the share of paid time agents are not on the phones.
public struct StaffingQuestion: Equatable, Sendable {
    public let callsPerInterval: Double
    public let intervalSeconds: Double
    public let averageHandlingSeconds: Double
    /// The share of calls to answer within `targetAnswerSeconds`, from 0 to 1 (0.8 for 80/20).
    public let targetServiceLevel: Double
    public let targetAnswerSeconds: Double
    /// Breaks, training, absence: the share of paid time not available for calls, 0 to below 1.
    public let shrinkage: Double
    /// The busiest agents may be, from 0 to 1, when the council sets a limit.
    public let maximumOccupancy: Double?

    public init(callsPerInterval: Double, intervalSeconds: Double = 1_800, averageHandlingSeconds: Double, targetServiceLevel: Double,
                targetAnswerSeconds: Double, shrinkage: Double, maximumOccupancy: Double? = nil) {
        (self.callsPerInterval, self.intervalSeconds, self.averageHandlingSeconds) = (callsPerInterval, intervalSeconds, averageHandlingSeconds)
        (self.targetServiceLevel, self.targetAnswerSeconds) = (targetServiceLevel, targetAnswerSeconds)
        (self.shrinkage, self.maximumOccupancy) = (shrinkage, maximumOccupancy)
    }

    /// Nil if the question can be answered; otherwise what is wrong with it.
    public var problem: String? {
        if callsPerInterval < 0 || !callsPerInterval.isFinite { return "Calls must be zero or more." }
        if intervalSeconds <= 0 { return "The interval must be longer than zero." }
        if averageHandlingSeconds <= 0 { return "Average handling time must be longer than zero." }
        if !(0..<1).contains(targetServiceLevel) { return "The service level must be below 100%: Erlang C never promises every call." }
        if targetAnswerSeconds < 0 { return "The answer time must be zero seconds or more." }
        if !(0..<1).contains(shrinkage) { return "Shrinkage must be from 0% to below 100%." }
        if let maximumOccupancy, !(0.01...1).contains(maximumOccupancy) { return "Maximum occupancy must be above 0% and at most 100%." }
        return nil
    }
}

/// The answer: agents on the phones and what they give, and staff to roster after shrinkage.
public struct StaffingAnswer: Equatable, Sendable {
    public let trafficErlangs: Double
    public let agents: Int
    public let probabilityOfWaiting: Double
    public let serviceLevel: Double
    public let averageSpeedOfAnswerSeconds: Double
    public let occupancy: Double
    public let staffAfterShrinkage: Int
}

/// The Erlang C model of a queue of calls (customer service spec, staffing). Its limits:
/// calls arrive at random at a steady rate through the interval, handling times vary at random
/// around their average, nobody hangs up and every caller waits as long as it takes, and any
/// agent can take any call. Real callers abandon, so it slightly overstates the agents needed.
///
/// Computed through the Erlang B recursion, B(k) = A·B(k−1) / (k + A·B(k−1)), which stays
/// between 0 and 1 and so never overflows, for thousands of agents.
public enum ErlangC {
    /// The chance a call waits, with `agents` serving `traffic` Erlangs; 1 when they cannot keep up.
    public static func probabilityOfWaiting(agents: Int, traffic: Double) -> Double {
        guard traffic > 0 else { return 0 }
        guard Double(agents) > traffic else { return 1 }
        var blocking = 1.0
        for k in stride(from: 1, through: agents, by: 1) { blocking = traffic * blocking / (Double(k) + traffic * blocking) }
        return waiting(agents: agents, traffic: traffic, blocking: blocking)
    }

    /// The share of calls answered within `seconds`.
    public static func serviceLevel(agents: Int, traffic: Double, handlingSeconds: Double, within seconds: Double) -> Double {
        guard traffic > 0 else { return 1 }
        guard Double(agents) > traffic else { return 0 }
        return serviceLevel(wait: probabilityOfWaiting(agents: agents, traffic: traffic), agents: agents, traffic: traffic,
                            handlingSeconds: handlingSeconds, within: seconds)
    }

    /// The fewest agents that meet the service level (and the occupancy limit, if any).
    public static func staffing(_ question: StaffingQuestion) -> StaffingAnswer? {
        guard question.problem == nil else { return nil }
        let traffic = question.callsPerInterval * question.averageHandlingSeconds / question.intervalSeconds
        guard traffic > 0 else {
            return StaffingAnswer(trafficErlangs: 0, agents: 0, probabilityOfWaiting: 0, serviceLevel: 1, averageSpeedOfAnswerSeconds: 0,
                                  occupancy: 0, staffAfterShrinkage: 0)
        }
        var blocking = 1.0, agents = 0
        while true {
            agents += 1
            blocking = traffic * blocking / (Double(agents) + traffic * blocking)
            guard Double(agents) > traffic else { continue }
            let wait = waiting(agents: agents, traffic: traffic, blocking: blocking)
            let level = serviceLevel(wait: wait, agents: agents, traffic: traffic, handlingSeconds: question.averageHandlingSeconds,
                                     within: question.targetAnswerSeconds)
            let occupancy = traffic / Double(agents)
            guard level >= question.targetServiceLevel, occupancy <= (question.maximumOccupancy ?? 1) else { continue }
            return StaffingAnswer(trafficErlangs: traffic, agents: agents, probabilityOfWaiting: wait, serviceLevel: level,
                                  averageSpeedOfAnswerSeconds: wait * question.averageHandlingSeconds / (Double(agents) - traffic),
                                  occupancy: occupancy, staffAfterShrinkage: Int((Double(agents) / (1 - question.shrinkage) - 1e-9).rounded(.up)))
        }
    }

    private static func waiting(agents: Int, traffic: Double, blocking: Double) -> Double {
        let n = Double(agents)
        return n * blocking / (n - traffic * (1 - blocking))
    }

    private static func serviceLevel(wait: Double, agents: Int, traffic: Double, handlingSeconds: Double, within seconds: Double) -> Double {
        1 - wait * exp(-(Double(agents) - traffic) * seconds / handlingSeconds)
    }
}
