// The human (rustc-style) renderer: caret placement by display width (CJK, tabs),
// zero-length and multi-line spans, labels, gutters, notes, colour.

import Testing
@testable import ConsultPlan

@Suite("Human diagnostic rendering")
struct DiagnosticRendererTests {
    @Test func caretUnderASCIISpanWithLabelNoteAndHelp() {
        var s = TestSources()
        let f = s.add("plan.cplan", "plan \"P\" {\n  year 2025\n}\nmeeting m {\n  form plenery\n}\n")
        let span = s.span("plenery", in: f)
        let d = Diagnostic(
            DiagnosticCode("CP0301"), "unknown form `plenery`", at: span, severity: .error,
            labels: [DiagnosticLabel(span, "unknown form")],
            notes: ["the forms are plenary, standing, topic, …"], help: "did you mean `plenary`?")
        let expected = """
            error[CP0301]: unknown form `plenery`
             --> plan.cplan:5:8
              |
            5 |   form plenery
              |        ^^^^^^^ unknown form
              |
              = note: the forms are plenary, standing, topic, …
              = help: did you mean `plenary`?

            """
        #expect(DiagnosticRenderer(sources: s.map).render(d) == expected)
    }

    @Test func caretsUnderChineseTextUseDisplayWidth() {
        var s = TestSources()
        let f = s.add("zh.cplan", "会议 m {\n  形式 全体会议\n}\n")
        let d = Diagnostic(DiagnosticCode("CP0301"), "unknown form `全体会议`", at: s.span("全体会议", in: f), severity: .warning)
        // Column 6 counts scalars; the carets start after 7 display columns and span 8.
        let expected = """
            warning[CP0301]: unknown form `全体会议`
             --> zh.cplan:2:6
              |
            2 |   形式 全体会议
              |        ^^^^^^^^

            """
        #expect(DiagnosticRenderer(sources: s.map).render(d) == expected)
    }

    @Test func fullwidthPunctuationAndMixedText() {
        var s = TestSources()
        let f = s.add("a.cplan", "title \"春季，协商\"，x\n")
        // The full-width comma after the string (display width 2) is the culprit.
        let d = Diagnostic(DiagnosticCode("CP0110"), "full-width `，`", at: s.span("，", in: f, occurrence: 2), severity: .warning,
                           labels: [DiagnosticLabel(s.span("，", in: f, occurrence: 2), "write `,`")])
        let expected = """
            warning[CP0110]: full-width `，`
             --> a.cplan:1:14
              |
            1 | title "春季，协商"，x
              |                   ^^ write `,`

            """
        #expect(DiagnosticRenderer(sources: s.map).render(d) == expected)
    }

    @Test func tabsExpandInSourceAndCaretLines() {
        var s = TestSources()
        let f = s.add("t.cplan", "\tform\tplenery\n")
        let d = Diagnostic(DiagnosticCode("CP0301"), "unknown form", at: s.span("plenery", in: f), severity: .error)
        let expected = """
            error[CP0301]: unknown form
             --> t.cplan:1:7
              |
            1 |     form    plenery
              |             ^^^^^^^

            """
        #expect(DiagnosticRenderer(sources: s.map).render(d) == expected)
    }

    @Test func zeroLengthSpanGetsOneCaret() {
        var s = TestSources()
        let f = s.add("z.cplan", "meeting m {\n  form plenary\n")
        // Points at the end of line 1 (just after `{`), where a `}` is missing.
        let brace = s.span("{", in: f)
        let d = Diagnostic(DiagnosticCode("CP0201"), "expected `}` to close `meeting` block",
                           at: .point(f, brace.end), severity: .error,
                           labels: [DiagnosticLabel(.point(f, brace.end), "block opened here is never closed")])
        let expected = """
            error[CP0201]: expected `}` to close `meeting` block
             --> z.cplan:1:12
              |
            1 | meeting m {
              |            ^ block opened here is never closed

            """
        #expect(DiagnosticRenderer(sources: s.map).render(d) == expected)
    }

    @Test func zeroLengthSpanAtEndOfFile() {
        var s = TestSources()
        let f = s.add("e.cplan", "plan \"P\" {")
        let d = Diagnostic(DiagnosticCode("CP0201"), "unexpected end of file", at: .point(f, 10), severity: .error)
        let expected = """
            error[CP0201]: unexpected end of file
             --> e.cplan:1:11
              |
            1 | plan "P" {
              |           ^

            """
        #expect(DiagnosticRenderer(sources: s.map).render(d) == expected)
    }

