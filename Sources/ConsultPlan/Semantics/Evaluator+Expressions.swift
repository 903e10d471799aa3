// Expression evaluation (LANGUAGE.md 7.1, 7.2): literals, names read by context,
// lists, operators, ranges, fields, occurrences, calls and `where` queries.

extension Evaluator {
    /// Evaluates an expression. `hint` is the value word kind the context expects: a bare word
    /// spelled like a word of that kind is read as one (7.2).
    func eval(_ e: Expression, hint: ValueWordKind? = nil) -> Value {
        guard tick(at: e.span) else { return .invalid }
        switch e.kind {
        case .integer(let n): return .integer(n)
        case .decimal(let d): return .decimal(d)
        case .percent(let p):
            guard let v = p.dividing(by: ExactDecimal(100)) else {
                error(SemanticCode.overflow, "the percentage `\(text(e.span))` is out of range", at: e.span)
                return .invalid
            }
            return .decimal(v)
        case .string(let literal): return renderString(literal)
        case .boolean(let b): return .boolean(b)
        case .day(let d): return .day(d)
        case .month(let m): return .month(m)
        case .quarter(let q): return .quarter(q)
        case .time(let t): return .time(t)
        case .duration(let d): return .duration(d)
        case .name(let n): return resolveName(n, at: e.span, hint: hint)
        case .all: return .list(referencesToAll(.member))
        case .it:
            guard let element = whereStack.last else {
                error(
                    SemanticCode.itOutsideWhere, "`it` means the element inside a `where` condition; there is none here",
                    at: e.span)
                return .invalid
            }
            return element
        case .list(let items): return evalList(items, hint: hint)
        case .parenthesized(let inner): return eval(inner, hint: hint)
        case .unary(let op, let operand): return evalUnary(op, operand, span: e.span)
        case .binary(let op, let a, let b): return evalBinary(op, a, b, span: e.span)
        case .range(let a, let b):
            let va = eval(a), vb = eval(b)
            switch (va, vb) {
            case (.invalid, _), (_, .invalid): return .invalid
            case (.integer, .integer), (.day, .day): return .range(va, vb)
            default:
                error(
                    SemanticCode.typeMismatch,
                    "a range `..` runs between two integers or two days, found \(withArticle(va.typeName)) and \(withArticle(vb.typeName))",
                    at: operatorSpan(a, b, fallback: e.span))
                return .invalid
            }
        case .field(let base, let word): return field(of: eval(base), word, at: e.span)
        case .occurrence(let base, let n): return occurrence(base, n, span: e.span)
        case .call(let name, let arguments): return call(name, arguments, span: e.span)
        case .query(let collection, let cond): return query(collection, cond, span: e.span)
        case .missing: return .invalid
        }
    }

    // MARK: strings

    /// A string literal with its interpolations rendered (2.3).
    /// The text of a literal without interpolation; one segment is returned as it is
    /// (``StringLiteral/plainText`` appends it to a new string).
    static func plainText(_ literal: StringLiteral) -> String? {
        // `singleText`, not `segments`: the segments of a one-piece literal are built as an
        // array on every read (two allocations per title or task read this way).
        if let t = literal.singleText { return t }
        return literal.plainText
    }

    func renderString(_ literal: StringLiteral) -> Value {
        // Plain text (most titles): the literal's own string, shared rather than appended.
        if let t = literal.singleText { return .string(t) }
        var out = ""
        for segment in literal.segments {
            switch segment {
            case .text(let t): out += t
            case .interpolation(let e):
                let v = eval(e)
                if case .invalid = v { return .invalid }
                out += display(v)
            }
        }
        return .string(out)
    }

