// The embedding API as a host sees it (public names only): defaults, in-memory includes,
// reading meetings and reminders, renderers and rendered diagnostics.
import ConsultPlan
import Testing

private let main = """
    include "common/people.cplan"
    plan "Embedded" { year 2025  locale "en" }
    policy { min_topic_consultations 1 }
    meeting housing "Old housing renewal" {
      form special_consultation
      date 2025-04-22 09:00..12:00
      lead econ
      participants econ
      invite zjj
      feedback zjj within 20 workdays
    }
    """

private let files = [
    "common/people.cplan": """
        include "units.cplan"
        member zhang "张伟" { committee econ }
        """,
    "common/units.cplan": """
        committee econ "经济委员会"
        department zjj "市住房城乡建设局"
        """,
]

@Suite struct EmbeddingAPITests {
    @Test func theDefaultConfigurationIsDocumented() {
        let c = Engine.Configuration()
        #expect(c.today == Day(year: 2025, month: 1, day: 1))
        #expect(c.includeLoader == nil)
        #expect(c.limits == Limits())
        #expect(c.locale == nil)
        #expect(c.hostFunctions.isEmpty)
    }

    @Test func aPlanWithInMemoryIncludesEvaluates() throws {
        let config = Engine.Configuration(
            today: try #require(Day(year: 2025, month: 4, day: 10)),
            includeLoader: InMemoryIncludeLoader(files: files))
        let result = Engine(configuration: config).evaluate(source: main, name: "plan.cplan")
        #expect(!result.hasErrors, "\(result.renderedDiagnostics())")
        let plan = try #require(result.plan)
        let meeting = try #require(plan.meetings.first)
        #expect(meeting.id == "housing")
        #expect(meeting.title == "Old housing renewal")
        #expect(meeting.form == "special_consultation")
        #expect(meeting.date.firstDay == Day(year: 2025, month: 4, day: 22))
        #expect(meeting.date.times?.start == TimeOfDay(hour: 9, minute: 0))
        #expect(meeting.participants == ["zhang"])
        #expect(meeting.feedback.map(\.department) == ["zjj"])
        // 20 workdays after Tuesday 4/22: Sunday 4/27 is a make-up working day and 5/1–5/5 are off.
        #expect(meeting.feedback.first?.due == Day(year: 2025, month: 5, day: 22))
        #expect(result.sources.files.map(\.name) == ["plan.cplan", "common/people.cplan", "common/units.cplan"])

        let reminders = plan.reminders(on: try #require(Day(year: 2025, month: 4, day: 10)), days: 14)
        #expect(reminders.map(\.kind) == [.notice, .meeting])
        #expect(reminders.first?.date == Day(year: 2025, month: 4, day: 15))

        let json = renderSchedule(plan, format: .json)
        #expect(json.contains("\"id\": \"housing\""))
        let ics = renderSchedule(plan, format: .ics, options: RenderOptions(now: (try #require(Day(year: 2025, month: 4, day: 1)), try #require(TimeOfDay(hour: 8, minute: 0)))))
        #expect(ics.hasPrefix("BEGIN:VCALENDAR"))
    }

    @Test func inMemoryIncludesStayInsideTheMainFolder() {
        let loader = InMemoryIncludeLoader(files: ["plans/a.cplan": "", "b.cplan": "", "plans/sub/c.cplan": ""])
        func load(_ path: String, from: String) -> Result<String, IncludeLoadError> {
            loader.load(path: path, from: from, mainFile: "plans/main.cplan").map(\.name)
        }
        #expect((try? load("a.cplan", from: "plans/main.cplan").get()) == "plans/a.cplan")
        #expect((try? load("./sub/../a.cplan", from: "plans/main.cplan").get()) == "plans/a.cplan")
        #expect((try? load("../a.cplan", from: "plans/sub/c.cplan").get()) == "plans/a.cplan")
        for (path, from) in [("../b.cplan", "plans/main.cplan"), ("/b.cplan", "plans/main.cplan"), ("../../x", "plans/sub/c.cplan")] {
            guard case .failure(let e) = load(path, from: from) else {
                Issue.record("\(path) should be refused")
                continue
            }
            #expect(e.isOutsideTree, "\(path)")
        }
        guard case .failure(let e) = load("missing.cplan", from: "plans/main.cplan") else {
            Issue.record("missing file loaded")
            return
        }
        #expect(!e.isOutsideTree)
        #expect(e.message == "no file named plans/missing.cplan")
    }

    @Test func diagnosticsRenderLikeCheck() throws {
        let result = Engine().evaluate(source: "plan \"P\" { year 2025 }\nmeeting m { form plenery  date 2025-05-06 }\n", name: "bad.cplan")
        #expect(result.hasErrors)
        let text = result.renderedDiagnostics()
        #expect(text.contains("bad.cplan:2:"))
        #expect(text.contains("^"))
        #expect(!text.contains("\u{1B}["))
        #expect(result.renderedDiagnostics(color: true).contains("\u{1B}["))
        let json = result.renderedDiagnostics(format: .json)
        #expect(json.contains("\"files\": [\"bad.cplan\"]") || json.contains("\"bad.cplan\""))
    }

    @Test func aMissingIncludeWithoutALoaderIsADiagnostic() {
        let result = Engine().evaluate(source: main, name: "plan.cplan")
        #expect(result.hasErrors)
        #expect(result.diagnostics.contains { $0.code.id == "CP0528" })
    }
}
