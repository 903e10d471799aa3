// The spec's complete example (LANGUAGE.md 1) evaluates clean, with the dates a
// planner computes by hand from the 2025 State Council calendar.
import Testing
@testable import ConsultPlan

@Test func sectionOneExampleDates() throws {
    let text = try #require(String(validating: sectionOneExample.utf8, as: UTF8.self))
    let r = evaluateProgram(text)
    #expect(r.diagnostics.isEmpty, "\(r.dump)")
    let plan = try #require(r.plan)
    #expect(plan.header.year == 2025)
    #expect(plan.header.title == "南宁市政协2025年度协商工作计划")
    let housing = try #require(r.meeting("housing"))
    #expect(housing.date == .timed(Day("2025-04-22")!, start: TimeOfDay(hour: 9, minute: 0)!, end: TimeOfDay(hour: 12, minute: 0)!))
    #expect(housing.noticeDay == evalDay("2025-04-15"))
    #expect(housing.tasks.map(\.due) == [evalDay("2025-03-21"), evalDay("2025-04-30")].compactMap { $0 })
    #expect(housing.feedback.map(\.department) == ["zjj", "fgw"])
    #expect(housing.feedback.first?.due == evalDay("2025-07-22"))
    #expect(housing.participants == ["zhang", "li", "wang"])
    #expect(housing.invite == ["zjj", "fgw"])
    #expect(housing.lead == "social")
    #expect(housing.with == ["minge"])
    #expect(housing.source == "citizens")
    #expect(housing.supervision)
    #expect(housing.tasks.first?.by == .id("social"))
    let forum = plan.meetings.filter { $0.series == "forum" }
    #expect(forum.map(\.date.firstDay.description) == [
        "2025-03-06", "2025-03-20", "2025-04-03", "2025-04-17", "2025-05-15", "2025-05-29", "2025-06-12", "2025-06-26",
    ])
    #expect(forum.map(\.id) == (1...8).map { "forum.\($0)" })
    #expect(forum.first?.topic == "优化营商环境")
    #expect(forum.last?.topic == "文旅融合")
    #expect(forum.first?.title == "双周协商座谈会")
    #expect(forum.first?.participants == ["zhang", "wang"])
    #expect(plan.groups.first?.members == ["zhang", "wang"])
    #expect(plan.committees.first { $0.id == "social" }?.members == ["li", "wang"])
    #expect(plan.approval.map(\.kind) == [.drafted, .revised, .reviewed, .approved])
    #expect(plan.approval[1].by == ["市委办公室", "市政府办公室", "市政协办公室"])
    #expect(plan.policy.supervisionShare == ExactDecimal(mantissa: 1, scale: 1))
    let quanhui = try #require(r.meeting("quanhui"))
    #expect(quanhui.participants == ["zhang", "li", "wang"])
    #expect(quanhui.date == .days(Day("2025-01-08")!, Day("2025-01-11")!))
    #expect(plan.series.first?.occurrences.count == 8)
}

@Test func sectionOneFeedbackByWorkdays() throws {
    let r = evaluateProgram(sectionOneExample)
    let housing = try #require(r.meeting("housing"))
    // 20 working days after 2025-04-22: May 1–5 is the Labour Day holiday, 4/27 a make-up workday.
    let fgw = try #require(housing.feedback.last?.due)
    #expect(fgw == evalDay("2025-05-22"), "\(fgw)")
    // follow_up 7 workdays after: 4/23, 4/24, 4/25, 4/27 (make-up), 4/28, 4/29, 4/30.
    #expect(housing.tasks.last?.due == evalDay("2025-04-30"))
}

let sectionOneExample = """
    // 南宁市政协 2025 年度协商工作计划 (illustrative)
    plan "南宁市政协2025年度协商工作计划" {
      year 2025
      organization "南宁市政协"
      calendar china            // weekends, public holidays and 调休 make-up days
      timezone "Asia/Shanghai"
    }

    policy {
      min_topic_consultations 4 // 专题协商活动不少于4次 (besides plenary and standing committee)
      supervision_share 10%     // share of topic consultations that are 民主监督 topics
      notice 5 workdays         // default notice period before a meeting
    }

    committee econ   "经济委员会"
    committee social "社会和法制委员会"
    sector    business "经济界"
    party     minge  "民革南宁市委会"
    department fgw   "市发展改革委"
    department zjj   "市住房城乡建设局"

    member zhang "张伟" { sector business  committee econ  party minge  role standing }
    member li    "李娜" { committee social }
    member wang  "王强" { committee social  role standing, vice_chair }

    group changwei "常委会组成人员" = members where standing in role

    approval {
      drafted  2024-11-20 by "市政协办公室"
      revised  2024-12-05 by "市委办公室", "市政府办公室", "市政协办公室"
      reviewed 2024-12-12 by "市政协主席会议"
      approved 2024-12-20 by "市委常委会会议"
    }

    meeting quanhui "市政协十四届五次会议" {
      form plenary
      date 2025-01-08 .. 2025-01-11
      participants all
    }

    meeting housing "推进老旧小区改造提升" {
      form special_consultation
      date 2025-04-22 09:00..12:00
      lead social
      with minge
      participants social, zhang
      invite zjj, fgw
      source citizens            // 群众出题
      supervision                // a 民主监督 topic
      prepare "专题调研报告" by social due 30 days before
      follow_up "会议纪要" by social due 7 workdays after
      feedback zjj within 3 months
      feedback fgw within 20 workdays
    }

    series forum "双周协商座谈会" {
      every 2 weeks on thursday from 2025-03-06 until 2025-06-26
      time 14:30..17:00
      form biweekly_forum
      lead econ
      participants changwei
      topics "优化营商环境", "数字经济", "乡村振兴", "城市更新",
             "养老服务", "职业教育", "生态保护", "文旅融合"
    }

    require count(meetings where form != plenary and form != standing_committee) >= 4 else "专题协商活动安排不少于4次"
    """
