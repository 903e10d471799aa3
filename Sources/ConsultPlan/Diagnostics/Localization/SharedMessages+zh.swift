// Templates shared by every phase ("did you mean …?", "remove it") and the word tables
// that translate a captured English word (a value's kind, a weekday) inside a template.

extension DiagnosticLocalizer {
    /// Texts several phases emit.
    static let sharedMessagesZh: [(String, String)] = [
        ("did you mean `{0}`?", "是不是要写 `{0}`？"),
        ("did you mean `{0}`? (`{1}` alone is not a unit)", "是不是要写 `{0}`？（单独的 `{1}` 不是单位）"),
        ("did you mean `{0}`? It is an attribute of `{1}`", "是不是要写 `{0}`？它是 `{1}` 的属性"),
        ("did you mean `{0}`? It is an attribute of `{1}` and `{2}`", "是不是要写 `{0}`？它是 `{1}` 和 `{2}` 的属性"),
        ("did you mean `{0}`? A keyword must be separated from what follows by a space", "是不是要写 `{0}`？关键字与后面的内容之间要有空格"),
        ("remove it", "删除它"),
        ("delete it", "删除它"),
        ("keep one of them", "只保留其中一个"),
        ("rename one of them", "给其中一个改名"),
        ("first declared here", "首次声明在此"),
        ("first given here", "首次给出在此"),
        ("declared here", "声明在此"),
        ("recorded here", "记录在此"),
        ("opened here", "在此打开"),
        ("opened at line {0}", "在第 {0} 行打开"),
        ("the file ends here", "文件在此结束"),
        ("the header", "声明头"),
        ("a new statement starts here", "新语句从这里开始"),
    ]

    /// Word tables for holes written `{n|table}` in a translation.
    static let wordTables: [String: [String: String]] = [
        // A value's kind with its article, as the evaluator prints it (`withArticle(typeName)`).
        "kind": [
            "an integer": "整数", "a decimal": "小数", "a string": "字符串", "a boolean": "布尔值",
            "a day": "日期", "a month": "月份", "a quarter": "季度", "a time": "时刻", "a duration": "时长",
            "a weekday": "星期", "a list": "列表", "a range": "范围", "a feedback duty": "反馈要求",
            "an invalid value": "无效值", "nothing (an attribute that is not set)": "空值（未设置的属性）",
            "nothing": "空值", "a declaration": "声明", "a value word": "取值词",
            "a meeting": "会议", "a series": "系列会议", "a member": "委员", "a committee": "专门委员会",
            "a sector": "界别", "a party": "党派", "a department": "部门", "a group": "分组",
            "a template": "模板", "a plan": "计划", "a policy": "政策", "an approval": "审批",
            "a form": "会议形式", "a role": "职务", "a list of day": "日期列表", "a list of string": "字符串列表",
            "a list of member": "委员列表", "a list of integer": "整数列表",
            "a line end": "行尾", "the end of the file": "文件末尾",
        ],
        "weekday": [
            "monday": "星期一", "tuesday": "星期二", "wednesday": "星期三", "thursday": "星期四",
            "friday": "星期五", "saturday": "星期六", "sunday": "星期日",
        ],
        "verb": ["add": "相加", "subtract": "相减", "multiply": "相乘", "divide": "相除"],
        "month": [
            "January": "1 月", "February": "2 月", "March": "3 月", "April": "4 月", "May": "5 月", "June": "6 月",
            "July": "7 月", "August": "8 月", "September": "9 月", "October": "10 月", "November": "11 月",
            "December": "12 月",
        ],
    ]
}
