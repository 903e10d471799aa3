// String literals: escapes, interpolation, multi-line strings with Swift's
// indentation rule, curly quotes, and unterminated strings reported at the opening quote.
import Testing
@testable import ConsultPlan

/// The pieces of the first token.
private func pieces(_ text: String) -> [StringPiece] {
    guard case .pieces(let p)? = lex(text).tokens.first?.value else { return [] }
    return p
}

@Suite struct LexerStringTests {
    @Test func plainStringHasOneTextPiece() {
        #expect(pieces("\"南宁市政协\"") == [.text("南宁市政协")])
        #expect(pieces("\"\"") == [.text("")])
        #expect(tokens("\"a\" \"b\"").count == 2)
    }

    @Test func escapes() {
        #expect(pieces(#""q\"b\\n\n t\t r\r z\0 \u{4E2D}\u{1F600}\u{41}""#) == [
            .text("q\"b\\n\n t\t r\r z\u{0} 中😀A")
        ])
        #expect(codes(lex(#""\u{4E2D}""#)).isEmpty)
    }

    @Test func unknownEscapeIsReportedAtTheEscape() {
        let r = expectDiagnostic("CP0104", at: #"include "plans1️⃣\2025.cplan""#)
        #expect(r?.diagnostic.message == "unknown escape sequence: `\\2`")
        #expect(r?.diagnostic.span.length == 2)
        // The string still ends at its closing quote.
        #expect(kinds(lex(#"include "a\qb" x"#)) == [.reserved(.include), .string, .identifier])
    }

    @Test func invalidUnicodeEscapes() {
        #expect(codes(lex(#""\u{D800}""#)) == ["CP0105"])
        #expect(codes(lex(#""\u{110000}""#)) == ["CP0105"])
        #expect(codes(lex(#""\u{}""#)) == ["CP0105"])
        #expect(codes(lex(#""\u{123456789}""#)) == ["CP0105"])
        #expect(codes(lex(#""\u4E2D""#)) == ["CP0105"])
        #expect(codes(lex(#""\u{4E2D""#)) == ["CP0105"])
    }

    @Test func interpolation() {
        let p = pieces(#""第\(n)次 \(m.title)""#)
        #expect(dumpPieces(p) == #"["第", \(ident n), "次 ", \(ident m; punct .; ident title)]"#)
        guard case .interpolation(_, let span) = p[1] else { return }
        #expect(span.start == 4 && span.end == 8)
    }

    @Test func interpolationBalancesParenthesesAndNestsStrings() {
        let p = pieces(#""x\(count(a) + f("y\(z)"))w""#)
        #expect(dumpPieces(p) == #"["x", \(ident count; punct (; ident a; punct ); punct +; ident f; punct (; string "y\(z)" =["y", \(ident z)]; punct )), "w"]"#)
    }

    @Test func rawLineBreakIsReportedAtTheOpeningQuote() {
        let r = expectDiagnostic("CP0103", at: "committee econ 1️⃣\"经济委员会\ncommittee social \"社会\"")
        #expect(r?.line == 1 && r?.column == 16)
        #expect(r?.diagnostic.message == "unterminated string: the line ends before the closing `\"`")
        // The string ends at the line end and lexing goes on.
        let s = lex("committee econ \"经济委员会\ncommittee social \"社会\"")
        #expect(kinds(s) == [.identifier, .identifier, .string, .newline, .identifier, .identifier, .string])
        #expect(codes(s) == ["CP0103"])
        #expect(s.tokens[2].value == .pieces([.text("经济委员会")]))
    }

    @Test func unterminatedAtEndOfFile() {
        let r = expectDiagnostic("CP0103", at: "x 1️⃣\"abc")
        #expect(r?.diagnostic.message == "unterminated string: the file ends before the closing `\"`")
        // An interpolation cut by the line end makes the string unterminated.
        #expect(codes(lex("\"a \\(b\nc")) == ["CP0103"])
    }

    @Test func multilineStringStripsTheClosingIndentation() {
        let source = "let s = \"\"\"\n    第一行\n      缩进\n\n    末行\n    \"\"\"\nx"
        let s = lex(source)
        #expect(codes(s).isEmpty)
        #expect(s.tokens[3].value == .pieces([.text("第一行\n  缩进\n\n末行")]))
        #expect(kinds(s) == [.reserved(.let), .identifier, .punctuation(.assign), .string, .newline, .identifier])
        #expect(s.tokens[5].atLineStart)
    }

    @Test func multilineStringDetails() {
        // No indentation, CRLF normalised to \n, `\` joins lines, interpolation works.
        #expect(pieces("\"\"\"\r\na\r\nb\\\nc\r\n\"\"\"") == [.text("a\nbc")])
        #expect(dumpPieces(pieces("\"\"\"\n  v=\\(x)\n  \"\"\"")) == #"["v=", \(ident x)]"#)
        #expect(pieces("\"\"\"\n\"\"\"") == [.text("")])
        // Quotes inside are text; a whitespace-only line shorter than the indentation is empty.
        #expect(pieces("\"\"\"\n    say \"hi\" \"\"\n  \n    \"\"\"") == [.text("say \"hi\" \"\"\n")])
    }

    @Test func multilineErrors() {
        expectDiagnostic("CP0107", at: "let s = \"\"\"1️⃣abc\n\"\"\"")
        expectDiagnostic("CP0107", at: "let s = \"\"\"\nabc1️⃣\"\"\"")
        let r = expectDiagnostic("CP0108", at: "let s = \"\"\"\n    a\n1️⃣  b\n    \"\"\"")
        #expect(r?.line == 3 && r?.column == 1)
        expectDiagnostic("CP0103", at: "let s = 1️⃣\"\"\"\nabc\n")
    }

    @Test func curlyQuotesMakeAStringWithOneWarning() {
        let s = lex("organization “南宁市政协”")
        #expect(kinds(s) == [.identifier, .string])
        #expect(s.tokens[1].value == .pieces([.text("南宁市政协")]))
        #expect(codes(s) == ["CP0120"])
        let d = s.diagnostics[0]
        #expect(d.severity == .warning)
        #expect(d.rule == "fullwidth")
        #expect(d.message == "full-width `“南宁市政协”` is read as `\"南宁市政协\"`")
        #expect(d.fixIts.map(\.replacement) == ["\"", "\""])
    }

    @Test func curlyStringBehavesLikeAnASCIIOne() {
        let s = lex(#"“第\(n)次 "引" \n”"#)
        #expect(dumpPieces(pieces(#"“第\(n)次 "引" \n”"#)) == "[\"第\", \\(ident n), \"次 \"引\" \n\"]")
        // Raw `"` inside a curly string is escaped by the fix-it.
        #expect(s.diagnostics.first?.fixIts.map(\.replacement) == ["\"", "\\\"", "\\\"", "\""])
        expectDiagnostic("CP0103", at: "x 1️⃣“没有结束\ny")
    }

    @Test func curlyQuotesInsideAnASCIIStringAreText() {
        let s = lex(#""他说“好”""#)
        #expect(codes(s).isEmpty)
        #expect(s.tokens[0].value == .pieces([.text("他说“好”")]))
    }

    @Test func controlCharactersAndInvalidUTF8InsideStrings() {
        var bytes = Array("\"a".utf8)
        bytes += [0x00, 0xFF]
        bytes += Array("b\"".utf8)
        let s = lex(bytes: bytes)
        #expect(codes(s) == ["CP0101", "CP0100"])
        #expect(kinds(s) == [.string])
        #expect(s.tokens[0].value == .pieces([.text("a\u{0}\u{FFFD}b")]))
        #expect(s.diagnostics[0].span.start == 2)
        #expect(s.diagnostics[1].span.start == 3)
    }

    @Test func interpolationDepthIsCapped() {
        let deep = "let s = " + String(repeating: "\"\\(", count: 20) + "1" + String(repeating: ")\"", count: 20)
        let s = lex(deep)
        #expect(codes(s) == ["CP0502"])
        #expect(kinds(s).last == .string)
    }
}
