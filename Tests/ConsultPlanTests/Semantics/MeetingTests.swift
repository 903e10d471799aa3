// Meetings, deadlines, tentative meetings, series and records (LANGUAGE.md 4):
// the dates a planner computes by hand with the 2025 State Council calendar.
import Testing
@testable import ConsultPlan

private let units = """
    committee social "社会和法制委员会"
    department zjj "市住房城乡建设局"
    department fgw "市发展改革委"
    member li { committee social }

    """

@Test func noticeFromMeetingPolicyOrDefault() {
    let r = evaluateProgram("""
        plan "P" { year 2025 }
        policy { min_topic_consultations 0  notice 3 workdays }
        meeting a { form symposium  date 2025-05-06 }
        meeting b { form symposium  date 2025-05-06  notice 10 days }
        """)
    #expect(r.diagnostics.isEmpty, "\(r.dump)")
    // 3 workdays before 5/6: 4/30, 4/29, 4/28 (May 1–5 off).
    #expect(r.meeting("a")?.noticeDay == evalDay("2025-04-28"))
    // 10 days before 5/6 is 4/26, a Saturday: rolled back to Friday 4/25.
    #expect(r.meeting("b")?.noticeDay == evalDay("2025-04-25"))
    let d = evaluateProgram(planHeader + "meeting a { form symposium  date 2025-05-06 }")
    // The default 5 workdays: 4/30, 4/29, 4/28, 4/27 (a make-up Sunday), 4/25.
    #expect(d.meeting("a")?.noticeDay == evalDay("2025-04-25"))
}

@Test func deadlinesRollToWorkingDays() throws {
    let r = evaluateProgram(planHeader + units + """
        meeting m {
          form symposium
          date 2025-09-28 .. 2025-09-30
          lead social
          invite zjj, fgw
          prepare "材料" due 1 days before
          prepare "名单" by "市政协办公室" due 2025-09-01
          follow_up "纪要" by li due 1 days after
          feedback zjj within 1 days
          feedback fgw within 10 workdays
        }
        """)
    #expect(r.diagnostics.isEmpty, "\(r.dump)")
    let m = try #require(r.meeting("m"))
    // The meeting starts on 9/28, a make-up working day; 9/27 is a Saturday off: rolled back to 9/26.
    #expect(m.tasks[0].due == evalDay("2025-09-26"))
    #expect(m.tasks[0].by == .id("social"))
    #expect(m.tasks[1].due == evalDay("2025-09-01"))
    #expect(m.tasks[1].by == .text("市政协办公室"))
    // 10/1 is National Day (10/1–10/8 off): rolled forward to 10/9.
    #expect(m.tasks[2].due == evalDay("2025-10-09"))
    #expect(m.tasks[2].by == .id("li"))
    #expect(m.feedback[0].due == evalDay("2025-10-09"))
    // 10 workdays after 9/30: 10/9, 10/10, 10/11 (make-up), 10/13 … 10/17, 10/20, 10/21.
    #expect(m.feedback[1].due == evalDay("2025-10-21"), "\(String(describing: m.feedback[1].due))")
}

@Test func tentativeMeetings() throws {
    let r = evaluateProgram(planHeader + units + """
        meeting m {
          form symposium
          date 2025-Q3
          lead social
          invite zjj
          prepare "材料" due 30 days before
          prepare "名单" due 2025-06-20
          feedback zjj within 3 months
        }
        meeting n { form symposium  date 2025-11 }
        """)
    #expect(r.diagnostics.isEmpty, "\(r.dump)")
    let m = try #require(r.meeting("m"))
    #expect(m.isTentative)
    #expect(m.noticeDay == nil)
    #expect(m.tasks[0].due == evalDay("2025-07-01"))
    #expect(m.tasks[0].dueIsTentative)
    #expect(m.tasks[1].due == evalDay("2025-06-20"))
    #expect(!m.tasks[1].dueIsTentative)
    #expect(m.feedback[0].due == nil)
    #expect(r.meeting("n")?.date == .month(YearMonth(year: 2025, month: 11)!))
}

