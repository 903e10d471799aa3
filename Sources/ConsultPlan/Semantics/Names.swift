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

/// "Did you mean": edit distance over characters, and the keyword-glued-to-a-name hint.
enum NameSuggestions {
    /// Levenshtein distance over Characters, capped to keep long names cheap.
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The closest candidate within a distance that scales with the name's length; ties go to
    /// the alphabetically first so the message is deterministic.
    static func closest(to name: String, among candidates: some Sequence<String>) -> String? {
        let count = name.count
        guard count > 0, count <= 64 else { return nil }
        let threshold = Swift.max(1, (count + 1) / 3)
        var best: (String, Int)?
        for c in candidates where c != name && abs(c.count - count) <= threshold {
            let d = distance(name, c)
            guard d <= threshold else { continue }
            if let b = best, b.1 < d || (b.1 == d && b.0 <= c) { continue }
            best = (c, d)
        }
        return best?.0
    }

    /// When `name` begins with a keyword glued to more text (`每2周`, `界别business`), the keyword
    /// and the rest, so the help can suggest the space. Only Chinese keywords, or any keyword
    /// followed by a digit, count: `formal` does not begin with `form` in any useful sense.
    static func keywordPrefix(of name: String) -> (keyword: String, rest: String)? {
        var best: String?
        for k in Keywords.allSpellings where name.count > k.count && name.hasPrefix(k) {
            let rest = name.dropFirst(k.count)
            let isCJK = k.unicodeScalars.contains { $0.value >= 0x2E80 }
            let digitNext = rest.first?.isNumber ?? false
            guard isCJK || digitNext else { continue }
            if best.map({ $0.count < k.count }) ?? true { best = k }
        }
        guard let k = best else { return nil }
        return (k, String(name.dropFirst(k.count)))
    }

    /// Whether a generated ID is a valid identifier: identifier characters only.
    static func isIdentifier(_ s: String) -> Bool {
        guard !s.isEmpty else { return false }
        return s.unicodeScalars.allSatisfy { $0.properties.isXIDContinue || $0 == "_" || $0 == "·" }
    }
}
