// Hash-table lookups of keyword spellings for the parser's hot paths, without
// SipHash: the parser asks about identifiers several times per attribute.

/// A fixed table from spellings to values: open addressing with a cheap hash of a
/// few bytes. The keys are the language's own keywords (no hash-flooding concern),
/// and the hash costs a fraction of `Dictionary`'s seeded SipHash over every byte.
struct SpellingTable<Value: Sendable>: Sendable {
    private let keys: [String]
    private let values: [Value]
    /// Index into `keys` plus one; 0 is an empty slot.
    private let slots: [Int32]
    private let mask: Int

    /// Builds the table (keys in sorted order, so the layout is the same on every run).
    init(_ entries: [String: Value]) {
        let sorted = entries.sorted { $0.key < $1.key }
        var size = 16
        while size < sorted.count * 4 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        for (k, entry) in sorted.enumerated() {
            var i = SpellingTable.hash(entry.key) & (size - 1)
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = Int32(k + 1)
        }
        self.keys = sorted.map(\.key)
        self.values = sorted.map(\.value)
        self.slots = slots
        self.mask = size - 1
    }

    /// Length, first, middle and last byte, mixed: enough to spread a few hundred
    /// keywords over the table, and O(1) whatever the word's length.
    ///
    /// Read from the String's contiguous UTF-8 (a small string's is copied to the
    /// stack): walking `String.UTF8View` indexes made a lookup ≈ 175 instructions,
    /// 3.2% of `check` with a quarter of a million lookups per 10,000 meetings.
    @inline(__always)
    private static func hash(_ s: String) -> Int {
        s.utf8.withContiguousStorageIfAvailable { hash($0) } ?? Array(s.utf8).withUnsafeBufferPointer { hash($0) }
    }

    @inline(__always)
    private static func hash(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        let n = utf8.count
        guard n > 0 else { return 0 }
        let first = UInt64(utf8[0])
        let middle = UInt64(utf8[n / 2])
        let last = UInt64(utf8[n - 1])
        var h = UInt64(n) | first << 8 | middle << 16 | last << 24
        h = h &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: h >> 32)
    }

    /// The value for `spelling`, if it is a key.
    func lookup(_ spelling: String) -> Value? {
        index(of: spelling).map { values[$0] }
    }

    /// The position of `spelling` among the keys (stable: keys are sorted), if it is one.
    func index(of spelling: String) -> Int? {
        var i = SpellingTable.hash(spelling) & mask
        while true {
            let slot = Int(slots[i])
            if slot == 0 { return nil }
            if keys[slot - 1] == spelling { return slot - 1 }
            i = (i + 1) & mask
        }
    }

    /// The number of keys.
    var count: Int { keys.count }
    /// The key at `index` (from ``index(of:)``).
    func key(at index: Int) -> String { keys[index] }
    /// The value at `index` (from ``index(of:)``).
    func value(at index: Int) -> Value { values[index] }

    /// Whether `spelling` is a key.
    func contains(_ spelling: String) -> Bool { lookup(spelling) != nil }
}

/// The ``Keywords`` tables the parser consults for every identifier, as ``SpellingTable``s.
enum KeywordLookup {
    /// ``Keywords/attributes``.
    static let attributes = SpellingTable(Keywords.attributes)
    /// Every spelling an attribute keyword is stored under: the attribute names and the
    /// two-word `skip holidays` / `shift holidays`. ``Attribute`` keeps an index into it.
    static let attributeKeywords = SpellingTable(
        Keywords.attributes.merging(["skip holidays": .skipHolidays, "shift holidays": .shiftHolidays]) { a, _ in a })
    /// ``Keywords/declarations``.
    static let declarations = SpellingTable(Keywords.declarations)
    /// By index in ``attributeKeywords``: whether the spelling is also a declaration keyword.
    static let attributeKeywordIsDeclaration: [Bool] = (0..<attributeKeywords.count).map {
        declarations.contains(attributeKeywords.key(at: $0))
    }
    /// Declaration keywords that are not also attribute names: they start a statement
    /// wherever they stand at a line start.
    static let statementStarts = SpellingTable(
        Keywords.declarations.filter { Keywords.attributes[$0.key] == nil }.mapValues { _ in true })
    /// Spelling → the canonical grammar words it spells (``Keywords/grammarWords`` inverted).
    static let grammarWords: SpellingTable<[String]> = {
        var inverted: [String: [String]] = [:]
        for (canonical, spellings) in Keywords.grammarWords {
            for s in spellings { inverted[s, default: []].append(canonical) }
        }
        return SpellingTable(inverted)
    }()

