// Grammar details: contextual keywords, shared-line attributes, continuation
// lines, REPL mode, the catalog's examples, and the stack at the nesting limit.
import Foundation
import Testing
@testable import ConsultPlan

@Test func catalogExamplesTriggerTheirCodes() {
    let syntax = DiagnosticCatalog.entries.filter { $0.code.id.hasPrefix("CP02") || $0.code.id == "CP0510" }
    #expect(syntax.count >= 18)
    for entry in syntax {
        #expect(entry.isSyntax, "\(entry.code) is a syntax diagnostic")
        let bad = parse(entry.badExample)
        #expect(bad.codes.contains(entry.code.id), "\(entry.code) bad example gave \(bad.codes)")
        #expect(bad.codes.count == 1, "\(entry.code) bad example: one diagnostic, got \(bad.summary)")
        let good = parse(entry.goodExample)
        #expect(good.codes == [], "\(entry.code) good example gave \(good.summary)")
    }
}

@Test func departmentIsADeclarationAtStatementStartAndAValueAfterSource() {
    let p = parse("""
        department fgw "市发展改革委"
        meeting m { form symposium  source department  date 2025-04-01 }
        """)
    #expect(p.codes == [])
    #expect(p.declarations.map(\.kind) == [.department, .meeting])
    let source = p.declarations[1].attributes.first { $0.name == .source }
    #expect(source?.value == .single(Expression(.name("department"), source.map { s in
        if case .single(let e) = s.value { return e.span }
        return .none
    } ?? .none)))
}

@Test func aMemberCalledForm() {
    let p = parse("""
        member form "形式委员" { role standing }
        meeting m { form plenary  participants form  date 2025-01-08 }
        """)
    #expect(p.codes == [])
    #expect(p.declarations[0].name?.plainName == "form")
    let dump = dumpTree(p.program)
    #expect(dump.contains("(participants (list form))"))
    #expect(dump.contains("(form plenary)"))
}

@Test func sharedLineAttributesEndWhereTheirGrammarEnds() {
    let p = parse("""
        member zhang { sector business  committee econ  party minge  role standing, vice_chair  contact "x" }
        meeting m { form symposium  date 2025-04-22 09:00..12:00  lead social  participants members where standing in role  invite zjj  supervision  notice 3 workdays }
        meeting n { prepare "a" by social due 30 days before  follow_up "b" due 2025-05-01  after m  feedback zjj within 3 months from report  report 2025-05-05 }
        record m { held 2025-04-23  received zjj 2025-07-10  received fgw  absent zhang, li  leave wang }
        record n { held  report 2025-05-05 }
        """)
    #expect(p.codes == [], "\(p.diagnostics.map(\.message))")
    #expect(p.declarations[0].attributes.map(\.name) == [.sector, .committee, .party, .role, .contact])
    #expect(p.declarations[1].attributes.map(\.name) == [.form, .date, .lead, .participants, .invite, .supervision, .notice])
    #expect(p.declarations[2].attributes.map(\.name) == [.prepare, .followUp, .after, .feedback, .report])
    #expect(p.declarations[3].attributes.map(\.name) == [.held, .received, .received, .absent, .leave])
    #expect(p.declarations[4].attributes.map(\.name) == [.held, .report])
    let dump = dumpTree(p.program)
    #expect(dump.contains("(participants (list (where members (in standing role))))"))
    #expect(dump.contains("(follow_up (task \"b\" (due 2025-05-01)))"))
    #expect(dump.contains("(held (held))"))
}

@Test func continuationLines() {
    let p = parse("""
        let total = 1 +
          2
        require total == 3
          and total > 0
          else "three"
        meeting m {
          topic "a"
          participants zhang,
                       li
          form symposium
        }
        if total > 1 {
          let a = 1
        }
        else {
          let b = 2
        }
        """)
    #expect(p.codes == [], "\(p.diagnostics.map(\.message))")
    #expect(p.program.statements.count == 4)
    #expect(dumpTree(p.program).contains("(require (and (== total 3) (> total 0)) (else \"three\"))"))
    #expect(dumpTree(p.program).contains("(participants (list zhang li))"))
}

@Test func statementsShareALineAfterAClosingBrace() {
    let p = parse("plan \"P\" { year 2025 } policy { notice 5 workdays }; let x = 1; let y = 2\n")
    #expect(p.codes == [])
    #expect(p.program.statements.count == 4)
    let bad = parse("let x = 1 let y = 2\n")
    #expect(bad.codes == ["CP0200"])
}

@Test func replMode() {
    let p = parse("meetings where form == plenary\n", mode: .repl)
    #expect(p.codes == [])
    guard case .expression(let e) = p.program.statements.first?.kind, case .query = e.kind else {
        Issue.record("expected a query expression statement")
        return
    }
    // A member named `party` can be inspected in the REPL.
    #expect(parse("party.title\n", mode: .repl).codes == [])
    #expect(parse("member\n", mode: .repl).codes == [])
    #expect(parse("let x = 1\n", mode: .repl).codes == [])
    let incomplete = parse("meeting m {\n  form plenary\n", mode: .repl)
    #expect(incomplete.diagnostics.allSatisfy { DiagnosticCode.incompleteInputCodes.contains($0.code) })
    #expect(!incomplete.diagnostics.isEmpty)
}

