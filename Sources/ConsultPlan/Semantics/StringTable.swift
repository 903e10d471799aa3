// A hash table from names to values for the evaluator's namespace: IDs are hashed
// with a short multiply-mix over their UTF-8 bytes instead of SipHash.

/// A table from strings to values, in insertion order, for the evaluator's hot lookups
/// (every name a plan mentions is looked up at least once; a 100,000-meeting plan makes
/// millions of lookups).
///
/// Why not `Dictionary<String, V>`: its SipHash-1-3 of a short ID costs more than the rest
/// of the lookup (string hashing was ≈ 8% of `cplan check`'s CPU at 100k meetings). This table
/// hashes 8 bytes at a time with a multiply-mix, keeps a 32-bit piece of each hash beside
/// the entry so most misses never compare strings, and probes linearly.
///
/// The seed comes from Swift's per-process hashing seed, so a crafted file cannot aim
/// collisions at it any more than at `Dictionary` (and `SWIFT_DETERMINISTIC_HASHING` makes it
/// fixed). Nothing observable depends on the seed: ``keys`` are in insertion order.
struct StringTable<Value> {
    /// The keys, in insertion order.
    private(set) var keys: [String] = []
    private var values: [Value] = []
    /// Open addressing: 0 is an empty slot; otherwise the high 32 bits are the key's hash
    /// (its high half) and the low 32 bits the entry's index + 1. A power of two long.
    private var slots: [UInt64] = []
    private let seed: UInt64

    /// An empty table.
    init() {
        var h = Hasher()
        h.combine(0x5EED as UInt64)
        seed = UInt64(truncatingIfNeeded: h.finalize())
    }

    /// How many keys.
    var count: Int { keys.count }
    /// Whether there are none.
    var isEmpty: Bool { keys.isEmpty }

    /// The value for `key`, if any.
    subscript(key: String) -> Value? {
        guard let i = index(of: key) else { return nil }
        return values[i]
    }

    /// Sets the value for `key` (added at the end when new).
    mutating func set(_ value: Value, for key: String) {
        if let i = index(of: key) {
            values[i] = value
        } else {
            append(key, value)
        }
    }

    /// Adds `key` unless it is there; returns the value already there (unchanged) if it was.
    /// One probe where "look up, then set" takes two.
    mutating func insertIfAbsent(_ value: Value, for key: String) -> Value? {
        if slots.isEmpty { grow(to: 16) }
        let h = hash(key)
        let tag = h >> 32
        var s = Int(truncatingIfNeeded: h) & (slots.count - 1)
        while true {
            let slot = slots[s]
            if slot == 0 { break }
            if slot >> 32 == tag {
                let i = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                if keys[i] == key { return values[i] }
            }
            s = (s + 1) & (slots.count - 1)
        }
        append(key, value, hash: h)
        return nil
    }

    /// Makes room for `n` keys without rehashing.
    mutating func reserveCapacity(_ n: Int) {
        keys.reserveCapacity(n)
        values.reserveCapacity(n)
        let needed = Self.slotCount(for: n)
        if needed > slots.count { grow(to: needed) }
    }

    // MARK: internals

    /// Slots for `n` keys at a load of at most one half.
    private static func slotCount(for n: Int) -> Int {
        var size = 16
        while size < n.multipliedReportingOverflow(by: 2).partialValue, size < 1 << 40 { size <<= 1 }
        return size
    }

    private func index(of key: String) -> Int? {
        guard !slots.isEmpty else { return nil }
        let h = hash(key)
        let tag = h >> 32
        let mask = slots.count - 1
        return slots.withUnsafeBufferPointer { table in
            var s = Int(truncatingIfNeeded: h) & mask
            while true {
                let slot = table[s]
                if slot == 0 { return nil }
                if slot >> 32 == tag {
                    let i = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                    if keys[i] == key { return i }
                }
                s = (s + 1) & mask
            }
        }
    }

    private mutating func append(_ key: String, _ value: Value, hash h: UInt64? = nil) {
        let h = h ?? hash(key)
        keys.append(key)
        values.append(value)
        if keys.count * 2 > slots.count {
            grow(to: Self.slotCount(for: keys.count))
        } else {
            place(h, index: keys.count - 1)
        }
    }

    /// Rebuilds the slots at `size` (every key is placed again, including the newest).
    private mutating func grow(to size: Int) {
        slots = [UInt64](repeating: 0, count: size)
        for (i, k) in keys.enumerated() { place(hash(k), index: i) }
    }

    private mutating func place(_ h: UInt64, index: Int) {
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = (h >> 32) << 32 | UInt64(truncatingIfNeeded: index + 1)
    }

    /// The key's hash: 8 bytes at a time, each folded in with a multiply and a shift.
    private func hash(_ key: String) -> UInt64 {
        // Native and small strings give their bytes in place; anything else (a bridged
        // string, never made by the lexer) is copied once.
        if let h = key.utf8.withContiguousStorageIfAvailable({ hash(bytes: $0) }) { return h }
        var key = key
        return key.withUTF8 { hash(bytes: $0) }
    }

    private func hash(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let raw = UnsafeRawBufferPointer(bytes)
        var h = seed ^ (UInt64(truncatingIfNeeded: raw.count) &* 0x9E37_79B9_7F4A_7C15)
        var offset = 0
        while offset + 8 <= raw.count {
            h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            offset += 8
        }
        if offset < raw.count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while offset < raw.count {
                tail |= UInt64(raw[offset]) << shift
                shift += 8
                offset += 1
            }
            h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        }
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}

extension StringTable: Sendable where Value: Sendable {}
