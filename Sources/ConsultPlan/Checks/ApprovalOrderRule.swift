// Rule `approval_order` (LANGUAGE.md 5): drafted ≤ revised ≤ reviewed ≤ approved,
// whichever steps are given and in whatever order they are written.

/// `approval_order` (CP0750, error): an approval step dated before a step that
/// comes earlier in the canonical order. One diagnostic, at the first step (in
/// canonical order) that breaks it, naming the step it precedes.
enum ApprovalOrderRule {
    static func check(_ ctx: CheckContext) -> [Diagnostic] {
        let steps = ctx.plan.approval.enumerated().sorted { a, b in
            let ra = rank(a.element.kind), rb = rank(b.element.kind)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        var latest: ApprovalStep?
        for step in steps {
            if let previous = latest, step.day < previous.day {
                let order = ApprovalStepKind.allCases.map(\.rawValue).joined(separator: " ≤ ")
                return [Diagnostic(
                    RuleCode.approvalOrder,
                    "`\(step.kind.rawValue)` on \(step.day) is before `\(previous.kind.rawValue)` on \(previous.day)",
                    at: step.span, labels: [DiagnosticLabel(previous.span, "`\(previous.kind.rawValue)` is here")],
                    notes: ["approval steps must not go back in time: " + order],
                    help: "date `\(step.kind.rawValue)` on or after \(previous.day), or correct `\(previous.kind.rawValue)`")]
            }
            // No break so far, so the days are non-decreasing and this step is the latest.
            latest = step
        }
        return []
    }

    /// The step's place in the canonical order.
    static func rank(_ kind: ApprovalStepKind) -> Int {
        ApprovalStepKind.allCases.firstIndex(of: kind) ?? 0
    }
}