@Test func expressionPrecedence() {
    let p = parse("let a = not x == 1 and y or z where -b.c * 2 + 3 > 4 .. 5 in w\n")
    #expect(p.codes == [])
    #expect(dumpTree(p.program).contains(
        "(let a (where (or (and (not (== x 1)) y) z) (in (> (+ (* (neg (. b c)) 2) 3) (.. 4 5)) w)))"))
}

@Test func groupShapes() {
    #expect(parse("group g \"G\" = members where standing in role\n").codes == [])
    #expect(parse("group g { members a, b }\n").codes == [])
    #expect(parse("group g \"G\"\nlet x = 1\n").codes == ["CP0200"])
}

@Test func holidayAndWorkdayShapes() {
    let p = parse("holiday 2025-10-01 .. 2025-10-08 \"国庆\"\nholiday 2025-05-02\nworkday 2025-09-28 \"调休\"\n")
    #expect(p.codes == [])
    #expect(p.declarations.map(\.kind) == [.holiday, .holiday, .workday])
    #expect(p.declarations[0].title != nil && p.declarations[1].title == nil)
}

@Test func everyShapes() {
    let ok = [
        "every 2 weeks on thursday from 2025-03-06 until 2025-06-26",
        "every week on monday from 2025-03-03 until 2025-03-31",
        "every month on first monday from 2025-01-06 until 2025-12-01",
        "every 3 months from 2025-01-31 until 2025-12-31",
        "每 2 周 逢 周四 自 2025-03-06 至 2025-06-26",
        "每 月 逢 最后一个 周五 自 2025-01-01 至 2025-12-31",
    ]
    for line in ok {
        let p = parse("series s { \(line)\n form online }\n")
        #expect(p.codes == [], "\(line): \(p.diagnostics.map(\.message))")
        #expect(p.declarations.first?.attributes.count == 2)
    }
    #expect(parse("series s { every 2 weeks on thursday until 2025-06-26 }\n").codes == ["CP0200"])
    #expect(parse("series s { every 3 月 from 2025-01-01 until 2025-02-01 }\n").codes == ["CP0209"])
}

@Test func severityLevels() {
    #expect(parse("policy { severity overlap error }\n").codes == [])
    #expect(parse("policy { severity overlap loud }\n").codes == ["CP0200"])
}

@Test func interpolatedDeclarationID() {
    let p = parse("for i in 1..3 { meeting topic_\\(i) \"专题\\(i)\" { form symposium  date 2025-04-0\\(i) } }\n")
    guard case .forLoop(_, _, _, _, let body) = p.program.statements.first?.kind,
        case .declaration(let d) = body.statements.first?.kind
    else {
        Issue.record("expected a for loop with a declaration")
        return
    }
    #expect(d.name?.plainName == nil)
    #expect(d.name?.segments.count == 2)
}

@Test func spansCoverTheirText() {
    let text = "meeting housing \"推进\" {\n  form special_consultation\n}\n"
    let p = parse(text)
    let d = p.declarations[0]
    #expect(p.file.text(d.span) == "meeting housing \"推进\" {\n  form special_consultation\n}")
    #expect(p.file.text(d.attributes[0].span) == "form special_consultation")
    #expect(p.file.text(d.keyword.span) == "meeting")
}

@Test func suggestionsAreCloseAndDeterministic() {
    #expect(Suggestions.distance("from", "form") == 1)
    #expect(Suggestions.distance("会义", "会议") == 1)
    #expect(Suggestions.distance("", "abc") == 3)
    #expect(Suggestions.closest(to: "Meeting", among: ["meeting", "member"]) == "meeting")
    #expect(Suggestions.closest(to: "xyzzy", among: ["meeting", "member"]) == nil)
    #expect(Suggestions.splitKeywordPrefix("form全体会议", keywords: ["form", "forms"])?.rest == "全体会议")
    #expect(Suggestions.splitKeywordPrefix("formal", keywords: ["form"]) == nil)
}

#if DEBUG
/// Measured stack per nesting level (x86_64): debug about 4.5 KiB per bracket
/// and 8 KiB per nested `if` block (debug keeps every temporary in its own
/// slot); release about 1.3 KiB per bracket and 2.2 KiB per `if` block. So at
/// the limit of 256, debug needs about 2 MiB and release about 560 KiB.
let smallStackSize = 4 << 20
#else
let smallStackSize = 1 << 20
#endif

/// Runs `body` on a thread with a small stack (see ``smallStackSize``).
func onSmallStack(_ body: @escaping @Sendable () -> Void) {
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
        body()
        done.signal()
    }
    thread.stackSize = smallStackSize
    thread.start()
    done.wait()
}

@Test func nestingAtTheLimitFitsASmallStack() {
    let text = "let x = " + String(repeating: "(", count: 255) + "1" + String(repeating: ")", count: 255) + "\n"
        + String(repeating: "if true { ", count: 255) + String(repeating: "} ", count: 255) + "\n"
        + "let z = " + String(repeating: "f(", count: 255) + String(repeating: ")", count: 255) + "\n"
        + "let y = " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n"
    onSmallStack {
        let p = parse(text)
        #expect(p.codes == ["CP0501"])
        _ = dumpTree(p.program)
    }
}
