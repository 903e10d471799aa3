// `:help [TOPIC]` in the REPL: the command list, and a short manual page (purpose,
// synopsis, example) for every command and the main keywords of the language.

import ConsultPlan

/// The REPL's help texts.
enum ReplHelp {
    /// `:help` with no topic, or the page for `topic` (a command, with or without
    /// its colon and as any unique prefix, or a keyword in English or Chinese).
    static func text(for topic: String?) -> String {
        guard let topic, !topic.isEmpty else { return overview }
        let word = topic.hasPrefix(":") ? String(topic.dropFirst()) : topic
        if topic.hasPrefix(":") || keywordPages[canonical(word)] == nil,
           case .success(let command) = ReplCommands.resolve(word), let page = commandPages[command.name] {
            return page
        }
        if let page = keywordPages[canonical(word)] { return page }
        let topics = (ReplCommands.all.map { ":" + $0.name } + keywordPages.keys.sorted()).joined(separator: " ")
        return "no help for `\(topic)`; topics: \(topics)\n"
    }

    /// The English keyword a spelling stands for (`会议` → `meeting`), else the spelling.
    static func canonical(_ spelling: String) -> String {
        if let d = Keywords.declarations[spelling] { return d.rawValue }
        if let a = Keywords.attributes[spelling] { return a.rawValue }
        if let r = ReservedWord.allCases.first(where: { $0.rawValue == spelling || $0.chineseAliases.contains(spelling) }) {
            return r.rawValue
        }
        for (word, spellings) in Keywords.grammarWords where spellings.contains(spelling) { return word }
        if spelling == "use" || spelling == "使用" { return "template" }
        if spelling == "warn" { return "require" }
        return spelling
    }

    /// The command list.
    static var overview: String {
        var out = "Type an expression to see its value, or a declaration to add it to the plan.\n"
        out += "An open (, [, { or \"\"\" continues on the `...` line. Commands (any unique prefix works):\n"
        let width = ReplCommands.all.map { $0.name.count + $0.arguments.count + 2 }.max() ?? 20
        for c in ReplCommands.all {
            let head = ":" + c.name + (c.arguments.isEmpty ? "" : " " + c.arguments)
            out += "  " + head + String(repeating: " ", count: max(1, width - head.count + 2)) + c.summary + "\n"
        }
        out += "Keywords with a manual page (:help WORD, English or Chinese):\n  "
        out += keywordPages.keys.sorted().joined(separator: " ") + "\n"
        return out
    }

    /// One manual page.
    static func page(_ name: String, _ synopsis: String, _ description: String, _ example: String) -> String {
        """
        NAME
            \(name)
        SYNOPSIS
        \(synopsis.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
        DESCRIPTION
        \(description.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))
        EXAMPLE
        \(example.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"))

        """
    }

    /// Pages for the commands, by name.
    static let commandPages: [String: String] = [
        "load": page(":load — load a plan file", ":load FILE",
            "Evaluates FILE and makes it the session's plan; inputs typed before are dropped.\nIts diagnostics print as `cplan check` prints them. A file with syntax errors\nis not loaded and the session stays as it was.",
            ":load examples/nanning-2025.cplan"),
        "reload": page(":reload — read the loaded file again", ":reload",
            "Reads the loaded file from disk again and replays every input accepted since,\nso edits made in an editor show up without losing the session.",
            ":reload"),
        "check": page(":check — every diagnostic of the session", ":check",
            "Prints every error and warning of the session's plan (the file and the inputs),\nthe plan checks included, then a summary line.",
            ":check"),
        "schedule": page(":schedule — the year's schedule", ":schedule [table|markdown|csv|json|ics|html]",
            "Prints the schedule as `cplan schedule` does; the table is the default.",
            ":schedule\n:schedule markdown"),
        "remind": page(":remind — reminders as of a day", ":remind [DATE] [DAYS]",
            "Notices, tasks, meetings, feedback and approval steps dated from DATE (default:\ntoday, --today if given) through DATE + DAYS (default 14), plus overdue feedback.",
            ":remind 2025-04-10 7"),
        "why": page(":why — how a day was computed", ":why EXPR",
            "For day ± duration, the arithmetic and whether the result is a working day;\nfor a day, whether it is a day off and where a deadline would roll to;\nfor a meeting, its date, notice day, tasks and feedback due days, each with\nhow it was counted; for a feedback duty or a series, their days.",
            ":why 2025-04-17 + 3 months\n:why 2025-10-07\n:why housing"),
        "explain": page(":explain — explain a diagnostic", ":explain CODE",
            "The long explanation of a diagnostic code or rule name, with a bad and a good example.",
            ":explain CP0201\n:explain overlap"),
        "help": page(":help — help", ":help [COMMAND|KEYWORD]",
            "Without a topic, the list of commands. With one, its manual page; keywords\nmay be given in English or Chinese (`:help 会议`).",
            ":help series"),
        "quit": page(":quit — leave the REPL", ":quit     (also :q, :exit, Ctrl-D)",
            "Ends the session. History is saved as you type.",
            ":q"),
    ]

