// China's 2025 holidays: 国务院办公厅关于2025年部分节假日安排的通知
// (国办发明电〔2024〕12号, 2024-11-12), the first under the November 2024 rules.

extension ChinaHolidays {
    /// 2025. The revised 《全国年节及纪念日放假办法》 adds a statutory day to Spring
    /// Festival (from New Year's Eve, 8 days with 调休) and to Labour Day (5 days).
    static let year2025 = ChinaHolidayArrangement(
        year: 2025,
        notice: "国办发明电〔2024〕12号 (2024-11-12)",
        holidays: [
            HolidaySpan("元旦", "2025-01-01"),
            HolidaySpan("春节", "2025-01-28", through: "2025-02-04"),
            HolidaySpan("清明节", "2025-04-04", through: "2025-04-06"),
            HolidaySpan("劳动节", "2025-05-01", through: "2025-05-05"),
            HolidaySpan("端午节", "2025-05-31", through: "2025-06-02"),
            HolidaySpan("国庆节、中秋节", "2025-10-01", through: "2025-10-08"),
        ],
        makeUpWorkdays: [
            MakeUpWorkday("春节", "2025-01-26"),
            MakeUpWorkday("春节", "2025-02-08"),
            MakeUpWorkday("劳动节", "2025-04-27"),
            MakeUpWorkday("国庆节、中秋节", "2025-09-28"),
            MakeUpWorkday("国庆节、中秋节", "2025-10-11"),
        ]
    )
}
