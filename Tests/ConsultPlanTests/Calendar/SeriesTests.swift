// Series occurrence days (4.4): the spec's example, anchoring, ordinal weekdays,
// skip and shift (merging, dropped past `until`), and the occurrence limit.

import Testing
@testable import ConsultPlan

private func day(_ text: String) -> Day { Day(text) ?? .minimum }
private func days(_ texts: [String]) -> [Day] { texts.map(day) }

private let china = WorkdayCalendar(kind: .china)
private let none = WorkdayCalendar(kind: .none)

@Test func theSpecExampleSkipsLabourDay() {
    let result = china.seriesOccurrences(.weeks(2, on: .thursday), from: day("2025-03-06"), until: day("2025-06-26"),
                                         mode: .skip, limit: 1000)
    #expect(result.days == days(["2025-03-06", "2025-03-20", "2025-04-03", "2025-04-17", "2025-05-15",
                                 "2025-05-29", "2025-06-12", "2025-06-26"]))
    #expect(result.skipped == [day("2025-05-01")])
    #expect(result.shifted.isEmpty && result.merged.isEmpty && !result.limitExceeded)
}

@Test func shiftMovesLabourDayToTheNextWorkingDay() {
    let result = china.seriesOccurrences(.weeks(2, on: .thursday), from: day("2025-03-06"), until: day("2025-06-26"),
                                         mode: .shift, limit: 1000)
    #expect(result.days.contains(day("2025-05-06")))
    #expect(result.shifted == [ShiftedOccurrence(from: day("2025-05-01"), to: day("2025-05-06"))])
    #expect(result.days.count == 9)
}

@Test func firstOccurrenceIsTheFirstMatchingDay() {
    // From a Monday, `on thursday` starts that Thursday.
    let weekly = none.seriesOccurrences(.weeks(1, on: .thursday), from: day("2025-03-03"), until: day("2025-03-20"),
                                        mode: .skip, limit: 100)
    #expect(weekly.days == days(["2025-03-06", "2025-03-13", "2025-03-20"]))
    // No `on`: `from` itself.
    let plain = none.seriesOccurrences(.weeks(1, on: nil), from: day("2025-03-03"), until: day("2025-03-17"),
                                       mode: .skip, limit: 100)
    #expect(plain.days == days(["2025-03-03", "2025-03-10", "2025-03-17"]))
    // Every 3 days.
    let triple = none.seriesOccurrences(.days(3), from: day("2025-03-30"), until: day("2025-04-05"), mode: .skip, limit: 100)
    #expect(triple.days == days(["2025-03-30", "2025-04-02", "2025-04-05"]))
}

@Test func monthlyIsAnchoredToTheFirst() {
    let monthly = none.seriesOccurrences(.months(1, ordinal: nil, weekday: nil), from: day("2025-01-31"),
                                         until: day("2025-06-30"), mode: .skip, limit: 100)
    #expect(monthly.days == days(["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30", "2025-05-31", "2025-06-30"]))
    let quarterly = none.seriesOccurrences(.months(3, ordinal: nil, weekday: nil), from: day("2024-11-30"),
                                           until: day("2025-12-31"), mode: .skip, limit: 100)
    #expect(quarterly.days == days(["2024-11-30", "2025-02-28", "2025-05-30", "2025-08-30", "2025-11-30"]))
}

@Test func monthlyOnAnOrdinalWeekday() {
    // The third Tuesday of 2025-03 is 03-18, before `from` 03-20, so the series starts in April.
    let third = none.seriesOccurrences(.months(1, ordinal: 3, weekday: .tuesday), from: day("2025-03-20"),
                                       until: day("2025-07-31"), mode: .skip, limit: 100)
    #expect(third.days == days(["2025-04-15", "2025-05-20", "2025-06-17", "2025-07-15"]))
    let last = none.seriesOccurrences(.months(2, ordinal: -1, weekday: .friday), from: day("2025-01-01"),
                                      until: day("2025-12-31"), mode: .skip, limit: 100)
    #expect(last.days == days(["2025-01-31", "2025-03-28", "2025-05-30", "2025-07-25", "2025-09-26", "2025-11-28"]))
    let december = none.seriesOccurrences(.months(1, ordinal: 1, weekday: .monday), from: day("2025-12-02"),
                                          until: day("2026-02-28"), mode: .skip, limit: 100)
    #expect(december.days == days(["2026-01-05", "2026-02-02"]))
}

@Test func everyDaySkippingHolidaysYieldsTheWorkingDays() {
    let result = china.seriesOccurrences(.days(1), from: day("2025-01-01"), until: day("2025-12-31"), mode: .skip, limit: 1000)
    #expect(result.days.count == 248)
    #expect(result.days.allSatisfy(china.isWorkday))
    #expect(result.skipped.count == 365 - 248)
}

