// A small tokenizer following the Token.swift contract, used by the parser tests
// only while the real lexer (branch `lexer`) is not merged; `parse` prefers the real one.
@testable import ConsultPlan

enum InterimTokenizer {
    static let units: [String: DurationUnit] = Parser.unitSpellings

    static func tokenize(_ text: String, file: FileID, base: Int = 0) -> [Token] {
        let bytes = Array(text.utf8)
        let scalars = Array(text.unicodeScalars)
        var offsets: [Int] = []  // byte offset of each scalar
        var o = base
        for s in scalars {
            offsets.append(o)
            o += String(s).utf8.count
        }
        offsets.append(o)
        _ = bytes
        var tokens: [Token] = []
        var i = 0
        var lineStart = true
        func isIdent(_ s: Unicode.Scalar) -> Bool {
            s.properties.isXIDContinue || s == "_" || s == "·"
        }
        func span(_ a: Int, _ b: Int) -> Span { Span(file: file, start: offsets[a], end: offsets[b]) }
        func add(_ kind: TokenKind, _ a: Int, _ b: Int, _ value: TokenValue = .none, text t: String? = nil) {
            let txt = t ?? String(String.UnicodeScalarView(scalars[a..<b]))
            tokens.append(Token(kind: kind, span: span(a, b), text: txt, value: value, atLineStart: lineStart))
            lineStart = false
        }
        func digits(_ from: Int) -> Int {
            var j = from
            while j < scalars.count, scalars[j].properties.numericType != nil, scalars[j].isASCII { j += 1 }
            return j
        }
        func str(_ a: Int, _ b: Int) -> String { String(String.UnicodeScalarView(scalars[a..<b])) }
        while i < scalars.count {
            let c = scalars[i]
            if c == "\n" { lineStart = true; i += 1; continue }
            if c == " " || c == "\t" || c == "\r" { i += 1; continue }
            if c == "/" && i + 1 < scalars.count && scalars[i + 1] == "/" {
                while i < scalars.count && scalars[i] != "\n" { i += 1 }
                continue
            }
            if c == "/" && i + 1 < scalars.count && scalars[i + 1] == "*" {
                i += 2
                while i + 1 < scalars.count && !(scalars[i] == "*" && scalars[i + 1] == "/") {
                    if scalars[i] == "\n" { lineStart = true }
                    i += 1
                }
                i += 2
                continue
            }
            if c == "\"" || c == "“" {
                let close: Unicode.Scalar = c == "“" ? "”" : "\""
                let start = i
                i += 1
                var pieces: [StringPiece] = []
                var buf = ""
                while i < scalars.count && scalars[i] != close && scalars[i] != "\n" {
                    if scalars[i] == "\\" && i + 1 < scalars.count {
                        let e = scalars[i + 1]
                        if e == "(" {
                            if !buf.isEmpty { pieces.append(.text(buf)); buf = "" }
                            var depth = 1
                            var j = i + 2
                            while j < scalars.count && depth > 0 {
                                if scalars[j] == "(" { depth += 1 }
                                if scalars[j] == ")" { depth -= 1 }
                                j += 1
                            }
                            let inner = tokenize(str(i + 2, j - 1), file: file, base: offsets[i + 2]).filter { $0.kind != .endOfFile }
                            pieces.append(.interpolation(inner, span(i, j)))
                            i = j
                            continue
                        }
                        switch e {
                        case "n": buf += "\n"
                        case "t": buf += "\t"
                        default: buf.unicodeScalars.append(e)
                        }
                        i += 2
                        continue
                    }
                    buf.unicodeScalars.append(scalars[i])
                    i += 1
                }
                if !buf.isEmpty || pieces.isEmpty { pieces.append(.text(buf)) }
                if i < scalars.count && scalars[i] == close { i += 1 }
                add(.string, start, i, .pieces(pieces))
                continue
            }
            if c.isASCII && c.properties.numericType != nil {
                let start = i
                let j = digits(i)
                if j - start == 4 && j < scalars.count && scalars[j] == "-" {
                    if j + 2 < scalars.count && scalars[j + 1] == "Q" {
                        let q = Int(str(j + 2, j + 3)) ?? 1
                        i = j + 3
                        add(.quarter, start, i, .quarter(YearQuarter(year: Int(str(start, j)) ?? 0, quarter: q)!))
                        continue
                    }
                    let k = digits(j + 1)
                    if k < scalars.count && scalars[k] == "-" {
                        let m = digits(k + 1)
                        i = m
                        let d = Day(str(start, m))
                        add(d == nil ? .invalid : .day, start, i, d.map { .day($0) } ?? .none)
                        continue
                    }
                    i = k
                    add(.month, start, i, .month(YearMonth(year: Int(str(start, j)) ?? 0, month: Int(str(j + 1, k)) ?? 1)!))
                    continue
                }
                if j < scalars.count && scalars[j] == ":" {
                    let k = digits(j + 1)
                    i = k
                    let t = TimeOfDay(hour: Int(str(start, j)) ?? 0, minute: Int(str(j + 1, k)) ?? 0)
                    add(t == nil ? .invalid : .time, start, i, t.map { .time($0) } ?? .none)
                    continue
                }
                if j + 1 < scalars.count && scalars[j] == "." && scalars[j + 1].isASCII && scalars[j + 1].properties.numericType != nil {
                    let k = digits(j + 1)
                    i = k
                    add(.decimal, start, i, .decimal(ExactDecimal(parsing: Substring(str(start, k)))!))
                    continue
                }
                if j < scalars.count && scalars[j] == "%" {
                    i = j + 1
                    add(.percent, start, i, .percent(ExactDecimal(Int64(str(start, j)) ?? 0)))
                    continue
                }
                let n = Int64(str(start, j)) ?? 0
                // Duration: optional spaces, then a whole identifier run that is a unit.
                var k = j
                while k < scalars.count && scalars[k] == " " { k += 1 }
                var e = k
                while e < scalars.count && isIdent(scalars[e]) { e += 1 }
                if e > k, let unit = units[str(k, e)] {
                    i = e
                    add(.duration, start, i, .duration(Duration(n, unit, spelling: str(start, e))))
                    continue
                }
                if k == j {
                    // glued Chinese unit prefix
                    for len in stride(from: min(4, e - k), through: 1, by: -1) {
                        if let unit = units[str(k, k + len)] {
                            i = k + len
                            add(.duration, start, i, .duration(Duration(n, unit, spelling: str(start, i))))
                            break
                        }
                    }
                    if i > start { continue }
                }
                i = j
                add(.integer, start, i, .integer(n))
                continue
            }
            if isIdent(c) {
                let start = i
                var hasInterp = false
                var pieces: [StringPiece] = []
                var buf = ""
                while i < scalars.count {
                    if isIdent(scalars[i]) { buf.unicodeScalars.append(scalars[i]); i += 1; continue }
                    if scalars[i] == "\\" && i + 1 < scalars.count && scalars[i + 1] == "(" {
                        hasInterp = true
                        if !buf.isEmpty { pieces.append(.text(buf)); buf = "" }
                        var depth = 1
                        var j = i + 2
                        while j < scalars.count && depth > 0 {
                            if scalars[j] == "(" { depth += 1 }
                            if scalars[j] == ")" { depth -= 1 }
                            j += 1
                        }
                        let inner = tokenize(str(i + 2, j - 1), file: file, base: offsets[i + 2]).filter { $0.kind != .endOfFile }
                        pieces.append(.interpolation(inner, span(i, j)))
                        i = j
                        continue
                    }
                    break
                }
                if !buf.isEmpty { pieces.append(.text(buf)) }
                let word = str(start, i)
                if hasInterp {
                    add(.interpolatedIdentifier, start, i, .pieces(pieces))
                } else if let r = ReservedWord.bySpelling[word] {
                    add(.reserved(r), start, i)
                } else {
                    add(.identifier, start, i)
                }
                continue
            }
            let two = i + 1 < scalars.count ? str(i, i + 2) : ""
            if let p = Punctuation(rawValue: two), two.count == 2 {
                add(.punctuation(p), i, i + 2)
                i += 2
                continue
            }
            if let p = Punctuation(rawValue: String(c)) {
                add(.punctuation(p), i, i + 1)
                i += 1
                continue
            }
            add(.invalid, i, i + 1)
            i += 1
        }
        // Insert statement-end newlines (LANGUAGE.md 2.7).
        var result: [Token] = []
        var depth = 0
        let continuing: Set<Punctuation> = [.comma, .plus, .minus, .star, .slash, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .dotDot, .assign]
        for (n, t) in tokens.enumerated() {
            if t.atLineStart && n > 0 && depth == 0 {
                let prev = tokens[n - 1]
                var cont = false
                if case .punctuation(let p) = prev.kind, continuing.contains(p) { cont = true }
                if case .reserved(let w) = prev.kind, [.and, .or, .in, .where].contains(w) { cont = true }
                if case .reserved(let w) = t.kind, [.else, .and, .or, .where].contains(w) { cont = true }
                if !cont {
                    result.append(Token(kind: .newline, span: .point(file, prev.span.end), text: "\n"))
                }
            }
            if t.is(.leftParen) || t.is(.leftBracket) { depth += 1 }
            if (t.is(.rightParen) || t.is(.rightBracket)) && depth > 0 { depth -= 1 }
            result.append(t)
        }
        if let last = tokens.last, base == 0 {
            result.append(Token(kind: .newline, span: .point(file, last.span.end), text: "\n"))
        }
        result.append(Token(kind: .endOfFile, span: .point(file, offsets[scalars.count]), text: ""))
        return result
    }
}
