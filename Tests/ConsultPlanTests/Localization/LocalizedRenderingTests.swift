// Rendering in Chinese: golden human output for a few broken plans (carets still under
// the right CJK columns), English untouched, the configured locale honoured, JSON keys kept.
import Foundation
import Testing
@testable import ConsultPlan

/// Compares `actual` with `Fixtures/localization/<name>`, or rewrites it when UPDATE_GOLDEN=1.
private func expectGolden(_ name: String, _ actual: String, filePath: String = #filePath) {
    let url = URL(fileURLWithPath: filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/localization/\(name)")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try? String(contentsOf: url, encoding: .utf8)
    #expect(expected == actual, "golden \(name) differs:\n\(actual)")
}

/// Broken plans, each with the golden file of its Chinese rendering.
private let brokenPlans: [(name: String, text: String)] = [
    ("day-off.txt", """
        plan "南宁市政协2025年度协商工作计划" { year 2025 }
        policy { min_topic_consultations 0 }
        meeting plenary "全体会议" { form plenary  date 2025-01-15 }
        meeting 住房 "住房保障专题协商" { form special_consultation  date 2025-10-02 }

        """),
    ("overlap.txt", """
        plan "南宁市政协2025年度协商工作计划" { year 2025 }
        policy { min_topic_consultations 0 }
        member zhang "张伟" { }
        meeting plenary "全体会议" { form plenary  date 2025-01-15 }
        meeting housing "住房保障" { form special_consultation  date 2025-04-22 09:00..12:00  participants zhang }
        meeting elder "养老服务" { form symposium  date 2025-04-22 11:00..12:30  participants zhang }

        """),
    ("syntax.txt", """
        plan "南宁市政协2025年度协商工作计划" { year 2025 }
        meeting 住房 "住房保障" { from special_consultation  date 2025-04-22 }
        meeting 养老 "养老服务" { form symposium  date 2025-4-22 }

        """),
    ("unknown-name.txt", """
        plan "南宁市政协2025年度协商工作计划" { year 2025 }
        committee econ "经济委员会" { }
        meeting 住房 "住房保障" { form special_consultation  date 2025-04-22  lead eocn }

        """),
]

@Test(arguments: brokenPlans.map(\.name))
func chineseRenderingMatchesItsGolden(name: String) throws {
    let plan = try #require(brokenPlans.first { $0.name == name })
    let result = Engine().evaluate(source: plan.text, name: "plan.cplan")
    #expect(!result.diagnostics.isEmpty)
    let rendered = result.renderedDiagnostics()
    #expect(rendered.contains("[CP"))
    // The plan says no `locale`, so the default is Chinese, the same as asking for it.
    #expect(rendered == result.renderedDiagnostics(locale: "zh-CN"))
    #expect(!rendered.contains("error[") && !rendered.contains("warning[") && !rendered.contains("= help:"))
    expectGolden(name, rendered)
}

@Test func englishIsUnchangedForEveryCatalogExample() {
    let localizer = DiagnosticLocalizer()
    for entry in DiagnosticCatalog.entries {
        let diagnostics = catalogBadExampleDiagnostics(entry)
        #expect(localizer.localized(diagnostics, locale: "en") == diagnostics, "\(entry.code.id)")
        for d in diagnostics {
            #expect(localizer.localized(d, locale: "en") == d)
        }
    }
}

@Test func englishRenderingIsTheDefaultRenderersOutput() throws {
    let plan = try #require(brokenPlans.first)
    let result = Engine().evaluate(source: plan.text, name: "plan.cplan")
    let english = DiagnosticRenderer(sources: result.sources).render(result.diagnostics)
    #expect(DiagnosticRenderer(sources: result.sources, locale: "en").render(result.diagnostics) == english)
    #expect(english.contains("warning[CP0604]: `住房` starts on 2025-10-02, which is a day off"))
    #expect(result.renderedDiagnostics(locale: "en") == CheckReport.human(diagnostics: result.diagnostics, sources: result.sources))
}

@Test func theConfiguredLocaleWinsOverThePlans() {
    let text = "plan \"P\" { year 2025 }\nmeeting m { form plenery  date 2025-05-06 }\n"
    let chinese = Engine().evaluate(source: text, name: "p.cplan")
    #expect(chinese.renderedDiagnostics().contains("错误[CP0308]: `plenery` 不是会议形式"))
    let english = Engine(configuration: Engine.Configuration(locale: "en")).evaluate(source: text, name: "p.cplan")
    #expect(english.renderedDiagnostics().contains("error[CP0308]: `plenery` is not a form"))
    // A plan that says `locale "en"` is reported in English unless the host asks otherwise.
    let planEnglish = Engine().evaluate(source: "plan \"P\" { year 2025  locale \"en\" }\nmeeting m { form plenery  date 2025-05-06 }\n", name: "p.cplan")
    #expect(planEnglish.renderedDiagnostics().contains("error[CP0308]"))
    #expect(planEnglish.renderedDiagnostics(locale: "zh-CN").contains("错误[CP0308]"))
}

@Test func machineFormatsKeepTheirKeysAndTranslateTheirMessages() throws {
    let text = "plan \"P\" { year 2025 }\nmeeting m { form plenery  date 2025-05-06 }\n"
    let result = Engine().evaluate(source: text, name: "p.cplan")
    let json = result.renderedDiagnostics(format: .json)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let list = try #require(object["diagnostics"] as? [[String: Any]])
    let d = try #require(list.first { $0["code"] as? String == "CP0308" })
    #expect(d["severity"] as? String == "error")
    #expect((d["message"] as? String)?.hasPrefix("`plenery` 不是会议形式") == true)
    #expect(d["help"] as? String == "是不是要写 `plenary`？")
    let github = result.renderedDiagnostics(format: .github)
    #expect(github.contains("::error ") && github.contains("%0A提示: 是不是要写 `plenary`？"))
    let sarif = result.renderedDiagnostics(format: .sarif)
    #expect(sarif.contains("\\n提示: 是不是要写 `plenary`？") || sarif.contains("\n提示: 是不是要写 `plenary`？"))
    #expect(result.renderedDiagnostics(format: .json, locale: "en").contains("\"message\": \"`plenery` is not a form"))
}

@Test func textsWithoutATemplateStayEnglish() {
    let localizer = DiagnosticLocalizer()
    #expect(localizer.chinese(for: "something no phase ever says") == nil)
    let d = Diagnostic(DiagnosticCode("CP0301"), "something no phase ever says", at: .none, notes: ["unknown name `x`"])
    let zh = localizer.localized(d, locale: "zh-CN")
    #expect(zh.message == "something no phase ever says")
    #expect(zh.notes == ["未知的名称 `x`"])
    #expect(zh.code == d.code && zh.span == d.span && zh.severity == d.severity)
    // A word table without the captured word makes the template not apply.
    #expect(localizer.chinese(for: "a condition must be true or false, found a frobnicator") == nil)
}

@Test func templatesFillTheirHolesExactly() {
    let t = MessageTemplate("unknown name `{0}`", "未知的名称 `{0}`")
    #expect(t.match("unknown name `eocn`")?[0] == "eocn")
    #expect(t.match("unknown name `a` and `b`") == nil)  // a quoted hole holds one segment
    #expect(t.match("unknown name ``") == nil)  // holes are never empty
    let repeated = MessageTemplate("`{0}` is `after` `{1}` but starts {2}, the day `{1}` ends", "x")
    #expect(repeated.match("`a` is `after` `b` but starts 2025-04-22, the day `c` ends") == nil)
    #expect(repeated.match("`a` is `after` `b` but starts 2025-04-22, the day `b` ends")?[2] == "2025-04-22")
    #expect(MessageTemplate.parse("a `{` b") == [.text("a `{` b")])
}

@Test func severityAndFooterWords() {
    #expect(DiagnosticLocalizer.severityWord(.error, locale: "zh-CN") == "错误")
    #expect(DiagnosticLocalizer.severityWord(.warning, locale: "zh") == "警告")
    #expect(DiagnosticLocalizer.severityWord(.note, locale: "zh-CN") == "注")
    #expect(DiagnosticLocalizer.severityWord(.error, locale: "en") == "error")
    #expect(DiagnosticLocalizer.footerWord("help", locale: "zh-CN") == "提示")
    #expect(DiagnosticLocalizer.footerWord("note", locale: "zh-CN") == "注")
}
