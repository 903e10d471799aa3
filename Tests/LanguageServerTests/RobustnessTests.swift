// The server never traps: every feature at every position of awkward text
// (Chinese, emoji, CRLF, unterminated strings), and random bytes as messages.

import ConsultPlan
import Testing
@testable import LanguageServer

@Test func everyFeatureAtEveryPosition() {
    let uri = "file:///tmp/cplan-lsp-robust/plan.cplan"
    let text = "计划 \"😀测试\r\n  年度 2025\r\n}\r\n会议 m😀 \"x\" { 形式 全体会议 参加 a，b\n  之后 m.😀 \"未结束\n/* 注释 🇨🇳"
    var h = ServerHarness()
    h.open(uri, text)
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\r\n" || $0 == "\n" })
    for (line, content) in lines.enumerated() {
        for character in 0...(content.utf16.count + 2) {
            _ = h.at("textDocument/hover", uri, line, character)
            _ = h.at("textDocument/completion", uri, line, character)
            _ = h.at("textDocument/definition", uri, line, character)
            _ = h.request("textDocument/references", [
                "textDocument": ["uri": .string(uri)], "position": LSPPosition(line: line, character: character).json,
            ])
        }
    }
    _ = h.request("textDocument/documentSymbol", ["textDocument": ["uri": .string(uri)]])
    _ = h.request("textDocument/formatting", ["textDocument": ["uri": .string(uri)]])
    let whole = LSPRange(start: LSPPosition(line: 0, character: 0), end: LSPPosition(line: 99, character: 0))
    let actions = h.request("textDocument/codeAction", ["textDocument": ["uri": .string(uri)], "range": whole.json])
    #expect(actions?["result"]?.arrayValue != nil)
}

@Test func randomMessagesNeverCrash() {
    var server = LanguageServer(configuration: ServerConfiguration(today: .minimum))
    var generator = SystemRandomNumberGenerator()
    let fragments = [
        "{", "}", "[", "]", "\"", ":", ",", "\"id\"", "\"method\"", "\"initialize\"", "\"textDocument/hover\"",
        "1", "-1", "null", "true", "\"params\"", "\"position\"", "\"line\"", "\\u", "会", "😀", " ",
    ]
    for _ in 0..<2000 {
        var body = ""
        for _ in 0..<Int.random(in: 0...24, using: &generator) {
            body += fragments.randomElement(using: &generator) ?? ""
        }
        _ = server.handle(body: Array(body.utf8))
    }
    var framer = MessageFramer()
    for _ in 0..<2000 {
        framer.append((0..<Int.random(in: 0...40, using: &generator)).map { _ in UInt8.random(in: 0...255, using: &generator) })
        while framer.next() != nil {}
    }
    #expect(server.exitCode == nil)
}

@Test func editsOutsideTheTextClamp() {
    var doc = TextDocument(uri: "file:///a", version: 1, text: "会议\n")
    doc.apply([TextChange(range: LSPRange(start: LSPPosition(line: 5, character: 3), end: LSPPosition(line: 0, character: 1)), text: "x")])
    #expect(doc.text == "会x")
}
