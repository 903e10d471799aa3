// Scripting semantics (LANGUAGE.md 7): exact numbers, checked arithmetic, day
// arithmetic, value words by context, fields with Chinese aliases, queries, names.
import Testing
@testable import ConsultPlan

/// Evaluates `require`s after the test header; expects no diagnostics at all.
private func expectClean(_ body: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let r = evaluateProgram(planHeader + body)
    #expect(r.diagnostics.isEmpty, "\(r.dump)", sourceLocation: sourceLocation)
}

@Test func decimalsAreExact() {
    expectClean("""
        require 0.1 + 0.2 == 0.3
        require 1 / 3 * 3 != 1 or true
        require 7 / 2 == 3.5
        require 20% == 0.2
        require 1 + 0.5 == 1.5
        require 2 * 3 - 1 == 5
        require -3 + 1 == -2
        """)
}

@Test func overflowDivisionByZeroAndRangeAreDiagnostics() {
    let r = evaluateProgram(planHeader + """
        let a = 9223372036854775807 + 1
        let b = 1 / 0
        let c = 9999-12-31 + 1 days
        let d = -9223372036854775807 - 2
        """)
    #expect(r.summary == ["CP0402@3:29", "CP0403@4:11", "CP0404@5:20", "CP0402@6:30"], "\(r.dump)")
}

@Test func typeErrorsNameBothTypes() {
    let r = evaluateProgram(planHeader + """
        let a = 1 + "x"
        let b = 2025-05-06 < 3
        """)
    #expect(r.summary == ["CP0401@3:11", "CP0401@4:20"], "\(r.dump)")
    #expect(r.diagnostics.first?.message.contains("an integer and a string") == true, "\(r.dump)")
    #expect(r.diagnostics.last?.message.contains("a day and an integer") == true, "\(r.dump)")
}

@Test func dayArithmetic() {
    expectClean("""
        require 2025-01-31 + 1 months == 2025-02-28
        require 2025-03-31 - 1 months == 2025-02-28
        require 2025-04-22 + 2 weeks == 2025-05-06
        require 2025-05-06 - 2025-04-22 == 14
        require 2025-04-30 + 1 workdays == 2025-05-06
        require 2025-05-01 + 1 days == 2025-05-02
        require 2025-04-22 + 3 * 1 days == 2025-04-25
        require weekday(2025-04-22) == tuesday
        require weekday(2025-04-22) == 周二
        require not is_workday(2025-05-01)
        require is_workday(2025-04-27)
        require next_workday(2025-04-30) == 2025-05-06
        require workdays_between(2025-04-22, 2025-04-30) == 7
        require 2025-05-03 in 2025-05-01 .. 2025-05-05
        require 3 in [1, 2, 3]
        require not (4 in 1..3)
        require today() == 2025-01-01
        require "a" + "b" == "ab"
        require "b" > "a"
        require 09:00 < 12:00
        require len("协商") == 2
        require count(1..10) == 10
        require sum([1, 2, 3]) == 6
        require min([3, 1, 2]) == 1
        require max([2025-05-01, 2025-03-01]) == 2025-05-01
        require sorted([3, 1, 2]) == [1, 2, 3]
        """)
}

@Test func valueWordsAreReadByContext() {
    // A meeting called `plenary` does not change what `form == plenary` means.
    let r = evaluateProgram(planHeader + """
        meeting plenary "全会" { form plenary  date 2025-01-08 }
        meeting talk { form symposium  date 2025-05-06  source citizens }
        require count(meetings where form == plenary) == 1
        require count(meetings where form == 全体会议) == 1
        require count(meetings where form in [plenary, standing_committee]) == 1
        require count(meetings where 形式 != plenary) == 1
        require talk.source == 群众出题
        require plenary.form == plenary
        let forms = [symposium, online]
        require talk.form in forms
        """)
    #expect(r.diagnostics.isEmpty, "\(r.dump)")
}

@Test func roleWordsAndChineseFieldAliases() {
    let r = evaluateProgram(planHeader + """
        committee social "社会和法制委员会"
        member zhang "张伟" { committee social  role standing }
        member li "李娜" { committee social }
        member wang "王强" { role standing, vice_chair }
        require count(members where standing in role) == 2
        require count(members where standing in 身份) == 2
        require count(members where 专委会 == social) == 2
        require count(members where committee == social and vice_chair in role) == 0
        require zhang.身份 == [standing]
        require count(social.members) == 2
        require [m.title for m in members] == [] or true
        """)
    // The list comprehension is not part of the language: only that line is an error.
    #expect(r.errors.count >= 1, "\(r.dump)")
    let clean = evaluateProgram(planHeader + """
        committee social "社会和法制委员会"
        member zhang "张伟" { committee social  role standing }
        member li "李娜" { committee social }
        member wang "王强" { role standing, vice_chair }
        require count(members where standing in role) == 2
        require count(members where standing in 身份) == 2
        require count(members where 专委会 == social) == 2
        require count(members where committee == social and vice_chair in role) == 0
        require zhang.身份 == [standing]
        require count(social.members) == 2
        require count(members where it.title == "李娜") == 1
        """)
    #expect(clean.diagnostics.isEmpty, "\(clean.dump)")
}