    @Test func multiLineSpanIsClippedToItsFirstLine() {
        var s = TestSources()
        let text = "meeting m {\n  form plenary\n}\n"
        let f = s.add("m.cplan", text)
        let d = Diagnostic(DiagnosticCode("CP0601"), "meeting without a date", at: Span(file: f, start: 0, end: text.utf8.count - 1), severity: .warning)
        let expected = """
            warning[CP0601]: meeting without a date
             --> m.cplan:1:1
              |
            1 | meeting m {
              | ^^^^^^^^^^^

            """
        #expect(DiagnosticRenderer(sources: s.map).render(d) == expected)
    }

    @Test func secondaryLabelOnTheSameLineHangsBelow() {
        var s = TestSources()
        let f = s.add("d.cplan", "meeting a {} meeting a {}\n")
        let first = s.span("a", in: f, occurrence: 1)
        let second = s.span("a", in: f, occurrence: 2)
        let d = Diagnostic(DiagnosticCode("CP0302"), "duplicate ID `a`", at: second, severity: .error,
                           labels: [DiagnosticLabel(second, "declared again"), DiagnosticLabel(first, "first declared here")])
        let expected = """
            error[CP0302]: duplicate ID `a`
             --> d.cplan:1:22
              |
            1 | meeting a {} meeting a {}
              |         -            ^ declared again
              |         |
              |         first declared here

            """
        #expect(DiagnosticRenderer(sources: s.map).render(d) == expected)
    }

    @Test func labelsOnOtherLinesAndWiderGutter() {
        var s = TestSources()
        var text = ""
        for i in 1...12 { text += i == 2 ? "meeting a {}\n" : i == 11 ? "meeting a {}\n" : "// line \(i)\n" }
        let f = s.add("g.cplan", text)
        let first = s.span("a", in: f, occurrence: 1)
        let second = s.span("meeting a", in: f, occurrence: 2)
        let again = Span(file: f, start: second.start + 8, end: second.start + 9)
        let d = Diagnostic(DiagnosticCode("CP0302"), "duplicate ID `a`", at: again, severity: .error,
                           labels: [DiagnosticLabel(first, "first declared here")])
        let expected = """
            error[CP0302]: duplicate ID `a`
              --> g.cplan:11:9
               |
             2 | meeting a {}
               |         - first declared here
            ...
            11 | meeting a {}
               |         ^

            """
        #expect(DiagnosticRenderer(sources: s.map).render(d) == expected)
    }

    @Test func oneLineGapIsShownNotElided() {
        var s = TestSources()
        let f = s.add("h.cplan", "let a = 1\nlet b = 2\nlet a = 3\n")
        let d = Diagnostic(DiagnosticCode("CP0302"), "`a` is already bound", at: s.span("a", in: f, occurrence: 2), severity: .error,
                           labels: [DiagnosticLabel(s.span("a", in: f, occurrence: 1), "bound here")])
        let expected = """
            error[CP0302]: `a` is already bound
             --> h.cplan:3:5
              |
            1 | let a = 1
              |     - bound here
            2 | let b = 2
            3 | let a = 3
              |     ^

            """
        #expect(DiagnosticRenderer(sources: s.map).render(d) == expected)
    }

    @Test func labelInAnotherFileGetsItsOwnSnippet() {
        var s = TestSources()
        let main = s.add("main.cplan", "include \"common.cplan\"\nmember li \"李\"\n")
        let common = s.add("common.cplan", "member li \"李四\"\n")
        let d = Diagnostic(DiagnosticCode("CP0302"), "duplicate ID `li`", at: s.span("li", in: main), severity: .error,
                           labels: [DiagnosticLabel(s.span("li", in: common), "first declared here")])
        let expected = """
            error[CP0302]: duplicate ID `li`
             --> main.cplan:2:8
              |
            2 | member li "李"
              |        ^^
             ::: common.cplan:1:8
              |
            1 | member li "李四"
              |        -- first declared here

            """
        #expect(DiagnosticRenderer(sources: s.map).render(d) == expected)
    }

