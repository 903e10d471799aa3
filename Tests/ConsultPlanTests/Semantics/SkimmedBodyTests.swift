// Without kept syntax trees (what the cplan subcommands use), the bodies of top-level
// meetings are skimmed and parsed when each meeting is built (Parser+DeferredBodies.swift).
// The plan and every diagnostic must be what a full parse gives, on any input: bodies
// that skimming declines, bodies with errors (the file is evaluated again in full), and
// everything in between.
import Foundation
import Testing
@testable import ConsultPlan

private let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

@Suite("Skimmed meeting bodies")
struct SkimmedBodyTests {
    private func evaluate(
        _ text: String, keeps: Bool, limits: Limits = Limits(), files: [String: String] = [:]
    ) -> EvaluationResult {
        var configuration = Engine.Configuration(
            today: Day("2025-06-01") ?? .minimum, includeLoader: MemoryLoader(files: files))
        configuration.limits = limits
        configuration.keepsSyntaxTrees = keeps
        return Engine(configuration: configuration).evaluate(source: text, name: "main.cplan")
    }

    /// Evaluates `text` with trees kept (bodies parsed with the file) and without
    /// (bodies skimmed), and expects the same plan and diagnostics.
    private func expectSame(
        _ text: String, limits: Limits = Limits(), files: [String: String] = [:],
        sourceLocation: Testing.SourceLocation = #_sourceLocation
    ) {
        let full = evaluate(text, keeps: true, limits: limits, files: files)
        let skimmed = evaluate(text, keeps: false, limits: limits, files: files)
        #expect(full.diagnostics == skimmed.diagnostics, sourceLocation: sourceLocation)
        #expect(full.plan?.meetings == skimmed.plan?.meetings, sourceLocation: sourceLocation)
        #expect(full.plan?.series == skimmed.plan?.series, sourceLocation: sourceLocation)
        #expect(full.plan?.approval == skimmed.plan?.approval, sourceLocation: sourceLocation)
        #expect((full.plan == nil) == (skimmed.plan == nil), sourceLocation: sourceLocation)
    }

    /// How many meeting bodies a skimming parse of `text` skimmed.
    private func skimmedCount(_ text: String) -> Int {
        Parser.parse(
            SourceFile(name: "t.cplan", text: text), id: FileID(0), mode: .file, limits: Limits(), keepTokens: false,
            skimmingMeetingBodies: true
        ).skimmedBodies
    }

    private let header = """
        plan "测试市政协2025年度协商工作计划" { year 2025 }
        committee social "社会和法制委员会"
        department housing "住建局"
        member zhang "张委员" { committee social }
        member li "李委员" { committee social }

        """

