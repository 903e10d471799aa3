// Every output format against golden files in Fixtures/render/ (refresh with
// UPDATE_GOLDEN=1), plus determinism and the properties each format promises.
import Testing
@testable import ConsultPlan

@Suite struct FormatGoldenTests {
    static let now = (day: RenderTestPlan.day("2025-04-15"), time: RenderTestPlan.time(10, 30))
    static let extensions: [ScheduleFormat: String] = [.table: "txt", .markdown: "md", .csv: "csv", .json: "json", .ics: "ics", .html: "html"]

    @Test(arguments: ScheduleFormat.allCases, ["zh-CN", "en"])
    func scheduleGolden(format: ScheduleFormat, locale: String) {
        let plan = RenderTestPlan.make(locale: locale)
        let options = RenderOptions(now: Self.now)
        let text = renderSchedule(plan, format: format, options: options)
        let ext = Self.extensions[format] ?? "txt"
        if let failure = Golden.check(text, "schedule.\(locale).\(ext)") { Issue.record(Comment(rawValue: failure)) }
        // Rendering twice gives the same bytes.
        #expect(renderSchedule(plan, format: format, options: options) == text)
    }

    @Test(arguments: ScheduleFormat.allCases, ["zh-CN", "en"])
    func remindersGolden(format: ScheduleFormat, locale: String) {
        let plan = RenderTestPlan.make(locale: locale)
        let on = RenderTestPlan.day("2025-04-15")
        let reminders = plan.reminders(on: on, days: 14)
        let options = RenderOptions(now: Self.now)
        let text = renderReminders(plan, reminders: reminders, on: on, days: 14, format: format, options: options)
        let ext = Self.extensions[format] ?? "txt"
        if let failure = Golden.check(text, "remind.\(locale).\(ext)") { Issue.record(Comment(rawValue: failure)) }
        #expect(renderReminders(plan, reminders: plan.reminders(on: on, days: 14), on: on, days: 14, format: format, options: options) == text)
    }

    @Test(arguments: ReportFormat.allCases)
    func attendanceGolden(format: ReportFormat) {
        let plan = RenderTestPlan.make()
        let text = renderAttendance(plan, rows: attendanceReport(plan), format: format)
        if let failure = Golden.check(text, "attendance.\(format.rawValue)") { Issue.record(Comment(rawValue: failure)) }
    }

    @Test func filteredScheduleGolden() {
        let plan = RenderTestPlan.make()
        let text = renderSchedule(plan, format: .table, query: ScheduleQuery(month: YearMonth(year: 2025, month: 4), who: "li"))
        if let failure = Golden.check(text, "schedule.april-li.txt") { Issue.record(Comment(rawValue: failure)) }
    }

    @Test func tableFitsHundredColumnsAndAlignsCJK() {
        for locale in ["zh-CN", "en"] {
            let plan = RenderTestPlan.make(locale: locale)
            for text in [renderSchedule(plan, format: .table),
                         renderReminders(plan, reminders: plan.reminders(on: plan.today, days: 14), on: plan.today, days: 14, format: .table)] {
                let lines = text.split(separator: "\n").dropFirst()  // the heading line is free text
                for line in lines { #expect(DisplayWidth.of(line) <= 100, "too wide: \(line)") }
                // Every row's ID column starts at the same display column as its heading.
                #expect(text.contains("…"))
            }
        }
        let table = renderSchedule(RenderTestPlan.make(), format: .table)
        let lines = table.split(separator: "\n").map(String.init)
        guard lines.count > 3 else { Issue.record("table too short"); return }
        let header = lines[1]
        let column = { (line: String, needle: String) -> Int? in
            guard let r = line.range(of: needle) else { return nil }
            return DisplayWidth.of(line[line.startIndex..<r.lowerBound])
        }
        let idColumn = column(header, "编号")
        #expect(idColumn != nil)
        #expect(column(lines.first { $0.contains("quanhui") } ?? "", "quanhui") == idColumn)
        #expect(column(lines.first { $0.contains("housing") } ?? "", "housing") == idColumn)
    }

    @Test func csvQuotingAndBOM() {
        let plan = RenderTestPlan.make()
        let csv = renderSchedule(plan, format: .csv, options: RenderOptions(csvBOM: true))
        #expect(csv.unicodeScalars.first == "\u{FEFF}")
        #expect(!renderSchedule(plan, format: .csv).hasPrefix("\u{FEFF}"))
        // A venue with a comma is quoted; a title with quotes has them doubled; a newline stays inside quotes.
        #expect(csv.contains("\"市政协三楼会议室, 第一会议室; 北楼\""))
        #expect(csv.contains("\"关于\"\"十五五\"\"规划<草案>&"))
        #expect(csv.contains("\"线上\n（腾讯会议）\""))
        // One record per meeting plus the header: CRLF ends records.
        #expect(csv.components(separatedBy: "\r\n").count - 1 == plan.meetings.count + 1)
        #expect(CSVRenderer.field("a\"b") == "\"a\"\"b\"")
        #expect(CSVRenderer.field("plain") == "plain")
    }

    @Test func htmlEscapesEverything() {
        let html = renderSchedule(RenderTestPlan.make(), format: .html)
        #expect(html.contains("关于&quot;十五五&quot;规划&lt;草案&gt;&amp;意见建议"))
        #expect(!html.contains("<草案>"))
        #expect(!html.contains("<script"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
    }

    @Test func jsonShapes() {
        let json = renderSchedule(RenderTestPlan.make(), format: .json)
        #expect(json.contains("\"start\": \"2025-04-22T09:00\""))
        #expect(json.contains("\"start\": \"2025-01-08\""))
        #expect(json.contains("\"end\": \"2025-01-11\""))
        // Tentative: window days, due null.
        #expect(json.contains("\"start\": \"2025-04-01\",\n      \"end\": \"2025-04-30\",\n      \"tentative\": true"))
        #expect(json.contains("\"due\": null"))
        #expect(json.contains("\"received\": \"2025-04-01\""))
        #expect(json.contains("\"title\": \"关于\\\"十五五\\\"规划"))
        #expect(JSONValue.quote("a\u{1}\n") == "\"a\\u0001\\n\"")
    }
}
