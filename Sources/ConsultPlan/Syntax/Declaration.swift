// Declarations (LANGUAGE.md 3) and their attributes (4.1, 4.4, 4.5, 5, 6).
// Keywords are kept as Words so the formatter can reprint the author's spelling.

/// The kinds of declaration.
public enum DeclarationKind: String, Sendable, Hashable, CaseIterable {
    case plan, policy, committee, sector, party, department, member, group
    case meeting, series, approval, holiday, workday, record
}

/// A declaration ID: a plain name or one built by interpolation (`topic_\(i)`).
public struct DeclarationName: Sendable, Hashable {
    // Kept as a literal, whose storage holds a plain name as the string alone
    // (no one-element segment array: one malloc fewer per declaration).
    private var literal: StringLiteral
    /// The pieces; a plain name has one `.text` piece.
    public var segments: [StringSegment] {
        get { literal.segments }
        set { literal.segments = newValue }
    }
    /// Where it is.
    public var span: Span
    /// The name when it has no interpolation.
    public var plainName: String? { literal.plainText }
    /// Creates a name.
    public init(segments: [StringSegment], span: Span) {
        self.literal = StringLiteral(segments: segments)
        self.span = span
    }
    /// Creates a plain name without building a segment array.
    init(text: String, span: Span) {
        self.literal = StringLiteral(text: text, quoting: .plain)
        self.span = span
    }
}

/// One declaration.
public struct Declaration: Sendable, Hashable {
    // Stored in an order that packs: the one-byte fields last, after the 4-byte-aligned
    // span (104 bytes, a 128-byte heap block per statement instead of 160). The keyword
    // is normally a known spelling at the declaration's start, kept as an index into
    // ``KeywordLookup/declarations`` and its length; any other (built by hand) goes in
    // the `rare` box. The choice is canonical, so the synthesized `==` compares by content.
    /// The ID (absent for `plan`, `policy`, `approval`, `holiday`, `workday`, `record`).
    public var name: DeclarationName?
    /// The title string (for `plan` required; for holidays the name of the day).
    public var title: Expression?
    /// The keyword as written (`meeting`, `会议`, `协商活动`).
    public var keyword: Word {
        get {
            if let w = rare?.keyword { return w }
            return Word(
                KeywordLookup.declarations.key(at: Int(keywordIndex)),
                Span(file: storedSpan.file, start: storedSpan.start, end: storedSpan.start + Int(keywordLength)))
        }
        set { setKeyword(newValue) }
    }
    /// `record MEETING`: the meeting or occurrence it refers to (`housing`, `forum.3`).
    public var target: Expression? {
        get { rare?.target }
        set { setRare(target: newValue, days: days, definition: definition, keyword: rare?.keyword) }
    }
    /// `holiday DAY [.. DAY]`, `workday DAY`: the day or range.
    public var days: Expression? {
        get { rare?.days }
        set { setRare(target: target, days: newValue, definition: definition, keyword: rare?.keyword) }
    }
    /// `group ID = EXPR`.
    public var definition: Expression? {
        get { rare?.definition }
        set { setRare(target: target, days: days, definition: newValue, keyword: rare?.keyword) }
    }
    // `target`, `days` and `definition` belong to a few kinds (record, holiday, workday,
    // group), a keyword that is not a known spelling at the start only to trees built by
    // hand: boxed together, they cost 8 bytes instead of 128 in every meeting. The box
    // is nil whenever all four are, so the synthesized `==` still compares by content.
    private struct RareFields: Sendable, Hashable {
        var target: Expression?
        var days: Expression?
        var definition: Expression?
        var keyword: Word?
    }
    private indirect enum Rare: Sendable, Hashable {
        case fields(RareFields)
        var target: Expression? { if case .fields(let f) = self { return f.target }; return nil }
        var days: Expression? { if case .fields(let f) = self { return f.days }; return nil }
        var definition: Expression? { if case .fields(let f) = self { return f.definition }; return nil }
        var keyword: Word? { if case .fields(let f) = self { return f.keyword }; return nil }
    }
    private var rare: Rare?
    private mutating func setRare(target: Expression?, days: Expression?, definition: Expression?, keyword: Word?) {
        rare = target == nil && days == nil && definition == nil && keyword == nil
            ? nil : .fields(RareFields(target: target, days: days, definition: definition, keyword: keyword))
    }
    /// The attributes inside `{ … }`, in written order.
    public var attributes: [Attribute]
    private var storedSpan: Span
    private var keywordIndex: UInt16
    private var keywordLength: UInt8
    /// What is declared.
    public var kind: DeclarationKind
    /// Whether a `{ … }` block was written (even empty).
    public var hasBody: Bool
    /// Where the unparsed body starts (just after its `{`), when the parser skimmed it
    /// instead of building its attributes; -1 otherwise. Only a streaming parse that
    /// keeps no tree does this, for top-level meetings (Parser+DeferredBodies.swift):
    /// the body is parsed when the meeting is built, so a large plan never holds all
    /// its attribute trees at once. The body ends where ``span`` ends (its `}`).
    var deferredBodyStart: Int32 = -1

