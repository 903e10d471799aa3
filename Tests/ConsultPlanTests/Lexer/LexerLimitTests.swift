// Limits met while lexing (line length, bracket and interpolation nesting),
// robustness on hostile input, and a timing check on a large generated plan.
import Testing
@testable import ConsultPlan

@Suite struct LexerLimitTests {
    @Test func longLineIsReportedOnceAndTheRestSkipped() {
        var limits = Limits()
        limits.maxLineBytes = 20
        let s = lex("let a = 1\nlet b = 1 + 2 + 3 + 4 + 5 + 6 + 7\nlet c = 3", limits: limits)
        #expect(codes(s) == ["CP0500"])
        let texts = s.tokens.map(\.text)
        #expect(!texts.contains("7"))
        #expect(texts.suffix(5) == ["let", "c", "=", "3", ""])
        #expect(s.diagnostics[0].message.contains("33 bytes long"))
    }

    @Test func longLinePosition() {
        var limits = Limits()
        limits.maxLineBytes = 10
        let r = expectDiagnostic("CP0500", at: "ok\nabc def gh1️⃣i jkl", limits: limits)
        #expect(r?.line == 2 && r?.column == 11)
    }

    @Test func deepBracketsAreReportedOnceWithoutRecursion() {
        let depth = 100_000
        let s = lex("let x = " + String(repeating: "(", count: depth) + "1" + String(repeating: ")", count: depth))
        #expect(codes(s) == ["CP0501"])
        #expect(s.diagnostics[0].span.start == 8 + 256)
        var limits = Limits()
        limits.maxNestingDepth = 3
        #expect(codes(lex("[[[1]]] ([{(", limits: limits)) == ["CP0501"])
    }

    @Test func interpolationDepthFollowsALowerNestingLimit() {
        var limits = Limits()
        limits.maxNestingDepth = 2
        let s = lex(#""\("\("\(1)")")""#, limits: limits)
        #expect(codes(s) == ["CP0502"])
    }

    @Test func hostileInputNeverTraps() {
        // Every byte value, unbalanced everything, cut escapes and literals.
        var bytes = (0...255).map { UInt8($0) }
        bytes += Array("\"\\u{\"\\(\"\\(((\n/*/*\"\"\"\n\\(\n2025-\n9:\n１２３４－\n3个\n“".utf8)
        let s = lex(bytes: bytes)
        #expect(s.tokens.last?.kind == .endOfFile)
        #expect(!s.diagnostics.isEmpty)
        for prefix in stride(from: 0, through: bytes.count, by: 7) {
            let t = lex(bytes: Array(bytes.prefix(prefix)))
            #expect(t.tokens.last?.kind == .endOfFile)
            for token in t.tokens {
                #expect(token.span.start <= token.span.end && token.span.end <= prefix)
            }
        }
    }

    @Test func emptyFile() {
        let s = lex("")
        #expect(s.tokens.map(\.kind) == [.endOfFile])
        #expect(s.tokens[0].span == .point(FileID(0), 0))
    }

    @Test func largeFileLexesQuickly() {
        // About 1 MB in the debug build of the tests; release timing is in the report.
        let block = """
            meeting m_\\(i) "推进老旧小区改造提升" {
              date 2025-04-22 09:00..12:00  // 备注
              participants social, zhang
              feedback zjj within 3个月
              prepare "专题调研报告" by social due 30 days before
            }

            """
        let text = String(repeating: block, count: 4_000)
        let clock = ContinuousClock()
        var stream: TokenStream?
        let elapsed = clock.measure { stream = lex(text) }
        #expect(stream?.diagnostics.isEmpty == true)
        #expect((stream?.tokens.count ?? 0) > 100_000)
        #expect(elapsed < .seconds(20))
    }
}

@Suite struct LexerScalingTests {
    @Test func mismatchedClosersPastTheLimitStayLinear() {
        let n = 100_000
        let s = lex(String(repeating: "(", count: n) + String(repeating: "}", count: n) + "\nx")
        #expect(codes(s) == ["CP0501"])
        // The parentheses left open keep the line end from ending the statement.
        #expect(!kinds(s).contains(.newline))
    }

    @Test func longRunOfFullWidthCommasIsOneLinearWarning() {
        let s = lex(String(repeating: "，", count: 100_000))
        #expect(codes(s) == ["CP0120"])
        #expect(s.diagnostics[0].fixIts.count == 1)
        #expect(s.diagnostics[0].fixIts[0].replacement.utf8.count == 100_000)
        #expect(s.diagnostics[0].message == "full-width punctuation is read as its ASCII equivalent")
    }
}

@Suite struct LexerMessageLengthTests {
    @Test func hugeLiteralsAreAbbreviatedInMessages() {
        let digits = String(repeating: "9", count: 10_000)
        for text in [digits, "1." + digits, "3" + String(repeating: "x", count: 10_000), "2025-" + digits, "9:" + digits] {
            let s = lex(text)
            #expect(s.diagnostics.count == 1)
            #expect((s.diagnostics.first?.message.count ?? 0) < 200, "\(s.diagnostics.first?.message.prefix(80) ?? "")")
        }
    }
}
