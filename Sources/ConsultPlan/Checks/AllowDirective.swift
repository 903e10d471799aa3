// `// cplan: allow RULE — reason` comments (LANGUAGE.md 6): parsed from the
// lexer's comment side table into directives, with diagnostics for bad ones.

/// A parsed `// cplan: allow RULE — reason` comment: it silences findings of
/// `rule` on the line after it (see ``DiagnosticPolicy/apply(_:policy:directives:sources:)``).
public struct AllowDirective: Sendable, Hashable {
    /// The rule name (`overlap`).
    public var rule: String
    /// Why the finding is accepted (required, never empty).
    public var reason: String
    /// The 1-based line the comment starts on.
    public var line: Int
    /// The file the comment is in.
    public var file: FileID
    /// The comment.
    public var span: Span

    /// Creates a directive.
    public init(rule: String, reason: String, line: Int, file: FileID, span: Span) {
        self.rule = rule
        self.reason = reason
        self.line = line
        self.file = file
        self.span = span
    }
}

/// Reads allow directives out of comments.
///
/// Grammar, after `//` and optional spaces: `cplan:` (or `cplan：`), spaces, `allow`,
/// spaces, one or more rule names separated by `,`, a dash (`—`, `——`, `–`, `-`,
/// `--` or `－`), and a non-empty reason running to the end of the comment.
/// Decisions: only `//` comments are directives (the spec shows no other form); a
/// comma list of rules is an extension that gives one directive per rule; a
/// `cplan:` comment that is not `allow …` is an error so that a typo does not
/// silently fail to silence.
enum AllowDirectiveParser {
    /// One Unicode scalar and the byte offset where it starts in the comment text.
    private struct Scalar {
        let value: Unicode.Scalar
        let offset: Int
    }

    static func parse(_ comment: Comment, file: SourceFile, id: FileID) -> (directives: [AllowDirective], diagnostics: [Diagnostic]) {
        guard comment.style == .line else { return ([], []) }
        var scalars: [Scalar] = []
        var offset = 0
        for s in comment.text.unicodeScalars {
            scalars.append(Scalar(value: s, offset: offset))
            offset += String(s).utf8.count
        }
        let textEnd = offset
        let base = comment.span.start
        func span(_ from: Int, _ to: Int) -> Span {
            let lo = min(base + from, comment.span.end), hi = min(base + to, comment.span.end)
            return Span(file: id, start: lo, end: hi)
        }
        func byteOffset(_ i: Int) -> Int { i < scalars.count ? scalars[i].offset : textEnd }

        var i = 2  // past `//`
        guard scalars.count >= 2, scalars[0].value == "/", scalars[1].value == "/" else { return ([], []) }
        skipSpaces(scalars, &i)
        let prefixStart = i
        for c in "cplan".unicodeScalars {
            guard i < scalars.count, scalars[i].value == c else { return ([], []) }
            i += 1
        }
        guard i < scalars.count, scalars[i].value == ":" || scalars[i].value == "\u{FF1A}" else { return ([], []) }
        i += 1
        let whole = span(byteOffset(prefixStart), textEnd)
        skipSpaces(scalars, &i)

        let verbStart = i
        while i < scalars.count, isWordScalar(scalars[i].value) { i += 1 }
        let verb = String(String.UnicodeScalarView(scalars[verbStart..<i].map(\.value)))
        guard verb == "allow" else {
            let at = verb.isEmpty ? whole : span(byteOffset(verbStart), byteOffset(i))
            let found = verb.isEmpty ? "nothing" : "`" + verb + "`"
            return ([], [Diagnostic(
                RuleCode.directiveMalformed, "expected `allow` after `cplan:`, found " + found, at: at,
                help: "write `// cplan: allow RULE — reason`")])
        }

        // Rule names, separated by commas.
        var rules: [(name: String, span: Span)] = []
        while true {
            skipSpaces(scalars, &i)
            let start = i
            while i < scalars.count, isWordScalar(scalars[i].value) { i += 1 }
            guard i > start else {
                let at = i < scalars.count ? span(byteOffset(i), byteOffset(i + 1)) : span(textEnd, textEnd)
                return ([], [Diagnostic(
                    RuleCode.directiveMalformed, "expected a rule name after `" + (rules.isEmpty ? "allow" : ",") + "`",
                    at: at, help: "write `// cplan: allow RULE — reason`, for example `// cplan: allow overlap — 同一批委员分两场`")])
            }
            rules.append((String(String.UnicodeScalarView(scalars[start..<i].map(\.value))),
                          span(byteOffset(start), byteOffset(i))))
            skipSpaces(scalars, &i)
            guard i < scalars.count, scalars[i].value == "," || scalars[i].value == "\u{FF0C}" else { break }
            i += 1
        }

        var diagnostics: [Diagnostic] = []
        let known = DiagnosticCatalog.ruleNames
        for r in rules where !known.contains(r.name) {
            diagnostics.append(Diagnostic(
                RuleCode.directiveUnknownRule, "`" + r.name + "` is not a rule name; `cplan: allow` takes a named rule",
                at: r.span,
                help: suggestion(for: r.name, among: known).map { "did you mean `\($0)`?" }
                    ?? "`cplan explain` lists the rules; unnamed errors cannot be allowed"))
        }

        // The dash and the reason.
        let dashStart = i
        while i < scalars.count, isDash(scalars[i].value) { i += 1 }
        let hasDash = i > dashStart
        skipSpaces(scalars, &i)
        var reasonEnd = scalars.count
        while reasonEnd > i, isSpace(scalars[reasonEnd - 1].value) { reasonEnd -= 1 }
        let reason = String(String.UnicodeScalarView(scalars[min(i, reasonEnd)..<reasonEnd].map(\.value)))
        if reason.isEmpty {
            diagnostics.append(Diagnostic(
                RuleCode.directiveMissingReason, "`cplan: allow` needs a reason after the rule name", at: whole,
                help: "say why the finding is acceptable: `// cplan: allow \(rules[0].name) — reason`"))
        } else if !hasDash {
            diagnostics.append(Diagnostic(
                RuleCode.directiveMalformed, "expected `—` between the rule name and the reason",
                at: span(byteOffset(dashStart), byteOffset(dashStart)),
                help: "write `// cplan: allow \(rules[0].name) — \(reason)`"))
        }
        guard diagnostics.isEmpty else { return ([], diagnostics) }
        let line = file.lines.line(ofByte: comment.span.start)
        return (rules.map { AllowDirective(rule: $0.name, reason: reason, line: line, file: id, span: comment.span) }, [])
    }

    private static func skipSpaces(_ s: [Scalar], _ i: inout Int) {
        while i < s.count, isSpace(s[i].value) { i += 1 }
    }

    private static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{3000}" }

    private static func isDash(_ c: Unicode.Scalar) -> Bool {
        c == "-" || c == "\u{2014}" || c == "\u{2013}" || c == "\u{FF0D}"
    }

    /// Letters, digits and `_`: what a rule name is made of (non-ASCII letters too, so a
    /// mistyped name is reported whole).
    private static func isWordScalar(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || c.properties.numericType != nil
    }

    /// The closest rule name within a small edit distance, if any.
    static func suggestion(for name: String, among names: Set<String>) -> String? {
        let limit = max(1, name.count / 3)
        var best: (String, Int)?
        for candidate in names.sorted() {
            let d = editDistance(name, candidate)
            if d <= limit, best == nil || d < (best?.1 ?? Int.max) { best = (candidate, d) }
        }
        return best?.0
    }

    /// Levenshtein distance over characters (names are short).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty else { return y.count }
        guard !y.isEmpty else { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }
}
