// Every word the human-readable outputs print, one table per locale
// (`zh-CN`, `en`), so a renderer never hard-codes a label.

/// The labels of one output locale. `Labels.for(_:)` picks the table.
struct Labels: Sendable {
    /// `zh-CN` or `en`.
    let locale: String
    /// Whether Chinese (changes list joiners and date phrases).
    var isChinese: Bool { locale == "zh-CN" }

    // Column headings.
    let date: String, weekday: String, time: String, id: String, title: String, form: String
    let lead: String, status: String, topic: String, venue: String, participants: String, invite: String
    let withUnits: String, source: String, supervision: String, feedback: String, due: String, received: String
    let start: String, end: String, kind: String, meeting: String, who: String, by: String, text: String
    let member: String, held: String, attended: String, excused: String, absent: String, department: String
    let task: String

    // Headings and phrases.
    let scheduleHeading: String, remindersHeading: String, attendanceHeading: String
    let noMeetings: String, noReminders: String, noMembers: String
    let yearAtAGlance: String, meetingList: String, legend: String, tentativeItems: String
    let countSuffix: @Sendable (Int) -> String
    let remindersAsOf: @Sendable (Day, Day) -> String
    let generatedFor: @Sendable (Int) -> String
    let yes: String, no: String, receivedNoDay: String, notReceived: String, dueTentative: String
    let cancelledBecause: @Sendable (String) -> String
    let joiner: String

    /// Weekday short names, Monday first.
    let weekdays: [String]
    /// Month names, January first.
    let months: [String]

    /// The table for a locale; anything but `en` gets Chinese (the spec's default).
    static func `for`(_ locale: String) -> Labels {
        locale.lowercased().hasPrefix("en") ? english : chinese
    }

    static let chinese = Labels(
        locale: "zh-CN",
        date: "日期", weekday: "星期", time: "时间", id: "编号", title: "名称", form: "形式",
        lead: "牵头单位", status: "状态", topic: "议题", venue: "地点", participants: "参加人员", invite: "邀请部门",
        withUnits: "协办单位", source: "议题来源", supervision: "民主监督", feedback: "书面反馈", due: "截止日期",
        received: "已收到", start: "开始", end: "结束", kind: "类别", meeting: "会议", who: "责任方", by: "经办",
        text: "事项", member: "委员", held: "应参加", attended: "出席", excused: "请假", absent: "缺席",
        department: "部门", task: "任务",
        scheduleHeading: "协商活动安排", remindersHeading: "工作提醒", attendanceHeading: "委员出席情况",
        noMeetings: "（无协商活动）", noReminders: "（无提醒事项）", noMembers: "（无委员）",
        yearAtAGlance: "全年安排一览", meetingList: "协商活动明细", legend: "图例", tentativeItems: "待定安排",
        countSuffix: { "共 \($0) 项" },
        remindersAsOf: { "\($0) 至 \($1)" },
        generatedFor: { "\($0) 年度" },
        yes: "是", no: "否", receivedNoDay: "已收到", notReceived: "未收到", dueTentative: "待定",
        cancelledBecause: { "已取消：\($0)" },
        joiner: "、",
        weekdays: ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
        months: ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"]
    )

    static let english = Labels(
        locale: "en",
        date: "Date", weekday: "Day", time: "Time", id: "ID", title: "Title", form: "Form",
        lead: "Lead", status: "Status", topic: "Topic", venue: "Venue", participants: "Participants", invite: "Invited",
        withUnits: "With", source: "Source", supervision: "Supervision", feedback: "Written feedback", due: "Due",
        received: "Received", start: "Start", end: "End", kind: "Kind", meeting: "Meeting", who: "Who", by: "By",
        text: "What", member: "Member", held: "Held", attended: "Attended", excused: "Excused", absent: "Absent",
        department: "Department", task: "Task",
        scheduleHeading: "Consultation schedule", remindersHeading: "Reminders", attendanceHeading: "Attendance",
        noMeetings: "(no meetings)", noReminders: "(no reminders)", noMembers: "(no members)",
        yearAtAGlance: "The year at a glance", meetingList: "Meetings", legend: "Legend", tentativeItems: "Tentative",
        countSuffix: { $0 == 1 ? "1 item" : "\($0) items" },
        remindersAsOf: { "\($0) to \($1)" },
        generatedFor: { "Year \($0)" },
        yes: "yes", no: "no", receivedNoDay: "received", notReceived: "not received", dueTentative: "tentative",
        cancelledBecause: { "cancelled: \($0)" },
        joiner: ", ",
        weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"]
    )

    /// A month heading: `2025年4月` / `April 2025`.
    func monthHeading(_ year: Int, _ month: Int) -> String {
        let name = months.indices.contains(month - 1) ? months[month - 1] : String(month)
        return isChinese ? "\(year)年\(name)" : "\(name) \(year)"
    }

