/// How a member of the public reached the council (customer service spec, "Contacts").
public enum ContactChannel: String, CaseIterable, Codable, Sendable {
    case phone
    case faceToFace = "face_to_face"
    case web
    case email
    case letter
    case social

    public var title: String {
        switch self {
        case .phone: "Phone"
        case .faceToFace: "Face to face"
        case .web: "Web"
        case .email: "Email"
        case .letter: "Letter"
        case .social: "Social media"
        }
    }

    /// Letters and emails, whose response is measured in working days.
    public var isCorrespondence: Bool { self == .email || self == .letter }
}

/// How a contact ended.
public enum ContactOutcome: String, CaseIterable, Codable, Sendable {
    case resolved
    case requestRaised = "request_raised"
    case transferred
    case complaint
    case abandoned
    case callback

    public var title: String {
        switch self {
        case .resolved: "Resolved at first contact"
        case .requestRaised: "Service request raised"
        case .transferred: "Transferred to a department"
        case .complaint: "Complaint logged"
        case .abandoned: "Abandoned before answer"
        case .callback: "Callback requested"
        }
    }
}

/// The council's thresholds for the service centre's measures (spec defaults).
public struct MeasureThresholds: Equatable, Codable, Sendable {
    /// A call abandoned within this many seconds of arriving is a short abandon.
    public var shortAbandonSeconds: Int
    /// A call answered within this many seconds (inclusive) counts towards the service level.
    public var answerWithinSeconds: Int
    /// Letters and emails answered within this many working days are on time.
    public var correspondenceWorkingDays: Int

    public init(shortAbandonSeconds: Int = 5, answerWithinSeconds: Int = 20, correspondenceWorkingDays: Int = 10) {
        self.shortAbandonSeconds = shortAbandonSeconds
        self.answerWithinSeconds = answerWithinSeconds
        self.correspondenceWorkingDays = correspondenceWorkingDays
    }
}
