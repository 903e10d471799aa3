// The embedding facade: Engine evaluates plan source into a Plan and diagnostics.
// The names here are promised to embedders: Engine, Configuration, evaluate(source:name:), EvaluationResult.

/// Reads included files for the interpreter. The library never touches the
/// file system itself; the host decides what `include "x.cplan"` means.
public protocol IncludeLoader: Sendable {
    /// Loads `path` as written in `include`, relative to the including file's name.
    /// Returns the file (its `name` is how diagnostics will show it, and identifies it:
    /// each name is evaluated at most once) or a message.
    func load(path: String, from includingFile: String, mainFile: String) -> Result<SourceFile, IncludeLoadError>
}

/// Why an include could not be loaded.
public struct IncludeLoadError: Error, Sendable, Hashable {
    /// Why (`not found`, `outside the plan's folder`…).
    public var message: String
    /// Whether the path escapes the main file's folder tree.
    public var isOutsideTree: Bool
    /// Creates an error.
    public init(message: String, isOutsideTree: Bool = false) {
        self.message = message
        self.isOutsideTree = isOutsideTree
    }
}

/// The interpreter: evaluates plan source into a ``Plan`` and diagnostics.
///
/// Evaluation follows LANGUAGE.md 7.6: the main file is parsed (a file with syntax errors
/// gets only its syntax diagnostics and no plan); a pre-pass collects the calendar; statements
/// run top to bottom (includes at their place); then references resolve across the whole
/// program, records apply, `require`/`warn` run over the complete plan, and the plan checks run.
public struct Engine: Sendable {
    /// How an engine evaluates.
    public struct Configuration: Sendable {
        /// The evaluation date (`today()`); the host supplies it, the library never reads the clock.
        public var today: Day
        /// Loads included files; nil means `include` is an error.
        public var includeLoader: (any IncludeLoader)?
        /// Resource limits.
        public var limits: Limits
        /// Overrides the plan's locale for messages and outputs (`zh-CN` or `en`).
        public var locale: String?
        /// Whether ``EvaluationResult/programs`` holds the parsed programs. When false the
        /// result's `programs` is empty and each meeting's syntax is released as soon as the
        /// meeting is built, so a large plan never holds its whole tree and its evaluated model
        /// at once (at 100,000 meetings the tree is about 150 MB). The bodies of top-level
        /// meetings are then not parsed with their file but when each meeting is built, so
        /// their trees never all exist; the plan and the diagnostics are the same either way.
        /// Default: true; `cplan check`, `schedule` and `remind` turn it off.
        public var keepsSyntaxTrees = true
        /// Functions the host adds to the language, in registration order; add them with
        /// ``register(_:)``, which refuses built-in names, reserved words and duplicates. Default: none.
        public internal(set) var hostFunctions: [HostFunction] = []
        /// The documented defaults: today 2025-01-01, no loader, spec limits, the plan's locale.
        public init(today: Day = Day(year: 2025, month: 1, day: 1) ?? .minimum, includeLoader: (any IncludeLoader)? = nil, limits: Limits = Limits(), locale: String? = nil) {
            self.today = today
            self.includeLoader = includeLoader
            self.limits = limits
            self.locale = locale
        }
    }

    /// The configuration.
    public var configuration: Configuration

    /// Creates an engine.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Evaluates a program given as text.
    public func evaluate(source: String, name: String) -> EvaluationResult {
        evaluate(file: SourceFile(name: name, text: source))
    }

    /// Evaluates a program given as a file (bytes as read; invalid UTF-8 is diagnosed).
    public func evaluate(file: SourceFile) -> EvaluationResult {
        var result = runPipeline(main: file).result
        // At most `maxDiagnostics` (CP0550 summarises the rest), texts shortened: a hostile
        // file cannot make the report grow with its size times its number of errors.
        result.diagnostics = result.diagnostics.capped(at: configuration.limits.maxDiagnostics)
        // Rendering the diagnostics later honours the configured locale (EvaluationResult+Rendering).
        result.configuredLocale = configuration.locale
        return result
    }

