// Catalog entries for names, kinds, values, dates and evaluation (CP03xx, CP04xx)
// and for records and approval (CP07xx). Owned by evaluation; codes are in SemanticCodes.swift.
extension DiagnosticCatalog {
    static let semanticEntries: [DiagnosticInfo] = [
        DiagnosticInfo(
            "CP0301", title: "unknown name",
            explanation: "A name that no declaration, `let`, loop variable, template parameter or field defines. Declarations may be referred to before they are declared, but `let`, `if`, `for` and `use` see only what is declared above them. When the unknown name begins with a keyword (`每2周`, `界别business`), a space is missing: a keyword is only recognised as a whole word.",
            bad: """
                plan "P" { year 2025 }
                committee econ
                meeting m { form symposium  date 2025-05-06  lead eocn }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                committee econ
                meeting m { form symposium  date 2025-05-06  lead econ }
                """),
        DiagnosticInfo(
            "CP0302", title: "duplicate name",
            explanation: "IDs of every kind and top-level `let` names share one namespace, so each name may be declared once. The error is at the second declaration, with a label at the first.",
            bad: """
                plan "P" { year 2025 }
                committee econ
                sector econ
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                committee econ
                sector business
                """),
        DiagnosticInfo(
            "CP0303", title: "wrong kind of reference",
            explanation: "The name refers to a declaration of another kind than the attribute or operation accepts: `lead` takes a committee, sector or party, `invite` departments, `chair` a member, and so on. The message names both the kind required and the kind found.",
            bad: """
                plan "P" { year 2025 }
                department zjj
                meeting m { form symposium  date 2025-05-06  lead zjj }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                department zjj
                meeting m { form symposium  date 2025-05-06  invite zjj  feedback zjj within 1 months }
                """),
        DiagnosticInfo(
            "CP0304", title: "unknown field",
            explanation: "The value has no such field, or has no fields at all. Meetings, members, committees, sectors, parties, departments, groups and feedback duties have the fields of LANGUAGE.md 7.3; a field with an attribute of the same name may also be written with the attribute's Chinese alias (`身份` for `role`).",
            bad: """
                plan "P" { year 2025 }
                committee econ "经济委员会"
                let t = econ.titel
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                committee econ "经济委员会"
                let t = econ.title
                """),
        DiagnosticInfo(
            "CP0305", title: "unknown function",
            explanation: "The functions are count, len, min, max, sum, sorted, weekday, is_workday, next_workday, workdays_between and today.",
            bad: """
                plan "P" { year 2025 }
                let n = cout(members)
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                let n = count(members)
                """),
        DiagnosticInfo(
            "CP0306", title: "a series where one meeting is required",
            explanation: "A series stands for all its occurrences, so it cannot be the target of `after` or other places that need one meeting. Name an occurrence: `forum.1` is the first.",
            bad: """
                plan "P" { year 2025 }
                series forum { form biweekly_forum  every 2 weeks from 2025-03-06 until 2025-04-03 }
                meeting m { form symposium  date 2025-05-06  after forum }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                series forum { form biweekly_forum  every 2 weeks from 2025-03-06 until 2025-04-03 }
                meeting m { form symposium  date 2025-05-06  after forum.3 }
                """),
        DiagnosticInfo(
            "CP0307", title: "no such occurrence",
            explanation: "Occurrences of a series are numbered from 1 in date order, after days off are skipped or shifted. The number asked for is beyond the last occurrence.",
            bad: """
                plan "P" { year 2025 }
                series forum { form biweekly_forum  every 2 weeks from 2025-03-06 until 2025-04-03 }
                meeting m { form symposium  date 2025-05-06  after forum.9 }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                series forum { form biweekly_forum  every 2 weeks from 2025-03-06 until 2025-04-03 }
                meeting m { form symposium  date 2025-05-06  after forum.3 }
                """),
        DiagnosticInfo(
            "CP0308", title: "unknown value word",
            explanation: "The attribute takes a value word — a form (4.2), a source (4.1), a weekday or a calendar name — or one of their Chinese aliases, and the word given is none of them.",
            bad: """
                plan "P" { year 2025 }
                meeting m { form plenery  date 2025-05-06 }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                meeting m { form plenary  date 2025-05-06 }
                """),
        DiagnosticInfo(
            "CP0309", title: "template reaches itself",
            explanation: "Every program terminates, so templates cannot recurse: a template may not `use` itself, directly or through other templates. The message lists the chain.",
            bad: """
                plan "P" { year 2025 }
                template a() { use b() }
                template b() { use a() }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                template a() { use b() }
                template b() { let x = 1 }
                """),
        DiagnosticInfo(
            "CP0310", title: "wrong number of template arguments",
            explanation: "`use NAME(args)` passes one argument for each parameter of the template.",
            bad: """
                plan "P" { year 2025 }
                template t(x) { let y = x }
                use t(1, 2)
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                template t(x) { let y = x }
                use t(1)
                """),
        DiagnosticInfo(
            "CP0311", title: "group depends on itself",
            explanation: "A group defined by an expression may use other groups, but not itself, directly or through others. The message lists the chain.",
            bad: """
                plan "P" { year 2025 }
                group g1 = g2.members
                group g2 = g1.members
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                member a
                group g1 { members a }
                group g2 = g1.members
                """),
        DiagnosticInfo(
            "CP0312", title: "`it` outside a `where` condition",
            explanation: "`it` is the element a `where` condition is looking at; outside a condition there is none.",
            bad: """
                plan "P" { year 2025 }
                let x = it
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                member a
                let x = members where it == a
                """),
        DiagnosticInfo(
            "CP0313", title: "unknown rule name",
            explanation: "`policy { severity RULE … }` names one of the named rules (`cplan explain` lists them); unnamed errors cannot be turned off.",
            bad: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0  severity series_topic off }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0  severity series_topics off }
                
