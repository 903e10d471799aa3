// Declarations and attributes in the canonical layout: the header on one line,
// one attribute per line inside `{ }`, long value lists wrapped under their first value.

extension LayoutPrinter {
    /// The ID as written (interpolated IDs keep their `\(…)` pieces).
    func declarationName(_ d: Declaration) -> String {
        guard let name = d.name else { return "" }
        if let plain = name.plainName { return plain }
        return normalizedSource(name.span)
    }

    /// A body of exactly one attribute that fits on one short line and holds no
    /// comment, printed inline; nil when the body needs its own lines.
    func inlineBody(_ d: Declaration) -> String? {
        guard d.attributes.count == 1, let a = d.attributes.first else { return nil }
        let lines = attributeLines(a)
        guard lines.count == 1, let text = lines.first, DisplayWidth.of(text) <= 60 else { return nil }
        // No comment may sit anywhere inside the declaration.
        if comments.contains(where: { $0.span.start >= d.span.start && $0.span.start < d.span.end }) { return nil }
        switch d.kind {
        case .committee, .department, .member, .group: return text
        default: return nil
        }
    }

    /// The header text: keyword, ID or target or days, title, `= definition`.
    func declarationHeader(_ d: Declaration, columns: DeclarationColumns?) -> String {
        var parts: [String] = []
        if let c = columns {
            let name = declarationName(d)
            var text = pad(d.keyword.text, to: c.keyword) + " " + (d.title != nil || c.title > 0 ? pad(name, to: c.name) : name)
            if let t = d.title { text += " " + expression(t) }
            return text
        }
        parts.append(d.keyword.text)
        if d.name != nil { parts.append(declarationName(d)) }
        if let target = d.target { parts.append(expression(target)) }
        if let days = d.days { parts.append(expression(days)) }
        if let t = d.title { parts.append(expression(t)) }
        if let def = d.definition { parts.append("= " + expression(def)) }
        return parts.joined(separator: " ")
    }

    /// Prints a declaration, with its body when it has one.
    mutating func printDeclaration(_ d: Declaration, columns: DeclarationColumns?) {
        let header = declarationHeader(d, columns: columns)
        guard d.hasBody else {
            emitItem([header], span: d.span)
            return
        }
        if let inline = inlineBody(d) {
            // A lone short attribute stays on the header line: `{ chair huang }`.
            var text = header
            if let c = columns, c.title > 0 {
                text = pad(text, to: c.keyword + 1 + c.name + 1 + c.title)
            }
            emitItem([text + " { " + inline + " }"], span: d.span)
            return
        }
        let afterHeader = [d.title?.span.end, d.name?.span.end, d.target?.span.end, d.days?.span.end, d.keyword.span.end]
            .compactMap { $0 }.max() ?? d.span.start
        let open = tokens.openBrace(after: afterHeader)?.span.start ?? afterHeader
        let close = max(open, d.span.end - 1)
        emitBlock(header: header, start: d.span.start, openBrace: open, closeBrace: close) { p in
            for a in d.attributes {
                p.emitItem(p.attributeLines(a), span: a.span)
            }
        }
        attachTrailingComments(after: d.span.end, line: lastLine(of: d.span))
    }

    /// An attribute's printed lines (more than one only for a wrapped list).
    func attributeLines(_ a: Attribute) -> [String] {
        let kw = attributeKeyword(a)
        switch a.value {
        case .flag:
            return [kw]
        case .single(let e):
            return [kw + " " + expression(e)]
        case .list(let items):
            return wrappedList(prefix: kw + " ", items: items.map { expression($0) })
        case .date(let day, let times):
            var text = kw + " " + expression(day)
            if let t = times { text += " " + expression(t.start) + ".." + expression(t.end) }
            return [text]
        case .timeSpan(let start, let end):
            return [kw + " " + expression(start) + ".." + expression(end)]
        case .task(let title, let byWord, let by, let dueWord, let due):
            var text = kw + " " + expression(title)
            if let bw = byWord, let b = by { text += " " + bw.text + " " + expression(b) }
            text += " " + dueWord.text + " "
            switch due {
            case .day(let e): text += expression(e)
            case .relative(let d, let dir): text += expression(d) + " " + dir.text
            }
            return [text]
        case .feedback(let dept, let withinWord, let within, let fromReport):
            var text = kw + " " + expression(dept) + " " + withinWord.text + " " + expression(within)
            if let f = fromReport { text += " " + normalizedSource(f.span) }
            return [text]
        case .every(let spec):
            var text = kw
            if let n = spec.interval { text += " " + expression(n) }
            if let u = spec.unitWord { text += " " + u.text }
            if let on = spec.onWord { text += " " + on.text }
            if let o = spec.ordinal { text += " " + o.text }
            if let w = spec.weekday { text += " " + w.text }
            text += " " + spec.fromWord.text + " " + expression(spec.from)
            text += " " + spec.untilWord.text + " " + expression(spec.until)
            return [text]
        case .approvalStep(let day, let byWord, let by):
            let head = kw + " " + expression(day)
            guard let bw = byWord, !by.isEmpty else { return [head] }
            return wrappedList(prefix: head + " " + bw.text + " ", items: by.map { expression($0) })
        case .severity(let rule, let level):
            return [kw + " " + rule.text + " " + level.text]
        case .received(let dept, let day):
            return [kw + " " + expression(dept) + (day.map { " " + expression($0) } ?? "")]
        case .held(let day):
            return [kw + (day.map { " " + expression($0) } ?? "")]
        case .cancelled(let reason):
            return [kw + (reason.map { " " + expression($0) } ?? "")]
        }
    }

    /// The attribute name as written; `skip holidays` keeps both words with one space.
    func attributeKeyword(_ a: Attribute) -> String {
        switch a.name {
        case .skipHolidays, .shiftHolidays: normalizedSource(a.keyword.span)
        default: a.keyword.text
        }
    }

    /// `prefix a, b, c` on one line when it fits, else wrapped with every
    /// continuation line aligned under the first value.
    func wrappedList(prefix: String, items: [String]) -> [String] {
        let single = prefix + items.joined(separator: ", ")
        let available = Formatter.lineWidth - indent * 2
        guard items.count > 1, DisplayWidth.of(single) > available else { return [single] }
        let hang = String(repeating: " ", count: DisplayWidth.of(prefix))
        var out: [String] = []
        var current = prefix
        var currentHasItem = false
        for (i, item) in items.enumerated() {
            let piece = item + (i < items.count - 1 ? "," : "")
            let candidate = currentHasItem ? current + " " + piece : current + piece
            if currentHasItem, DisplayWidth.of(candidate) > available {
                out.append(current)
                current = hang + piece
            } else {
                current = candidate
            }
            currentHasItem = true
        }
        out.append(current)
        return out
    }
}