@Test func shiftMergesOntoAnotherOccurrence() {
    // Every day from Fri 2025-10-03 to Mon 10-13: 10-03..08 all shift to Thu 10-09,
    // which is itself an occurrence, so all six merge; 10-12 (Sun) merges into 10-13.
    let result = china.seriesOccurrences(.days(1), from: day("2025-10-03"), until: day("2025-10-13"), mode: .shift, limit: 100)
    #expect(result.days == days(["2025-10-09", "2025-10-10", "2025-10-11", "2025-10-13"]))
    #expect(result.shifted.isEmpty)
    #expect(result.merged.map(\.from) == days(["2025-10-03", "2025-10-04", "2025-10-05", "2025-10-06", "2025-10-07",
                                               "2025-10-08", "2025-10-12"]))
    #expect(result.merged.allSatisfy { $0.to == day("2025-10-09") || $0.to == day("2025-10-13") })
    // Daily from Sat 2025-03-01 to Mon 03-03: Saturday and Sunday shift onto Monday,
    // itself an occurrence, so both merge into it.
    let weekends = WorkdayCalendar(kind: .weekends)
    let pairs = weekends.seriesOccurrences(.days(1), from: day("2025-03-01"), until: day("2025-03-03"), mode: .shift, limit: 100)
    #expect(pairs.days == [day("2025-03-03")])
    #expect(pairs.merged.count == 2)
    #expect(pairs.shifted.isEmpty)
    // Sat and Sun with no Monday occurrence: the first shifted takes Monday, the second merges.
    let noMonday = weekends.seriesOccurrences(.days(1), from: day("2025-03-01"), until: day("2025-03-02"), mode: .shift, limit: 100)
    #expect(noMonday.days.isEmpty)  // Monday is past `until`
    #expect(noMonday.droppedPastUntil.count == 2)
    let throughMonday = weekends.seriesOccurrences(.weeks(1, on: .saturday), from: day("2025-03-01"), until: day("2025-03-10"),
                                                   mode: .shift, limit: 100)
    #expect(throughMonday.days == days(["2025-03-03", "2025-03-10"]))
    #expect(throughMonday.shifted == [ShiftedOccurrence(from: day("2025-03-01"), to: day("2025-03-03")),
                                      ShiftedOccurrence(from: day("2025-03-08"), to: day("2025-03-10"))])
    let merged = weekends.seriesOccurrences(.days(1), from: day("2025-03-07"), until: day("2025-03-09"), mode: .shift, limit: 100)
    #expect(merged.days == [day("2025-03-07")])
    #expect(merged.droppedPastUntil == [ShiftedOccurrence(from: day("2025-03-08"), to: day("2025-03-10")),
                                        ShiftedOccurrence(from: day("2025-03-09"), to: day("2025-03-10"))])
}

@Test func shiftOfTwoOffDaysWithoutAnOwner() {
    // Every 2 days from Sat 2025-10-04 to 10-10: 10-04, 10-06 and 10-08 all shift to 10-09,
    // which is not an occurrence: the first is shifted there, the others merge; 10-10 stays.
    let result = china.seriesOccurrences(.days(2), from: day("2025-10-04"), until: day("2025-10-10"), mode: .shift, limit: 100)
    #expect(result.days == days(["2025-10-09", "2025-10-10"]))
    #expect(result.shifted == [ShiftedOccurrence(from: day("2025-10-04"), to: day("2025-10-09"))])
    #expect(result.merged == [ShiftedOccurrence(from: day("2025-10-06"), to: day("2025-10-09")),
                              ShiftedOccurrence(from: day("2025-10-08"), to: day("2025-10-09"))])
}

@Test func malformedOrEmptySeriesYieldNothing() {
    let from = day("2025-03-01"), until = day("2025-12-31")
    #expect(none.seriesOccurrences(.days(0), from: from, until: until, mode: .skip, limit: 10).days.isEmpty)
    #expect(none.seriesOccurrences(.weeks(-1, on: nil), from: from, until: until, mode: .skip, limit: 10).days.isEmpty)
    #expect(none.seriesOccurrences(.months(1, ordinal: 5, weekday: .monday), from: from, until: until, mode: .skip, limit: 10).days.isEmpty)
    #expect(none.seriesOccurrences(.days(1), from: until, until: from, mode: .skip, limit: 10).days.isEmpty)
    // The first matching day past `until`.
    #expect(none.seriesOccurrences(.weeks(1, on: .friday), from: day("2025-03-01"), until: day("2025-03-06"),
                                   mode: .skip, limit: 10).days.isEmpty)
}

@Test func absurdSeriesStopAtTheLimitPromptly() {
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        let daily = china.seriesOccurrences(.days(1), from: Day.minimum, until: Day.maximum, mode: .shift, limit: 100_000)
        #expect(daily.limitExceeded)
        #expect(daily.days.count == 100_000)
        let skip = china.seriesOccurrences(.days(1), from: Day.minimum, until: Day.maximum, mode: .skip, limit: 10)
        #expect(skip.limitExceeded && skip.days.count == 10)
        // Huge steps overflow nothing and end at the day range.
        let sparse = none.seriesOccurrences(.weeks(Int.max, on: .monday), from: day("2025-01-01"), until: Day.maximum,
                                            mode: .skip, limit: 10)
        #expect(sparse.days == [day("2025-01-06")])
        let months = none.seriesOccurrences(.months(Int.max / 2, ordinal: -1, weekday: .sunday), from: day("2025-01-01"),
                                            until: Day.maximum, mode: .skip, limit: 10)
        #expect(months.days == [day("2025-01-26")])
        let centuries = none.seriesOccurrences(.months(1200, ordinal: nil, weekday: nil), from: day("2000-02-29"),
                                               until: Day.maximum, mode: .skip, limit: 1000)
        #expect(centuries.days.count == 80 && centuries.days.last == day("9900-02-28"))
        // A cadence that only ever lands on weekends, to the end of time: all skipped, still prompt.
        let saturdays = WorkdayCalendar(kind: .weekends).seriesOccurrences(.weeks(1, on: .saturday), from: day("2025-01-01"),
                                                                           until: Day.maximum, mode: .skip, limit: 10)
        #expect(saturdays.days.isEmpty && !saturdays.limitExceeded)
    }
    #expect(elapsed < .seconds(3), "took \(elapsed)")
}