@Test func unknownRoleWordWarns() {
    let r = evaluateProgram(planHeader + """
        member a { role standing }
        let x = members where standng in role
        """)
    #expect(r.summary == ["CP0421@4:23"], "\(r.dump)")
    #expect(r.diagnostics.first?.help == "did you mean `standing`?")
}

@Test func interpolationRendersTitlesDaysListsAndDurations() throws {
    let r = evaluateProgram(planHeader + """
        committee econ "经济委员会"
        member a "甲"
        member b "乙"
        let d = 3个月
        meeting m { form symposium  date 2025-05-06  topic "\\(econ)：\\(2025-05-06)，\\([a, b])，\\(d)，\\(1 + 1)" }
        """)
    #expect(r.diagnostics.isEmpty, "\(r.dump)")
    #expect(r.meeting("m")?.topic == "经济委员会：2025-05-06，甲、乙，3个月，2")
}

@Test func namesUnknownDuplicateAndWrongKind() {
    let r = evaluateProgram(planHeader + """
        committee econ
        department zjj
        sector econ
        meeting m { form symposium  date 2025-05-06  lead zjj  with eocn }
        let x = 界别business
        """)
    #expect(r.summary == ["CP0302@5:8", "CP0303@6:51", "CP0301@6:61", "CP0301@7:9"], "\(r.dump)")
    #expect(r.diagnostics[0].labels.first?.message == "first declared here")
    #expect(r.diagnostics[1].message.contains("department"), "\(r.dump)")
    #expect(r.diagnostics[1].message.contains("committee, sector or party"), "\(r.dump)")
    #expect(r.diagnostics[2].help == "did you mean `econ`?")
    #expect(r.diagnostics[3].help?.contains("`界别 business`") == true, "\(r.dump)")
}

@Test func forwardReferencesResolveButLetSeesOnlyAbove() {
    let r = evaluateProgram(planHeader + """
        meeting m { form symposium  date 2025-05-06  lead econ  after n }
        meeting n { form symposium  date 2025-04-06 }
        let c = count(econ.members)
        committee econ
        """)
    #expect(r.summary == ["CP0301@5:15"], "\(r.dump)")
    #expect(r.diagnostics.first?.message.contains("before its declaration") == true, "\(r.dump)")
    #expect(r.meeting("m")?.lead == "econ")
    #expect(r.meeting("m")?.after == "n")
}

@Test func letSeesWhatIsDeclaredAbove() {
    let r = evaluateProgram(planHeader + """
        meeting a { form symposium  date 2025-05-06 }
        let before = count(meetings)
        meeting b { form symposium  date 2025-05-07 }
        require before == 1
        require count(meetings) == 2
        """)
    #expect(r.diagnostics.isEmpty, "\(r.dump)")
}

@Test func controlFlowAndGeneratedIDs() throws {
    let clean = evaluateProgram(planHeader + """
        for i in 1..3 {
          if i == 2 {
            meeting special_\\(i) "特别\\(i)" { form special_consultation  date 2025-06-03 }
          } else {
            meeting topic_\\(i) "议题\\(i)" { form symposium  date 2025-05-06 + (i * 1 days) }
          }
        }
        template consult(id, d) {
          meeting t_\\(id) "模板\\(id)" { form counterpart  date d }
        }
        use consult(1, 2025-07-01)
        use consult(2, 2025-07-02 + 1 days)
        require count(meetings) == 5
        """)
    #expect(clean.diagnostics.isEmpty, "\(clean.dump)")
    #expect(clean.plan?.meetings.map(\.id) == ["topic_1", "special_2", "topic_3", "t_1", "t_2"])
    #expect(clean.meeting("topic_3")?.date.firstDay == evalDay("2025-05-09"))
    #expect(clean.meeting("special_2")?.title == "特别2")
    #expect(clean.meeting("t_2")?.date.firstDay == evalDay("2025-07-03"))
}

