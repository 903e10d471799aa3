// The shipped State Council arrangements: spot checks against the notices
// (2020 extension, 2025 and 2026 make-up days), names, and the tables' own sanity.

import Testing
@testable import ConsultPlan

private func day(_ text: String) -> Day { Day(text) ?? .minimum }

private let china = WorkdayCalendar(kind: .china)

/// Whether each listed day is a working day.
private func expectWorking(_ days: [String], _ working: Bool, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    for text in days {
        #expect(china.isWorkday(day(text)) == working, "\(text) should be \(working ? "a working day" : "a day off")",
                sourceLocation: sourceLocation)
    }
}

@Test func springFestival2025() {
    expectWorking(["2025-01-28", "2025-01-29", "2025-01-31", "2025-02-03", "2025-02-04"], false)
    // 2025-01-26 is a working Sunday, 2025-02-08 a working Saturday.
    expectWorking(["2025-01-26", "2025-02-08", "2025-01-27", "2025-02-05", "2025-02-07"], true)
    expectWorking(["2025-01-25", "2025-02-09"], false)  // ordinary weekend days stay off
    #expect(china.dayOffReason(day("2025-01-29")) == "春节")
    #expect(china.specialDayName(day("2025-01-26")) == "春节调休")
    #expect(china.dayOffReason(day("2025-01-26")) == nil)
    #expect(china.dayOffReason(day("2025-01-25")) == "Saturday")
    #expect(china.dayOffReason(day("2025-02-09")) == "Sunday")
}

@Test func nationalDay2025() {
    expectWorking((1...8).map { "2025-10-0\($0)" }, false)
    expectWorking(["2025-09-28", "2025-10-11", "2025-10-09", "2025-09-30"], true)
    #expect(day("2025-09-28").weekday == .sunday)
    #expect(day("2025-10-11").weekday == .saturday)
    #expect(china.dayOffReason(day("2025-10-06")) == "国庆节、中秋节")
    #expect(china.specialDayName(day("2025-10-11")) == "国庆节、中秋节调休")
    #expect(china.dayOffReason(day("2025-10-06"), locale: "en") == "National Day and Mid-Autumn Festival")
    #expect(china.specialDayName(day("2025-09-28"), locale: "en") == "National Day and Mid-Autumn Festival make-up working day")
    #expect(china.dayOffReason(day("2025-10-12"), locale: "zh-CN") == "周日")
    #expect(china.dayOffReason(day("2025-10-12"), locale: "en") == "Sunday")
}

@Test func otherHolidays2025() {
    expectWorking(["2025-01-01", "2025-04-04", "2025-05-01", "2025-05-02", "2025-05-05", "2025-06-02"], false)
    expectWorking(["2025-04-27", "2025-04-07", "2025-05-06", "2025-06-03"], true)
    #expect(china.dayOffReason(day("2025-05-05")) == "劳动节")
    #expect(china.dayOffReason(day("2025-06-02")) == "端午节")
    #expect(china.dayOffReason(day("2025-04-04")) == "清明节")
    #expect(china.dayOffReason(day("2025-01-01")) == "元旦")
}

@Test func arrangements2026() {
    // 元旦 01-01..03, 01-04 (Sun) working; 春节 02-15..23, 02-14 and 02-28 (Sat) working;
    // 清明 04-04..06; 劳动节 05-01..05, 05-09 working; 端午 06-19..21; 中秋 09-25..27;
    // 国庆 10-01..07, 09-20 (Sun) and 10-10 (Sat) working.
    expectWorking(["2026-01-01", "2026-01-02", "2026-02-16", "2026-02-20", "2026-02-23", "2026-04-06",
                   "2026-05-04", "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-05", "2026-10-07"], false)
    expectWorking(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10",
                   "2026-02-24", "2026-10-08"], true)
    #expect(china.dayOffReason(day("2026-09-25")) == "中秋节")
    #expect(china.dayOffReason(day("2026-10-02")) == "国庆节")
    #expect(china.specialDayName(day("2026-01-04")) == "元旦调休")
    #expect(china.hasData(forYear: 2026))
}

