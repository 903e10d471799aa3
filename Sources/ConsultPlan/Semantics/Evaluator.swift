// The evaluator's state and its first phase (LANGUAGE.md 7.6): statements run top
// to bottom, declarations are registered where they stand, series expand there.

/// Where a meeting comes from: its own declaration, or an occurrence of a series.
enum MeetingSource: Sendable {
    /// `meeting ID { … }`, by declaration index.
    case declared(Int)
    /// Occurrence `number` (1-based) of the series at `series` in ``Evaluator/seriesEntries``.
    case occurrence(series: Int, number: Int, day: Day, topic: String?)
}

/// A series after expansion.
struct SeriesEntry: Sendable {
    /// The declaration index.
    var declaration: Int
    /// The ID.
    var id: String
    /// The title.
    var title: String
    /// Occurrence IDs in order.
    var occurrences: [String]
    /// How many `topics` were given.
    var topicCount: Int?
    /// Where `topics` is.
    var topicsSpan: Span?
    /// Where `every` is.
    var everySpan: Span
    /// The `time` span for every occurrence.
    var times: (start: TimeOfDay, end: TimeOfDay)?
}

/// Evaluates one program: a class because the state is shared by many small
/// mutually recursive steps; it lives for one call of ``Engine/evaluate(file:)`` only.
///
/// Two phases (LANGUAGE.md 7.6). Phase 1 runs statements in order: declarations are
/// registered with the local bindings where they stand, series expand, `let`/`if`/`for`/`use`
/// evaluate. Anything phase 1 asks of a declaration (a field in a query) is built
/// *provisionally* from what is declared so far, silently, and rebuilt after the next
/// declaration. Phase 2 (`finish`) builds every entity once, with diagnostics, with all
/// names known and records applied, then runs `require`/`warn`.
///
/// Decisions where the spec is silent:
/// - A bare word that names nothing but is a form, source, weekday or calendar word reads as
///   that word (`let forms = [plenary, symposium]`); role and status words only by context.
///   Meeting status words (`status == held`) are an extension.
/// - `let` inside a block is local to that block; top-level `let` shares the ID namespace.
/// - A template body sees its parameters and the global names, not its caller's locals.
/// - `holiday`/`workday` stand at the top level of the main file or of files included at
///   top level with a literal path, and their days are literal: the calendar is built first.
/// - An included file with syntax errors: only syntax (and include) diagnostics, no plan.
/// - No `plan` declaration: an error, and a plan with a placeholder header (year of today)
///   so that the REPL can still answer questions.
/// - Fields: a meeting's `days` is the range first…last; a feedback duty's `received` is a
///   boolean; series have `id`, `title`, `occurrences`. `workdays_between(a, b)` is negative
///   when `b` is before `a`; `sorted` keeps references in the order given; `x in "text"` finds
///   a substring; lists concatenate with `+`; times move by hours and minutes.
/// - `prepare … due N after` and `follow_up … due N before` are errors (4.1's grammar).
/// - `from report` with no report day is a note-severity diagnostic (CP0422).
/// - A meeting recorded `held DAY` that was tentative becomes a one-day meeting on DAY.
/// - A `report` in a record that differs from the meeting's own `report` is a contradiction.
/// - `series_topics`, `series_shift`, `no_calendar_data` and `unknown_role` are reported here,
///   where the facts are, with CP04xx codes.
///
/// The stored properties are `@exclusivity(unchecked)`: the evaluator is single-threaded and
/// reaches its state only through its own methods, never through overlapping `inout`
/// accesses, and the runtime's dynamic exclusivity checks on every property access were
/// ≈ 4% of `cplan check`'s instructions (callgrind, 10k meetings: 1,713 M → 1,649 M).
final class Evaluator {
    // MARK: configuration and sources
    /// How the host configured the engine.
    let configuration: Engine.Configuration
    /// The resource limits.
    var limits: Limits { configuration.limits }
    /// Every file read.
    @exclusivity(unchecked) var sources: SourceMap
    /// Programs in the order they were evaluated, main first.
    @exclusivity(unchecked) var programs: [Program] = []
    /// The main file's name (the loader's root).
    let mainFileName: String

