// Hash-table lookups of keyword spellings for the parser's hot paths, without
// SipHash: the parser asks about identifiers several times per attribute.

/// A fixed table from spellings to values: open addressing, hashed with FNV-1a
/// over the UTF-8 bytes. The keys are the language's own keywords (no hash-flooding
/// concern), and FNV over a short word costs a fraction of `Dictionary`'s seeded SipHash.
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

    @inline(__always)
    private static func hash(_ s: String) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The value for `spelling`, if it is a key.
    func lookup(_ spelling: String) -> Value? {
        var i = SpellingTable.hash(spelling) & mask
        while true {
            let slot = Int(slots[i])
            if slot == 0 { return nil }
            if keys[slot - 1] == spelling { return values[slot - 1] }
            i = (i + 1) & mask
        }
    }

    /// Whether `spelling` is a key.
    func contains(_ spelling: String) -> Bool { lookup(spelling) != nil }
}

/// The ``Keywords`` tables the parser consults for every identifier, as ``SpellingTable``s.
enum KeywordLookup {
    /// ``Keywords/attributes``.
    static let attributes = SpellingTable(Keywords.attributes)
    /// ``Keywords/declarations``.
    static let declarations = SpellingTable(Keywords.declarations)
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

    /// Whether `spelling` is a spelling of the grammar word `canonical`
    /// (the same answer as ``Keywords/grammarWord(_:is:)``).
    static func grammarWord(_ spelling: String, is canonical: String) -> Bool {
        grammarWords.lookup(spelling)?.contains(canonical) ?? false
    }

    /// The position of each kind and attribute name in `allCases`, by raw value.
    private static let kindIndex = SpellingTable(
        Dictionary(uniqueKeysWithValues: DeclarationKind.allCases.enumerated().map { ($0.element.rawValue, $0.offset) }))
    private static let nameIndex = SpellingTable(
        Dictionary(uniqueKeysWithValues: AttributeName.allCases.enumerated().map { ($0.element.rawValue, $0.offset) }))
    /// Per declaration kind (by index), the attributes it accepts (by index).
    private static let allowed: [[Bool]] = DeclarationKind.allCases.map { kind in
        let set = Keywords.attributesByDeclaration[kind] ?? []
        return AttributeName.allCases.map { set.contains($0) }
    }

    /// Whether a declaration of `kind` accepts `name` (``Keywords/attributesByDeclaration``).
    static func allows(_ kind: DeclarationKind, _ name: AttributeName) -> Bool {
        guard let k = kindIndex.lookup(kind.rawValue), let n = nameIndex.lookup(name.rawValue) else { return false }
        return allowed[k][n]
    }
}
