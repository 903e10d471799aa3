// Error recovery: each mistake gives exactly one diagnostic at the marked
// position, and the rest of the file is still parsed.
import Testing
@testable import ConsultPlan

/// Parses marked text and checks that the diagnostics are exactly `expected`,
/// each "CODE@marker". Returns the parse for further checks.
@discardableResult
func expectDiagnostics(_ marked: String, _ expected: [String], mode: ParseMode = .file,
                       sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Parsed {
    let (text, positions) = markers(marked)
    let parsed = parse(text, mode: mode)
    let want = expected.map { item -> String in
        let parts = item.split(separator: "@", maxSplits: 1).map(String.init)
        return parts[0] + "@" + (positions[parts[1]] ?? parts[1])
    }
    #expect(parsed.summary == want, "messages: \(parsed.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    return parsed
}

@Test func severalMistakesOneDiagnosticEach() {
    let p = expectDiagnostics("""
        plan "P" { year 2025 }
        1️⃣meetng a "A" { form plenary }
        meeting b "B" {
          2️⃣from plenary
          date 2025-04-01
          feedback zjj within 3 3️⃣fortnights
        }
        member zhang { 4️⃣form plenary  role standing }
        require count(meetings) >= 4 else "x"
        """, ["CP0206@1️⃣", "CP0207@2️⃣", "CP0209@3️⃣", "CP0208@4️⃣"])
    // Everything else still parsed: plan, the broken statement, b, zhang, require.
    #expect(p.program.statements.count == 5)
    let b = p.declarations.first { $0.name?.plainName == "b" }
    #expect(b.map { $0.attributes.map(\.name) } == [.date, .feedback])
    let zhang = p.declarations.first { $0.name?.plainName == "zhang" }
    #expect(zhang.map { $0.attributes.map(\.name) } == [.role])
    #expect(p.diagnostics[0].help == "did you mean `meeting`?")
    #expect(p.diagnostics[1].help == "did you mean `form`?")
    #expect(p.diagnostics[3].message.contains("not allowed in a `member`"))
    #expect(p.diagnostics[3].help?.contains("`meeting` and `series`") == true)
}

@Test func unclosedBraceAtEndIsReportedAtTheOpening() {
    let p = expectDiagnostics("""
        plan "P" 1️⃣{
          year 2025

        """, ["CP0202@1️⃣"])
    #expect(p.diagnostics[0].labels.first?.message == "opened at line 1")
    #expect(DiagnosticCode.incompleteInputCodes.contains(p.diagnostics[0].code))
}

@Test func missingBraceBeforeTheNextDeclaration() {
    let p = expectDiagnostics("""
        meeting a "A" 1️⃣{
          form plenary
        meeting b "B" { form online  date 2025-03-03 }
        """, ["CP0203@1️⃣"])
    #expect(p.declarations.count == 2)
    #expect(p.declarations[1].attributes.count == 2)
    #expect(!DiagnosticCode.incompleteInputCodes.contains(p.diagnostics[0].code))
}

@Test func unclosedParenAtEnd() {
    let p = expectDiagnostics("require count1️⃣(meetings >= 4\n", ["CP0201@1️⃣"])
    #expect(DiagnosticCode.incompleteInputCodes.contains(p.diagnostics[0].code))
}

@Test func wrongClosingBracket() {
    expectDiagnostics("let x = [1, 2 1️⃣)\nlet y = 2\n", ["CP0200@1️⃣"])
}

@Test func braceMustBeOnTheHeaderLine() {
    let p = expectDiagnostics("""
        meeting a "A"
        1️⃣{
          form plenary
        }
        let x = 1
        """, ["CP0205@1️⃣"])
    #expect(p.declarations.first?.attributes.count == 1)
    #expect(p.program.statements.count == 2)
}

@Test func bareExpressionInFileAndRepl() {
    let p = expectDiagnostics("1️⃣count(meetings) + 1\n", ["CP0210@1️⃣"])
    #expect(p.diagnostics[0].help?.contains("require") == true)
    let r = expectDiagnostics("count(meetings) + 1\n", [], mode: .repl)
    guard case .expression = r.program.statements.first?.kind else {
        Issue.record("expected an expression statement")
        return
    }
}

@Test func bangIsNotAnOperator() {
    let p = expectDiagnostics("require 1️⃣!(1 > 2)\n", ["CP0211@1️⃣"])
    #expect(p.diagnostics[0].help?.contains("`not`") == true)
}

@Test func unknownUnitSuggestsChineseMonth() {
    let p = expectDiagnostics("""
        meeting m { feedback zjj 期限 3 1️⃣月 }
        meeting n { notice 5 2️⃣workday_s }
        let d = 2025-01-01 + 3 3️⃣fortnights
        """, ["CP0209@1️⃣", "CP0209@2️⃣", "CP0209@3️⃣"])
    #expect(p.diagnostics[0].help == "did you mean `3个月`?")
    #expect(p.diagnostics[1].help == "did you mean `5 workdays`?")
    #expect(p.diagnostics[2].help?.contains("a duration unit is one of") == true)
}

@Test func nestingTooDeepDoesNotCrash() {
    // Brackets past the limit are the lexer's CP0501; the parser does not repeat it.
    for (opener, code) in [("(", "CP0501"), ("[", "CP0501"), ("f(", "CP0501"), ("-", "CP0510"), ("not ", "CP0510")] {
        let deep = "let x = " + String(repeating: opener, count: 100_000) + "1\nlet y = 2\n"
        let p = parse(deep)
        #expect(p.codes.filter { $0 == "CP0501" || $0 == "CP0510" } == [code], "opener \(opener): \(p.codes)")
    }
    let blocks = String(repeating: "if true {\n", count: 100_000) + String(repeating: "}\n", count: 100_000)
    #expect(parse(blocks).codes == ["CP0501"])
    // Unclosed at the end: one diagnostic, not one per open block.
    let open = parse(String(repeating: "if true {\n", count: 50))
    #expect(open.codes == ["CP0202"])
    // With a lower limit than the lexer's, the parser's own guard reports.
    let limits = { () -> Limits in var l = Limits(); l.maxNestingDepth = 10; return l }()
    let shallow = Parser.parse(SourceFile(name: "t", text: "let x = -----------1\n"), id: FileID(0), mode: .file, limits: limits)
    #expect(shallow.diagnostics.map(\.code.id) == ["CP0510"])
    let chain = "let x = 1" + String(repeating: " + 1", count: 100_000) + "\n"
    #expect(parse(chain).codes == ["CP0510"])
    let fields = "let x = a" + String(repeating: ".b", count: 100_000) + "\n"
    #expect(parse(fields).codes == ["CP0510"])
    // Within the limit, fine.
    let ok = "let x = " + String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200) + "\n"
    #expect(parse(ok).codes == [])
}

