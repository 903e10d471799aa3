// `where` queries (LANGUAGE.md 7.4): bare names read as the element's fields, innermost
// element first, then locals, globals and value words; the cases its fast paths must keep.
import Testing
@testable import ConsultPlan

/// Mixed lists, nested queries (a name reaching the outer element), fields shadowing declared
/// IDs, value words spelled like declared IDs, Chinese aliases and unset fields: every
/// `require` holds; the one error is the meeting without a form.
@Test func whereResolvesFieldsLocalsAndValueWordsInOrder() {
    let r = evaluateProgram(planHeader + """
        committee social "社会和法制委员会"
        committee lead "牵头委员会"
        member zhang "张伟" { committee social  role standing }
        member symposium "李娜" { committee lead }
        meeting plenary "全会" { form plenary  date 2025-01-08  lead social }
        meeting talk "座谈" { form symposium  date 2025-05-06  lead lead  participants zhang }
        meeting bare "无形式" { date 2025-06-10 }
        let forms = [symposium, online]
        require count([talk, zhang, social] where title == "张伟") == 1
        require count([talk, zhang, social, plenary] where title != "无") == 4
        require count(meetings where count(members where committee == lead) > 0) == 2
        require count(meetings where count(members where 专委会 == lead and it.title == "李娜") > 0) == 1
        require count(meetings where lead == lead) == 2
        require count(meetings where symposium == form) == 1
        require count(meetings where form != symposium) == 2
        require count(meetings where 形式 != plenary and form != symposium) == 1
        require count(members where count(meetings where title == "座谈" and committee == lead) > 0) == 1
        require count(members where count(meetings where status == planned) == 1) == 2
        require count(meetings where form in [plenary, symposium]) == 0
        require count(meetings where form in [plenary, online]) == 1
        require count(meetings where tentative) == 0
        require count(meetings where id == "talk") == 1
        require count(meetings where form in forms) == 1
        """, today: "2025-06-01")
    #expect(r.summary == ["CP0406@9:9"], "\(r.dump)")
}

/// Unknown names, wrong kinds and non-boolean conditions inside a condition are reported
/// once, at the same place, with the same help (element fields among the suggestions).
@Test func whereConditionDiagnosticsAreUnchanged() {
    let r = evaluateProgram(planHeader + """
        member zhang "张伟" { role standing }
        meeting talk "座谈" { form symposium  date 2025-05-06 }
        meeting bare "无形式" { date 2025-06-10 }
        let a = count(meetings where fom == plenary)
        let b = count(meetings where form == plenry)
        let c = count([talk, zhang] where form == symposium)
        let d = count(meetings where form == zhang)
        let e = count(members where standng in role)
        let f = count(meetings where count(members where titl == "x") > 0)
        let g = count([] where nothing == 1)
        let h = count(meetings where 3)
        let i = count(meetings where form == talk)
        let j = count([zhang, talk] where id == "talk")
        """, today: "2025-06-01")
    #expect(
        r.summary.sorted() == [
            "CP0301@11:50", "CP0301@6:30", "CP0301@7:38", "CP0301@8:35", "CP0401@9:35", "CP0401@14:35",
            "CP0406@5:9", "CP0421@10:29", "CP0427@13:30",
        ].sorted(), "\(r.dump)")
    #expect(r.diagnostics.first { r.position($0) == "6:30" }?.help == "did you mean `form`?", "\(r.dump)")
    #expect(r.diagnostics.first { r.position($0) == "11:50" }?.help == "did you mean `title`?", "\(r.dump)")
    #expect(r.diagnostics.first { r.position($0) == "7:38" }?.help == nil, "\(r.dump)")
}

/// A query whose condition builds a meeting that has a query of its own (phase 1 and 2): the
/// inner build sees no `where` element of the outer query, and the outer one gets it back.
@Test func whereInsideAMeetingBuiltByAWhere() {
    let r = evaluateProgram(planHeader + """
        committee social "社会和法制委员会"
        member zhang "张伟" { committee social  role standing }
        member li "李娜" { committee social }
        let early = count(meetings where count(participants) == 2)
        meeting review "评议" { form symposium  date 2025-07-01  participants members where committee == social and count(meetings where form == symposium) >= 1 }
        meeting talk "座谈" { form symposium  date 2025-05-06  participants zhang }
        require early == 0
        require count(meetings where count(participants) == 2) == 1
        require count(members where count(meetings where zhang in participants) == 2) == 2
        """, today: "2025-06-01")
    #expect(r.summary.isEmpty, "\(r.dump)")
}

/// The evaluation steps a condition takes per element are those of evaluating it as written:
/// one for the element, one for `!=` and one for each operand, whichever operand is read
/// first and however its field is found (the step limit stops a query at the same place).
@Test func whereConditionTakesOneStepPerNodeAndElement() {
    let meetings = (1...5).map { "meeting m\($0) { form symposium  date 2025-03-0\($0) }" }.joined(separator: "\n")
    /// The smallest step limit the program runs under without being stopped.
    func stepsTaken(_ requirement: String) -> Int {
        let text = planHeader + meetings + "\n" + requirement + "\n"
        func stopped(_ limit: Int) -> Bool {
            var limits = Limits()
            limits.maxEvaluationSteps = limit
            return evaluateProgram(text, limits: limits).codes.contains("CP0521")
        }
        var lo = 1, hi = 100_000
        while lo < hi {
            let mid = (lo + hi) / 2
            if stopped(mid) { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
    let plain = stepsTaken("require count(meetings) >= 0")
    // The query and its collection are one step each where the plain name was one: + 1.
    #expect(stepsTaken("require count(meetings where form != plenary) >= 0") - plain == 1 + 4 * 5)
    #expect(stepsTaken("require count(meetings where symposium != form) >= 0") - plain == 1 + 4 * 5)
    #expect(stepsTaken("require count(meetings where (form) != plenary) >= 0") - plain == 1 + 5 * 5)
}

/// A value word read once is remembered by its bytes, not by `==`: `\u{FA72}体会议` (a CJK
/// compatibility ideograph) is canonically equivalent to `全体会议` but is not the form alias
/// the table holds, so it stays an unknown name after the alias has been read.
@Test func rememberedValueWordsMatchBytesNotEquivalentSpellings() {
    let r = evaluateProgram(planHeader + """
        meeting plen "全会" { form plenary  date 2025-01-08 }
        meeting talk "座谈" { form symposium  date 2025-05-06 }
        let a = count(meetings where form == 全体会议)
        let b = count(meetings where form == \u{FA72}体会议)
        """, today: "2025-06-01")
    #expect(r.codes == ["CP0301"], "\(r.dump)")
    #expect(r.diagnostics.first.map(r.position)?.hasPrefix("6:") == true, "\(r.dump)")
}
