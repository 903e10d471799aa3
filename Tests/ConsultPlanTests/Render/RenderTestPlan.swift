// A synthetic evaluated plan built in code (no evaluator needed) that exercises
// every renderer: held, cancelled, tentative, timed, multi-day, escaping, CJK.
import Foundation
@testable import ConsultPlan

enum RenderTestPlan {
    static func day(_ s: String) -> Day {
        guard let d = Day(s) else { preconditionFailure("bad test day \(s)") }
        return d
    }

    static func time(_ h: Int, _ m: Int) -> TimeOfDay {
        guard let t = TimeOfDay(hour: h, minute: m) else { preconditionFailure("bad test time") }
        return t
    }

    static func org(_ id: String, _ title: String, _ kind: EntityKind, members: [String] = []) -> Organization {
        Organization(id: id, title: title, kind: kind, chair: nil, contact: nil, members: members, span: .none)
    }

    static func member(_ id: String, _ title: String, committee: String?) -> Member {
        Member(id: id, title: title, sector: nil, committee: committee, party: nil, roles: [], contact: nil, span: .none)
    }

    static func task(_ kind: MeetingTask.Kind, _ title: String, by: Assignee?, due: String, tentative: Bool = false) -> MeetingTask {
        MeetingTask(kind: kind, title: title, by: by, due: day(due), dueIsTentative: tentative, explanation: "", span: .none)
    }

    static func feedback(_ dept: String, due: String?, received: Day?? = nil) -> FeedbackDuty {
        FeedbackDuty(department: dept, within: Duration(3, .months), fromReport: false, due: due.map(day),
                     received: received, explanation: "", span: .none)
    }

    static func meeting(
        _ id: String, _ title: String, form: String, date: MeetingDate, order: Int, topic: String? = nil,
        venue: String? = nil, lead: String? = nil, with: [String] = [], participants: [String] = [], invite: [String] = [],
        source: String? = nil, supervision: Bool = false, tasks: [MeetingTask] = [], feedback: [FeedbackDuty] = [],
        noticeDay: String? = nil, status: MeetingStatus = .planned, cancelReason: String? = nil,
        absent: [String] = [], leave: [String] = [], series: String? = nil, occurrence: Int? = nil
    ) -> Meeting {
        Meeting(
            id: id, title: title, topic: topic ?? title, form: form, date: date, plannedDate: date, venue: venue,
            lead: lead, with: with, participants: participants, invite: invite, source: source, supervision: supervision,
            after: nil, tasks: tasks, feedback: feedback, report: nil, notice: Duration(5, .workdays),
            noticeDay: noticeDay.map(day), status: status, cancelReason: cancelReason, absent: absent, leave: leave,
            series: series, occurrence: occurrence, order: order,
            spans: MeetingSpans(declaration: .none, name: .none, date: .none))
    }

