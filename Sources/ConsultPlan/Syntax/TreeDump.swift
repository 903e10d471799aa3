// A canonical, span-free S-expression of a syntax tree: `cplan dump-tree`, the
// parser's golden files and the formatter's law "parse(format(x)) has the same tree".

/// Prints a program as an indented S-expression without spans.
///
/// Statements, declarations and attributes start their own lines; expressions
/// print on one line. Keywords print by their canonical English name followed
/// by `@spelling` when written otherwise (`(meeting@会议 housing …)`), so two
/// trees that differ only in spelling differ only in those suffixes.
///
/// - Parameter program: The tree.
/// - Returns: The dump, one node per line, ending with a line end. Deterministic.
public func dumpTree(_ program: Program) -> String {
    dumpTree(program, spellings: true)
}

/// Prints a program as ``dumpTree(_:)`` does, optionally without keyword
/// spellings and duration spellings (to compare an English and a Chinese program).
public func dumpTree(_ program: Program, spellings: Bool) -> String {
    var printer = TreePrinter(spellings: spellings)
    printer.line(0, "(program")
    for s in program.statements { printer.statement(s, 1) }
    printer.out += ")\n"
    return printer.out
}

/// Accumulates the dump.
private struct TreePrinter {
    /// Whether to print `@spelling` suffixes.
    let spellings: Bool
    /// The text so far.
    var out = ""

    mutating func line(_ indent: Int, _ text: String) {
        if !out.isEmpty { out += "\n" }
        out += String(repeating: "  ", count: indent) + text
    }

    /// A keyword: canonical name, `@spelling` when it differs.
    func word(_ canonical: String, _ w: Word) -> String {
        spellings && w.text != canonical ? "\(canonical)@\(w.text)" : canonical
    }

    /// A grammar word (`by`, `之前` …) by its canonical English name.
    func grammar(_ w: Word) -> String {
        let canonical = Keywords.grammarWords.first { $0.value.contains(w.text) }?.key ?? w.text
        return word(canonical, w)
    }

    /// A reserved word by its English name.
    func reserved(_ w: Word) -> String {
        word(ReservedWord.bySpelling[w.text]?.rawValue ?? w.text, w)
    }

    mutating func statement(_ s: Statement, _ indent: Int) {
        switch s.kind {
        case .declaration(let d):
            declaration(d, indent)
        case .letBinding(let kw, let name, let value):
            line(indent, "(\(reserved(kw)) \(name.text) \(expr(value)))")
        case .forLoop(let kw, let variable, let inWord, let sequence, let body):
            line(indent, "(\(reserved(kw)) \(variable.text) \(reserved(inWord)) \(expr(sequence))")
            block(body, indent + 1)
            out += ")"
        case .ifStatement(let ifs):
            line(indent, "(if-statement")
            for arm in ifs.arms {
                let elsePart = arm.elseWord.map { reserved($0) + " " } ?? ""
                line(indent + 1, "(\(elsePart)\(reserved(arm.ifWord)) \(expr(arm.condition))")
                block(arm.body, indent + 2)
                out += ")"
            }
            if let e = ifs.elseWord, let b = ifs.elseBlock {
                line(indent + 1, "(\(reserved(e))")
                block(b, indent + 2)
                out += ")"
            }
            out += ")"
        case .template(let kw, let name, let parameters, let body):
            line(indent, "(\(reserved(kw)) \(name.text) (\(parameters.map(\.text).joined(separator: " ")))")
            block(body, indent + 1)
            out += ")"
        case .use(let kw, let name, let arguments):
            line(indent, "(\(reserved(kw)) \(name.text)\(arguments.map { " " + expr($0) }.joined()))")
        case .include(let kw, let path):
            line(indent, "(\(reserved(kw)) \(expr(path)))")
        case .assertion(_, let kw, let condition, let elseWord, let message):
            var text = "(\(reserved(kw)) \(expr(condition))"
            if let e = elseWord, let m = message { text += " (\(reserved(e)) \(expr(m)))" }
            line(indent, text + ")")
        case .expression(let e):
            line(indent, "(expression \(expr(e)))")
        case .invalid:
            line(indent, "(invalid)")
        }
    }

    mutating func block(_ b: Block, _ indent: Int) {
        line(indent, "(block")
        for s in b.statements { statement(s, indent + 1) }
        out += ")"
    }

    mutating func declaration(_ d: Declaration, _ indent: Int) {
        var head = "(" + word(d.kind.rawValue, d.keyword)
        if let name = d.name { head += " " + segmentsText(name.segments, quoted: false) }
        if let target = d.target { head += " (target \(expr(target)))" }
        if let days = d.days { head += " (days \(expr(days)))" }
        if let title = d.title { head += " (title \(expr(title)))" }
        if let definition = d.definition { head += " (= \(expr(definition)))" }
        line(indent, head)
        if d.hasBody {
            line(indent + 1, "(body")
            for a in d.attributes { attribute(a, indent + 2) }
            out += ")"
        }
        out += ")"
    }

    mutating func attribute(_ a: Attribute, _ indent: Int) {
        line(indent, "(\(word(a.name.rawValue, a.keyword)) \(value(a.value)))")
    }

