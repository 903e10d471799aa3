// Rule `missing_feedback` (LANGUAGE.md 6): a department invited to a meeting
// should owe written feedback (书面反馈) on its results.

/// `missing_feedback` (CP0607, warning): a non-cancelled meeting that invites
/// departments but has no `feedback` duty. Reported at its `invite`.
///
/// Meetings whose `invite` is the same attribute (the occurrences of one series,
/// or the uses of one template) get one diagnostic there, naming them all, rather
/// than one identical warning per occurrence.
enum MissingFeedbackRule {
    static func check(_ ctx: CheckContext) -> [Diagnostic] {
        let all = ctx.plan.meetings
        var groups: [Span: [Int]] = [:]
        var order: [Span] = []
        // Through the buffer: `all[i]` copies the whole `Meeting`, a field alone is cheap.
        all.withUnsafeBufferPointer { ms in
            for i in ms.indices where !ms[i].invite.isEmpty && ms[i].status != .cancelled && ms[i].feedback.isEmpty {
                let span = ms[i].spans.invite ?? ms[i].spans.date
                if groups[span] == nil { order.append(span) }
                groups[span, default: []].append(i)
            }
        }
        return order.compactMap { span -> Diagnostic? in
            guard let indices = groups[span], let firstIndex = indices.first else { return nil }
            let meetings = indices.map { all[$0] }
            let first = all[firstIndex]
            let departments = first.invite.map { "`" + $0 + "`" }
            let subject = meetings.count == 1
                ? RuleText.ref(first)
                : RuleText.ref(first) + " and \(meetings.count - 1) more meeting\(meetings.count == 2 ? "" : "s")"
            var notes = ["invited: " + RuleText.list(departments)]
            if meetings.count > 1 {
                notes.append("meetings with this `invite`: " + RuleText.list(meetings.map { RuleText.ref($0) }))
            }
            let example = first.invite.first ?? "DEPT"
            return Diagnostic(
                RuleCode.missingFeedback,
                subject + " invite" + (meetings.count == 1 ? "s" : "") + " departments but no `feedback` is required of them",
                at: span, notes: notes,
                help: "add a duty such as `feedback \(example) within 3 months` for each invited department that owes written feedback")
        }
    }
}
