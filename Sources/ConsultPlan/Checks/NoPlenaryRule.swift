// Rule `no_plenary` (LANGUAGE.md 6): an annual plan normally holds the
// plenary session (全体会议); its absence is worth a warning.

/// `no_plenary` (CP0603, warning): no non-cancelled meeting has form `plenary`.
/// Reported at the `plan` line.
enum NoPlenaryRule {
    static func check(_ ctx: CheckContext) -> [Diagnostic] {
        let plan = ctx.plan
        guard !ctx.hasActivePlenary else { return [] }
        var notes: [String] = []
        let cancelled = plan.meetings.filter { $0.isCancelled && $0.form == "plenary" }
        if !cancelled.isEmpty {
            notes.append("cancelled plenary meetings do not count: " + RuleText.list(cancelled.map { RuleText.ref($0) }))
        }
        return [Diagnostic(
            RuleCode.noPlenary, "the plan has no plenary meeting (全体会议)", at: plan.header.span, notes: notes,
            help: "add the year's plenary session: `meeting … { form plenary  date … }`")]
    }
}