@Test func reservedWordAsName() {
    expectDiagnostics("sector 1️⃣for \"界别\"\nsector ok\n", ["CP0213@1️⃣"])
}

@Test func strayClosingBrace() {
    expectDiagnostics("plan \"P\" { year 2025 }\n1️⃣}\nlet x = 1\n", ["CP0204@1️⃣"])
}

@Test func elseWithoutIf() {
    expectDiagnostics("1️⃣else { let x = 1 }\nlet y = 1\n", ["CP0216@1️⃣"])
}

@Test func endOfInputAfterOperatorIsIncomplete() {
    let p = parse("let x = 1 +")
    #expect(p.codes == ["CP0215"])
    #expect(p.diagnostics.allSatisfy { DiagnosticCode.incompleteInputCodes.contains($0.code) })
}

@Test func dueWithoutDirection() {
    expectDiagnostics("meeting m { prepare \"x\" due 30 days 1️⃣}\n", ["CP0200@1️⃣"])
}

@Test func attributeOutsideDeclaration() {
    let p = expectDiagnostics("1️⃣form plenary\n", ["CP0206@1️⃣"])
    #expect(p.diagnostics[0].message == "attribute `form` outside a declaration")
}

@Test func glueKeywordSuggestsSpace() {
    let p = expectDiagnostics("meeting m { 1️⃣form全体会议 }\n", ["CP0207@1️⃣"])
    #expect(p.diagnostics[0].help?.hasPrefix("did you mean `form 全体会议`?") == true)
}

@Test func missingIDBeforeTitle() {
    expectDiagnostics("meeting 1️⃣\"T\" { form plenary }\nlet x = 1\n", ["CP0213@1️⃣"])
}

@Test func extraTokenAfterAttribute() {
    let p = expectDiagnostics("plan \"P\" { year 2025 1️⃣2026\n organization \"O\" }\n", ["CP0200@1️⃣"])
    #expect(p.declarations.first.map { $0.attributes.map(\.name) } == [.year, .organization])
}

@Test func chineseUnknownDeclarationKeyword() {
    let p = expectDiagnostics("1️⃣会义 m \"T\" { 形式 全体会议 }\n", ["CP0206@1️⃣"])
    #expect(p.diagnostics[0].help == "did you mean `会议`?")
}

@Test func lexicalErrorsAreNotRepeatedByTheParser() {
    // The unterminated string derails the header; only the lexer speaks.
    expectDiagnostics("plan 1️⃣\"abc\nlet x = 1\n", ["CP0103@1️⃣"])
    expectDiagnostics("meeting m { topic 1️⃣\"abc }\nlet x = 1\n", ["CP0103@1️⃣"])
    // A unit glued to the number is the lexer's unknown unit; the parser adds nothing.
    let p = parse("meeting m { feedback zjj within 3月 }\n")
    #expect(p.codes == ["CP0114"])
}

@Test func brokenInterpolationEndsAtItsParenthesis() {
    let p = expectDiagnostics("let s = \"a\\(1 + 1️⃣)b\"\n", ["CP0212@1️⃣"])
    #expect(p.diagnostics[0].message == "expected an expression, found `)`")
    #expect(!DiagnosticCode.incompleteInputCodes.contains(p.diagnostics[0].code))
}

@Test func strayBlockIsSkippedWhole() {
    let p = expectDiagnostics("meeting m { form plenary }\n  1️⃣{ form online }\nlet x = 1\n", ["CP0205@1️⃣"])
    #expect(p.program.statements.count == 3)
}

@Test func unclosedParenBeforeNextLine() {
    let p = expectDiagnostics("let x = (1 + 2\n1️⃣let y = 3\n", ["CP0200@1️⃣"])
    #expect(p.diagnostics[0].message == "expected `)` to close the `(` opened at line 1, found `let`")
    #expect(p.diagnostics[0].labels.first?.message == "opened here")
}
