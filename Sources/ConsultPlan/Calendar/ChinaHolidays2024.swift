// China's 2024 holidays: 国务院办公厅关于2024年部分节假日安排的通知
// (国办发明电〔2023〕7号, 2023-10-25).

extension ChinaHolidays {
    /// 2024. "与周末连休" (New Year's Day, Dragon Boat Festival) is listed with the
    /// weekend it joins, so those weekend days carry the holiday's name.
    static let year2024 = ChinaHolidayArrangement(
        year: 2024,
        notice: "国办发明电〔2023〕7号 (2023-10-25)",
        holidays: [
            HolidaySpan("元旦", "2023-12-30", through: "2024-01-01"),  // 1月1日放假，与周末连休
            HolidaySpan("春节", "2024-02-10", through: "2024-02-17"),
            HolidaySpan("清明节", "2024-04-04", through: "2024-04-06"),
            HolidaySpan("劳动节", "2024-05-01", through: "2024-05-05"),
            HolidaySpan("端午节", "2024-06-08", through: "2024-06-10"),  // 6月10日放假，与周末连休
            HolidaySpan("中秋节", "2024-09-15", through: "2024-09-17"),
            HolidaySpan("国庆节", "2024-10-01", through: "2024-10-07"),
        ],
        makeUpWorkdays: [
            MakeUpWorkday("春节", "2024-02-04"),
            MakeUpWorkday("春节", "2024-02-18"),
            MakeUpWorkday("清明节", "2024-04-07"),
            MakeUpWorkday("劳动节", "2024-04-28"),
            MakeUpWorkday("劳动节", "2024-05-11"),
            MakeUpWorkday("中秋节", "2024-09-14"),
            MakeUpWorkday("国庆节", "2024-09-29"),
            MakeUpWorkday("国庆节", "2024-10-12"),
        ]
    )
}
