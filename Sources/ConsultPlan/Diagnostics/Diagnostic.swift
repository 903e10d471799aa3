// Diagnostics are values: produced by any phase, rendered by another
// (DiagnosticRenderer, JSON, SARIF…). Nothing here prints.

/// How serious a diagnostic is.
public enum Severity: String, Sendable, Hashable, Codable, Comparable {
    /// Fails `cplan check`.
    case error
    /// Reported; fails `cplan check` only with `--strict`.
    case warning
    /// Extra information attached to a run, never a failure.
    case note

    private var rank: Int {
        switch self {
        case .error: 0
        case .warning: 1
        case .note: 2
        }
    }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A secondary span with its own short message ("first declared here").
public struct DiagnosticLabel: Sendable, Hashable {
    /// Where.
    public var span: Span
    /// What to say there.
    public var message: String
    /// Creates a label.
    public init(_ span: Span, _ message: String) {
        self.span = span
        self.message = message
    }
}

/// A machine-applicable edit: replace `span` with `replacement`.
public struct FixIt: Sendable, Hashable {
    /// The bytes to replace.
    public var span: Span
    /// The new text.
    public var replacement: String
    /// Creates a fix-it.
    public init(span: Span, replacement: String) {
        self.span = span
        self.replacement = replacement
    }
}

/// One finding about a program: an error, a warning or a note.
///
/// Every diagnostic has a stable ``code`` documented in ``DiagnosticCatalog``
/// (and by `cplan explain CODE`), a span that points at the exact token or
/// attribute at fault, and optionally labels, notes, a help line and fix-its.
public struct Diagnostic: Sendable, Hashable {
    /// The stable ID, for example `CP0201`.
    public var code: DiagnosticCode
    /// The severity after policy and directives were applied.
    public var severity: Severity
    /// One line saying what is wrong.
    public var message: String
    /// The primary span; the caret goes under it.
    public var span: Span
    /// Secondary spans.
    public var labels: [DiagnosticLabel]
    /// Computed facts that explain the finding ("2025-10-02 is a public holiday").
    public var notes: [String]
    /// How to fix it, when known.
    public var help: String?
    /// Machine-applicable edits.
    public var fixIts: [FixIt]

    /// Creates a diagnostic with the code's default severity unless one is given.
    public init(
        _ code: DiagnosticCode, _ message: String, at span: Span, severity: Severity? = nil,
        labels: [DiagnosticLabel] = [], notes: [String] = [], help: String? = nil, fixIts: [FixIt] = []
    ) {
        self.code = code
        self.severity = severity ?? code.defaultSeverity
        self.message = message
        self.span = span
        self.labels = labels
        self.notes = notes
        self.help = help
        self.fixIts = fixIts
    }

    /// The rule name that governs this diagnostic (nil for unnamed errors).
    public var rule: String? { code.rule }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics by where they start, those that start at the same byte in the order
    /// given (the lexer's and the parser's, merged the same way for a whole file and a body).
    func orderedByStart() -> [Diagnostic] {
        guard count > 1 else { return self }
        return enumerated().sorted { a, b in
            a.element.span.start != b.element.span.start ? a.element.span.start < b.element.span.start : a.offset < b.offset
        }.map(\.element)
    }

    /// The diagnostics ordered by file, then position, then code, without
    /// exact duplicates; the order is total, so output is deterministic.
    public func sortedForDisplay() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        var unique: [Diagnostic] = []
        unique.reserveCapacity(count)
        for d in self where seen.insert(d).inserted { unique.append(d) }
        return unique.enumerated().sorted { a, b in
            let x = a.element.span, y = b.element.span
            if x.file != y.file { return x.file < y.file }
            if x.start != y.start { return x.start < y.start }
            if a.element.code.id != b.element.code.id { return a.element.code.id < b.element.code.id }
            return a.offset < b.offset
        }.map(\.element)
    }
}