                """),
        DiagnosticInfo(
            "CP0314", title: "attribute given twice",
            explanation: "Most attributes are given once per declaration; `prepare`, `follow_up`, `feedback`, `received`, `absent`, `leave` and `severity` may repeat.",
            bad: """
                plan "P" { year 2025 }
                meeting m { form symposium  form plenary  date 2025-05-06 }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                meeting m { form symposium  date 2025-05-06 }
                """),
        DiagnosticInfo(
            "CP0315", title: "generated ID is not a name",
            explanation: "An ID built by interpolation (`m_\\(i)`) must come out as a name: letters, digits and `_`. A day or a text with spaces does not.",
            bad: """
                plan "P" { year 2025 }
                for d in [2025-05-06] { meeting m_\\(d) { form symposium  date d } }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                for i in 1..2 { meeting m_\\(i) { form symposium  date 2025-05-06 } }
                """),
        DiagnosticInfo(
            "CP0401", title: "operands of the wrong types",
            explanation: "The operator does not apply to these types (LANGUAGE.md 7.1): numbers add to numbers, a duration to a day, a string to a string; `==` compares values of the same type. The message names both types.",
            bad: """
                plan "P" { year 2025 }
                let x = 1 + "a"
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                let x = 1 + 2
                """),
        DiagnosticInfo(
            "CP0402", title: "number out of range",
            explanation: "Integers are 64-bit and decimals exact with at most 18 fraction digits; a result that does not fit is an error, never a wrap.",
            bad: """
                plan "P" { year 2025 }
                let x = 9223372036854775807 + 1
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                let x = 9223372036854775806 + 1
                """),
        DiagnosticInfo(
            "CP0403", title: "division by zero",
            explanation: "`/` divides numbers into an exact decimal; dividing by zero has no value.",
            bad: """
                plan "P" { year 2025 }
                let x = 1 / 0
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                let x = 1 / 2
                """),
        DiagnosticInfo(
            "CP0404", title: "day out of range",
            explanation: "Days run from 0001-01-01 to 9999-12-31; arithmetic that leaves that range is an error. A day also cannot be moved by hours or minutes.",
            bad: """
                plan "P" { year 2025 }
                let d = 9999-12-31 + 1 days
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                let d = 2025-12-31 + 1 days
                """),
        DiagnosticInfo(
            "CP0405", title: "value of the wrong type",
            explanation: "The attribute, argument or statement needs a value of another type: a day, a string, an integer, a list… The message says what was expected and what was found.",
            bad: """
                plan "P" { year 2025 }
                meeting m { form symposium  date "2025-05-06" }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                meeting m { form symposium  date 2025-05-06 }
                """),
        DiagnosticInfo(
            "CP0406", title: "required attribute missing",
            explanation: "A meeting needs `form` and `date`, a series `form` and `every`, the plan `year`.",
            bad: """
                plan "P" { year 2025 }
                meeting m { form symposium }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                meeting m { form symposium  date 2025-05-06 }
                """),
        DiagnosticInfo(
            "CP0407", title: "no `plan` declaration",
            explanation: "Every program has exactly one `plan` declaration (across its includes): it gives the year the plan covers.",
            bad: """
                policy { min_topic_consultations 0 }
                committee econ
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                committee econ
                """),
        DiagnosticInfo(
            "CP0408", title: "more than one `plan`",
            explanation: "A program has exactly one `plan`, counting the files it includes.",
            bad: """
                plan "P" { year 2025 }
                plan "Q" { year 2025 }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                
                """),
        DiagnosticInfo(
            "CP0409", title: "more than one `policy`",
            explanation: "A program has at most one `policy`; put every setting in it.",
            bad: """
                plan "P" { year 2025 }
                policy { notice 3 workdays }
                policy { max_absences 2 }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0  notice 3 workdays  max_absences 2 }
                """),
        DiagnosticInfo(
            "CP0410", title: "end before start",
            explanation: "A day range, a time span or a series' `from`/`until` ends before it starts.",
            bad: """
                plan "P" { year 2025 }
                meeting m { form symposium  date 2025-05-08 .. 2025-05-06 }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                meeting m { form symposium  date 2025-05-06 .. 2025-05-08 }
                """),
        DiagnosticInfo(
            "CP0411", title: "outside the plan's year",
            explanation: "Every day of a meeting, an occurrence or a tentative window lies in the plan's year; the error is at the `date` (for a series, at `every`).",
            bad: """
                plan "P" { year 2025 }
                meeting m { form symposium  date 2026-01-05 }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                meeting m { form symposium  date 2025-05-06 }
                """),
        DiagnosticInfo(
            "CP0413", title: "hours or minutes in a deadline",
            explanation: "Notice periods, task deadlines and feedback periods count days, weeks, months or working days. Hours and minutes apply only to times of day.",
            bad: """
                plan "P" { year 2025 }
                department zjj
                meeting m { form symposium  date 2025-05-06  invite zjj  feedback zjj within 3 hours }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                department zjj
                meeting m { form symposium  date 2025-05-06  invite zjj  feedback zjj within 3 days }
                """),
        DiagnosticInfo(
            "CP0414", title: "invalid cadence",
            explanation: "`every` counts N days, weeks or months. `on WEEKDAY` goes with weeks, `on ORDINAL WEEKDAY` (first … fourth, last) with months; any other combination, and both `skip holidays` and `shift holidays`, are errors.",
            bad: """
                plan "P" { year 2025 }
                series s { form symposium  every 2 weeks on first monday from 2025-03-03 until 2025-06-30 }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                series s { form symposium  every month on first monday from 2025-03-03 until 2025-06-30 }
                """),
        DiagnosticInfo(
            "CP0415", title: "deadline on the wrong side of the meeting",
            explanation: "`prepare … due N before` counts back from the first day; `follow_up … due N after` forward from the last day. Use `due DAY` for any other day.",
            bad: """
                plan "P" { year 2025 }
                meeting m { form symposium  date 2025-05-06  prepare "材料" due 3 days after }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                meeting m { form symposium  date 2025-05-06  prepare "材料" due 3 days before }
                """),
        DiagnosticInfo(
            "CP0416", rule: "require", title: "requirement not met",
            explanation: "A `require` condition is false over the complete plan. The message is the `else` text when given.",
            bad: """
                plan "P" { year 2025 }
                require count(members) >= 1 else "至少一名委员"
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                member a
                require count(members) >= 1 else "至少一名委员"
                """),
        DiagnosticInfo(
            "CP0417", rule: "warn", severity: .warning, title: "warning condition not met",
            explanation: "A `warn` condition is false over the complete plan. The message is the `else` text when given.",
            bad: """
                plan "P" { year 2025 }
                warn count(members) >= 1 else "还没有委员"
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                member a
                warn count(members) >= 1 else "还没有委员"
                """),
        DiagnosticInfo(
            "CP0418", rule: "series_topics", severity: .warning, title: "topics do not match occurrences",
            explanation: "A series has `topics`, but their number differs from its occurrences after skipping, shifting and merging. Extra topics are unused; occurrences without a topic take the series topic or title.",
            bad: """
                plan "P" { year 2025 }
                series s { form symposium  every 2 weeks from 2025-03-06 until 2025-04-03  topics "甲", "乙" }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                series s { form symposium  every 2 weeks from 2025-03-06 until 2025-04-03  topics "甲", "乙", "丙" }
                """),
        DiagnosticInfo(
            "CP0419", rule: "series_shift", severity: .warning, title: "occurrences merged or dropped by shifting",
            explanation: "With `shift holidays`, an occurrence on a day off moves to the next working day; when that day already has an occurrence the two merge, and when it lies past `until` the occurrence is dropped.",
            bad: """
                plan "P" { year 2025 }
                series s { form symposium  every 1 days from 2025-05-02 until 2025-05-06  shift holidays }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                series s { form symposium  every 1 days from 2025-05-02 until 2025-05-06  skip holidays }
                """),
        DiagnosticInfo(
            "CP0420", rule: "no_calendar_data", severity: .warning, title: "no calendar data for a year",
            explanation: "Under `calendar china`, a notice day, deadline or series day falls in a year for which the interpreter has no holiday data, so only weekends count as days off there. Declare that year's days with `holiday`/`workday` or use `calendar weekends`.",
            bad: """
                plan "P" { year 2030 }
                meeting m { form symposium  date 2030-05-07 }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                meeting m { form symposium  date 2025-05-06 }
                """),
        DiagnosticInfo(
            "CP0421", rule: "unknown_role", severity: .warning, title: "role word that no member has",
            explanation: "Role words are the words written in members' `role` lists. A query that asks for a role no member has is probably a typo.",
            bad: """
                plan "P" { year 2025 }
                member a { role standing }
                let x = members where standng in role
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                member a { role standing }
                let x = members where standing in role
                """),
        DiagnosticInfo(
            "CP0422", severity: .note, title: "no report day for `from report`",
            explanation: "`feedback D within N from report` counts from the day the consultation report was sent (`report DAY`). With no report day the period counts from the meeting's last day, and this note says so.",
            bad: """
                plan "P" { year 2025 }
                department zjj
                meeting m { form symposium  date 2025-05-06  invite zjj  feedback zjj within 10 days from report }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                department zjj
                meeting m { form symposium  date 2025-05-06  invite zjj  report 2025-05-12  feedback zjj within 10 days from report }
                """),
        DiagnosticInfo(
            "CP0423", title: "`holiday`/`workday` not at the top level",
            explanation: "The calendar is built before evaluation from every `holiday` and `workday` of the program, so these declarations stand at the top level of a file (the main file or one it includes at top level), and their days are literal days.",
            bad: """
                plan "P" { year 2025 }
                if true { holiday 2025-05-06 }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                holiday 2025-05-06
                """),
        DiagnosticInfo(
            "CP0424", title: "bad function arguments",
            explanation: "The function was called with the wrong number of arguments or an argument of the wrong type (`count` takes a list, `weekday` a day…), or asked for the minimum of an empty list.",
            bad: """
                plan "P" { year 2025 }
                let x = count(1)
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                let x = count([1])
                """),
        DiagnosticInfo(
            "CP0425", title: "value out of range",
            explanation: "The number is outside what the setting allows: a share between 0% and 100%, a non-negative count, a year between 1 and 9999, a cadence of at least 1.",
            bad: """
                plan "P" { year 2025 }
                policy { supervision_share 150% }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0  supervision_share 15% }
                """),
        DiagnosticInfo(
            "CP0426", title: "more than one `approval`",
            explanation: "A program has at most one `approval` block; it lists each step once.",
            bad: """
                plan "P" { year 2025 }
                approval { drafted 2024-11-20 by "办公室" }
                approval { approved 2024-12-20 by "常委会" }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                approval {
                  drafted 2024-11-20 by "办公室"
                  approved 2024-12-20 by "常委会"
                }
                """),
        DiagnosticInfo(
            "CP0427", title: "condition is not a boolean",
            explanation: "`if`, `where`, `require` and `warn` need a condition that is true or false.",
            bad: """
                plan "P" { year 2025 }
                if 1 { let x = 2 }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                if true { let x = 2 }
                """),
        DiagnosticInfo(
            "CP0428", title: "deadline out of range",
            explanation: "A deadline computed from the meeting's dates leaves the range of days 0001-01-01 … 9999-12-31.",
            bad: """
                plan "P" { year 2025 }
                department zjj
                meeting m { form symposium  date 2025-05-06  invite zjj  feedback zjj within 99999 months }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                department zjj
                meeting m { form symposium  date 2025-05-06  invite zjj  feedback zjj within 3 months }
                """),
        DiagnosticInfo(
            "CP0701", title: "record of something that is not a meeting",
            explanation: "A `record` is about one meeting or one occurrence of a series (`forum.3`), never a whole series or another kind of declaration.",
            bad: """
                plan "P" { year 2025 }
                series forum { form biweekly_forum  every 2 weeks from 2025-03-06 until 2025-04-03 }
                record forum { cancelled }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                series forum { form biweekly_forum  every 2 weeks from 2025-03-06 until 2025-04-03 }
                record forum.1 { cancelled }
                """),
        DiagnosticInfo(
            "CP0702", title: "held and cancelled",
            explanation: "A meeting is recorded either `held` or `cancelled`, not both (across all its records).",
            bad: """
                plan "P" { year 2025 }
                meeting m { form symposium  date 2025-05-06 }
                record m { held }
                record m { cancelled "因故取消" }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                meeting m { form symposium  date 2025-05-06 }
                record m { cancelled "因故取消" }
                """),
        DiagnosticInfo(
            "CP0703", title: "contradictory records",
            explanation: "Several records of one meeting merge, but they may not disagree: two different `held` days, `report` days, cancellation reasons or `received` days for one department.",
            bad: """
                plan "P" { year 2025 }
                meeting m { form symposium  date 2025-05-06 }
                record m { held 2025-05-07 }
                record m { held 2025-05-08 }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                meeting m { form symposium  date 2025-05-06 }
                record m { held 2025-05-07 }
                record m { held 2025-05-07 }
                """),
        DiagnosticInfo(
            "CP0704", title: "received from a department that owes no feedback",
            explanation: "`received DEPT` records written feedback; DEPT must be a department with a `feedback` duty on that meeting.",
            bad: """
                plan "P" { year 2025 }
                department zjj
                meeting m { form symposium  date 2025-05-06 }
                record m { received zjj }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                department zjj
                meeting m { form symposium  date 2025-05-06  invite zjj  feedback zjj within 1 months }
                record m { received zjj }
                """),
        DiagnosticInfo(
            "CP0705", title: "`received` twice in one record",
            explanation: "A record gives `received` once per department.",
            bad: """
                plan "P" { year 2025 }
                department zjj
                meeting m { form symposium  date 2025-05-06  invite zjj  feedback zjj within 1 months }
                record m {
                  received zjj 2025-05-20
                  received zjj
                }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                department zjj
                meeting m { form symposium  date 2025-05-06  invite zjj  feedback zjj within 1 months }
                record m { received zjj 2025-05-20 }
                """),
        DiagnosticInfo(
            "CP0706", title: "absent and on leave",
            explanation: "`absent` is an unexcused absence and `leave` an excused one; a member is recorded as one of them.",
            bad: """
                plan "P" { year 2025 }
                member a
                meeting m { form symposium  date 2025-05-06  participants a }
                record m {
                  absent a
                  leave a
                }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                member a
                meeting m { form symposium  date 2025-05-06  participants a }
                record m { leave a }
                """),
        DiagnosticInfo(
            "CP0707", title: "approval step given twice",
            explanation: "Each approval step (`drafted`, `revised`, `reviewed`, `approved`) appears at most once.",
            bad: """
                plan "P" { year 2025 }
                approval {
                  drafted 2024-11-20 by "办公室"
                  drafted 2024-11-21 by "办公室"
                }
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                approval {
                  drafted 2024-11-20 by "办公室"
                }
                """),
        // MARK: host functions (CP048x), registered by an embedding program
        DiagnosticInfo(
            "CP0480", title: "host function called with the wrong number of arguments",
            explanation: "A function the host program added to the language (a host function) takes exactly the parameters of its signature; the help line shows the signature. The examples assume a host that registered `members_of(org: committee) -> list of member`, `holidays_from_hr_system(year: integer) -> list of day` and `phone_of(m: member) -> string` (see the Embedding article); `cplan` itself registers no host functions.",
            bad: """
                plan "P" { year 2025 }
                let days = holidays_from_hr_system(2025, 2026)
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                let days = holidays_from_hr_system(2025)
                """),
        DiagnosticInfo(
            "CP0481", title: "host function argument of the wrong type",
            explanation: "Each argument of a host function must have the type its signature gives (an integer, a day, a member, a list of days…); a decimal parameter also accepts an integer and a list parameter also accepts a range. The examples assume a host that registered `members_of(org: committee) -> list of member`, `holidays_from_hr_system(year: integer) -> list of day` and `phone_of(m: member) -> string` (see the Embedding article); `cplan` itself registers no host functions.",
            bad: """
                plan "P" { year 2025 }
                let days = holidays_from_hr_system("2025")
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                let days = holidays_from_hr_system(2025)
                """),
        DiagnosticInfo(
            "CP0482", title: "host function failed",
            explanation: "The host function reported an error, for example because its data source has nothing for the arguments given. The message is the host's; the diagnostic points at the argument at fault when the host names one. The examples assume a host that registered `members_of(org: committee) -> list of member`, `holidays_from_hr_system(year: integer) -> list of day` and `phone_of(m: member) -> string` (see the Embedding article); `cplan` itself registers no host functions.",
            bad: """
                plan "P" { year 2025 }
                let days = holidays_from_hr_system(1999)
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                let days = holidays_from_hr_system(2025)
                """),
        DiagnosticInfo(
            "CP0483", title: "host function returned the wrong type",
            explanation: "The host function returned a value that does not match the result type of its own signature (for instance nothing where it promised a string). This is a fault of the host program, reported at the call so the plan still evaluates; tell whoever maintains the host. The examples assume a host that registered `members_of(org: committee) -> list of member`, `holidays_from_hr_system(year: integer) -> list of day` and `phone_of(m: member) -> string` (see the Embedding article); `cplan` itself registers no host functions.",
            bad: """
                plan "P" { year 2025 }
                member li "李娜"
                let phone = phone_of(li)
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                member zhang "张伟"
                let phone = phone_of(zhang)
                """),
        DiagnosticInfo(
            "CP0484", title: "host function returned an undeclared ID",
            explanation: "A host function may return declarations by ID, but only IDs the plan declares (above the call, for `let`, `if`, `for` and `use`). Declare the missing member or unit, or correct the host's data. The examples assume a host that registered `members_of(org: committee) -> list of member`, `holidays_from_hr_system(year: integer) -> list of day` and `phone_of(m: member) -> string` (see the Embedding article); `cplan` itself registers no host functions.",
            bad: """
                plan "P" { year 2025 }
                committee social "社会和法制委员会"
                member wang "王强"
                let people = members_of(social)
                """,
            good: """
                plan "P" { year 2025 }
                policy { min_topic_consultations 0 }
                committee social "社会和法制委员会"
                member wang "王强"
                member zhao "赵敏"
                let people = members_of(social)
                """),
    ]
}