    /// Where the whole declaration is.
    public var span: Span {
        get { storedSpan }
        set {
            if rare?.keyword == nil && newValue.file == storedSpan.file && newValue.start == storedSpan.start {
                storedSpan = newValue
                return
            }
            // The compact keyword is anchored at the span's start: keep it as it was
            // (stored compactly again if the new start makes that possible).
            let word = keyword
            storedSpan = newValue
            setKeyword(word)
        }
    }

    /// Stores `word` compactly when it is a known spelling starting at the span's start.
    private mutating func setKeyword(_ word: Word) {
        let length = word.span.end - word.span.start
        if let index = KeywordLookup.declarations.index(of: word.text), index < Int(UInt16.max),
            word.span.file == storedSpan.file, word.span.start == storedSpan.start, length >= 0, length <= Int(UInt8.max)
        {
            keywordIndex = UInt16(index)
            keywordLength = UInt8(length)
            if rare?.keyword != nil { setRare(target: target, days: days, definition: definition, keyword: nil) }
        } else {
            keywordIndex = 0
            keywordLength = 0
            setRare(target: target, days: days, definition: definition, keyword: word)
        }
    }

    /// Creates a declaration.
    public init(
        kind: DeclarationKind, keyword: Word, name: DeclarationName? = nil, target: Expression? = nil,
        days: Expression? = nil, title: Expression? = nil, definition: Expression? = nil,
        attributes: [Attribute] = [], hasBody: Bool = false, span: Span
    ) {
        self.kind = kind
        self.name = name
        self.title = title
        self.rare = nil
        self.attributes = attributes
        self.hasBody = hasBody
        self.storedSpan = span
        self.keywordIndex = 0
        self.keywordLength = 0
        setRare(target: target, days: days, definition: definition, keyword: nil)
        setKeyword(keyword)
    }
}

/// Every attribute name, by its English spelling (KEYWORDS.md).
public enum AttributeName: String, Sendable, Hashable, CaseIterable {
    // plan
    case year, organization, calendar, timezone, locale
    // committee, department, member, group
    case chair, contact, sector, committee, party, role, members
    // meeting and series
    case form, topic, topics, date, time, venue, lead, with, participants, invite, source
    case supervision, after, prepare, followUp = "follow_up", feedback, report, notice, every
    case skipHolidays = "skip holidays", shiftHolidays = "shift holidays"
    // record
    case held, cancelled, received, absent, leave
    // approval
    case drafted, revised, reviewed, approved
    // policy
    case minTopicConsultations = "min_topic_consultations", supervisionShare = "supervision_share"
    case maxAbsences = "max_absences", severity
}

/// `due 30 days before` / `due 2025-05-01`.
public enum DueSpec: Sendable, Hashable {
    /// `due DAY`: as written.
    case day(Expression)
    /// `due DURATION before|after`: relative to the meeting.
    case relative(duration: Expression, direction: Word)
}