    /// How interpolation shows a value: a declaration as its title, a day as YYYY-MM-DD,
    /// a list joined by `、`, a duration as written.
    func display(_ v: Value) -> String {
        switch v {
        case .none, .invalid: return ""
        case .integer(let n): return String(n)
        case .decimal(let d): return d.description
        case .string(let s): return s
        case .boolean(let b): return b ? "true" : "false"
        case .day(let d): return d.description
        case .month(let m): return m.description
        case .quarter(let q): return q.description
        case .time(let t): return t.description
        case .duration(let d): return d.description
        case .weekday(let w): return w.word
        case .word(_, let w): return w
        case .reference(let kind, let id): return title(of: kind, id)
        case .feedbackDuty(let m, let i):
            guard let department = withMeeting(id: m, { p in
                let feedback = p.pointee.feedback
                return i >= 0 && i < feedback.count ? feedback[i].department : nil
            }) ?? nil
            else { return "" }
            return title(of: .department, department)
        case .list(let items): return items.map(display).joined(separator: "、")
        case .range(let a, let b): return display(a) + ".." + display(b)
        }
    }

    // MARK: names

    /// A bare word: a where-field, a local, a global name, a collection, or a value word (7.2).
    func resolveName(_ name: String, at span: Span, hint: ValueWordKind?) -> Value {
        if let hint {
            if hint == .role {
                if let v = lookupLocal(name) { return v }
                if silence == 0 { roleWordUses.append((name, span)) }
                return .word(.role, name)
            }
            if let v = valueWord(hint, name) { return v }
        }
        if let v = lookupLocal(name) { return v }
        if let v = lookupGlobal(name) { return v }
        if let v = collection(name) { return v }
        // A word that names nothing but is a value word reads as one (an extension: the spec
        // would make it an unknown reference), so `let forms = [plenary, symposium]` works.
        for kind in ValueWordKind.fallbackOrder {
            if let v = valueWord(kind, name) { return v }
        }
        unknownName(name, at: span)
        return .invalid
    }

    /// A value word of `kind` spelled `spelling`, if it is one.
    func valueWord(_ kind: ValueWordKind, _ spelling: String) -> Value? {
        if kind == .role { return nil }
        // A `where` condition reads the same few words for every element (`form != plenary`):
        // remembered, a word costs a comparison of the same string instead of a table lookup
        // (≈ 320 instructions a read, callgrind, 10k meetings).
        if let known = valueWordMemo.lookup(kind, spelling) { return known }
        let v: Value? =
            kind == .weekday
            ? Keywords.weekdays[spelling].map { .weekday($0) } : kind.canonical(spelling).map { .word(kind, $0) }
        valueWordMemo.store(kind, spelling, v)
        return v
    }

    /// Element fields of the enclosing `where` conditions, then loop variables and template parameters.
    func lookupLocal(_ name: String) -> Value? {
        // Most names are resolved at the top level (every participant of every meeting):
        // nothing to look through, and no scope arrays retained to find that out.
        if whereStack.isEmpty && locals.isEmpty { return nil }
        if let found = innermostWhereField(name) { return whereFieldValue(found) }
        return locals.lookup(name)
    }

    /// The value of a field ``innermostWhereField(_:)`` found.
    func whereFieldValue(_ found: (index: Int, field: WhereField)) -> Value {
        switch found.field {
        case .meeting(let f):
            // By case: the field's spelling is neither copied nor classified again.
            if case .reference(.meeting, let id) = whereStack[found.index] { return meetingField(id, f) }
            return fieldValue(whereStack[found.index], f.rawValue)
        case .other(let f): return fieldValue(whereStack[found.index], f)
        }
    }

    /// Whether ``lookupLocal(_:)`` finds the name, without computing its value.
    func bindsLocally(_ name: String) -> Bool {
        if whereStack.isEmpty && locals.isEmpty { return false }
        if innermostWhereField(name) != nil { return true }
        return locals.binds(name)
    }

    /// The innermost enclosing `where` element with a field spelled `name`: its index in
    /// ``whereStack`` and the field. The stack is read in place, innermost first: iterating
    /// `whereStack.reversed()` copied each element (a retain and release of its ID string),
    /// ≈ 1,000 instructions of the ≈ 8,200 each element of `meetings where form != plenary
    /// and form != standing_committee` cost (callgrind, 10k meetings).
    func innermostWhereField(_ name: String) -> (index: Int, field: WhereField)? {
        var i = whereStack.count
        while i > 0 {
            i -= 1
            if let f = whereField(name, ofElementAt: i) { return (i, f) }
        }
        return nil
    }