    /// What one run of the pipeline produced, for ``evaluate(file:)`` and the REPL session.
    struct PipelineRun {
        /// The evaluation as `evaluate(file:)` reports it.
        var result: EvaluationResult
        /// The evaluator after the plan was finished (nil when the main file had syntax
        /// errors), so a caller can evaluate more in the program's global scope.
        var evaluator: Evaluator?
        /// The extra entries as parsed (every statement), in order.
        var entries: [ParseResult] = []
        /// The entries' programs as they ran (the statements `keep` accepted).
        var entryPrograms: [Program] = []
    }

    /// The pipeline: parse the main file (syntax errors stop here, LANGUAGE.md 6),
    /// parse each extra entry (REPL inputs, in REPL mode), one calendar pre-pass over
    /// everything, run the main file and then each entry at top level, finish the plan
    /// and check it. `evaluate(file:)` has no entries; the REPL session passes its
    /// accepted inputs, keeping bare expressions out of the program (`keep`).
    ///
    /// Without kept trees (and without entries), the bodies of top-level meetings are
    /// skimmed and parsed as each meeting is built (Parser+DeferredBodies.swift). A file
    /// with a syntax error is parsed in full by the parser itself; when a skimmed body turns
    /// out to have one (or the run cannot reach every body), the run starts again with every
    /// body parsed up front, so diagnostics are exactly a full parse's.
    func runPipeline(
        main file: SourceFile, entries: [SourceFile] = [], keep: (Statement) -> Bool = { _ in true },
        skimmingBodies: Bool? = nil
    ) -> PipelineRun {
        let skims = skimmingBodies ?? (!configuration.keepsSyntaxTrees && entries.isEmpty)
        var sources = SourceMap()
        let id = sources.add(file)
        var parsed = Parser.parse(
            file, id: id, mode: .file, limits: configuration.limits, keepTokens: false, skimmingMeetingBodies: skims)
        // LANGUAGE.md 6: a file with syntax errors gets only its syntax diagnostics.
        if parsed.diagnostics.hasErrors {
            return PipelineRun(result: EvaluationResult(
                plan: nil, diagnostics: parsed.diagnostics.sortedForDisplay(), sources: sources,
                programs: [parsed.program]))
        }
        var syntax = parsed.diagnostics
        var entryParses: [ParseResult] = []
        var entryPrograms: [Program] = []
        for entry in entries {
            let entryID = sources.add(entry)
            let p = Parser.parse(entry, id: entryID, mode: .repl, limits: configuration.limits)
            syntax += p.diagnostics
            entryParses.append(p)
            entryPrograms.append(Program(statements: p.program.statements.filter(keep), file: entryID))
        }
        let evaluator = Evaluator(configuration: configuration, sources: sources, mainFileName: file.name)
        let keepsTrees = configuration.keepsSyntaxTrees
        evaluator.programs = keepsTrees ? [parsed.program] + entryPrograms : []
        evaluator.includeStack = [file.name]
        evaluator.evaluatedFiles = [file.name]
        evaluator.diagnostics = syntax
        evaluator.syntaxDiagnostics = syntax
        evaluator.skimsBodies = skims
        evaluator.syntaxDiagnosticCounts[id] = parsed.diagnostics.count
        // Comments carry `// cplan: allow RULE` directives, in files and entries alike.
        evaluator.comments[id] = parsed.comments
        for (p, program) in zip(entryParses, entryPrograms) { evaluator.comments[program.file] = p.comments }
        // One pre-pass over everything, so a `holiday` in a later entry dates the whole plan.
        if entries.isEmpty {
            evaluator.prePass(parsed.program, fileName: file.name)
        } else {
            evaluator.prePass(
                Program(statements: parsed.program.statements + entryPrograms.flatMap(\.statements), file: id),
                fileName: file.name)
        }
        evaluator.stackBase = Evaluator.stackAddress()
        evaluator.reserveCapacity(forStatements: parsed.program.statements.count + entryPrograms.reduce(0) { $0 + $1.statements.count })
        evaluator.run(parsed.program.statements, topLevel: true)
        // Without kept trees, the declarations registered above hold the only references to
        // their syntax, which phase 2 releases meeting by meeting.
        if !keepsTrees { parsed.program.statements = [] }
        for (entry, program) in zip(entries, entryPrograms) {
            guard !evaluator.stopped else { break }
            // Includes typed in an entry resolve against the working folder.
            evaluator.includeStack = [entry.name]
            evaluator.run(program.statements, topLevel: true)
        }
        evaluator.includeStack = [file.name]
        let plan = evaluator.finish()
        // A stopped run (a limit) may not have reached every skimmed body: parse them all.
        if evaluator.skimmedBodyFailed || (evaluator.stopped && skims) {
            return runPipeline(main: file, entries: entries, keep: keep, skimmingBodies: false)
        }
        evaluator.sortCommentsOfSkimmedBodies()

        var run = PipelineRun(
            result: EvaluationResult(plan: nil, diagnostics: [], sources: evaluator.sources, programs: evaluator.programs),
            evaluator: evaluator, entries: entryParses, entryPrograms: entryPrograms)
        // An included file with syntax errors: only syntax diagnostics (and the include
        // problems that explain missing parts) are reported, and no plan, so that names
        // declared in the broken file do not cascade into errors elsewhere.
        if evaluator.includedSyntaxFailure {
            let includeProblems = evaluator.diagnostics.filter { $0.rule == "include" || $0.code.id.hasPrefix("CP05") }
            run.result.diagnostics = (evaluator.syntaxDiagnostics + includeProblems).sortedForDisplay()
            return run
        }
        var diagnostics = evaluator.diagnostics
        if let plan {
            diagnostics = checkedDiagnostics(
                plan: plan, programs: evaluator.programs, comments: evaluator.comments, sources: evaluator.sources,
                evaluation: diagnostics)
        }
        run.result.plan = plan
        run.result.diagnostics = diagnostics.sortedForDisplay()
        return run
    }

