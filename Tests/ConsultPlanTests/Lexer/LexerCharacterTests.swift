// Characters: invalid UTF-8, control characters, characters that cannot start
// a token (named by their Unicode names), and every full-width character of 2.8.
import Testing
@testable import ConsultPlan

@Suite struct LexerCharacterTests {
    @Test func invalidUTF8IsReportedAtTheFirstBadByte() {
        let s = lex(bytes: Array("ab ".utf8) + [0xFF, 0xFE] + Array(" cd".utf8))
        #expect(codes(s) == ["CP0100"])
        #expect(s.diagnostics[0].span.start == 3 && s.diagnostics[0].span.end == 5)
        #expect(s.diagnostics[0].message == "invalid UTF-8: bytes 0xFF 0xFE are not part of a UTF-8 character")
        #expect(kinds(s) == [.identifier, .invalid, .identifier])
    }

    @Test(arguments: [
        [0xC0, 0x80],  // overlong NUL
        [0xE0, 0x80, 0x80],  // overlong
        [0xED, 0xA0, 0x80],  // surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE4, 0xB8],  // truncated
        [0x80],  // lone continuation byte
    ] as [[UInt8]])
    func malformedSequences(bad: [UInt8]) {
        let s = lex(bytes: Array("x ".utf8) + bad + Array(" y".utf8))
        #expect(codes(s) == ["CP0100"])
        #expect(s.diagnostics.first?.span.start == 2)
        #expect(kinds(s).first == .identifier && kinds(s).last == .identifier)
    }

    @Test func identifierEndsAtABadByte() {
        let s = lex(bytes: Array("经济".utf8) + [0xFF] + Array("x".utf8))
        #expect(kinds(s) == [.identifier, .invalid, .identifier])
        #expect(s.tokens[0].text == "经济")
    }

    @Test func nulAndOtherControlCharacters() {
        let s = lex(bytes: Array("a".utf8) + [0x00] + Array("b".utf8))
        #expect(codes(s) == ["CP0101"])
        #expect(s.diagnostics[0].message == "control character U+0000 NULL is not allowed in a plan")
        #expect(kinds(s) == [.identifier, .invalid, .identifier])
        #expect(lex("a\u{1B}b").diagnostics.first?.message == "control character U+001B ESCAPE is not allowed in a plan")
        #expect(lex("a\u{7F}b").diagnostics.first?.message == "control character U+007F DELETE is not allowed in a plan")
        #expect(codes(lex("a\u{85}b")) == ["CP0101"])
        #expect(codes(lex("a\u{0C}b")) == ["CP0101"])
        // Tab, LF and CR are fine.
        #expect(codes(lex("a\tb\nc\rd")).isEmpty)
    }

    @Test func unexpectedCharactersAreNamed() {
        let s = lex("a § b")
        #expect(s.diagnostics.first?.message == "unexpected character `§` (U+00A7 SECTION SIGN)")
        #expect(kinds(s) == [.identifier, .invalid, .identifier])
        #expect(lex("a\u{200B}b").diagnostics.first?.message == "unexpected character U+200B ZERO WIDTH SPACE")
        #expect(lex("a\u{A0}b").diagnostics.first?.message == "unexpected character U+00A0 NO-BREAK SPACE")
        #expect(lex("x。").diagnostics.first?.message == "unexpected character `。` (U+3002 IDEOGRAPHIC FULL STOP)")
        #expect(lex("a ＋ b").diagnostics.first?.help == "type the ASCII `+` instead")
        #expect(lex("🎉").diagnostics.first?.message == "unexpected character `🎉` (U+1F389 PARTY POPPER)")
    }

    @Test func runsOfOneCharacterAreReportedOnce() {
        let s = lex("a && b")
        #expect(codes(s) == ["CP0102"])
        #expect(s.diagnostics[0].message == "unexpected character `&` (U+0026 AMPERSAND) (2 times)")
        #expect(s.diagnostics[0].help == "write `and` for a logical and")
        #expect(kinds(s) == [.identifier, .invalid, .identifier])
    }

    @Test func unexpectedCharacterPosition() {
        let r = expectDiagnostic("CP0102", at: "committee econ \"经济\"\nmember 张 \"张伟\" 1️⃣# note")
        #expect(r?.line == 2 && r?.column == 15)
    }

