// Expressions printed from the tree with single spaces around operators and
// the author's spelling of word operators (`且`/`and`), read back from the tokens.

extension LayoutPrinter {
    /// An expression on one line.
    func expression(_ e: Expression) -> String {
        switch e.kind {
        case .integer, .decimal, .percent, .day, .month, .quarter, .time, .duration:
            return normalizedSource(e.span)
        case .boolean(let b):
            return b ? "true" : "false"
        case .string(let lit):
            return stringLiteral(lit, span: e.span)
        case .name(let n):
            return n
        case .all, .it:
            return tokens.token(startingAt: e.span.start)?.text ?? (e.kind == .all ? "all" : "it")
        case .list(let items):
            let inner = items.map { expression($0) }.joined(separator: ", ")
            return file.bytes.indices.contains(e.span.start) && file.bytes[e.span.start] == UInt8(ascii: "[")
                || isFullwidthBracket(at: e.span.start) ? "[" + inner + "]" : inner
        case .parenthesized(let inner):
            return "(" + expression(inner) + ")"
        case .unary(let op, let x):
            switch op {
            case .negate: return "-" + expression(x)
            case .not: return (tokens.token(startingAt: e.span.start)?.text ?? "not") + " " + expression(x)
            }
        case .binary(let op, let l, let r):
            return expression(l) + " " + operatorSpelling(op, between: l.span.end, and: r.span.start) + " " + expression(r)
        case .range(let a, let b):
            let tight = isTightRangeOperand(a) && isTightRangeOperand(b)
            return expression(a) + (tight ? ".." : " .. ") + expression(b)
        case .field(let base, let word):
            return expression(base) + "." + word.text
        case .occurrence(let base, let n):
            // After a base ending in a digit (`x.25`, `3`), `.2` must keep a space: `x.25.2`
            // would lex as the decimal `25.2` and no longer parse (found by FuzzFormat).
            let printed = expression(base)
            let afterDigit = printed.last.map { $0.isASCII && $0.isNumber } ?? false
            return printed + (afterDigit ? " ." : ".") + String(n)
        case .call(let name, let args):
            return name.text + "(" + args.map { expression($0) }.joined(separator: ", ") + ")"
        case .query(let collection, let condition):
            let word = tokens.first(from: collection.span.end, to: condition.span.start) { $0.is(.where) }?.text ?? "where"
            return expression(collection) + " " + word + " " + expression(condition)
        case .missing:
            return ""
        }
    }

    private func isFullwidthBracket(at offset: Int) -> Bool {
        // `【` is E3 80 90 in UTF-8.
        let b = file.bytes
        return offset + 2 < b.count && b[offset] == 0xE3 && b[offset + 1] == 0x80 && b[offset + 2] == 0x90
    }

    /// Times and integers read best as `09:00..12:00` and `1..5`; days as `a .. b`.
    private func isTightRangeOperand(_ e: Expression) -> Bool {
        switch e.kind {
        case .time, .integer: true
        default: false
        }
    }

    /// The spelling of an operator: the token between the operands (word
    /// operators keep the author's language; symbols print as ASCII).
    func operatorSpelling(_ op: BinaryOperator, between start: Int, and end: Int) -> String {
        switch op {
        case .and, .or, .in:
            let word: ReservedWord = op == .and ? .and : (op == .or ? .or : .in)
            return tokens.first(from: start, to: end) { $0.is(word) }?.text ?? op.rawValue
        default:
            return op.rawValue
        }
    }

    /// A string literal: ASCII-quoted ones as written (escapes kept), `“…”` ones
    /// rewritten with ASCII quotes from their decoded pieces.
    func stringLiteral(_ lit: StringLiteral, span: Span) -> String {
        if file.bytes.indices.contains(span.start), file.bytes[span.start] == UInt8(ascii: "\"") {
            return file.text(span)
        }
        var out = "\""
        for seg in lit.segments {
            switch seg {
            case .text(let t): out += LayoutPrinter.escape(t)
            case .interpolation(let e): out += "\\(" + expression(e) + ")"
            }
        }
        return out + "\""
    }

    /// Escapes text for a `"…"` literal.
    static func escape(_ text: String) -> String {
        var out = ""
        for s in text.unicodeScalars {
            switch s {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\0": out += "\\0"
            default:
                if s.value < 0x20 || s.value == 0x7F {
                    out += "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(s)
                }
            }
        }
        return out
    }

    /// Source text with full-width characters mapped to ASCII (LANGUAGE.md 2.8)
    /// and runs of blanks folded to one space.
    func normalizedSource(_ span: Span) -> String {
        var out = ""
        var pendingSpace = false
        for s in file.text(span).unicodeScalars {
            let mapped = LayoutPrinter.asciiForFullwidth(s)
            if mapped == " " || mapped == "\t" || mapped == "\n" || mapped == "\r" {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out += " "
                pendingSpace = false
            }
            out.unicodeScalars.append(mapped)
        }
        return out
    }

    /// The ASCII counterpart of a full-width character from the table in 2.8.
    static func asciiForFullwidth(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0xFF0C, 0x3001: return ","
        case 0xFF1A: return ":"
        case 0xFF1B: return ";"
        case 0xFF08: return "("
        case 0xFF09: return ")"
        case 0x3010: return "["
        case 0x3011: return "]"
        case 0xFF5B: return "{"
        case 0xFF5D: return "}"
        case 0xFF1D: return "="
        case 0xFF01: return "!"
        case 0xFF1C: return "<"
        case 0xFF1E: return ">"
        case 0xFF05: return "%"
        case 0xFF0E: return "."
        case 0xFF0D: return "-"
        case 0x3000: return " "
        case 0xFF10...0xFF19: return Unicode.Scalar(s.value - 0xFF10 + 0x30) ?? s
        default: return s
        }
    }
}