    @Test("every fixture, fuzz seed and example evaluates the same")
    func corpus() throws {
        let folders = ["Tests/ConsultPlanTests/Fixtures", "Tests/Fuzz/corpus/FuzzEvaluate", "examples"]
        var files = 0
        for folder in folders {
            let root = repositoryRoot.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(atPath: root.path) else { continue }
            for case let path as String in walker where path.hasSuffix(".cplan") {
                guard let text = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) else { continue }
                expectSame(text)
                files += 1
            }
        }
        #expect(files > 100)
    }

    @Test("a plain plan's meeting bodies are skimmed, and parse as the file's parse did")
    func skimsAndParsesTheSame() throws {
        let text = header + """
            meeting a "甲" {
              form symposium
              date 2025-03-04 14:30..17:00
              participants zhang, li   // 两位
              prepare "调研报告" due 10 days before
              feedback housing within 1 month
            }
            meeting b "乙" { date 2025-03-05 }
            会议 c "丙" {
              形式 专题协商会
              日期 2025-03-06
            }
            meeting d { date 2025-03-07 }
            """
        let file = SourceFile(name: "t.cplan", text: text)
        let full = Parser.parse(file, id: FileID(0), mode: .file, limits: Limits())
        let skimmed = Parser.parse(
            file, id: FileID(0), mode: .file, limits: Limits(), keepTokens: false, skimmingMeetingBodies: true)
        #expect(skimmed.skimmedBodies == 4)
        #expect(skimmed.diagnostics == full.diagnostics)
        var reuse = SkimmedBodyParsing()
        var compared = 0
        for (f, s) in zip(full.program.statements, skimmed.program.statements) {
            guard case .declaration(let fd) = f.kind, case .declaration(let sd) = s.kind, fd.kind == .meeting else { continue }
            #expect(sd.attributes.isEmpty && sd.deferredBodyStart >= 0)
            #expect(sd.span == fd.span && sd.name == fd.name && sd.title == fd.title)
            let body = try #require(Parser.parseSkimmedBody(of: sd, in: file, id: FileID(0), limits: Limits(), reuse: &reuse))
            #expect(body.attributes == fd.attributes)
            compared += 1
        }
        #expect(compared == 4)
        expectSame(text)
    }

    @Test("bodies skimming declines are parsed with the file")
    func declined() {
        for body in [
            "topic x { }",  // a nested brace
            "topic \"\"\"\n  多行\n  \"\"\"",  // a multi-line string
            "topic \"第\\(1)次\"",  // interpolation in a string
            "date 2025-03-04 ｝",  // a full-width brace
        ] {
            let text = "meeting a \"甲\" {\n  \(body)\n}\n"
            #expect(skimmedCount(text) == 0, "\(body)")
            expectSame(header + text + "\nmeeting b \"乙\" { date 2025-03-05 }\n")
        }
        // `{` on the next line, a full-width `｛`, a meeting inside a loop: not skimmed either.
        #expect(skimmedCount("meeting a \"甲\"\n{ date 2025-03-04 }") == 0)
        #expect(skimmedCount("meeting a \"甲\" ｛ date 2025-03-04 }") == 0)
        // A block comment right before the `}` (whether a line end came since the last token is in it).
        #expect(skimmedCount("meeting a \"甲\" { date 2025-03-04 /* 注释\n */ }") == 0)
        expectSame(header + "meeting a \"甲\" { date 2025-03-04 /* 注释\n */ }\nmeeting b \"乙\" { date 2025-03-05 /**/ }")
        #expect(skimmedCount("for i in 1..2 { meeting m_\\(i) \"甲\" { date 2025-03-04 } }") == 0)
    }

    @Test("what a skim steps over: strings, comments, full-width text and directives")
    func steppedOver() {
        let cases = [
            // Braces inside strings and comments.
            "meeting a \"甲}\" { topic \"含}的\\\"{题\" // } 注释\n date 2025-03-04 /* { /* } */ */ form symposium\n}",
            "meeting a “弯}引号” { topic “有}括号\"的” date 2025-03-04 }",
            // Full-width punctuation and digits inside a body (warnings, runs kept apart).
            "meeting a \"甲\" {\n  participants zhang，li\n  date ２０２５-03-04\n}",
            "meeting a \"甲\" {\u{3000}date 2025-03-04\u{3000}}",
            // An allow directive inside a body, for an overlap the rules find.
            "meeting a \"甲\" {\n  // cplan: allow overlap — 同一批委员分两场\n  date 2025-03-04 09:00..10:00\n  participants zhang\n}\n"
                + "meeting b \"乙\" { date 2025-03-04 09:30..10:30 participants zhang }",
            // CRLF and CR line ends.
            "meeting a \"甲\" {\r\n  date 2025-03-04\r\n  form symposium\r\n}\r\nmeeting b \"乙\" {\r  date 2025-03-05\r}\r",
            // A duplicate ID: the second body is never built, its warnings still count.
            "meeting a \"甲\" { date 2025-03-04 }\nmeeting a \"乙\" { date ２０２５-03-05 }",
            // A body read in phase 1 by a provisional build, then used.
            "meeting a \"甲\" { date 2025-03-04 }\nlet day = a.date\nmeeting b \"乙\" { date 2025-03-05 after a }\nrequire count(meetings) == 2",
            // A generated ID at top level, records and `after`.
            "let n = 3\nmeeting m_\\(n) \"甲\" { date 2025-03-04 }\nrecord m_3 { held 2025-03-04 }\nmeeting z \"乙\" { date 2025-03-09 after m_3 }",
            // An empty body, bodies sharing a line, `;` between attributes.
            "meeting a \"甲\" { }\nmeeting b \"乙\" { date 2025-03-05; form symposium }; meeting c \"丙\" { date 2025-03-06 }",
            // Semantic errors inside bodies.
            "meeting a \"甲\" { date 2025-13-04 lead nobody participants zhang, ghost }",
        ]
        for text in cases {
            #expect(skimmedCount(text) > 0, "\(text)")
            expectSame(header + text)
        }
    }

    @Test("a body parsed deep in the evaluator: the stack stays what a full parse needs")
    func deepBuilds() {
        // Each meeting is dated by the next one's start, so building the first builds all
        // 100 inside each other; the last body nests 250 levels. Parsed at the bottom of that
        // chain, the body would need both stacks at once: past the budget, the file is
        // evaluated with every body parsed up front. On the parser tests' small thread stack.
        // Without the budget this overflows from 80 meetings on, in a debug build; from 160
        // on, the full evaluation itself no longer fits this 4 MiB (the main thread's 8 MiB
        // holds the build limit of 256).
        let deep = String(repeating: "(", count: 250) + "2025-03-04" + String(repeating: ")", count: 250)
        let length = 100
        var text = header
        for i in 0..<length {
            text += i == length - 1
                ? "meeting m\(i) \"末\" { date \(deep) }\n" : "meeting m\(i) \"链\" { date m\(i + 1).start }\n"
        }
        let plan = text
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var results: (EvaluationResult, EvaluationResult)?
        let thread = Thread {
            results = (evaluate(plan, keeps: true), evaluate(plan, keeps: false))
            done.signal()
        }
        thread.stackSize = smallStackSize
        thread.start()
        done.wait()
        #expect(results?.0.diagnostics == results?.1.diagnostics)
        #expect(results?.0.plan?.meetings == results?.1.plan?.meetings)
        #expect(results?.1.plan?.meetings.count == length)
    }

    @Test("included files' meeting bodies are skimmed too")
    func includes() {
        let part = "meeting p \"引入\" {\n  // cplan: allow overlap — 同场\n  date 2025-03-04 09:00..10:00\n  participants zhang，li\n}\n"
            + "meeting q \"引入二\" { date 2025-03-04 09:30..10:30 participants zhang }\n"
        #expect(skimmedCount(part) == 2)
        expectSame(header + "include \"part.cplan\"\nmeeting a \"甲\" { date 2025-03-05 }", files: ["part.cplan": part])
        // An error in an included file's body (reported with the file's other diagnostics),
        // in its skimmed part and outside it.
        for broken in [
            part + "meeting r \"坏\" { date 2025-03-06 form }\n",
            part + "let x = (1 +\n",
            "meeting r \"坏\" { date 2025-03-06 form }\n" + part,
        ] {
            expectSame(header + "include \"part.cplan\"\nmeeting a \"甲\" { date 2025-03-05 }", files: ["part.cplan": broken])
        }
        // Included twice, and including the main file back.
        expectSame(
            header + "include \"part.cplan\"\ninclude \"part.cplan\"\ninclude \"main.cplan\"",
            files: ["part.cplan": part, "main.cplan": header])
    }

    @Test("errors in skimmed bodies: the file is evaluated again in full")
    func errors() {
        for text in [
            "meeting a \"甲\" { date 2025-03-04 form }\nmeeting b \"乙\" { date 2025-03-05 }",
            "meeting a \"甲\" { date 2025-03-04 participants zhang, }\nmeeting b \"乙\" { date 2025-03-05 ) }",
            "meeting a \"甲\" { date 2025-03-04\nmeeting b \"乙\" { date 2025-03-05 }",  // missing `}`
            "meeting a \"甲\" { date 2025-03-04 ",  // unclosed at the end
            "meeting a \"甲\" { date 2025-03-04 \u{7} }",  // a control character
            "meeting a \"甲\" { topic \"\u{FF}\" date 2025-03-04 }",
            "meeting a \"甲\" { date 2025-03-04 }\nlet x = (1 +\nmeeting b \"乙\" { date 2025-03-05 }",  // outside a body
        ] {
            expectSame(header + text)
        }
        // A line over the limit inside a body.
        var short = Limits()
        short.maxLineBytes = 120
        expectSame(header + "meeting a \"甲\" {\n  topic \"" + String(repeating: "长", count: 60) + "\" }\n", limits: short)
        // More warnings than the diagnostic cap, spread over skimmed bodies.
        var capped = Limits()
        capped.maxDiagnostics = 5
        let many = (0..<12).map { "meeting m\($0) \"议题\" { participants zhang，li date 2025-03-0\($0 % 9 + 1) }" }
        expectSame(header + many.joined(separator: "\n"), limits: capped)
    }
}