    // MARK: diagnostics and limits
    /// Everything found so far.
    @exclusivity(unchecked) var diagnostics: [Diagnostic] = []
    /// While above 0, diagnostics are dropped (provisional builds during phase 1).
    @exclusivity(unchecked) var silence = 0
    /// Evaluation steps taken.
    @exclusivity(unchecked) var steps = 0
    /// Set when a limit stopped evaluation; every loop checks it.
    @exclusivity(unchecked) var stopped = false
    /// Whether phase 2 (building the complete plan) has begun.
    @exclusivity(unchecked) var isFinal = false
    /// Set when an included file had syntax errors.
    @exclusivity(unchecked) var includedSyntaxFailure = false
    /// Every lexical and syntax diagnostic of every file read.
    @exclusivity(unchecked) var syntaxDiagnostics: [Diagnostic] = []
    /// Every evaluated file's comments (for `// cplan: allow` directives).
    @exclusivity(unchecked) var comments: [FileID: [Comment]] = [:]
    /// Caches carried from one skimmed meeting body's parse to the next (Evaluator+SkimmedBodies.swift).
    @exclusivity(unchecked) var skimmedBodyParsing = SkimmedBodyParsing()
    /// Set when a skimmed body did not parse cleanly: the engine evaluates the file again
    /// with every body parsed up front, which reports exactly what a full parse does.
    @exclusivity(unchecked) var skimmedBodyFailed = false
    /// Files whose comments gained a skimmed body's, to be put back in source order.
    @exclusivity(unchecked) var filesWithBodyComments: Set<FileID> = []
    /// Whether files are parsed with their top-level meetings' bodies skimmed (the engine
    /// decides: trees not kept, no REPL entries, not a re-run after a skimmed body failed).
    @exclusivity(unchecked) var skimsBodies = false
    /// Each file's syntax diagnostics so far, its parse's and its skimmed bodies' (a file's
    /// parse caps them at ``Limits/maxDiagnostics``).
    @exclusivity(unchecked) var syntaxDiagnosticCounts: [FileID: Int] = [:]
    /// The stack's extent where the engine started the evaluation (``stackAddress()``; 0: unknown).
    @exclusivity(unchecked) var stackBase: UInt = 0
    /// Unknown names met in phase 1, to re-word them if the name is declared below.
    @exclusivity(unchecked) var pendingUnknownNames: [(index: Int, name: String)] = []
    /// Role words read by context in queries, checked against every member's roles at the end.
    @exclusivity(unchecked) var roleWordUses: [(word: String, span: Span)] = []

    // MARK: calendar
    /// The calendar, built once before evaluation from every `holiday`/`workday`.
    @exclusivity(unchecked) var calendar: WorkdayCalendar
    /// Years that have `holiday`/`workday` declarations.
    @exclusivity(unchecked) var overrideYears: Set<Int> = []
    /// `holiday`/`workday` declarations already taken by the pre-pass (by span).
    @exclusivity(unchecked) var prePassOverrides: Set<Span> = []
    /// The day numbers of a year known to have calendar data (or overrides), so
    /// ``noteComputed(_:)`` skips its days.
    @exclusivity(unchecked) var yearWithData: ClosedRange<Int32>?
    /// Years without calendar data that a computed day fell in.
    @exclusivity(unchecked) var yearsWithoutData: Set<Int> = []

