// Chinese templates for the lexer's messages (CP01xx and the line/nesting limits it
// enforces), written from the emission sites in Sources/ConsultPlan/Lexer.

extension DiagnosticLocalizer {
    /// Lexer texts: English pattern, Chinese translation.
    static let lexerMessagesZh: [(String, String)] = [
        // CP0100 invalid UTF-8
        ("invalid UTF-8: byte {0} is not part of a UTF-8 character", "无效的 UTF-8：字节 {0} 不属于任何 UTF-8 字符"),
        ("save the file as UTF-8", "请把文件另存为 UTF-8 编码"),
        // CP0101 / CP0102 characters
        ("control character {0} is not allowed in a plan", "计划中不允许出现控制字符 {0}"),
        ("unexpected character {0} ({1} times)", "意外的字符 {0}（共 {1} 处）"),
        ("unexpected character {0}", "意外的字符 {0}"),
        ("write `and` for a logical and", "逻辑“与”请写 `and`"),
        ("write `or` for a logical or", "逻辑“或”请写 `or`"),
        ("delete this invisible character", "删除这个不可见字符"),
        ("replace it with a line end", "把它换成换行"),
        ("replace it with an ordinary space", "把它换成普通空格"),
        ("type the ASCII `{0}` instead", "请改用 ASCII 字符 `{0}`"),
        ("strings are written in double quotes: \"…\"", "字符串用双引号书写：\"…\""),
        ("this `”` closes no string; open a string with `“` or write \"…\"", "这个 `”` 没有可以关闭的字符串；请用 `“` 开始字符串，或写成 \"…\""),
        ("`\\` starts an escape only inside a string, or `\\(…)` glued to a name", "`\\` 只在字符串内开始转义，或作为紧贴名称的 `\\(…)`"),
        // CP0103 strings
        ("unterminated string: the line ends before the closing {0}", "字符串未结束：在结束的 {0} 之前该行已结束"),
        ("unterminated string: the file ends before the closing {0}", "字符串未结束：在结束的 {0} 之前文件已结束"),
        ("close the string with {0} on the same line; a string that spans lines is written with `\"\"\"`", "请在同一行用 {0} 结束字符串；跨行的字符串用 `\"\"\"` 书写"),
        ("unterminated multi-line string: the file ends before the closing `\"\"\"`", "多行字符串未结束：在结束的 `\"\"\"` 之前文件已结束"),
        ("close the string with `\"\"\"` on a line of its own", "请在单独的一行用 `\"\"\"` 结束字符串"),
        // CP0104 / CP0105 escapes
        ("unknown escape sequence: `{0}`", "未知的转义序列：`{0}`"),
        ("unknown escape sequence: {0}", "未知的转义序列：{0}"),
        ("the escapes are \\\" \\\\ \\n \\t \\r \\0 \\u{…} and \\(…); write `\\\\` for a backslash", "可用的转义有 \\\" \\\\ \\n \\t \\r \\0 \\u{…} 和 \\(…)；反斜杠本身请写 `\\\\`"),
        ("`{0}` is not a Unicode scalar value (surrogates D800–DFFF and values above 10FFFF are not characters)", "`{0}` 不是 Unicode 标量值（代理码位 D800–DFFF 和大于 10FFFF 的值都不是字符）"),
        ("`\\u` must be followed by `{`, hex digits and `}`", "`\\u` 后面必须是 `{`、十六进制数字和 `}`"),
        ("`\\u{` is not closed by `}` after its hex digits", "`\\u{` 的十六进制数字之后缺少 `}`"),
        ("`\\u{…}` takes 1 to 8 hex digits, found {0}", "`\\u{…}` 需要 1 到 8 位十六进制数字，实际为 {0} 位"),
        ("write a character by its code point like `\\u{4E2D}`", "按码位书写字符，例如 `\\u{4E2D}`"),
        // CP0106 comments
        ("unterminated block comment: the file ends before its closing `*/`", "块注释未结束：在结束的 `*/` 之前文件已结束"),
        ("unterminated block comment: the file ends before its closing `*/` ({0} comments are open; `/* */` nests)", "块注释未结束：在结束的 `*/` 之前文件已结束（尚有 {0} 层注释未关闭；`/* */` 可以嵌套）"),
        ("close the comment with `*/`", "请用 `*/` 结束注释"),
        // CP0107 / CP0108 multi-line strings
        ("a multi-line string's text must start on the line after its opening `\"\"\"`", "多行字符串的正文必须从开头 `\"\"\"` 的下一行开始"),
        ("the closing `\"\"\"` of a multi-line string must start its own line", "多行字符串结尾的 `\"\"\"` 必须单独成行"),
        ("put a line end before `\"\"\"`, or write `\\\"\"\"` for three quotes in the text", "请在 `\"\"\"` 前换行；若正文中需要三个引号，请写 `\\\"\"\"`"),
        ("start a new line after `\"\"\"`, or write a one-line string with a single `\"`", "请在 `\"\"\"` 之后换行，或改用单个 `\"` 写单行字符串"),
        ("this line of a multi-line string is indented less than its closing `\"\"\"`", "多行字符串的这一行缩进少于结尾的 `\"\"\"`"),
        ("indent every line at least as much as the closing `\"\"\"`, with the same spaces and tabs", "每一行的缩进都不得少于结尾的 `\"\"\"`，并使用相同的空格和制表符"),
        // CP0109 interpolation
        ("unterminated interpolation: the line ends before the `)` that closes this `\\(`", "插值未结束：在关闭这个 `\\(` 的 `)` 之前该行已结束"),
        ("close it with `)`, like `topic_\\(i)`", "请用 `)` 结束，例如 `topic_\\(i)`"),
        // CP0110–CP0113 days, months, quarters, times
        ("expected a day like 2025-04-17, found `{0}`", "应为形如 2025-04-17 的日期，实际为 `{0}`"),
        ("expected a month like 2025-04, found `{0}`", "应为形如 2025-04 的月份，实际为 `{0}`"),
        ("expected a quarter like 2025-Q2, found `{0}`", "应为形如 2025-Q2 的季度，实际为 `{0}`"),
        ("expected a day like 2025-04-17, a month like 2025-04 or a quarter like 2025-Q2, found `{0}`", "应为形如 2025-04-17 的日期、形如 2025-04 的月份或形如 2025-Q2 的季度，实际为 `{0}`"),
        ("write `{0}`, or `{1}` if you meant a subtraction", "请写成 `{0}`；如果本意是减法，请写成 `{1}`"),
        ("write a day as YYYY-MM-DD, like `2025-04-17`", "日期写作 YYYY-MM-DD，例如 `2025-04-17`"),
        ("write a day as YYYY-MM-DD, a month as YYYY-MM, a quarter as YYYY-Qn", "日期写作 YYYY-MM-DD，月份写作 YYYY-MM，季度写作 YYYY-Qn"),
        ("write a month as YYYY-MM, like `2025-04`, or `{0}` for a subtraction", "月份写作 YYYY-MM，例如 `2025-04`；减法请写成 `{0}`"),
        ("write a quarter as YYYY-Qn with n from 1 to 4, like `2025-Q2`", "季度写作 YYYY-Qn，n 为 1 到 4，例如 `2025-Q2`"),
        ("`{0}` is not a day: {1|month} {2} has {3} days", "`{0}` 不是有效日期：{2} 年{1|month}只有 {3} 天"),
        ("`{0}` is not a day: years run from 0001 to 9999", "`{0}` 不是有效日期：年份范围为 0001 到 9999"),
        ("`{0}` is not a month: years run from 0001 to 9999", "`{0}` 不是有效月份：年份范围为 0001 到 9999"),
        ("`{0}` is not a quarter: years run from 0001 to 9999", "`{0}` 不是有效季度：年份范围为 0001 到 9999"),
        ("the last day of that month is `{0}`", "该月的最后一天是 `{0}`"),
        ("malformed day `{0}`: month {1} does not exist (01–12)", "日期 `{0}` 有误：不存在第 {1} 月（应为 01–12）"),
        ("malformed month `{0}`: month {1} does not exist (01–12)", "月份 `{0}` 有误：不存在第 {1} 月（应为 01–12）"),
        ("malformed quarter `{0}`: quarter {1} does not exist (Q1–Q4)", "季度 `{0}` 有误：不存在第 {1} 季度（应为 Q1–Q4）"),
        ("expected a time like 09:30, found `{0}`", "应为形如 09:30 的时刻，实际为 `{0}`"),
        ("write a time as HH:MM, with two digits for the minutes", "时刻写作 HH:MM，分钟为两位数字"),
        ("`{0}` is not a time of day: hours run from 00 to 23 (24:00 ends a day), minutes from 00 to 59", "`{0}` 不是有效时刻：小时为 00 到 23（24:00 表示一天结束），分钟为 00 到 59"),
        // CP0114–CP0116 numbers and units
        ("unknown unit `{0}` after the number {1}", "数字 {1} 之后的单位 `{0}` 无法识别"),
        ("unexpected word `{0}` glued to the number `{1}`", "数字 `{1}` 后面紧跟着意外的词 `{0}`"),
        ("put a space between the number and the word", "请在数字和词之间加一个空格"),
        ("put a space after the number if the word is not a unit", "如果这个词不是单位，请在数字后加空格"),
        ("a percentage is written right after its number: `20%`", "百分号紧跟在数字后面：`20%`"),
        ("a year is written as a plain number (`year {0}`); a duration of years is written in months (`12个月`)", "年份直接写数字（`year {0}`）；以年计的时长请换算成月（`12个月`）"),
        ("the integer `{0}` does not fit in 64 bits (the largest is 9223372036854775807)", "整数 `{0}` 超出 64 位范围（最大为 9223372036854775807）"),
        ("the decimal `{0}` does not fit: at most 18 digits, 18 of them after the point", "小数 `{0}` 超出范围：最多 18 位数字，小数点后最多 18 位"),
        ("the percentage `{0}` does not fit: at most 18 digits, 18 of them after the point", "百分数 `{0}` 超出范围：最多 18 位数字，小数点后最多 18 位"),
        ("a duration counts whole units, found `{0}`", "时长须为整数个单位，实际为 `{0}`"),
        ("write a whole number of a smaller unit (`36 hours` rather than `1.5 days`)", "请改用更小单位的整数（写 `36 hours`，不要写 `1.5 days`）"),
        // CP0120 full-width
        ("full-width `{0}` is read as `{1}`", "全角的 `{0}` 按 `{1}` 读取"),
        ("full-width punctuation is read as its ASCII equivalent", "全角标点按对应的 ASCII 字符读取"),
        ("type ASCII (half-width) punctuation and digits; `cplan fmt` rewrites them", "请输入 ASCII（半角）标点和数字；`cplan fmt` 会自动改写"),
        // CP0500–CP0502 lexer limits
        ("this line is {0} bytes long, more than the limit of {1} bytes; the rest of the line is skipped", "这一行长 {0} 字节，超过了 {1} 字节的上限；该行其余部分被跳过"),
        ("break the line, or move long text into several strings joined with `+`", "请拆分这一行，或把长文本拆成几个用 `+` 连接的字符串"),
        ("brackets nest more than {0} deep", "括号嵌套超过 {0} 层"),
        ("split the expression with `let` bindings", "请用 `let` 绑定拆分表达式"),
        ("interpolations nest more than {0} deep", "插值嵌套超过 {0} 层"),
        ("compute the inner text with `let` first", "请先用 `let` 算出内层文本"),
    ]
}
