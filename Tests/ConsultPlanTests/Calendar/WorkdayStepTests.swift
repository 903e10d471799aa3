// Stepping and counting over working days: rolls, N workdays across holidays,
// workdays(from:through:) against a day-by-day count, overrides, and absurd inputs.

import Testing
@testable import ConsultPlan

private func day(_ text: String) -> Day { Day(text) ?? .minimum }

private let china = WorkdayCalendar(kind: .china)

@Test func rollsForwardAndBack() {
    // 2025-10-01..08 off: forward lands on Thu 10-09, back on Tue 09-30.
    #expect(china.rollForward(day("2025-10-03")) == day("2025-10-09"))
    #expect(china.rollBack(day("2025-10-03")) == day("2025-09-30"))
    #expect(china.rollForward(day("2025-10-09")) == day("2025-10-09"))
    #expect(china.rollBack(day("2025-09-28")) == day("2025-09-28"))  // a make-up Sunday
    #expect(china.nextWorkday(after: day("2025-09-30")) == day("2025-10-09"))
    #expect(china.previousWorkday(before: day("2025-10-09")) == day("2025-09-30"))
    #expect(china.nextWorkday(after: day("2025-01-24")) == day("2025-01-26"))  // Fri → working Sunday
    #expect(china.nextWorkday(after: Day.maximum) == nil)
    #expect(china.previousWorkday(before: Day.minimum) == nil)
    #expect(WorkdayCalendar(kind: .weekends).rollForward(day("9999-12-31")) == day("9999-12-31"))  // a Friday
}

@Test func workdaysStepAcrossHolidays() {
    // 5 workdays before Thu 2025-10-09: 09-30, 09-29, 09-28 (make-up Sun), 09-26, 09-25.
    #expect(china.adding(workdays: -5, to: day("2025-10-09")) == day("2025-09-25"))
    #expect(china.adding(workdays: 1, to: day("2025-09-30")) == day("2025-10-09"))
    #expect(china.adding(workdays: 2, to: day("2025-10-10")) == day("2025-10-13"))  // 10-11 working Sat
    // From a day off, the base is excluded: 1 workday after Sat 2025-10-04 is 10-09.
    #expect(china.adding(workdays: 1, to: day("2025-10-04")) == day("2025-10-09"))
    #expect(china.adding(workdays: 0, to: day("2025-10-04")) == day("2025-10-04"))
    let weekends = WorkdayCalendar(kind: .weekends)
    #expect(weekends.adding(workdays: 1, to: day("2025-10-03")) == day("2025-10-06"))
    #expect(weekends.adding(workdays: -1, to: day("2025-10-06")) == day("2025-10-03"))
    let none = WorkdayCalendar(kind: .none)
    #expect(none.adding(workdays: 3, to: day("2025-10-03")) == day("2025-10-06"))
    #expect(none.isWorkday(day("2025-10-04")))
    #expect(none.dayOffReason(day("2025-10-04")) == nil)
}

@Test func workdaysBetweenDays() {
    // (09-30, 10-09]: only 10-09 is a working day.
    #expect(china.workdays(from: day("2025-09-30"), through: day("2025-10-09")) == 1)
    #expect(china.workdays(from: day("2025-10-09"), through: day("2025-09-30")) == -1)
    #expect(china.workdays(from: day("2025-09-26"), through: day("2025-09-28")) == 1)  // the make-up Sunday
    #expect(china.workdays(from: day("2025-10-06"), through: day("2025-10-06")) == 0)
    #expect(WorkdayCalendar(kind: .none).workdays(from: day("2025-01-01"), through: day("2025-12-31")) == 364)
    #expect(WorkdayCalendar(kind: .weekends).workdays(from: day("2024-12-31"), through: day("2025-12-31")) == 261)
}

/// A calendar with overrides on top of China, covering every kind of override.
private let overridden = WorkdayCalendar(kind: .china, overrides: [
    CalendarOverride(day: day("2025-06-16"), isDayOff: true, name: "全会休会"),  // a Monday off
    CalendarOverride(day: day("2025-10-04"), isDayOff: false, name: "加班"),     // a National Day Saturday working
    CalendarOverride(day: day("2025-10-06"), isDayOff: false, name: nil),         // a National Day Monday working
    CalendarOverride(day: day("2025-09-28"), isDayOff: true, name: nil),          // a make-up Sunday off again
    CalendarOverride(day: day("2025-10-07"), isDayOff: true, name: nil),          // already off: keeps its name
    CalendarOverride(day: day("2028-03-06"), isDayOff: true, name: nil),          // a year without data
])

