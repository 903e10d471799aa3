// The values of the scripting sublanguage (LANGUAGE.md 7.1): numbers, text,
// days, value words, references to declarations and lists, with their names and renderings.

/// The kinds of enumerated value word (LANGUAGE.md 7.2). A bare word is read as
/// one of these when the other operand of `==`, `!=`, `in`, or a sibling list element, is one.
enum ValueWordKind: String, Sendable, Hashable {
    case form, source, weekday, role, calendar, status

    /// How the kind is named in messages.
    var displayName: String {
        switch self {
        case .form: "form"
        case .source: "source"
        case .weekday: "weekday"
        case .role: "role word"
        case .calendar: "calendar name"
        case .status: "status"
        }
    }

    /// The canonical English word for a spelling, if the spelling is a word of this kind.
    /// Role words are any identifiers (they have their own namespace and no aliases).
    func canonical(_ spelling: String) -> String? {
        switch self {
        case .form: ValueWordKind.formTable[spelling]
        case .source: ValueWordKind.sourceTable[spelling]
        case .weekday: Keywords.weekdays[spelling]?.word
        case .role: spelling
        case .calendar: Keywords.calendars[spelling]
        case .status: ValueWordKind.statusWords.contains(spelling) ? spelling : nil
        }
    }

    // The form and source words in StringTables: every meeting's `form` and `source`, and
    // every comparison with a form in a `where` condition, look a spelling up here.
    private static let formTable = table(Keywords.forms)
    private static let sourceTable = table(Keywords.sources)
    private static func table(_ words: [String: String]) -> StringTable<String> {
        var t = StringTable<String>()
        t.reserveCapacity(words.count)
        for (spelling, word) in words.sorted(by: { $0.key < $1.key }) { t.set(word, for: spelling) }
        return t
    }

    /// The English source words, in the order of LANGUAGE.md 4.2.
    static let sourceWords = ["public", "citizens", "department", "cppcc", "party_committee"]

    /// The English words of this kind, for "did you mean".
    var englishWords: [String] {
        switch self {
        case .form: Keywords.formOrder
        case .source: ValueWordKind.sourceWords
        case .weekday: Weekday.allCases.map(\.word)
        case .role: []
        case .calendar: ["china", "weekends", "none"]
        case .status: ValueWordKind.statusWords
        }
    }

    /// Every spelling (English and Chinese) of this kind.
    var allSpellings: [String] {
        switch self {
        case .form: Array(Keywords.forms.keys)
        case .source: Array(Keywords.sources.keys)
        case .weekday: Array(Keywords.weekdays.keys)
        case .role: []
        case .calendar: Array(Keywords.calendars.keys)
        case .status: ValueWordKind.statusWords
        }
    }

    /// Meeting statuses as words (an extension: `status == held`).
    static let statusWords = ["planned", "held", "cancelled"]

    /// The kinds a bare word may fall back to when it names nothing (forms, sources,
    /// weekdays, calendar names; role words only by context).
    static let fallbackOrder: [ValueWordKind] = [.form, .source, .weekday, .calendar]
}

/// A value computed by an expression.
///
/// Only the recursive case is boxed. With the whole enum `indirect`, every value (each
/// name resolved to a `.reference`, each string, each day) was a heap box: at 100,000
/// meetings that was millions of allocations in evaluation alone.
enum Value: Sendable, Hashable {
    /// An attribute that is not set (LANGUAGE.md 4.1): `==` and ordering are false with it.
    case none
    /// The result of an expression that already failed with a diagnostic; operators pass it
    /// through silently so one mistake gives one diagnostic.
    case invalid
    case integer(Int64)
    case decimal(ExactDecimal)
    case string(String)
    case boolean(Bool)
    case day(Day)
    case month(YearMonth)
    case quarter(YearQuarter)
    case time(TimeOfDay)
    // Boxed: a duration (with its spelling) or a feedback duty would make every value 40 bytes.
    indirect case duration(Duration)
    case weekday(Weekday)
    /// A form, source, role word, calendar name or status, by its English word.
    case word(ValueWordKind, String)
    /// A declaration: committee, sector, party, department, member, group, meeting
    /// (occurrences included, `forum.3`), series or template.
    case reference(EntityKind, String)
    /// The `index`-th feedback duty of a meeting.
    indirect case feedbackDuty(meeting: String, index: Int)
    case list([Value])
    /// `a .. b` of integers or days, both ends included; iterated lazily.
    indirect case range(Value, Value)

