// Drives a LanguageServer value in-process: initialize, open documents, send
// requests and read results, with no pipes or processes involved.

import ConsultPlan
import Foundation
@testable import LanguageServer

/// A server under test with a counter for request IDs.
struct ServerHarness {
    var server = LanguageServer(configuration: ServerConfiguration(today: Day(year: 2025, month: 3, day: 1) ?? .minimum))
    var nextID = 1
    /// Every message the server sent, in order.
    var sent: [LSPAny] = []

    init() {
        _ = request("initialize", ["capabilities": [:]])
        sent += server.handle(["jsonrpc": "2.0", "method": "initialized", "params": [:]])
    }

    /// Sends a request and returns the whole response.
    mutating func request(_ method: String, _ params: LSPAny = .object([:])) -> LSPAny? {
        let id = nextID
        nextID += 1
        let out = server.handle(["jsonrpc": "2.0", "id": .integer(id), "method": .string(method), "params": params])
        sent += out
        return out.first { $0["id"] == .integer(id) }
    }

    /// Sends a notification and returns what the server sent back.
    @discardableResult
    mutating func notify(_ method: String, _ params: LSPAny) -> [LSPAny] {
        let out = server.handle(["jsonrpc": "2.0", "method": .string(method), "params": params])
        sent += out
        return out
    }

    /// Opens a document and returns the diagnostics published for it.
    @discardableResult
    mutating func open(_ uri: String, _ text: String) -> [LSPAny] {
        let out = notify("textDocument/didOpen", [
            "textDocument": ["uri": .string(uri), "languageId": "cplan", "version": 1, "text": .string(text)],
        ])
        return out.first { $0["params"]?["uri"] == .string(uri) }?["params"]?["diagnostics"]?.arrayValue ?? []
    }

    /// A request at a position; returns `result`.
    mutating func at(_ method: String, _ uri: String, _ line: Int, _ character: Int) -> LSPAny? {
        request(method, [
            "textDocument": ["uri": .string(uri)], "position": LSPPosition(line: line, character: character).json,
        ])?["result"]
    }

    /// Hover Markdown at a position ("" when none).
    mutating func hover(_ uri: String, _ line: Int, _ character: Int) -> String {
        at("textDocument/hover", uri, line, character)?["contents"]?["value"]?.stringValue ?? ""
    }

    /// Completion labels at a position, in sort order.
    mutating func completionLabels(_ uri: String, _ line: Int, _ character: Int) -> [String] {
        let items = at("textDocument/completion", uri, line, character)?["items"]?.arrayValue ?? []
        return items.sorted { ($0["sortText"]?.stringValue ?? "") < ($1["sortText"]?.stringValue ?? "") }
            .compactMap { $0["label"]?.stringValue }
    }
}

/// The line and UTF-16 character of the first occurrence of `needle` in `text` (plus `offset` units).
func positionOf(_ needle: String, in text: String, plus offset: Int = 0) -> (Int, Int) {
    guard let r = text.range(of: needle) else { return (0, 0) }
    let before = text[..<r.lowerBound]
    let line = before.filter { $0 == "\n" }.count
    let lineStart = before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex
    return (line, text[lineStart..<r.lowerBound].utf16.count + offset)
}

/// A small English plan with every kind of reference the features care about.
let samplePlan = """
    plan "Test plan 2025" {
      year 2025
    }
    policy { min_topic_consultations 1 }
    committee econ "经济委员会"
    sector business "经济界"
    department zjj "市住房城乡建设局"
    member zhang "张伟" { committee econ  sector business  role standing }
    meeting quanhui "全体会议" {
      form plenary
      date 2025-01-08 .. 2025-01-10
      participants all
    }
    meeting housing "老旧小区改造" {
      form special_consultation
      date 2025-04-22 09:00..12:00
      lead econ
      participants zhang
      invite zjj
      supervision
      after quanhui
      prepare "调研报告" by econ due 30 days before
      feedback zjj within 3 months
    }
    series forum "双周协商座谈会" {
      every 2 weeks on thursday from 2025-03-06 until 2025-04-03
      form biweekly_forum
      lead econ
      participants zhang
    }

    """