    /// Everything `cplan check` reports about an evaluated plan: the evaluation's
    /// diagnostics, the plan rules of LANGUAGE.md 6 (`PlanChecks.run`), what the
    /// allow directives (`// cplan: allow RULE — reason`) in every file's comments
    /// say about themselves, and then policy severities and directives applied
    /// over all of it (so `severity` and `allow` reach every named rule, lexical
    /// `fullwidth` and `require`/`warn` included).
    func checkedDiagnostics(
        plan: Plan, programs: [Program], comments: [FileID: [Comment]], sources: SourceMap, evaluation: [Diagnostic]
    ) -> [Diagnostic] {
        var diagnostics = evaluation + PlanChecks.run(plan)
        var directives: [AllowDirective] = []
        for (fileID, list) in comments.sorted(by: { $0.key < $1.key }) where !list.isEmpty {
            let found = DiagnosticPolicy.directives(in: list, file: sources[fileID], id: fileID)
            directives += found.directives
            diagnostics += found.diagnostics
        }
        // Unused directives are reported only when evaluation found no error: an error can
        // hide the finding a directive is for (a meeting whose date did not evaluate).
        return DiagnosticPolicy.apply(
            diagnostics, policy: plan.policy, directives: directives, sources: sources,
            reportUnused: !evaluation.hasErrors)
    }
}

/// What an evaluation returns.
public struct EvaluationResult: Sendable {
    /// The plan; nil when syntax errors (or fatal limits) kept it from being built.
    public var plan: Plan?
    /// Every diagnostic, sorted for display.
    public var diagnostics: [Diagnostic]
    /// The files read (the main file first), for rendering diagnostics.
    public var sources: SourceMap
    /// The parsed programs, main file first.
    public var programs: [Program]
    /// ``Engine/Configuration/locale`` of the evaluation (nil: the plan's), for rendering diagnostics.
    public var configuredLocale: String? = nil
}