    @Test func punctuation() {
        let expected: [Punctuation] = [
            .leftBrace, .rightBrace, .leftParen, .rightParen, .leftBracket, .rightBracket, .comma, .semicolon,
            .colon, .dot, .dotDot, .assign, .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual,
            .plus, .minus, .star, .slash, .bang,
        ]
        let s = lex("{ } ( ) [ ] , ; : . .. = == != < <= > >= + - * / !")
        #expect(kinds(s) == expected.map { .punctuation($0) })
        #expect(codes(s).isEmpty)
        #expect(kinds(lex("a<=b!=c")) == [.identifier, .punctuation(.lessEqual), .identifier, .punctuation(.notEqual), .identifier])
    }

    /// Every character of LANGUAGE.md 2.8 with what it is read as.
    static let fullwidthTable: [(String, String)] = [
        ("，", ","), ("、", ","), ("：", ":"), ("；", ";"), ("（", "("), ("）", ")"), ("【", "["), ("】", "]"),
        ("｛", "{"), ("｝", "}"), ("＝", "="), ("！", "!"), ("＜", "<"), ("＞", ">"), ("．", "."), ("－", "-"),
    ]

    @Test func everyFullWidthPunctuationCharacter() {
        for (wide, ascii) in LexerCharacterTests.fullwidthTable {
            let s = lex("a \(wide) b")
            let expected = lex("a \(ascii) b")
            #expect(kinds(s) == kinds(expected), "\(wide)")
            #expect(s.tokens[1].text == ascii)
            #expect(codes(s) == ["CP0120"], "\(wide)")
            let d = s.diagnostics.first
            #expect(d?.severity == .warning)
            #expect(d?.span == Span(file: FileID(0), start: 2, end: 2 + wide.utf8.count))
            #expect(d?.fixIts == [FixIt(span: Span(file: FileID(0), start: 2, end: 2 + wide.utf8.count), replacement: ascii)])
        }
    }

    @Test func fullWidthDigitsPercentAndSpace() {
        for (i, wide) in ["０", "１", "２", "３", "４", "５", "６", "７", "８", "９"].enumerated() {
            let s = lex(wide)
            #expect(s.tokens.first?.value == .integer(Int64(i)))
            #expect(codes(s) == ["CP0120"])
        }
        #expect(dumps("５０％") == ["percent 50% =50%"])
        let space = lex("a\u{3000}b")
        #expect(kinds(space) == [.identifier, .identifier])
        #expect(space.diagnostics.first?.fixIts.first?.replacement == " ")
    }

    @Test func fullWidthOperatorsCombine() {
        #expect(kinds(lex("a ！＝ b")) == [.identifier, .punctuation(.notEqual), .identifier])
        #expect(kinds(lex("a ＜＝ b")) == [.identifier, .punctuation(.lessEqual), .identifier])
        #expect(kinds(lex("1．．5")) == [.integer, .punctuation(.dotDot), .integer])
        #expect(kinds(lex("a ＝＝ b")) == [.identifier, .punctuation(.equal), .identifier])
    }

    @Test func oneWarningPerRun() {
        let s = lex("participants social，zhang、li（x）")
        #expect(codes(s) == ["CP0120", "CP0120", "CP0120", "CP0120"])
        let run = lex("f（１，２）")
        #expect(codes(run) == ["CP0120"])
        #expect(run.diagnostics[0].message == "full-width `（１，２）` is read as `(1,2)`")
        #expect(run.diagnostics[0].fixIts.count == 1)
        #expect(run.diagnostics[0].fixIts[0].replacement == "(1,2)")
        // Separated by an ASCII space: two runs.
        #expect(codes(lex("（ ）")) == ["CP0120", "CP0120"])
        // The ideographic space joins a run.
        #expect(codes(lex("，\u{3000}（")) == ["CP0120"])
    }

    @Test func fullWidthWarningPosition() {
        let r = expectDiagnostic("CP0120", at: "meeting m \"x\" {\n  date 1️⃣２０２５－０４－２２\n}")
        #expect(r?.line == 2 && r?.column == 8)
        #expect(r?.diagnostic.span.length == 30)
    }

    @Test func nothingIsMappedInsideStringsAndComments() {
        let s = lex("\"（１，２）\" // （１，２）")
        #expect(codes(s).isEmpty)
        #expect(s.tokens[0].value == .pieces([.text("（１，２）")]))
    }

    @Test func fullWidthInsideInterpolationIsMapped() {
        let s = lex("\"a\\(f（１）)\"")
        #expect(codes(s) == ["CP0120"])
    }

    @Test func strayClosingCurlyQuote() {
        let s = lex("x ” y")
        #expect(codes(s) == ["CP0102"])
        #expect(s.diagnostics[0].message == "unexpected character `”` (U+201D RIGHT DOUBLE QUOTATION MARK)")
    }
}
