/// When a complaint's handling ended, for its retention period: the stage 2 response, or the
/// stage 1 response when it was not escalated. Nil while it is still open.
public enum ComplaintClosure {
    public static func closedOn(stage1RespondedOn: CalendarDate?, escalatedOn: CalendarDate?,
                                stage2RespondedOn: CalendarDate?) -> CalendarDate? {
        if let stage2RespondedOn { return stage2RespondedOn }
        return escalatedOn == nil ? stage1RespondedOn : nil
    }
}