@Test func dateErrors() {
    let r = evaluateProgram(planHeader + """
        meeting a { form symposium  date 2026-01-05 }
        meeting b { form symposium  date 2025-05-08 .. 2025-05-06 }
        meeting c { form symposium  date 2025-05-06 12:00..09:00 }
        meeting d { form symposium }
        meeting e { date 2025-05-06 }
        meeting f { form symposium  date 2025-12 + 0 }
        meeting g { form symposium  date 2024-Q4 }
        """)
    #expect(r.summary == [
        "CP0411@3:29", "CP0410@4:34", "CP0410@5:45", "CP0406@6:9", "CP0406@7:9", "CP0401@8:42", "CP0411@9:29",
    ], "\(r.dump)")
}

@Test func deadlineErrors() {
    let r = evaluateProgram(planHeader + units + """
        meeting m {
          form symposium
          date 2025-05-06
          invite zjj
          prepare "a" due 3 days after
          follow_up "b" due 2 hours after
          feedback zjj within 3 hours
          feedback li within 3 days
        }
        """)
    #expect(r.codes == ["CP0415", "CP0413", "CP0413", "CP0303"], "\(r.dump)")
}

@Test func fromReportUsesTheReportDayOrNotes() throws {
    let r = evaluateProgram(planHeader + units + """
        meeting a { form symposium  date 2025-05-06  invite zjj  report 2025-05-12  feedback zjj within 10 days from report }
        meeting b { form symposium  date 2025-05-06  invite zjj  feedback zjj within 10 days from report }
        """)
    #expect(r.codes == ["CP0422"], "\(r.dump)")
    #expect(r.diagnostics.first?.severity == .note)
    #expect(r.meeting("a")?.feedback.first?.due == evalDay("2025-05-22"))
    #expect(r.meeting("b")?.feedback.first?.due == evalDay("2025-05-16"))
}

@Test func participantsExpandWithoutDuplicatesInDeclarationOrder() throws {
    let r = evaluateProgram(planHeader + """
        committee econ
        sector business
        party minge
        member a { committee econ }
        member b { sector business  party minge  role standing }
        member c { party minge }
        member d
        group g = [d, a]
        meeting m { form symposium  date 2025-05-06  participants g, minge, econ, c }
        meeting n { form symposium  date 2025-05-07  participants members where standing in role }
        meeting o { form symposium  date 2025-05-08  participants all }
        """)
    #expect(r.diagnostics.isEmpty, "\(r.dump)")
    #expect(r.meeting("m")?.participants == ["a", "b", "c", "d"])
    #expect(r.meeting("n")?.participants == ["b"])
    #expect(r.meeting("o")?.participants == ["a", "b", "c", "d"])
}

@Test func seriesOnMonthsShiftsAndTopics() throws {
    let r = evaluateProgram(planHeader + """
        series monthly "月度协商" {
          every month on first monday from 2025-01-01 until 2025-06-30
          form symposium
          topic "月度议题"
          topics "一月", "二月"
        }
        series daily {
          every 1 days from 2025-05-02 until 2025-05-06
          form symposium
          shift holidays
        }
        meeting after_forum { form symposium  date 2025-07-01  after monthly }
        """)
    let monthly = r.plan?.meetings.filter { $0.series == "monthly" } ?? []
    // First Mondays 2/3 (Spring Festival), 5/5 (Labour Day) and 6/2 (Dragon Boat) are days off: skipped.
    #expect(monthly.map(\.date.firstDay.description) == ["2025-01-06", "2025-03-03", "2025-04-07"])
    #expect(monthly.map(\.topic) == ["一月", "二月", "月度议题"])
    #expect(monthly.map(\.id) == ["monthly.1", "monthly.2", "monthly.3"])
    #expect(r.codes.contains("CP0418"), "\(r.dump)")
    #expect(r.codes.contains("CP0419"), "\(r.dump)")
    #expect(r.codes.contains("CP0306"), "\(r.dump)")
    let after = r.diagnostics.first { $0.code.id == "CP0306" }
    #expect(after?.help?.contains("monthly.1") == true)
    let daily = r.plan?.series.first { $0.id == "daily" }
    #expect(daily?.occurrences == ["daily.1"], "\(String(describing: daily))")
}

