// Content-Length framing and the JSON reader: partial reads, several messages
// per read, bad headers, bad JSON, Chinese and emoji in bodies.

import ConsultPlan
import Testing
@testable import LanguageServer

private func frame(_ s: String) -> [UInt8] { MessageFramer.frame(Array(s.utf8)) }

@Test func oneByteAtATime() {
    var f = MessageFramer()
    let body = #"{"jsonrpc":"2.0","method":"x","params":{"t":"会议😀"}}"#
    var got: [FramedInput] = []
    for b in frame(body) {
        f.append([b])
        while let m = f.next() { got.append(m) }
    }
    #expect(got == [.message(Array(body.utf8))])
    #expect(f.bufferedCount == 0)
}

@Test func severalMessagesInOneRead() {
    var f = MessageFramer()
    f.append(frame("{\"a\":1}") + frame("[]") + Array("Content-Length: 4\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\nnull".utf8))
    #expect(f.next() == .message(Array("{\"a\":1}".utf8)))
    #expect(f.next() == .message(Array("[]".utf8)))
    #expect(f.next() == .message(Array("null".utf8)))
    #expect(f.next() == nil)
}

@Test func headerNamesAreCaseInsensitiveAndBodySplitAcrossReads() {
    var f = MessageFramer()
    f.append(Array("content-length:   7\r\n\r\n{\"a\"".utf8))
    #expect(f.next() == nil)
    f.append(Array(":1}".utf8))
    #expect(f.next() == .message(Array("{\"a\":1}".utf8)))
}

@Test func missingContentLengthIsReportedAndSkipped() {
    var f = MessageFramer()
    f.append(Array("Content-Type: x\r\n\r\n".utf8) + Array("Content-Length: abc\r\n\r\n".utf8) + frame("1"))
    guard case .malformedHeader = f.next() else {
        Issue.record("expected a malformed header")
        return
    }
    guard case .malformedHeader = f.next() else {
        Issue.record("expected a malformed header")
        return
    }
    #expect(f.next() == .message(Array("1".utf8)))
}

@Test func hugeLengthsAreRefused() {
    var f = MessageFramer()
    f.append(Array("Content-Length: 99999999999\r\n\r\n".utf8))
    guard case .malformedHeader = f.next() else {
        Issue.record("expected refusal")
        return
    }
}

@Test func jsonReaderValues() {
    #expect(LSPAny.parse(#"{"id":3,"x":[true,false,null,1.5,-2,"\u4f1a\ud83d\ude00\n"]}"#) == [
        "id": 3, "x": [true, false, .null, .double(1.5), -2, "会😀\n"],
    ])
    #expect(LSPAny.parse("{\"a\":1,}") == nil)
    #expect(LSPAny.parse("{\"a\":1} x") == nil)
    #expect(LSPAny.parse("\"unterminated") == nil)
    #expect(LSPAny.parse(String(repeating: "[", count: 10_000)) == nil)
    #expect(LSPAny.parse("\"\\ud800x\"") == .string("\u{FFFD}x"))
}

@Test func serializedJSONRoundTrips() {
    let v: LSPAny = ["b": [1, "会议\"😀\u{1}"], "a": .null, "c": .double(0.5)]
    #expect(v.serialized == #"{"a":null,"b":[1,"会议\"😀\u0001"],"c":0.5}"#)
    #expect(LSPAny.parse(v.serialized) == v)
}

@Test func badJSONGetsAParseErrorResponse() {
    var server = LanguageServer(configuration: ServerConfiguration(today: Day(year: 2025, month: 1, day: 1) ?? .minimum))
    let out = server.handle(body: Array("{nope".utf8))
    #expect(out.count == 1)
    #expect(out.first?["error"]?["code"] == .integer(-32700))
    #expect(out.first?["id"] == .null)
}
