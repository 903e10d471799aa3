// The syntax tree's compact storage (keywords as spelling indexes, tasks and feedback
// in small boxes) gives back exactly what was stored, however it was built or changed.
import Testing
@testable import ConsultPlan

@Suite struct CompactTreeTests {
    private let file = FileID(0)
    private func span(_ a: Int, _ b: Int) -> Span { Span(file: file, start: a, end: b) }

    /// A parsed task and feedback read back as the public cases, with their words' spellings and spans.
    @Test func parsedTaskAndFeedbackReadBack() throws {
        let text = """
            meeting m "t" {
              prepare "调研报告" due 10 days before
              follow_up "纪要" 截止 5 workdays after
              feedback d within 1 month
              feedback e 期限 2 months from report
              prepare "x" by econ due 2025-03-01
            }
            """
        let result = Parser.parse(SourceFile(name: "t.cplan", text: text), id: file)
        guard case .declaration(let d) = result.program.statements.first?.kind else {
            Issue.record("no declaration")
            return
        }
        let bytes = Array(text.utf8)
        func source(_ w: Word) -> String { String(decoding: bytes[w.span.start..<w.span.end], as: UTF8.self) }
        guard case .task(let title, nil, nil, let dueWord, .relative(let duration, let direction)) = d.attributes[0].value else {
            Issue.record("task 1: \(d.attributes[0].value)")
            return
        }
        #expect(title.kind == .string(StringLiteral(segments: [.text("调研报告")])))
        #expect(dueWord.text == "due" && source(dueWord) == "due")
        #expect(direction.text == "before" && source(direction) == "before")
        #expect(String(decoding: bytes[duration.span.start..<duration.span.end], as: UTF8.self) == "10 days")
        if case .task(_, _, _, let w, .relative(_, let dir)) = d.attributes[1].value {
            #expect(w.text == source(w) && dir.text == source(dir))
        } else {
            Issue.record("task 2")
        }
        if case .feedback(_, let within, _, nil) = d.attributes[2].value {
            #expect(within.text == "within" && source(within) == "within")
        } else {
            Issue.record("feedback 1")
        }
        if case .feedback(_, _, _, let from?) = d.attributes[3].value {
            #expect(from.text == "from report")
        } else {
            Issue.record("feedback 2: \(d.attributes[3].value)")
        }
        if case .task(_, let by?, _, _, .day) = d.attributes[4].value {
            #expect(by.text == "by")
        } else {
            Issue.record("task 3")
        }
    }

    /// The compact and the plain way of building an attribute give equal values, and
    /// changing the span, keyword or value keeps every other part as it was.
    @Test func compactAttributeIsTheSameValue() {
        let title = Expression(.string(StringLiteral(segments: [.text("报告")])), span(8, 16))
        let duration = Expression(.duration(Duration(10, .days)), span(21, 28))
        let task = AttributeValue.task(
            title: title, byWord: nil, by: nil, dueWord: Word("due", span(17, 20)),
            due: .relative(duration: duration, direction: Word("before", span(29, 35))))
        let keyword = Word("prepare", span(0, 7))
        let a = Attribute(name: .prepare, keyword: keyword, value: task, span: span(0, 35))
        #expect(a.value == task)
        #expect(a.keyword == keyword)
        #expect(a.span == span(0, 35))

        // Built by the parser's path from parts: equal to the above, same hash.
        let parts = TaskParts(
            title: title, byWord: nil, by: nil, dueWord: Word("due", span(17, 20)),
            due: .relative(duration: duration, direction: Word("before", span(29, 35))))
        let b = Attribute(
            name: .prepare, keyword: keyword, keywordIndex: KeywordLookup.attributeKeywords.index(of: "prepare"),
            task: parts, span: span(0, 35))
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)

        // A new span start moves nothing else.
        var moved = a
        moved.span = span(1, 40)
        #expect(moved.value == task && moved.keyword == keyword && moved.span == span(1, 40))
        moved.span = span(0, 35)
        #expect(moved == a)

        // A keyword that is not a known spelling, then a value that has no compact form.
        var other = a
        other.keyword = Word("準備", span(0, 6))
        #expect(other.value == task && other.keyword == Word("準備", span(0, 6)))
        let flag = AttributeValue.flag
        other.value = flag
        #expect(other.value == flag)
        other.keyword = keyword
        other.value = task
        #expect(other == a)

