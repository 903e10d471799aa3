// The State Council's holiday arrangements as a table: one small file per year
// (ChinaHolidays20XX.swift), gathered here and turned into day-number lookups once.

/// One year's public holidays and make-up working days (调休上班) as the State
/// Council General Office's notice finally fixed them (国务院办公厅关于YYYY年部分节假日安排的通知).
///
/// To add a year: copy the newest `ChinaHolidays20XX.swift`, fill in the notice's
/// days, and append it to ``ChinaHolidays/arrangements``.
struct ChinaHolidayArrangement: Sendable {
    /// The year the notice arranges.
    let year: Int
    /// The notice (and any amendment) the days come from.
    let notice: String
    /// Days off, by holiday, as the notice lists them (放假 / 放假调休 / 与周末连休).
    let holidays: [HolidaySpan]
    /// Weekend days that are working days (…上班), by the holiday they make up for.
    let makeUpWorkdays: [MakeUpWorkday]
}

/// A holiday's days off, first and last included.
struct HolidaySpan: Sendable {
    /// The holiday's name as the notice writes it (`春节`, `国庆节、中秋节`).
    let name: String
    /// The first day off, `YYYY-MM-DD`.
    let first: String
    /// The last day off, `YYYY-MM-DD`.
    let last: String

    /// A holiday of one or more days.
    init(_ name: String, _ first: String, through last: String? = nil) {
        self.name = name
        self.first = first
        self.last = last ?? first
    }
}

/// A make-up working day (调休上班).
struct MakeUpWorkday: Sendable {
    /// The holiday it makes up for; the day is named `<holiday>调休`.
    let holiday: String
    /// The day, `YYYY-MM-DD`.
    let day: String

    /// A make-up working day for `holiday`.
    init(_ holiday: String, _ day: String) {
        self.holiday = holiday
        self.day = day
    }
}

/// The shipped arrangements and the lookups derived from them.
enum ChinaHolidays {
    /// Every shipped year, oldest first. Append next year's notice here.
    static let arrangements: [ChinaHolidayArrangement] = [
        year2020, year2021, year2022, year2023, year2024, year2025, year2026,
    ]

    /// The years with shipped data.
    static let years: Set<Int> = Set(arrangements.map(\.year))

    /// Day number → holiday name, for every day off the notices list.
    static let daysOff: [Int32: String] = {
        var table: [Int32: String] = [:]
        for arrangement in arrangements {
            for span in arrangement.holidays {
                guard let first = Day(span.first), let last = Day(span.last), first <= last else { continue }
                for ordinal in first.ordinal...last.ordinal { table[ordinal] = span.name }
            }
        }
        return table
    }()

    /// Day number → make-up day name (`国庆节调休`), for every make-up working day.
    static let makeUpDays: [Int32: String] = {
        var table: [Int32: String] = [:]
        for arrangement in arrangements {
            for makeUp in arrangement.makeUpWorkdays {
                guard let day = Day(makeUp.day) else { continue }
                table[day.ordinal] = makeUp.holiday + "调休"
            }
        }
        return table
    }()
}