    /// The type's name, as messages show it ("expected a day, found a string").
    var typeName: String {
        switch self {
        case .none: "nothing (an attribute that is not set)"
        case .invalid: "invalid value"
        case .integer: "integer"
        case .decimal: "decimal"
        case .string: "string"
        case .boolean: "boolean"
        case .day: "day"
        case .month: "month"
        case .quarter: "quarter"
        case .time: "time"
        case .duration: "duration"
        case .weekday: "weekday"
        case .word(let k, _): k.displayName
        case .reference(let k, _): k == .series ? "series" : k.rawValue
        case .feedbackDuty: "feedback duty"
        case .list: "list"
        case .range: "range"
        }
    }

    /// The value word kind, when this is a value word (weekdays included).
    var wordKind: ValueWordKind? {
        switch self {
        case .word(let k, _): k
        case .weekday: .weekday
        default: nil
        }
    }

    /// The value word kind of a list's elements (the first element that has one).
    var elementWordKind: ValueWordKind? {
        switch self {
        case .list(let items): items.lazy.compactMap(\.wordKind).first
        default: wordKind
        }
    }

    /// Whether it is a number.
    var isNumber: Bool {
        switch self {
        case .integer, .decimal: true
        default: false
        }
    }

    /// The number as a decimal, if a number.
    var asDecimal: ExactDecimal? {
        switch self {
        case .integer(let n): ExactDecimal(n)
        case .decimal(let d): d
        default: nil
        }
    }
}

/// `a`/`an` before a type name, for messages.
func withArticle(_ typeName: String) -> String {
    if typeName.hasPrefix("nothing") { return typeName }
    let first = typeName.unicodeScalars.first.map { "aeiou".unicodeScalars.contains($0) } ?? false
    return (first ? "an " : "a ") + typeName
}

extension Value {
    /// Loose equality used by `==` once both sides are known to be comparable, and by `in`:
    /// numbers compare by value, references by kind and ID, lists element-wise.
    func equals(_ other: Value) -> Bool {
        // Two words (a `where` condition comparing a field with a value word, for every
        // element): kinds and spellings, as the synthesised `==` compares them, without
        // building the pair the switch below matches on.
        if case .word(let k1, let w1) = self, case .word(let k2, let w2) = other { return k1 == k2 && w1 == w2 }
        switch (self, other) {
        case (.none, _), (_, .none): return false
        case let (a, b) where a.isNumber && b.isNumber:
            guard let x = a.asDecimal, let y = b.asDecimal else { return false }
            return !(x < y) && !(y < x)
        case let (.list(a), .list(b)):
            return a.count == b.count && zip(a, b).allSatisfy { $0.equals($1) }
        case let (.duration(a), .duration(b)): return a == b
        default: return self == other
        }
    }

    /// Whether `==` between these two types is meaningful (else it is a type error).
    func isEquatable(with other: Value) -> Bool {
        switch (self, other) {
        case (.none, _), (_, .none): return true
        case let (a, b) where a.isNumber && b.isNumber: return true
        case (.reference, .reference), (.reference, .feedbackDuty), (.feedbackDuty, .reference),
            (.feedbackDuty, .feedbackDuty):
            return true
        case (.string, .string), (.boolean, .boolean), (.day, .day), (.month, .month), (.quarter, .quarter),
            (.time, .time), (.duration, .duration), (.weekday, .weekday), (.list, .list):
            return true
        case let (.word(k1, _), .word(k2, _)): return k1 == k2
        default: return false
        }
    }

