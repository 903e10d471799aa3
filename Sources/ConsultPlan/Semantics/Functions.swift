// Built-in functions and `where` queries (LANGUAGE.md 7.4): count, len, min, max,
// sum, sorted, weekday, is_workday, next_workday, workdays_between, today.

extension Evaluator {
    /// The functions and their arities.
    static let functions: [String: Int] = [
        "count": 1, "len": 1, "min": 1, "max": 1, "sum": 1, "sorted": 1, "weekday": 1, "is_workday": 1,
        "next_workday": 1, "workdays_between": 2, "today": 0,
    ]

    /// `f(args)`.
    func call(_ name: Word, _ arguments: [Expression], span: Span) -> Value {
        guard let arity = Evaluator.functions[name.text] else {
            if let host = configuration.hostFunction(named: name.text) { return callHost(host, name, arguments, span: span) }
            let known = Evaluator.functions.keys.sorted() + configuration.hostFunctions.map(\.name)
            let s = NameSuggestions.closest(to: name.text, among: known)
            error(
                SemanticCode.unknownFunction, "unknown function `\(name.text)`", at: name.span,
                help: s.map { "did you mean `\($0)`?" }
                    ?? "the functions are \(known.joined(separator: ", "))")
            return .invalid
        }
        guard arguments.count == arity else {
            error(
                SemanticCode.badArguments,
                "`\(name.text)` takes \(arity) argument\(arity == 1 ? "" : "s"), found \(arguments.count)", at: span)
            return .invalid
        }
        let args = arguments.map { eval($0) }
        if args.contains(where: { if case .invalid = $0 { return true } else { return false } }) { return .invalid }
        func bad(_ expected: String, _ i: Int = 0) -> Value {
            error(
                SemanticCode.badArguments,
                "`\(name.text)` needs \(expected), found \(withArticle(args[i].typeName))", at: arguments[i].span)
            return .invalid
        }
        switch name.text {
        case "count":
            guard let n = elementCount(args[0]) else { return bad("a list") }
            return .integer(n)
        case "len":
            if case .string(let s) = args[0] { return .integer(Int64(s.count)) }
            guard let n = elementCount(args[0]) else { return bad("a list or a string") }
            return .integer(n)
        case "min", "max":
            guard let items = elements(args[0], at: arguments[0].span) else { return bad("a list") }
            guard var best = items.first else {
                error(SemanticCode.badArguments, "`\(name.text)` of an empty list has no value", at: span)
                return .invalid
            }
            for item in items.dropFirst() {
                guard let c = item.compare(best) else { return unorderable(name.text, best, item, at: arguments[0].span) }
                if (name.text == "min" && c < 0) || (name.text == "max" && c > 0) { best = item }
            }
            return best
        case "sum":
            guard let items = elements(args[0], at: arguments[0].span) else { return bad("a list") }
            var total: Value = .integer(0)
            for item in items {
                guard item.isNumber || { if case .duration = item { return true } else { return false } }() else {
                    error(
                        SemanticCode.badArguments, "`sum` adds numbers or durations, found \(withArticle(item.typeName))",
                        at: arguments[0].span)
                    return .invalid
                }
                if case .integer(0) = total, case .duration = item {
                    total = item
                    continue
                }
                total = arithmetic(.add, total, item, at: arguments[0].span, whole: span)
                if case .invalid = total { return .invalid }
            }
            return total
        case "sorted":
            guard let items = elements(args[0], at: arguments[0].span) else { return bad("a list") }
            return sortedValues(items, at: arguments[0].span)
        case "weekday":
            guard case .day(let d) = args[0] else { return bad("a day") }
            return .weekday(d.weekday)
        case "is_workday":
            guard case .day(let d) = args[0] else { return bad("a day") }
            return .boolean(calendar.isWorkday(d))
        case "next_workday":
            guard case .day(let d) = args[0] else { return bad("a day") }
            guard let n = calendar.nextWorkday(after: d) else {
                error(SemanticCode.dayOutOfRange, "no working day follows \(d) before 9999-12-31", at: span)
                return .invalid
            }
            return .day(n)
        case "workdays_between":
            guard case .day(let a) = args[0] else { return bad("a day") }
            guard case .day(let b) = args[1] else { return bad("a day", 1) }
            // (a, b]; with b before a the count is negative, so the function stays antisymmetric.
            return .integer(Int64(a <= b ? calendar.workdays(from: a, through: b) : -calendar.workdays(from: b, through: a)))
        case "today":
            return .day(configuration.today)
        default:
            return .invalid
        }
    }

    private func unorderable(_ f: String, _ a: Value, _ b: Value, at span: Span) -> Value {
        error(
            SemanticCode.badArguments,
            "`\(f)` cannot order \(withArticle(a.typeName)) and \(withArticle(b.typeName)); it works on numbers, days, times, strings or durations",
            at: span)
        return .invalid
    }

    /// The number of elements of a list or range, without materialising a range.
    func elementCount(_ v: Value) -> Int64? {
        switch v {
        case .list(let items): return Int64(items.count)
        case .none: return 0
        case .range(.integer(let a), .integer(let b)):
            guard a <= b else { return 0 }
            let (d, o) = b.subtractingReportingOverflow(a)
            return o || d == Int64.max ? Int64.max : d + 1
        case .range(.day(let a), .day(let b)):
            return a <= b ? Int64(a.days(to: b) + 1) : 0
        default: return nil
        }
    }

    /// The elements of a list, or of a range (materialised, counting a step per element).
    func elements(_ v: Value, at span: Span) -> [Value]? {
        switch v {
        case .list(let items): return items
        case .none: return []
        case .range:
            var out: [Value] = []
            iterate(v, at: span) { item in
                guard tick(at: span) else { return false }
                out.append(item)
                return true
            }
            return out
        default: return nil
        }
    }

    /// `sorted(list)`: natural order; references by their declaration order.
    func sortedValues(_ items: [Value], at span: Span) -> Value {
        if items.allSatisfy({ if case .reference = $0 { return true } else { return false } }) {
            return .list(items)
        }
        for (a, b) in zip(items, items.dropFirst()) where a.compare(b) == nil {
            return unorderable("sorted", a, b, at: span)
        }
        // A stable merge sort: the comparator is total on these values.
        return .list(items.enumerated().sorted { x, y in
            let c = x.element.compare(y.element) ?? 0
            return c != 0 ? c < 0 : x.offset < y.offset
        }.map(\.element))
    }

    /// `COLLECTION where CONDITION`: the elements for which the condition holds, with the
    /// element's fields and `it` in scope.
    func query(_ collection: Expression, _ condition: Expression, span: Span) -> Value {
        let source = eval(collection)
        switch source {
        case .invalid: return .invalid
        case .list, .range, .none: break
        default:
            error(
                SemanticCode.wrongType, "`where` filters a list, found \(withArticle(source.typeName))",
                at: collection.span)
            return .invalid
        }
        var out: [Value] = []
        var failed = false
        iterate(source, at: collection.span) { element in
            guard tick(at: condition.span) else {
                failed = true
                return false
            }
            whereStack.append(element)
            whereFieldOwners.append(FieldOwner(element))
            let r = eval(condition)
            whereStack.removeLast()
            whereFieldOwners.removeLast()
            switch r {
            case .boolean(true): out.append(element)
            case .boolean(false), .none: break
            case .invalid:
                failed = true
                return false
            default:
                error(
                    SemanticCode.notBoolean,
                    "a `where` condition must be true or false, found \(withArticle(r.typeName))", at: condition.span)
                failed = true
                return false
            }
            return true
        }
        return failed ? .invalid : .list(out)
    }
}