    /// Spelling → the first canonical grammar word it spells (same keys, so the same
    /// indexes, as ``grammarWords``): the parser asks this about every word inside a task,
    /// feedback or cadence, and one string comparison is cheaper than retaining and
    /// searching the spelling's array.
    static let grammarWordCanonical: SpellingTable<String> = {
        var first: [String: String] = [:]
        for (canonical, spellings) in Keywords.grammarWords.sorted(by: { $0.key < $1.key }) {
            for s in spellings where first[s] == nil { first[s] = canonical }
        }
        return SpellingTable(first)
    }()
    /// Whether some spelling spells two grammar words (none does today).
    static let grammarSpellingsShared: Bool = {
        let all = Keywords.grammarWords.values.flatMap { $0 }
        return Set(all).count != all.count
    }()

    /// Whether `spelling` is a spelling of the grammar word `canonical`
    /// (the same answer as ``Keywords/grammarWord(_:is:)``).
    static func grammarWord(_ spelling: String, is canonical: String) -> Bool {
        guard let first = grammarWordCanonical.lookup(spelling) else { return false }
        if first == canonical { return true }
        return grammarSpellingsShared && (grammarWords.lookup(spelling)?.contains(canonical) ?? false)
    }

    /// `DeclarationKind.allCases.firstIndex(of:)` as a jump table (checked by the tests).
    static func ordinal(_ value: DeclarationKind) -> Int {
        switch value {
        case .plan: 0
        case .policy: 1
        case .committee: 2
        case .sector: 3
        case .party: 4
        case .department: 5
        case .member: 6
        case .group: 7
        case .meeting: 8
        case .series: 9
        case .approval: 10
        case .holiday: 11
        case .workday: 12
        case .record: 13
        }
    }

    /// `AttributeName.allCases.firstIndex(of:)` as a jump table (checked by the tests).
    static func ordinal(_ value: AttributeName) -> Int {
        switch value {
        case .year: 0
        case .organization: 1
        case .calendar: 2
        case .timezone: 3
        case .locale: 4
        case .chair: 5
        case .contact: 6
        case .sector: 7
        case .committee: 8
        case .party: 9
        case .role: 10
        case .members: 11
        case .form: 12
        case .topic: 13
        case .topics: 14
        case .date: 15
        case .time: 16
        case .venue: 17
        case .lead: 18
        case .`with`: 19
        case .participants: 20
        case .invite: 21
        case .source: 22
        case .supervision: 23
        case .after: 24
        case .prepare: 25
        case .followUp: 26
        case .feedback: 27
        case .report: 28
        case .notice: 29
        case .every: 30
        case .skipHolidays: 31
        case .shiftHolidays: 32
        case .held: 33
        case .cancelled: 34
        case .received: 35
        case .absent: 36
        case .leave: 37
        case .drafted: 38
        case .revised: 39
        case .reviewed: 40
        case .approved: 41
        case .minTopicConsultations: 42
        case .supervisionShare: 43
        case .maxAbsences: 44
        case .severity: 45
        }
    }

    /// Per declaration kind (by index), the attributes it accepts (by index).
    private static let allowed: [[Bool]] = DeclarationKind.allCases.map { kind in
        let set = Keywords.attributesByDeclaration[kind] ?? []
        return AttributeName.allCases.map { set.contains($0) }
    }

    /// Whether a declaration of `kind` accepts `name` (``Keywords/attributesByDeclaration``).
    static func allows(_ kind: DeclarationKind, _ name: AttributeName) -> Bool {
        allowed[ordinal(kind)][ordinal(name)]
    }
}