@Test func springFestivalExtension2020() {
    // The original notice: 01-24..30 off, 01-19 and 02-01 working; the amendment
    // extended the holiday to 02-02, so 01-31, 02-01 and 02-02 are off.
    expectWorking(["2020-01-24", "2020-01-30", "2020-01-31", "2020-02-01", "2020-02-02"], false)
    expectWorking(["2020-01-19", "2020-02-03", "2020-01-23"], true)
    #expect(china.dayOffReason(day("2020-02-01")) == "春节")
    #expect(china.specialDayName(day("2020-02-01")) == "春节")
}

@Test func yearsWithoutDataCountWeekendsOnly() {
    #expect(!china.hasData(forYear: 2019))
    #expect(!china.hasData(forYear: 2027))
    #expect(WorkdayCalendar.chinaDataYears == Array(2020...2026))
    #expect(china.isWorkday(day("2027-10-01")))  // a Friday: no data, so a working day
    #expect(!china.isWorkday(day("2027-10-02")))
    #expect(china.isWorkday(day("2019-10-01")))
    // Declaring days in a year counts as data for it (no `no_calendar_data` warning).
    let declared = WorkdayCalendar(kind: .china, overrides: [CalendarOverride(day: day("2027-10-01"), isDayOff: true, name: "国庆节")])
    #expect(declared.hasData(forYear: 2027))
    #expect(!declared.hasData(forYear: 2028))
    #expect(!declared.isWorkday(day("2027-10-01")))
    #expect(china.yearsWithoutData(from: day("2027-01-05"), through: day("2018-06-01")) == [2018, 2019, 2027])
    #expect(declared.yearsWithoutData(from: day("2026-01-01"), through: day("2027-12-31")).isEmpty)
    #expect(WorkdayCalendar(kind: .weekends).hasData(forYear: 1999))
    #expect(WorkdayCalendar(kind: .none).hasData(forYear: 3000))
}

@Test func shippedTablesAreWellFormed() {
    var seen = Set<Day>()
    for arrangement in ChinaHolidays.arrangements {
        #expect(!arrangement.notice.isEmpty)
        #expect(arrangement.holidays.count >= 6, "\(arrangement.year) lists every holiday")
        for span in arrangement.holidays {
            let first = Day(span.first), last = Day(span.last)
            #expect(first != nil && last != nil, "\(span.first)…\(span.last) parses")
            guard let first, let last else { continue }
            #expect(first <= last)
            #expect(first.days(to: last) < 10, "\(span.name) \(arrangement.year) is under 10 days")
            #expect(abs(first.year - arrangement.year) <= 1 && last.year == arrangement.year)
            for ordinal in Int(first.ordinal)...Int(last.ordinal) {
                guard let d = Day(ordinal: ordinal) else { continue }
                #expect(seen.insert(d).inserted, "\(d) listed twice")
            }
        }
        for makeUp in arrangement.makeUpWorkdays {
            let d = Day(makeUp.day)
            #expect(d != nil, "\(makeUp.day) parses")
            guard let d else { continue }
            #expect(d.weekday.isWeekend, "make-up day \(d) is a weekend day")
            #expect(d.year == arrangement.year)
            #expect(seen.insert(d).inserted, "\(d) listed twice")
            #expect(arrangement.holidays.contains { $0.name == makeUp.holiday }, "\(makeUp.holiday) is a holiday that year")
        }
    }
}

@Test func yearlyTotalsMatchTheNotices() {
    // Working days per year, worked out by hand from the notices as weekdays −
    // holidays on weekdays + make-up days (2025: 261 − 18 + 5; 2026: 261 − 19 + 6).
    let expected = [2020: 249, 2021: 250, 2022: 249, 2023: 249, 2024: 251, 2025: 248, 2026: 248]
    for (year, count) in expected {
        let before = day("\(year - 1)-12-31"), last = day("\(year)-12-31")
        #expect(china.workdays(from: before, through: last) == count, "\(year)")
    }
}
