// iCalendar details: folding at 75 octets without splitting UTF-8, TEXT
// escaping, UIDs, DTSTAMP, all-day/tentative/cancelled events and alarms.
import Testing
@testable import ConsultPlan

@Suite struct ICalendarTests {
    let ics = renderSchedule(RenderTestPlan.make(), format: .ics,
                             options: RenderOptions(now: (RenderTestPlan.day("2025-04-15"), RenderTestPlan.time(10, 30))))

    /// The physical lines, CRLF removed.
    var physicalLines: [String] {
        var lines = ics.components(separatedBy: "\r\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Logical lines after unfolding.
    var logicalLines: [String] {
        var out: [String] = []
        for line in physicalLines {
            if line.hasPrefix(" "), !out.isEmpty { out[out.count - 1] += String(line.dropFirst()) } else { out.append(line) }
        }
        return out
    }

    @Test func everyLineEndsWithCRLFAndFitsSeventyFiveOctets() {
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        // No bare LF: every LF is preceded by CR.
        let bytes = Array(ics.utf8)
        for (i, b) in bytes.enumerated() where b == 0x0A { #expect(i > 0 && bytes[i - 1] == 0x0D) }
        for line in physicalLines { #expect(line.utf8.count <= 75, "\(line.utf8.count) octets: \(line)") }
        // Folding happened (the Chinese descriptions are long) and every physical line is valid UTF-8 on its own.
        #expect(physicalLines.contains { $0.hasPrefix(" ") })
        for line in physicalLines { #expect(String(validating: Array(line.utf8), as: UTF8.self) != nil) }
    }

    @Test func foldNeverSplitsACharacter() {
        // 3-octet characters: 25 fit exactly on the first line (75 octets), 24 on each continuation (1 + 72).
        let title = String(repeating: "协", count: 100)
        let folded = ICalendarWriter.fold(title)
        let parts = folded.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(parts.map { $0.utf8.count } == [75, 73, 73, 73, 10])
        #expect(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(parts.map { $0.hasPrefix(" ") ? String($0.dropFirst()) : $0 }.joined() == title)
        // A 4-octet character (outside the BMP) straddling the boundary moves to the next line.
        let mixed = "SUMMARY:" + String(repeating: "a", count: 66) + "𠀀" + "b"
        let lines = ICalendarWriter.fold(mixed).components(separatedBy: "\r\n")
        #expect(lines[0].utf8.count == 74)
        #expect(lines[1] == " 𠀀b")
        // An escape pair stays on one line.
        let escaped = ICalendarWriter.fold("X:" + String(repeating: "a", count: 72) + "\\n")
        #expect(escaped == "X:" + String(repeating: "a", count: 72) + "\r\n \\n\r\n")
    }

    @Test func textIsEscaped() {
        #expect(ICalendarWriter.escape("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf")
        #expect(logicalLines.contains("LOCATION:市政协三楼会议室\\, 第一会议室\\; 北楼"))
        #expect(logicalLines.contains("LOCATION:线上\\n（腾讯会议）"))
    }

    @Test func eventsAreStableAndComplete() {
        let lines = logicalLines
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 8)
        #expect(!lines.contains { $0.hasPrefix("RRULE") })
        #expect(lines.contains("UID:forum.3@\(ICalendarWriter.hash("南宁市政协2025年度协商工作计划")).cplan"))
        #expect(lines.contains("DTSTAMP:20250415T023000Z"))
        #expect(lines.contains("DTSTART;TZID=Asia/Shanghai:20250422T090000"))
        #expect(lines.contains("DTEND;TZID=Asia/Shanghai:20250422T120000"))
        // All-day range: DTEND is exclusive.
        #expect(lines.contains("DTSTART;VALUE=DATE:20250108"))
        #expect(lines.contains("DTEND;VALUE=DATE:20250112"))
        // Tentative quarter: all-day over the window.
        #expect(lines.contains("DTSTART;VALUE=DATE:20250701"))
        #expect(lines.contains("DTEND;VALUE=DATE:20251001"))
        #expect(lines.filter { $0 == "STATUS:TENTATIVE" }.count == 2)
        #expect(lines.filter { $0 == "STATUS:CANCELLED" }.count == 1)
        // housing's notice day 2025-04-15 09:00 +0800 is 01:00 UTC.
        #expect(lines.contains("TRIGGER;VALUE=DATE-TIME:20250415T010000Z"))
        #expect(lines.contains("BEGIN:VTIMEZONE") && lines.contains("TZOFFSETFROM:+0800") && lines.contains("TZOFFSETTO:+0800"))
        // To-dos: 2 housing tasks + 2 housing feedback + 2 forum.1 feedback + eco task and feedback + q3 task; none for cancelled forum.2.
        #expect(lines.filter { $0 == "BEGIN:VTODO" }.count == 9)
        #expect(lines.contains("DUE;VALUE=DATE:20250722"))
        #expect(!lines.contains { $0.hasPrefix("UID:forum.2.") })
        // UIDs are unique.
        let uids = lines.filter { $0.hasPrefix("UID:") }
        #expect(Set(uids).count == uids.count)
    }

    @Test func unknownZoneUsesHostOffsetOrFloatingTime() {
        let plan = RenderTestPlan.make(timezone: "Europe/Berlin")
        let floating = renderSchedule(plan, format: .ics)
        #expect(floating.contains("DTSTART:20250422T090000\r\n"))
        #expect(!floating.contains("BEGIN:VTIMEZONE"))
        #expect(floating.contains("TRIGGER:-PT"))
        let fixed = renderSchedule(plan, format: .ics, options: RenderOptions(utcOffsetMinutes: 60))
        #expect(fixed.contains("DTSTART;TZID=Europe/Berlin:20250422T090000"))
        #expect(fixed.contains("TZOFFSETTO:+0100"))
        #expect(fixed.contains("TRIGGER;VALUE=DATE-TIME:20250415T080000Z"))
    }

    @Test func utcConversionCrossesMidnight() {
        #expect(ICalendarWriter.utcDateTime(RenderTestPlan.day("2025-01-01"), minutes: 60, offset: 480) == "20241231T170000Z")
        #expect(ICalendarWriter.utcDateTime(RenderTestPlan.day("2025-01-01"), minutes: 1400, offset: -120) == "20250102T012000Z")
    }
}
