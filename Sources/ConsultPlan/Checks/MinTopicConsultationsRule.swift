// Rule `min_topic_consultations` (LANGUAGE.md 6): the plan must hold at least
// the policy's number of topic consultations (default 4) among its meetings.

/// `min_topic_consultations` (CP0601, error): fewer topic consultations (4.2) in
/// `meetings` than `policy { min_topic_consultations N }` (default 4).
///
/// Cancelled meetings do not count; each series occurrence counts once.
/// Reported at the policy setting, else at the `plan` line.
enum MinTopicConsultationsRule {
    static func check(_ ctx: CheckContext) -> [Diagnostic] {
        let plan = ctx.plan
        let required = plan.policy.minTopicConsultations
        // Count first without collecting: the common case is a plan that passes.
        guard ctx.topicConsultations < required else { return [] }
        let counted = plan.meetings.filter { !$0.isCancelled && $0.isTopicConsultation }
        let cancelled = plan.meetings.filter { $0.isCancelled && $0.isTopicConsultation }
        var notes: [String] = []
        if counted.isEmpty {
            notes.append("no meeting is a topic consultation (a form other than plenary and standing_committee)")
        } else {
            notes.append("counted: " + RuleText.list(counted.map { RuleText.ref($0) }))
        }
        if !cancelled.isEmpty {
            notes.append(RuleText.count(cancelled.count, "cancelled topic consultation") + " not counted: "
                + RuleText.list(cancelled.map { RuleText.ref($0) }))
        }
        let setAt = plan.policy.minTopicConsultationsSpan
        let message = "the plan has " + RuleText.count(counted.count, "topic consultation")
            + ", fewer than the \(required) " + (setAt == nil ? "required by default" : "the policy requires")
        return [Diagnostic(
            RuleCode.minTopicConsultations, message, at: setAt ?? plan.header.span, notes: notes,
            help: "plan \(required - counted.count) more topic consultation\(required - counted.count == 1 ? "" : "s")"
                + " (special_consultation, biweekly_forum, symposium …)"
                + (setAt == nil ? ", or set `min_topic_consultations` in `policy`" : ""))]
    }
}
