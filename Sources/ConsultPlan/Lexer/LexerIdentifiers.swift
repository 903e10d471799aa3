// Identifiers (LANGUAGE.md 2.2): a whole XID run is one token, reserved only
// when the whole run is a reserved word; `\(…)` glued to it makes an interpolated ID.

extension LexerState {
    /// The longest reserved spelling in bytes (`template`, `require`, `include`);
    /// longer runs skip the table lookup.
    private static let longestReservedSpelling = ReservedWord.bySpelling.keys.map(\.utf8.count).max() ?? 0

    /// The ASCII reserved word whose bytes, packed into a `UInt64` (first byte
    /// highest), are `key`: a word is recognised without building and hashing a
    /// String (identifiers are a third of a plan's tokens). All are at most 8 bytes;
    /// `asciiReservedKeysMatch` in the tests checks the constants against the spellings.
    static func asciiReserved(packed key: UInt64) -> ReservedWord? {
        switch key {
        case 0x6C6574: .`let`
        case 0x666F72: .`for`
        case 0x696E: .`in`
        case 0x6966: .`if`
        case 0x656C7365: .`else`
        case 0x74656D706C617465: .template
        case 0x757365: .use
        case 0x72657175697265: .require
        case 0x7761726E: .warn
        case 0x696E636C756465: .include
        case 0x7768657265: .`where`
        case 0x616E64: .and
        case 0x6F72: .or
        case 0x6E6F74: .not
        case 0x616C6C: .all
        case 0x6974: .it
        case 0x74727565: .`true`
        case 0x66616C7365: .`false`
        default: nil
        }
    }

    /// An identifier, a reserved word, or an interpolated identifier (`topic_\(i)`).
    mutating func lexIdentifier() {
        if lexASCIIIdentifier() { return }
        let start = pos
        var segmentStart = pos
        var pieces: [StringPiece] = []
        var interpolated = false
        while true {
            pos = identifierEnd(from: pos)
            guard pos + 1 < count, bytes[pos] == 0x5C, bytes[pos + 1] == 0x28 else { break }
            if pos > segmentStart {
                recordFullwidth(segmentStart, pos)
                pieces.append(.text(tokenText(segmentStart, pos)))
            }
            let open = pos
            pos += 2
            let (tokens, closed) = lexInterpolation(allowLineEnds: false)
            pieces.append(.interpolation(tokens, span(open, pos)))
            interpolated = true
            segmentStart = pos
            if !closed {
                diagnose(
                    LexerCode.unterminatedInterpolation,
                    "unterminated interpolation: the line ends before the `)` that closes this `\\(`",
                    open, open + 2,
                    help: "close it with `)`, like `topic_\\(i)`")
                break
            }
        }
        if interpolated {
            if pos > segmentStart {
                recordFullwidth(segmentStart, pos)
                pieces.append(.text(tokenText(segmentStart, pos)))
            }
            emit(.interpolatedIdentifier, start, pos, text: sourceText(start, pos), value: .pieces(pieces))
            return
        }
        recordFullwidth(start, pos)
        let text = tokenText(start, pos)
        if pos - start <= LexerState.longestReservedSpelling, let word = ReservedWord.bySpelling[text] {
            emit(.reserved(word), start, pos, text: text)
        } else {
            emit(.identifier, start, pos, text: text)
        }
    }
}

extension LexerState {
    /// Whether `b` is an ASCII letter, digit or `_`: `b | 0x20` folds upper case onto
    /// lower case (it maps no other byte into `a`…`z`).
    @inline(__always)
    static func isASCIIIdentifierByte(_ b: UInt8) -> Bool {
        (b | 0x20) &- 0x61 < 26 || b &- 0x30 < 10 || b == 0x5F
    }

