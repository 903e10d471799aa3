// Calls of host functions from a plan: arity and types checked against the signature,
// values converted both ways, the host's answer cached per evaluation, every problem a diagnostic.

/// Codes of host function calls (CP048x); entries are in DiagnosticCatalog+Semantics.swift.
enum HostFunctionCode {
    /// A call with the wrong number of arguments.
    static let arity = DiagnosticCode("CP0480")
    /// An argument of the wrong type.
    static let argumentType = DiagnosticCode("CP0481")
    /// The host function reported an error.
    static let failed = DiagnosticCode("CP0482")
    /// The host function returned a value of another type than its signature says.
    static let resultType = DiagnosticCode("CP0483")
    /// The host function returned a reference to an ID the plan does not declare.
    static let unknownReference = DiagnosticCode("CP0484")
}

/// One call of a host function, as the cache keys it.
struct HostCallKey: Hashable, Sendable {
    /// The function's name.
    var name: String
    /// The converted arguments.
    var arguments: [HostValue]
}

extension Evaluator {
    /// `f(args)` where `f` is a host function: one diagnostic for the first problem, `.invalid` then.
    func callHost(_ function: HostFunction, _ name: Word, _ arguments: [Expression], span: Span) -> Value {
        let parameters = function.parameters
        guard arguments.count == parameters.count else {
            error(
                HostFunctionCode.arity,
                "`\(name.text)` takes \(parameters.count) argument\(parameters.count == 1 ? "" : "s"), found \(arguments.count)",
                at: span, help: "the host declares it as `\(function.signature)`")
            return .invalid
        }
        let values = arguments.map { eval($0) }
        if values.contains(where: { if case .invalid = $0 { return true } else { return false } }) { return .invalid }
        var converted: [HostValue] = []
        for (i, (value, parameter)) in zip(values, parameters).enumerated() {
            guard let v = hostValue(value, as: parameter.type, at: arguments[i].span) else {
                if stopped { return .invalid }
                error(
                    HostFunctionCode.argumentType,
                    "argument \(i + 1) of `\(name.text)` (`\(parameter.name)`) must be \(article(parameter.type)), found \(withArticle(value.typeName))",
                    at: arguments[i].span, help: "the host declares it as `\(function.signature)`")
                return .invalid
            }
            converted.append(v)
        }
        let key = HostCallKey(name: function.name, arguments: converted)
        let outcome: Result<HostValue, HostFunctionError>
        if let cached = hostCallCache[key] {
            outcome = cached
        } else {
            do throws(HostFunctionError) {
                outcome = .success(try function.body(converted))
            } catch {
                outcome = .failure(error)
            }
            hostCallCache[key] = outcome
        }
        switch outcome {
        case .failure(let failure):
            let at = failure.argument.flatMap { arguments.indices.contains($0) ? arguments[$0].span : nil } ?? span
            error(HostFunctionCode.failed, "`\(name.text)`: \(failure.message)", at: at, help: failure.help)
            return .invalid
        case .success(let result):
            guard conforms(result, to: function.returns) else {
                error(
                    HostFunctionCode.resultType,
                    "host function `\(name.text)` returned \(hostArticle(result)), but its signature says \(article(function.returns))",
                    at: span, help: "this is a fault of the host program; it declares `\(function.signature)`")
                return .invalid
            }
            return scriptValue(result, type: function.returns, function: name.text, at: span) ?? .invalid
        }
    }

    /// "an integer", "a list of day".
    private func article(_ type: HostValueType) -> String {
        switch type {
        case .any: "any value"
        default: withArticle(type.description)
        }
    }

    /// "a string", "nothing".
    private func hostArticle(_ v: HostValue) -> String {
        if case .nothing = v { return "nothing" }
        return withArticle(v.typeName)
    }

    // MARK: script → host

