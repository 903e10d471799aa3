// TEMPORARY shim of the calendar contract (branch `calendar`), so evaluation
// compiles before that branch lands. Deleted when `calendar` is merged.

enum DeadlineDirection: Sendable { case before, after }
struct Deadline: Sendable { var day: Day; var unrolled: Day; var explanation: String }
enum SeriesCadence: Sendable { case days(Int), weeks(Int, on: Weekday?), months(Int, ordinal: Int?, weekday: Weekday?) }
enum SeriesHolidayMode: Sendable { case skip, shift }
struct ShiftedOccurrence: Sendable { var from: Day; var to: Day }
struct SeriesOccurrences: Sendable {
    var days: [Day] = []; var skipped: [Day] = []
    var shifted: [ShiftedOccurrence] = []; var merged: [ShiftedOccurrence] = []; var droppedPastUntil: [ShiftedOccurrence] = []
    var limitExceeded = false
}

extension WorkdayCalendar {
    func dayOffReason(_ d: Day) -> String? { isWorkday(d) ? nil : "weekend" }
    func specialDayName(_ d: Day) -> String? { nil }
    func hasData(forYear y: Int) -> Bool { (2020...2026).contains(y) }
    func nextWorkday(after d: Day) -> Day? {
        var x = d
        for _ in 0..<30 { guard let n = x.adding(days: 1) else { return nil }; x = n; if isWorkday(x) { return x } }
        return nil
    }
    func previousWorkday(before d: Day) -> Day? {
        var x = d
        for _ in 0..<30 { guard let n = x.adding(days: -1) else { return nil }; x = n; if isWorkday(x) { return x } }
        return nil
    }
    func rollForward(_ d: Day) -> Day? { isWorkday(d) ? d : nextWorkday(after: d) }
    func rollBack(_ d: Day) -> Day? { isWorkday(d) ? d : previousWorkday(before: d) }
    func adding(workdays n: Int, to d: Day) -> Day? {
        var x = d
        for _ in 0..<abs(n) { guard let y = n > 0 ? nextWorkday(after: x) : previousWorkday(before: x) else { return nil }; x = y }
        return x
    }
    func workdays(from a: Day, through b: Day) -> Int {
        var n = 0; var x = a
        while x < b { guard let y = x.adding(days: 1) else { break }; x = y; if isWorkday(x) { n += 1 } }
        return n
    }
    func deadline(from d: Day, _ dur: Duration, _ dir: DeadlineDirection, roll: Bool = true) -> Deadline? {
        let sign = dir == .before ? -1 : 1
        let raw: Day?
        switch dur.unit {
        case .days: raw = d.adding(days: sign * Int(dur.amount))
        case .weeks: raw = d.adding(days: sign * 7 * Int(dur.amount))
        case .months: raw = d.adding(months: sign * Int(dur.amount))
        case .workdays: raw = adding(workdays: sign * Int(dur.amount), to: d)
        case .hours, .minutes: return nil
        }
        guard let u = raw else { return nil }
        let rolled = roll ? (dir == .before ? rollBack(u) : rollForward(u)) : u
        guard let r = rolled else { return nil }
        return Deadline(day: r, unrolled: u, explanation: "\(d) \(dir == .before ? "-" : "+") \(dur) = \(u)")
    }
    func seriesOccurrences(_ c: SeriesCadence, from: Day, until: Day, mode: SeriesHolidayMode, limit: Int) -> SeriesOccurrences {
        var out = SeriesOccurrences()
        var first = from
        switch c {
        case .weeks(_, let on?):
            while first.weekday != on { guard let n = first.adding(days: 1) else { return out }; first = n }
        default: break
        }
        var k = 0
        while true {
            let day: Day?
            switch c {
            case .days(let n): day = first.adding(days: k * n)
            case .weeks(let n, _): day = first.adding(days: k * n * 7)
            case .months(let n, _, _): day = first.adding(months: k * n)
            }
            guard let d = day, d <= until else { break }
            if out.days.count >= limit { out.limitExceeded = true; break }
            if isWorkday(d) { out.days.append(d) } else { out.skipped.append(d) }
            k += 1
        }
        return out
    }
}
