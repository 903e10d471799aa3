// The independent check: every day of 2020-01-01 … 2026-12-31 against the PyPI
// package `chinesecalendar` (a separate source); skipped when python3 or it is missing.

import Foundation
import Testing
@testable import ConsultPlan

/// `chinese_calendar.is_workday` for each day of 2020–2026, run once through python3.
private enum ChineseCalendarOracle {
    /// The package's version and one character a day from 2020-01-01: `1` working,
    /// `0` off, `?` in a year the package does not cover. Nil when it could not run.
    static let answer: (version: String, verdicts: String)? = run()
    /// Whether python3 and the package answered.
    static var isAvailable: Bool { answer != nil }

    private static let script = """
        import datetime, sys
        import chinese_calendar
        out = []
        d = datetime.date(2020, 1, 1)
        while d <= datetime.date(2026, 12, 31):
            try:
                out.append('1' if chinese_calendar.is_workday(d) else '0')
            except NotImplementedError:
                out.append('?')
            d += datetime.timedelta(days=1)
        print(getattr(chinese_calendar, '__version__', 'unknown'))
        print(''.join(out))
        """

    private static func run() -> (version: String, verdicts: String)? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let text = String(data: data, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.count >= 2 else { return nil }
        return (lines[0], lines[1])
    }
}

@Test(.enabled(if: ChineseCalendarOracle.isAvailable,
               "needs python3 with the PyPI package chinesecalendar (pip install chinesecalendar)"))
func chinaCalendarAgreesWithChineseCalendarPackage() throws {
    let answer = try #require(ChineseCalendarOracle.answer)
    let verdicts = Array(answer.verdicts.utf8)
    let calendar = WorkdayCalendar(kind: .china)
    let start = try #require(Day("2020-01-01"))
    let end = try #require(Day("2026-12-31"))
    #expect(verdicts.count == start.days(to: end) + 1)
    var mismatches: [String] = []
    var uncovered = Set<Int>()
    var compared = 0
    for (offset, verdict) in verdicts.enumerated() {
        guard let d = start.adding(days: offset), d <= end else { break }
        if verdict == UInt8(ascii: "?") {
            uncovered.insert(d.year)
            continue
        }
        compared += 1
        let theirs = verdict == UInt8(ascii: "1")
        if calendar.isWorkday(d) != theirs {
            mismatches.append("\(d): cplan \(calendar.isWorkday(d) ? "working" : "off"), chinesecalendar \(theirs ? "working" : "off")")
        }
    }
    print("chinesecalendar \(answer.version): compared \(compared) days; "
          + (uncovered.isEmpty ? "covers 2020–2026" : "does not cover \(uncovered.sorted())"))
    #expect(mismatches.isEmpty, "\(mismatches.count) days differ:\n\(mismatches.joined(separator: "\n"))")
    // 2020–2025 must be covered for the check to mean anything.
    #expect(uncovered.allSatisfy { $0 >= 2026 }, "chinesecalendar lacks \(uncovered.sorted())")
}
