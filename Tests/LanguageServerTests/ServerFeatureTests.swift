// The server's features in-process: diagnostics, hover, completion, definition,
// references, outline, formatting, quick fixes and the lifecycle rules.

import ConsultPlan
import Foundation
import Testing
@testable import LanguageServer

private let uri = "file:///tmp/cplan-lsp-tests/plan.cplan"

@Test func sampleIsCleanAndHoverShowsComputedDeadlines() {
    var h = ServerHarness()
    let diagnostics = h.open(uri, samplePlan)
    #expect(diagnostics.isEmpty, "\(diagnostics)")
    let (line, ch) = positionOf("housing", in: samplePlan, plus: 2)
    let text = h.hover(uri, line, ch)
    #expect(text.contains("**meeting** `housing` — 老旧小区改造"))
    #expect(text.contains("date: 2025-04-22 Tuesday 周二 · working day"))
    #expect(text.contains("time: 09:00–12:00"))
    #expect(text.contains("notice: 2025-04-15 Tuesday"))
    // 30 days before 2025-04-22 is Sunday 2025-03-23: rolled back to Friday.
    #expect(text.contains("prepare \"调研报告\" by `econ`: due 2025-03-21 Friday"))
    #expect(text.contains("feedback `zjj` within 3 months: due 2025-07-22 Tuesday"))
}

@Test func hoverOnMemberListsTheirMeetings() {
    var h = ServerHarness()
    h.open(uri, samplePlan)
    let (line, ch) = positionOf("participants zhang", in: samplePlan, plus: 14)
    let text = h.hover(uri, line, ch)
    #expect(text.contains("**member** `zhang` — 张伟"))
    #expect(text.contains("committee: `econ` 经济委员会"))
    #expect(text.contains("`housing` 老旧小区改造 — 2025-04-22 09:00–12:00"))
    #expect(text.contains("`quanhui`"))  // `participants all`
    #expect(text.contains("`forum.3`"))
}

@Test func hoverOnOccurrenceAndSeries() {
    var h = ServerHarness()
    let text = samplePlan + "meeting later \"x\" {\n  form symposium\n  date 2025-05-06\n  after forum.2\n}\n"
    h.open(uri, text)
    let (line, ch) = positionOf("after forum.2", in: text, plus: 7)
    let hover = h.hover(uri, line, ch)
    #expect(hover.contains("**meeting** `forum.2`"))
    #expect(hover.contains("2025-03-20 Thursday"))
    let (sl, sc) = positionOf("series forum", in: text, plus: 8)
    let series = h.hover(uri, sl, sc)
    #expect(series.contains("3 occurrences"))
    #expect(series.contains("`forum.3` 2025-04-03"))
}

@Test func hoverOnDayLiteralNamesTheHoliday() {
    var h = ServerHarness()
    let text = samplePlan + "let labour = 2025-05-01\n"
    h.open(uri, text)
    let (line, ch) = positionOf("2025-05-01", in: text, plus: 4)
    let hover = h.hover(uri, line, ch)
    #expect(hover.contains("2025-05-01 Thursday 周四 · day off: 劳动节"))
    let (l2, c2) = positionOf("2025-04-22", in: text, plus: 1)
    #expect(h.hover(uri, l2, c2).contains("working day"))
}

@Test func hoverOnKeywordGivesBothLanguages() {
    var h = ServerHarness()
    let text = "会议 m \"x\" {\n  形式 全体会议\n}\n"
    h.open(uri, text)
    let form = h.hover(uri, 1, 3)
    #expect(form.contains("`form`"))
    #expect(form.contains("`形式`"))
    let value = h.hover(uri, 1, 7)
    #expect(value.contains("form value"))
    #expect(value.contains("`plenary`"))
    let meeting = h.hover(uri, 0, 1)
    #expect(meeting.contains("**declaration** `meeting`"))
    #expect(meeting.contains("`协商活动`"))
}

