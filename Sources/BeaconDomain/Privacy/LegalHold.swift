/// Why a record may not be erased or blanked yet, when it may not (quality spec, "Privacy"):
/// a complaint the Local Government and Social Care Ombudsman is looking at must stay whole
/// until the Ombudsman decides.
public enum LegalHold {
    /// The reason a complaint is held, or nil when it is not.
    public static func complaint(referredToOmbudsmanOn referred: CalendarDate?, ombudsmanDecided: Bool) -> String? {
        guard let referred, !ombudsmanDecided else { return nil }
        return "With the Local Government and Social Care Ombudsman since \(referred.long), "
            + "who has not decided yet: it is kept whole until the Ombudsman decides."
    }
}
