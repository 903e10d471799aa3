// Line ends and statement ends (LANGUAGE.md 2.1, 2.7): which line ends become
// `.newline` tokens, `atLineStart`, comments, the BOM, CRLF and lone CR.
import Testing
@testable import ConsultPlan

/// Token kinds as short words: names for identifiers, `⏎` for statement ends.
private func shape(_ text: String) -> String {
    tokens(text).map { t -> String in
        switch t.kind {
        case .newline: return "⏎"
        default: return t.text
        }
    }.joined(separator: " ")
}

@Suite struct LexerLineTests {
    @Test func lineEndsEndStatements() {
        #expect(shape("a\nb\n\n\nc") == "a ⏎ b ⏎ c")
        #expect(shape("\n\na\n\n") == "a")
        #expect(shape("a; b\nc") == "a ; b ⏎ c")
    }

    @Test(arguments: [",", "+", "-", "*", "/", "==", "!=", "<", "<=", ">", ">=", "..", "=",
                      "and", "or", "in", "where", "且", "或", "属于", "满足"])
    func binaryOperatorAtLineEndContinues(op: String) {
        #expect(shape("a \(op)\nb") == "a \(op) b")
        // A trailing comment does not matter.
        #expect(shape("a \(op) // note\nb") == "a \(op) b")
        #expect(shape("a \(op) /* note */\nb") == "a \(op) b")
    }

    @Test(arguments: ["else", "and", "or", "where", "否则", "且", "或", "满足"])
    func lineStartingWithAContinuationWordContinues(word: String) {
        #expect(shape("require x\n\(word) y") == "require x \(word) y")
        #expect(shape("a\n\n  \(word) y") == "a \(word) y")
    }

    @Test func otherLinesDoNotContinue() {
        #expect(shape("a !\nb") == "a ! ⏎ b")
        #expect(shape("a not\nb") == "a not ⏎ b")
        #expect(shape("a\nin b") == "a ⏎ in b")
    }

    @Test func openParenOrBracketContinues() {
        #expect(shape("f(a,\n  b\n)\nx") == "f ( a , b ) ⏎ x")
        #expect(shape("[1\n2\n]") == "[ 1 2 ]")
        #expect(shape("count(meetings\n  where x)") == "count ( meetings where x )")
    }

    @Test func braceReenablesStatementEnds() {
        #expect(shape("f(a {\n b\n c\n})") == "f ( a { b ⏎ c } )")
        #expect(shape("plan \"p\" {\n  year 2025\n  timezone \"x\"\n}\npolicy {}") ==
                "plan \"p\" { year 2025 ⏎ timezone \"x\" } ⏎ policy { }")
    }

    @Test func noStatementEndAfterOpeningOrBeforeClosingBrace() {
        #expect(shape("{\n\na\n\n}") == "{ a }")
        #expect(shape("if c {\n  x\n}\nelse {\n  y\n}") == "if c { x } else { y }")
    }

    @Test func newlineTokenPointsAtTheLineEnd() {
        let t = lex("ab\r\ncd").tokens
        #expect(t[1].kind == .newline)
        #expect(t[1].span.start == 2 && t[1].span.end == 4)
        #expect(t[1].text == "\r\n")
    }

    @Test func atLineStartMarksTheFirstTokenOfEachLine() {
        let t = lex("a b\n  c d\n\ne").tokens.filter { $0.kind != .newline }
        // `endOfFile` follows `e` on the same line.
        #expect(t.map(\.atLineStart) == [true, false, true, false, true, false])
        #expect(lex("a\n").tokens.last?.atLineStart == true)
        #expect(t.last?.kind == .endOfFile)
    }

    @Test func crlfAndLoneCR() {
        #expect(shape("a\r\nb\rc\n\rd") == "a ⏎ b ⏎ c ⏎ d")
        let r = expectDiagnostic("CP0102", at: "a\rb\r\n1️⃣§")
        #expect(r?.line == 3 && r?.column == 1)
    }

    @Test func byteOrderMarkIsSkipped() {
        let s = lex(bytes: [0xEF, 0xBB, 0xBF] + Array("plan x".utf8))
        #expect(codes(s).isEmpty)
        #expect(s.tokens.first?.text == "plan")
        #expect(s.tokens.first?.span.start == 3)
        #expect(s.tokens.first?.atLineStart == true)
        // A BOM elsewhere is an unexpected (invisible) character.
        #expect(codes(lex("a \u{FEFF}b")) == ["CP0102"])
    }

    @Test func comments() {
        let s = lex("a // 备注\n/* 块 /* 嵌套 */ 仍是注释 */ b")
        #expect(kinds(s) == [.identifier, .newline, .identifier])
        #expect(s.comments.map(\.text) == ["// 备注", "/* 块 /* 嵌套 */ 仍是注释 */"])
        #expect(s.comments.map(\.style) == [.line, .block])
        #expect(s.comments[0].span.start == 2 && s.comments[0].span.end == 11)
        #expect(codes(s).isEmpty)
    }

    @Test func blockCommentLineEndsCount() {
        #expect(shape("a /* x\n y */ b") == "a ⏎ b")
        #expect(lex("a /* x\n y */ b").tokens[2].atLineStart)
    }

    @Test func unterminatedBlockCommentIsReportedAtItsOpening() {
        let r = expectDiagnostic("CP0106", at: "a\n  1️⃣/* x /* y */\nb")
        #expect(r?.line == 2 && r?.column == 3)
        #expect(r?.diagnostic.message.contains("2 comments are open") == false)
        let two = lex("/* /* x")
        #expect(two.diagnostics.first?.message.contains("2 comments are open") == true)
    }

    @Test func controlCharactersInCommentsAreReported() {
        #expect(codes(lex(bytes: Array("// a".utf8) + [0x07] + Array("\nx".utf8))) == ["CP0101"])
        #expect(codes(lex(bytes: Array("/* a".utf8) + [0xC0] + Array(" */".utf8))) == ["CP0100"])
    }

    @Test func slashIsStillAnOperator() {
        #expect(shape("a / b") == "a / b")
    }
}
