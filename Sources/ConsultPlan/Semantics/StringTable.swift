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
///
/// The entries live in one reference-counted buffer addressed through pointers (copied on
/// write): a lookup through a class property then retains one object, where three arrays
/// were three retain/release pairs per lookup (≈ 400 instructions, a third of a name lookup).
struct StringTable<Value> {
    private var storage: Storage
    private let seed: UInt64

    /// An empty table.
    init() {
        var h = Hasher()
        h.combine(0x5EED as UInt64)
        seed = UInt64(truncatingIfNeeded: h.finalize())
        storage = Storage(capacity: 0, slotCount: 0)
    }

    /// The keys, in insertion order.
    var keys: [String] { Array(UnsafeBufferPointer(start: storage.keys, count: storage.count)) }
    /// How many keys.
    var count: Int { storage.count }
    /// Whether there are none.
    var isEmpty: Bool { storage.count == 0 }

    /// The value for `key`, if any.
    subscript(key: String) -> Value? {
        let s = storage
        guard let i = s.index(of: key, hash: hash(key)) else { return nil }
        return s.values[i]
    }

    /// Sets the value for `key` (added at the end when new).
    mutating func set(_ value: Value, for key: String) {
        let h = hash(key)
        makeUnique()
        if let i = storage.index(of: key, hash: h) {
            storage.values[i] = value
        } else {
            append(key, value, hash: h)
        }
    }

    /// Adds `key` unless it is there; returns the value already there (unchanged) if it was.
    /// One probe where "look up, then set" takes two.
    mutating func insertIfAbsent(_ value: Value, for key: String) -> Value? {
        let h = hash(key)
        if let i = storage.index(of: key, hash: h) { return storage.values[i] }
        makeUnique()
        append(key, value, hash: h)
        return nil
    }

    /// Makes room for `n` keys without rehashing.
    mutating func reserveCapacity(_ n: Int) {
        guard n > storage.capacity else { return }
        storage = storage.copy(capacity: n, slotCount: max(storage.slotCount, Self.slotCount(for: n)), hash: hash)
    }

    // MARK: internals

    /// Slots for `n` keys at a load of at most one half.
    private static func slotCount(for n: Int) -> Int {
        var size = 16
        while size < n.multipliedReportingOverflow(by: 2).partialValue, size < 1 << 40 { size <<= 1 }
        return size
    }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&storage) {
            storage = storage.copy(capacity: storage.capacity, slotCount: storage.slotCount, hash: hash)
        }
    }

    /// Adds a key known to be absent (the storage is unique).
    private mutating func append(_ key: String, _ value: Value, hash h: UInt64) {
        let n = storage.count + 1
        if n > storage.capacity || n * 2 > storage.slotCount {
            let capacity = max(n, storage.capacity * 2, 8)
            storage = storage.copy(
                capacity: capacity, slotCount: max(storage.slotCount, Self.slotCount(for: capacity)), hash: hash)
        }
        storage.append(key, value, hash: h)
    }

    /// The entries: keys and values in insertion order and the open-addressing slots (0 is
    /// empty; otherwise the key's hash in the high 32 bits and its index + 1 in the low 32).
    private final class Storage {
        let keys: UnsafeMutablePointer<String>
        let values: UnsafeMutablePointer<Value>
        let slots: UnsafeMutablePointer<UInt64>
        let capacity: Int
        let slotCount: Int
        var count = 0

        init(capacity: Int, slotCount: Int) {
            self.capacity = capacity
            self.slotCount = slotCount
            keys = .allocate(capacity: max(capacity, 1))
            values = .allocate(capacity: max(capacity, 1))
            slots = .allocate(capacity: max(slotCount, 1))
            slots.initialize(repeating: 0, count: max(slotCount, 1))
        }

        deinit {
            keys.deinitialize(count: count)
            values.deinitialize(count: count)
            keys.deallocate()
            values.deallocate()
            slots.deallocate()
        }

        /// A copy with room for `capacity` entries and `slotCount` slots (a power of two).
        func copy(capacity: Int, slotCount: Int, hash: (String) -> UInt64) -> Storage {
            let new = Storage(capacity: max(capacity, count), slotCount: slotCount)
            new.keys.initialize(from: keys, count: count)
            new.values.initialize(from: values, count: count)
            new.count = count
            if slotCount == self.slotCount {
                new.slots.update(from: slots, count: max(slotCount, 1))
            } else {
                for i in 0..<count { new.place(hash(keys[i]), index: i) }
            }
            return new
        }

        func index(of key: String, hash h: UInt64) -> Int? {
            guard slotCount > 0 else { return nil }
            let tag = h >> 32
            let mask = slotCount - 1
            var s = Int(truncatingIfNeeded: h) & mask
            while true {
                let slot = slots[s]
                if slot == 0 { return nil }
                if slot >> 32 == tag {
                    let i = Int(truncatingIfNeeded: slot & 0xFFFF_FFFF) - 1
                    if keys[i] == key { return i }
                }
                s = (s + 1) & mask
            }
        }

        /// Adds an absent key; there is room for it and the load stays at most one half.
        func append(_ key: String, _ value: Value, hash h: UInt64) {
            (keys + count).initialize(to: key)
            (values + count).initialize(to: value)
            place(h, index: count)
            count += 1
        }

        func place(_ h: UInt64, index: Int) {
            let mask = slotCount - 1
            var s = Int(truncatingIfNeeded: h) & mask
            while slots[s] != 0 { s = (s + 1) & mask }
            slots[s] = (h >> 32) << 32 | UInt64(truncatingIfNeeded: index + 1)
        }
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
        let n = raw.count
        var h = seed ^ (UInt64(truncatingIfNeeded: n) &* 0x9E37_79B9_7F4A_7C15)
        // Every byte is read, without a loop over the last few: whole words, then the last
        // (overlapping) word; under 8 bytes two overlapping 4-byte reads, or three bytes for
        // 1–3. With the length in the seed, equal-length keys map to distinct inputs.
        let tail: UInt64
        if n >= 8 {
            var offset = 0
            while offset + 8 <= n {
                h = (h ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
                h ^= h >> 31
                offset += 8
            }
            tail = offset < n ? raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) : 0
        } else if n >= 4 {
            let a = UInt64(raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
            let b = UInt64(raw.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self))
            tail = a << 32 | b
        } else if n > 0 {
            tail = UInt64(raw[0]) << 16 | UInt64(raw[n >> 1]) << 8 | UInt64(raw[n - 1])
        } else {
            tail = 0
        }
        h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
        h ^= h >> 29
        h = h &* 0xBF58_476D_1CE4_E5B9
        return h ^ (h >> 32)
    }
}

extension StringTable: @unchecked Sendable where Value: Sendable {}
