// Acceptance tests for the plans that check clean (or with the warnings they are meant to
// have): dates computed by hand from the official holiday calendar, asserted one by one.

import ConsultPlan
import Foundation
import Testing

@Suite("Acceptance: plans written from the spec")
struct AcceptanceCleanPlanTests {

    // MARK: (a) county plan, Chinese keywords only, 2026 holiday calendar

    @Test("(a) the Chinese-keyword county plan checks clean")
    func countyPlanIsClean() throws {
        let result = try Acceptance.evaluate("a-county-2026-zh.cplan", today: "2026-01-01")
        #expect(Acceptance.diagnosticLines(result) == [])
        #expect(result.plan?.header.year == 2026)
    }

    @Test("(a) meeting days, series occurrences and feedback due days")
    func countyPlanSchedule() throws {
        let plan = try #require(try Acceptance.evaluate("a-county-2026-zh.cplan", today: "2026-01-01").plan)
        let m = try Acceptance.scheduledMeetings(plan)
        #expect(m["全会"]?["start"] as? String == "2026-01-08")
        #expect(m["全会"]?["end"] as? String == "2026-01-10")
        #expect(m["专题"]?["start"] as? String == "2026-03-03T09:00")
        #expect(m["常委会"]?["start"] as? String == "2026-06-01")
        #expect(m["常委会"]?["end"] as? String == "2026-06-30")
        #expect(m["常委会"]?["tentative"] as? Bool == true)
        #expect(m["提案"]?["start"] as? String == "2026-07-01")
        #expect(m["提案"]?["end"] as? String == "2026-09-30")
        // 20 workdays across 春节 with both make-up Saturdays (2/14, 2/28) counted.
        #expect(Acceptance.feedbackDue(m["对口"]) == ["教育局": "2026-03-04"])
        #expect(Acceptance.feedbackDue(m["专题"]) == ["发改局": "2026-06-03"])
        // 1 week lands on 劳动节 5/1: next working day 5/6.
        #expect(Acceptance.feedbackDue(m["界别"]) == ["市监局": "2026-05-06"])
        // Tentative: the feedback due day is null.
        #expect(Acceptance.feedbackDue(m["提案"]) == ["卫健局": "null"])
        // First Friday monthly, `shift holidays`: 1/2 → 1/4 (a Sunday make-up day), 5/1 → 5/6.
        let online = (1...6).compactMap { m["网络.\($0)"]?["start"] as? String }
        #expect(online == ["2026-01-04", "2026-02-06", "2026-03-06", "2026-04-03", "2026-05-06", "2026-06-05"])
        #expect(m["网络.7"] == nil)
        // Every 2 weeks on Thursday, `skip holidays`: 10/1 (国庆) dropped.
        let forum = (1...6).compactMap { m["座谈.\($0)"]?["start"] as? String }
        #expect(forum == ["2026-09-03T14:30", "2026-09-17T14:30", "2026-10-15T14:30",
                          "2026-10-29T14:30", "2026-11-12T14:30", "2026-11-26T14:30"])
        #expect(m["座谈.7"] == nil)
        #expect(m["座谈.3"]?["topic"] as? String == "职业教育")
        #expect(m["座谈.1"]?["participants"] as? [String] == ["张明", "李华", "陈静"])
    }

    @Test("(a) notice, prepare and follow-up days")
    func countyPlanDeadlines() throws {
        let plan = try #require(try Acceptance.evaluate("a-county-2026-zh.cplan", today: "2026-01-01").plan)
        func day(_ kind: ReminderKind, _ meeting: String) throws -> String? { try Acceptance.reminderDay(plan, kind, meeting) }
        #expect(try day(.notice, "全会") == "2025-12-31")       // back over 元旦, 1/4 Sunday counts
        #expect(try day(.notice, "网络.1") == "2025-12-25")
        #expect(try day(.notice, "对口") == "2026-01-22")
        #expect(try day(.prepare, "对口") == "2025-12-29")      // 1 month before
        #expect(try day(.followUp, "对口") == "2026-02-12")     // 2 weeks after
        #expect(try day(.notice, "专题") == "2026-02-25")       // 2/28 Saturday make-up counts
        #expect(try day(.prepare, "专题") == "2026-01-30")      // 2/1 Sunday rolls back
        #expect(try day(.followUp, "专题") == "2026-03-12")
        #expect(try day(.notice, "网络.3") == "2026-02-28")     // a Saturday make-up day
        #expect(try day(.notice, "界别") == "2026-04-02")       // 15 workdays over 清明
        #expect(try day(.followUp, "界别") == "2026-05-09")     // Saturday make-up: no roll
        #expect(try day(.notice, "座谈.1") == "2026-08-27")
        #expect(try day(.notice, "座谈.3") == "2026-10-09")
        #expect(try day(.notice, "常委会") == "2026-06-01")     // tentative: the window's first day
    }

    @Test("(a) remind --on 2026-02-24")
    func countyPlanReminders() throws {
        let plan = try #require(try Acceptance.evaluate("a-county-2026-zh.cplan", today: "2026-02-24").plan)
        #expect(try Acceptance.reminderLines(plan, on: "2026-02-24", days: 14) == [
            "2026-02-25 notice 专题 upcoming",
            "2026-02-28 notice 网络.3 upcoming",
            "2026-03-03 meeting 专题 upcoming",
            "2026-03-04 feedback 对口 upcoming",
            "2026-03-06 meeting 网络.3 upcoming",
        ])
        // On 7/1 with nothing received, every earlier feedback is overdue (dated its due day);
        // the Q3 meeting's reminders are tentative, dated the window's first day.
        let july = try Acceptance.reminderLines(plan, on: "2026-07-01", days: 0)
        #expect(july == ["2026-03-04 feedback 对口 overdue", "2026-05-06 feedback 界别 overdue",
                         "2026-06-03 feedback 专题 overdue",
                         "2026-07-01 notice 提案 tentative", "2026-07-01 meeting 提案 tentative",
                         "2026-07-01 feedback 提案 tentative"])
    }

    @Test("(a) golden schedule JSON")
    func countyPlanGolden() throws {
        let plan = try #require(try Acceptance.evaluate("a-county-2026-zh.cplan", today: "2026-01-01").plan)
        try Acceptance.expectGolden(Acceptance.scheduleJSON(plan), "a-county-2026-zh.schedule.json")
    }

    // MARK: (b) a real published plan: 山东省政协 2015, 界别协商 12 项

    @Test("(b) the published 2015 plan: only the two expected warnings, no calendar warning")
    func shandongDiagnostics() throws {
        let result = try Acceptance.evaluate("b-shandong-2015-sector.cplan", today: "2015-01-01")
        #expect(Acceptance.diagnosticLines(result) == [
            "CP0602 b-shandong-2015-sector.cplan:19:1",
            "CP0603 b-shandong-2015-sector.cplan:19:1",
        ])
    }

    @Test("(b) month windows, order and tentative reminders")
    func shandongSchedule() throws {
        let plan = try #require(try Acceptance.evaluate("b-shandong-2015-sector.cplan", today: "2015-01-01").plan)
        let data = Data(Acceptance.scheduleJSON(plan).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let meetings = try #require(object["meetings"] as? [[String: Any]])
        #expect(meetings.compactMap { $0["id"] as? String } == (1...12).map { String(format: "j%02d", $0) })
        #expect(meetings.allSatisfy { $0["tentative"] as? Bool == true })
        let m = try Acceptance.scheduledMeetings(plan)
        #expect(m["j01"]?["start"] as? String == "2015-04-01")
        #expect(m["j01"]?["end"] as? String == "2015-04-30")
        #expect(m["j07"]?["start"] as? String == "2015-08-01")
        #expect(m["j12"]?["end"] as? String == "2015-11-30")
        #expect(m["j10"]?["title"] as? String == "《山东省妇女发展“十二五”规划》《山东省儿童发展“十二五”规划》实施情况")
        #expect(m["j03"]?["invite"] as? [String] == ["qdhg", "jnhg", "swt"])
        #expect(try Acceptance.reminderLines(plan, on: "2015-05-01", days: 14) == [
            "2015-05-01 notice j02 tentative", "2015-05-01 notice j03 tentative",
            "2015-05-01 meeting j02 tentative", "2015-05-01 meeting j03 tentative",
        ])
        try Acceptance.expectGolden(Acceptance.scheduleJSON(plan), "b-shandong-2015-sector.schedule.json")
    }

    // MARK: (c) mixed keywords and full-width punctuation

    @Test("(c) one fullwidth warning per run, exactly where the characters are")
    func fullwidthWarnings() throws {
        let result = try Acceptance.evaluate("c-mixed-fullwidth.cplan", today: "2026-01-01")
        #expect(result.diagnostics.allSatisfy { $0.rule == "fullwidth" && $0.severity == .warning })
        #expect(Acceptance.codeLines(result) == [
            "CP0120 4:6", "CP0120 8:57", "CP0120 11:12", "CP0120 14:48", "CP0120 15:12", "CP0120 15:25",
            "CP0120 17:36", "CP0120 17:66", "CP0120 21:6", "CP0120 23:10", "CP0120 31:21", "CP0120 31:28",
            "CP0120 39:14", "CP0120 39:43",
        ].sorted())
    }

    @Test("(c) full-width input means the same as ASCII")
    func fullwidthSchedule() throws {
        let plan = try #require(try Acceptance.evaluate("c-mixed-fullwidth.cplan", today: "2026-01-01").plan)
        #expect(plan.header.year == 2026)
        let m = try Acceptance.scheduledMeetings(plan)
        #expect(m["m1"]?["start"] as? String == "2026-04-22T09:00")
        #expect(m["m1"]?["participants"] as? [String] == ["zhang", "li"])
        #expect(m["m2"]?["start"] as? String == "2026-05-12T14:30")
        #expect(m["m2"]?["end"] as? String == "2026-05-12T17:00")
        #expect(Acceptance.feedbackDue(m["m1"]) == ["fgw": "2026-05-22"])   // over 劳动节, 5/9 counts
        #expect(Acceptance.feedbackDue(m["m2"]) == ["jyj": "2026-06-11"])
        #expect(try Acceptance.reminderDay(plan, .notice, "m2") == "2026-05-08")  // 3 workdays, 5/9 counts
        #expect(try Acceptance.reminderDay(plan, .notice, "qh") == "2026-01-06")
        try Acceptance.expectGolden(Acceptance.scheduleJSON(plan), "c-mixed-fullwidth.schedule.json")
    }

    @Test("(c) fmt rewrites the full-width characters and the result checks clean, idempotently")
    func fullwidthFormat() throws {
        let text = try #require(try Acceptance.allFiles()["c-mixed-fullwidth.cplan"])
        let formatted = try #require(Formatter.format(source: text).formatted)
        #expect(!formatted.contains("，") && !formatted.contains("２") && !formatted.contains("“"))
        #expect(Formatter.format(source: formatted).formatted == formatted)
        let result = Engine(configuration: .init(today: try #require(Day("2026-01-01"))))
            .evaluate(source: formatted, name: "c.cplan")
        #expect(result.diagnostics.isEmpty)
    }

    // MARK: (d) scripting

    @Test("(d) scripting: clean, templates and for-loop declare the expected meetings")
    func scriptingPlan() throws {
        let result = try Acceptance.evaluate("d-scripting-2026.cplan", today: "2026-01-01")
        #expect(Acceptance.diagnosticLines(result) == [])
        let plan = try #require(result.plan)
        let m = try Acceptance.scheduledMeetings(plan)
        #expect(Set(m.keys) == ["qh", "duikou_1", "duikou_2", "duikou_3", "zt", "xc_1", "xc_2", "xc_3", "xc_4"])
        #expect(m["duikou_2"]?["title"] as? String == "对口协商：基层医疗")
        #expect(m["duikou_3"]?["start"] as? String == "2026-09-29T14:30")
        #expect((1...4).compactMap { m["xc_\($0)"]?["start"] as? String }
                == ["2026-06-15", "2026-06-16", "2026-06-17", "2026-06-18"])
        #expect(m["xc_2"]?["title"] as? String == "民主监督视察 第2天")
        #expect(m["zt"]?["participants"] as? [String] == ["a", "c", "e"])
        #expect(Acceptance.feedbackDue(m["duikou_1"]) == ["jyj": "2026-04-08"])
        #expect(Acceptance.feedbackDue(m["duikou_2"]) == ["wjw": "2026-06-04"])
        #expect(Acceptance.feedbackDue(m["duikou_3"]) == ["fgw": "2026-11-02"])
        #expect(Acceptance.feedbackDue(m["zt"]) == ["fgw": "2026-06-15"])
        #expect(try Acceptance.reminderDay(plan, .notice, "duikou_2") == "2026-04-28")
        #expect(try Acceptance.reminderDay(plan, .notice, "duikou_3") == "2026-09-21")
        #expect(try Acceptance.reminderDay(plan, .followUp, "duikou_1") == "2026-03-20")
        #expect(try Acceptance.reminderDay(plan, .followUp, "duikou_3") == "2026-10-09")
        #expect(try Acceptance.reminderDay(plan, .prepare, "zt") == "2026-03-31")
        #expect(try Acceptance.reminderDay(plan, .notice, "xc_4") == "2026-06-11")
        try Acceptance.expectGolden(Acceptance.scheduleJSON(plan), "d-scripting-2026.schedule.json")
    }

    // MARK: (e) tracking file

    @Test("(e) tracking: one max_absences warning in the included plan")
    func trackingDiagnostics() throws {
        let result = try Acceptance.evaluate("e-tracking-2026.cplan", today: "2026-03-20")
        #expect(Acceptance.diagnosticLines(result) == ["CP0752 a-county-2026-zh.cplan:32:4"])
    }

    @Test("(e) moved meetings recompute their deadlines; statuses and received feedback")
    func trackingSchedule() throws {
        let plan = try #require(try Acceptance.evaluate("e-tracking-2026.cplan", today: "2026-03-20").plan)
        let m = try Acceptance.scheduledMeetings(plan)
        #expect(m["专题"]?["start"] as? String == "2026-03-05T09:00")
        #expect(m["专题"]?["end"] as? String == "2026-03-05T12:00")
        #expect(m["专题"]?["status"] as? String == "held")
        #expect(Acceptance.feedbackDue(m["专题"]) == ["发改局": "2026-06-05"])
        #expect(m["界别"]?["start"] as? String == "2026-04-28")
        #expect(Acceptance.feedbackDue(m["界别"]) == ["市监局": "2026-05-06"])
        #expect(m["网络.2"]?["status"] as? String == "cancelled")
        #expect(m["对口"]?["status"] as? String == "held")
        #expect(m["网络.4"]?["status"] as? String == "planned")
        let received = (m["专题"]?["feedback"] as? [[String: Any]])?.first?["received"] as? String
        #expect(received == "2026-05-20")
        #expect(try Acceptance.reminderDay(plan, .notice, "专题") == "2026-02-27")
        #expect(try Acceptance.reminderDay(plan, .prepare, "专题") == "2026-02-03")
        #expect(try Acceptance.reminderDay(plan, .followUp, "专题") == "2026-03-16")
        #expect(try Acceptance.reminderDay(plan, .notice, "界别") == "2026-04-07")
        #expect(try Acceptance.reminderDay(plan, .followUp, "界别") == "2026-05-13")
        // Received feedback never reminds; the cancelled meeting neither.
        #expect(try Acceptance.reminderDay(plan, .feedback, "专题") == nil)
        #expect(try Acceptance.reminderDay(plan, .feedback, "界别") == nil)
        #expect(try Acceptance.reminderDay(plan, .meeting, "网络.2") == nil)
        try Acceptance.expectGolden(Acceptance.scheduleJSON(plan), "e-tracking-2026.schedule.json")
    }

    @Test("(e) remind --on 2026-03-20: the unreceived feedback is overdue and keeps its day")
    func trackingReminders() throws {
        let plan = try #require(try Acceptance.evaluate("e-tracking-2026.cplan", today: "2026-03-20").plan)
        #expect(try Acceptance.reminderLines(plan, on: "2026-03-20", days: 14) == [
            "2026-03-04 feedback 对口 overdue",
            "2026-03-27 notice 网络.4 upcoming",
            "2026-04-03 meeting 网络.4 upcoming",
        ])
        let onDue = try #require(try Acceptance.evaluate("e-tracking-2026.cplan", today: "2026-03-04").plan)
        #expect(try Acceptance.reminderLines(onDue, on: "2026-03-04", days: 0) == ["2026-03-04 feedback 对口 due"])
    }

    @Test("(e) attendance as of 2026-03-20")
    func trackingAttendance() throws {
        let plan = try #require(try Acceptance.evaluate("e-tracking-2026.cplan", today: "2026-03-20").plan)
        let rows = Dictionary(uniqueKeysWithValues: attendanceReport(plan).map { ($0.member, $0) })
        let zhao = try #require(rows["赵刚"])
        #expect([Int]([zhao.held, zhao.attended, zhao.excused, zhao.absent]) == [3, 1, 0, 2])
        let wang = try #require(rows["王芳"])
        #expect([Int]([wang.held, wang.attended, wang.excused, wang.absent]) == [4, 3, 1, 0])
        let li = try #require(rows["李华"])
        #expect([Int]([li.held, li.attended, li.excused, li.absent]) == [5, 5, 0, 0])
    }
}
