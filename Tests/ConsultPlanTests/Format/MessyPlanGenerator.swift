// Generates valid plans in messy hand-typed layouts (both keyword languages,
// odd spacing, comments everywhere, `;` separators, full-width punctuation)
// for the formatter's property tests. Deterministic for a seed.

struct MessyPlanGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed &* 6364136223846793005 &+ 1442695040888963407 }

    private mutating func next() -> UInt64 {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return state >> 33
    }

    private mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }
    private mutating func pick<T>(_ xs: [T]) -> T { xs[Int(next() % UInt64(xs.count))] }

    private mutating func space() -> String { pick([" ", "  ", "\t", "   "]) }
    private mutating func comment() -> String {
        chance(50) ? "// " + pick(["说明", "note", "待定", "see 附件"]) : "/* " + pick(["block", "说明 /* nested */ 完", "x"]) + " */"
    }
    private mutating func trailing() -> String { chance(25) ? space() + comment() : "" }
    private mutating func blank() -> String { chance(30) ? String(repeating: "\n", count: Int(next() % 3) + 1) : "" }

    /// One plan.
    mutating func plan() -> String {
        let chinese = chance(50)
        func kw(_ en: String, _ zh: String) -> String { chinese ? zh : en }
        var out = ""
        if chance(40) { out += comment() + "\n" }
        out += "\(kw("plan", "计划"))\(space())\"测试计划\"\(space()){\(trailing())\n"
        out += "  \(kw("year", "年度")) 2025\(trailing())\n"
        if chance(50) { out += "\(space())\(kw("organization", "单位")) \"某市政协\"\n" }
        out += "}\(trailing())\n" + blank()
        let committees = ["econ", "social", "culture"]
        for c in committees {
            out += "\(kw("committee", "专委会"))\(space())\(c)\(space())\"\(c)委员会\"\(trailing())\n"
        }
        out += blank()
        let departments = ["fgw", "zjj"]
        for d in departments { out += "\(kw("department", "部门")) \(d)\(chance(50) ? " \"\(d)局\"" : "")\n" }
        out += blank()
        let members = (0..<Int(next() % 4 + 2)).map { "m\($0)" }
        for m in members {
            let c = pick(committees)
            if chance(50) {
                out += "\(kw("member", "委员")) \(m) \"委员\(m)\" { \(kw("committee", "专委会")) \(c)\(space())\(kw("role", "身份")) standing }\n"
            } else {
                out += "\(kw("member", "委员")) \(m) \"委员\(m)\" {\n    \(kw("committee", "专委会")) \(c)\(trailing())\n}\n"
            }
        }
        out += blank()
        let days = ["2025-03-12", "2025-04-22", "2025-05-20", "2025-06-17", "2025-09-16", "2025-11-11"]
        for (i, day) in days.prefix(Int(next() % 4 + 2)).enumerated() {
            if chance(30) { out += comment() + "\n" }
            out += "\(kw("meeting", "会议")) mt\(i) \"议题\(i)\" {\(trailing())\n"
            out += "\(space())\(kw("form", "形式")) \(pick(["special_consultation", "symposium", "专题协商会", "counterpart"]))"
            out += chance(40) ? "; " : "\n"
            out += "  \(kw("date", "日期")) \(day)\(chance(50) ? " 09:00..12:00" : "")\(trailing())\n"
            out += "  \(kw("lead", "牵头")) \(pick(committees))\n"
            if chance(60) {
                out += "  \(kw("participants", "参加")) \(members.prefix(Int(next() % UInt64(members.count)) + 1).joined(separator: chance(50) ? ", " : "，"))\n"
            }
            if chance(50) {
                out += "  \(kw("invite", "邀请")) \(departments.joined(separator: ", "))\n"
                out += "  \(kw("feedback", "反馈")) fgw \(kw("within", "期限")) \(chance(50) ? "3 months" : "3个月")\n"
            }
            if chance(40) {
                out += "  \(kw("prepare", "准备")) \"调研报告\" \(kw("due", "截止")) 10 \(kw("days", "天")) \(kw("before", "之前"))\n"
            }
            if chance(20) { out += "  \(kw("supervision", "民主监督"))\n" }
            out += "}\(trailing())\n" + blank()
        }
        if chance(60) {
            out += "\(kw("let", "设")) n = count(meetings \(kw("where", "满足")) form != plenary)\(trailing())\n"
            out += "\(kw("require", "要求")) n >= 1 \(kw("else", "否则")) \"至少一次\"\n"
        }
        if chance(40) {
            out += "\(kw("for", "对于")) i \(kw("in", "属于")) [1, 2] {\(trailing())\n  \(kw("warn", "提醒")) i > 0\n}\n"
        }
        if chance(30) { out += comment() + "\n" }
        return out
    }
}