@Test func overridesWinOverAnyCalendar() {
    #expect(!overridden.isWorkday(day("2025-06-16")))
    #expect(overridden.dayOffReason(day("2025-06-16")) == "全会休会")
    #expect(overridden.dayOffReason(day("2025-06-16"), locale: "en") == "全会休会")
    #expect(overridden.isWorkday(day("2025-10-04")))
    #expect(overridden.specialDayName(day("2025-10-04")) == "加班")
    #expect(overridden.isWorkday(day("2025-10-06")))
    #expect(overridden.specialDayName(day("2025-10-06")) == "workday")
    #expect(overridden.specialDayName(day("2025-10-06"), locale: "zh-CN") == "调休")
    #expect(!overridden.isWorkday(day("2025-09-28")))
    #expect(overridden.dayOffReason(day("2025-09-28")) == "holiday")
    #expect(overridden.dayOffReason(day("2025-09-28"), locale: "zh-CN") == "假日")
    #expect(overridden.dayOffReason(day("2025-10-07")) == "国庆节、中秋节")
    #expect(overridden.dayOffReason(day("2028-03-06")) == "holiday")
    // Overrides apply to `weekends` and `none` too.
    let none = WorkdayCalendar(kind: .none, overrides: [CalendarOverride(day: day("2025-03-05"), isDayOff: true, name: nil)])
    #expect(!none.isWorkday(day("2025-03-05")))
    #expect(none.workdays(from: day("2025-03-01"), through: day("2025-03-10")) == 8)
    let weekends = WorkdayCalendar(kind: .weekends, overrides: [CalendarOverride(day: day("2025-10-01"), isDayOff: true, name: "国庆节")])
    #expect(weekends.dayOffReason(day("2025-10-01")) == "国庆节")
    #expect(weekends.isWorkday(day("2025-10-02")))
    // The last declaration for a day wins; equality follows the declarations.
    let twice = WorkdayCalendar(kind: .weekends, overrides: [
        CalendarOverride(day: day("2025-03-05"), isDayOff: true, name: "A"),
        CalendarOverride(day: day("2025-03-05"), isDayOff: false, name: nil),
    ])
    #expect(twice.isWorkday(day("2025-03-05")))
    #expect(twice == WorkdayCalendar(kind: .weekends, overrides: twice.overrides))
    #expect(twice != WorkdayCalendar(kind: .weekends))
}

@Test(arguments: [WorkdayCalendar(kind: .china), WorkdayCalendar(kind: .weekends), WorkdayCalendar(kind: .none)])
func countingAndSteppingAgreeWithADayByDayWalk(calendar: WorkdayCalendar) {
    for calendar in [calendar, WorkdayCalendar(kind: calendar.kind, overrides: overridden.overrides)] {
        // A day-by-day walk from 2019-12-01 to 2027-01-31 is the reference.
        let start = day("2019-12-01"), end = day("2027-01-31")
        var working: [Day] = []
        var running: [Int] = [0]  // running[i]: working days in (start, start + i]
        for offset in 0...start.days(to: end) {
            guard let d = start.adding(days: offset) else { continue }
            if offset > 0 { running.append((running.last ?? 0) + (calendar.isWorkday(d) ? 1 : 0)) }
            if calendar.isWorkday(d) { working.append(d) }
        }
        var seed: UInt64 = 0x2025
        func random(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let span = start.days(to: end)
        for _ in 0..<400 {
            let i = random(span + 1), j = random(span + 1)
            guard let a = start.adding(days: i), let b = start.adding(days: j) else { continue }
            #expect(calendar.workdays(from: a, through: b) == running[j] - running[i], "\(calendar.kind) \(a)…\(b)")
        }
        for (index, d) in working.enumerated() where index >= 300 && index + 300 < working.count && index % 7 == 0 {
            let n = random(250) + 1
            #expect(calendar.adding(workdays: n, to: d) == working[index + n], "\(calendar.kind) \(d) + \(n)")
            #expect(calendar.adding(workdays: -n, to: d) == working[index - n], "\(calendar.kind) \(d) − \(n)")
        }
    }
}

@Test func absurdWorkdayCountsAnswerPromptly() {
    let clock = ContinuousClock()
    let elapsed = clock.measure {
        #expect(china.adding(workdays: 1_000_000_000, to: day("2025-01-01")) == nil)
        #expect(china.adding(workdays: -1_000_000_000, to: day("2025-01-01")) == nil)
        #expect(china.adding(workdays: Int.min, to: day("2025-01-01")) == nil)
        #expect(china.adding(workdays: Int.max, to: day("2025-01-01")) == nil)
        // 2.5 million working days from year 1 crosses the whole China data: the
        // result must agree with the O(log n) count and be a working day.
        for calendar in [china, overridden, WorkdayCalendar(kind: .none)] {
            let far = calendar.adding(workdays: 2_500_000, to: Day.minimum)
            #expect(far != nil)
            if let far {
                #expect(calendar.isWorkday(far))
                #expect(calendar.workdays(from: Day.minimum, through: far) == 2_500_000)
                #expect(calendar.adding(workdays: -2_500_000, to: far) == calendar.rollBack(Day.minimum) ?? Day.minimum)
            }
        }
        #expect(WorkdayCalendar(kind: .none).adding(workdays: 3_652_058, to: Day.minimum) == Day.maximum)
        #expect(WorkdayCalendar(kind: .none).adding(workdays: 3_652_059, to: Day.minimum) == nil)
    }
    #expect(elapsed < .seconds(2), "took \(elapsed)")
}
