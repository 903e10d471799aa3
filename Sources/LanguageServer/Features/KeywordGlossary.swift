// What each keyword means, in English and Chinese, for hover and completion
// details. Spellings come from the library's Keywords tables; only the glosses live here.

import ConsultPlan

/// One meaning of a keyword spelling in one position.
struct KeywordMeaning: Sendable, Hashable {
    /// Where the word is a keyword (`declaration`, `attribute`, `reserved word` …).
    var position: String
    /// The English keyword.
    var english: String
    /// Every Chinese spelling.
    var chinese: [String]
    /// A one-line gloss.
    var gloss: String
}

/// The glossary.
enum KeywordGlossary {
    /// Declarations: English → gloss (LANGUAGE.md 3).
    static let declarationGlosses: [DeclarationKind: String] = [
        .plan: "the plan itself: title, year, organisation, calendar (年度协商工作计划)",
        .policy: "the plan's rule settings (section 6)",
        .committee: "a special committee of the CPPCC (专门委员会)",
        .sector: "a sector (界别) that members belong to",
        .party: "a democratic party or other organisation (党派)",
        .department: "a party or government department that is invited and owes written feedback",
        .member: "a CPPCC member (委员)",
        .group: "a named set of members",
        .meeting: "a consultation activity (协商活动) with form, date, participants and duties",
        .series: "a recurring activity expanded into dated occurrences (`forum.1`, `forum.2` …)",
        .approval: "the approval steps of the plan (审批)",
        .holiday: "declares extra days off",
        .workday: "declares an extra working day (调休)",
        .record: "what happened at a meeting: held, cancelled, report, feedback received, absences",
    ]

    /// Attributes: English → gloss (LANGUAGE.md 4.1, 3, 4.4, 4.5, 5, 6).
    static let attributeGlosses: [AttributeName: String] = [
        .year: "the plan's year", .organization: "the organisation issuing the plan",
        .calendar: "which days are off: china, weekends or none", .timezone: "IANA time zone, default Asia/Shanghai",
        .locale: "language of messages and outputs: zh-CN or en", .chair: "the committee's chair (a member)",
        .contact: "contact details", .sector: "the member's sector", .committee: "the member's committee",
        .party: "the member's party", .role: "role words (standing, vice_chair …)", .members: "the group's members",
        .form: "the consultation form (plenary, special_consultation …)", .topic: "the topic (defaults to the title)",
        .topics: "one topic per occurrence of the series", .date: "when: a day, day with times, day range, month or quarter",
        .time: "the series' time span", .venue: "where", .lead: "lead unit: a committee, sector or party",
        .with: "co-organisers: committees, sectors, parties",
        .participants: "who takes part: members, groups, committees, sectors, parties, all, or a query",
        .invite: "invited departments", .source: "where the topic came from (public, citizens, department …)",
        .supervision: "a democratic supervision topic (民主监督)", .after: "must come after this meeting",
        .prepare: "a preparation task: `prepare \"…\" [by X] due N before`",
        .followUp: "a follow-up task: `follow_up \"…\" [by X] due N after`",
        .feedback: "written feedback a department owes: `feedback D within N [from report]`",
        .report: "the day the consultation report (协商专报) was sent",
        .notice: "the notice period before the meeting (default 5 workdays)",
        .every: "the series' cadence: `every 2 weeks on thursday from … until …`",
        .skipHolidays: "skip occurrences that fall on a day off", .shiftHolidays: "move occurrences off days off",
        .held: "the meeting was held (on this day, if it moved)", .cancelled: "the meeting was cancelled",
        .received: "a department's written feedback was received", .absent: "members absent without leave",
        .leave: "members excused (请假)", .drafted: "drafted by the CPPCC office (起草)",
        .revised: "revised with the party and government offices (修改完善)",
        .reviewed: "reviewed by the chairpersons' meeting (审议)", .approved: "approved by the party standing committee (审定)",
        .minTopicConsultations: "fewest topic consultations (default 4)",
        .supervisionShare: "smallest share of supervision topics", .maxAbsences: "most unexcused absences per member",
        .severity: "override a rule's severity: `severity RULE off|warning|error`",
    ]

    /// Reserved words: English → gloss.
    static let reservedGlosses: [ReservedWord: String] = [
        .let: "binds a name to a value", .for: "loops over a list", .in: "membership, or the list of a `for`",
        .if: "runs statements when a condition holds", .else: "the other branch; the message of require/warn",
        .template: "defines reusable statements", .use: "expands a template", .require: "a planner rule (error)",
        .warn: "a planner rule (warning)", .include: "reads another .cplan file", .where: "filters a collection",
        .and: "both", .or: "either", .not: "negation", .all: "every member", .it: "the element inside `where`",
        .true: "boolean true", .false: "boolean false",
    ]