@Test func completionOffersStatementKeywordsInTheFilesLanguageFirst() {
    var h = ServerHarness()
    let chinese = "计划 \"x\" {\n  年度 2025\n}\n委员 a \"甲\"\n\n"
    h.open(uri, chinese)
    let labels = h.completionLabels(uri, 4, 0)
    #expect(labels.contains("会议") && labels.contains("meeting") && labels.contains("设"))
    if let zh = labels.firstIndex(of: "会议"), let en = labels.firstIndex(of: "meeting") { #expect(zh < en) }

    var e = ServerHarness()
    e.open(uri, "plan \"x\" {\n  year 2025\n}\n\n")
    let english = e.completionLabels(uri, 3, 0)
    if let zh = english.firstIndex(of: "会议"), let en = english.firstIndex(of: "meeting") { #expect(en < zh) }
}

@Test func completionOffersAttributesOfTheEnclosingDeclaration() {
    var h = ServerHarness()
    let text = samplePlan + "meeting m \"x\" {\n  \n}\nmember w \"王\" {\n  \n}\n"
    h.open(uri, text)
    let (ml, _) = positionOf("meeting m \"x\" {", in: text)
    let meeting = Set(h.completionLabels(uri, ml + 1, 2))
    #expect(meeting.isSuperset(of: ["form", "date", "participants", "after", "feedback", "形式", "日期"]))
    #expect(!meeting.contains("every") && !meeting.contains("year"))
    let (wl, _) = positionOf("member w", in: text)
    let member = Set(h.completionLabels(uri, wl + 1, 2))
    #expect(member.isSuperset(of: ["committee", "sector", "party", "role", "contact", "身份"]))
    #expect(!member.contains("form"))
}

@Test func completionOffersIDsOfTheRightKind() {
    var h = ServerHarness()
    // Series occurrences come from the last error-free evaluation, as while typing.
    h.open(uri, samplePlan)
    let text = samplePlan + "meeting m \"x\" {\n  lead \n  participants zhang, \n  invite \n  after \n  form \n  source \n}\n"
    h.notify("textDocument/didChange", [
        "textDocument": ["uri": .string(uri), "version": 2], "contentChanges": [["text": .string(text)]],
    ])
    let (base, _) = positionOf("meeting m \"x\" {", in: text)
    #expect(Set(h.completionLabels(uri, base + 1, 7)) == ["econ", "business"])
    let participants = Set(h.completionLabels(uri, base + 2, 22))
    #expect(participants.isSuperset(of: ["zhang", "econ", "business", "all", "全体"]))
    #expect(!participants.contains("zjj") && !participants.contains("housing"))
    #expect(Set(h.completionLabels(uri, base + 3, 9)) == ["zjj"])
    let after = Set(h.completionLabels(uri, base + 4, 8))
    #expect(after.isSuperset(of: ["quanhui", "housing", "forum.1", "forum.3"]))
    #expect(!after.contains("forum") && !after.contains("zhang"))
    let forms = h.completionLabels(uri, base + 5, 7)
    #expect(forms.prefix(2) == ["plenary", "standing_committee"])
    #expect(forms.contains("双周协商座谈会"))
    #expect(Set(h.completionLabels(uri, base + 6, 9)).isSuperset(of: ["public", "citizens", "群众出题"]))
}

@Test func noCompletionInsideStringsOrComments() {
    var h = ServerHarness()
    let text = "meeting m \"form \" { // form \n}\n"
    h.open(uri, text)
    #expect(h.completionLabels(uri, 0, 16).isEmpty)
    #expect(h.completionLabels(uri, 0, 28).isEmpty)
}

@Test func definitionAndReferences() {
    var h = ServerHarness()
    h.open(uri, samplePlan)
    let (line, ch) = positionOf("lead econ", in: samplePlan, plus: 6)
    let location = h.at("textDocument/definition", uri, line, ch)
    let (dl, dc) = positionOf("committee econ", in: samplePlan, plus: 10)
    #expect(location?["uri"] == .string(uri))
    #expect(location?["range"] == LSPRange(start: LSPPosition(line: dl, character: dc), end: LSPPosition(line: dl, character: dc + 4)).json)
    let refs = h.request("textDocument/references", [
        "textDocument": ["uri": .string(uri)], "position": LSPPosition(line: line, character: ch).json,
        "context": ["includeDeclaration": true],
    ])?["result"]?.arrayValue ?? []
    // Declaration, member's committee, lead ×2, prepare's by.
    #expect(refs.count == 5)
}

@Test func loopVariablesAreNotReferences() {
    let text = "committee x \"X\"\nfor x in [1, 2] {\n  let y = x\n}\nlet z = x\n"
    let parsed = Parser.parse(SourceFile(name: "t", text: text), id: FileID(0))
    let index = SymbolIndex(programs: [parsed.program])
    #expect(index.references(to: "x").count == 1)
}

@Test func outlineListsDeclarationsWithComputedDates() {
    var h = ServerHarness()
    h.open(uri, samplePlan)
    let symbols = h.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]])?["result"]?.arrayValue ?? []
    let names = symbols.compactMap { $0["name"]?.stringValue }
    #expect(names == ["plan Test plan 2025", "policy", "econ", "business", "zjj", "zhang", "quanhui", "housing", "forum"])
    let housing = symbols.first { $0["name"] == "housing" }
    #expect(housing?["kind"] == 24)
    #expect(housing?["detail"]?.stringValue?.contains("2025-04-22 09:00–12:00") == true)
    #expect(housing?["detail"]?.stringValue?.contains("notice 2025-04-15") == true)
    let forum = symbols.first { $0["name"] == "forum" }
    #expect(forum?["children"]?.arrayValue?.count == 3)
}

