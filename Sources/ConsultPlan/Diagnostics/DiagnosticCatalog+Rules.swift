// Catalog entries for the named plan rules (CP06xx, CP07xx). Owned by the checks work.
// Each example is a whole program; the rules' tests run every bad and good one.

extension DiagnosticCatalog {
    static let ruleEntries: [DiagnosticInfo] = [
        DiagnosticInfo(
            "CP0601", rule: "min_topic_consultations", severity: .error,
            title: "too few topic consultations",
            explanation: """
                A plan must hold at least `min_topic_consultations` topic consultations (default 4). \
                Topic consultations are meetings whose form is neither `plenary` nor `standing_committee` \
                (section 4.2). Cancelled meetings do not count, and each occurrence of a series counts once. \
                The diagnostic points at the policy setting, or at the `plan` line when the default applies, \
                and its note lists the meetings that were counted.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                policy { min_topic_consultations 2 }
                meeting quanhui "全体会议" { form plenary  date 2025-01-08 }
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-04-22 }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                policy { min_topic_consultations 2 }
                meeting quanhui "全体会议" { form plenary  date 2025-01-08 }
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-04-22 }
                meeting elder "养老服务" { form symposium  date 2025-06-12 }
                """),
        DiagnosticInfo(
            "CP0602", rule: "supervision_share", severity: .warning,
            title: "too few supervision topics",
            explanation: """
                The share of topic consultations marked `supervision` (民主监督 topics) is below \
                `policy { supervision_share P% }`. Without that setting, the finding is having no \
                supervision topic at all. The rule is not evaluated when the plan has no topic consultation. \
                The comparison is exact: 1 of 10 meets 10%.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                policy { supervision_share 50% }
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-04-22  supervision }
                meeting elder "养老服务" { form symposium  date 2025-06-12 }
                meeting school "职业教育" { form counterpart  date 2025-09-16 }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                policy { supervision_share 50% }
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-04-22  supervision }
                meeting elder "养老服务" { form symposium  date 2025-06-12  supervision }
                meeting school "职业教育" { form counterpart  date 2025-09-16 }
                """),
        DiagnosticInfo(
            "CP0603", rule: "no_plenary", severity: .warning,
            title: "no plenary meeting",
            explanation: """
                No meeting of the plan has form `plenary` (全体会议). An annual plan normally lists the year's \
                plenary session; a cancelled plenary does not count. Reported at the `plan` line.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-04-22 }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                meeting quanhui "全体会议" { form plenary  date 2025-01-08 .. 2025-01-11 }
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-04-22 }
                """),
        DiagnosticInfo(
            "CP0604", rule: "day_off", severity: .warning,
            title: "meeting starts on a day off",
            explanation: """
                A dated meeting's first day is a day off under the plan's calendar: a weekend, a public \
                holiday, or a `holiday` declared in the program (a make-up working day is a working day). \
                Tentative and cancelled meetings are not checked. The note says why the day is off and the \
                help names the nearest working days.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025  calendar china }
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-10-02 }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025  calendar china }
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-10-09 }
                """),
        DiagnosticInfo(
            "CP0605", rule: "overlap", severity: .error,
            title: "participant in two overlapping meetings",
            explanation: """
                A member takes part in two timed meetings whose time spans overlap on the same day. Spans \
                are half-open: a meeting ending at 12:00 and another starting at 12:00 do not overlap. \
                Only dated, non-cancelled meetings and their expanded `participants` are considered (not the \
                members of `lead` or `with`). Each pair of meetings is reported once, at the `date` of the \
                later one in schedule order, and the notes name the shared participants.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                member zhang "张伟"
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-04-22 09:00..12:00  participants zhang }
                meeting elder "养老服务" { form symposium  date 2025-04-22 11:00..12:30  participants zhang }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                member zhang "张伟"
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-04-22 09:00..12:00  participants zhang }
                meeting elder "养老服务" { form symposium  date 2025-04-22 14:30..17:00  participants zhang }
                """),
        DiagnosticInfo(
            "CP0606", rule: "possible_overlap", severity: .warning,
            title: "participant in two meetings on the same day",
            explanation: """
                A member takes part in two meetings on the same day and at least one of them has no times, so \
                they may overlap. Every day of a day range (`date 2025-01-08 .. 2025-01-11`) counts as an \
                untimed day. Giving both meetings times lets the `overlap` rule decide. Reported once per \
                pair, at the `date` of the later meeting in schedule order.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                member zhang "张伟"
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-04-22  participants zhang }
                meeting elder "养老服务" { form symposium  date 2025-04-22 14:30..17:00  participants zhang }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                member zhang "张伟"
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-04-22 09:00..12:00  participants zhang }
                meeting elder "养老服务" { form symposium  date 2025-04-22 14:30..17:00  participants zhang }
                """),
        DiagnosticInfo(
            "CP0607", rule: "missing_feedback", severity: .warning,
            title: "invited departments owe no feedback",
            explanation: """
                A meeting invites departments but requires no written feedback (书面反馈) of any of them. \
                Party and government departments that take part in a consultation normally report back on \
                its results within a period: add `feedback DEPT within DURATION`. Meetings sharing one \
                `invite` (a series' occurrences) are reported once, at that `invite`.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                department zjj "市住房城乡建设局"
                meeting housing "推进老旧小区改造提升" {
                  form special_consultation
                  date 2025-04-22
                  invite zjj
                }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                department zjj "市住房城乡建设局"
                meeting housing "推进老旧小区改造提升" {
                  form special_consultation
                  date 2025-04-22
                  invite zjj
                  feedback zjj within 3 months
                }
                """),
        DiagnosticInfo(
            "CP0608", rule: "after_order", severity: .error,
            title: "`after` not satisfied",
            explanation: """
                A meeting says `after M` but is not dated after M. When both are timed single days, its start \
                must be at or after M's end (the same day is fine); otherwise its first day must be after M's \
                last day. Tentative and cancelled meetings are skipped, and so are `after` edges on a cycle \
                (see `after_cycle`).
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                meeting survey "专题调研" { form symposium  date 2025-04-22 }
                meeting housing "推进老旧小区改造提升" {
                  form special_consultation
                  date 2025-04-22
                  after survey
                }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                meeting survey "专题调研" { form symposium  date 2025-04-22 }
                meeting housing "推进老旧小区改造提升" {
                  form special_consultation
                  date 2025-04-23
                  after survey
                }
                """),
        DiagnosticInfo(
            "CP0609", rule: "after_cycle", severity: .error,
            title: "cycle of `after`",
            explanation: """
                Meetings are each `after` another, round in a circle, so no dates can satisfy them all. One \
                diagnostic per cycle, at the `after` of the cycle's meeting first in schedule order; the note \
                lists the cycle. The `after` edges on the cycle get no `after_order` diagnostic.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                meeting survey "专题调研" {
                  form symposium
                  date 2025-04-15
                  after housing
                }
                meeting housing "推进老旧小区改造提升" {
                  form special_consultation
                  date 2025-04-22
                  after survey
                }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                meeting survey "专题调研" { form symposium  date 2025-04-15 }
                meeting housing "推进老旧小区改造提升" {
                  form special_consultation
                  date 2025-04-22
                  after survey
                }
                """),
        DiagnosticInfo(
            "CP0690",
            title: "`cplan: allow` without a reason",
            explanation: """
                A `// cplan: allow RULE — reason` comment must say why the finding is acceptable; the reason \
                follows a dash (`—`, or `-`). A directive without one silences nothing.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                // cplan: allow day_off
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-10-02 }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                // cplan: allow day_off — 国庆期间现场调研，委员已同意
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-10-02 }
                """),
        DiagnosticInfo(
            "CP0691",
            title: "`cplan: allow` names an unknown rule",
            explanation: """
                The rule named in a `// cplan: allow` comment is not a rule name. Only named rules (the table \
                in section 6, `cplan explain` shows each) can be allowed; unnamed errors cannot be silenced. \
                A directive with an unknown rule silences nothing.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                // cplan: allow dayoff — 国庆期间现场调研
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-10-02 }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                // cplan: allow day_off — 国庆期间现场调研
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-10-02 }
                """),
        DiagnosticInfo(
            "CP0692",
            title: "malformed `cplan:` directive",
            explanation: """
                A comment starting with `cplan:` is a directive, and the only directive is \
                `// cplan: allow RULE — reason` (several rules may be separated by commas). This one has \
                another word after `cplan:`, no rule name, or no dash between the rule and the reason, so it \
                silences nothing.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                // cplan: allow day_off 国庆期间现场调研
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-10-02 }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                // cplan: allow day_off - 国庆期间现场调研
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-10-02 }
                """),
        DiagnosticInfo(
            "CP0693", severity: .warning,
            title: "`cplan: allow` that silences nothing",
            explanation: """
                A `// cplan: allow RULE — reason` comment silences findings of RULE that start on the line \
                right below it. When no such finding is there, the directive is stale (the finding was \
                fixed), misplaced (a blank line or another line between), or names the wrong rule — and \
                it would silently swallow a future finding. Reported only when the plan evaluates without \
                errors. Remove the directive or move it above the finding.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                meeting housing "推进老旧小区改造提升" {
                  form special_consultation
                  // cplan: allow day_off — 国庆期间现场调研，委员已同意
                  date 2025-10-09
                }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                meeting housing "推进老旧小区改造提升" {
                  form special_consultation
                  // cplan: allow day_off — 国庆期间现场调研，委员已同意
                  date 2025-10-02
                }
                """),
        DiagnosticInfo(
            "CP0750", rule: "approval_order", severity: .error,
            title: "approval steps out of order",
            explanation: """
                The approval steps' days must not decrease in the canonical order drafted ≤ revised ≤ \
                reviewed ≤ approved, whichever steps are given and in whatever order they are written. \
                Reported at the first step, in that order, that is dated before an earlier step.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                approval {
                  drafted  2024-11-20 by "市政协办公室"
                  revised  2024-12-15 by "市委办公室"
                  reviewed 2024-12-12 by "市政协主席会议"
                }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                approval {
                  drafted  2024-11-20 by "市政协办公室"
                  revised  2024-12-05 by "市委办公室"
                  reviewed 2024-12-12 by "市政协主席会议"
                }
                """),
        DiagnosticInfo(
            "CP0751", rule: "approval_late", severity: .error,
            title: "plan approved after a meeting's notice day",
            explanation: """
                The `approved` step is later than the earliest notice day of any dated, non-cancelled \
                meeting: a notice would go out for a plan not yet approved. The same day is allowed. \
                Tentative meetings have no notice day and are not considered.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                approval { approved 2025-04-20 by "市委常委会会议" }
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-04-22 }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                approval { approved 2024-12-20 by "市委常委会会议" }
                meeting housing "推进老旧小区改造提升" { form special_consultation  date 2025-04-22 }
                """),
        DiagnosticInfo(
            "CP0752", rule: "max_absences", severity: .warning,
            title: "too many unexcused absences",
            explanation: """
                A member was recorded `absent` (absent without leave) from more held meetings than \
                `policy { max_absences N }` allows. Absences recorded as `leave` are excused and do not count; \
                neither do meetings not yet held. Without the setting there is no limit. Reported at the member.
                """,
            bad: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                policy { max_absences 1 }
                member zhang "张伟"
                meeting m1 "经济形势分析" { form symposium  date 2025-03-12  participants zhang }
                meeting m2 "养老服务" { form symposium  date 2025-04-16  participants zhang }
                record m1 {
                  held
                  absent zhang
                }
                record m2 {
                  held
                  absent zhang
                }
                """,
            good: """
                plan "市政协2025年度协商工作计划" { year 2025 }
                policy { max_absences 1 }
                member zhang "张伟"
                meeting m1 "经济形势分析" { form symposium  date 2025-03-12  participants zhang }
                meeting m2 "养老服务" { form symposium  date 2025-04-16  participants zhang }
                record m1 {
                  held
                  absent zhang
                }
                record m2 {
                  held
                  leave zhang
                }
                """),
    ]
}
