// The duration units of LANGUAGE.md 2.6 and the "did you mean" for words that
// are not units (`3月` → `3个月`, `3 fortnights` → `6 weeks`).

/// The unit table, matched longest-first.
enum DurationUnits {
    /// Every spelling of every unit.
    static let bySpelling: [String: DurationUnit] = [
        "day": .days, "days": .days, "天": .days, "日": .days,
        "week": .weeks, "weeks": .weeks, "周": .weeks, "星期": .weeks,
        "month": .months, "months": .months, "个月": .months,
        "workday": .workdays, "workdays": .workdays, "个工作日": .workdays, "工作日": .workdays,
        "hour": .hours, "hours": .hours, "小时": .hours, "个小时": .hours,
        "minute": .minutes, "minutes": .minutes, "分钟": .minutes,
    ]

    /// The Chinese spellings, longest first, for prefix matching after a number.
    static let chineseLongestFirst: [(String, DurationUnit)] = bySpelling
        .filter { $0.key.utf8.first.map { $0 >= 0x80 } ?? false }
        .sorted { $0.key.utf8.count != $1.key.utf8.count ? $0.key.utf8.count > $1.key.utf8.count : $0.key < $1.key }
        .map { ($0.key, $0.value) }

    /// The unit spelled exactly `word`.
    static func unit(named word: String) -> DurationUnit? { table.lookup(word) }

    /// ``bySpelling`` without SipHash: every number followed by a word asks (`10 days`).
    private static let table = SpellingTable(bySpelling)

    /// The longest Chinese unit `word` begins with, and its length in bytes.
    static func unitPrefix(of word: String) -> (DurationUnit, Int)? {
        for (spelling, unit) in chineseLongestFirst where word.utf8.starts(with: spelling.utf8) {
            return (unit, spelling.utf8.count)
        }
        return nil
    }

    /// Words people write for a duration that are not units, with what they mean:
    /// a factor and a unit (`fortnight` = 2 weeks).
    private static let nearMisses: [String: (Int64, DurationUnit)] = [
        "月": (1, .months), "个星期": (1, .weeks), "礼拜": (1, .weeks), "个礼拜": (1, .weeks),
        "工作天": (1, .workdays), "个工作天": (1, .workdays), "钟头": (1, .hours), "个钟头": (1, .hours),
        "小時": (1, .hours), "分": (1, .minutes), "年": (12, .months), "个年": (12, .months),
        "fortnight": (2, .weeks), "fortnights": (2, .weeks), "year": (12, .months), "years": (12, .months),
        "d": (1, .days), "w": (1, .weeks), "wk": (1, .weeks), "wks": (1, .weeks),
        "mo": (1, .months), "mos": (1, .months), "mon": (1, .months), "h": (1, .hours), "hr": (1, .hours),
        "hrs": (1, .hours), "min": (1, .minutes), "mins": (1, .minutes),
        "wd": (1, .workdays), "businessday": (1, .workdays), "businessdays": (1, .workdays),
        "workingday": (1, .workdays), "workingdays": (1, .workdays), "working_days": (1, .workdays),
        "business_days": (1, .workdays),
    ]

    /// The help line for an unknown unit `word` after the number `amount`.
    static func suggestion(for word: String, amount: String, amountValue: Int64?) -> String {
        let chinese = word.utf8.first.map { $0 >= 0x80 } ?? false
        if factor(of: word) == 12, let n = amountValue, n >= 1000 {
            // `2025年` is a year, not a duration of 2025 years.
            return "a year is written as a plain number (`year \(amount)`); a duration of years is written in months (`12个月`)"
        }
        if let (factor, unit) = nearMisses[word], let n = amountValue {
            let (scaled, overflow) = n.multipliedReportingOverflow(by: factor)
            if !overflow {
                let spelled = chinese ? "\(scaled)\(unit.chinese)" : "\(scaled) \(unit.english(scaled))"
                let note = word == "月" ? " (`月` alone is not a unit)" : ""
                return "did you mean `\(spelled)`?\(note)"
            }
        }
        if !chinese, word.unicodeScalars.count <= 20 {
            let english = bySpelling.keys.filter { $0.utf8.first.map { $0 < 0x80 } ?? false }
            let ranked = english.map { ($0, editDistance($0, word)) }
                .sorted { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 < $1.0 }
            if let (best, distance) = ranked.first, distance <= max(1, word.count / 3) {
                return "did you mean `\(amount) \(best)`?"
            }
        }
        return "the units are day(s), week(s), month(s), workday(s), hour(s), minute(s) "
            + "and 天 日 周 星期 个月 工作日 个工作日 小时 个小时 分钟; "
            + "put a space after the number if the word is not a unit"
    }

    private static func factor(of word: String) -> Int64? { nearMisses[word]?.0 }

    /// Edit distance over Unicode scalars, counting a swap of neighbours as one
    /// edit (optimal string alignment), so `dyas` is one edit from `days`. Short words only.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a.unicodeScalars)
        let y = Array(b.unicodeScalars)
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var d = Array(repeating: Array(repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
                }
            }
        }
        return d[x.count][y.count]
    }
}