/// The value of an attribute, shaped by its grammar (LANGUAGE.md 4.1).
///
/// The cases that carry several expressions are `indirect` (boxed): an `Attribute` is
/// then about 100 bytes instead of 408, which matters at 100,000 meetings of ~11
/// attributes each (Benchmarks/README.md: peak memory of `check`).
public enum AttributeValue: Sendable, Hashable {
    /// A flag (`supervision`, `skip holidays`, `held` with no day …).
    case flag
    /// One expression (`year 2025`, `form plenary`, `lead social`, `notice 5 workdays`).
    case single(Expression)
    /// A comma list (`participants a, b`, `role standing, vice_chair`, `topics "…", "…"`).
    case list([Expression])
    /// `date D` or `date DAY TIME..TIME`: the day part and the optional times.
    indirect case date(day: Expression, times: (start: Expression, end: Expression)?)
    /// `time 14:30..17:00` in a series.
    indirect case timeSpan(start: Expression, end: Expression)
    /// `prepare "task" [by X] due T`, `follow_up …`.
    indirect case task(title: Expression, byWord: Word?, by: Expression?, dueWord: Word, due: DueSpec)
    /// `feedback D within N [from report]`.
    indirect case feedback(department: Expression, withinWord: Word, within: Expression, fromReport: Word?)
    /// `every …` (4.4).
    indirect case every(EverySpec)
    /// `drafted DAY by "who", …`.
    indirect case approvalStep(day: Expression, byWord: Word?, by: [Expression])
    /// `severity RULE off|warning|error`.
    indirect case severity(rule: Word, level: Word)
    /// `received DEPT [DAY]`.
    indirect case received(department: Expression, day: Expression?)
    /// `held [DAY]`.
    indirect case held(day: Expression?)
    /// `cancelled ["reason"]`.
    indirect case cancelled(reason: Expression?)
}

extension AttributeValue {
    // Tuples are not Hashable; compare the date case by its parts.
    public static func == (a: AttributeValue, b: AttributeValue) -> Bool {
        switch (a, b) {
        case (.flag, .flag): return true
        case let (.single(x), .single(y)): return x == y
        case let (.list(x), .list(y)): return x == y
        case let (.date(d1, t1), .date(d2, t2)):
            return d1 == d2 && t1?.start == t2?.start && t1?.end == t2?.end
        case let (.timeSpan(a1, b1), .timeSpan(a2, b2)): return a1 == a2 && b1 == b2
        case let (.task(t1, bw1, b1, dw1, d1), .task(t2, bw2, b2, dw2, d2)):
            return t1 == t2 && bw1 == bw2 && b1 == b2 && dw1 == dw2 && d1 == d2
        case let (.feedback(d1, w1, n1, f1), .feedback(d2, w2, n2, f2)):
            return d1 == d2 && w1 == w2 && n1 == n2 && f1 == f2
        case let (.every(x), .every(y)): return x == y
        case let (.approvalStep(d1, w1, b1), .approvalStep(d2, w2, b2)): return d1 == d2 && w1 == w2 && b1 == b2
        case let (.severity(r1, l1), .severity(r2, l2)): return r1 == r2 && l1 == l2
        case let (.received(d1, x1), .received(d2, x2)): return d1 == d2 && x1 == x2
        case let (.held(x), .held(y)): return x == y
        case let (.cancelled(x), .cancelled(y)): return x == y
        default: return false
        }
    }

    public func hash(into h: inout Hasher) {
        switch self {
        case .flag: h.combine(0)
        case .single(let e): h.combine(1); h.combine(e)
        case .list(let l): h.combine(2); h.combine(l)
        case .date(let d, let t): h.combine(3); h.combine(d); h.combine(t?.start); h.combine(t?.end)
        case .timeSpan(let a, let b): h.combine(4); h.combine(a); h.combine(b)
        case .task(let t, _, let b, _, let d): h.combine(5); h.combine(t); h.combine(b); h.combine(d)
        case .feedback(let d, _, let n, let f): h.combine(6); h.combine(d); h.combine(n); h.combine(f != nil)
        case .every(let e): h.combine(7); h.combine(e)
        case .approvalStep(let d, _, let b): h.combine(8); h.combine(d); h.combine(b)
        case .severity(let r, let l): h.combine(9); h.combine(r); h.combine(l)
        case .received(let d, let x): h.combine(10); h.combine(d); h.combine(x)
        case .held(let x): h.combine(11); h.combine(x)
        case .cancelled(let x): h.combine(12); h.combine(x)
        }
    }
}

