// PlanSession, the library side of `cplan repl`: incomplete input by code, values,
// declarations and what they change, rejection of errors, :why, load and reload.

import ConsultPlan
import Testing

/// A small plan in the 2025 calendar.
private let smallPlan = """
    plan "测试计划" { year 2025 }
    committee econ "经济委员会"
    department zjj "市住房城乡建设局"
    member huang "黄志明" { committee econ  role standing }
    meeting housing "城市更新" {
      form special_consultation
      date 2025-04-22 09:00..12:00
      lead econ
      invite zjj
      prepare "调研报告" due 2 weeks before
      feedback zjj within 3 months
    }

    """

private func session(_ text: String = smallPlan, today: String = "2025-04-01") -> PlanSession {
    var s = PlanSession(configuration: Engine.Configuration(today: Day(today) ?? .minimum))
    s.load(SourceFile(name: "plan.cplan", text: text))
    return s
}

@Test func incompleteInputIsRecognisedByCode() {
    #expect(PlanSession.isIncomplete("meeting x {"))
    #expect(PlanSession.isIncomplete("count(meetings"))
    #expect(PlanSession.isIncomplete("[1, 2,"))
    #expect(PlanSession.isIncomplete("1 +"))
    #expect(PlanSession.isIncomplete("let s = \"\"\"\n  abc"))
    #expect(PlanSession.isIncomplete("/* a comment"))
    #expect(!PlanSession.isIncomplete("1 + 2"))
    #expect(!PlanSession.isIncomplete("meeting x { form symposium }"))
    // A one-line string cannot continue on the next line: it is an error, not more input.
    #expect(!PlanSession.isIncomplete("\"abc"))
    #expect(!PlanSession.isIncomplete(")"))
}

@Test func anEmptySessionEvaluatesDayArithmetic() {
    var s = PlanSession(configuration: Engine.Configuration(today: Day("2025-04-01") ?? .minimum))
    let r = s.submit("2025-04-17 + 3 months")
    #expect(r.outcome == .evaluated)
    #expect(r.values == [.day(Day("2025-07-17") ?? .minimum)])
    #expect(r.lines == ["2025-07-17 (周四 Thursday) — working day"])
    #expect(r.diagnostics.isEmpty)
}

@Test func daysSayWhetherTheyAreWorkingDays() {
    var s = session()
    #expect(s.submit("2025-10-02").lines == ["2025-10-02 (周四 Thursday) — day off: 国庆节、中秋节"])
    #expect(s.submit("2025-04-19").lines == ["2025-04-19 (周六 Saturday) — day off (weekend)"])
    #expect(s.submit("2025-09-28").lines == ["2025-09-28 (周日 Sunday) — make-up working day: 国庆节、中秋节调休"])
}

@Test func valuesOfEveryKindPrint() {
    var s = session()
    #expect(s.submit("1 + 2").lines == ["3"])
    #expect(s.submit("\"a\" + \"b\"").lines == ["\"ab\""])
    #expect(s.submit("count(meetings)").lines == ["1"])
    #expect(s.submit("housing.start").values == [.day(Day("2025-04-22") ?? .minimum)])
    #expect(s.submit("huang").lines == ["member huang: 黄志明 (econ, standing)"])
    #expect(s.submit("[1, 2]").lines == ["[1, 2]"])
    let table = s.submit("meetings where form == special_consultation").lines
    #expect(table.count == 1)
    #expect(table[0].hasPrefix("1 meeting\n"))
    #expect(table[0].contains("housing"))
}

@Test func aDeclarationIsAddedAndReported() {
    var s = session()
    let r = s.submit("meeting forum \"座谈\" {\n  form symposium\n  date 2025-06-12\n}")
    #expect(r.outcome == .accepted)
    #expect(r.lines == ["added meeting forum (2025-06-12, 协商座谈会)"])
    #expect(s.entries.count == 1)
    #expect(s.submit("count(meetings)").lines == ["2"])
    #expect(s.identifiers.contains("forum"))
}

@Test func aRecordChangesAMeeting() {
    var s = session()
    let r = s.submit("record housing { held 2025-04-23 }")
    #expect(r.outcome == .accepted)
    #expect(r.lines == ["changed: 1 meeting (housing)"])
    #expect(s.plan?.meetings.first?.date.firstDay == Day("2025-04-23"))
}

