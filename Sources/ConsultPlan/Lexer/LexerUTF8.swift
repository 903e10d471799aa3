// UTF-8 decoding straight from the byte array, and the character classes the
// scanners test (identifier start/continue, digits), without building Strings.

extension LexerState {
    /// Returned in place of a scalar for a byte that does not start valid UTF-8.
    static let invalidScalar: UInt32 = 0x11_0000
    /// Returned past the end of the file.
    static let endScalar: UInt32 = 0x11_0001

    /// The scalar at byte `i` and its length in bytes; `invalidScalar` with
    /// length 1 for a bad byte, `endScalar` with length 0 at the end.
    @inline(__always)
    func scalar(at i: Int) -> (value: UInt32, length: Int) {
        guard i < count else { return (LexerState.endScalar, 0) }
        let b = bytes[i]
        if b < 0x80 { return (UInt32(b), 1) }
        return decodeMultibyte(at: i)
    }

    /// Like ``scalar(at:)`` but with full-width punctuation and digits mapped
    /// to ASCII (LANGUAGE.md 2.8); the length stays the source length.
    @inline(__always)
    func mappedScalar(at i: Int) -> (value: UInt32, length: Int) {
        let s = scalar(at: i)
        if s.value < 0x80 { return s }
        if let ascii = FullwidthMap.ascii(for: s.value) { return (UInt32(ascii), s.length) }
        return s
    }

    /// Strict UTF-8 (RFC 3629): no overlong forms, no surrogates, nothing above U+10FFFF.
    private func decodeMultibyte(at i: Int) -> (value: UInt32, length: Int) {
        let bad = (LexerState.invalidScalar, 1)
        let b0 = UInt32(bytes[i])
        let length: Int
        var lo: UInt8 = 0x80
        var hi: UInt8 = 0xBF
        switch b0 {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; hi = 0x9F
        case 0xF0: length = 4; lo = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; hi = 0x8F
        default: return bad
        }
        guard i + length <= count else { return bad }
        let b1 = bytes[i + 1]
        guard b1 >= lo, b1 <= hi else { return bad }
        var v = (b0 & (length == 2 ? 0x1F : (length == 3 ? 0x0F : 0x07))) << 6 | UInt32(b1 & 0x3F)
        var k = 2
        while k < length {
            let b = bytes[i + k]
            guard b & 0xC0 == 0x80 else { return bad }
            v = v << 6 | UInt32(b & 0x3F)
            k += 1
        }
        return (v, length)
    }

    /// Whether `v` is an ASCII digit.
    @inline(__always)
    static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }

    /// Whether `v` is an ASCII letter.
    @inline(__always)
    static func isASCIILetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }

    /// XID_Start or `_` (LANGUAGE.md 2.2).
    static func isIdentifierStart(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIILetter(v) || v == 0x5F }
        if v >= 0x4E00 && v <= 0x9FFF { return true }  // CJK Unified Ideographs, the common case
        guard v < invalidScalar, let s = Unicode.Scalar(v) else { return false }
        return s.properties.isXIDStart
    }

    /// XID_Continue (which includes `_`, digits and U+00B7 MIDDLE DOT).
    static func isIdentifierContinue(_ v: UInt32) -> Bool {
        if v < 0x80 { return isASCIILetter(v) || isDigit(v) || v == 0x5F }
        if v >= 0x4E00 && v <= 0x9FFF { return true }
        guard v < invalidScalar, let s = Unicode.Scalar(v) else { return false }
        return s.properties.isXIDContinue
    }

    /// The end of the run of identifier characters (full-width digits included) starting at `i`.
    func identifierEnd(from i: Int) -> Int {
        var j = i
        while j < count {
            let b = bytes[j]
            if b < 0x80 {
                let v = UInt32(b)
                if LexerState.isASCIILetter(v) || LexerState.isDigit(v) || b == 0x5F {
                    j += 1
                    continue
                }
                break
            }
            let (v, length) = mappedScalar(at: j)
            guard LexerState.isIdentifierContinue(v) else { break }
            j += length
        }
        return j
    }

    /// The text of `start..<end` with full-width characters mapped to ASCII.
    /// Builds one String; the common case (nothing to map) copies the bytes once.
    func tokenText(_ start: Int, _ end: Int) -> String {
        var needsMapping = false
        var i = start
        while i < end {
            if bytes[i] == 0xE3 || bytes[i] == 0xEF {
                needsMapping = true
                break
            }
            i += 1
        }
        guard needsMapping else { return string(start, end) }
        var mapped: [UInt8] = []
        mapped.reserveCapacity(end - start)
        i = start
        while i < end {
            let (v, length) = scalar(at: i)
            if v < LexerState.invalidScalar, let ascii = FullwidthMap.ascii(for: v) {
                mapped.append(ascii)
                i += length
            } else {
                mapped.append(bytes[i])
                i += 1
            }
        }
        return String(decoding: mapped, as: UTF8.self)
    }

    /// The source text of `start..<end`, invalid UTF-8 shown as U+FFFD.
    func sourceText(_ start: Int, _ end: Int) -> String {
        string(max(0, start), min(end, count))
    }

    /// The bytes `start..<end` as a String (invalid UTF-8 repaired), read through a
    /// buffer pointer: an `ArraySlice` would retain and release the file's bytes per token.
    @inline(__always)
    func string(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        return bytes.withUnsafeBufferPointer { all in
            String(decoding: UnsafeBufferPointer(rebasing: all[start..<end]), as: UTF8.self)
        }
    }
}