@Test func cadenceCombinations() {
    let r = evaluateProgram(planHeader + """
        series a { form symposium  every 2 weeks on first monday from 2025-03-03 until 2025-06-30 }
        series b { form symposium  every month on monday from 2025-03-03 until 2025-06-30 }
        series c { form symposium  every 3 days on monday from 2025-03-03 until 2025-06-30 }
        series d { form symposium  every 2 workdays from 2025-03-03 until 2025-06-30 }
        series e { form symposium  every 1 weeks from 2025-03-03 until 2025-02-28 }
        series f { form symposium  every 1 weeks from 2025-12-01 until 2026-01-31 }
        """)
    #expect(r.codes == ["CP0414", "CP0414", "CP0414", "CP0414", "CP0410", "CP0411"], "\(r.dump)")
}

@Test func recordsMoveCancelAndReceive() throws {
    let r = evaluateProgram(planHeader + units + """
        meeting housing {
          form special_consultation
          date 2025-04-22 09:00..12:00
          lead social
          invite zjj, fgw
          prepare "报告" due 30 days before
          feedback zjj within 3 months
          feedback fgw within 10 days from report
          participants li
        }
        series forum { form biweekly_forum  every 2 weeks on thursday from 2025-03-06 until 2025-04-17 }
        record housing {
          held 2025-04-23
          report 2025-04-30
          received zjj 2025-07-10
        }
        record forum.3 { cancelled "因故取消" }
        record housing { absent li }
        require count(meetings) == 4
        """, today: "2025-06-01")
    #expect(r.diagnostics.isEmpty, "\(r.dump)")
    let housing = try #require(r.meeting("housing"))
    #expect(housing.date == .timed(evalDay("2025-04-23")!, start: TimeOfDay(hour: 9, minute: 0)!, end: TimeOfDay(hour: 12, minute: 0)!))
    #expect(housing.plannedDate.firstDay == evalDay("2025-04-22"))
    #expect(housing.status == .held)
    #expect(housing.report == evalDay("2025-04-30"))
    // 30 days before 4/23 is 3/24, a Monday.
    #expect(housing.tasks.first?.due == evalDay("2025-03-24"))
    #expect(housing.feedback[0].due == evalDay("2025-07-23"))
    #expect(housing.feedback[0].received == .some(evalDay("2025-07-10")))
    // 10 days after the report day 4/30 is 5/10, a Saturday: rolled forward to Monday 5/12.
    #expect(housing.feedback[1].due == evalDay("2025-05-12"))
    #expect(housing.feedback[1].received == nil)
    #expect(housing.absent == ["li"])
    let forum3 = try #require(r.meeting("forum.3"))
    #expect(forum3.status == .cancelled)
    #expect(forum3.cancelReason == "因故取消")
    // Over and not cancelled: held; 4/17 is before today 6/1.
    #expect(r.meeting("forum.4")?.status == .held)
    let planned = evaluateProgram(planHeader + "meeting m { form symposium  date 2025-05-06 }", today: "2025-05-06")
    #expect(planned.meeting("m")?.status == .planned)
}

@Test func recordContradictions() {
    let r = evaluateProgram(planHeader + units + """
        meeting m { form symposium  date 2025-05-06  invite zjj  feedback zjj within 1 months  participants li }
        series s { form symposium  every 1 weeks from 2025-03-03 until 2025-03-20 }
        record m { held 2025-05-07 }
        record m { held 2025-05-08 }
        record m { cancelled }
        record m { received fgw }
        record m {
          received zjj 2025-05-20
          received zjj
        }
        record m {
          absent li
          leave li
        }
        record s { held }
        record social { held }
        """)
    #expect(r.codes == ["CP0703", "CP0702", "CP0704", "CP0705", "CP0706", "CP0701", "CP0701"], "\(r.dump)")
}

