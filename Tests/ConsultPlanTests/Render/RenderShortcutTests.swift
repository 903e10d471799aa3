// The renderers' fast paths give what the general code gives: table widths,
// display names, single-line cells, the schedule order and the JSON bytes.
import Testing
@testable import ConsultPlan

@Suite struct RenderShortcutTests {
    /// Every scalar of the blocks TextTable answers itself, and a sample of the rest.
    @Test func tableWidthsAgreeWithDisplayWidth() {
        let ranges: [ClosedRange<UInt32>] = [0...0x2FF, 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3, 0xFE00...0xFFFF, 0x1F300...0x1F3FF]
        for range in ranges {
            for v in range {
                guard let scalar = Unicode.Scalar(v) else { continue }
                #expect(TextTable.width(of: [scalar]) == DisplayWidth.of(scalar), "U+\(String(v, radix: 16))")
            }
        }
        for text in ["", "abc", "市住房城乡建设局", "e\u{301}", "한국어 テスト ＡＢＣ", "a\u{200B}b"] {
            #expect(TextTable.width(of: text) == DisplayWidth.of(text))
        }
    }

    @Test func singleLineKeepsPlainTextAndJoinsBreaks() {
        #expect(singleLine("计划 plan") == "计划 plan")
        #expect(singleLine("a\n\n b\tc\r\nd") == "a  b c d")
    }

    @Test func displayNamesAgreeWithThePlan() {
        let plan = RenderTestPlan.make(locale: "zh-CN")
        let names = DisplayNames(plan)
        let ids = plan.members.map(\.id) + plan.groups.map(\.id) + plan.committees.map(\.id)
            + plan.sectors.map(\.id) + plan.parties.map(\.id) + plan.departments.map(\.id) + ["nobody"]
        for id in ids { #expect(names(id) == plan.displayName(id)) }
    }

    @Test func jsonBytesAreTheJSONText() {
        let plan = RenderTestPlan.make(locale: "en")
        for query in [ScheduleQuery(), ScheduleQuery(month: YearMonth(year: 2025, month: 4))] {
            let text = renderSchedule(plan, format: .json, query: query)
            #expect(renderScheduleUTF8(plan, format: .json, query: query) == Array(text.utf8))
            #expect(renderScheduleUTF8(plan, format: .table, query: query) == Array(renderSchedule(plan, format: .table, query: query).utf8))
            #expect(plan.schedule(query).map(\.id) == plan.scheduleOrder(query).map { plan.meetings[$0].id })
        }
    }
}
