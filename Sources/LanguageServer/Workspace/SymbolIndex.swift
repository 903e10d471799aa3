// Where every ID is declared and referenced, built from the syntax trees of a
// document and its includes: the basis of definition, references, hover and completion.

import ConsultPlan

/// What kind of thing a name was defined as.
public enum SymbolDefinitionKind: Sendable, Hashable {
    /// A declaration (`meeting housing`, `member zhang` …).
    case declaration(DeclarationKind)
    /// `let name = …`.
    case binding
    /// `template name(…) { … }`.
    case template

    /// The English word for it (`meeting`, `let`, `template`).
    public var word: String {
        switch self {
        case .declaration(let kind): kind.rawValue
        case .binding: "let"
        case .template: "template"
        }
    }
}

/// A name's definition.
public struct SymbolDefinition: Sendable, Hashable {
    /// The ID.
    public var name: String
    /// What it is.
    public var kind: SymbolDefinitionKind
    /// The ID's span (the `name` of the declaration or the bound word).
    public var nameSpan: Span
    /// The whole declaration or statement.
    public var span: Span
    /// The declaration, for declarations.
    public var declaration: Declaration?
}

/// One use of a name as a reference.
public struct SymbolReference: Sendable, Hashable {
    /// The name referred to.
    public var name: String
    /// Where the name is written.
    public var span: Span
    /// `forum.3`: the occurrence number, when the reference selects one.
    public var occurrence: Int?
}

/// Definitions and references of the IDs in a set of programs.
///
/// Decisions: names bound by `for` and template parameters are local and are
/// not indexed (a `.name` that matches one inside its body is skipped, so a
/// loop variable never counts as a use of a same-named declaration); a `.name`
/// counts as a reference only when some program defines that name, since
/// field names (`form`, `role`) and value words (`plenary`) are names too in
/// the tree. IDs built by interpolation are not indexed. When a name is
/// defined twice (an error the evaluator reports), the first definition wins.
public struct SymbolIndex: Sendable {
    /// Definitions in source order (files in program order).
    public private(set) var definitions: [SymbolDefinition] = []
    /// References in source order.
    public private(set) var references: [SymbolReference] = []
    /// Name → index of its first definition.
    private var firstDefinition: [String: Int] = [:]

    /// Indexes programs (main file first, then includes).
    public init(programs: [Program]) {
        var collector = Collector()
        for program in programs { collector.statements(program.statements) }
        definitions = collector.definitions
        var first: [String: Int] = [:]
        for (i, d) in definitions.enumerated() where first[d.name] == nil { first[d.name] = i }
        firstDefinition = first
        references = collector.references.filter { first[$0.name] != nil }
    }

    /// The definition of `name`, if any.
    public func definition(of name: String) -> SymbolDefinition? {
        firstDefinition[name].map { definitions[$0] }
    }

    /// The definitions of one declaration kind, in source order (first of each name).
    public func definitions(ofKind kind: DeclarationKind) -> [SymbolDefinition] {
        definitions.enumerated().filter { i, d in
            d.kind == .declaration(kind) && firstDefinition[d.name] == i
        }.map(\.element)
    }

    /// Every reference to `name`.
    public func references(to name: String) -> [SymbolReference] {
        references.filter { $0.name == name }
    }

    /// What is at a byte offset of a file: a reference, or a definition's name.
    /// The end of a word counts as on it (the cursor right after `housing`).
    public func symbol(at offset: Int, in file: FileID) -> (name: String, reference: SymbolReference?)? {
        if let r = references.last(where: { $0.span.file == file && $0.span.start <= offset && offset <= $0.span.end }) {
            return (r.name, r)
        }
        if let d = definitions.last(where: {
            $0.nameSpan.file == file && $0.nameSpan.start <= offset && offset <= $0.nameSpan.end
        }) {
            return (d.name, nil)
        }
        return nil
    }
}

/// Walks the tree collecting names. Recursion is capped: the parser already
/// caps nesting, and this cap keeps the walk safe on any tree.
private struct Collector {
    static let maxDepth = 1024
    var definitions: [SymbolDefinition] = []
    var references: [SymbolReference] = []
    /// Names bound by enclosing `for` loops and templates.
    var locals: [Set<String>] = []
    var depth = 0

    mutating func statements(_ list: [Statement]) {
        for s in list { statement(s) }
    }

    mutating func block(_ b: Block, binding names: Set<String>) {
        locals.append(names)
        statements(b.statements)
        locals.removeLast()
    }

