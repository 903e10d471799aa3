// Engine.Configuration.keepsSyntaxTrees = false (what the cplan subcommands use) releases
// each meeting's syntax once built: the plan and the diagnostics must not change.
import Foundation
import Testing
@testable import ConsultPlan

@Suite("Releasing syntax trees")
struct SyntaxReleaseTests {
    /// Evaluates `text` (with `files` to include) both ways.
    private func bothWays(_ text: String, files: [String: String] = [:]) -> (kept: EvaluationResult, released: EvaluationResult) {
        func run(_ keeps: Bool) -> EvaluationResult {
            var configuration = Engine.Configuration(
                today: Day("2025-06-01") ?? .minimum, includeLoader: MemoryLoader(files: files))
            configuration.keepsSyntaxTrees = keeps
            return Engine(configuration: configuration).evaluate(source: text, name: "main.cplan")
        }
        return (run(true), run(false))
    }

    private func expectSame(_ r: (kept: EvaluationResult, released: EvaluationResult)) {
        #expect(!r.kept.diagnostics.contains { $0.code.id.hasPrefix("CP01") || $0.code.id.hasPrefix("CP02") })
        #expect(r.released.programs.isEmpty)
        #expect(r.kept.diagnostics == r.released.diagnostics)
        #expect(r.kept.plan?.meetings == r.released.plan?.meetings)
        #expect(r.kept.plan?.series == r.released.plan?.series)
        #expect(r.kept.plan?.approval == r.released.plan?.approval)
    }

    @Test("every semantic fixture, errors included")
    func fixtures() throws {
        for name in semanticFixtureNames {
            let text = try String(contentsOf: semanticFixtures.appendingPathComponent(name), encoding: .utf8)
            expectSame(bothWays(text))
        }
    }

    @Test("records, after, loops, templates, series, queries and includes")
    func scripting() {
        let text = planHeader + """
            committee social "社会和法制委员会"
            department housing_dept "住建局"
            member zhang "张委员" { committee social }
            member li "李委员" { committee social }
            include "more.cplan"
            meeting first "第一次" { date 2025-03-04 lead social participants zhang, li
              prepare "调研报告" due 10 days before
              feedback housing_dept within 1 month from report }
            meeting second "第二次" { date 2025-03-06 after first participants zhang, nobody }
            for i in 1..3 { meeting later_\\(i) "后续\\(i)" { date 2025-05-01 lead social participants social } }
            template visit(d) { meeting visit_\\(d) "视察" { date 2025-06-10 lead social } }
            use visit(1)
            series forum "双周协商座谈会" { every 2 weeks on thursday from 2025-03-01 until 2025-04-30 lead social }
            let busy = count(meetings where lead == social)
            require busy >= 3 else "至少三次"
            record first { held 2025-03-05 received housing_dept 2025-04-01 }
            record nowhere { held 2025-03-05 }
            """
        let more = """
            meeting from_include "引入的会议" { date 2025-07-01 participants li form symposium }
            """
        expectSame(bothWays(text, files: ["more.cplan": more]))
    }
}