    /// Ordering for `<` and friends and for `sorted`/`min`/`max`; nil when the two cannot be ordered.
    func compare(_ other: Value) -> Int? {
        func cmp<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (b < a ? 1 : 0) }
        switch (self, other) {
        case let (a, b) where a.isNumber && b.isNumber:
            guard let x = a.asDecimal, let y = b.asDecimal else { return nil }
            return cmp(x, y)
        case let (.day(a), .day(b)): return cmp(a, b)
        case let (.time(a), .time(b)): return cmp(a, b)
        case let (.month(a), .month(b)): return cmp(a, b)
        case let (.quarter(a), .quarter(b)): return cmp(a, b)
        case let (.string(a), .string(b)):
            // Code points, not Swift's canonical-equivalence ordering.
            if a.unicodeScalars.elementsEqual(b.unicodeScalars) { return 0 }
            return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars) ? -1 : 1
        case let (.duration(a), .duration(b)) where a.unit == b.unit: return cmp(a.amount, b.amount)
        default: return nil
        }
    }
}

/// The last four value words looked up, with the answer (nil: not a word of that kind). The
/// answer depends on the kind and spelling alone, so a remembered one is always right. Four
/// separate slots rather than an array: checking them retains nothing but the matching entry.
struct ValueWordMemo {
    /// One remembered lookup.
    struct Entry {
        var kind: ValueWordKind
        /// The spelling's length in UTF-8 bytes; -1 for an empty slot.
        var length: Int
        var spelling: String
        var value: Value?

        /// Whether this entry answers `kind` and `spelling` (of `length` UTF-8 bytes). Kind and
        /// length first, stored as plain numbers: a slot that cannot match is passed over
        /// without reading its string.
        @inline(__always)
        func answers(_ kind: ValueWordKind, _ spelling: String, length: Int) -> Bool {
            self.length == length && self.kind == kind && ValueWordMemo.sameBytes(self.spelling, spelling)
        }
    }

    // Not optionals: a field of an optional entry was read by copying the entry out.
    private var slot0 = Entry(kind: .form, length: -1, spelling: "", value: nil)
    private var slot1 = Entry(kind: .form, length: -1, spelling: "", value: nil)
    private var slot2 = Entry(kind: .form, length: -1, spelling: "", value: nil)
    private var slot3 = Entry(kind: .form, length: -1, spelling: "", value: nil)
    /// The slot the next store replaces (round robin).
    private var next: UInt8 = 0

    /// The remembered answer for `kind` and `spelling` (`.some(nil)`: not a word), or nil.
    /// Mutating only so that the slots are read in place, not copied out of the evaluator.
    mutating func lookup(_ kind: ValueWordKind, _ spelling: String) -> Value?? {
        let length = spelling.utf8.count
        if slot0.answers(kind, spelling, length: length) { return .some(slot0.value) }
        if slot1.answers(kind, spelling, length: length) { return .some(slot1.value) }
        if slot2.answers(kind, spelling, length: length) { return .some(slot2.value) }
        if slot3.answers(kind, spelling, length: length) { return .some(slot3.value) }
        return nil
    }

    /// Whether two spellings are the same bytes. Not `==`, which is canonical equivalence
    /// (`\u{FA72}体会议` == `全体会议`) where the form and source tables look spellings up by
    /// their bytes: a remembered answer must be the one the table gives for these very bytes.
    fileprivate static func sameBytes(_ a: String, _ b: String) -> Bool {
        // Lengths first: reading one costs a few instructions. Then the bytes in place (the
        // same storage at once): `utf8.elementsEqual` iterated both views generically,
        // ≈ 1,100 instructions a lookup, more than the table lookup it saves.
        guard a.utf8.count == b.utf8.count else { return false }
        let inPlace = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                if x.baseAddress == y.baseAddress { return true }
                for i in 0..<x.count where x[i] != y[i] { return false }
                return true
            }
        }
        if let known = inPlace ?? nil { return known }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// Remembers an answer, replacing the oldest.
    mutating func store(_ kind: ValueWordKind, _ spelling: String, _ value: Value?) {
        let entry = Entry(kind: kind, length: spelling.utf8.count, spelling: spelling, value: value)
        switch next {
        case 0: slot0 = entry
        case 1: slot1 = entry
        case 2: slot2 = entry
        default: slot3 = entry
        }
        next = (next + 1) & 3
    }
}

