// The diagnostic codes the built-in plan rules and allow directives emit.
// One place, so the catalog, the rules and the tests agree on every number.

/// Codes of the plan rules (CP06xx), the approval and record rules (CP075x)
/// and the `cplan: allow` directive diagnostics (CP069x).
enum RuleCode {
    /// `min_topic_consultations`: fewer topic consultations than the policy asks.
    static let minTopicConsultations = DiagnosticCode("CP0601")
    /// `supervision_share`: too small a share of supervision topics.
    static let supervisionShare = DiagnosticCode("CP0602")
    /// `no_plenary`: no plenary meeting.
    static let noPlenary = DiagnosticCode("CP0603")
    /// `day_off`: a dated meeting starts on a day off.
    static let dayOff = DiagnosticCode("CP0604")
    /// `overlap`: two timed meetings with a shared participant overlap.
    static let overlap = DiagnosticCode("CP0605")
    /// `possible_overlap`: meetings with a shared participant on the same day, at least one untimed.
    static let possibleOverlap = DiagnosticCode("CP0606")
    /// `missing_feedback`: departments invited, no feedback duty.
    static let missingFeedback = DiagnosticCode("CP0607")
    /// `after_order`: `after M` not satisfied by the dates.
    static let afterOrder = DiagnosticCode("CP0608")
    /// `after_cycle`: meetings that are each `after` the next, round in a circle.
    static let afterCycle = DiagnosticCode("CP0609")
    /// An allow directive without a reason.
    static let directiveMissingReason = DiagnosticCode("CP0690")
    /// An allow directive naming a rule that does not exist.
    static let directiveUnknownRule = DiagnosticCode("CP0691")
    /// A `cplan:` comment that is not a well-formed directive.
    static let directiveMalformed = DiagnosticCode("CP0692")
    /// An allow directive with no finding of its rule on the line below it.
    static let directiveUnused = DiagnosticCode("CP0693")
    /// `approval_order`: approval steps out of order.
    static let approvalOrder = DiagnosticCode("CP0750")
    /// `approval_late`: approved after the first notice day.
    static let approvalLate = DiagnosticCode("CP0751")
    /// `max_absences`: a member absent without leave too often.
    static let maxAbsences = DiagnosticCode("CP0752")
}
