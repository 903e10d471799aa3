// An interactive session over a plan (the library side of `cplan repl`): a loaded
// file plus accepted inputs, re-evaluated together, and expressions evaluated against them.

/// A plan built up one input at a time, as `cplan repl` does at the keyboard.
///
/// The session keeps the program text: a main file (loaded with ``load(_:)``, or
/// an empty `<repl>` file) and every accepted input, each a ``SourceFile`` of its
/// own named `<repl-N>` (N counts the inputs submitted), so diagnostics point into
/// the input that caused them. Each input that declares something re-evaluates the
/// whole program, which keeps every rule of LANGUAGE.md 7.6 (declarations are
/// visible from anywhere, records apply at the end, checks see the whole plan)
/// without a second evaluator. An input whose evaluation brings a new error is
/// rejected and not kept; warnings are shown and the input is kept. Findings of
/// the plan rules (``planRuleCodes``) are shown but never reject: a plan typed in
/// one declaration at a time breaks `min_topic_consultations` until it is complete.
///
/// Bare expressions are evaluated in the global scope of the latest program, after
/// phase 2, so they see the complete plan (records applied, every deadline computed).
///
/// Decisions where the spec is silent:
/// - An input mixing statements and bare expressions is one input: its statements
///   are kept if they bring no error, and its expressions print their values.
/// - A loaded file that does not evaluate into a plan (syntax errors, a limit) is
///   not loaded; the session stays as it was.
/// - `reload` keeps the accepted inputs and replays them after the new file.
/// - The error "the program has no `plan` declaration" never rejects an input: a
///   session may start empty and evaluate date arithmetic before any `plan`.
public struct PlanSession: Sendable {
    /// How programs are evaluated (today, include loader, limits, locale).
    public var configuration: Engine.Configuration
    /// The main file: the loaded file, or an empty file named ``emptyMainName``.
    public private(set) var mainFile: SourceFile
    /// Accepted inputs, in order.
    public private(set) var entries: [SourceFile] = []
    /// The evaluation of the main file and every accepted input.
    public private(set) var result: EvaluationResult
    /// How many inputs were submitted (names new inputs `<repl-N>`).
    public private(set) var inputCount = 0

    /// The name of the main file of a session that loaded none.
    public static let emptyMainName = "<repl>"

    /// Creates an empty session (no file, no plan declaration yet).
    public init(configuration: Engine.Configuration = Engine.Configuration()) {
        self.configuration = configuration
        let empty = SourceFile(name: PlanSession.emptyMainName, text: "")
        mainFile = empty
        result = PlanSession.run(configuration, main: empty, entries: []).result
    }

    /// The latest evaluated plan (nil only when a limit stopped evaluation).
    public var plan: Plan? { result.plan }

    /// Whether a file was loaded (else the main file is the empty `<repl>`).
    public var hasLoadedFile: Bool { mainFile.name != PlanSession.emptyMainName }

    // MARK: loading

    /// Replaces the session with the program in `file` (earlier inputs are dropped).
    /// Returns the file's evaluation; when it has no plan (syntax errors), the
    /// session is left unchanged and the result says why.
    @discardableResult
    public mutating func load(_ file: SourceFile) -> EvaluationResult {
        let run = PlanSession.run(configuration, main: file, entries: [])
        guard run.result.plan != nil else { return run.result }
        mainFile = file
        entries = []
        result = run.result
        return run.result
    }

    /// Re-evaluates a new version of the main file with the accepted inputs replayed
    /// after it. Inputs that now bring errors stay (the diagnostics say so); when
    /// the file does not evaluate into a plan, the session is left unchanged.
    @discardableResult
    public mutating func reload(_ file: SourceFile) -> EvaluationResult {
        let run = PlanSession.run(configuration, main: file, entries: entries)
        guard run.result.plan != nil else { return run.result }
        mainFile = file
        result = run.result
        return run.result
    }

    // MARK: input

