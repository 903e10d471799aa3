// Tests of `// cplan: allow RULE — reason` parsing and of applying severity
// overrides and directives to named diagnostics from any phase.

import Testing
@testable import ConsultPlan

/// A source file and the `//` comments in it (found by a simple scan: the
/// lexer's job, done crudely here so these tests do not depend on it).
func commentedSource(_ text: String) -> (file: SourceFile, comments: [ConsultPlan.Comment]) {
    let file = SourceFile(name: "plan.cplan", text: text)
    var comments: [ConsultPlan.Comment] = []
    let bytes = file.bytes
    var i = 0
    while i + 1 < bytes.count {
        if bytes[i] == 0x2F, bytes[i + 1] == 0x2F {
            var j = i
            while j < bytes.count, bytes[j] != 0x0A { j += 1 }
            comments.append(ConsultPlan.Comment(style: .line, text: file.text(i..<j), span: Span(file: FileID(0), start: i, end: j)))
            i = j
        } else {
            i += 1
        }
    }
    return (file, comments)
}

@Suite struct AllowDirectiveTests {
    @Test func emDashHyphenAndChineseDoubleDashAreAccepted() {
        let src = commentedSource("""
            // cplan: allow overlap — 同一批委员，已协调
            //cplan: allow day_off - field visit agreed
            // cplan: allow no_plenary —— 全会另行安排
            """)
        let parsed = DiagnosticPolicy.directives(in: src.comments, file: src.file, id: FileID(0))
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.directives.map(\.rule) == ["overlap", "day_off", "no_plenary"])
        #expect(parsed.directives.map(\.reason) == ["同一批委员，已协调", "field visit agreed", "全会另行安排"])
        #expect(parsed.directives.map(\.line) == [1, 2, 3])
        #expect(parsed.directives.first?.span == src.comments.first?.span)
    }

    @Test func aCommaListGivesOneDirectivePerRule() {
        let src = commentedSource("// cplan: allow overlap, possible_overlap — 分组出席")
        let parsed = DiagnosticPolicy.directives(in: src.comments, file: src.file, id: FileID(0))
        #expect(parsed.directives.map(\.rule) == ["overlap", "possible_overlap"])
    }

    @Test func aMissingReasonIsADiagnostic() {
        for text in ["// cplan: allow overlap", "// cplan: allow overlap —   ", "// cplan: allow overlap -"] {
            let src = commentedSource(text)
            let parsed = DiagnosticPolicy.directives(in: src.comments, file: src.file, id: FileID(0))
            #expect(parsed.directives.isEmpty)
            #expect(parsed.diagnostics.map(\.code) == [RuleCode.directiveMissingReason], "\(text)")
            #expect(parsed.diagnostics.first?.rule == nil)
            #expect(parsed.diagnostics.first?.severity == .error)
        }
    }

    @Test func anUnknownRuleIsADiagnosticAtTheName() {
        let src = commentedSource("x\n// cplan: allow overlapp — 理由")
        let parsed = DiagnosticPolicy.directives(in: src.comments, file: src.file, id: FileID(0))
        #expect(parsed.directives.isEmpty)
        #expect(parsed.diagnostics.count == 1)
        let d = parsed.diagnostics.first
        #expect(d?.code == RuleCode.directiveUnknownRule)
        #expect(d.map { src.file.text($0.span) } == "overlapp")
        #expect(d?.help == "did you mean `overlap`?")
    }

    @Test func malformedDirectives() {
        let cases = [
            ("// cplan: ignore overlap — x", "expected `allow` after `cplan:`, found `ignore`", "ignore"),
            ("// cplan: allow — x", "expected a rule name after `allow`", "—"),
            ("// cplan: allow overlap 同一批委员", "expected `—` between the rule name and the reason", ""),
        ]
        for (text, message, spanText) in cases {
            let src = commentedSource(text)
            let parsed = DiagnosticPolicy.directives(in: src.comments, file: src.file, id: FileID(0))
            #expect(parsed.directives.isEmpty)
            #expect(parsed.diagnostics.map(\.code) == [RuleCode.directiveMalformed])
            #expect(parsed.diagnostics.first?.message == message)
            #expect(parsed.diagnostics.first.map { src.file.text($0.span) } == spanText)
        }
    }

    @Test func ordinaryCommentsAndBlockCommentsAreNotDirectives() {
        var src = commentedSource("// 专题协商不少于4次\n// cplanning notes: allow overlap\n")
        src.comments.append(ConsultPlan.Comment(style: .block, text: "/* cplan: allow overlap */", span: .none))
        let parsed = DiagnosticPolicy.directives(in: src.comments, file: src.file, id: FileID(0))
        #expect(parsed.directives.isEmpty)
        #expect(parsed.diagnostics.isEmpty)
    }
}

@Suite struct DiagnosticPolicyApplyTests {
    /// Three lines: a directive on line 1, a finding on line 2, another on line 3.
    let text = "// cplan: allow day_off — 现场调研\nmeeting a { date 2025-10-02 }\nmeeting b { date 2025-10-03 }\n"

    func setup() -> (SourceMap, [AllowDirective], Span, Span) {
        let src = commentedSource(text)
        var sources = SourceMap()
        sources.add(src.file)
        let directives = DiagnosticPolicy.directives(in: src.comments, file: src.file, id: FileID(0)).directives
        let line2 = src.file.lines.starts[1], line3 = src.file.lines.starts[2]
        return (sources, directives, Span(file: FileID(0), start: line2 + 12, end: line2 + 26),
                Span(file: FileID(0), start: line3 + 12, end: line3 + 26))
    }