    // MARK: the namespace
    /// Declaration IDs, top-level `let` names and templates.
    @exclusivity(unchecked) var names = StringTable<NameEntry>()
    /// The entries of ``names`` that are not meetings (members, units, groups, series, `let`
    /// names, templates), looked up first when a name is resolved: meetings refer to these
    /// by the million, and in the table of every name (100,000 meetings) each lookup was a
    /// cache miss (≈ 3% of `check` at 100k); this one stays in cache.
    @exclusivity(unchecked) var nonMeetingNames = StringTable<NameEntry>()
    /// Declarations in registration order.
    @exclusivity(unchecked) var declarations: [DeclarationEntry] = []
    /// Each declaration's kind, by index: read for every name resolved, without touching
    /// the entry (reading `declarations[i].kind` copies the entry; its buffer, a retain).
    @exclusivity(unchecked) var declarationKinds: [EntityKind] = []
    /// Templates.
    @exclusivity(unchecked) var templates: [TemplateEntry] = []
    /// Declaration indices by kind, in order.
    @exclusivity(unchecked) var declarationsByKind = DeclarationsByKind()
    /// Meetings and occurrences in declaration order.
    @exclusivity(unchecked) var meetingSources: [MeetingSource] = []
    /// Occurrence ID (`forum.3`) → index in ``meetingSources``. A declared meeting is found
    /// through its declaration (``meetingSourceOfDeclaration``): a second table of 100,000
    /// IDs cost a cache-missing insert per meeting (≈ 1.5% of `check` at 100k).
    @exclusivity(unchecked) var meetingIndex = StringTable<Int>()
    /// For each declaration, its index in ``meetingSources`` (-1: not a meeting).
    @exclusivity(unchecked) var meetingSourceOfDeclaration: [Int32] = []
    /// Expanded series.
    @exclusivity(unchecked) var seriesEntries: [SeriesEntry] = []
    /// Series declaration index → index in ``seriesEntries``.
    @exclusivity(unchecked) var seriesByDeclaration: [Int: Int] = [:]
    /// `plan`, `policy`, `approval` and `record` declarations with their scopes.
    @exclusivity(unchecked) var planDeclarations: [(Declaration, LocalScopes)] = []
    @exclusivity(unchecked) var policyDeclarations: [(Declaration, LocalScopes)] = []
    @exclusivity(unchecked) var approvalDeclarations: [(Declaration, LocalScopes)] = []
    @exclusivity(unchecked) var recordDeclarations: [(Declaration, LocalScopes)] = []
    /// `require`/`warn` to run at the end.
    @exclusivity(unchecked) var assertions: [DeferredAssertion] = []
    /// Meetings generated by `series`, `for` and `use`.
    @exclusivity(unchecked) var generatedMeetings = 0
    /// How many `for`/`use` bodies enclose the statement running now.
    @exclusivity(unchecked) var generatingDepth = 0
    /// Templates being used, innermost last.
    @exclusivity(unchecked) var useStack: [String] = []

    // MARK: includes
    /// Files on the include chain, main first.
    @exclusivity(unchecked) var includeStack: [String] = []
    /// Files evaluated (each at most once).
    @exclusivity(unchecked) var evaluatedFiles: Set<String> = []
    /// Parsed files by name.
    @exclusivity(unchecked) var parsedFiles: [String: (id: FileID, result: ParseResult)] = [:]
    /// Loader answers by (including file, path).
    @exclusivity(unchecked) var loadCache: [String: Result<String, IncludeLoadError>] = [:]
    /// Host function answers by (name, arguments): each distinct call runs once per evaluation.
    @exclusivity(unchecked) var hostCallCache: [HostCallKey: Result<HostValue, HostFunctionError>] = [:]

    // MARK: the evaluation context
    /// Local bindings.
    @exclusivity(unchecked) var locals: LocalScopes = []
    /// Elements of the enclosing `where` conditions, innermost last.
    @exclusivity(unchecked) var whereStack: [Value] = []
    /// Which fields each element of ``whereStack`` has, at the same index: a bare name in a
    /// `where` condition is classified from this, without copying the element (its ID string).
    @exclusivity(unchecked) var whereFieldOwners: [FieldOwner] = []
    /// The value words read last (``valueWord(_:_:)``).
    @exclusivity(unchecked) var valueWordMemo = ValueWordMemo()
    /// Recursion depth of entity builds (groups defined by groups…).
    @exclusivity(unchecked) var buildDepth = 0