    func value(_ v: AttributeValue) -> String {
        switch v {
        case .flag:
            return "flag"
        case .single(let e):
            return expr(e)
        case .list(let items):
            return "(list" + items.map { " " + expr($0) }.joined() + ")"
        case .date(let day, let times):
            if let t = times { return "(date \(expr(day)) (times \(expr(t.start)) \(expr(t.end))))" }
            return "(date \(expr(day)))"
        case .timeSpan(let start, let end):
            return "(time-span \(expr(start)) \(expr(end)))"
        case .task(let title, let byWord, let by, let dueWord, let due):
            var text = "(task \(expr(title))"
            if let w = byWord, let b = by { text += " (\(grammar(w)) \(expr(b)))" }
            switch due {
            case .day(let e): text += " (\(grammar(dueWord)) \(expr(e)))"
            case .relative(let duration, let direction):
                text += " (\(grammar(dueWord)) \(expr(duration)) \(grammar(direction)))"
            }
            return text + ")"
        case .feedback(let department, let withinWord, let within, let fromReport):
            var text = "(feedback \(expr(department)) (\(grammar(withinWord)) \(expr(within)))"
            if let f = fromReport { text += " " + grammar(f) }
            return text + ")"
        case .every(let spec):
            var text = "(every"
            if let i = spec.interval { text += " " + expr(i) }
            if let u = spec.unitWord { text += " " + grammar(u) }
            if let on = spec.onWord {
                text += " (\(grammar(on))"
                if let o = spec.ordinal { text += " " + grammar(o) }
                if let w = spec.weekday { text += " " + w.text }
                text += ")"
            }
            text += " (\(grammar(spec.fromWord)) \(expr(spec.from)))"
            text += " (\(grammar(spec.untilWord)) \(expr(spec.until))))"
            return text
        case .approvalStep(let day, let byWord, let by):
            var text = "(step \(expr(day))"
            if let w = byWord { text += " (\(grammar(w))" + by.map { " " + expr($0) }.joined() + ")" }
            return text + ")"
        case .severity(let rule, let level):
            return "(severity \(rule.text) \(grammar(level)))"
        case .received(let department, let day):
            return "(received \(expr(department))" + (day.map { " " + expr($0) } ?? "") + ")"
        case .held(let day):
            return "(held" + (day.map { " " + expr($0) } ?? "") + ")"
        case .cancelled(let reason):
            return "(cancelled" + (reason.map { " " + expr($0) } ?? "") + ")"
        }
    }

    func expr(_ e: Expression) -> String {
        switch e.kind {
        case .integer(let n): return String(n)
        case .decimal(let d): return d.description
        case .percent(let d): return d.description + "%"
        case .string(let s):
            let body = segmentsText(s.segments, quoted: true)
            return s.quoting == .multiline ? "(multiline \(body))" : body
        case .boolean(let b): return b ? "true" : "false"
        case .day(let d): return d.description
        case .month(let m): return m.description
        case .quarter(let q): return q.description
        case .time(let t): return t.description
        case .duration(let d):
            let canonical = "\(d.amount)_\(d.unit.rawValue)"
            if spellings, let s = d.spelling, s != "\(d.amount) \(d.unit.english(d.amount))" {
                return "(duration \(canonical) @\(quote(s)))"
            }
            return "(duration \(canonical))"
        case .name(let n): return n
        case .all: return "all"
        case .it: return "it"
        case .list(let items): return "[" + items.map(expr).joined(separator: " ") + "]"
        case .parenthesized(let inner): return "(paren \(expr(inner)))"
        case .unary(let op, let x): return "(\(op == .not ? "not" : "neg") \(expr(x)))"
        case .binary(let op, let a, let b): return "(\(op.rawValue) \(expr(a)) \(expr(b)))"
        case .range(let a, let b): return "(.. \(expr(a)) \(expr(b)))"
        case .field(let base, let w): return "(. \(expr(base)) \(w.text))"
        case .occurrence(let base, let n): return "(occurrence \(expr(base)) \(n))"
        case .call(let f, let args): return "(call \(f.text)" + args.map { " " + expr($0) }.joined() + ")"
        case .query(let c, let cond): return "(where \(expr(c)) \(expr(cond)))"
        case .missing: return "<missing>"
        }
    }

    /// Text pieces quoted, interpolations as `(interp …)`; a plain ID unquoted.
    func segmentsText(_ segments: [StringSegment], quoted: Bool) -> String {
        if !quoted, let plain = StringLiteral(segments: segments).plainText { return plain }
        if segments.count == 1, case .text(let t) = segments[0] { return quote(t) }
        let parts = segments.map { seg -> String in
            switch seg {
            case .text(let t): return quote(t)
            case .interpolation(let e): return "(interp \(expr(e)))"
            }
        }
        return "(" + (quoted ? "string" : "name") + parts.map { " " + $0 }.joined() + ")"
    }

    func quote(_ s: String) -> String {
        var r = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": r += "\\\""
            case "\\": r += "\\\\"
            case "\n": r += "\\n"
            case "\t": r += "\\t"
            case "\r": r += "\\r"
            default:
                if c.value < 0x20 { r += "\\u{\(String(c.value, radix: 16))}" } else { r.unicodeScalars.append(c) }
            }
        }
        return r + "\""
    }
}
