// China's 2026 holidays: 国务院办公厅关于2026年部分节假日安排的通知
// (issued 2025-11-04, published by Xinhua the same day).

extension ChinaHolidays {
    /// 2026. Spring Festival runs 9 days (腊月二十八 to 正月初七).
    static let year2026 = ChinaHolidayArrangement(
        year: 2026,
        notice: "国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04)",
        holidays: [
            HolidaySpan("元旦", "2026-01-01", through: "2026-01-03"),
            HolidaySpan("春节", "2026-02-15", through: "2026-02-23"),
            HolidaySpan("清明节", "2026-04-04", through: "2026-04-06"),
            HolidaySpan("劳动节", "2026-05-01", through: "2026-05-05"),
            HolidaySpan("端午节", "2026-06-19", through: "2026-06-21"),
            HolidaySpan("中秋节", "2026-09-25", through: "2026-09-27"),
            HolidaySpan("国庆节", "2026-10-01", through: "2026-10-07"),
        ],
        makeUpWorkdays: [
            MakeUpWorkday("元旦", "2026-01-04"),
            MakeUpWorkday("春节", "2026-02-14"),
            MakeUpWorkday("春节", "2026-02-28"),
            MakeUpWorkday("劳动节", "2026-05-09"),
            MakeUpWorkday("国庆节", "2026-09-20"),
            MakeUpWorkday("国庆节", "2026-10-10"),
        ]
    )
}