    /// A declaration ID, top-level `let` or template.
    func lookupGlobal(_ name: String) -> Value? {
        // The small table first: it holds the same entries as `names` for everything but meetings.
        switch nonMeetingNames[name] ?? names[name] {
        // The name is the declaration's ID (it is registered under it): no need to read it back.
        case .declaration(let i)?: return .reference(declarationKind(i), name)
        case .binding(let v, _)?: return v
        case .template(let i)?: return .reference(.template, templates[i].name)
        case nil: return nil
        }
    }

    /// How close a name comes to resolving without a diagnostic: 0 a where-field or local,
    /// 1 a global or collection, 2 nothing. Decides which operand of `==` is read first.
    func resolutionRank(_ name: String) -> Int {
        if bindsLocally(name) { return 0 }
        if names[name] != nil || Evaluator.isCollectionName(name) { return 1 }
        return 2
    }

    /// The English-only collections (7.4).
    /// Whether a name is one of ``collectionNames`` (a few short-string comparisons, no hashing).
    static func isCollectionName(_ name: String) -> Bool {
        // By length first: a `where` condition asks this of its bare names for every element,
        // and a failed comparison of two short strings costs ~45 instructions.
        switch name.utf8.count {
        case 6: name == "groups"
        case 7: name == "members" || name == "sectors" || name == "parties"
        case 8: name == "meetings"
        case 10: name == "committees"
        case 11: name == "departments"
        default: false
        }
    }

    static let collectionNames: Set<String> = [
        "meetings", "members", "committees", "sectors", "parties", "departments", "groups",
    ]

    /// `meetings` (non-cancelled, tentative included), `members`, `committees` …
    func collection(_ name: String) -> Value? {
        switch name {
        case "meetings":
            var out: [Value] = []
            out.reserveCapacity(meetingSources.count)
            for (i, source) in meetingSources.enumerated() {
                if isFinal {
                    // Read in place; the built meeting has its ID already (an occurrence's would be formatted again).
                    switch withMeeting(at: i, { $0.pointee.status == .cancelled ? nil : $0.pointee.id }) {
                    case .some(.some(let id)): out.append(.reference(.meeting, id))
                    case .some(.none): break  // cancelled
                    case .none: out.append(.reference(.meeting, meetingID(source)))  // could not be built
                    }
                    continue
                }
                let id = meetingID(source)
                if records[id]?.cancelled != nil { continue }
                out.append(.reference(.meeting, id))
            }
            return .list(out)
        case "members": return .list(referencesToAll(.member))
        case "committees": return .list(referencesToAll(.committee))
        case "sectors": return .list(referencesToAll(.sector))
        case "parties": return .list(referencesToAll(.party))
        case "departments": return .list(referencesToAll(.department))
        case "groups": return .list(referencesToAll(.group))
        default: return nil
        }
    }

    /// References to every declaration of a kind, in declaration order.
    func referencesToAll(_ kind: EntityKind) -> [Value] {
        (declarationsByKind[kind] ?? []).map { .reference(kind, declarationID($0)) }
    }

    /// Reports an unknown name with "did you mean" or the keyword-needs-a-space hint.
    func unknownName(_ name: String, at span: Span, extra: [String] = []) {
        var help: String?
        if let (keyword, rest) = NameSuggestions.keywordPrefix(of: name) {
            help = "`\(keyword)` is a keyword; separate it from what follows with a space: `\(keyword) \(rest)`"
        } else {
            var candidates = Set(names.keys).union(Evaluator.collectionNames).union(extra)
            candidates.formUnion(locals.names)
            for element in whereStack { candidates.formUnion(fieldNames(of: element) ?? []) }
            if let s = NameSuggestions.closest(to: name, among: candidates.sorted()) { help = "did you mean `\(s)`?" }
        }
        let before = diagnostics.count
        error(SemanticCode.unknownName, "unknown name `\(name)`", at: span, help: help)
        if !isFinal, diagnostics.count > before { pendingUnknownNames.append((diagnostics.count - 1, name)) }
    }