    /// The fast path for the common identifier: ASCII letters, digits and `_` only,
    /// ended by an ASCII byte other than `\`. Nothing to map from full-width, no
    /// interpolation, and reserved words are found by comparing packed bytes.
    /// Returns false (having consumed nothing) for anything else.
    @inline(__always)
    private mutating func lexASCIIIdentifier() -> Bool {
        let start = pos
        var end = pos
        // The first 8 bytes packed into `key`, the next 8 into `key2` (first byte highest):
        // no byte is 0, so the pair names an identifier of up to 16 bytes exactly.
        // Three loops, one per part, instead of a test of the length at every byte.
        var key: UInt64 = 0
        var key2: UInt64 = 0
        var b: UInt8 = 0
        var stopped = false
        // Through a buffer pointer: no bounds check per byte (`end < count` already holds).
        bytes.withUnsafeBufferPointer { all in
            let end8 = min(count, start + 8)
            while end < end8 {
                b = all[end]
                guard LexerState.isASCIIIdentifierByte(b) else { stopped = true; return }
                key = key &<< 8 | UInt64(b)
                end += 1
            }
            let end16 = min(count, start + 16)
            while end < end16 {
                b = all[end]
                guard LexerState.isASCIIIdentifierByte(b) else { stopped = true; return }
                key2 = key2 &<< 8 | UInt64(b)
                end += 1
            }
            while end < count {
                b = all[end]
                guard LexerState.isASCIIIdentifierByte(b) else { stopped = true; return }
                end += 1
            }
        }
        // A non-ASCII byte may continue the identifier (`界别1`), `\(` may glue an interpolation.
        if stopped && (b >= 0x80 || b == 0x5C) { return false }
        // The first byte is an ASCII letter or `_` (the caller checked), so `end > start`.
        pos = end
        let text: String
        if end - start <= 16 {
            text = cachedIdentifier(start, end, key, key2)
        } else {
            text = string(start, end)
        }
        if end - start <= 8 {
            if let word = LexerState.asciiReserved(packed: key) {
                emit(.reserved(word), start, end, text: text)
                return true
            }
        }
        emit(.identifier, start, end, text: text)
        return true
    }
}

/// A direct-mapped cache of ASCII identifier texts by their packed bytes: bounded
/// (a fixed number of slots, a newer word replaces an older one), so it never grows
/// with the plan, and a miss costs only what building the String costs anyway.
struct IdentifierCache {
    struct Entry {
        var key: UInt64 = 0
        var key2: UInt64 = 0
        var text = ""
    }
    /// 1,024 slots: the keywords and the recurring names of a plan fit with room to spare.
    static let slotCount = 1024
    /// Empty until the first identifier, so a lexer that never meets one allocates nothing.
    var entries: [Entry] = []
}

extension LexerState {
    /// The String of the ASCII identifier `start..<end` (at most 16 bytes, packed into
    /// `key` and `key2` by `lexASCIIIdentifier`), from the cache when it was met recently.
    @inline(__always)
    mutating func cachedIdentifier(_ start: Int, _ end: Int, _ key: UInt64, _ key2: UInt64) -> String {
        if identifierCache.entries.isEmpty {
            identifierCache.entries = Array(repeating: IdentifierCache.Entry(), count: IdentifierCache.slotCount)
        }
        let mixed = (key ^ (key2 &* 0xC2B2_AE3D_27D4_EB4F)) &* 0x9E37_79B9_7F4A_7C15
        let slot = Int(truncatingIfNeeded: mixed >> 54) & (IdentifierCache.slotCount - 1)
        // `key` is never 0 for a real identifier, so an empty slot never matches.
        let hit: String? = identifierCache.entries.withUnsafeBufferPointer { slots in
            slots[slot].key == key && slots[slot].key2 == key2 ? slots[slot].text : nil
        }
        if let hit { return hit }
        let text = string(start, end)
        identifierCache.entries[slot] = IdentifierCache.Entry(key: key, key2: key2, text: text)
        return text
    }
}

extension LexerState {
    /// ``tokenText(_:_:)`` through the identifier cache when the text is short and
    /// ASCII (dates, times, numbers, units: a plan repeats them too, ≈ 90,000 texts per
    /// 10,000 meetings). Bytes 1…127 only, so the packed keys name the text exactly;
    /// nothing ASCII maps from full-width, so the text is the bytes themselves.
    mutating func cachedText(_ start: Int, _ end: Int) -> String {
        guard end > start, end - start <= 16 else { return tokenText(start, end) }
        var key: UInt64 = 0
        var key2: UInt64 = 0
        let packed: Bool = bytes.withUnsafeBufferPointer { all in
            var i = start
            let end8 = min(end, start + 8)
            while i < end8 {
                let b = all[i]
                // 1…127: `b &- 1` wraps 0 to 255.
                guard b &- 1 < 0x7F else { return false }
                key = key &<< 8 | UInt64(b)
                i += 1
            }
            while i < end {
                let b = all[i]
                guard b &- 1 < 0x7F else { return false }
                key2 = key2 &<< 8 | UInt64(b)
                i += 1
            }
            return true
        }
        guard packed else { return tokenText(start, end) }
        return cachedIdentifier(start, end, key, key2)
    }
}