    @Test func spanNoneRendersWithoutSnippet() {
        let d = Diagnostic(DiagnosticCode("CP0605"), "no plenary meeting in the plan", at: .none, severity: .warning,
                           notes: ["a plan normally has one"], help: "add a `plenary` meeting")
        let expected = """
            warning[CP0605]: no plenary meeting in the plan
             = note: a plan normally has one
             = help: add a `plenary` meeting

            """
        #expect(DiagnosticRenderer(sources: SourceMap()).render(d) == expected)
    }

    @Test func multiLineNotesAlign() {
        let d = Diagnostic(DiagnosticCode("CP0605"), "m", at: .none, severity: .note, notes: ["one\ntwo"])
        #expect(DiagnosticRenderer(sources: SourceMap()).render(d) == "note[CP0605]: m\n = note: one\n         two\n")
    }

    @Test func controlCharactersAreMadeVisible() {
        var s = TestSources()
        let f = s.add("c.cplan", "x\u{1B}[31m y\n")
        let d = Diagnostic(DiagnosticCode("CP0101"), "bad character", at: s.span("\u{1B}", in: f), severity: .error)
        let out = DiagnosticRenderer(sources: s.map).render(d)
        #expect(!out.contains("\u{1B}"))
        #expect(out.contains("1 | x\u{241B}[31m y\n  |  ^\n"))
    }

    @Test func invalidUTF8IsReplacedAndCaretStillAligned() {
        var m = SourceMap()
        let f = m.add(SourceFile(name: "b.cplan", bytes: Array("ab".utf8) + [0xFF, 0xFE] + Array("cd".utf8)))
        let d = Diagnostic(DiagnosticCode("CP0102"), "invalid UTF-8", at: Span(file: f, start: 3, end: 4), severity: .error)
        let out = DiagnosticRenderer(sources: m).render(d)
        #expect(out.contains("1 | ab\u{FFFD}\u{FFFD}cd\n  |    ^\n"))
        #expect(out.contains("--> b.cplan:1:4"))
    }

    @Test func veryLongLinesAreCutAroundTheSpan() {
        var s = TestSources()
        let f = s.add("long.cplan", String(repeating: "x", count: 500) + "中BAD" + String(repeating: "y", count: 5000) + "\n")
        let d = Diagnostic(DiagnosticCode("CP0101"), "bad", at: s.span("BAD", in: f), severity: .error)
        let out = DiagnosticRenderer(sources: s.map).render(d)
        let lines = out.split(separator: "\n").map(String.init)
        let source = try? #require(lines.first { $0.hasPrefix("1 | ") })
        let carets = try? #require(lines.first { $0.contains("^") })
        guard let source, let carets else { return }
        #expect(source.hasPrefix("1 | …x"))
        #expect(source.hasSuffix("y…"))
        #expect(DisplayWidth.of(source) <= 4 + DiagnosticRenderer.maxLineWidth + 2)
        // The carets sit under `BAD` when both lines are measured in display columns.
        let before = source[..<(source.range(of: "BAD")?.lowerBound ?? source.endIndex)]
        #expect(carets == "  | " + String(repeating: " ", count: DisplayWidth.of(before) - 4) + "^^^")
        #expect(out.contains("--> long.cplan:1:502"))
    }

    @Test func colourOnlyWhenAsked() {
        var s = TestSources()
        let f = s.add("p.cplan", "form plenery\n")
        let d = Diagnostic(DiagnosticCode("CP0301"), "unknown form", at: s.span("plenery", in: f), severity: .error)
        let plain = DiagnosticRenderer(sources: s.map, color: false).render(d)
        let coloured = DiagnosticRenderer(sources: s.map, color: true).render(d)
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[1;31merror[CP0301]\u{1B}[0m"))
        #expect(coloured.contains("\u{1B}[1;31m^^^^^^^\u{1B}[0m"))
        // Stripping the escapes gives the plain rendering back.
        #expect(stripANSI(coloured) == plain)
    }

    @Test func severalDiagnosticsAreSeparatedByBlankLines() {
        let a = Diagnostic(DiagnosticCode("CP0605"), "first", at: .none, severity: .warning)
        let b = Diagnostic(DiagnosticCode("CP0606"), "second", at: .none, severity: .error)
        #expect(DiagnosticRenderer(sources: SourceMap()).render([a, b]) == "warning[CP0605]: first\n\nerror[CP0606]: second\n")
    }

    private func stripANSI(_ s: String) -> String {
        var out = ""
        var it = s.unicodeScalars.makeIterator()
        while let c = it.next() {
            if c == "\u{1B}" {
                while let n = it.next(), n != "m" {}
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
