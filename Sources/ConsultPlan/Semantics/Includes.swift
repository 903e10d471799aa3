// `include` (LANGUAGE.md 7.5) through the host's IncludeLoader, and the pre-pass that
// collects every `holiday`/`workday` (includes too) so the calendar is built before evaluation.

extension Evaluator {
    /// Loads and parses an included file once per file name; nil when there is no loader.
    func loadInclude(path: String, from including: String) -> Result<(name: String, id: FileID, result: ParseResult), IncludeLoadError>? {
        guard let loader = configuration.includeLoader else { return nil }
        let key = including + "\u{0}" + path
        let name: String
        if let cached = loadCache[key] {
            switch cached {
            case .success(let n): name = n
            case .failure(let e): return .failure(e)
            }
        } else {
            switch loader.load(path: path, from: including, mainFile: mainFileName) {
            case .failure(let e):
                loadCache[key] = .failure(e)
                return .failure(e)
            case .success(let file):
                name = file.name
                loadCache[key] = .success(name)
                if parsedFiles[name] == nil, name != mainFileName {
                    let id = sources.add(file)
                    let result = Parser.parse(
                        file, id: id, mode: .file, limits: limits, keepTokens: false, skimmingMeetingBodies: skimsBodies)
                    syntaxDiagnosticCounts[id] = result.diagnostics.count
                    parsedFiles[name] = (id, result)
                }
            }
        }
        guard let parsed = parsedFiles[name] else {
            // The main file including itself: it is on the include chain, so this is a cycle.
            return .success((name, FileID(0), ParseResult(program: Program(statements: [], file: FileID(0)), comments: [], tokens: [], diagnostics: [])))
        }
        return .success((name, parsed.id, parsed.result))
    }

    /// `include "path"` at its place: each file once, cycles and limits reported at the `include`.
    func runInclude(path: Expression, span: Span) {
        let v = eval(path)
        guard case .string(let p) = v else {
            if case .invalid = v { return }
            error(
                LimitCode.includePath, "`include` takes the path of a file as a string, found \(withArticle(v.typeName))",
                at: path.span)
            return
        }
        let current = includeStack.last ?? mainFileName
        guard let loaded = loadInclude(path: p, from: current) else {
            error(
                LimitCode.includeUnavailable, "`include \"\(p)\"`: this host cannot read files, so `include` is not available",
                at: span, help: "evaluate the plan with `cplan`, or give the engine an include loader")
            return
        }
        switch loaded {
        case .failure(let e):
            error(
                e.isOutsideTree ? LimitCode.includeOutside : LimitCode.includeMissing,
                "cannot include \"\(p)\": \(e.message)", at: span,
                help: e.isOutsideTree
                    ? "included files must lie inside the main file's folder tree"
                    : "the path is relative to the including file, \(current)")
        case .success(let file):
            if includeStack.contains(file.name) {
                let chain = (includeStack.drop { $0 != file.name } + [file.name]).joined(separator: " → ")
                error(
                    LimitCode.includeCycle, "include cycle: \(chain)", at: span,
                    help: "each file is evaluated once; remove one of these includes")
                return
            }
            if evaluatedFiles.contains(file.name) { return }
            guard includeStack.count <= limits.maxIncludeDepth else {
                error(
                    LimitCode.includeDepth,
                    "includes nest more than \(limits.maxIncludeDepth) files deep: \((includeStack + [file.name]).joined(separator: " → "))",
                    at: span, help: "let the main file include the parts directly")
                return
            }
            guard evaluatedFiles.count <= limits.maxIncludedFiles else {
                stop(
                    Diagnostic(
                        LimitCode.includeCount, "the program includes more than \(limits.maxIncludedFiles) files", at: span))
                return
            }
            evaluatedFiles.insert(file.name)
            if configuration.keepsSyntaxTrees { programs.append(file.result.program) }
            comments[file.id] = file.result.comments
            syntaxDiagnostics += file.result.diagnostics
            diagnostics += file.result.diagnostics
            if file.result.diagnostics.hasErrors {
                includedSyntaxFailure = true
                return
            }
            includeStack.append(file.name)
            let saved = locals, savedGenerating = generatingDepth
            locals = []
            run(file.result.program.statements, topLevel: true)
            // The file is evaluated once: without kept trees, its statements can go (the
            // registered declarations hold what phase 2 still needs).
            if !configuration.keepsSyntaxTrees { parsedFiles[file.name]?.result.program.statements = [] }
            locals = saved
            generatingDepth = savedGenerating
            includeStack.removeLast()
        }
    }

    /// Before evaluation: the plan's `calendar` word and every top-level `holiday`/`workday`
    /// of the main file and of the files it includes at top level (with literal paths), so the
    /// calendar is the same everywhere (4.3). Days must be literal days or ranges of them.
    func prePass(_ program: Program, fileName: String) {
        var overrides: [CalendarOverride] = []
        var kind: CalendarKind?
        var visited: Set<String> = [fileName]
        func visit(_ program: Program, _ name: String, depth: Int) {
            for s in program.statements {
                guard case .declaration(let d) = s.kind else {
                    if case .include(_, let path) = s.kind, case .string(let literal) = path.kind,
                       let p = literal.plainText, depth < limits.maxIncludeDepth, visited.count <= limits.maxIncludedFiles,
                       case .success(let f)? = loadInclude(path: p, from: name),
                       visited.insert(f.name).inserted, !f.result.diagnostics.hasErrors
                    {
                        visit(f.result.program, f.name, depth: depth + 1)
                    }
                    continue
                }
                switch d.kind {
                case .holiday, .workday:
                    prePassOverrides.insert(d.span)
                    overrides += calendarOverrides(d)
                case .plan where kind == nil:
                    kind = .china
                    if let a = attribute(d, .calendar), let e = singleExpression(a), let n = bareName(e),
                       let word = Keywords.calendars[n], let k = CalendarKind(rawValue: word)
                    {
                        kind = k
                    }
                default: break
                }
            }
        }
        visit(program, fileName, depth: 0)
        calendar = WorkdayCalendar(kind: kind ?? .china, overrides: overrides)
        yearWithData = nil
    }

    /// The days of one `holiday DAY [.. DAY] ["Name"]` or `workday DAY ["Name"]`.
    private func calendarOverrides(_ d: Declaration) -> [CalendarOverride] {
        guard let daysExpression = d.days else { return [] }
        let name = d.title.flatMap { stringValue($0, what: "the name of the day") }
        let isDayOff = d.kind == .holiday
        let v = eval(daysExpression)
        var days: [Day] = []
        switch v {
        case .day(let day): days = [day]
        case .range(.day(let a), .day(let b)) where isDayOff:
            guard a <= b else {
                error(SemanticCode.endBeforeStart, "the holiday ends on \(b), before it starts on \(a)", at: daysExpression.span)
                return []
            }
            guard a.days(to: b) < 366 else {
                error(SemanticCode.valueOutOfRange, "a holiday lasts at most a year; \(a) .. \(b) is longer", at: daysExpression.span)
                return []
            }
            var x = a
            while x <= b {
                days.append(x)
                guard let n = x.adding(days: 1) else { break }
                x = n
            }
        case .invalid: return []
        default:
            error(
                SemanticCode.wrongType,
                isDayOff
                    ? "`holiday` takes a day or a range of days, found \(withArticle(v.typeName))"
                    : "`workday` takes one day, found \(withArticle(v.typeName))",
                at: daysExpression.span)
            return []
        }
        for day in days { overrideYears.insert(day.year) }
        return days.map { CalendarOverride(day: $0, isDayOff: isDayOff, name: name) }
    }
}
