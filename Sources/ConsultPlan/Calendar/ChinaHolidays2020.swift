// China's 2020 holidays: 国务院办公厅关于2020年部分节假日安排的通知 (国办发明电〔2019〕16号,
// 2019-11-21), as amended by 国办发明电〔2020〕1号 (2020-01-26), which extended Spring Festival.

extension ChinaHolidays {
    /// 2020. The amendment (关于延长2020年春节假期的通知) extended the Spring Festival
    /// holiday to 2020-02-02 (正月初九), so 01-31, 02-01 and 02-02 became days off and
    /// 02-01 (Saturday), first a make-up working day, was no longer one. 01-19 stayed one.
    static let year2020 = ChinaHolidayArrangement(
        year: 2020,
        notice: "国办发明电〔2019〕16号 (2019-11-21), amended by 国办发明电〔2020〕1号 (2020-01-26)",
        holidays: [
            HolidaySpan("元旦", "2020-01-01"),
            HolidaySpan("春节", "2020-01-24", through: "2020-02-02"),  // notice: 01-24..01-30; amendment: ..02-02
            HolidaySpan("清明节", "2020-04-04", through: "2020-04-06"),
            HolidaySpan("劳动节", "2020-05-01", through: "2020-05-05"),
            HolidaySpan("端午节", "2020-06-25", through: "2020-06-27"),
            HolidaySpan("国庆节、中秋节", "2020-10-01", through: "2020-10-08"),
        ],
        makeUpWorkdays: [
            MakeUpWorkday("春节", "2020-01-19"),
            // 2020-02-01 was a make-up working day until the amendment made it a day off.
            MakeUpWorkday("劳动节", "2020-04-26"),
            MakeUpWorkday("劳动节", "2020-05-09"),
            MakeUpWorkday("端午节", "2020-06-28"),
            MakeUpWorkday("国庆节、中秋节", "2020-09-27"),
            MakeUpWorkday("国庆节、中秋节", "2020-10-10"),
        ]
    )
}
