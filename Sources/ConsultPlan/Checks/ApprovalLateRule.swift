// Rule `approval_late` (LANGUAGE.md 5): the plan must be approved before the
// first notice of any of its meetings goes out.

/// `approval_late` (CP0751, error): the `approved` step is later than the
/// earliest notice day of any dated, non-cancelled meeting (the same day is
/// allowed). Tentative meetings have no notice day and are not looked at.
/// Reported at the `approved` step.
enum ApprovalLateRule {
    static func check(_ ctx: CheckContext) -> [Diagnostic] {
        guard let approved = ctx.plan.approval.first(where: { $0.kind == .approved }) else { return [] }
        let meetings = ctx.plan.meetings
        var earliest: (day: Day, meeting: Int)?
        // Through the buffer: `meetings[i]` copies the whole `Meeting`, a field alone is cheap.
        meetings.withUnsafeBufferPointer { ms in
            for i in ms.indices where ms[i].status != .cancelled && !ms[i].date.isTentative {
                guard let notice = ms[i].noticeDay else { continue }
                if let e = earliest,
                   !(notice < e.day || (notice == e.day && ScheduleKey(ms[i]) < ScheduleKey(ms[e.meeting])))
                {
                    continue
                }
                earliest = (notice, i)
            }
        }
        guard let first = earliest, approved.day > first.day else { return [] }
        let m = meetings[first.meeting]
        return [Diagnostic(
            RuleCode.approvalLate,
            "the plan is approved on \(approved.day), after the first notice day \(first.day)",
            at: approved.span,
            notes: ["the notice of " + RuleText.ref(m) + " (" + RuleText.when(m.date) + ", notice \(m.notice)) is due on \(first.day)"],
            help: "approve the plan on or before \(first.day), or move " + RuleText.ref(m) + " later")]
    }
}
