// One evaluation of a session's program: the main file, then each accepted input,
// as Engine.evaluate(file:) does for one file; then the input's bare expressions.

/// The outcome of evaluating a session's program once.
struct SessionRun {
    /// The evaluation, as ``Engine/evaluate(file:)`` would report it.
    var result: EvaluationResult
    /// The accepted inputs as parsed (bare expressions removed), in order.
    var entryPrograms: [Program] = []
    /// The values of the input's bare expressions.
    var values: [SessionValue] = []
    /// Diagnostics the input's bare expressions raised (after phase 2).
    var expressionDiagnostics: [Diagnostic] = []
    /// The input's top-level `let` names with their values.
    var bindings: [(name: String, value: SessionValue)] = []
    /// The input's other top-level statements that change no plan entity (templates, require/warn).
    var otherStatements: [String] = []
    /// For `:why`: the operands of a single `a + b` / `a - b` expression, evaluated.
    var operands: (left: SessionValue, right: SessionValue, subtract: Bool)?

    /// The response for an input of bare expressions only.
    func expressionResponse(locale: String?) -> SessionResponse {
        let diagnostics = expressionDiagnostics.sortedForDisplay()
        if diagnostics.hasErrors {
            return SessionResponse(outcome: .rejected, diagnostics: diagnostics, sources: result.sources)
        }
        var lines: [String] = []
        if let plan = result.plan {
            lines = values.map { ValueText.describe($0, in: plan, locale: locale) }
        }
        return SessionResponse(outcome: .evaluated, values: values, lines: lines, diagnostics: diagnostics, sources: result.sources)
    }
}

extension PlanSession {
    /// Evaluates `main` followed by `entries` (each run at top level, in order, after
    /// one calendar pre-pass over all of them). When `expressions` is given, its bare
    /// expressions are then evaluated in the global scope of the finished program.
    static func run(
        _ configuration: Engine.Configuration, main: SourceFile, entries: [SourceFile], expressions: SourceFile? = nil,
        captureOperands: Bool = false
    ) -> SessionRun {
        var sources = SourceMap()
        let mainID = sources.add(main)
        // The main file is parsed exactly as `Engine.evaluate(file:)` parses it.
        let parsed = Parser.parse(main, id: mainID)
        if parsed.diagnostics.hasErrors {
            return SessionRun(result: EvaluationResult(
                plan: nil, diagnostics: parsed.diagnostics.sortedForDisplay(), sources: sources,
                programs: [parsed.program]))
        }
        var syntax = parsed.diagnostics
        var entryPrograms: [Program] = []
        var expressionStatements: [Statement] = []
        var inputProgram: Program?
        var entryComments: [FileID: [Comment]] = [:]
        for entry in entries {
            let id = sources.add(entry)
            let p = Parser.parse(entry, id: id, mode: .repl, limits: configuration.limits)
            syntax += p.diagnostics
            entryComments[id] = p.comments
            // Bare expressions have no effect on the plan; they are evaluated after phase 2 only.
            let program = Program(statements: p.program.statements.filter { !$0.isBareExpression }, file: id)
            entryPrograms.append(program)
            if let expressions, entry.name == expressions.name {
                expressionStatements = p.program.statements.filter(\.isBareExpression)
                inputProgram = program
            }
        }

        let evaluator = Evaluator(configuration: configuration, sources: sources, mainFileName: main.name)
        evaluator.programs = [parsed.program] + entryPrograms
        evaluator.includeStack = [main.name]
        evaluator.evaluatedFiles = [main.name]
        evaluator.diagnostics = syntax
        evaluator.syntaxDiagnostics = syntax
        // Comments carry `// cplan: allow RULE` directives, in the file and in inputs alike.
        evaluator.comments[mainID] = parsed.comments
        for (id, comments) in entryComments { evaluator.comments[id] = comments }
        // One pre-pass over everything, so a `holiday` typed later dates the whole plan.
        let all = Program(statements: parsed.program.statements + entryPrograms.flatMap(\.statements), file: mainID)
        evaluator.prePass(all, fileName: main.name)
        evaluator.run(parsed.program.statements, topLevel: true)
        for (entry, program) in zip(entries, entryPrograms) {
            guard !evaluator.stopped else { break }
            // Includes typed in an input resolve against the working folder.
            evaluator.includeStack = [entry.name]
            evaluator.run(program.statements, topLevel: true)
        }
        evaluator.includeStack = [main.name]
        let plan = evaluator.finish()

        var run = SessionRun(result: EvaluationResult(plan: nil, diagnostics: [], sources: evaluator.sources, programs: evaluator.programs))
        run.entryPrograms = entryPrograms
        if evaluator.includedSyntaxFailure {
            let includeProblems = evaluator.diagnostics.filter { $0.rule == "include" || $0.code.id.hasPrefix("CP05") }
            run.result.diagnostics = (evaluator.syntaxDiagnostics + includeProblems).sortedForDisplay()
            return run
        }
        var diagnostics = evaluator.diagnostics
        if let plan {
            // The same checks, directives and severities as `Engine.evaluate(file:)`.
            diagnostics = Engine(configuration: configuration).checkedDiagnostics(
                plan: plan, programs: evaluator.programs, comments: evaluator.comments, sources: evaluator.sources,
                evaluation: diagnostics)
        }
        run.result.plan = plan
        run.result.diagnostics = diagnostics.sortedForDisplay()
        guard plan != nil, let expressions else {
            run.result.sources = evaluator.sources
            return run
        }

        // The input's bare expressions, in the global scope of the finished program.
        if inputProgram == nil {
            let id = evaluator.sources.add(expressions)
            let p = Parser.parse(expressions, id: id, mode: .repl, limits: configuration.limits)
            expressionStatements = p.program.statements.filter(\.isBareExpression)
        }
        let before = evaluator.diagnostics.count
        for statement in expressionStatements {
            guard case .expression(let e) = statement.kind else { continue }
            let errorsBefore = evaluator.diagnostics.count
            let value = evaluator.eval(e)
            if Array(evaluator.diagnostics[errorsBefore...]).hasErrors || evaluator.stopped { break }
            run.values.append(SessionValue(value))
        }
        run.expressionDiagnostics = Array(evaluator.diagnostics[before...])
        if captureOperands, expressionStatements.count == 1, !run.expressionDiagnostics.hasErrors,
           case .expression(var e) = expressionStatements[0].kind
        {
            while case .parenthesized(let inner) = e.kind { e = inner }
            if case .binary(let op, let a, let b) = e.kind, op == .add || op == .subtract {
                // Already evaluated once without errors: the second time is silent and gives the same values.
                let (left, right) = evaluator.silently { (evaluator.eval(a), evaluator.eval(b)) }
                run.operands = (SessionValue(left), SessionValue(right), op == .subtract)
            }
        }
        if let inputProgram {
            for statement in inputProgram.statements {
                switch statement.kind {
                case .letBinding(_, let name, _):
                    if case .binding(let v, _)? = evaluator.names[name.text] {
                        run.bindings.append((name.text, SessionValue(v)))
                    }
                case .template(_, let name, _, _): run.otherStatements.append("template \(name.text)")
                case .assertion(let kind, _, _, _, _): run.otherStatements.append(kind.rawValue)
                default: break
                }
            }
        }
        run.result.sources = evaluator.sources
        return run
    }
}
