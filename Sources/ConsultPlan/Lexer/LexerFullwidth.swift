// Full-width punctuation (LANGUAGE.md 2.8): the character map, and the
// grouping of mapped characters into runs that each get one `fullwidth` warning.

/// The characters a Chinese input method types in place of ASCII punctuation and digits.
enum FullwidthMap {
    /// The ASCII character `v` is read as, or nil when it is not in the table.
    /// `“` and `”` are not here: they delimit strings (LexerStrings.swift).
    @inline(__always)
    static func ascii(for v: UInt32) -> UInt8? {
        guard v >= 0x3000 else { return nil }
        switch v {
        case 0x3000: return 0x20  // ideographic space
        case 0xFF0C, 0x3001: return 0x2C  // ， 、
        case 0xFF1A: return 0x3A  // ：
        case 0xFF1B: return 0x3B  // ；
        case 0xFF08: return 0x28  // （
        case 0xFF09: return 0x29  // ）
        case 0x3010: return 0x5B  // 【
        case 0x3011: return 0x5D  // 】
        case 0xFF5B: return 0x7B  // ｛
        case 0xFF5D: return 0x7D  // ｝
        case 0xFF1D: return 0x3D  // ＝
        case 0xFF01: return 0x21  // ！
        case 0xFF1C: return 0x3C  // ＜
        case 0xFF1E: return 0x3E  // ＞
        case 0xFF05: return 0x25  // ％
        case 0xFF0E: return 0x2E  // ．
        case 0xFF0D: return 0x2D  // －
        case 0xFF10...0xFF19: return UInt8(v - 0xFF10 + 0x30)  // ０–９
        default: return nil
        }
    }
}

/// Full-width characters found at one place: a mapped character, or a whole
/// `“…”` string (its quotes and any `"` inside it need rewriting).
struct FullwidthEntry {
    /// First byte.
    var start: Int
    /// One past the last byte.
    var end: Int
    /// The ASCII rewrite.
    var fixIts: [FixIt]
}

extension LexerState {
    /// Records every mapped character in `start..<end` (code outside strings and comments).
    mutating func recordFullwidth(_ start: Int, _ end: Int) {
        var i = start
        while i < end {
            let b = bytes[i]
            // Every mapped character is U+3000…U+3011 (lead byte E3) or U+FFxx (lead byte EF).
            guard b == 0xE3 || b == 0xEF else {
                i += 1
                continue
            }
            let (v, length) = scalar(at: i)
            if let ascii = FullwidthMap.ascii(for: v) {
                let fix = FixIt(span: span(i, i + length), replacement: String(UnicodeScalar(ascii)))
                fullwidth.append(FullwidthEntry(start: i, end: i + length, fixIts: [fix]))
            }
            i += max(length, 1)
        }
    }

    /// Turns the recorded entries into one warning per run of adjacent (or
    /// overlapping) entries, each with the fix-its that rewrite the run in ASCII.
    mutating func reportFullwidthRuns() {
        guard !fullwidth.isEmpty else { return }
        let entries = fullwidth.sorted { $0.start < $1.start }
        var runs: [FullwidthEntry] = []
        for e in entries {
            // Index, not `runs.last`: a copy of the last run would make every append copy its fix-its.
            if !runs.isEmpty, e.start <= runs[runs.count - 1].end {
                runs[runs.count - 1].end = max(runs[runs.count - 1].end, e.end)
                runs[runs.count - 1].fixIts += e.fixIts
            } else {
                runs.append(e)
            }
        }
        for run in runs {
            let fixIts = LexerState.mergedFixIts(run.fixIts)
            let original = sourceText(run.start, run.end)
            let message: String
            if run.end - run.start <= 60 {
                let ascii = applying(fixIts, to: run.start, run.end)
                message = "full-width `\(original)` is read as `\(ascii)`"
            } else {
                message = "full-width punctuation is read as its ASCII equivalent"
            }
            diagnose(
                LexerCode.fullwidth, message, run.start, run.end,
                help: "type ASCII (half-width) punctuation and digits; `cplan fmt` rewrites them",
                fixIts: fixIts)
        }
    }

    /// Sorted, without duplicates, and adjacent edits joined into one (built in
    /// place: a run of a million full-width commas stays linear).
    private static func mergedFixIts(_ fixIts: [FixIt]) -> [FixIt] {
        var seen = Set<Int>()
        var merged: [FixIt] = []
        var pending: (span: Span, replacement: String)?
        for f in fixIts.sorted(by: { $0.span.start < $1.span.start }) where seen.insert(f.span.start).inserted {
            if var p = pending, p.span.end == f.span.start {
                p.span = p.span.merged(with: f.span)
                pending = nil  // keep the string uniquely referenced while appending
                p.replacement += f.replacement
                pending = p
            } else {
                if let p = pending { merged.append(FixIt(span: p.span, replacement: p.replacement)) }
                pending = (f.span, f.replacement)
            }
        }
        if let p = pending { merged.append(FixIt(span: p.span, replacement: p.replacement)) }
        return merged
    }

    /// The text of `start..<end` with the fix-its applied.
    private func applying(_ fixIts: [FixIt], to start: Int, _ end: Int) -> String {
        var out = ""
        var i = start
        for f in fixIts where f.span.start >= i && f.span.end <= end {
            out += sourceText(i, f.span.start)
            out += f.replacement
            i = f.span.end
        }
        out += sourceText(i, end)
        return out
    }
}