@Test func formattingReturnsOneEditOrNone() {
    var h = ServerHarness()
    let messy = "plan \"x\" {   year 2025 }\n"
    h.open(uri, messy)
    let edits = h.request("textDocument/formatting", ["textDocument": ["uri": .string(uri)], "options": [:]])?["result"]?.arrayValue
    #expect(edits?.count == 1)
    #expect(edits?.first?["newText"] == "plan \"x\" {\n  year 2025\n}\n")
    #expect(edits?.first?["range"] == LSPRange(start: LSPPosition(line: 0, character: 0), end: LSPPosition(line: 1, character: 0)).json)

    var broken = ServerHarness()
    broken.open(uri, "plan \"x\" {\n  year 2025-4-1\n}\n")
    let none = broken.request("textDocument/formatting", ["textDocument": ["uri": .string(uri)], "options": [:]])?["result"]
    #expect(none == .array([]))
}

@Test func fullWidthQuickFix() {
    var h = ServerHarness()
    let text = samplePlan + "meeting m \"x\" {\n  form symposium\n  date 2025-05-06\n  participants zhang，econ\n}\n"
    let diagnostics = h.open(uri, text)
    let warning = diagnostics.first { $0["code"] == "CP0120" }
    #expect(warning?["severity"] == 2)
    let (line, ch) = positionOf("，", in: text)
    #expect(warning?["range"] == LSPRange(start: LSPPosition(line: line, character: ch), end: LSPPosition(line: line, character: ch + 1)).json)
    let actions = h.request("textDocument/codeAction", [
        "textDocument": ["uri": .string(uri)],
        "range": LSPRange(start: LSPPosition(line: line, character: ch), end: LSPPosition(line: line, character: ch)).json,
        "context": ["diagnostics": []],
    ])?["result"]?.arrayValue ?? []
    let edit = actions.first?["edit"]?["changes"]?[uri]?.arrayValue?.first
    #expect(edit?["newText"] == ",")
}

@Test func incrementalChangeRepublishes() {
    var h = ServerHarness()
    let text = samplePlan + "meeting m \"x\" {\n  form symposium\n  date 2025-05-06\n  lead ecno\n}\n"
    let first = h.open(uri, text)
    #expect(first.map { $0["code"] } == ["CP0301"])
    let (line, ch) = positionOf("ecno", in: text)
    let out = h.notify("textDocument/didChange", [
        "textDocument": ["uri": .string(uri), "version": 2],
        "contentChanges": [[
            "range": LSPRange(start: LSPPosition(line: line, character: ch), end: LSPPosition(line: line, character: ch + 4)).json,
            "text": "econ",
        ]],
    ])
    #expect(out.first?["params"]?["diagnostics"] == .array([]))
    #expect(out.first?["params"]?["version"] == 2)
}