    // MARK: built entities (phase 2 keeps them; phase 1 rebuilds after each declaration)
    /// Whether any cache below (or ``memberPositionTable``) may hold something: set by every store.
    @exclusivity(unchecked) var hasCachedBuilds = false
    @exclusivity(unchecked) var memberCache: [Int: Member] = [:]
    @exclusivity(unchecked) var organizationCache: [Int: Organization] = [:]
    @exclusivity(unchecked) var groupCache: [Int: Group] = [:]
    @exclusivity(unchecked) var meetingCache = MeetingSlots()
    /// The last meeting ID looked up and its index: a `where` condition reads several fields
    /// of one element in a row, and comparing the same string is cheaper than hashing it again.
    @exclusivity(unchecked) var lastMeetingLookup: (id: String, index: Int)?
    /// Titles by declaration index (an array: phase 2 asks for every meeting's).
    @exclusivity(unchecked) var titleCache = IndexedCache<String>()
    /// Member ID → position in member declaration order.
    /// Whether ``memberPositionTable`` is built (not since the last declaration, in phase 1).
    @exclusivity(unchecked) var memberPositionsBuilt = false
    /// Member ID → position in member declaration order, when ``memberPositionsBuilt``.
    @exclusivity(unchecked) var memberPositionTable = StringTable<Int>()
    /// The declaration being built, for the nesting-limit diagnostic.
    @exclusivity(unchecked) var currentBuildSpan: Span?
    @exclusivity(unchecked) var groupsInProgress: [Int] = []
    /// A short stack (builds nest at most `maxNestingDepth` deep): a linear scan, no hashing.
    @exclusivity(unchecked) var meetingsInProgress: [Int] = []
    /// Meetings whose date could not be evaluated in phase 2 (already diagnosed).
    @exclusivity(unchecked) var unbuildableMeetings: Set<Int> = []
    /// The header and policy once built (phase 2).
    @exclusivity(unchecked) var header: PlanHeader?
    @exclusivity(unchecked) var policy = Policy()
    /// Lists handed out by ``sharedList(_:)`` (phase 2).
    @exclusivity(unchecked) var sharedLists = ListPool()
    /// Participant lists as written → in member order, shared (phase 2).
    @exclusivity(unchecked) var orderedParticipantLists = ListPool()
    /// Record facts by meeting ID (phase 2).
    @exclusivity(unchecked) var records: [String: RecordFacts] = [:]

    /// Creates an evaluator for one run.
    init(configuration: Engine.Configuration, sources: SourceMap, mainFileName: String) {
        self.configuration = configuration
        self.sources = sources
        self.mainFileName = mainFileName
        self.calendar = WorkdayCalendar(kind: .china, overrides: [])
    }

    // MARK: diagnostics

    /// Records a diagnostic unless a provisional build is running.
    func report(_ d: Diagnostic) {
        guard silence == 0 else { return }
        diagnostics.append(d)
    }

    /// Records an error with a code.
    func error(
        _ code: DiagnosticCode, _ message: String, at span: Span, labels: [DiagnosticLabel] = [],
        notes: [String] = [], help: String? = nil
    ) {
        report(Diagnostic(code, message, at: span, labels: labels, notes: notes, help: help))
    }

    /// Runs `body` with diagnostics dropped.
    func silently<T>(_ body: () -> T) -> T {
        silence += 1
        defer { silence -= 1 }
        return body()
    }

    /// Counts one step; false once the step limit has stopped evaluation.
    func tick(at span: Span) -> Bool {
        if stopped { return false }
        steps += 1
        if steps > limits.maxEvaluationSteps {
            stop(
                Diagnostic(
                    LimitCode.evaluationSteps,
                    "evaluation took more than \(limits.maxEvaluationSteps) steps and was stopped",
                    at: span, help: "look for a loop over a huge range or a query inside a long loop"))
            return false
        }
        return true
    }

    /// Stops evaluation with a limit diagnostic (never silenced).
    func stop(_ d: Diagnostic) {
        guard !stopped else { return }
        stopped = true
        diagnostics.append(d)
    }

    /// The source text of a span, for messages.
    func text(_ span: Span) -> String {
        guard !span.isNone, span.file.rawValue < sources.files.count else { return "" }
        return sources[span.file].text(span)
    }

    // MARK: phase 1: statements

    /// Runs statements in order; `topLevel` when they are a file's own statements.
    func run(_ statements: [Statement], topLevel: Bool) {
        for statement in statements {
            guard !stopped else { return }
            runStatement(statement, topLevel: topLevel)
        }
    }

    /// Runs a block in a new local scope.
    func runBlock(_ block: Block, bindings: [(name: String, value: Value)]) {
        locals.push(bindings)
        defer { locals.pop() }
        run(block.statements, topLevel: false)
    }