@Test func approvalSteps() throws {
    let r = evaluateProgram(planHeader + """
        approval {
          approved 2024-12-20 by "市委常委会会议"
          drafted 2024-11-20 by "市政协办公室"
          drafted 2024-11-21 by "市政协办公室"
        }
        """)
    #expect(r.codes == ["CP0707"], "\(r.dump)")
    #expect(r.plan?.approval.map(\.kind) == [.approved, .drafted])
}

@Test func noCalendarDataWarnsOnceUnlessDeclared() {
    let r = evaluateProgram("""
        plan "P" { year 2030 }
        policy { min_topic_consultations 0 }
        meeting a { form symposium  date 2030-05-07 }
        meeting b { form symposium  date 2030-06-07 }
        """)
    #expect(r.summary == ["CP0420@1:1"], "\(r.dump)")
    let declared = evaluateProgram("""
        plan "P" { year 2030 }
        policy { min_topic_consultations 0 }
        holiday 2030-05-01 .. 2030-05-05 "劳动节"
        meeting a { form symposium  date 2030-05-07 }
        """)
    #expect(declared.diagnostics.isEmpty, "\(declared.dump)")
    #expect(declared.plan?.calendar.isWorkday(Day("2030-05-02")!) == false)
    let weekends = evaluateProgram("""
        plan "P" { year 2030  calendar weekends }
        policy { min_topic_consultations 0 }
        meeting a { form symposium  date 2030-05-07 }
        """)
    #expect(weekends.diagnostics.isEmpty, "\(weekends.dump)")
}

@Test func holidayDeclarationsOverrideTheCalendarEverywhere() throws {
    let r = evaluateProgram(planHeader + """
        meeting m { form symposium  date 2025-05-12 }
        include "days.cplan"
        """, files: ["days.cplan": "holiday 2025-05-09 \"调整\"\nworkday 2025-05-10\n"])
    #expect(r.diagnostics.isEmpty, "\(r.dump)")
    // 5 workdays before 5/12: 5/10 (declared working), 5/8, 5/7, 5/6, 5/2? No: 5/2 is Labour Day; so 4/30.
    #expect(r.meeting("m")?.noticeDay == evalDay("2025-04-30"), "\(String(describing: r.meeting("m")?.noticeDay))")
    let nested = evaluateProgram(planHeader + "if true { holiday 2025-05-09 }")
    #expect(nested.codes == ["CP0423"], "\(nested.dump)")
}

@Test func policyAndSeverities() throws {
    let r = evaluateProgram("""
        plan "P" { year 2025 }
        policy {
          min_topic_consultations 6
          supervision_share 20%
          max_absences 2
          severity series_topics off
          severity series_shift error
          severity no_such_rule warning
        }
        series s { form symposium  every 2 weeks from 2025-03-06 until 2025-04-03  topics "甲" }
        """)
    #expect(r.codes == ["CP0313"], "\(r.dump)")
    let p = try #require(r.plan?.policy)
    #expect(p.minTopicConsultations == 6)
    #expect(p.supervisionShare == ExactDecimal(mantissa: 2, scale: 1))
    #expect(p.maxAbsences == 2)
    #expect(p.severities["series_shift"] == .some(.error))
    #expect(p.severities.keys.contains("series_topics"))
}

@Test func planDeclarationRules() {
    let none = evaluateProgram("committee econ")
    #expect(none.codes == ["CP0407"], "\(none.dump)")
    let two = evaluateProgram("plan \"A\" { year 2025 }\nplan \"B\" { year 2025 }\npolicy { min_topic_consultations 0 }")
    #expect(two.summary == ["CP0408@2:1"], "\(two.dump)")
    let noYear = evaluateProgram("plan \"A\" { organization \"x\" }\npolicy { min_topic_consultations 0 }")
    #expect(noYear.codes == ["CP0406"], "\(noYear.dump)")
}
