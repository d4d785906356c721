import Foundation

/// Whom a decision notice is sent to, by role (decisions spec). Officers are found by their
/// job title, members by their dated positions and wards.
public enum ConsulteeRole: String, CaseIterable, Codable, Sendable {
    case chiefExecutive = "chief_executive"
    case financeDirector = "finance_director"
    case legalHead = "legal_head"
    case scrutinyChair = "scrutiny_chair"
    case scrutinyViceChair = "scrutiny_vice_chair"
    case panelChair = "panel_chair"
    case panelViceChair = "panel_vice_chair"
    case wardMember = "ward_member"
    /// Every member is told of the notice and may make representations and ask for referral.
    case allMembers = "all_members"

    public var title: String {
        switch self {
        case .chiefExecutive: "The chief executive"
        case .financeDirector: "The finance director (chief finance officer)"
        case .legalHead: "The head of legal services (monitoring officer)"
        case .scrutinyChair: "The chair of the scrutiny committee"
        case .scrutinyViceChair: "The vice-chair of the scrutiny committee"
        case .panelChair: "The chair of the named panel"
        case .panelViceChair: "The vice-chair of the named panel"
        case .wardMember: "Members for the wards affected"
        case .allMembers: "All members (notified)"
        }
    }

    /// Whether the role is an officer's, found by job title.
    public var isOfficer: Bool { [.chiefExecutive, .financeDirector, .legalHead].contains(self) }

    /// Whether an officer's job title holds this role. Titles vary between councils, so each
    /// role lists the usual wordings; a deputy does not hold the role.
    public func matches(jobTitle: String) -> Bool {
        let title = jobTitle.lowercased()
        guard isOfficer, !title.contains("deputy"), !title.contains("assistant") else { return false }
        let wordings: [String] = switch self {
        case .chiefExecutive: ["chief executive", "managing director", "head of paid service"]
        case .financeDirector: ["director of finance", "finance director", "chief finance officer", "section 151", "head of finance"]
        case .legalHead: ["head of legal", "monitoring officer", "director of legal", "director of law", "solicitor to the council"]
        default: []
        }
        return wordings.contains { title.contains($0) }
    }

    /// Whether a member's position (its kind and the body it is on) holds this role. The
    /// scrutiny committee is any body with "scrutiny" in its name; a panel is matched by name.
    public func matches(position: PositionKind, body: String?, panel: String?) -> Bool {
        let body = body?.lowercased() ?? ""
        switch self {
        case .scrutinyChair: return position == .committeeChair && body.contains("scrutiny")
        case .scrutinyViceChair: return position == .committeeViceChair && body.contains("scrutiny")
        case .panelChair, .panelViceChair:
            guard let panel = panel?.lowercased().trimmingCharacters(in: .whitespaces), !panel.isEmpty else { return false }
            return position == (self == .panelChair ? .committeeChair : .committeeViceChair) && body == panel
        default: return false
        }
    }
}

/// The files a decision notice may carry as appendices: documents people can open without
/// special software, up to a size limit.
public struct AppendixRule: Sendable {
    public let maximumBytes: Int

    public init(maximumBytes: Int = 10 * 1024 * 1024) { self.maximumBytes = maximumBytes }

    /// File name endings accepted, with the media type each is served as.
    public static let types: [String: String] = [
        "pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
        "csv": "text/csv",
        "png": "image/png",
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
    ]

    /// Nil if the file may be attached; otherwise why not, for the person uploading it. The
    /// first bytes must agree with the name, so a renamed program is refused.
    public func refusal(fileName: String, size: Int, firstBytes: [UInt8]) -> String? {
        let ending = (fileName as NSString).pathExtension.lowercased()
        guard Self.types[ending] != nil else {
            return "“\(fileName)” is not a file type Beacon accepts. Attach a PDF, Word, Excel, OpenDocument, CSV, PNG or JPEG file."
        }
        if size == 0 { return "“\(fileName)” is empty." }
        if size > maximumBytes {
            return "“\(fileName)” is \(Self.megabytes(size)); an appendix may be at most \(Self.megabytes(maximumBytes))."
        }
        guard Self.signatureMatches(ending, firstBytes) else {
            return "“\(fileName)” does not look like a .\(ending) file inside. Save it again as .\(ending) and attach that."
        }
        return nil
    }

    static func signatureMatches(_ ending: String, _ bytes: [UInt8]) -> Bool {
        func starts(_ signature: [UInt8]) -> Bool { bytes.starts(with: signature) }
        switch ending {
        case "pdf": return starts(Array("%PDF-".utf8))
        case "docx", "xlsx", "odt", "ods": return starts([0x50, 0x4B, 0x03, 0x04])
        case "png": return starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case "jpg", "jpeg": return starts([0xFF, 0xD8, 0xFF])
        // A CSV is text: no NUL byte in what was read.
        default: return !bytes.contains(0)
        }
    }

    /// `10.0 MB`, as messages and forms state sizes.
    public static func megabytes(_ bytes: Int) -> String {
        let tenths = (bytes * 10 + 1024 * 1024 / 2) / (1024 * 1024)
        return "\(tenths / 10).\(tenths % 10) MB"
    }
}