    /// A weekday's short name.
    func weekdayName(_ w: Weekday) -> String {
        weekdays.indices.contains(w.rawValue - 1) ? weekdays[w.rawValue - 1] : w.word
    }

    /// A form's display name (the English word when unknown).
    func formName(_ form: String?) -> String {
        guard let form else { return "" }
        if isChinese {
            switch form {
            case "plenary": return "全体会议"
            case "standing_committee": return "常委会议"
            case "special_consultation": return "专题协商会"
            case "biweekly_forum": return "双周协商座谈会"
            case "symposium": return "协商座谈会"
            case "counterpart": return "对口协商会"
            case "sector_consultation": return "界别协商会"
            case "proposal_handling": return "提案办理协商会"
            case "online": return "网络议政远程协商会"
            default: return form
            }
        }
        switch form {
        case "plenary": return "Plenary session"
        case "standing_committee": return "Standing committee"
        case "special_consultation": return "Special consultation"
        case "biweekly_forum": return "Biweekly forum"
        case "symposium": return "Symposium"
        case "counterpart": return "Counterpart consultation"
        case "sector_consultation": return "Sector consultation"
        case "proposal_handling": return "Proposal handling"
        case "online": return "Online consultation"
        default: return form
        }
    }

    /// A topic source's display name.
    func sourceName(_ source: String?) -> String {
        guard let source else { return "" }
        if isChinese {
            switch source {
            case "public": return "社会征题"
            case "citizens": return "群众出题"
            case "department": return "部门点题"
            case "cppcc": return "政协集题"
            case "party_committee": return "党委定题"
            default: return source
            }
        }
        switch source {
        case "public": return "public call"
        case "citizens": return "citizens"
        case "department": return "department"
        case "cppcc": return "CPPCC"
        case "party_committee": return "party committee"
        default: return source
        }
    }

    /// A meeting status as shown to people; a planned tentative meeting shows as tentative.
    func statusName(_ status: MeetingStatus, tentative: Bool) -> String {
        switch status {
        case .planned where tentative: return isChinese ? "待定" : "tentative"
        case .planned: return isChinese ? "计划" : "planned"
        case .held: return isChinese ? "已召开" : "held"
        case .cancelled: return isChinese ? "已取消" : "cancelled"
        }
    }

    /// A reminder kind as shown to people.
    func kindName(_ kind: ReminderKind) -> String {
        switch kind {
        case .notice: return isChinese ? "通知" : "notice"
        case .prepare: return isChinese ? "会前准备" : "prepare"
        case .followUp: return isChinese ? "会后落实" : "follow-up"
        case .meeting: return isChinese ? "参会" : "meeting"
        case .feedback: return isChinese ? "书面反馈" : "feedback"
        case .approval: return isChinese ? "审批" : "approval"
        }
    }

    /// A reminder status as shown to people.
    func reminderStatusName(_ s: ReminderStatus) -> String {
        switch s {
        case .upcoming: return isChinese ? "待办" : "upcoming"
        case .due: return isChinese ? "今日到期" : "due today"
        case .overdue: return isChinese ? "已逾期" : "overdue"
        case .tentative: return isChinese ? "待定" : "tentative"
        }
    }

    /// An approval step as shown to people.
    func approvalStepName(_ k: ApprovalStepKind) -> String {
        switch k {
        case .drafted: return isChinese ? "起草" : "drafted"
        case .revised: return isChinese ? "修改完善" : "revised"
        case .reviewed: return isChinese ? "审议" : "reviewed"
        case .approved: return isChinese ? "审定" : "approved"
        }
    }

    // Reminder texts.
    func noticeText(_ title: String) -> String {
        isChinese ? "发出会议通知和材料：\(title)" : "Send the notice and materials: \(title)"
    }
    func prepareText(_ task: String, _ title: String) -> String {
        isChinese ? "会前准备「\(task)」：\(title)" : "Prepare \"\(task)\": \(title)"
    }
    func followUpText(_ task: String, _ title: String) -> String {
        isChinese ? "会后落实「\(task)」：\(title)" : "Follow up \"\(task)\": \(title)"
    }
    func meetingText(_ title: String, _ date: MeetingDate) -> String {
        var s = isChinese ? "参加会议：\(title)" : "Attend: \(title)"
        if date.times != nil { s += isChinese ? "（\(date.timeText)）" : " (\(date.timeText))" }
        return s
    }
    func feedbackText(_ department: String, _ title: String) -> String {
        isChinese ? "\(department)书面反馈：\(title)" : "Written feedback from \(department): \(title)"
    }
    func approvalText(_ step: ApprovalStepKind, _ by: [String]) -> String {
        let who = by.joined(separator: joiner)
        if isChinese { return who.isEmpty ? "计划\(approvalStepName(step))" : "计划\(approvalStepName(step))（\(who)）" }
        return who.isEmpty ? "Plan \(approvalStepName(step))" : "Plan \(approvalStepName(step)) (\(who))"
    }
}
