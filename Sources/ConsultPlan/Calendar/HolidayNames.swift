// Names of public holidays and make-up days in the plan's locale: the notices'
// Chinese names (春节, 国庆节、中秋节, 春节调休) and their usual English renderings.

/// Translates the shipped holiday names; names the program wrote are never translated.
enum HolidayNames {
    /// The name of an unnamed `holiday` declaration.
    static let holiday = "holiday"
    /// The name of an unnamed `workday` declaration.
    static let workday = "workday"

    /// Whether a plan locale (`zh-CN`, `zh`, `en`) asks for Chinese.
    static func isChinese(_ locale: String) -> Bool {
        locale.lowercased().hasPrefix("zh")
    }

    /// The notices' holiday names in English.
    private static let english: [String: String] = [
        "元旦": "New Year's Day",
        "春节": "Spring Festival",
        "清明节": "Qingming Festival",
        "劳动节": "Labour Day",
        "端午节": "Dragon Boat Festival",
        "中秋节": "Mid-Autumn Festival",
        "国庆节": "National Day",
    ]

    /// `name` in Chinese or English: `国庆节、中秋节` → `National Day and Mid-Autumn
    /// Festival`, `春节调休` → `Spring Festival make-up working day`, `holiday` → `假日`.
    static func localized(_ name: String, chinese: Bool) -> String {
        if name == holiday { return chinese ? "假日" : holiday }
        if name == workday { return chinese ? "调休" : workday }
        if chinese { return name }
        var base = Substring(name)
        let makeUp = base.hasSuffix("调休")
        if makeUp { base = base.dropLast(2) }
        let parts = base.split(separator: "、").map { english[String($0)] }
        guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return name }
        let joined = parts.compactMap { $0 }.joined(separator: " and ")
        return makeUp ? joined + " make-up working day" : joined
    }
}