    /// Grammar words: English → gloss.
    static let grammarGlosses: [String: String] = [
        "by": "who does it", "due": "the deadline", "before": "counted back from the meeting's first day",
        "after": "counted on from the meeting's last day", "within": "the feedback period",
        "from report": "count from the report day", "on": "which weekday", "from": "first day of the series",
        "until": "last day of the series", "week": "every week", "month": "every month",
        "first": "first weekday of the month", "second": "second weekday of the month",
        "third": "third weekday of the month", "fourth": "fourth weekday of the month",
        "last": "last weekday of the month", "off": "rule switched off", "warning": "rule reports a warning",
        "error": "rule reports an error",
    ]

    /// Value words: English → Chinese gloss of forms and sources.
    static let valueGlosses: [String: String] = [
        "plenary": "全体会议 plenary session", "standing_committee": "常委会议 standing committee meeting",
        "special_consultation": "专题协商会 special consultation", "biweekly_forum": "双周协商座谈会 biweekly forum",
        "symposium": "协商座谈会 consultation symposium", "counterpart": "对口协商会 counterpart consultation",
        "sector_consultation": "界别协商会 sector consultation", "proposal_handling": "提案办理协商会 proposal handling",
        "online": "网络议政远程协商会 online consultation", "public": "社会征题 topic solicited from the public",
        "citizens": "群众出题 topic set by citizens", "department": "部门点题 topic named by a department",
        "cppcc": "政协集题 topic gathered by the CPPCC", "party_committee": "党委定题 topic set by the party committee",
        "china": "中国 weekends, public holidays and make-up working days", "weekends": "Saturdays and Sundays off",
        "none": "every day a working day",
    ]

    /// The Chinese spellings of a canonical word in a table.
    private static func chineseSpellings<T: Equatable>(of value: T, in table: [String: T]) -> [String] {
        table.filter { $0.value == value && !$0.key.unicodeScalars.allSatisfy(\.isASCII) }.map(\.key).sorted()
    }

    /// Every meaning a spelling has, in any position.
    static func meanings(of spelling: String) -> [KeywordMeaning] {
        var result: [KeywordMeaning] = []
        if let w = ReservedWord.bySpelling[spelling] {
            result.append(KeywordMeaning(
                position: "reserved word", english: w.rawValue, chinese: w.chineseAliases,
                gloss: reservedGlosses[w] ?? ""))
        }
        if let kind = Keywords.declarations[spelling] {
            result.append(KeywordMeaning(
                position: "declaration", english: kind.rawValue,
                chinese: chineseSpellings(of: kind, in: Keywords.declarations), gloss: declarationGlosses[kind] ?? ""))
        }
        if let attribute = Keywords.attributes[spelling] ?? (spelling == "skip" ? .skipHolidays : spelling == "shift" ? .shiftHolidays : nil) {
            result.append(KeywordMeaning(
                position: "attribute", english: attribute.rawValue,
                chinese: chineseSpellings(of: attribute, in: Keywords.attributes),
                gloss: attributeGlosses[attribute] ?? ""))
        }
        for (canonical, spellings) in Keywords.grammarWords where spellings.contains(spelling) {
            guard let gloss = grammarGlosses[canonical] else { continue }
            result.append(KeywordMeaning(
                position: "grammar word", english: canonical,
                chinese: spellings.filter { !$0.unicodeScalars.allSatisfy(\.isASCII) }, gloss: gloss))
        }
        for (name, table) in [("form", Keywords.forms), ("source", Keywords.sources), ("calendar", Keywords.calendars)] {
            if let english = table[spelling] {
                result.append(KeywordMeaning(
                    position: "\(name) value", english: english,
                    chinese: chineseSpellings(of: english, in: table), gloss: valueGlosses[english] ?? ""))
            }
        }
        if let day = Keywords.weekdays[spelling] {
            result.append(KeywordMeaning(
                position: "weekday", english: day.word, chinese: chineseSpellings(of: day, in: Keywords.weekdays),
                gloss: day.chinese))
        }
        return result
    }

    /// Markdown for a hover on a keyword.
    static func hoverText(for spelling: String) -> String? {
        let list = meanings(of: spelling)
        guard !list.isEmpty else { return nil }
        return list.map { m in
            let zh = m.chinese.isEmpty ? "" : " · " + m.chinese.map { "`\($0)`" }.joined(separator: ", ")
            return "**\(m.position)** `\(m.english)`\(zh)\n\n\(m.gloss)"
        }.joined(separator: "\n\n---\n\n")
    }
}
