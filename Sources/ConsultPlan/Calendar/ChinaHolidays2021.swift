// China's 2021 holidays: 国务院办公厅关于2021年部分节假日安排的通知
// (国办发明电〔2020〕27号, 2020-11-25).

extension ChinaHolidays {
    /// 2021.
    static let year2021 = ChinaHolidayArrangement(
        year: 2021,
        notice: "国办发明电〔2020〕27号 (2020-11-25)",
        holidays: [
            HolidaySpan("元旦", "2021-01-01", through: "2021-01-03"),
            HolidaySpan("春节", "2021-02-11", through: "2021-02-17"),
            HolidaySpan("清明节", "2021-04-03", through: "2021-04-05"),
            HolidaySpan("劳动节", "2021-05-01", through: "2021-05-05"),
            HolidaySpan("端午节", "2021-06-12", through: "2021-06-14"),
            HolidaySpan("中秋节", "2021-09-19", through: "2021-09-21"),
            HolidaySpan("国庆节", "2021-10-01", through: "2021-10-07"),
        ],
        makeUpWorkdays: [
            MakeUpWorkday("春节", "2021-02-07"),
            MakeUpWorkday("春节", "2021-02-20"),
            MakeUpWorkday("劳动节", "2021-04-25"),
            MakeUpWorkday("劳动节", "2021-05-08"),
            MakeUpWorkday("中秋节", "2021-09-18"),
            MakeUpWorkday("国庆节", "2021-09-26"),
            MakeUpWorkday("国庆节", "2021-10-09"),
        ]
    )
}