/// `every (N days|N weeks|N months|week|month) [on [ORDINAL] WEEKDAY] from DAY until DAY`.
public struct EverySpec: Sendable, Hashable {
    /// The cadence: a duration expression (`2 weeks`), or nil when `unitWord` is given.
    public var interval: Expression?
    /// `week` / `month` (周 / 月) written alone after `every`.
    public var unitWord: Word?
    /// The `on` word, if any.
    public var onWord: Word?
    /// `first` … `last` (第一个 … 最后一个) before the weekday, if any.
    public var ordinal: Word?
    /// The weekday word, if any.
    public var weekday: Word?
    /// The `from` word.
    public var fromWord: Word
    /// The first day bound.
    public var from: Expression
    /// The `until` word.
    public var untilWord: Word
    /// The last day bound.
    public var until: Expression

    /// Creates a cadence.
    public init(
        interval: Expression?, unitWord: Word?, onWord: Word?, ordinal: Word?, weekday: Word?,
        fromWord: Word, from: Expression, untilWord: Word, until: Expression
    ) {
        self.interval = interval
        self.unitWord = unitWord
        self.onWord = onWord
        self.ordinal = ordinal
        self.weekday = weekday
        self.fromWord = fromWord
        self.from = from
        self.untilWord = untilWord
        self.until = until
    }
}

/// One attribute inside a declaration's `{ … }`.
public struct Attribute: Sendable, Hashable {
    // 48 bytes instead of 80 (a 100,000-meeting plan has a million attributes): the
    // keyword is normally a known spelling starting where the attribute starts, so it
    // is kept as an index into ``KeywordLookup/attributeKeywords`` and its length in
    // bytes; any other keyword (built by hand) is boxed with the value.
    //
    // The common date (`date DAY TIME..TIME`), task (`prepare "…" due 10 days before`)
    // and feedback (`feedback d within 1 month`) are kept in compact boxes: times as
    // values with offsets, grammar words as spelling indexes with offsets, instead of
    // `Expression`s and `Word`s (heap blocks of 96 instead of 128 bytes for a date, 112
    // instead of 224 for a task, 112 instead of 160 for a feedback; every generated
    // meeting has a date, two tasks and a feedback). ``value`` builds the public case
    // when read. The storage enum fits the 32 bytes of an ``AttributeValue``.
    //
    // Every choice is a function of the content, so the synthesized `==` and `hash`
    // still compare by content.
    private var storage: Storage
    private var storedSpan: Span
    private var keywordIndex: UInt16
    private var keywordLength: UInt8
    /// Which attribute (canonical English name).
    public var name: AttributeName

    private enum Storage: Sendable, Hashable {
        /// The value as it is, with a compact keyword.
        case value(AttributeValue)
        /// A compact form, or a keyword that is not a known spelling at the start.
        case boxed(Boxed)
    }

    private indirect enum Boxed: Sendable, Hashable {
        /// A keyword that is not a known spelling at the attribute's start, and the value.
        case keyword(Word, AttributeValue)
        /// `.date(day, (TIME, TIME))`.
        case date(CompactDate)
        /// `.task(title, nil, nil, dueWord, .relative(duration, direction))`.
        case task(CompactTask)
        /// `.feedback(department, withinWord, within, nil)`.
        case feedback(CompactFeedback)
    }

    /// The value.
    public var value: AttributeValue {
        get {
            switch storage {
            case .value(let v): return v
            case .boxed(let b):
                switch b {
                case .keyword(_, let v): return v
                case .date(let d): return d.value(in: storedSpan.file)
                case .task(let t): return t.value(in: storedSpan.file)
                case .feedback(let f): return f.value(in: storedSpan.file)
                }
            }
        }
        set { store(keyword: keyword, index: knownKeywordIndex, value: newValue) }
    }