@Test func aHolidayChangesTheCalendarAndTheMeetingsItMoves() {
    var s = session()
    let r = s.submit("holiday 2025-04-21 \"调研日\"")
    #expect(r.outcome == .accepted)
    #expect(r.lines.contains("calendar: 2025-04-21 (周一 Monday) is now a day off: 调研日"))
    #expect(r.lines.contains("changed: 1 meeting (housing)"))
}

@Test func letBindingsAreReportedAndUsable() {
    var s = session()
    #expect(s.submit("let n = 2 * 21").lines == ["n = 42"])
    #expect(s.submit("n + 1").lines == ["43"])
}

@Test func errorsRejectTheInputAndTheSessionGoesOn() {
    var s = session()
    let unknown = s.submit("nosuch + 1")
    #expect(unknown.outcome == .rejected)
    #expect(unknown.diagnostics.map(\.code.id) == ["CP0301"])
    let missingDate = s.submit("meeting bad { form symposium }")
    #expect(missingDate.outcome == .rejected)
    #expect(missingDate.diagnostics.hasErrors)
    #expect(s.entries.isEmpty)
    #expect(!s.identifiers.contains("bad"))
    let duplicate = s.submit("committee econ")
    #expect(duplicate.outcome == .rejected)
    let syntax = s.submit("meeting { }")
    #expect(syntax.outcome == .rejected)
    #expect(s.submit("1 + 1").lines == ["2"])
}

@Test func anIncompleteInputAskedToBeFinalGetsItsSyntaxError() {
    var s = session()
    #expect(s.submit("meeting x {").outcome == .incomplete)
    let r = s.submit("meeting x {", allowIncomplete: false)
    #expect(r.outcome == .rejected)
    #expect(r.diagnostics.contains { DiagnosticCode.incompleteInputCodes.contains($0.code) })
}

@Test func whyExplainsDayArithmetic() {
    let s = session()
    #expect(s.why("2025-04-17 + 3 months").lines == ["2025-04-17 + 3 months = 2025-07-17 (Thu), a working day"])
    let off = s.why("2025-09-30 + 7 days").lines
    #expect(off.count == 1)
    #expect(off[0].hasPrefix("2025-09-30 + 7 days = 2025-10-07 (Tue, a day off: 国庆节、中秋节)"))
    #expect(off[0].contains("forward to 2025-10-09 (Thu)"))
}

@Test func whyExplainsAMeetingsDeadlines() {
    let s = session()
    let lines = s.why("housing").lines
    #expect(lines.first?.hasPrefix("meeting housing: 城市更新") == true)
    #expect(lines.contains { $0.hasPrefix("  notice (5 workdays before): 2025-04-15") })
    #expect(lines.contains { $0.hasPrefix("  prepare \"调研报告\" by econ: due 2025-04-08") })
    #expect(lines.contains { $0.hasPrefix("  feedback from zjj: due 2025-07-22") })
}

@Test func whyRejectsStatementsAndErrors() {
    let s = session()
    #expect(s.why("let x = 1").outcome == .rejected)
    #expect(s.why("nosuch").diagnostics.map(\.code.id) == ["CP0301"])
}

@Test func aFileWithSyntaxErrorsIsNotLoaded() {
    var s = session()
    let r = s.load(SourceFile(name: "broken.cplan", text: "meeting {"))
    #expect(r.plan == nil)
    #expect(s.mainFile.name == "plan.cplan")
    #expect(s.plan?.meetings.count == 1)
}

@Test func reloadReplaysTheInputs() {
    var s = session()
    _ = s.submit("meeting forum { form symposium  date 2025-06-12 }")
    let r = s.reload(SourceFile(name: "plan.cplan", text: smallPlan + "sector agri \"农业界\"\n"))
    #expect(r.plan?.meetings.map(\.id) == ["housing", "forum"])
    #expect(s.identifiers.contains("agri"))
    #expect(s.entries.count == 1)
}

@Test func aSessionWithoutAPlanIsNotRejectedForIt() {
    var s = PlanSession()
    #expect(s.submit("committee econ").outcome == .accepted)
    #expect(s.submit("plan \"x\" { year 2025 }").lines == ["added plan (\"x\", year 2025)"])
    #expect(s.submit("committee econ").outcome == .rejected)
}
