// Golden files: every `*.cplan` under Fixtures/semantics evaluates (today 2025-06-01)
// to the plan and diagnostics in its `.plan` file (UPDATE_GOLDEN=1 rewrites them).
import Foundation
import Testing
@testable import ConsultPlan

/// The fixtures folder, found from this file's path.
let semanticFixtures = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/semantics")

/// The fixture names, sorted.
let semanticFixtureNames: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: semanticFixtures.path)) ?? []
    return names.filter { $0.hasSuffix(".cplan") }.sorted()
}()

/// A plain-text dump of what evaluation produced: the facts a planner checks by hand.
func dumpEvaluation(_ r: Evaluated) -> String {
    var out: [String] = []
    if let p = r.plan {
        out.append("plan \(p.header.title) year \(p.header.year) calendar \(p.header.calendar.rawValue) locale \(p.header.locale)")
        out.append("policy min \(p.policy.minTopicConsultations) share \(p.policy.supervisionShare?.description ?? "-") notice \(p.policy.notice.amount) \(p.policy.notice.unit.rawValue)")
        for o in p.committees + p.sectors + p.parties + p.departments {
            out.append("\(o.kind.rawValue) \(o.id) \(o.title) members [\(o.members.joined(separator: ","))]")
        }
        for m in p.members {
            out.append("member \(m.id) \(m.title) sector \(m.sector ?? "-") committee \(m.committee ?? "-") party \(m.party ?? "-") roles [\(m.roles.joined(separator: ","))]")
        }
        for g in p.groups { out.append("group \(g.id) \(g.title) [\(g.members.joined(separator: ","))]") }
        for a in p.approval { out.append("approval \(a.kind.rawValue) \(a.day) by \(a.by.joined(separator: "、"))") }
        for m in p.meetings {
            let times = m.date.times.map { " \($0.start)..\($0.end)" } ?? ""
            out.append(
                "meeting \(m.id) \(m.form ?? "-") \(m.date.firstDay)..\(m.date.lastDay)\(times) \(m.status.rawValue) notice \(m.noticeDay?.description ?? "-") topic \(m.topic)")
            out.append(
                "  lead \(m.lead ?? "-") with [\(m.with.joined(separator: ","))] participants [\(m.participants.joined(separator: ","))] invite [\(m.invite.joined(separator: ","))] source \(m.source ?? "-") supervision \(m.supervision)")
            for t in m.tasks {
                let by: String
                switch t.by {
                case .id(let id)?: by = id
                case .text(let s)?: by = "\"\(s)\""
                case nil: by = "-"
                }
                out.append("  \(t.kind.rawValue) \(t.title) by \(by) due \(t.due)\(t.dueIsTentative ? " (tentative)" : "")")
            }
            for f in m.feedback {
                out.append("  feedback \(f.department) within \(f.within.amount) \(f.within.unit.rawValue) due \(f.due?.description ?? "-")")
            }
        }
        for s in p.series { out.append("series \(s.id) occurrences \(s.occurrences.count) topics \(s.topicCount.map(String.init) ?? "-")") }
    } else {
        out.append("no plan")
    }
    out.append("diagnostics:")
    // The plan checks (CP06xx) have their own goldens; these pin evaluation's findings.
    for d in r.diagnostics where !d.code.id.hasPrefix("CP06") {
        out.append("\(d.code.id)@\(r.position(d)) \(d.severity.rawValue): \(d.message)\(d.help.map { " [help: \($0)]" } ?? "")")
    }
    return out.joined(separator: "\n") + "\n"
}

@Test(arguments: semanticFixtureNames)
func semanticFixtureMatchesGolden(_ name: String) throws {
    let source = try String(contentsOf: semanticFixtures.appendingPathComponent(name), encoding: .utf8)
    let dump = dumpEvaluation(evaluateProgram(source, today: "2025-06-01"))
    let golden = semanticFixtures.appendingPathComponent(name.replacingOccurrences(of: ".cplan", with: ".plan"))
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try dump.write(to: golden, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: golden, encoding: .utf8)
    #expect(dump == expected, "evaluation of \(name) differs from \(golden.lastPathComponent)")
}

@Test func chineseSectionOneEvaluatesLikeEnglish() throws {
    let en = try String(contentsOf: semanticFixtures.appendingPathComponent("section1.cplan"), encoding: .utf8)
    let zh = try String(contentsOf: semanticFixtures.appendingPathComponent("section1-zh.cplan"), encoding: .utf8)
    let a = evaluateProgram(en, today: "2025-06-01"), b = evaluateProgram(zh, today: "2025-06-01")
    #expect(a.evaluationDiagnostics.isEmpty, "\(a.dump)")
    #expect(b.evaluationDiagnostics.isEmpty, "\(b.dump)")
    #expect(dumpEvaluation(a) == dumpEvaluation(b))
}
