// China's 2023 holidays: 国务院办公厅关于2023年部分节假日安排的通知
// (国办发明电〔2022〕16号, 2022-12-08).

extension ChinaHolidays {
    /// 2023. New Year's Day runs from 2022-12-31 (a Saturday) as the notice says.
    static let year2023 = ChinaHolidayArrangement(
        year: 2023,
        notice: "国办发明电〔2022〕16号 (2022-12-08)",
        holidays: [
            HolidaySpan("元旦", "2022-12-31", through: "2023-01-02"),
            HolidaySpan("春节", "2023-01-21", through: "2023-01-27"),
            HolidaySpan("清明节", "2023-04-05"),
            HolidaySpan("劳动节", "2023-04-29", through: "2023-05-03"),
            HolidaySpan("端午节", "2023-06-22", through: "2023-06-24"),
            HolidaySpan("中秋节、国庆节", "2023-09-29", through: "2023-10-06"),
        ],
        makeUpWorkdays: [
            MakeUpWorkday("春节", "2023-01-28"),
            MakeUpWorkday("春节", "2023-01-29"),
            MakeUpWorkday("劳动节", "2023-04-23"),
            MakeUpWorkday("劳动节", "2023-05-06"),
            MakeUpWorkday("端午节", "2023-06-25"),
            MakeUpWorkday("中秋节、国庆节", "2023-10-07"),
            MakeUpWorkday("中秋节、国庆节", "2023-10-08"),
        ]
    )
}
