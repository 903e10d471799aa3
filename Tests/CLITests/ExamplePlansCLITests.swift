// Every plan in examples/ through the built binary, as a newcomer runs it:
// it checks clean, its schedule and reminders render, and it is already in
// the canonical layout (so `cplan fmt --check examples/` is a fair CI gate).

import Foundation
import Testing

/// The repository's examples folder.
private let examplesFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("examples")

/// Every `.cplan` file directly in examples/.
private let examplePlans: [String] = (try? FileManager.default.contentsOfDirectory(atPath: examplesFolder.path))
    .map { $0.filter { $0.hasSuffix(".cplan") }.sorted() } ?? []

@Suite("examples through the binary")
struct ExamplePlansCLITests {
    @Test func thereAreExamples() {
        #expect(examplePlans.count >= 4, "examples/: \(examplePlans)")
    }

    @Test(arguments: examplePlans)
    func checksCleanAndRenders(name: String) throws {
        let path = examplesFolder.appendingPathComponent(name).path
        let check = try runCPlan(["check", "--today", "2025-07-15", "--strict", "--color", "never", path])
        #expect(check.status == 0, "\(name): \(check.stdout)\(check.stderr)")
        #expect(check.stderr.contains("in 1 file"), "\(check.stderr)")

        let schedule = try runCPlan(["schedule", "--today", "2025-07-15", "--format", "json", path])
        #expect(schedule.status == 0, "\(schedule.stderr)")
        let json = try JSONSerialization.jsonObject(with: Data(schedule.stdout.utf8)) as? [String: Any]
        let meetings = json?["meetings"] as? [[String: Any]] ?? []
        #expect(meetings.count >= 5, "\(name): \(meetings.count) meetings")

        let remind = try runCPlan(["remind", "--on", "2025-07-01", "--days", "30", path])
        #expect(remind.status == 0, "\(remind.stderr)")

        let report = try runCPlan(["report", "attendance", "--today", "2025-12-31", path])
        #expect(report.status == 0, "\(report.stderr)")
    }

    @Test(arguments: examplePlans)
    func isInCanonicalLayout(name: String) throws {
        let result = try runCPlan(["fmt", "--check", examplesFolder.appendingPathComponent(name).path])
        #expect(result.status == 0, "\(name) is not formatted; run `cplan fmt -w examples/`:\n\(result.stderr)")
    }

    @Test func outputIsDeterministic() throws {
        let path = examplesFolder.appendingPathComponent("nanning-2025.cplan").path
        let args = ["schedule", "--today", "2025-03-01", "--now", "2025-03-01T09:00", "--format", "ics", path]
        let a = try runCPlan(args)
        let b = try runCPlan(args)
        #expect(a.status == 0)
        #expect(a.stdout == b.stdout)
        #expect(a.stdout.contains("BEGIN:VCALENDAR"))
    }
}