    /// Whether `input` stops too early to be judged: an open `(`, `[` or `{`, a
    /// multi-line string or block comment not closed, or a statement cut off at
    /// the end (``DiagnosticCode/incompleteInputCodes``). The REPL then reads
    /// another line and submits the lines together.
    public static func isIncomplete(_ input: String) -> Bool {
        let file = SourceFile(name: "<input>", text: input)
        let parsed = Parser.parse(file, id: FileID(0), mode: .repl)
        return parsed.diagnostics.contains { d in
            // Decision: only a `"""` string continues on the next line. A `"` string
            // ends with its line, so waiting for more input could never close it.
            if d.code == LexerCode.unterminatedString {
                return file.text(Span(file: FileID(0), start: d.span.start, end: d.span.start + 3)) == "\"\"\""
            }
            return DiagnosticCode.incompleteInputCodes.contains(d.code) || d.code == LexerCode.unterminatedComment
        }
    }

    /// Evaluates one input: bare expressions print their values; declarations and
    /// other statements are added to the plan unless they bring an error.
    ///
    /// With `allowIncomplete` false (the input ended, e.g. at the end of a script),
    /// an incomplete input is judged as it is and its syntax errors come back.
    public mutating func submit(_ input: String, allowIncomplete: Bool = true) -> SessionResponse {
        if input.allSatisfy(\.isWhitespace) { return SessionResponse(outcome: .empty, sources: result.sources) }
        if allowIncomplete, PlanSession.isIncomplete(input) {
            return SessionResponse(outcome: .incomplete, sources: result.sources)
        }
        inputCount += 1
        // Each input is a file of complete lines, so messages speak of a line end, not the file's end.
        let file = SourceFile(name: "<repl-\(inputCount)>", text: input.hasSuffix("\n") ? input : input + "\n")

        // Syntax first, on its own: a broken input never reaches the evaluator.
        var probeSources = SourceMap()
        let probeID = probeSources.add(file)
        let probe = Parser.parse(file, id: probeID, mode: .repl, limits: configuration.limits)
        if probe.diagnostics.hasErrors {
            return SessionResponse(outcome: .rejected, diagnostics: probe.diagnostics.sortedForDisplay(), sources: probeSources)
        }
        let hasStatements = probe.program.statements.contains { !$0.isBareExpression }
        if !hasStatements {
            let run = PlanSession.run(configuration, main: mainFile, entries: entries, expressions: file)
            return run.expressionResponse(locale: configuration.locale)
        }

        let run = PlanSession.run(configuration, main: mainFile, entries: entries + [file], expressions: file)
        let newErrors = PlanSession.newDiagnostics(run.result, since: result).filter {
            $0.severity == .error && !PlanSession.planRuleCodes.contains($0.code)
        } + run.expressionDiagnostics.filter { $0.severity == .error }
        if !newErrors.isEmpty || run.result.plan == nil {
            var shown = newErrors.sortedForDisplay()
            if shown.isEmpty { shown = run.result.diagnostics.filter { $0.severity == .error } }
            return SessionResponse(outcome: .rejected, diagnostics: shown, sources: run.result.sources)
        }
        let old = result
        entries.append(file)
        result = run.result
        var response = run.expressionResponse(locale: configuration.locale)
        response.outcome = .accepted
        let changes = PlanChanges(
            from: old.plan, to: run.result.plan, input: run.entryPrograms.last, run: run, locale: configuration.locale)
        response.changes = changes
        response.diagnostics = (PlanSession.newDiagnostics(run.result, since: old) + run.expressionDiagnostics)
            .sortedForDisplay()
        response.lines = changes.lines + response.lines
        return response
    }

    /// The identifiers worth completing: every ID the plan declares (occurrences
    /// and series included) and the top-level `let` names and templates.
    public var identifiers: [String] {
        var out: [String] = []
        if let plan {
            out += (plan.committees + plan.sectors + plan.parties + plan.departments).map(\.id)
            out += plan.members.map(\.id) + plan.groups.map(\.id) + plan.series.map(\.id) + plan.meetings.map(\.id)
        }
        for program in result.programs {
            for statement in program.statements {
                switch statement.kind {
                case .letBinding(_, let name, _): out.append(name.text)
                case .template(_, let name, _, _): out.append(name.text)
                default: break
                }
            }
        }
        var seen = Set<String>()
        return out.filter { seen.insert($0).inserted }
    }