    /// The plan; `today` 2025-04-15.
    static func make(locale: String = "zh-CN", timezone: String = "Asia/Shanghai") -> Plan {
        let header = PlanHeader(title: "南宁市政协2025年度协商工作计划", year: 2025, organization: "南宁市政协",
                                calendar: .weekends, timezone: timezone, locale: locale, span: .none)
        let members = [
            member("zhang", "张伟", committee: "econ"),
            member("li", "李娜", committee: "social"),
            member("wang", "王强", committee: "social"),
        ]
        let meetings: [Meeting] = [
            meeting("quanhui", "市政协十四届五次会议", form: "plenary", date: .days(day("2025-01-08"), day("2025-01-11")), order: 0,
                    venue: "南宁市民族文化艺术中心", participants: ["zhang", "li", "wang"], noticeDay: "2024-12-31",
                    status: .held, absent: ["zhang"], leave: ["li"]),
            meeting("housing", "推进老旧小区改造提升", form: "special_consultation",
                    date: .timed(day("2025-04-22"), start: time(9, 0), end: time(12, 0)), order: 1,
                    topic: "老旧小区改造中的加装电梯与停车难题", venue: "市政协三楼会议室, 第一会议室; 北楼",
                    lead: "social", with: ["minge"], participants: ["zhang", "li", "wang"], invite: ["zjj", "fgw"],
                    source: "citizens", supervision: true,
                    tasks: [task(.prepare, "专题调研报告", by: .id("social"), due: "2025-03-21"),
                            task(.followUp, "会议纪要", by: .text("市政协办公室"), due: "2025-05-01")],
                    feedback: [feedback("zjj", due: "2025-07-22"), feedback("fgw", due: "2025-05-20")],
                    noticeDay: "2025-04-15"),
            meeting("forum.1", "双周协商座谈会", form: "biweekly_forum",
                    date: .timed(day("2025-03-06"), start: time(14, 30), end: time(17, 0)), order: 2, topic: "优化营商环境",
                    lead: "econ", participants: ["zhang", "wang"], invite: ["fgw", "zjj"],
                    feedback: [feedback("fgw", due: "2025-04-03"), feedback("zjj", due: "2025-04-03", received: .some(day("2025-04-01")))],
                    noticeDay: "2025-02-27", status: .held, series: "forum", occurrence: 1),
            meeting("forum.2", "双周协商座谈会", form: "biweekly_forum",
                    date: .timed(day("2025-03-20"), start: time(14, 30), end: time(17, 0)), order: 3, topic: "数字经济",
                    lead: "econ", participants: ["zhang", "wang"], feedback: [feedback("fgw", due: "2025-04-17")],
                    noticeDay: "2025-03-13", status: .cancelled, cancelReason: "因故取消", series: "forum", occurrence: 2),
            meeting("forum.3", "双周协商座谈会", form: "biweekly_forum",
                    date: .timed(day("2025-04-17"), start: time(14, 30), end: time(17, 0)), order: 4, topic: "乡村振兴",
                    lead: "econ", participants: ["zhang", "wang"], noticeDay: "2025-04-10", series: "forum", occurrence: 3),
            meeting("eco", "生态环境保护对口协商", form: "counterpart", date: .month(YearMonth(year: 2025, month: 4)!), order: 5,
                    lead: "econ", participants: ["zhang"], invite: ["zjj"],
                    tasks: [task(.prepare, "调研提纲", by: nil, due: "2025-04-01", tentative: true)],
                    feedback: [feedback("zjj", due: nil)]),
            meeting("q3", "提案办理协商会", form: "proposal_handling", date: .quarter(YearQuarter(year: 2025, quarter: 3)!), order: 6,
                    lead: "minge", participants: ["li"],
                    tasks: [task(.prepare, "提案办理情况汇总", by: .id("li"), due: "2025-04-28")]),
            meeting("long", "关于\"十五五\"规划<草案>&意见建议的网络议政远程协商会——聚焦产业转型升级与营商环境优化，听取各界别委员意见",
                    form: "online", date: .day(day("2025-06-10")), order: 7, venue: "线上\n（腾讯会议）",
                    lead: "social", participants: ["li"], noticeDay: "2025-06-03"),
        ]
        return Plan(
            header: header,
            committees: [org("econ", "经济委员会", .committee, members: ["zhang"]),
                         org("social", "社会和法制委员会", .committee, members: ["li", "wang"])],
            sectors: [org("business", "经济界", .sector, members: ["zhang"])],
            parties: [org("minge", "民革南宁市委会", .party, members: ["zhang"])],
            departments: [org("fgw", "市发展改革委", .department), org("zjj", "市住房城乡建设局", .department)],
            members: members,
            groups: [Group(id: "changwei", title: "常委会组成人员", members: ["zhang", "wang"], span: .none)],
            meetings: meetings,
            approval: [ApprovalStep(kind: .drafted, day: day("2024-11-20"), by: ["市政协办公室"], span: .none),
                       ApprovalStep(kind: .approved, day: day("2025-04-20"), by: ["市委常委会会议"], span: .none)],
            calendar: WorkdayCalendar(kind: .weekends),
            today: day("2025-04-15"))
    }
}

/// Golden files under Fixtures/render/, rewritten when UPDATE_GOLDEN=1.
enum Golden {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/render")
    }

    /// Compares `actual` with the golden file `name`, or rewrites it; returns a failure message or nil.
    static func check(_ actual: String, _ name: String) -> String? {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            do { try Data(actual.utf8).write(to: url) } catch { return "could not write \(url.path): \(error)" }
            return nil
        }
        guard let data = try? Data(contentsOf: url) else { return "missing golden file \(name); run with UPDATE_GOLDEN=1" }
        let expected = String(decoding: data, as: UTF8.self)
        if expected == actual { return nil }
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? String(e[i]) : "<end>"
            let al = i < a.count ? String(a[i]) : "<end>"
            if el != al { return "\(name) differs at line \(i + 1):\n expected: \(el)\n   actual: \(al)" }
        }
        return "\(name) differs"
    }
}