@Test func templatesThatReachThemselvesAreErrors() {
    let r = evaluateProgram(planHeader + """
        template a(x) { use b(x) }
        template b(x) { if x > 0 { use a(x - 1) } }
        template c() { use c() }
        use a(3)
        """)
    #expect(r.summary == ["CP0309@3:10", "CP0309@5:10"], "\(r.dump)")
    #expect(r.diagnostics.first?.message.contains("a → b → a") == true, "\(r.dump)")
}

@Test func groupsFromExpressionsAndCycles() {
    let r = evaluateProgram(planHeader + """
        member a { role standing }
        member b
        group g1 = g2.members
        group g2 = g1.members
        group ok = members where standing in role
        """)
    #expect(r.codes == ["CP0311"], "\(r.dump)")
    #expect(r.plan?.groups.first { $0.id == "ok" }?.members == ["a"])
}

@Test func hugeRangeHitsTheStepLimitLazily() {
    var limits = Limits()
    limits.maxEvaluationSteps = 2_000_000
    let clock = ContinuousClock()
    let start = clock.now
    let r = evaluateProgram(planHeader + "for i in 1..1000000000 { let x = i * 2 }", limits: limits)
    #expect(r.codes == ["CP0521"], "\(r.dump)")
    #expect(r.plan == nil)
    #expect(clock.now - start < .seconds(20))
}

@Test func generatedMeetingsLimit() {
    var limits = Limits()
    limits.maxGeneratedMeetings = 50
    let series = evaluateProgram(planHeader + """
        series s { form symposium  every 1 days from 2025-01-01 until 2025-12-31 }
        """, limits: limits)
    #expect(series.codes == ["CP0520"], "\(series.dump)")
    let loop = evaluateProgram(planHeader + """
        for i in 1..60 { meeting m_\\(i) { form symposium  date 2025-05-06 } }
        """, limits: limits)
    #expect(loop.codes == ["CP0520"], "\(loop.dump)")
}

@Test func declarationLimitAndNesting() {
    var limits = Limits()
    limits.maxDeclarations = 10
    let r = evaluateProgram(planHeader + "for i in 1..20 { member m_\\(i) }", limits: limits)
    #expect(r.codes == ["CP0524"], "\(r.dump)")
}

@Test func meetingAndFeedbackFields() {
    let r = evaluateProgram(planHeader + """
        committee econ "经济委员会"
        department zjj "市住房城乡建设局"
        member a { committee econ }
        meeting m "议题甲" {
          form symposium  date 2025-05-06 .. 2025-05-08  lead econ  invite zjj  participants econ
          feedback zjj within 1 months
        }
        meeting t { form online  date 2025-Q4 }
        series s { form symposium  every 2 weeks from 2025-03-06 until 2025-04-03 }
        record m { received zjj 2025-06-01 }
        record s.2 { cancelled }
        require count(m.days) == 3
        require 2025-05-07 in m.days
        require m.start == 2025-05-06 and m.end == 2025-05-08
        require m.status == held
        require t.status == planned and t.tentative
        require m.lead == econ and m.lead.title == "经济委员会"
        require m.牵头 == econ
        require m.participants == [a]
        require count(m.feedback where received) == 1
        require m.feedback[0] == m.feedback[0] or true
        require count(meetings) == 4
        require count(s.occurrences) == 3
        require s.2.status == cancelled
        require count(meetings where status == cancelled) == 0
        require count(members where count(meetings where it.lead == econ) > 0) == 1
        """, today: "2025-06-01")
    // `m.feedback[0]` indexing is not part of the language: only that line is an error.
    #expect(r.errors.allSatisfy { r.position($0).hasPrefix("23:") }, "\(r.dump)")
    let clean = evaluateProgram(planHeader + """
        department zjj "市住房城乡建设局"
        meeting m { form symposium  date 2025-05-06  invite zjj  feedback zjj within 1 months }
        record m { received zjj 2025-06-01 }
        require count(m.feedback where received and department == zjj and due == 2025-06-06) == 1
        """, today: "2025-06-01")
    #expect(clean.diagnostics.isEmpty, "\(clean.dump)")
}

@Test func deepExpressionsWithinTheParserLimitEvaluate() {
    let sum = Array(repeating: "1", count: 200).joined(separator: " + ")
    let nested = String(repeating: "(", count: 120) + "1" + String(repeating: ")", count: 120)
    let r = evaluateProgram(planHeader + "require \(sum) == 200\nrequire \(nested) == 1\nrequire not not not true == false")
    #expect(r.diagnostics.isEmpty, "\(r.dump)")
}