    /// The names of the built-in functions (`count`, `next_workday`, `today` …), for completion and help.
    public static var functionNames: [String] { Evaluator.functions.keys.sorted() }

    /// The collections every program has (`meetings`, `members` …), for completion.
    public static var collectionNames: [String] { Evaluator.collectionNames.sorted() }

    /// The plan rules of LANGUAGE.md 6 (``PlanChecks``): they judge the plan as a
    /// whole, which is incomplete while it is typed in (too few topic consultations,
    /// no plenary yet), so their findings are shown but never reject an input.
    static let planRuleCodes: Set<DiagnosticCode> = [
        RuleCode.minTopicConsultations, RuleCode.supervisionShare, RuleCode.noPlenary, RuleCode.dayOff,
        RuleCode.overlap, RuleCode.possibleOverlap, RuleCode.missingFeedback, RuleCode.afterOrder,
        RuleCode.afterCycle, RuleCode.approvalOrder, RuleCode.approvalLate, RuleCode.maxAbsences,
    ]

    /// Diagnostics of `new` that `old` did not have. Compared by file name, byte
    /// range, code and severity (not the message: "1 topic consultation" becoming
    /// "2" is the same finding), because the files' numbers shift when an input is added.
    static func newDiagnostics(_ new: EvaluationResult, since old: EvaluationResult) -> [Diagnostic] {
        func key(_ d: Diagnostic, _ sources: SourceMap) -> String {
            let name = d.span.isNone || d.span.file.rawValue >= sources.files.count ? "" : sources[d.span.file].name
            return "\(name)\u{1}\(d.span.start)\u{1}\(d.span.end)\u{1}\(d.code.id)\u{1}\(d.severity.rawValue)"
        }
        var seen: [String: Int] = [:]
        for d in old.diagnostics { seen[key(d, old.sources), default: 0] += 1 }
        var out: [Diagnostic] = []
        for d in new.diagnostics {
            let k = key(d, new.sources)
            if let n = seen[k], n > 0 {
                seen[k] = n - 1
            } else if d.code != SemanticCode.missingPlan {
                out.append(d)
            }
        }
        return out
    }
}

/// What one input to a ``PlanSession`` did.
public struct SessionResponse: Sendable {
    /// How the input was taken.
    public enum Outcome: Sendable, Hashable {
        /// Only blanks: nothing happened.
        case empty
        /// The input stops too early; read another line and submit both.
        case incomplete
        /// Bare expressions were evaluated (the plan is unchanged).
        case evaluated
        /// Statements were added to the session's plan.
        case accepted
        /// The input brought errors and was not kept.
        case rejected
    }

    /// How the input was taken.
    public var outcome: Outcome
    /// The values of the input's bare expressions, in order (none after an error in one).
    public var values: [SessionValue] = []
    /// What the input changed in the plan (accepted inputs only).
    public var changes: PlanChanges?
    /// The text to show: change lines, then one block per value.
    public var lines: [String] = []
    /// The diagnostics to show (new ones only), rendered against ``sources``.
    public var diagnostics: [Diagnostic] = []
    /// The files the diagnostics point into.
    public var sources: SourceMap

    /// Creates a response.
    public init(outcome: Outcome, values: [SessionValue] = [], lines: [String] = [], diagnostics: [Diagnostic] = [], sources: SourceMap) {
        self.outcome = outcome
        self.values = values
        self.lines = lines
        self.diagnostics = diagnostics
        self.sources = sources
    }
}

extension Statement {
    /// Whether the statement is a bare expression (REPL only).
    var isBareExpression: Bool {
        if case .expression = kind { return true }
        return false
    }
}
