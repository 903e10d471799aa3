// Every keyword of KEYWORDS.md with its Chinese aliases, by position. The lexer
// knows only the reserved words; everything here is contextual (LANGUAGE.md 2.2).

/// The keyword tables. One source of truth for the parser, the formatter, REPL
/// completion, the grammar tests and the editor grammar.
public enum Keywords {
    /// Statement-start declaration keywords: spelling → kind.
    public static let declarations: [String: DeclarationKind] = table([
        (.plan, ["plan", "计划"]), (.policy, ["policy", "规则"]),
        (.committee, ["committee", "专委会", "专门委员会"]), (.sector, ["sector", "界别"]),
        (.party, ["party", "党派"]), (.department, ["department", "部门"]),
        (.member, ["member", "委员"]), (.group, ["group", "分组"]),
        (.meeting, ["meeting", "会议", "协商活动"]), (.series, ["series", "系列"]),
        (.approval, ["approval", "审批"]), (.holiday, ["holiday", "假日"]),
        (.workday, ["workday", "调休"]), (.record, ["record", "记录"]),
    ])

    /// Attribute names: spelling → attribute. `skip holidays` and `shift holidays`
    /// are two English words; the parser joins them.
    public static let attributes: [String: AttributeName] = table([
        (.year, ["year", "年度"]), (.organization, ["organization", "单位"]),
        (.calendar, ["calendar", "日历"]), (.timezone, ["timezone", "时区"]), (.locale, ["locale", "语言"]),
        (.chair, ["chair", "主任"]), (.contact, ["contact", "联系方式"]),
        (.sector, ["sector", "界别"]), (.committee, ["committee", "专委会"]), (.party, ["party", "党派"]),
        (.role, ["role", "身份"]), (.members, ["members", "成员"]),
        (.form, ["form", "形式"]), (.topic, ["topic", "议题"]), (.topics, ["topics", "议题列表"]),
        (.date, ["date", "日期"]), (.time, ["time", "时段"]), (.venue, ["venue", "地点"]),
        (.lead, ["lead", "牵头"]), (.with, ["with", "协办"]), (.participants, ["participants", "参加"]),
        (.invite, ["invite", "邀请"]), (.source, ["source", "来源"]), (.supervision, ["supervision", "民主监督"]),
        (.after, ["after", "之后"]), (.prepare, ["prepare", "准备"]), (.followUp, ["follow_up", "跟进"]),
        (.feedback, ["feedback", "反馈"]), (.report, ["report", "报送"]), (.notice, ["notice", "通知"]),
        (.every, ["every", "每"]), (.skipHolidays, ["跳过假日"]), (.shiftHolidays, ["顺延假日"]),
        (.held, ["held", "召开"]), (.cancelled, ["cancelled", "取消"]), (.received, ["received", "收到"]),
        (.absent, ["absent", "缺席"]), (.leave, ["leave", "请假"]),
        (.drafted, ["drafted", "起草"]), (.revised, ["revised", "修改"]),
        (.reviewed, ["reviewed", "审议"]), (.approved, ["approved", "审定"]),
        (.minTopicConsultations, ["min_topic_consultations", "专题协商最少次数"]),
        (.supervisionShare, ["supervision_share", "民主监督比例"]),
        (.maxAbsences, ["max_absences", "缺席上限"]), (.severity, ["severity", "级别"]),
    ])

    /// Which attributes each declaration kind accepts.
    public static let attributesByDeclaration: [DeclarationKind: Set<AttributeName>] = {
        let meetingCommon: Set<AttributeName> = [
            .form, .topic, .venue, .lead, .with, .participants, .invite, .source, .supervision,
            .prepare, .followUp, .feedback, .notice,
        ]
        return [
            .plan: [.year, .organization, .calendar, .timezone, .locale],
            .policy: [.minTopicConsultations, .supervisionShare, .notice, .maxAbsences, .severity],
            .committee: [.chair],
            .sector: [], .party: [],
            .department: [.contact],
            .member: [.sector, .committee, .party, .role, .contact],
            .group: [.members],
            .meeting: meetingCommon.union([.date, .after, .report]),
            .series: meetingCommon.union([.every, .time, .topics, .skipHolidays, .shiftHolidays]),
            .approval: [.drafted, .revised, .reviewed, .approved],
            .holiday: [], .workday: [],
            .record: [.held, .cancelled, .report, .received, .absent, .leave],
        ]
    }()

