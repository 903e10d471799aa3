// Rule `max_absences` (LANGUAGE.md 4.5): a member absent without leave from
// more held meetings than the policy allows.

/// `max_absences` (CP0752, warning): a member whose unexcused absences (`absent`
/// in records) in held meetings exceed `policy { max_absences N }`. No setting,
/// no check. Reported at the member's declaration.
///
/// A meeting is held when its status is `held`, or when it is not cancelled and
/// its last day is before the evaluation date (4.5); absences recorded for a
/// meeting not yet held do not count.
enum MaxAbsencesRule {
    static func check(_ ctx: CheckContext) -> [Diagnostic] {
        guard let limit = ctx.plan.policy.maxAbsences else { return [] }
        let today = ctx.plan.today
        var absences: [String: [Meeting]] = [:]
        let meetings = ctx.plan.meetings
        // Only meetings with absences are copied (`meetings[i]` copies the whole `Meeting`).
        var withAbsences: [Int] = []
        meetings.withUnsafeBufferPointer { ms in
            for i in ms.indices where !ms[i].absent.isEmpty { withAbsences.append(i) }
        }
        for i in withAbsences {
            let m = meetings[i]
            let held = m.status == .held || (m.status != .cancelled && m.date.lastDay < today)
            guard held else { continue }
            for id in Set(m.absent) { absences[id, default: []].append(m) }
        }
        var result: [Diagnostic] = []
        for member in ctx.plan.members {
            guard let missed = absences.removeValue(forKey: member.id), missed.count > limit else { continue }
            result.append(Diagnostic(
                RuleCode.maxAbsences,
                member.title + " (`\(member.id)`) was absent without leave from " + RuleText.count(missed.count, "held meeting")
                    + ", more than the \(limit) the policy allows",
                at: member.span,
                notes: ["absent from: " + RuleText.list(missed.map { RuleText.ref($0) + " (" + RuleText.when($0.date) + ")" })],
                help: "record excused absences with `leave` instead of `absent`"))
        }
        return result
    }
}
