// The name registry (LANGUAGE.md 7.2): one namespace for declaration IDs and
// top-level `let` names, the local scopes of loops and templates, and "did you mean".

/// What a global name stands for.
enum NameEntry: Sendable {
    /// A declaration, by its index in ``Evaluator/declarations``.
    case declaration(Int)
    /// A top-level `let`: its value and where it was bound.
    case binding(Value, Span)
    /// A template, by its index in ``Evaluator/templates``.
    case template(Int)
}

/// Local bindings (for variables, template parameters, block-level `let`), innermost last.
typealias LocalScopes = [[String: Value]]

/// A registered declaration with the scope it was declared in.
struct DeclarationEntry: Sendable {
    /// committee, sector, party, department, member, group, meeting or series.
    var kind: EntityKind
    /// The ID (already interpolated).
    var id: String
    /// The syntax.
    var declaration: Declaration
    /// The local bindings where it stands (loop variables, template parameters).
    var locals: LocalScopes
    /// Where its ID is (the declaration keyword when it has none).
    var nameSpan: Span
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