    mutating func statement(_ s: Statement) {
        guard depth < Collector.maxDepth else { return }
        depth += 1
        defer { depth -= 1 }
        switch s.kind {
        case .declaration(let d):
            declaration(d, span: s.span)
        case .letBinding(_, let name, let value):
            expression(value)
            if locals.isEmpty {
                definitions.append(SymbolDefinition(
                    name: name.text, kind: .binding, nameSpan: name.span, span: s.span, declaration: nil))
            }
        case .forLoop(_, let variable, _, let sequence, let body):
            expression(sequence)
            block(body, binding: [variable.text])
        case .ifStatement(let i):
            for arm in i.arms {
                expression(arm.condition)
                block(arm.body, binding: [])
            }
            if let e = i.elseBlock { block(e, binding: []) }
        case .template(_, let name, let parameters, let body):
            definitions.append(SymbolDefinition(
                name: name.text, kind: .template, nameSpan: name.span, span: s.span, declaration: nil))
            block(body, binding: Set(parameters.map(\.text)))
        case .use(_, let name, let arguments):
            references.append(SymbolReference(name: name.text, span: name.span, occurrence: nil))
            for a in arguments { expression(a) }
        case .include(_, let path):
            expression(path)
        case .assertion(_, _, let condition, _, let message):
            expression(condition)
            if let m = message { expression(m) }
        case .expression(let e):
            expression(e)
        case .invalid:
            break
        }
    }

    mutating func declaration(_ d: Declaration, span: Span) {
        if let name = d.name {
            for segment in name.segments {
                if case .interpolation(let e) = segment { expression(e) }
            }
            if let plain = name.plainName {
                definitions.append(SymbolDefinition(
                    name: plain, kind: .declaration(d.kind), nameSpan: name.span, span: span, declaration: d))
            }
        }
        for e in [d.target, d.days, d.title, d.definition].compactMap({ $0 }) { expression(e) }
        for a in d.attributes { attribute(a.value) }
    }

    mutating func attribute(_ value: AttributeValue) {
        switch value {
        case .flag: break
        case .single(let e): expression(e)
        case .list(let l): for e in l { expression(e) }
        case .date(let day, let times):
            expression(day)
            if let t = times {
                expression(t.start)
                expression(t.end)
            }
        case .timeSpan(let a, let b):
            expression(a)
            expression(b)
        case .task(let title, _, let by, _, let due):
            expression(title)
            if let by { expression(by) }
            switch due {
            case .day(let e): expression(e)
            case .relative(let e, _): expression(e)
            }
        case .feedback(let department, _, let within, _):
            expression(department)
            expression(within)
        case .every(let spec):
            if let i = spec.interval { expression(i) }
            expression(spec.from)
            expression(spec.until)
        case .approvalStep(let day, _, let by):
            expression(day)
            for e in by { expression(e) }
        case .severity: break
        case .received(let department, let day):
            expression(department)
            if let day { expression(day) }
        case .held(let day):
            if let day { expression(day) }
        case .cancelled(let reason):
            if let reason { expression(reason) }
        }
    }

    mutating func expression(_ e: Expression) {
        guard depth < Collector.maxDepth else { return }
        depth += 1
        defer { depth -= 1 }
        switch e.kind {
        case .name(let n):
            if !locals.contains(where: { $0.contains(n) }) {
                references.append(SymbolReference(name: n, span: e.span, occurrence: nil))
            }
        case .occurrence(let base, let number):
            if case .name(let n) = base.kind, !locals.contains(where: { $0.contains(n) }) {
                references.append(SymbolReference(name: n, span: base.span, occurrence: Int(exactly: number)))
            } else {
                expression(base)
            }
        case .string(let literal):
            for segment in literal.segments {
                if case .interpolation(let inner) = segment { expression(inner) }
            }
        case .list(let items):
            for i in items { expression(i) }
        case .parenthesized(let inner), .unary(_, let inner):
            expression(inner)
        case .binary(_, let a, let b), .range(let a, let b):
            expression(a)
            expression(b)
        case .field(let base, _):
            expression(base)
        case .call(_, let args):
            for a in args { expression(a) }
        case .query(let collection, let condition):
            expression(collection)
            // Inside `where`, bare names are usually the element's fields; a
            // declared name there is still a reference (`lead == social`).
            expression(condition)
        case .integer, .decimal, .percent, .boolean, .day, .month, .quarter, .time, .duration, .all, .it, .missing:
            break
        }
    }
}
