// Chinese templates for the hardening limits' texts (CP0550–CP0552 and the early
// stop of a `for` over a range longer than the evaluation steps left).

extension DiagnosticLocalizer {
    /// Texts of the hardening limits.
    static let hardeningMessagesZh: [(String, String)] = [
        ("this loop would run {0} times, more than the {1} evaluation steps left of the limit of {2}",
         "这个循环要执行 {0} 次，超过了求值步数上限 {2} 中剩余的 {1} 步"),
        ("too many diagnostics: {0} more after the first {1} are not shown", "诊断过多：前 {1} 条之后还有 {0} 条未显示"),
        ("fix the first problems and check again; a file that is not a plan (binary data, another encoding) produces one diagnostic per character",
         "请先修正前面的问题再检查；不是计划的文件（二进制数据、其他编码）每个字符都会产生一条诊断"),
        ("this file is {0} bytes, more than the limit of {1} bytes for a source file", "此文件有 {0} 字节，超过了源文件 {1} 字节的上限"),
        ("split the plan into several files with `include`", "请用 `include` 把计划拆分成几个文件"),
    ]
}
