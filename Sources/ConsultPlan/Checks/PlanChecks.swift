// The entry point of the built-in plan rules (LANGUAGE.md 6): runs every rule
// over an evaluated plan and returns its findings with default severities.

/// The built-in rules over an evaluated ``Plan``.
///
/// Each rule lives in its own file (`Checks/<Name>Rule.swift`) and reads the plan
/// only; none of them depends on another's output except `after_order`, which
/// skips the edges `after_cycle` reports. Severities are the catalog defaults;
/// ``DiagnosticPolicy/apply(_:policy:directives:sources:)`` applies
/// `policy { severity … }` and `cplan: allow` afterwards.
///
/// Rules emitted elsewhere: `unknown_role`, `series_topics`, `series_shift` and
/// `no_calendar_data` by the evaluator, `fullwidth` by the lexer, `include` by
/// the loader, `require`/`warn` by the planner's statements.
public enum PlanChecks {
    /// Runs every built-in rule over an evaluated plan; returns diagnostics with
    /// default severities, in rule order, each rule's findings in a stable order.
    ///
    /// - Parameter plan: The evaluated plan.
    /// - Returns: The findings of `min_topic_consultations`, `supervision_share`,
    ///   `no_plenary`, `day_off`, `overlap`, `possible_overlap`, `missing_feedback`,
    ///   `after_cycle`, `after_order`, `approval_order`, `approval_late` and `max_absences`.
    public static func run(_ plan: Plan) -> [Diagnostic] {
        let ctx = CheckContext(plan)
        let cycles = AfterCycleRule.cycles(ctx)
        var result: [Diagnostic] = []
        result += MinTopicConsultationsRule.check(ctx)
        result += SupervisionShareRule.check(ctx)
        result += NoPlenaryRule.check(ctx)
        result += DayOffRule.check(ctx)
        result += OverlapRule.check(ctx)
        result += MissingFeedbackRule.check(ctx)
        result += AfterCycleRule.check(ctx, cycles: cycles)
        result += AfterOrderRule.check(ctx, cycles: cycles)
        result += ApprovalOrderRule.check(ctx)
        result += ApprovalLateRule.check(ctx)
        result += MaxAbsencesRule.check(ctx)
        return result
    }
}