    /// Unknown names met in phase 1 that are declared further down get a clearer message.
    func rewordPendingUnknownNames() {
        for (index, name) in pendingUnknownNames where index < diagnostics.count {
            guard let entry = names[name] else { continue }
            var d = diagnostics[index]
            d.message = "`\(name)` is used before its declaration; `let`, `if`, `for` and `use` see only what is declared above them"
            d.labels = [DiagnosticLabel(span(of: entry), "declared here")]
            d.help = "move the declaration above this statement"
            diagnostics[index] = d
        }
        pendingUnknownNames = []
    }

    // MARK: lists

    /// `[a, b]`: bare words read as value words when a sibling element is one (7.2).
    func evalList(_ items: [Expression], hint: ValueWordKind?) -> Value {
        var results = [Value?](repeating: nil, count: items.count)
        var kind = hint
        if kind == nil {
            for (i, item) in items.enumerated() where bareName(item) == nil {
                let v = eval(item)
                results[i] = v
                if kind == nil { kind = v.wordKind }
            }
            if kind == nil {
                // Only unresolvable bare words can decide by themselves (`[plenary, symposium]`).
                outer: for item in items {
                    guard let n = bareName(item), resolutionRank(n) == 2 else { continue }
                    for k in ValueWordKind.fallbackOrder where valueWord(k, n) != nil {
                        kind = k
                        break outer
                    }
                }
            }
        }
        var out: [Value] = []
        out.reserveCapacity(items.count)
        for (i, item) in items.enumerated() {
            let v = results[i] ?? eval(item, hint: kind)
            if case .invalid = v { return .invalid }
            out.append(v)
        }
        return .list(out)
    }

    /// The word, when an expression is a bare name (parentheses allowed).
    func bareName(_ e: Expression) -> String? {
        switch e.kind {
        case .name(let n): return n
        case .parenthesized(let inner): return bareName(inner)
        default: return nil
        }
    }

    // MARK: operators

    /// The span of the operator between two operands (the text between them, trimmed).
    func operatorSpan(_ a: Expression, _ b: Expression, fallback: Span) -> Span {
        guard a.span.file == b.span.file, a.span.end <= b.span.start, !a.span.isNone,
              a.span.file.rawValue < sources.files.count
        else { return fallback }
        let bytes = sources[a.span.file].bytes
        var lo = a.span.end, hi = b.span.start
        func isSpace(_ i: Int) -> Bool { i >= 0 && i < bytes.count && (bytes[i] == 0x20 || bytes[i] == 0x09 || bytes[i] == 0x0A || bytes[i] == 0x0D) }
        while lo < hi, isSpace(lo) { lo += 1 }
        while hi > lo, isSpace(hi - 1) { hi -= 1 }
        // A closing parenthesis of the left operand may sit between (when it was not in its span).
        while lo < hi, lo < bytes.count, bytes[lo] == 0x29 || bytes[lo] == 0x5D { lo += 1; while lo < hi, isSpace(lo) { lo += 1 } }
        guard lo < hi, hi - lo <= 12 else { return fallback }
        return Span(file: a.span.file, start: lo, end: hi)
    }

    /// `-x`, `not x`.
    func evalUnary(_ op: UnaryOperator, _ operand: Expression, span: Span) -> Value {
        let v = eval(operand)
        if case .invalid = v { return .invalid }
        switch (op, v) {
        case (.negate, .integer(let n)):
            guard n != Int64.min else { return overflow("`-\(n)` does not fit in a 64-bit integer", at: span) }
            return .integer(-n)
        case (.negate, .decimal(let d)):
            guard let r = d.negated else { return overflow("the negation of \(d) is out of range", at: span) }
            return .decimal(r)
        case (.negate, .duration(let d)):
            guard d.amount != Int64.min else { return overflow("the duration is out of range", at: span) }
            return .duration(Duration(-d.amount, d.unit))
        case (.not, .boolean(let b)): return .boolean(!b)
        case (.not, .none): return .boolean(true)
        default:
            let what = op == .negate ? "`-` negates a number" : "`not` needs a boolean"
            error(SemanticCode.typeMismatch, "\(what), found \(withArticle(v.typeName))", at: span)
            return .invalid
        }
    }

