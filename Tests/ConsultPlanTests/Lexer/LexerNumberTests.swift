// Numbers, percentages, durations, days, months, quarters and times: token
// kinds, values, and the diagnostics with their help text.
import Testing
@testable import ConsultPlan

@Suite struct LexerNumberTests {
    @Test func integersDecimalsPercentages() {
        #expect(dumps("42 0 007 3.5 0.25 20% 2.5%") == [
            "int 42 =42", "int 0 =0", "int 007 =7", "decimal 3.5 =3.5", "decimal 0.25 =0.25",
            "percent 20% =20%", "percent 2.5% =2.5%",
        ])
        #expect(lex("9223372036854775807").tokens.first?.value == .integer(Int64.max))
    }

    @Test func dotIsADecimalPointOnlyBetweenDigits() {
        #expect(dumps("1..5") == ["int 1 =1", "punct ..", "int 5 =5"])
        #expect(dumps("forum.1") == ["ident forum", "punct .", "int 1 =1"])
        #expect(dumps("1.") == ["int 1 =1", "punct ."])
        #expect(dumps(".5") == ["punct .", "int 5 =5"])
        #expect(dumps("1.5.2") == ["decimal 1.5 =1.5", "punct .", "int 2 =2"])
    }

    @Test func integerOverflowIsAnErrorNotAWrap() {
        let s = lex("9223372036854775808")
        #expect(codes(s) == ["CP0115"])
        #expect(kinds(s) == [.invalid])
        #expect(codes(lex("99999999999999999999 days")) == ["CP0115"])
        #expect(codes(lex("0.1234567890123456789")) == ["CP0115"])
        #expect(codes(lex("99999999999999999999%")) == ["CP0115"])
    }

    @Test func daysMonthsQuarters() {
        #expect(dumps("2025-04-22 2025-04 2025-Q2 2024-02-29") == [
            "day 2025-04-22 =2025-04-22", "month 2025-04 =2025-04", "quarter 2025-Q2 =2025-Q2",
            "day 2024-02-29 =2024-02-29",
        ])
        #expect(dumps("2025-01-08 .. 2025-01-11") == [
            "day 2025-01-08 =2025-01-08", "punct ..", "day 2025-01-11 =2025-01-11",
        ])
        #expect(dumps("2025-04-22..2025-04-25") == [
            "day 2025-04-22 =2025-04-22", "punct ..", "day 2025-04-25 =2025-04-25",
        ])
        // A day followed by `-` is a subtraction of whatever follows.
        #expect(dumps("2025-04-22-2025-04-01") == [
            "day 2025-04-22 =2025-04-22", "punct -", "day 2025-04-01 =2025-04-01",
        ])
    }

    @Test func subtractionWithSpacesIsNotADate() {
        #expect(dumps("2025 - 4") == ["int 2025 =2025", "punct -", "int 4 =4"])
        #expect(dumps("12025-4") == ["int 12025 =12025", "punct -", "int 4 =4"])
        #expect(dumps("202-4") == ["int 202 =202", "punct -", "int 4 =4"])
    }

    @Test func impossibleDayIsAnError() {
        let s = lex("date 2025-02-29")
        #expect(codes(s) == ["CP0111"])
        #expect(s.diagnostics.first?.message == "`2025-02-29` is not a day: February 2025 has 28 days")
        #expect(s.diagnostics.first?.help == "the last day of that month is `2025-02-28`")
        #expect(kinds(s) == [.identifier, .invalid])
        #expect(codes(lex("2025-04-31")) == ["CP0111"])
        #expect(codes(lex("0000-01-01")) == ["CP0111"])
    }

    @Test func malformedDateShowsTheCanonicalFormAndTheSubtraction() {
        let s = lex("date 2025-4-17")
        #expect(codes(s) == ["CP0110"])
        #expect(kinds(s) == [.identifier, .invalid])
        let d = s.diagnostics[0]
        #expect(d.message == "expected a day like 2025-04-17, found `2025-4-17`")
        #expect(d.help == "write `2025-04-17`, or `2025 - 4 - 17` if you meant a subtraction")
        #expect(d.span.start == 5 && d.span.end == 14)

        let m = lex("2025-4").diagnostics
        #expect(m.count == 1)
        #expect(m.first?.help == "write `2025-04`, or `2025 - 4` if you meant a subtraction")

        let q = lex("2025-Q5").diagnostics
        #expect(q.map(\.code.id) == ["CP0110"])
        #expect(q.first?.message == "malformed quarter `2025-Q5`: quarter 5 does not exist (Q1–Q4)")

        let lower = lex("2025-q2").diagnostics
        #expect(lower.first?.help == "write `2025-Q2`")

        let month13 = lex("2025-13-01")
        #expect(codes(month13) == ["CP0110"])
        #expect(month13.diagnostics.first?.message == "malformed day `2025-13-01`: month 13 does not exist (01–12)")
        #expect(kinds(month13) == [.invalid])

        let x = lex("2025-x").diagnostics
        #expect(x.first?.help == "write a day as YYYY-MM-DD, a month as YYYY-MM, a quarter as YYYY-Qn, or `2025 - x` if you meant a subtraction")

        let short = lex("2025-04-2 end")
        #expect(codes(short) == ["CP0110"])
        #expect(short.diagnostics.first?.help == "write `2025-04-02`, or `2025 - 04 - 2` if you meant a subtraction")
        #expect(kinds(short) == [.invalid, .identifier])
    }

    @Test func malformedDatePosition() {
        let r = expectDiagnostic("CP0110", at: "meeting m \"x\" {\n  date 1️⃣2025-4-17\n}")
        #expect(r?.line == 2 && r?.column == 8)
    }

    @Test func times() {
        #expect(dumps("09:00..12:00 9:30 24:00 00:00") == [
            "time 09:00 =09:00", "punct ..", "time 12:00 =12:00", "time 9:30 =09:30", "time 24:00 =24:00",
            "time 00:00 =00:00",
        ])
        #expect(dumps("2025-04-22 09:00..12:00").count == 4)
        #expect(codes(lex("9:5")) == ["CP0112"])
        #expect(codes(lex("09:300")) == ["CP0112"])
        #expect(codes(lex("25:00")) == ["CP0113"])
        #expect(codes(lex("24:30")) == ["CP0113"])
        #expect(codes(lex("12:60")) == ["CP0113"])
        // Three digits before a colon are a number and a colon.
        #expect(dumps("100:20") == ["int 100 =100", "punct :", "int 20 =20"])
    }

    @Test func durationsGluedAndSpacedInBothLanguages() {
        #expect(dumps("3 months 3months 3个月 3 个月 20个工作日 20工作日 5 workdays 1 day 15天 2日") == [
            "duration 3 months =3 months", "duration 3months =3 months", "duration 3个月 =3 months",
            "duration 3 个月 =3 months", "duration 20个工作日 =20 workdays", "duration 20工作日 =20 workdays",
            "duration 5 workdays =5 workdays", "duration 1 day =1 days", "duration 15天 =15 days",
            "duration 2日 =2 days",
        ])
        #expect(dumps("2 weeks 2周 2星期 3 hours 3小时 3个小时 45 minutes 45分钟 1 week 1 hour 1 minute 1 month 1 workday") == [
            "duration 2 weeks =2 weeks", "duration 2周 =2 weeks", "duration 2星期 =2 weeks",
            "duration 3 hours =3 hours", "duration 3小时 =3 hours", "duration 3个小时 =3 hours",
            "duration 45 minutes =45 minutes", "duration 45分钟 =45 minutes", "duration 1 week =1 weeks",
            "duration 1 hour =1 hours", "duration 1 minute =1 minutes", "duration 1 month =1 months",
            "duration 1 workday =1 workdays",
        ])
        // Tabs and the ideographic space separate too (the latter with a warning).
        #expect(dumps("3\tdays") == ["duration 3\tdays =3 days"])
        let s = lex("3\u{3000}天")
        #expect(kinds(s) == [.duration])
        #expect(codes(s) == ["CP0120"])
    }

    @Test func durationKeepsItsSpellingForInterpolation() {
        guard case .duration(let d)? = tokens("3个月").first?.value else {
            Issue.record("no duration")
            return
        }
        #expect(d.spelling == "3个月")
        #expect(d.description == "3个月")
        guard case .duration(let e)? = tokens("3 months").first?.value else { return }
        #expect(e.spelling == "3 months")
    }

    @Test func cjkUnitIsMatchedAsAPrefixAndLexingContinues() {
        #expect(dumps("3个月内") == ["duration 3个月 =3 months", "ident 内"])
        #expect(dumps("20个工作日内") == ["duration 20个工作日 =20 workdays", "ident 内"])
        #expect(dumps("2小时以上") == ["duration 2小时 =2 hours", "ident 以上"])
    }

    @Test func spacedWordThatIsNotAUnitIsTwoTokens() {
        #expect(dumps("year 2025  organization \"南宁\"") == [
            "ident year", "int 2025 =2025", "ident organization", "string \"南宁\" =[\"南宁\"]",
        ])
        // A spaced CJK word must be a whole unit: `2025 日历` is a number and a name.
        #expect(dumps("年度 2025 日历 中国") == ["ident 年度", "int 2025 =2025", "ident 日历", "ident 中国"])
        #expect(dumps("3 daysago") == ["int 3 =3", "ident daysago"])
        #expect(dumps("min_topic_consultations 4") == ["ident min_topic_consultations", "int 4 =4"])
    }

    @Test func gluedWordThatIsNotAUnitIsAnError() {
        let s = lex("within 3月")
        #expect(codes(s) == ["CP0114"])
        #expect(s.diagnostics.first?.message == "unknown unit `月` after the number 3")
        #expect(s.diagnostics.first?.help == "did you mean `3个月`? (`月` alone is not a unit)")
        #expect(kinds(s) == [.identifier, .invalid])

        let f = lex("3fortnights").diagnostics.first
        #expect(f?.code.id == "CP0114")
        #expect(f?.help == "did you mean `6 weeks`?")

        #expect(lex("3dyas").diagnostics.first?.help == "did you mean `3 days`?")
        #expect(lex("3mnths").diagnostics.first?.help == "did you mean `3 months`?")
        #expect(lex("2025年").diagnostics.first?.help?.hasPrefix("a year is written as a plain number (`year 2025`)") == true)
        #expect(lex("2年").diagnostics.first?.help == "did you mean `24个月`?")
        let far = lex("3xyzzy").diagnostics.first
        #expect(far?.help?.hasPrefix("the units are") == true)
    }

    @Test func unknownUnitPosition() {
        let r = expectDiagnostic("CP0114", at: "meeting m \"x\" {\n  feedback fgw within 1️⃣3fortnights\n}")
        #expect(r?.line == 2 && r?.column == 23)
    }

    @Test func fractionalDuration() {
        #expect(codes(lex("1.5天")) == ["CP0116"])
        #expect(codes(lex("1.5 weeks")) == ["CP0116"])
        #expect(kinds(lex("1.5 weeks")) == [.invalid])
        #expect(codes(lex("1.5x")) == ["CP0116"])
        #expect(dumps("1.5 x") == ["decimal 1.5 =1.5", "ident x"])
    }

    @Test func fullWidthDigitsFormNumbersAndDates() {
        let s = lex("２０２５－０４－２２")
        #expect(s.tokens.first.map(dump) == "day 2025-04-22 =2025-04-22")
        #expect(codes(s) == ["CP0120"])
        #expect(s.diagnostics.first?.fixIts == [FixIt(span: Span(file: FileID(0), start: 0, end: 30), replacement: "2025-04-22")])
        #expect(dumps("１．５") == ["decimal 1.5 =1.5"])
        #expect(dumps("２０％") == ["percent 20% =20%"])
        #expect(dumps("３个月") == ["duration 3个月 =3 months"])
        #expect(dumps("１４：３０") == ["time 14:30 =14:30"])
    }
}
