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
        // The same pipeline as `Engine.evaluate(file:)`, with the inputs run after the
        // main file; bare expressions have no effect on the plan and wait until after phase 2.
        let pipeline = Engine(configuration: configuration).runPipeline(main: main, entries: entries) { !$0.isBareExpression }
        var run = SessionRun(result: pipeline.result)
        run.entryPrograms = pipeline.entryPrograms
        guard let evaluator = pipeline.evaluator else { return run }
        var expressionStatements: [Statement] = []
        var inputProgram: Program?
        if let expressions, let index = entries.firstIndex(where: { $0.name == expressions.name }),
           index < pipeline.entries.count {
            expressionStatements = pipeline.entries[index].program.statements.filter(\.isBareExpression)
            inputProgram = pipeline.entryPrograms[index]
        }
        let plan = pipeline.result.plan
        if evaluator.includedSyntaxFailure { return run }
        guard plan != nil, let expressions else { return run }

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