    /// Runs one statement.
    func runStatement(_ statement: Statement, topLevel: Bool) {
        guard tick(at: statement.span) else { return }
        switch statement.kind {
        case .declaration(let d):
            declare(d, topLevel: topLevel, syntax: statement.kind)
        case .letBinding(_, let name, let value):
            let v = eval(value)
            bind(name, v)
        case .forLoop(_, let variable, _, let sequence, let body):
            runFor(variable: variable, sequence: sequence, body: body)
        case .ifStatement(let s):
            runIf(s)
        case .template(_, let name, let parameters, let body):
            registerTemplate(name: name, parameters: parameters, body: body)
        case .use(_, let name, let arguments):
            runUse(name: name, arguments: arguments, span: statement.span)
        case .include(_, let path):
            runInclude(path: path, span: statement.span)
        case .assertion(let kind, _, let condition, _, let message):
            assertions.append(
                DeferredAssertion(kind: kind, condition: condition, message: message, locals: locals, span: statement.span))
        case .expression(let e):
            // Only the REPL parses bare expressions; evaluating one has no effect on the plan.
            _ = eval(e)
        case .invalid:
            break
        }
    }

    /// `let name = value`: top-level names share the declaration namespace; block-level
    /// names live in the block.
    func bind(_ name: Word, _ value: Value) {
        if !locals.isEmpty {
            if locals.innermostBinds(name.text) {
                error(
                    SemanticCode.duplicateName, "`\(name.text)` is already bound in this block", at: name.span,
                    help: "choose another name")
                return
            }
            locals.bind(name.text, value)
            return
        }
        if let first = names.insertIfAbsent(.binding(value, name.span), for: name.text) {
            reportDuplicate(name.text, at: name.span, first: first)
        } else {
            nonMeetingNames.set(.binding(value, name.span), for: name.text)
        }
    }

    /// A duplicate name: error at the second, label at the first.
    func reportDuplicate(_ name: String, at span: Span, first: NameEntry) {
        error(
            SemanticCode.duplicateName, "`\(name)` is already declared; IDs and `let` names share one namespace",
            at: span, labels: [DiagnosticLabel(self.span(of: first), "first declared here")],
            help: "rename one of them")
    }

    /// Where a global name was declared.
    func span(of entry: NameEntry) -> Span {
        switch entry {
        case .declaration(let i): declarations[i].nameSpan
        case .binding(_, let s): s
        case .template(let i): templates[i].nameSpan
        }
    }

    /// `for x in LIST { … }`: lists and ranges (iterated lazily, so a huge range only costs steps).
    func runFor(variable: Word, sequence: Expression, body: Block) {
        let v = eval(sequence)
        // Every iteration takes at least one step, so a range longer than the steps left
        // must hit the step limit: stop now rather than after minutes of work
        // (`for i in 1..1000000000` is diagnosed at once, in debug builds too).
        if case .range(.integer(let a), .integer(let b)) = v, a <= b {
            let (span, overflow) = b.subtractingReportingOverflow(a)
            let left = max(0, limits.maxEvaluationSteps - steps)
            if overflow || span >= left {
                stop(
                    Diagnostic(
                        LimitCode.evaluationSteps,
                        "this loop would run \(overflow ? "more than \(Int.max)" : String(span + 1)) times, more than the "
                            + "\(left) evaluation steps left of the limit of \(limits.maxEvaluationSteps)",
                        at: sequence.span, help: "look for a loop over a huge range or a query inside a long loop"))
                return
            }
        }
        generatingDepth += 1
        defer { generatingDepth -= 1 }
        iterate(v, at: sequence.span) { item in
            guard tick(at: variable.span) else { return false }
            runBlock(body, bindings: [(variable.text, item)])
            return !stopped
        }
    }

    /// Calls `body` for each element of a list or range until it returns false.
    func iterate(_ v: Value, at span: Span, _ body: (Value) -> Bool) {
        switch v {
        case .invalid: return
        case .list(let items):
            for item in items where !body(item) { return }
        case .range(.integer(let a), .integer(let b)):
            guard a <= b else { return }
            var i = a
            while true {
                guard body(.integer(i)) else { return }
                if i == b { return }
                i += 1
            }
        case .range(.day(let a), .day(let b)):
            var d = a
            while d <= b {
                guard body(.day(d)) else { return }
                guard let next = d.adding(days: 1) else { return }
                d = next
            }
        default:
            error(
                SemanticCode.wrongType, "`for` needs a list or a range, found \(withArticle(v.typeName))", at: span)
        }
    }

    /// `if … else if … else …`.
    func runIf(_ s: IfStatement) {
        for arm in s.arms {
            guard let c = condition(arm.condition) else { return }
            if c {
                runBlock(arm.body, bindings: [])
                return
            }
        }
        if let block = s.elseBlock { runBlock(block, bindings: []) }
    }

