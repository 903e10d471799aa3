// The stable identity of a kind of diagnostic, and the catalog entry behind
// it: rule name, default severity and the long explanation `cplan explain` prints.

/// A stable diagnostic ID such as `CP0201`. Codes never change meaning once released.
///
/// Ranges: `CP01xx` characters and tokens, `CP02xx` syntax, `CP03xx` names and
/// kinds, `CP04xx` values, dates and evaluation, `CP05xx` limits and includes,
/// `CP06xx` plan rules, `CP07xx` records and approval.
public struct DiagnosticCode: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The code as printed, `CP` and four digits.
    public let id: String
    /// Creates a code; it should have an entry in ``DiagnosticCatalog``.
    public init(_ id: String) { self.id = id }
    public var description: String { id }

    /// The catalog entry for this code, if any.
    public var info: DiagnosticInfo? { DiagnosticCatalog.entry(for: self) }
    /// The rule name from the catalog (nil for unnamed errors).
    public var rule: String? { DiagnosticCatalog.facts(of: id).rule }
    /// The default severity from the catalog (error when unknown).
    public var defaultSeverity: Severity { DiagnosticCatalog.facts(of: id).severity }
}

/// What the catalog knows about one code.
public struct DiagnosticInfo: Sendable {
    /// The code.
    public let code: DiagnosticCode
    /// The rule name (`overlap`, `fullwidth` …) or nil for unnamed errors.
    public let rule: String?
    /// Default severity.
    public let severity: Severity
    /// Whether this is a syntax diagnostic (found without resolving names).
    public let isSyntax: Bool
    /// A short title ("unterminated string").
    public let title: String
    /// The long explanation, several sentences.
    public let explanation: String
    /// A small program that triggers the diagnostic.
    public let badExample: String
    /// The same program, corrected: it does not trigger the diagnostic.
    public let goodExample: String

    /// Creates an entry.
    public init(
        _ code: String, rule: String? = nil, severity: Severity = .error, syntax: Bool = false,
        title: String, explanation: String, bad: String, good: String
    ) {
        self.code = DiagnosticCode(code)
        self.rule = rule
        self.severity = severity
        self.isSyntax = syntax
        self.title = title
        self.explanation = explanation
        self.badExample = bad
        self.goodExample = good
    }
}

/// Every diagnostic code with its explanation. Each phase contributes its own
/// entries in its own file (`DiagnosticCatalog+Lexer.swift`, …).
public enum DiagnosticCatalog {
    /// All entries, ordered by code.
    public static let entries: [DiagnosticInfo] = {
        let all = lexerEntries + syntaxEntries + semanticEntries + limitEntries + ruleEntries
        return all.sorted { $0.code.id < $1.code.id }
    }()

    private static let byCode: [String: DiagnosticInfo] = {
        var map: [String: DiagnosticInfo] = [:]
        for e in entries { map[e.code.id] = e }
        return map
    }()

    private static let byRule: [String: DiagnosticInfo] = {
        var map: [String: DiagnosticInfo] = [:]
        for e in entries { if let r = e.rule, map[r] == nil { map[r] = e } }
        return map
    }()

    /// The entry for a code.
    public static func entry(for code: DiagnosticCode) -> DiagnosticInfo? { byCode[code.id] }

    /// The entry for a code (`CP0201`, case-insensitive) or a rule name (`overlap`).
    public static func lookup(_ codeOrRule: String) -> DiagnosticInfo? {
        byCode[codeOrRule.uppercased()] ?? byRule[codeOrRule]
    }

    /// Every rule name that `policy { severity RULE … }` and `cplan: allow RULE` accept.
    ///
    /// Written out rather than derived from ``entries``: building the catalog (every
    /// explanation and example text) is a measurable part of a small plan's cold start,
    /// and every plan with a `cplan: allow` or a `severity` would pay it. A test keeps
    /// this list equal to the rule names the entries carry.
    public static let ruleNames: Set<String> = [
        "after_cycle", "after_order", "approval_late", "approval_order", "day_off", "fullwidth",
        "include", "max_absences", "min_topic_consultations", "missing_feedback", "no_calendar_data",
        "no_plenary", "overlap", "possible_overlap", "require", "series_shift", "series_topics",
        "supervision_share", "unknown_role", "warn",
    ]
}
