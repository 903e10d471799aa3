// End to end: a scripted editor session against the built `cplan lsp` — open a
// Chinese plan with an error, fix it, hover, complete, jump, format, shut down.

import Foundation
import Testing

/// A plan in Chinese keywords with an emoji before the error, so the UTF-16
/// column (27) differs from the scalar column (26) and the byte column.
private let planText = """
    计划 "测试计划 2025" {
      年度 2025
    }
    规则 { 专题协商最少次数 1 }
    专委会 econ "经济委员会"
    委员 zhang "张伟" { 专委会 econ }
    会议 quanhui "全体会议" { 形式 全体会议
      日期 2025-01-08 .. 2025-01-10
      参加 全体
    }
    会议 housing "老旧小区😀改造" { 牵头 ecno
      形式 专题协商会
      日期 2025-04-22 09:00..12:00
      参加 zhang
      民主监督
      之后 quanhui
    }

    """

@Test(.timeLimit(.minutes(1))) func lspSessionEndToEnd() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cplan-lsp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let planURL = folder.appendingPathComponent("plan.cplan")
    try planText.write(to: planURL, atomically: true, encoding: .utf8)
    let uri = planURL.absoluteString

    let client = try LSPClient(arguments: ["--today", "2025-03-01"])

    // initialize → capabilities.
    let initialize = client.request("initialize", ["processId": NSNull(), "rootUri": folder.absoluteString, "capabilities": [:]])
    let capabilities = (initialize?["result"] as? [String: Any])?["capabilities"] as? [String: Any]
    #expect(capabilities?["hoverProvider"] as? Bool == true)
    #expect(capabilities?["definitionProvider"] as? Bool == true)
    #expect((capabilities?["textDocumentSync"] as? [String: Any])?["change"] as? Int == 2)
    client.notify("initialized", [:])

    // didOpen → publishDiagnostics: CP0301 at line 10, UTF-16 columns 27..31.
    client.notify("textDocument/didOpen", [
        "textDocument": ["uri": uri, "languageId": "cplan", "version": 1, "text": planText],
    ])
    let opened = try #require(client.diagnostics(for: uri))
    #expect(opened.count == 1)
    let first = try #require(opened.first)
    #expect(first["code"] as? String == "CP0301")
    #expect(first["severity"] as? Int == 1)
    #expect(first["source"] as? String == "cplan")
    #expect((first["message"] as? String)?.contains("help: did you mean `econ`?") == true)
    let range = try #require(lspRange(first["range"]))
    #expect(range.start == [10, 27])
    #expect(range.end == [10, 31])

    // A quick fix from the help.
    let actions = client.request("textDocument/codeAction", [
        "textDocument": ["uri": uri], "range": ["start": lspPosition(10, 28), "end": lspPosition(10, 28)],
        "context": ["diagnostics": opened],
    ])
    let action = (actions?["result"] as? [[String: Any]])?.first
    #expect((action?["title"] as? String)?.contains("econ") == true)

    // didChange (incremental): fix the name → diagnostics clear.
    client.notify("textDocument/didChange", [
        "textDocument": ["uri": uri, "version": 2],
        "contentChanges": [["range": ["start": lspPosition(10, 27), "end": lspPosition(10, 31)], "text": "econ"]],
    ])
    let fixed = try #require(client.diagnostics(for: uri))
    #expect(fixed.isEmpty, "diagnostics after the fix: \(fixed)")

    // Hover on the reference `quanhui` in `之后 quanhui` (line 15): computed days.
    let hover = client.request("textDocument/hover", ["textDocument": ["uri": uri], "position": lspPosition(15, 7)])
    let hoverText = ((hover?["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String ?? ""
    #expect(hoverText.contains("quanhui"))
    #expect(hoverText.contains("2025-01-08 Wednesday"))
    #expect(hoverText.contains("2025-01-10 Friday"))
    #expect(hoverText.contains("notice: 2024-12-31"))  // 5 workdays before 2025-01-08 (New Year's Day is off)

    // Hover on the meeting ID `housing`: its day, time and notice day.
    let hoverHousing = client.request("textDocument/hover", ["textDocument": ["uri": uri], "position": lspPosition(10, 5)])
    let housingText = ((hoverHousing?["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String ?? ""
    #expect(housingText.contains("2025-04-22 Tuesday 周二 · working day"))
    #expect(housingText.contains("09:00–12:00"))

    // Definition of the reference → the declaration's name (line 6, UTF-16 3..10).
    let definition = client.request("textDocument/definition", ["textDocument": ["uri": uri], "position": lspPosition(15, 6)])
    let location = definition?["result"] as? [String: Any]
    #expect(location?["uri"] as? String == uri)
    let target = try #require(lspRange(location?["range"]))
    #expect(target.start == [6, 3])
    #expect(target.end == [6, 10])

    // Completion after `form ` in a second, English document lists the forms.
    let otherURI = folder.appendingPathComponent("other.cplan").absoluteString
    client.notify("textDocument/didOpen", [
        "textDocument": ["uri": otherURI, "languageId": "cplan", "version": 1, "text": "meeting m \"x\" {\n  form \n}\n"],
    ])
    _ = client.diagnostics(for: otherURI)
    let completion = client.request("textDocument/completion", ["textDocument": ["uri": otherURI], "position": lspPosition(1, 7)])
    let items = ((completion?["result"] as? [String: Any])?["items"] as? [[String: Any]]) ?? []
    let labels = Set(items.compactMap { $0["label"] as? String })
    for form in ["plenary", "special_consultation", "biweekly_forum", "online", "专题协商会"] {
        #expect(labels.contains(form), "missing \(form) in \(labels.sorted())")
    }

    // Formatting returns a whole-document edit with the canonical layout.
    let formatting = client.request("textDocument/formatting", [
        "textDocument": ["uri": uri], "options": ["tabSize": 2, "insertSpaces": true],
    ])
    let edits = formatting?["result"] as? [[String: Any]] ?? []
    #expect(edits.count == 1)
    let newText = edits.first?["newText"] as? String ?? ""
    #expect(newText.contains("会议 housing \"老旧小区😀改造\" {\n  牵头 econ\n"))

    // shutdown, exit → status 0.
    let shutdown = client.request("shutdown")
    #expect(shutdown?.keys.contains("result") == true)
    client.notify("exit", [:])
    #expect(client.waitForExit() == 0)
}

@Test(.timeLimit(.minutes(1))) func lspSurvivesGarbageAndExitsOneWithoutShutdown() throws {
    let client = try LSPClient()
    client.sendRaw(Array("Content-Length: 5\r\n\r\n{nope".utf8))
    let parseError = client.waitFor { ($0["error"] as? [String: Any])?["code"] as? Int == -32700 }
    #expect(parseError != nil)
    client.sendRaw(Array("X-Nothing: 1\r\n\r\n".utf8))
    let early = client.request("textDocument/hover", ["textDocument": ["uri": "file:///x"], "position": lspPosition(0, 0)])
    #expect((early?["error"] as? [String: Any])?["code"] as? Int == -32002)
    _ = client.request("initialize", ["capabilities": [:]])
    let unknown = client.request("workspace/nothing")
    #expect((unknown?["error"] as? [String: Any])?["code"] as? Int == -32601)
    client.notify("exit", [:])
    #expect(client.waitForExit() == 1)
}