    /// Pages for the main keywords, by canonical English word.
    static let keywordPages: [String: String] = [
        "plan": page("plan (计划) — the plan header", "plan \"Title\" { year YEAR [organization \"…\"] [calendar china|weekends|none]\n                 [timezone \"Area/City\"] [locale \"zh-CN\"|\"en\"] }",
            "Exactly one per program, includes counted. `year` is required; the calendar\n(default china: weekends, State Council holidays and make-up days) counts working days.",
            "plan \"南宁市政协2025年度协商工作计划\" { year 2025 }"),
        "policy": page("policy (规则) — the plan's rules", "policy { [min_topic_consultations N] [supervision_share P%] [notice DURATION]\n         [max_absences N] [severity RULE off|warning|error] … }",
            "At most one. Sets the thresholds of the built-in checks, the default notice\nperiod (5 workdays) and the severity of any named rule.",
            "policy { notice 5 workdays  severity overlap error }"),
        "meeting": page("meeting (会议, 协商活动) — a consultation meeting", "meeting ID [\"Title\"] { form F  date D  [lead X] [participants …] [invite D, …]\n                     [prepare …] [follow_up …] [feedback …] [notice N] … }",
            "`form` and `date` are required. `date` is a day, a day with a time span, a range\nof days, or a month/quarter (tentative). Deadlines count from the dates by the\nworkday calendar; :why ID shows how.",
            "meeting housing \"推进城市更新\" {\n  form special_consultation\n  date 2025-04-22 09:00..12:00\n  lead social\n  invite zjj\n  feedback zjj within 3 months\n}"),
        "series": page("series (系列) — meetings on a cadence", "series ID [\"Title\"] { every … from DAY until DAY  form F  [time T..T]\n                    [skip holidays|shift holidays] [topics \"…\", …] … }",
            "Expands into occurrences ID.1, ID.2, … in date order. Occurrences on days off are\nskipped (default) or shifted to the next working day. Any meeting attribute but\ndate, after and report applies to every occurrence.",
            "series forum \"双周协商座谈会\" {\n  every 2 weeks on thursday from 2025-03-06 until 2025-06-26\n  form biweekly_forum\n}"),
        "every": page("every (每) — a series' cadence", "every (N days | N weeks | N months | week | month) [on [ORDINAL] WEEKDAY]\n      from DAY until DAY",
            "Both bounds are inclusive. `on WEEKDAY` goes with weeks; `on first|second|third|\nfourth|last WEEKDAY` with months. The cadence counts from the first occurrence.",
            "every month on last friday from 2025-01-01 until 2025-12-31"),
        "record": page("record (记录) — what happened at a meeting", "record MEETING { [held [DAY]] [cancelled [\"reason\"]] [report DAY]\n                 [received DEPT [DAY]] [absent ID, …] [leave ID, …] }",
            "Declares nothing; refers to a meeting or occurrence. `held DAY` moves the meeting\nand every deadline is recomputed; a cancelled meeting leaves counts and checks.",
            "record housing { held 2025-04-23  received zjj 2025-07-10 }"),
        "feedback": page("feedback (反馈) — written feedback a department owes", "feedback DEPT within DURATION [from report]",
            "Repeatable, one department each. Due DURATION after the meeting's last day (or its\n`report` day); a due day on a day off rolls forward to the next working day.",
            "feedback zjj within 3 months\nfeedback fgw within 20 workdays from report"),
        "prepare": page("prepare (准备) — a preparation task", "prepare \"task\" [by X] due (DAY | DURATION before)",
            "Due before the meeting's first day; a due day on a day off rolls back to the\nprevious working day. `by` defaults to the lead.",
            "prepare \"形成调研报告\" by social due 2 weeks before"),
        "follow_up": page("follow_up (跟进) — a follow-up task", "follow_up \"task\" [by X] due (DAY | DURATION after)",
            "Due after the meeting's last day; a due day on a day off rolls forward.",
            "follow_up \"报送协商专报\" due 10 workdays after"),
        "notice": page("notice (通知) — a meeting's notice period", "notice DURATION",
            "The notice day is DURATION before the first day (default: the policy's notice,\nelse 5 workdays), rolled back to a working day.",
            "notice 10 days"),
        "date": page("date (日期) — when a meeting takes place", "date DAY | DAY TIME..TIME | DAY .. DAY | MONTH | QUARTER",
            "A DAY may be any day-valued expression. A month or quarter makes the meeting\ntentative: no notice day, reminders dated the window's first day.",
            "date 2025-04-22 09:00..12:00\ndate 2025-Q3"),
        "holiday": page("holiday (假日) / workday (调休) — calendar overrides", "holiday DAY [.. DAY] [\"Name\"]\nworkday DAY [\"Name\"]",
            "Adds days off or working days. Every override in the program is collected before\nevaluation, so the calendar is the same everywhere.",
            "holiday 2025-03-31 .. 2025-04-01 \"壮族三月三\""),
        "workday": page("workday (调休) — a declared working day", "workday DAY [\"Name\"]",
            "Makes DAY a working day whatever the calendar says.",
            "workday 2025-09-28 \"国庆节调休\""),
        "where": page("where (满足) — a query", "COLLECTION where CONDITION",
            "The elements for which CONDITION holds. Inside it, the element's fields are bare\nnames and `it` is the element. Collections: meetings members committees sectors\nparties departments groups.",
            "meetings where form == special_consultation\nmembers where standing in role"),
        "let": page("let (设) — name a value", "let NAME = EXPR",
            "An immutable binding; top-level names share one namespace with declaration IDs.",
            "let first_half = meetings where start < 2025-07-01\ncount(first_half)"),
        "for": page("for (对于) — repeat statements", "for NAME in LIST { statements }",
            "Runs the body for each element of a list or range. Inside, IDs may be built by\ninterpolation: `meeting visit_\\(i) { … }`.",
            "for d in [2025-05-08, 2025-06-12] {\n  warn is_workday(d) else \"\\(d) is a day off\"\n}"),
        "if": page("if (如果) — choose statements", "if COND { … } [else if COND { … }] [else { … }]",
            "Runs the first block whose condition is true.",
            "if count(meetings) < 6 { warn false else \"too few meetings\" }"),
        "template": page("template (模板) / use (使用) — reusable statements", "template NAME(p1, p2) { statements }\nuse NAME(args)",
            "`use` runs the template's body with the parameters bound; a template may not\nreach itself.",
            "template visit(n, day) {\n  meeting visit_\\(n) \"调研\" { form symposium  date day }\n}\nuse visit(1, 2025-05-08)"),
        "include": page("include (包含) — read another file", "include \"path.cplan\"",
            "Relative to the including file and inside the main file's folder; each file is\nevaluated at most once. In the REPL, paths are relative to the working folder.",
            "include \"plan-2025.cplan\""),
        "require": page("require (要求) / warn (提醒) — assertions", "require EXPR [else \"message\"]\nwarn EXPR [else \"message\"]",
            "Checked over the complete plan: a false `require` is an error, a false `warn` a warning.",
            "require count(meetings where supervision) >= 1 else \"至少一项民主监督议题\""),
        "committee": page("committee (专委会), sector (界别), party (党派), department (部门)", "committee ID [\"Title\"] [{ chair MEMBER }]\nsector ID [\"Title\"]\nparty ID [\"Title\"]\ndepartment ID [\"Title\"] [{ contact \"…\" }]",
            "The units of the plan. A committee's members are the members naming it, plus its chair.",
            "committee econ \"经济委员会\" { chair huang }\ndepartment zjj \"市住房城乡建设局\""),
        "member": page("member (委员) — a CPPCC member", "member ID [\"Name\"] { [sector S] [committee C] [party P] [role WORD, …] [contact \"…\"] }",
            "Role words are any identifiers; queries read them with `in role`.",
            "member huang \"黄志明\" { sector business  committee econ  role standing }"),
        "group": page("group (分组) — a set of members", "group ID [\"Title\"] = EXPR\ngroup ID [\"Title\"] { members ID, … }",
            "Usable wherever members are: participants, `--who`, queries.",
            "group standing_members = members where standing in role"),
        "approval": page("approval (审批) — the plan's approval steps", "approval { drafted DAY [by \"…\"]  revised DAY  reviewed DAY  approved DAY }",
            "At most one; steps in this order, checked against the meetings' dates.",
            "approval { drafted 2024-11-20  approved 2025-01-10 }"),
    ]
}