    /// Reports an overflow and returns `.invalid`.
    func overflow(_ message: String, at span: Span) -> Value {
        error(SemanticCode.overflow, message, at: span, help: "numbers are 64-bit integers or exact decimals with up to 18 digits")
        return .invalid
    }

    /// Binary operators, with value words read by context for `==`, `!=` and `in`.
    func evalBinary(_ op: BinaryOperator, _ a: Expression, _ b: Expression, span: Span) -> Value {
        // The operator's span only matters for diagnostics; find it only then.
        var opSpan: Span { operatorSpan(a, b, fallback: span) }
        switch op {
        case .and, .or:
            let va = eval(a)
            guard case .boolean(let x) = va else { return booleanOperandError(op, va, at: opSpan) }
            if op == .and && !x { return .boolean(false) }
            if op == .or && x { return .boolean(true) }
            let vb = eval(b)
            guard case .boolean = vb else { return booleanOperandError(op, vb, at: opSpan) }
            return vb
        case .equal, .notEqual, .in:
            let (va, vb) = evalPair(a, b, isMembership: op == .in)
            if case .invalid = va { return .invalid }
            if case .invalid = vb { return .invalid }
            if op == .in { return membership(va, vb, at: opSpan) }
            guard va.isEquatable(with: vb) else {
                error(
                    SemanticCode.typeMismatch,
                    "cannot compare \(withArticle(va.typeName)) with \(withArticle(vb.typeName)) using `\(op.rawValue)`",
                    at: opSpan, help: hintForMismatch(va, vb))
                return .invalid
            }
            let eq = va.equals(vb)
            return .boolean(op == .equal ? eq : !eq)
        case .less, .lessEqual, .greater, .greaterEqual:
            let va = eval(a), vb = eval(b)
            switch (va, vb) {
            case (.invalid, _), (_, .invalid): return .invalid
            case (.none, _), (_, .none): return .boolean(false)
            default: break
            }
            guard let c = va.compare(vb) else {
                error(
                    SemanticCode.typeMismatch,
                    "cannot order \(withArticle(va.typeName)) and \(withArticle(vb.typeName)) with `\(op.rawValue)`; ordering works on numbers, days, times and strings",
                    at: opSpan)
                return .invalid
            }
            switch op {
            case .less: return .boolean(c < 0)
            case .lessEqual: return .boolean(c <= 0)
            case .greater: return .boolean(c > 0)
            default: return .boolean(c >= 0)
            }
        case .add, .subtract, .multiply, .divide:
            let va = eval(a), vb = eval(b)
            if case .invalid = va { return .invalid }
            if case .invalid = vb { return .invalid }
            return arithmetic(op, va, vb, at: opSpan, whole: span)
        }
    }

    /// A help line for comparing a value word with a reference (`form == plenary` mistakes).
    private func hintForMismatch(_ a: Value, _ b: Value) -> String? {
        if case .reference(let k, let id) = b, let kind = a.wordKind, kind.canonical(id) == nil {
            return "`\(id)` is \(withArticle(k.rawValue)), not \(withArticle(kind.displayName))"
        }
        return nil
    }

    private func booleanOperandError(_ op: BinaryOperator, _ v: Value, at span: Span) -> Value {
        if case .invalid = v { return .invalid }
        if case .none = v { return .boolean(false) }
        error(SemanticCode.typeMismatch, "`\(op.rawValue)` needs booleans, found \(withArticle(v.typeName))", at: span)
        return .invalid
    }