@Test func includesReadOpenDocumentsFirstAndStayInsideTheTree() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cplan-lsp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "committee econ \"经济委员会\"\n".write(to: folder.appendingPathComponent("sub/common.cplan"), atomically: true, encoding: .utf8)
    // The policy turns off the plan rules a plan with no meetings would trip, so only the include remains.
    let main = "include \"sub/common.cplan\"\ninclude \"../../etc/passwd\"\nplan \"x\" {\n  year 2025\n}\nmember a \"甲\" { committee econ }\npolicy { min_topic_consultations 0  severity no_plenary off }\n"
    let mainURI = folder.appendingPathComponent("main.cplan").absoluteString
    let commonURI = folder.appendingPathComponent("sub/common.cplan").absoluteString
    var h = ServerHarness()
    let diagnostics = h.open(mainURI, main)
    #expect(diagnostics.map { $0["code"] } == ["CP0527"])
    // Definition jumps into the included file.
    let location = h.at("textDocument/definition", mainURI, 5, 28)
    #expect(location?["uri"] == .string(commonURI))
    // The open, unsaved text of the included file wins over the disk.
    let out = h.notify("textDocument/didOpen", [
        "textDocument": ["uri": .string(commonURI), "languageId": "cplan", "version": 1, "text": "committee other \"x\"\n"],
    ])
    let republished = out.first { $0["params"]?["uri"] == .string(mainURI) }
    let codes = republished?["params"]?["diagnostics"]?.arrayValue?.compactMap { $0["code"]?.stringValue } ?? []
    #expect(codes.contains("CP0301"))
}

@Test func lifecycleRules() {
    var h = ServerHarness()
    #expect(h.request("initialize")?["error"]?["code"] == .integer(RPCErrorCode.invalidRequest))
    #expect(h.request("textDocument/nothing")?["error"]?["code"] == .integer(RPCErrorCode.methodNotFound))
    #expect(h.request("textDocument/hover", ["textDocument": ["uri": "file:///x"]])?["error"]?["code"] == .integer(RPCErrorCode.invalidParams))
    #expect(h.at("textDocument/hover", "file:///not-open.cplan", 0, 0) == .null)
    #expect(h.request("shutdown")?["result"] == .null)
    #expect(h.request("textDocument/hover")?["error"]?["code"] == .integer(RPCErrorCode.invalidRequest))
    h.notify("exit", .null)
    #expect(h.server.exitCode == 0)

    var early = LanguageServer(configuration: ServerConfiguration(today: .minimum))
    #expect(early.handle(["jsonrpc": "2.0", "id": 1, "method": "shutdown"]).first?["error"]?["code"] == .integer(RPCErrorCode.serverNotInitialized))
    _ = early.handle(["jsonrpc": "2.0", "method": "exit"])
    #expect(early.exitCode == 1)
}

@Test func labelsBecomeRelatedInformation() {
    var h = ServerHarness()
    let diagnostics = h.open(uri, "plan \"x\" {\n  year 2025\n}\ncommittee a \"甲\"\nsector a \"乙\"\n")
    let duplicate = diagnostics.first { $0["code"] == "CP0302" }
    #expect(duplicate?["range"] == LSPRange(start: LSPPosition(line: 4, character: 7), end: LSPPosition(line: 4, character: 8)).json)
    let related = duplicate?["relatedInformation"]?.arrayValue?.first
    #expect(related?["location"]?["uri"] == .string(uri))
    #expect(related?["location"]?["range"] == LSPRange(start: LSPPosition(line: 3, character: 10), end: LSPPosition(line: 3, character: 11)).json)
    #expect(related?["message"] == "first declared here")
    #expect(duplicate?["message"]?.stringValue?.hasSuffix("\nhelp: rename one of them") == true)
}