    @Test func aDirectiveSilencesItsRuleOnTheNextLineOnly() {
        let (sources, directives, onLine2, onLine3) = setup()
        let diagnostics = [
            Diagnostic(RuleCode.dayOff, "a", at: onLine2),
            Diagnostic(RuleCode.overlap, "other rule", at: onLine2),
            Diagnostic(RuleCode.dayOff, "b", at: onLine3),
            Diagnostic(DiagnosticCode("CP0301"), "unnamed", at: onLine2),
        ]
        let kept = DiagnosticPolicy.apply(diagnostics, policy: Policy(), directives: directives, sources: sources)
        #expect(kept.map(\.message) == ["other rule", "b", "unnamed"])
    }

    @Test func aDirectiveInAnotherFileDoesNotApply() {
        let (sources, directives, onLine2, _) = setup()
        var other = sources
        other.add(SourceFile(name: "other.cplan", text: text))
        let elsewhere = Span(file: FileID(1), start: onLine2.start, end: onLine2.end)
        let kept = DiagnosticPolicy.apply([Diagnostic(RuleCode.dayOff, "x", at: elsewhere)], policy: Policy(),
                                          directives: directives, sources: other)
        #expect(kept.count == 1)
    }

    @Test func severityOverridesOffWarningAndError() {
        let (sources, _, onLine2, _) = setup()
        var policy = Policy()
        let off: Severity? = nil
        policy.severities = ["overlap": .warning, "no_plenary": off, "day_off": .error]
        let diagnostics = [
            Diagnostic(RuleCode.overlap, "overlap", at: onLine2),
            Diagnostic(RuleCode.noPlenary, "no plenary", at: onLine2),
            Diagnostic(RuleCode.dayOff, "day off", at: onLine2),
            Diagnostic(RuleCode.possibleOverlap, "untouched", at: onLine2),
            Diagnostic(DiagnosticCode("CP0999"), "unnamed error", at: onLine2),
        ]
        let kept = DiagnosticPolicy.apply(diagnostics, policy: policy, directives: [], sources: sources)
        #expect(kept.map(\.message) == ["overlap", "day off", "untouched", "unnamed error"])
        #expect(kept.map(\.severity) == [.warning, .error, .warning, .error])
    }

    @Test func spanWithoutAFileIsKept() {
        let (sources, directives, _, _) = setup()
        let kept = DiagnosticPolicy.apply([Diagnostic(RuleCode.dayOff, "x", at: .none)], policy: Policy(),
                                          directives: directives, sources: sources)
        #expect(kept.count == 1)
    }
}

/// An allow directive that silences nothing is reported (CP0693), through the engine.
@Suite struct UnusedAllowDirectiveTests {
    static func codes(_ text: String) -> [String] {
        let today = Day(year: 2025, month: 6, day: 1) ?? .minimum
        let result = Engine(configuration: .init(today: today)).evaluate(file: SourceFile(name: "plan.cplan", text: text))
        return result.diagnostics.map(\.code.id)
    }

    static let header = """
        plan "P" { year 2025 }
        policy { min_topic_consultations 0 }
        meeting quanhui "全体会议" { form plenary  date 2025-01-13 }

        """

    @Test func aDirectiveAboveItsFindingIsUsed() {
        let codes = Self.codes(Self.header + """
            meeting m "国庆调研" {
              form symposium
              // cplan: allow day_off — 国庆期间现场调研
              date 2025-10-02
            }
            """)
        #expect(!codes.contains("CP0693") && !codes.contains("CP0604"), "\(codes)")
    }

    @Test func aDirectiveWithNothingBelowItIsReported() {
        // A working day below it, and a directive separated from its finding by a blank line.
        let codes = Self.codes(Self.header + """
            meeting m "调研" {
              form symposium
              // cplan: allow day_off — 不需要
              date 2025-10-09
            }
            meeting n "国庆调研" {
              form symposium
              // cplan: allow day_off — 隔了一行

              date 2025-10-03
            }
            """)
        #expect(codes.filter { $0 == "CP0693" }.count == 2, "\(codes)")
        #expect(codes.contains("CP0604"), "the finding the misplaced directive was meant for is still reported")
    }

    @Test func aFindingTurnedOffByPolicyStillCountsAsSilenced() {
        let codes = Self.codes("""
            plan "P" { year 2025 }
            policy {
              min_topic_consultations 0
              severity day_off off
            }
            meeting quanhui "全体会议" { form plenary  date 2025-01-13 }
            meeting m "国庆调研" {
              form symposium
              // cplan: allow day_off — 国庆期间现场调研
              date 2025-10-02
            }
            """)
        #expect(!codes.contains("CP0693"), "\(codes)")
    }

    @Test func notReportedWhenEvaluationHasErrors() {
        // An error elsewhere can hide the finding a directive is for: no CP0693 then.
        let codes = Self.codes(Self.header + """
            meeting m "调研" {
              form symposium
              lead nosuch
              // cplan: allow day_off — 不需要
              date 2025-10-09
            }
            """)
        #expect(codes.contains("CP0301") && !codes.contains("CP0693"), "\(codes)")
    }
}
