// Independent checkers: the iCalendar output parsed by Python's `icalendar`,
// the JSON outputs validated by `jsonschema` against grammar/schema/. Each
// test is skipped with a message when python3 or the package is missing.
import Foundation
import Testing
@testable import ConsultPlan

enum Python {
    /// The repository root (four levels above this file).
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Whether `python3 -c "import <module>"` works.
    static func has(_ module: String) -> Bool {
        run(["-c", "import \(module)"], input: "").status == 0
    }

    /// Runs python3 with `arguments`, feeding `input` on stdin.
    static func run(_ arguments: [String], input: String) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        do { try process.run() } catch { return (-1, "could not start python3: \(error)") }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

@Suite struct ExternalValidatorTests {
    static let hasICalendar = Python.has("icalendar")
    static let hasJSONSchema = Python.has("jsonschema")

    @Test(.enabled(if: hasICalendar, "SKIPPED: python3 package `icalendar` not installed (pip install icalendar)"))
    func icalendarParsesScheduleAndReminders() {
        let plan = RenderTestPlan.make()
        let now = (RenderTestPlan.day("2025-04-15"), RenderTestPlan.time(10, 30))
        let schedule = renderSchedule(plan, format: .ics, options: RenderOptions(now: now))
        let script = """
        import sys, icalendar
        data = sys.stdin.buffer.read()
        cal = icalendar.Calendar.from_ical(data)
        events = [c for c in cal.walk('VEVENT')]
        todos = [c for c in cal.walk('VTODO')]
        alarms = [c for c in cal.walk('VALARM')]
        tz = [c for c in cal.walk('VTIMEZONE')]
        assert len(events) == 8, len(events)
        assert len(todos) == 9, len(todos)
        assert len(alarms) == 5, len(alarms)
        assert len(tz) == 1
        long = [e for e in events if str(e['UID']).startswith('long@')][0]
        assert str(long['SUMMARY']).startswith('关于"十五五"规划<草案>&意见建议'), long['SUMMARY']
        assert str(long['SUMMARY']).endswith('听取各界别委员意见')
        housing = [e for e in events if str(e['UID']).startswith('housing@')][0]
        assert str(housing['LOCATION']) == '市政协三楼会议室, 第一会议室; 北楼', housing['LOCATION']
        start = housing.decoded('DTSTART')
        assert start.utcoffset().total_seconds() == 8 * 3600, start
        assert (start.hour, start.minute) == (9, 0)
        quanhui = [e for e in events if str(e['UID']).startswith('quanhui@')][0]
        assert str(quanhui.decoded('DTEND')) == '2025-01-12'
        assert str(cal['VERSION']) == '2.0'
        for e in events:
            assert e.get('RRULE') is None
        print('ok', len(events), len(todos))
        """
        let result = Python.run(["-c", script], input: schedule)
        #expect(result.status == 0, "icalendar rejected the schedule: \(result.output)")

        let on = RenderTestPlan.day("2025-04-15")
        let reminders = renderReminders(plan, reminders: plan.reminders(on: on, days: 14), on: on, days: 14, format: .ics,
                                        options: RenderOptions(now: now))
        let check = "import sys, icalendar\ncal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())\nassert len(list(cal.walk('VTODO'))) == 10\nprint('ok')"
        let r2 = Python.run(["-c", check], input: reminders)
        #expect(r2.status == 0, "icalendar rejected the reminders: \(r2.output)")
    }

    @Test(.enabled(if: hasJSONSchema, "SKIPPED: python3 package `jsonschema` not installed (pip install jsonschema)"))
    func jsonValidatesAgainstSchemas() {
        let plan = RenderTestPlan.make()
        let on = RenderTestPlan.day("2025-04-15")
        let cases = [
            ("schedule.schema.json", renderSchedule(plan, format: .json)),
            ("schedule.schema.json", renderSchedule(plan, format: .json, query: ScheduleQuery(who: "nobody"))),
            ("remind.schema.json", renderReminders(plan, reminders: plan.reminders(on: on, days: 14), on: on, days: 14, format: .json)),
            ("remind.schema.json", renderReminders(plan, reminders: plan.reminders(on: on, days: 200), on: on, days: 200, format: .json)),
        ]
        for (schema, json) in cases {
            let path = Python.root.appendingPathComponent("grammar/schema/\(schema)").path
            let script = """
            import sys, json, jsonschema
            schema = json.load(open(sys.argv[1], encoding='utf-8'))
            jsonschema.Draft202012Validator.check_schema(schema)
            doc = json.loads(sys.stdin.buffer.read().decode('utf-8'))
            jsonschema.Draft202012Validator(schema).validate(doc)
            print('ok')
            """
            let result = Python.run(["-c", script, path], input: json)
            #expect(result.status == 0, "\(schema): \(result.output)")
        }
    }
}
