// Acceptance tests for the deliberately broken plans (f–h): every mistake is annotated in
// the plan with the diagnostic a reviewer expects; the tests hold cplan to those notes.

import ConsultPlan
import Testing

@Suite("Acceptance: broken plans report what a reviewer expects")
struct AcceptanceBrokenPlanTests {

    @Test("(f) syntax mistakes: exactly the annotated diagnostics, nothing semantic")
    func brokenSyntax() throws {
        let result = try Acceptance.evaluate("f-broken-syntax.cplan", today: "2026-01-01")
        let expected = try Acceptance.annotations("f-broken-syntax.cplan", extra: ["CP0113 37:26"])
        #expect(expected.count == 12)
        #expect(Acceptance.codeLines(result) == expected)
        #expect(result.diagnostics.allSatisfy { $0.severity == .error && $0.rule == nil })
        #expect(result.plan == nil)
    }

    @Test("(f) helps: canonical day, did-you-mean unit, 3个月")
    func brokenSyntaxHelps() throws {
        let result = try Acceptance.evaluate("f-broken-syntax.cplan", today: "2026-01-01")
        let helps = result.diagnostics.compactMap(\.help)
        #expect(helps.contains { $0.contains("`2026-04-17`") })
        #expect(helps.contains { $0.contains("`2026-02-28`") })
        #expect(helps.contains { $0.contains("`3个月`") })
        #expect(helps.contains { $0.contains("`5 workdays`") })
        #expect(result.diagnostics.contains { $0.message.contains("U+0040 COMMERCIAL AT") })
    }

    @Test("(g) names, kinds, values and evaluation: exactly the annotated diagnostics")
    func brokenNames() throws {
        let result = try Acceptance.evaluate("g-broken-names.cplan", today: "2026-01-01")
        let expected = try Acceptance.annotations("g-broken-names.cplan", extra: ["CP0602 6:1", "CP0603 6:1"])
        #expect(expected.count == 22)
        #expect(Acceptance.codeLines(result) == expected)
        let helps = result.diagnostics.compactMap(\.help)
        #expect(helps.contains { $0.contains("`econ`") })       // did you mean `econ`?
        #expect(helps.contains { $0.contains("`forum.1`") })
        #expect(helps.contains { $0.contains("`2026-05-08 .. 2026-05-10`") })
    }

    @Test("(h) plan rules: exactly the annotated findings, with their severities")
    func brokenRules() throws {
        let result = try Acceptance.evaluate("h-broken-rules.cplan", today: "2026-01-01")
        let expected = try Acceptance.annotations("h-broken-rules.cplan")
        #expect(expected.count == 18)
        #expect(Acceptance.ruleLines(result) == expected)
        let severity = Dictionary(result.diagnostics.compactMap { d in d.rule.map { ($0, d.severity) } },
                                  uniquingKeysWith: { a, _ in a })
        #expect(severity["no_plenary"] == .error)          // raised by `severity no_plenary error`
        #expect(severity["overlap"] == .error)
        #expect(severity["possible_overlap"] == .warning)
        #expect(severity["require"] == .error)
        #expect(severity["warn"] == .warning)
        // `// cplan: allow day_off - …` silences t5 (10/2) but not t4 (10/1).
        #expect(result.diagnostics.filter { $0.rule == "day_off" }.count == 1)
        let cycle = try #require(result.diagnostics.first { $0.rule == "after_cycle" })
        #expect(cycle.notes.contains { $0.contains("c1 → c2 → c1") })
    }
}

@Suite("Acceptance: regressions found while testing")
struct AcceptanceRegressionTests {

    @Test("`from report` without a report day: the help shows a day of the plan's own year")
    func fromReportHelpUsesPlanYear() throws {
        let source = """
        plan "p" { year 2026 }
        department d1 "部门一"
        meeting x "x" {
          form symposium
          date 2026-04-28 .. 2026-04-30
          invite d1
          feedback d1 within 10 workdays from report
        }
        """
        let result = Engine(configuration: .init(today: try #require(Day("2026-01-01"))))
            .evaluate(source: source, name: "p.cplan")
        let note = try #require(result.diagnostics.first { $0.code.id == "CP0422" })
        #expect(note.severity == .note)
        // Before the fix the help always suggested `report 2025-05-06`, a day outside a 2026 plan.
        #expect(note.help == "record the day the report was sent, like `report 2026-04-30`")
        // 10 workdays after 4/30 over 劳动节 5/1–5, the Saturday make-up day 5/9 counting: 5/18.
        let meeting = try #require(result.plan?.meetings.first { $0.id == "x" })
        #expect(meeting.feedback.first.flatMap(\.due).map { "\($0)" } == "2026-05-18")
    }
}
