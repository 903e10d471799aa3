// Attribute deadlines (4.3): calendar units with month-end clamping, workdays,
// the roll off a day off in the deadline's direction, and the explanation text.

import Testing
@testable import ConsultPlan

private func day(_ text: String) -> Day { Day(text) ?? .minimum }

private let china = WorkdayCalendar(kind: .china)

@Test func monthsClampToTheMonthEndBothWays() {
    let none = WorkdayCalendar(kind: .none)
    #expect(none.deadline(from: day("2025-01-31"), Duration(1, .months), .after)?.day == day("2025-02-28"))
    #expect(none.deadline(from: day("2025-03-31"), Duration(1, .months), .before)?.day == day("2025-02-28"))
    #expect(none.deadline(from: day("2024-03-31"), Duration(1, .months), .before)?.day == day("2024-02-29"))
    #expect(none.deadline(from: day("2025-05-31"), Duration(3, .months), .before)?.day == day("2025-02-28"))
    #expect(none.deadline(from: day("2025-01-31"), Duration(13, .months), .after)?.day == day("2026-02-28"))
}

@Test func calendarTimeRollsOffDaysOff() throws {
    // The spec's example: 2025-04-22 − 30 days = Sunday 03-23 → back to Friday 03-21.
    let notice = try #require(china.deadline(from: day("2025-04-22"), Duration(30, .days), .before))
    #expect(notice.unrolled == day("2025-03-23"))
    #expect(notice.day == day("2025-03-21"))
    #expect(notice.wasRolled)
    #expect(notice.explanation == "2025-04-22 − 30 days = 2025-03-23 (Sun, a day off) → rolled back to 2025-03-21 (Fri)")
    // After: 2025-09-24 + 1 week = Wed 10-01 (National Day) → forward to Thu 10-09.
    let followUp = try #require(china.deadline(from: day("2025-09-24"), Duration(1, .weeks), .after))
    #expect(followUp.day == day("2025-10-09"))
    #expect(followUp.explanation
            == "2025-09-24 + 1 week = 2025-10-01 (Wed, a day off: 国庆节、中秋节) → rolled forward to 2025-10-09 (Thu)")
    // Without the roll the day stays as computed.
    #expect(china.deadline(from: day("2025-09-24"), Duration(1, .weeks), .after, roll: false)?.day == day("2025-10-01"))
    // Landing on a working day: no roll, a short explanation.
    let plain = try #require(china.deadline(from: day("2025-04-22"), Duration(7, .days), .before))
    #expect(plain.day == day("2025-04-15"))
    #expect(!plain.wasRolled)
    #expect(plain.explanation == "2025-04-22 − 7 days = 2025-04-15 (Tue)")
    // A month before 2025-10-31 is 09-30 (Tue), not rolled; a month before 2025-11-01 is 10-01, rolled back.
    #expect(china.deadline(from: day("2025-11-01"), Duration(1, .months), .before)?.day == day("2025-09-30"))
}

@Test func workdayDeadlines() throws {
    let notice = try #require(china.deadline(from: day("2025-10-09"), Duration(5, .workdays), .before))
    #expect(notice.day == day("2025-09-25"))
    #expect(notice.explanation == "2025-10-09 − 5 workdays = 2025-09-25 (Thu), skipping 9 days off")
    let feedback = try #require(china.deadline(from: day("2025-09-30"), Duration(3, .workdays), .after))
    #expect(feedback.day == day("2025-10-11"))  // 10-09, 10-10, then the working Saturday
    let makeUp = try #require(china.deadline(from: day("2025-10-13"), Duration(2, .workdays), .before))
    #expect(makeUp.day == day("2025-10-10"))
    let sunday = try #require(china.deadline(from: day("2025-09-29"), Duration(1, .workdays), .before))
    #expect(sunday.day == day("2025-09-28"))
    #expect(sunday.explanation == "2025-09-29 − 1 workday = 2025-09-28 (Sun, a make-up working day: 国庆节、中秋节调休)")
}

@Test func deadlinesRejectTimeUnitsAndOverflow() {
    #expect(china.deadline(from: day("2025-04-22"), Duration(3, .hours), .before) == nil)
    #expect(china.deadline(from: day("2025-04-22"), Duration(30, .minutes), .after) == nil)
    #expect(china.deadline(from: day("2025-04-22"), Duration(Int64.max, .weeks), .after) == nil)
    #expect(china.deadline(from: day("2025-04-22"), Duration(Int64.min, .days), .after) == nil)
    #expect(china.deadline(from: day("2025-04-22"), Duration(Int64.max, .months), .before) == nil)
    #expect(china.deadline(from: day("2025-04-22"), Duration(1_000_000_000, .workdays), .after) == nil)
    #expect(china.deadline(from: day("0001-01-02"), Duration(5, .days), .before) == nil)
}
