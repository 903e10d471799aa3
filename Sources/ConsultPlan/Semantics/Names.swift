// The name registry (LANGUAGE.md 7.2): one namespace for declaration IDs and
// top-level `let` names, the local scopes of loops and templates, and "did you mean".

/// What a global name stands for.
enum NameEntry: Sendable {
    /// A declaration, by its index in ``Evaluator/declarations``.
    case declaration(Int)
    /// A top-level `let`: its value and where it was bound (boxed: declarations, the
    /// common entries, then cost 9 bytes in the name table, not 36).
    indirect case binding(Value, Span)
    /// A template, by its index in ``Evaluator/templates``.
    case template(Int)
}

/// Local bindings (for variables, template parameters, block-level `let`), innermost last.
/// A flat list with scope marks rather than a stack of dictionaries: scopes are tiny, and a
/// loop pushes one per iteration, so a linear scan beats hashing and allocating.
struct LocalScopes: Sendable, ExpressibleByArrayLiteral {
    /// Names and values, outermost first.
    private var bindings: [(name: String, value: Value)] = []
    /// Where each open scope starts in `bindings`.
    private var starts: [Int] = []

    /// No scopes.
    init(arrayLiteral elements: Never...) {}

    /// Whether no scope is open (top level).
    var isEmpty: Bool { starts.isEmpty }

    /// Opens a scope with these bindings.
    mutating func push(_ initial: [(name: String, value: Value)] = []) {
        starts.append(bindings.count)
        bindings.append(contentsOf: initial)
    }

    /// Closes the innermost scope.
    mutating func pop() {
        guard let start = starts.popLast() else { return }
        bindings.removeSubrange(start...)
    }

    /// The innermost binding of a name.
    func lookup(_ name: String) -> Value? {
        var i = bindings.count
        while i > 0 {
            i -= 1
            if bindings[i].name == name { return bindings[i].value }
        }
        return nil
    }

    /// Whether any scope binds the name.
    func binds(_ name: String) -> Bool {
        bindings.contains { $0.name == name }
    }

    /// Whether the innermost scope binds the name.
    func innermostBinds(_ name: String) -> Bool {
        guard let start = starts.last else { return false }
        return bindings[start...].contains { $0.name == name }
    }

    /// Binds a name in the innermost scope (the caller checks there is one).
    mutating func bind(_ name: String, _ value: Value) {
        bindings.append((name, value))
    }

    /// Every bound name, for "did you mean".
    var names: [String] { bindings.map(\.name) }
}

/// A registered declaration with the scope it was declared in.
///
/// Its kind is kept apart, in ``Evaluator/declarationKinds``: read for every name resolved.
struct DeclarationEntry: Sendable {
    /// The ID (already interpolated).
    var id: String
    /// The syntax, as the statement's boxed `.declaration` (8 bytes, shared with the tree)
    /// rather than a ~200-byte `Declaration` copy: 100k meetings held 20 MB of copies, and
    /// each registration retained every reference in it.
    private var syntax: StatementKind
    /// The local bindings where it stands (loop variables, template parameters).
    var locals: LocalScopes
    /// Where its ID is (the declaration keyword when it has none).
    var nameSpan: Span

    /// An entry for the declaration in `syntax` (a `.declaration` statement kind).
    init(id: String, syntax: StatementKind, locals: LocalScopes, nameSpan: Span) {
        self.id = id
        self.syntax = syntax
        self.locals = locals
        self.nameSpan = nameSpan
    }

    /// The syntax (a copy out of the box).
    var declaration: Declaration {
        if case .declaration(let d) = syntax { return d }
        // Not reached: `register` stores declarations only. An empty one declares nothing.
        return DeclarationEntry.placeholder
    }

    /// Where the declaration's skimmed body starts, or -1 when it was parsed with the file.
    var skimmedBodyStart: Int32 {
        if case .declaration(let d) = syntax { return d.deferredBodyStart }
        return -1
    }

    /// Puts in the declaration with its body parsed.
    mutating func replaceDeclaration(_ d: Declaration) {
        syntax = .declaration(d)
    }

    /// Drops the syntax once the entity is built for good (phase 2), so that a large plan
    /// does not hold its whole tree until evaluation ends (``Engine/Configuration/keepsSyntaxTrees``).
    mutating func releaseSyntax() {
        syntax = .invalid
    }

    /// The title expression, read without copying the rest of the declaration.
    var title: Expression? {
        if case .declaration(let d) = syntax { return d.title }
        return nil
    }

    private static let placeholder = Declaration(
        kind: .meeting, keyword: Word("", Span.point(FileID(0), 0)), span: Span.point(FileID(0), 0))
}

/// A registered template.
struct TemplateEntry: Sendable {
    /// The name.
    var name: String
    /// Parameter names.
    var parameters: [Word]
    /// The body.
    var body: Block
    /// Where the name is.
    var nameSpan: Span
}

/// A `require`/`warn` kept to run over the complete plan (7.6).
struct DeferredAssertion: Sendable {
    /// `require` or `warn`.
    var kind: AssertionKind
    /// The condition.
    var condition: Expression
    /// The `else` message.
    var message: Expression?
    /// The local bindings where it stands.
    var locals: LocalScopes
    /// The whole statement.
    var span: Span
}

/// "Did you mean" for names, over the shared ``Suggestions``, and the check of generated IDs.
enum NameSuggestions {
    /// The closest candidate (deterministic; see ``Suggestions/closest(to:among:)``).
    static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        guard name.count <= 64 else { return nil }
        return Suggestions.closest(to: name, among: Array(candidates))
    }

    /// When `name` begins with a keyword glued to more text (`每2周`, `界别business`), the keyword
    /// and the rest, so the help can suggest the space.
    static func keywordPrefix(of name: String) -> (keyword: String, rest: String)? {
        Suggestions.splitKeywordPrefix(name, keywords: Array(Keywords.allSpellings))
    }

    /// Whether a generated ID is a valid identifier: identifier characters only.
    static func isIdentifier(_ s: String) -> Bool {
        guard !s.isEmpty else { return false }
        return s.unicodeScalars.allSatisfy { $0.properties.isXIDContinue || $0 == "_" || $0 == "·" }
    }
}

/// Declaration indices by kind, in order: one list per kind in a fixed array, since
/// registering each of 100k declarations hashed its kind into a dictionary.
struct DeclarationsByKind: Sendable {
    /// The lists, by ``slot(_:)``.
    private var lists = [[Int]](repeating: [], count: 10)

    /// The list position of a kind.
    private static func slot(_ kind: EntityKind) -> Int {
        switch kind {
        case .committee: 0
        case .sector: 1
        case .party: 2
        case .department: 3
        case .member: 4
        case .group: 5
        case .meeting: 6
        case .series: 7
        case .template: 8
        case .binding: 9
        }
    }

    /// The indices of a kind; nil when there are none (as a dictionary without the key).
    subscript(kind: EntityKind) -> [Int]? {
        let list = lists[DeclarationsByKind.slot(kind)]
        return list.isEmpty ? nil : list
    }

    /// The indices of a kind, for appending.
    subscript(kind: EntityKind, default defaultValue: @autoclosure () -> [Int]) -> [Int] {
        get { lists[DeclarationsByKind.slot(kind)] }
        _modify { yield &lists[DeclarationsByKind.slot(kind)] }
    }
}