    /// Evaluates a condition; nil (after a diagnostic) when it is not a boolean.
    func condition(_ e: Expression) -> Bool? {
        let v = eval(e)
        switch v {
        case .boolean(let b): return b
        case .invalid: return nil
        case .none: return false
        default:
            error(SemanticCode.notBoolean, "a condition must be true or false, found \(withArticle(v.typeName))", at: e.span)
            return nil
        }
    }

    /// `template NAME(p…) { … }`.
    func registerTemplate(name: Word, parameters: [Word], body: Block) {
        if let first = names[name.text] {
            reportDuplicate(name.text, at: name.span, first: first)
            return
        }
        templates.append(TemplateEntry(name: name.text, parameters: parameters, body: body, nameSpan: name.span))
        names.set(.template(templates.count - 1), for: name.text)
        nonMeetingNames.set(.template(templates.count - 1), for: name.text)
    }

    /// `use NAME(args)`: the body runs with the parameters bound, in a fresh scope that sees
    /// only the parameters and the global names (templates do not capture their caller's locals).
    func runUse(name: Word, arguments: [Expression], span: Span) {
        guard case .template(let t)? = names[name.text] else {
            if names[name.text] != nil {
                error(
                    SemanticCode.wrongKind, "`\(name.text)` is not a template", at: name.span,
                    help: "`use` runs a template declared with `template \(name.text)(…) { … }`")
            } else {
                unknownName(name.text, at: name.span, extra: templates.map(\.name))
            }
            return
        }
        let template = templates[t]
        guard template.parameters.count == arguments.count else {
            error(
                SemanticCode.templateArity,
                "template `\(template.name)` takes \(template.parameters.count) argument\(template.parameters.count == 1 ? "" : "s"), found \(arguments.count)",
                at: span, labels: [DiagnosticLabel(template.nameSpan, "declared here")])
            return
        }
        // A template that reaches itself is reported once by `checkTemplateCycles`; here it just stops.
        guard !useStack.contains(template.name) else { return }
        guard useStack.count < limits.maxNestingDepth else {
            stop(
                Diagnostic(
                    LimitCode.nesting, "templates are used inside each other more than \(limits.maxNestingDepth) levels deep",
                    at: span))
            return
        }
        let bindings = zip(template.parameters, arguments).map { (name: $0.text, value: eval($1)) }
        useStack.append(template.name)
        generatingDepth += 1
        let saved = locals
        locals = []
        runBlock(template.body, bindings: bindings)
        locals = saved
        generatingDepth -= 1
        useStack.removeLast()
    }

    /// Templates that reach themselves through `use`, directly or via others: one error per cycle,
    /// at the first template of the cycle in declaration order, with the chain.
    func checkTemplateCycles() {
        var graph: [String: [String]] = [:]
        for t in templates { graph[t.name] = usedTemplates(in: t.body.statements) }
        var reported = Set<String>()
        for t in templates where !reported.contains(t.name) {
            // Depth-first search for a path from t back to t.
            var stack: [(String, [String])] = [(t.name, [t.name])]
            var seen = Set<String>()
            var found: [String]?
            var guardCount = 0
            while let (node, path) = stack.popLast(), found == nil, guardCount < 1_000_000 {
                guardCount += 1
                for next in graph[node] ?? [] {
                    if next == t.name {
                        found = path + [next]
                        break
                    }
                    if graph[next] != nil, seen.insert(next).inserted { stack.append((next, path + [next])) }
                }
            }
            if let chain = found {
                for n in chain { reported.insert(n) }
                error(
                    SemanticCode.templateCycle,
                    "template `\(t.name)` reaches itself: \(chain.joined(separator: " → "))",
                    at: t.nameSpan, help: "templates cannot recurse; every program must terminate")
            }
        }
    }

    /// Names used by `use` anywhere in these statements.
    private func usedTemplates(in statements: [Statement]) -> [String] {
        var out: [String] = []
        for s in statements {
            switch s.kind {
            case .use(_, let name, _): out.append(name.text)
            case .forLoop(_, _, _, _, let body): out += usedTemplates(in: body.statements)
            case .ifStatement(let i):
                for arm in i.arms { out += usedTemplates(in: arm.body.statements) }
                if let e = i.elseBlock { out += usedTemplates(in: e.statements) }
            default: break
            }
        }
        return out
    }
}