    /// A script value as a host value of `type`; nil when it does not have that type.
    /// Ranges become lists, one evaluation step per element.
    func hostValue(_ value: Value, as type: HostValueType, at span: Span) -> HostValue? {
        switch (type, value) {
        case (.optional, .none): return .nothing
        case (.optional(let wrapped), _): return hostValue(value, as: wrapped, at: span)
        case (.any, .none): return .nothing
        case (.integer, .integer(let n)), (.any, .integer(let n)): return .integer(n)
        case (.decimal, .integer(let n)): return .decimal(ExactDecimal(n))
        case (.decimal, .decimal(let d)), (.any, .decimal(let d)): return .decimal(d)
        case (.string, .string(let s)), (.any, .string(let s)): return .string(s)
        case (.boolean, .boolean(let b)), (.any, .boolean(let b)): return .boolean(b)
        case (.day, .day(let d)), (.any, .day(let d)): return .day(d)
        case (.time, .time(let t)), (.any, .time(let t)): return .time(t)
        case (.month, .month(let m)), (.any, .month(let m)): return .month(m)
        case (.quarter, .quarter(let q)), (.any, .quarter(let q)): return .quarter(q)
        case (.duration, .duration(let d)), (.any, .duration(let d)): return .duration(d)
        case (.word, .word(_, let w)), (.any, .word(_, let w)): return .word(w)
        case (.word, .weekday(let d)), (.any, .weekday(let d)): return .word(d.word)
        case (.reference(let wanted), .reference(let k, let id)) where k != .template:
            if let wanted, wanted != k { return nil }
            return .reference(id)
        case (.any, .reference(let k, let id)) where k != .template:
            return .reference(id)
        case (.list(let element), .list(let items)):
            return hostList(items, element: element, at: span)
        case (.any, .list(let items)):
            return hostList(items, element: .any, at: span)
        case (.list(let element), .range):
            guard let items = elements(value, at: span) else { return nil }
            return hostList(items, element: element, at: span)
        case (.any, .range):
            guard let items = elements(value, at: span) else { return nil }
            return hostList(items, element: .any, at: span)
        default: return nil
        }
    }

    /// Each element converted, one evaluation step each.
    private func hostList(_ items: [Value], element: HostValueType, at span: Span) -> HostValue? {
        var out: [HostValue] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard tick(at: span), let v = hostValue(item, as: element, at: span) else { return nil }
            out.append(v)
        }
        return .list(out)
    }

    // MARK: host → script

    /// Whether a returned value has the declared type (references are checked for kind later).
    func conforms(_ value: HostValue, to type: HostValueType) -> Bool {
        switch (type, value) {
        case (.any, _): return true
        case (.optional, .nothing): return true
        case (.optional(let wrapped), _): return conforms(value, to: wrapped)
        case (.integer, .integer), (.decimal, .decimal), (.decimal, .integer), (.string, .string),
            (.boolean, .boolean), (.day, .day), (.time, .time), (.month, .month), (.quarter, .quarter),
            (.duration, .duration), (.word, .word), (.reference, .reference):
            return true
        case (.list(let element), .list(let items)): return items.allSatisfy { conforms($0, to: element) }
        default: return false
        }
    }

    /// A returned host value as a script value; nil after a diagnostic (an undeclared ID,
    /// a reference of the wrong kind, or the step limit).
    func scriptValue(_ value: HostValue, type: HostValueType, function: String, at span: Span) -> Value? {
        guard tick(at: span) else { return nil }
        switch value {
        case .integer(let n):
            if case .decimal = type.unwrapped { return .decimal(ExactDecimal(n)) }
            return .integer(n)
        case .decimal(let d): return .decimal(d)
        case .string(let s): return .string(s)
        case .boolean(let b): return .boolean(b)
        case .day(let d): return .day(d)
        case .time(let t): return .time(t)
        case .month(let m): return .month(m)
        case .quarter(let q): return .quarter(q)
        case .duration(let d): return .duration(d)
        case .nothing: return Value.none
        case .word(let w):
            for kind in ValueWordKind.fallbackOrder {
                if let v = valueWord(kind, w) { return v }
            }
            if let v = valueWord(.status, w) { return v }
            return .word(.role, w)
        case .reference(let id):
            let resolved: Value
            if case .declaration(let i)? = names[id] {
                resolved = .reference(declarationKind(i), id)
            } else if meetingIndex[id] != nil {
                resolved = .reference(.meeting, id)
            } else {
                let s = NameSuggestions.closest(to: id, among: declarations.map(\.id))
                error(
                    HostFunctionCode.unknownReference,
                    "host function `\(function)` returned `\(id)`, which the plan does not declare\(isFinal ? "" : " above this call")",
                    at: span, help: s.map { "did you mean `\($0)`? The host must return IDs declared in the plan" }
                        ?? "the host must return IDs declared in the plan")
                return nil
            }
            if case .reference(let wanted?) = type.unwrapped, case .reference(let kind, _) = resolved, kind != wanted {
                error(
                    HostFunctionCode.resultType,
                    "host function `\(function)` returned `\(id)`, \(withArticle(kind.rawValue)), but its signature says \(withArticle(wanted.rawValue))",
                    at: span, help: "this is a fault of the host program")
                return nil
            }
            return resolved
        case .list(let items):
            var element = HostValueType.any
            if case .list(let e) = type.unwrapped { element = e }
            var out: [Value] = []
            out.reserveCapacity(items.count)
            for item in items {
                guard let v = scriptValue(item, type: element, function: function, at: span) else { return nil }
                out.append(v)
            }
            return .list(out)
        }
    }
}

extension HostValueType {
    /// The type without `optional`.
    var unwrapped: HostValueType {
        if case .optional(let wrapped) = self { return wrapped.unwrapped }
        return self
    }
}
