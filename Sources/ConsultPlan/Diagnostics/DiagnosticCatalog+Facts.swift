// The two facts every new diagnostic needs from the catalog — its rule name and
// default severity — answered without building the catalog's explanations.

extension DiagnosticCatalog {
    /// The rule name and default severity of `code` (`nil` and `.error` for any code
    /// not listed: unnamed errors and codes the catalog does not know).
    ///
    /// Why a written-out switch: ``Diagnostic/init(_:_:at:severity:labels:notes:help:fixIts:)``
    /// and ``Diagnostic/rule`` need only these two facts, and reading them from
    /// ``entries`` built all 123 entries (explanations, examples, a sort and a
    /// String-keyed dictionary) the first time any diagnostic was made — ≈ 3% of a
    /// small plan's cold start, paid by every plan with a `cplan: allow` (perf,
    /// Benchmarks/README.md "Cold start"). A string switch allocates nothing and
    /// instantiates no generic type. A test keeps it equal to the entries.
    static func facts(of code: String) -> (rule: String?, severity: Severity) {
        switch code {
        case "CP0120": ("fullwidth", .warning)
        case "CP0416": ("require", .error)
        case "CP0417": ("warn", .warning)
        case "CP0418": ("series_topics", .warning)
        case "CP0419": ("series_shift", .warning)
        case "CP0420": ("no_calendar_data", .warning)
        case "CP0421": ("unknown_role", .warning)
        case "CP0422": (nil, .note)
        case "CP0525", "CP0526", "CP0527", "CP0528", "CP0530": ("include", .error)
        case "CP0601": ("min_topic_consultations", .error)
        case "CP0602": ("supervision_share", .warning)
        case "CP0603": ("no_plenary", .warning)
        case "CP0604": ("day_off", .warning)
        case "CP0605": ("overlap", .error)
        case "CP0606": ("possible_overlap", .warning)
        case "CP0607": ("missing_feedback", .warning)
        case "CP0608": ("after_order", .error)
        case "CP0609": ("after_cycle", .error)
        case "CP0693": (nil, .warning)
        case "CP0750": ("approval_order", .error)
        case "CP0751": ("approval_late", .error)
        case "CP0752": ("max_absences", .warning)
        default: (nil, .error)
        }
    }
}
