// A real calendar program reads cplan's iCalendar output: Debian's khal prints
// the file, imports it, and lists the meeting at its local time on its day.

import Foundation
import Testing

/// khal, when installed (`.ci/run` installs it).
private let khalPath = ["/usr/bin/khal", "/usr/local/bin/khal"].first { FileManager.default.isExecutableFile(atPath: $0) }

/// Runs khal with a throwaway configuration; returns its stdout and stderr together.
private func khal(_ arguments: [String], config: URL) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: khalPath ?? "/usr/bin/khal")
    process.arguments = ["-c", config.path] + arguments
    let out = config.deletingLastPathComponent().appendingPathComponent("khal-\(UUID().uuidString).out")
    FileManager.default.createFile(atPath: out.path, contents: nil)
    let handle = try FileHandle(forWritingTo: out)
    process.standardOutput = handle
    process.standardError = handle
    process.standardInput = FileHandle.nullDevice
    var environment = ProcessInfo.processInfo.environment
    environment["TZ"] = "Asia/Shanghai"
    process.environment = environment
    try process.run()
    process.waitUntilExit()
    try handle.close()
    return (process.terminationStatus, (try? String(contentsOf: out, encoding: .utf8)) ?? "")
}

@Test(.enabled(if: khalPath != nil, "needs Debian's khal (apt-get install khal); .ci/run installs it"))
func khalImportsTheScheduleCalendar() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    let plan = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("examples/nanning-2025.cplan")
    let ics = scratch.root.appendingPathComponent("plan.ics")
    let rendered = try runCPlan(["schedule", "--today", "2025-03-01", "--now", "2025-03-01T09:00",
                                 "--format", "ics", "-o", ics.path, plan.path])
    #expect(rendered.status == 0, "\(rendered.stderr)")

    let calendar = scratch.root.appendingPathComponent("cal")
    try FileManager.default.createDirectory(at: calendar, withIntermediateDirectories: true)
    let config = scratch.root.appendingPathComponent("khal.conf")
    try """
        [calendars]
        [[plan]]
        path = \(calendar.path)
        type = calendar
        [locale]
        timeformat = %H:%M
        dateformat = %Y-%m-%d
        longdateformat = %Y-%m-%d
        datetimeformat = %Y-%m-%d %H:%M
        longdatetimeformat = %Y-%m-%d %H:%M
        default_timezone = Asia/Shanghai
        local_timezone = Asia/Shanghai

        """.write(to: config, atomically: true, encoding: .utf8)

    let printed = try khal(["printics", ics.path], config: config)
    #expect(printed.status == 0, "\(printed.output)")
    #expect(printed.output.contains("28 events found"), "\(printed.output)")

    let imported = try khal(["import", "--batch", "-a", "plan", ics.path], config: config)
    #expect(imported.status == 0, "\(imported.output)")
    let listed = try khal(["list", "2025-04-22", "2025-04-23"], config: config)
    #expect(listed.output.contains("09:00-12:00 推进城市更新和老旧小区改造提升"), "\(listed.output)")
    // An all-day range (the plenary, 2025-01-07..10) lands on each of its days.
    let plenary = try khal(["list", "2025-01-09", "2025-01-10"], config: config)
    #expect(plenary.output.contains("市政协十四届五次会议"), "\(plenary.output)")
}
