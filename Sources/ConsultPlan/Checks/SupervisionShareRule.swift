// Rule `supervision_share` (LANGUAGE.md 6): enough of the topic consultations
// must be 民主监督 (democratic supervision) topics.

/// `supervision_share` (CP0602, warning): supervision topic consultations ÷ all
/// topic consultations below `policy { supervision_share P% }`; with no setting,
/// having none at all is the finding. Not evaluated without topic consultations.
///
/// The comparison is exact (`supervised < share × total`), never floating point.
enum SupervisionShareRule {
    static func check(_ ctx: CheckContext) -> [Diagnostic] {
        let plan = ctx.plan
        // Count without collecting; the meetings are listed only when there is a finding.
        let totalCount = ctx.topicConsultations, supervisedCount = ctx.supervisedTopicConsultations
        guard totalCount > 0 else { return [] }
        let span = plan.policy.supervisionShareSpan ?? plan.header.span
        let fact = "marked `supervision`: \(supervisedCount) of " + RuleText.count(totalCount, "topic consultation")
        guard let share = plan.policy.supervisionShare else {
            guard supervisedCount == 0 else { return [] }
            return [Diagnostic(
                RuleCode.supervisionShare, "no topic consultation is a supervision (民主监督) topic", at: span,
                notes: [fact], help: "mark at least one topic consultation `supervision`")]
        }
        let total = ExactDecimal(Int64(totalCount))
        let have = ExactDecimal(Int64(supervisedCount))
        let below: Bool
        if let needed = share.multiplying(total) {
            below = have < needed
        } else if let ratio = have.dividing(by: total) {
            below = ratio < share
        } else {
            below = false
        }
        guard below else { return [] }
        let supervised = plan.meetings.filter { !$0.isCancelled && $0.isTopicConsultation && $0.supervision }
        var notes = [fact + " (" + percent(have.dividing(by: total)) + ")"]
        if !supervised.isEmpty {
            notes.append("supervision topics: " + RuleText.list(supervised.map { RuleText.ref($0) }))
        }
        return [Diagnostic(
            RuleCode.supervisionShare,
            "supervision topics are " + percent(have.dividing(by: total)) + " of the topic consultations, below the "
                + percent(share) + " the policy asks for",
            at: span, notes: notes,
            help: "mark " + RuleText.count(missing(share: share, total: totalCount, have: supervisedCount), "more topic consultation",
                "more topic consultations") + " `supervision`")]
    }

    /// A ratio as a percentage with at most one decimal (`22.2%`).
    static func percent(_ value: ExactDecimal?) -> String {
        // Display only: the decision was made exactly; a ratio's 18 fraction digits
        // would overflow when scaled by 100, so round through Double here.
        guard let value else { return "?" }
        let tenths = (value.approximate * 1000).rounded()
        let whole = Int(tenths / 10)
        let frac = Int(tenths.truncatingRemainder(dividingBy: 10))
        return frac == 0 ? "\(whole)%" : "\(whole).\(abs(frac))%"
    }

    /// How many more supervision topics would reach the share, the total staying the same.
    static func missing(share: ExactDecimal, total: Int, have: Int) -> Int {
        var n = have
        let t = ExactDecimal(Int64(total))
        guard let needed = share.multiplying(t) else { return 1 }
        while n < total, ExactDecimal(Int64(n)) < needed { n += 1 }
        return max(1, n - have)
    }
}