    /// Evaluates the operands of `==`, `!=` or `in` so that a bare word is read by the other
    /// operand's kind: the operand bound most locally goes first (7.2).
    func evalPair(_ a: Expression, _ b: Expression, isMembership: Bool) -> (Value, Value) {
        let an = bareName(a), bn = bareName(b)
        var aFirst = true
        // The where-field a bare operand names, found while ranking it, is read without looking
        // it up again: ranking and reading each cost a classification of the name against the
        // elements (≈ 200 instructions per name and element in `meetings where form != plenary`).
        var fieldA: (index: Int, field: WhereField)?, fieldB: (index: Int, field: WhereField)?
        if an != nil, bn == nil {
            aFirst = false
        } else if let an, let bn {
            // A where-field or local on the left goes first whatever the right is: the right's
            // rank (a name-table lookup when it is a value word like `plenary`) is not needed.
            // (``resolutionRank(_:)`` with the field kept: rank 0 is a where-field or a local.)
            fieldA = innermostWhereField(an)
            let rankA = fieldA != nil ? 0 : resolutionRank(an)
            if rankA == 0 {
                aFirst = true
            } else {
                fieldB = innermostWhereField(bn)
                aFirst = rankA <= (fieldB != nil ? 0 : resolutionRank(bn))
            }
        }
        if aFirst {
            let va = evalOperand(a, fieldA)
            let vb = eval(b, hint: va.wordKind ?? staticWordKind(a))
            return (va, vb)
        }
        let vb = evalOperand(b, fieldB)
        let va = eval(a, hint: (isMembership ? vb.elementWordKind : vb.wordKind) ?? staticWordKind(b))
        return (va, vb)
    }

    /// `eval(e)` for an operand of ``evalPair(_:_:isMembership:)``; when it is a bare name (not
    /// parenthesized) whose where-field is known, the step ``eval(_:hint:)`` would take and the
    /// value ``resolveName(_:at:hint:)`` would find (without a hint, a where-field comes first).
    private func evalOperand(_ e: Expression, _ field: (index: Int, field: WhereField)?) -> Value {
        guard let field, case .name = e.kind else { return eval(e) }
        guard tick(at: e.span) else { return .invalid }
        return whereFieldValue(field)
    }

    /// The value word kind an expression yields whatever its value: a `role` field is a list of
    /// role words even when it is empty, `form` a form even when not set, `weekday(d)` a weekday.
    func staticWordKind(_ e: Expression) -> ValueWordKind? {
        func kind(ofField f: String) -> ValueWordKind? {
            switch f {
            case "role": .role
            case "form": .form
            case "source": .source
            case "status": .status
            default: nil
            }
        }
        switch e.kind {
        case .parenthesized(let inner): return staticWordKind(inner)
        case .name(let n):
            switch innermostWhereField(n)?.field {
            case .meeting(let f)?: return kind(ofField: f.rawValue)
            case .other(let f)?: return kind(ofField: f)
            case nil: return nil
            }
        case .field(_, let w):
            let all = Evaluator.meetingFields.union(Evaluator.memberFields)
            return canonicalField(w.text, in: all).flatMap(kind(ofField:))
        case .call(let w, _) where w.text == "weekday": return .weekday
        default: return nil
        }
    }

    /// `x in list`, `x in a .. b` (and, as an extension, `"sub" in "string"`).
    func membership(_ x: Value, _ collection: Value, at span: Span) -> Value {
        switch collection {
        case .none: return .boolean(false)
        case .list(let items): return .boolean(items.contains { x.equals($0) })
        case .range(let lo, let hi):
            if case .none = x { return .boolean(false) }
            guard let c1 = lo.compare(x), let c2 = x.compare(hi) else {
                error(
                    SemanticCode.typeMismatch,
                    "cannot look for \(withArticle(x.typeName)) in a range of \(lo.typeName)s", at: span)
                return .invalid
            }
            return .boolean(c1 <= 0 && c2 <= 0)
        case .string(let s):
            guard case .string(let sub) = x else { break }
            return .boolean(s.contains(sub))
        default: break
        }
        error(
            SemanticCode.typeMismatch,
            "`in` needs a list or a range on its right, found \(withArticle(collection.typeName))", at: span)
        return .invalid
    }
}