    /// Words inside an attribute's grammar: canonical English → every spelling.
    public static let grammarWords: [String: [String]] = [
        "by": ["by", "由"], "due": ["due", "截止"], "before": ["before", "之前"], "after": ["after", "之后"],
        "within": ["within", "期限"], "from report": ["自报送"], "on": ["on", "逢"],
        "from": ["from", "自"], "until": ["until", "至"], "week": ["week", "周"], "month": ["month", "月"],
        "first": ["first", "第一个"], "second": ["second", "第二个"], "third": ["third", "第三个"],
        "fourth": ["fourth", "第四个"], "last": ["last", "最后一个"],
        "off": ["off", "关闭"], "warning": ["warning", "警告"], "error": ["error", "错误"],
        "holidays": ["holidays"], "skip": ["skip"], "shift": ["shift"], "report": ["report"],
    ]

    /// The canonical English grammar word for a spelling in that position, if it is one.
    public static func grammarWord(_ spelling: String, is canonical: String) -> Bool {
        grammarWords[canonical]?.contains(spelling) ?? false
    }

    /// Forms (4.2): spelling → English value word.
    public static let forms: [String: String] = valueTable([
        ("plenary", ["全体会议"]), ("standing_committee", ["常委会议", "专题议政性常委会会议"]),
        ("special_consultation", ["专题协商会"]), ("biweekly_forum", ["双周协商座谈会"]),
        ("symposium", ["协商座谈会"]), ("counterpart", ["对口协商会"]),
        ("sector_consultation", ["界别协商会"]), ("proposal_handling", ["提案办理协商会"]),
        ("online", ["网络议政远程协商会"]),
    ])

    /// The English form words in the order of the spec's table.
    public static let formOrder = [
        "plenary", "standing_committee", "special_consultation", "biweekly_forum", "symposium",
        "counterpart", "sector_consultation", "proposal_handling", "online",
    ]

    /// Sources (4.1): spelling → English value word.
    public static let sources: [String: String] = valueTable([
        ("public", ["社会征题"]), ("citizens", ["群众出题"]), ("department", ["部门点题"]),
        ("cppcc", ["政协集题"]), ("party_committee", ["党委定题"]),
    ])

    /// Calendar names: spelling → English (`weekends` and `none` are English only).
    public static let calendars: [String: String] = valueTable([
        ("china", ["中国"]), ("weekends", []), ("none", []),
    ])

    /// Weekdays: spelling → weekday.
    public static let weekdays: [String: Weekday] = {
        var map: [String: Weekday] = [:]
        let zh = ["一", "二", "三", "四", "五", "六", "日"]
        for day in Weekday.allCases {
            map[day.word] = day
            map["周" + zh[day.rawValue - 1]] = day
            map["星期" + zh[day.rawValue - 1]] = day
        }
        map["周天"] = .sunday
        map["星期天"] = .sunday
        return map
    }()

    /// Every keyword spelling of every position (reserved words included), for
    /// completion, "did you mean" and the grammar tests.
    public static var allSpellings: Set<String> {
        var s = Set<String>()
        s.formUnion(declarations.keys)
        s.formUnion(attributes.keys)
        s.formUnion(["skip", "shift", "holidays"])
        for list in grammarWords.values { s.formUnion(list) }
        s.formUnion(forms.keys)
        s.formUnion(sources.keys)
        s.formUnion(calendars.keys)
        s.formUnion(weekdays.keys)
        s.formUnion(ReservedWord.bySpelling.keys)
        return s
    }

    private static func table<T>(_ rows: [(T, [String])]) -> [String: T] {
        var map: [String: T] = [:]
        for (value, spellings) in rows {
            for s in spellings { map[s] = value }
        }
        return map
    }

    private static func valueTable(_ rows: [(String, [String])]) -> [String: String] {
        var map: [String: String] = [:]
        for (english, aliases) in rows {
            map[english] = english
            for a in aliases { map[a] = english }
        }
        return map
    }
}
