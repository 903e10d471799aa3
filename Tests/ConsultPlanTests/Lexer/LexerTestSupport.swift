// Helpers for the lexer tests: lexing text or bytes, compact token dumps, and
// marker-based positions (`1️⃣` in the source marks where a diagnostic must point).
import Testing
@testable import ConsultPlan

/// Lexes text as file 0.
func lex(_ text: String, limits: Limits = Limits()) -> TokenStream {
    Lexer.tokenize(SourceFile(name: "test.cplan", text: text), id: FileID(0), limits: limits)
}

/// Lexes raw bytes as file 0.
func lex(bytes: [UInt8], limits: Limits = Limits()) -> TokenStream {
    Lexer.tokenize(SourceFile(name: "test.cplan", bytes: bytes), id: FileID(0), limits: limits)
}

/// The kinds of the tokens, without the final `endOfFile`.
func kinds(_ stream: TokenStream) -> [TokenKind] {
    stream.tokens.dropLast().map(\.kind)
}

/// The tokens without the final `endOfFile`.
func tokens(_ text: String) -> [Token] {
    Array(lex(text).tokens.dropLast())
}

/// The diagnostic codes, in order.
func codes(_ stream: TokenStream) -> [String] {
    stream.diagnostics.map(\.code.id)
}

/// A compact, readable dump of one token: `kind text [value]`.
func dump(_ t: Token) -> String {
    var s: String
    switch t.kind {
    case .identifier: s = "ident"
    case .interpolatedIdentifier: s = "interpIdent"
    case .reserved(let w): s = "reserved(\(w.rawValue))"
    case .integer: s = "int"
    case .decimal: s = "decimal"
    case .percent: s = "percent"
    case .string: s = "string"
    case .day: s = "day"
    case .month: s = "month"
    case .quarter: s = "quarter"
    case .time: s = "time"
    case .duration: s = "duration"
    case .punctuation: s = "punct"
    case .newline: return "newline"
    case .invalid: s = "invalid"
    case .endOfFile: return "eof"
    }
    s += " " + t.text
    switch t.value {
    case .none: break
    case .integer(let n): s += " =\(n)"
    case .decimal(let d): s += " =\(d)"
    case .percent(let d): s += " =\(d)%"
    case .pieces(let pieces): s += " =" + dumpPieces(pieces)
    case .day(let d): s += " =\(d)"
    case .month(let m): s += " =\(m)"
    case .quarter(let q): s += " =\(q)"
    case .time(let t): s += " =\(t)"
    case .duration(let d): s += " =\(d.amount) \(d.unit.rawValue)"
    }
    return s
}

/// Pieces as `["text", \(tokens…)]`.
func dumpPieces(_ pieces: [StringPiece]) -> String {
    "[" + pieces.map { p -> String in
        switch p {
        case .text(let t): return "\"\(t)\""
        case .interpolation(let tokens, _): return "\\(" + tokens.map(dump).joined(separator: "; ") + ")"
        }
    }.joined(separator: ", ") + "]"
}

/// Dumps of every token but `endOfFile`.
func dumps(_ text: String) -> [String] {
    tokens(text).map(dump)
}

/// The source with every `1️⃣` removed, and the byte offsets where they stood.
func unmark(_ marked: String) -> (text: String, offsets: [Int]) {
    let marker = Array("1️⃣".utf8)
    var bytes: [UInt8] = []
    var offsets: [Int] = []
    let input = Array(marked.utf8)
    var i = 0
    while i < input.count {
        if input[i...].starts(with: marker) {
            offsets.append(bytes.count)
            i += marker.count
        } else {
            bytes.append(input[i])
            i += 1
        }
    }
    return (String(decoding: bytes, as: UTF8.self), offsets)
}

/// Checks that lexing `marked` gives a diagnostic `code` starting exactly at the
/// marker, and returns it (with its line and column) for further checks.
@discardableResult
func expectDiagnostic(
    _ code: String, at marked: String, limits: Limits = Limits(),
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> (diagnostic: Diagnostic, line: Int, column: Int)? {
    let (text, offsets) = unmark(marked)
    var map = SourceMap()
    let id = map.add(SourceFile(name: "test.cplan", text: text))
    let stream = Lexer.tokenize(map[id], id: id, limits: limits)
    guard let offset = offsets.first else {
        Issue.record("no marker in the source", sourceLocation: sourceLocation)
        return nil
    }
    guard let d = stream.diagnostics.first(where: { $0.code.id == code }) else {
        Issue.record("no \(code) in \(codes(stream)) for \(text.debugDescription)", sourceLocation: sourceLocation)
        return nil
    }
    let expected = map.location(of: .point(id, offset))
    let actual = map.location(of: d.span)
    #expect(d.span.start == offset, "\(code) at \(actual.line):\(actual.column), marker at \(expected.line):\(expected.column)",
            sourceLocation: sourceLocation)
    return (d, actual.line, actual.column)
}
