// The compact forms an Attribute keeps its commonest boxed values in (timed dates,
// tasks, feedback), and the parts the parser gathers before choosing a form.

/// A grammar word (`due`, `before`, `within` …) as its spelling's index in
/// ``KeywordLookup/grammarWords`` and its offsets; the file is the attribute's.
struct CompactWord: Sendable, Hashable {
    let start: Int32
    let end: Int32
    let spelling: UInt16

    /// The compact form of `word`, when it is a known spelling in `file`.
    @inline(__always)
    init?(_ word: Word, in file: FileID) {
        guard word.span.file == file, let index = KeywordLookup.grammarWords.index(of: word.text),
            index < Int(UInt16.max)
        else { return nil }
        start = Int32(truncatingIfNeeded: word.span.start)
        end = Int32(truncatingIfNeeded: word.span.end)
        spelling = UInt16(index)
    }

    /// The word as written.
    @inline(__always)
    func word(in file: FileID) -> Word {
        Word(KeywordLookup.grammarWords.key(at: Int(spelling)), Span(exactFile: file, start: start, end: end))
    }
}

/// `date DAY TIME..TIME` with time literals: 64 bytes instead of the 96 of the `.date`
/// payload (two 32-byte `Expression`s for two times).
struct CompactDate: Sendable, Hashable {
    var day: Expression
    var start: TimeOfDay
    var end: TimeOfDay
    var startFrom: Int32
    var startTo: Int32
    var endFrom: Int32
    var endTo: Int32

    /// The compact form, when both times are time literals in `file`.
    init?(day: Expression, start: Expression, end: Expression, in file: FileID) {
        guard case .time(let s) = start.kind, case .time(let e) = end.kind, start.span.file == file, end.span.file == file
        else { return nil }
        self.day = day
        self.start = s
        self.end = e
        startFrom = Int32(truncatingIfNeeded: start.span.start)
        startTo = Int32(truncatingIfNeeded: start.span.end)
        endFrom = Int32(truncatingIfNeeded: end.span.start)
        endTo = Int32(truncatingIfNeeded: end.span.end)
    }

    /// The times as expressions.
    func times(in file: FileID) -> (start: Expression, end: Expression) {
        (
            Expression(.time(start), Span(exactFile: file, start: startFrom, end: startTo)),
            Expression(.time(end), Span(exactFile: file, start: endFrom, end: endTo))
        )
    }

    /// The public value.
    func value(in file: FileID) -> AttributeValue {
        .date(day: day, times: times(in: file))
    }
}

/// `prepare TITLE due DURATION before|after` without `by`: 84 bytes instead of the
/// 188 of the `.task` payload (whose `Word`s are 32 bytes each).
struct CompactTask: Sendable, Hashable {
    var title: Expression
    var duration: Expression
    var due: CompactWord
    var direction: CompactWord

    /// When it is due.
    func dueSpec(in file: FileID) -> DueSpec {
        .relative(duration: duration, direction: direction.word(in: file))
    }

    /// The public value.
    func value(in file: FileID) -> AttributeValue {
        .task(title: title, byWord: nil, by: nil, dueWord: due.word(in: file), due: dueSpec(in: file))
    }
}

/// `feedback DEPARTMENT within PERIOD` without `from report`: 74 bytes instead of 124.
struct CompactFeedback: Sendable, Hashable {
    var department: Expression
    var within: Expression
    var withinWord: CompactWord

    /// The public value.
    func value(in file: FileID) -> AttributeValue {
        .feedback(department: department, withinWord: withinWord.word(in: file), within: within, fromReport: nil)
    }
}

/// A task as the parser reads it, before it is stored (compactly when it can be).
struct TaskParts {
    var title: Expression
    var byWord: Word?
    var by: Expression?
    var dueWord: Word
    var due: DueSpec

    /// The public value.
    var value: AttributeValue { .task(title: title, byWord: byWord, by: by, dueWord: dueWord, due: due) }
}

/// A feedback duty as the parser reads it, before it is stored.
struct FeedbackParts {
    var department: Expression
    var withinWord: Word
    var within: Expression
    var fromReport: Word?

    /// The public value.
    var value: AttributeValue {
        .feedback(department: department, withinWord: withinWord, within: within, fromReport: fromReport)
    }
}
