// Rule `day_off` (LANGUAGE.md 6): a dated meeting should not start on a
// weekend or public holiday of the plan's calendar.

/// `day_off` (CP0604, warning): a dated, non-cancelled meeting whose first day is
/// a day off. Tentative meetings are skipped (4.6). Reported at its `date` (a
/// series occurrence: the series' `every`), with the reason and the working days
/// on either side.
enum DayOffRule {
    static func check(_ ctx: CheckContext) -> [Diagnostic] {
        let calendar = ctx.plan.calendar
        var result: [Diagnostic] = []
        let meetings = ctx.plan.meetings
        // Days first, read through the buffer (`meetings[i]` copies the whole `Meeting`);
        // only findings need the meeting itself.
        var offDays: [Int] = []
        meetings.withUnsafeBufferPointer { ms in
            for i in ms.indices where ms[i].status != .cancelled && !ms[i].date.isTentative {
                if !calendar.isWorkday(ms[i].date.firstDay) { offDays.append(i) }
            }
        }
        for i in offDays {
            let m = meetings[i]
            let day = m.date.firstDay
            let reason = DayOffExplanation.reason(day, in: calendar)
            let before = DayOffExplanation.previousWorkday(before: day, in: calendar)
            let after = DayOffExplanation.nextWorkday(after: day, in: calendar)
            var help: String?
            switch (before, after) {
            case let (b?, a?): help = "the nearest working days are " + describe(b) + " and " + describe(a)
            case let (b?, nil): help = "the previous working day is " + describe(b)
            case let (nil, a?): help = "the next working day is " + describe(a)
            case (nil, nil): help = nil
            }
            result.append(Diagnostic(
                RuleCode.dayOff, RuleText.ref(m) + " starts on \(day), which is a day off", at: m.spans.date,
                notes: ["\(day) is " + reason], help: help))
        }
        return result
    }

    /// `2025-04-21 (monday)`, or `2025-04-27 (sunday, a make-up working day)` for a weekend workday.
    static func describe(_ day: Day) -> String {
        day.description + " (" + day.weekday.word + (day.weekday.isWeekend ? ", a make-up working day)" : ")")
    }
}