    /// The attribute name as written (`form`, `形式`; for `skip holidays` both words in one span).
    public var keyword: Word {
        get {
            if case .boxed(.keyword(let w, _)) = storage { return w }
            return Word(
                KeywordLookup.attributeKeywords.key(at: Int(keywordIndex)),
                Span(file: storedSpan.file, start: storedSpan.start, end: storedSpan.start + Int(keywordLength)))
        }
        set { store(keyword: newValue, index: KeywordLookup.attributeKeywords.index(of: newValue.text), value: value) }
    }

    /// Where the whole attribute is.
    public var span: Span {
        get { storedSpan }
        set {
            // The compact parts are anchored at the span's start and file: rebuild them.
            let word = keyword, current = value
            let index = knownKeywordIndex
            storedSpan = newValue
            store(keyword: word, index: index, value: current)
        }
    }

    /// The keyword's index in ``KeywordLookup/attributeKeywords``, if it is a known spelling.
    private var knownKeywordIndex: Int? {
        if case .boxed(.keyword(let w, _)) = storage { return KeywordLookup.attributeKeywords.index(of: w.text) }
        return Int(keywordIndex)
    }

    /// Whether `keyword` can be kept as the spelling `index` at the start of `span`.
    @inline(__always)
    private static func isCompact(_ keyword: Word, index: Int?, span: Span) -> Bool {
        guard let index else { return false }
        let length = keyword.span.end - keyword.span.start
        return index < Int(UInt16.max) && keyword.span.file == span.file && keyword.span.start == span.start
            && length >= 0 && length <= Int(UInt8.max)
    }

    /// Stores the keyword and the value in their compact forms where they have one.
    private mutating func store(keyword word: Word, index: Int?, value: AttributeValue) {
        guard let index, Attribute.isCompact(word, index: index, span: storedSpan) else {
            storage = .boxed(.keyword(word, value))
            keywordIndex = UInt16.max
            keywordLength = 0
            return
        }
        keywordIndex = UInt16(index)
        keywordLength = UInt8(word.span.end - word.span.start)
        storage = Attribute.compact(value, in: storedSpan.file).map { .boxed($0) } ?? .value(value)
    }

    /// The compact box of a value, when it has one.
    private static func compact(_ value: AttributeValue, in file: FileID) -> Boxed? {
        switch value {
        case .date(let day, let times?):
            return CompactDate(day: day, start: times.start, end: times.end, in: file).map { .date($0) }
        case .task(let title, .none, .none, let dueWord, .relative(let duration, let direction)):
            guard let due = CompactWord(dueWord, in: file), let direction = CompactWord(direction, in: file) else { return nil }
            return .task(CompactTask(title: title, duration: duration, due: due, direction: direction))
        case .feedback(let department, let withinWord, let within, .none):
            guard let word = CompactWord(withinWord, in: file) else { return nil }
            return .feedback(CompactFeedback(department: department, within: within, withinWord: word))
        default:
            return nil
        }
    }

    // The evaluator reads a meeting's date, tasks and feedback by these views rather than
    // through ``value``: for the compact forms, `value` builds the boxed public case (a heap
    // block of 100–200 bytes) only for the evaluator to take it apart again, four times per
    // meeting. Each view gives exactly the parts of the case `value` would have.

    /// The parts of a `.date` value (`date DAY [TIME..TIME]`), or nil for any other value.
    var dateParts: (day: Expression, times: (start: Expression, end: Expression)?)? {
        switch storage {
        case .boxed(.date(let d)):
            return (d.day, d.times(in: storedSpan.file))
        case .value(.date(let day, let times)), .boxed(.keyword(_, .date(let day, let times))):
            return (day, times)
        default:
            return nil
        }
    }

    /// The parts of a `.task` value the evaluator reads (title, `by`, due), or nil.
    var taskParts: (title: Expression, by: Expression?, due: DueSpec)? {
        switch storage {
        case .boxed(.task(let t)):
            return (t.title, nil, t.dueSpec(in: storedSpan.file))
        case .value(.task(let title, _, let by, _, let due)), .boxed(.keyword(_, .task(let title, _, let by, _, let due))):
            return (title, by, due)
        default:
            return nil
        }
    }

