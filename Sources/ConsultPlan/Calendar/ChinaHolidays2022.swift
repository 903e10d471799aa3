// China's 2022 holidays: 国务院办公厅关于2022年部分节假日安排的通知
// (国办发明电〔2021〕11号, 2021-10-25).

extension ChinaHolidays {
    /// 2022.
    static let year2022 = ChinaHolidayArrangement(
        year: 2022,
        notice: "国办发明电〔2021〕11号 (2021-10-25)",
        holidays: [
            HolidaySpan("元旦", "2022-01-01", through: "2022-01-03"),
            HolidaySpan("春节", "2022-01-31", through: "2022-02-06"),
            HolidaySpan("清明节", "2022-04-03", through: "2022-04-05"),
            HolidaySpan("劳动节", "2022-04-30", through: "2022-05-04"),
            HolidaySpan("端午节", "2022-06-03", through: "2022-06-05"),
            HolidaySpan("中秋节", "2022-09-10", through: "2022-09-12"),
            HolidaySpan("国庆节", "2022-10-01", through: "2022-10-07"),
        ],
        makeUpWorkdays: [
            MakeUpWorkday("春节", "2022-01-29"),
            MakeUpWorkday("春节", "2022-01-30"),
            MakeUpWorkday("清明节", "2022-04-02"),
            MakeUpWorkday("劳动节", "2022-04-24"),
            MakeUpWorkday("劳动节", "2022-05-07"),
            MakeUpWorkday("国庆节", "2022-10-08"),
            MakeUpWorkday("国庆节", "2022-10-09"),
        ]
    )
}