        // A word in another file or with an unknown spelling stays as written.
        let foreign = AttributeValue.feedback(
            department: title, withinWord: Word("inside", span(3, 9)), within: duration, fromReport: nil)
        let f = Attribute(name: .feedback, keyword: Word("feedback", span(0, 8)), value: foreign, span: span(0, 30))
        #expect(f.value == foreign)
        let elsewhere = AttributeValue.feedback(
            department: title, withinWord: Word("within", Span(file: FileID(3), start: 3, end: 9)), within: duration,
            fromReport: nil)
        let g = Attribute(name: .feedback, keyword: Word("feedback", span(0, 8)), value: elsewhere, span: span(0, 30))
        #expect(g.value == elsewhere)
    }

    /// A timed date is kept compactly and reads back; an untimed one or one with a
    /// computed time is kept as it is.
    @Test func compactDateReadsBack() throws {
        let day = Expression(.day(try #require(Day(year: 2025, month: 1, day: 20))), span(5, 15))
        let start = Expression(.time(try #require(TimeOfDay(hour: 9, minute: 0))), span(16, 21))
        let end = Expression(.time(try #require(TimeOfDay(hour: 10, minute: 30))), span(23, 28))
        let keyword = Word("date", span(0, 4))
        let timed = AttributeValue.date(day: day, times: (start, end))
        let a = Attribute(name: .date, keyword: keyword, value: timed, span: span(0, 28))
        #expect(a.value == timed && a.keyword == keyword)
        let b = Attribute(
            name: .date, keyword: keyword, keywordIndex: KeywordLookup.attributeKeywords.index(of: "date"), day: day,
            times: (start, end), span: span(0, 28))
        #expect(a == b && a.hashValue == b.hashValue)
        let computed = AttributeValue.date(day: day, times: (Expression(.name("t"), span(16, 17)), end))
        #expect(Attribute(name: .date, keyword: keyword, value: computed, span: span(0, 28)).value == computed)
        let untimed = AttributeValue.date(day: day, times: nil)
        #expect(Attribute(name: .date, keyword: keyword, value: untimed, span: span(0, 28)).value == untimed)
    }

    /// The evaluator's views of a date, task or feedback (which skip building the boxed
    /// case) give exactly the parts of ``Attribute/value``, for every way one is stored.
    @Test func viewsAgreeWithValue() throws {
        let text = """
            meeting m "t" {
              date 2025-01-20 09:00..10:30
              date 2025-01-21
              date 2025-01-22 t..10:30
              prepare "调研报告" due 10 days before
              prepare "x" by econ due 2025-03-01
              follow_up "纪要" 截止 5 workdays after
              feedback d within 1 month
              feedback e 期限 2 months from report
              form symposium
            }
            """
        let result = Parser.parse(SourceFile(name: "t.cplan", text: text), id: file)
        guard case .declaration(let d) = result.program.statements.first?.kind else {
            Issue.record("no declaration")
            return
        }
        var attributes = d.attributes
        // The same values stored with a keyword that is not a known spelling (the boxed-keyword form).
        for a in d.attributes {
            var b = a
            b.keyword = Word("另写", a.keyword.span)
            attributes.append(b)
        }
        #expect(attributes.count == 18)
        for a in attributes {
            switch a.value {
            case .date(let day, let times):
                let parts = try #require(a.dateParts)
                #expect(parts.day == day && parts.times?.start == times?.start && parts.times?.end == times?.end)
            case .task(let title, _, let by, _, let due):
                let parts = try #require(a.taskParts)
                #expect(parts.title == title && parts.by == by && parts.due == due)
                #expect(a.dateParts == nil && a.feedbackParts == nil)
            case .feedback(let department, _, let within, let fromReport):
                let parts = try #require(a.feedbackParts)
                #expect(parts.department == department && parts.within == within && parts.fromReport == fromReport)
            default:
                #expect(a.dateParts == nil && a.taskParts == nil && a.feedbackParts == nil)
            }
        }
    }

    /// A declaration's keyword is kept compactly and survives span changes.
    @Test func declarationKeywordReadsBack() {
        var d = Declaration(kind: .meeting, keyword: Word("会议", span(0, 6)), span: span(0, 20))
        #expect(d.keyword == Word("会议", span(0, 6)))
        d.span = span(2, 30)
        #expect(d.keyword == Word("会议", span(0, 6)) && d.span == span(2, 30))
        d.span = span(0, 20)
        #expect(d == Declaration(kind: .meeting, keyword: Word("会议", span(0, 6)), span: span(0, 20)))
        d.span = span(2, 30)
        d.keyword = Word("meeting", span(2, 9))
        #expect(d.keyword == Word("meeting", span(2, 9)))
        d.target = Expression(.name("x"), span(10, 11))
        d.keyword = Word("gathering", span(2, 11))
        #expect(d.keyword == Word("gathering", span(2, 11)) && d.target == Expression(.name("x"), span(10, 11)))
        d.keyword = Word("meeting", span(2, 9))
        d.target = nil
        #expect(d == Declaration(kind: .meeting, keyword: Word("meeting", span(2, 9)), span: span(2, 30)))
    }
}