    /// The parts of a `.feedback` value the evaluator reads, or nil.
    var feedbackParts: (department: Expression, within: Expression, fromReport: Word?)? {
        switch storage {
        case .boxed(.feedback(let f)):
            return (f.department, f.within, nil)
        case .value(.feedback(let department, _, let within, let fromReport)),
            .boxed(.keyword(_, .feedback(let department, _, let within, let fromReport))):
            return (department, within, fromReport)
        default:
            return nil
        }
    }

    /// Creates an attribute.
    public init(name: AttributeName, keyword: Word, value: AttributeValue, span: Span) {
        self.init(name: name, keyword: keyword, keywordIndex: KeywordLookup.attributeKeywords.index(of: keyword.text), value: value, span: span)
    }

    /// Creates an attribute whose keyword's index in ``KeywordLookup/attributeKeywords`` is known.
    init(name: AttributeName, keyword: Word, keywordIndex: Int?, value: AttributeValue, span: Span) {
        self.name = name
        self.storage = .value(.flag)
        self.storedSpan = span
        self.keywordIndex = 0
        self.keywordLength = 0
        store(keyword: keyword, index: keywordIndex, value: value)
    }

    /// Creates an attribute whose value is kept in a compact box.
    private init(name: AttributeName, keyword: Word, keywordIndex: Int, span: Span, compact: Boxed) {
        self.name = name
        self.storage = .boxed(compact)
        self.storedSpan = span
        self.keywordIndex = UInt16(keywordIndex)
        self.keywordLength = UInt8(keyword.span.end - keyword.span.start)
    }

    /// Creates a task attribute from its parts without building the `.task` box first
    /// (the parser's path: most tasks are stored compactly).
    init(name: AttributeName, keyword: Word, keywordIndex: Int?, task parts: TaskParts, span: Span) {
        if let keywordIndex, Attribute.isCompact(keyword, index: keywordIndex, span: span), parts.byWord == nil,
            parts.by == nil, case .relative(let duration, let direction) = parts.due,
            let due = CompactWord(parts.dueWord, in: span.file), let direction = CompactWord(direction, in: span.file)
        {
            self.init(
                name: name, keyword: keyword, keywordIndex: keywordIndex, span: span,
                compact: .task(CompactTask(title: parts.title, duration: duration, due: due, direction: direction)))
            return
        }
        self.init(name: name, keyword: keyword, keywordIndex: keywordIndex, value: parts.value, span: span)
    }

    /// Creates a feedback attribute from its parts without building the `.feedback` box first.
    init(name: AttributeName, keyword: Word, keywordIndex: Int?, feedback parts: FeedbackParts, span: Span) {
        if let keywordIndex, Attribute.isCompact(keyword, index: keywordIndex, span: span), parts.fromReport == nil,
            let word = CompactWord(parts.withinWord, in: span.file)
        {
            self.init(
                name: name, keyword: keyword, keywordIndex: keywordIndex, span: span,
                compact: .feedback(CompactFeedback(department: parts.department, within: parts.within, withinWord: word)))
            return
        }
        self.init(name: name, keyword: keyword, keywordIndex: keywordIndex, value: parts.value, span: span)
    }

    /// Creates a date attribute from its parts without building the `.date` box first.
    init(
        name: AttributeName, keyword: Word, keywordIndex: Int?, day: Expression, times: (start: Expression, end: Expression)?,
        span: Span
    ) {
        if let keywordIndex, let times, Attribute.isCompact(keyword, index: keywordIndex, span: span),
            let compact = CompactDate(day: day, start: times.start, end: times.end, in: span.file)
        {
            self.init(name: name, keyword: keyword, keywordIndex: keywordIndex, span: span, compact: .date(compact))
            return
        }
        self.init(name: name, keyword: keyword, keywordIndex: keywordIndex, value: .date(day: day, times: times), span: span)
    }
}
