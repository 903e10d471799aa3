// Position conversion between the protocol's (line, UTF-16 unit) and UTF-8
// byte offsets: ASCII, Chinese (3 bytes, 1 unit), emoji (4 bytes, 2 units), CRLF.

import ConsultPlan
import Testing
@testable import LanguageServer

@Test func asciiRoundTrip() {
    let c = PositionConverter(text: "plan \"x\" {\n  year 2025\n}\n")
    #expect(c.offset(of: LSPPosition(line: 1, character: 2)) == 13)
    #expect(c.position(ofByte: 13) == LSPPosition(line: 1, character: 2))
    #expect(c.endPosition == LSPPosition(line: 3, character: 0))
}

@Test func chineseCharactersAreOneUnitAndThreeBytes() {
    // 会议 is 6 bytes, 2 UTF-16 units.
    let text = "会议 housing\n委员 张伟"
    let c = PositionConverter(text: text)
    #expect(c.offset(of: LSPPosition(line: 0, character: 2)) == 6)
    #expect(c.offset(of: LSPPosition(line: 0, character: 3)) == 7)
    #expect(c.position(ofByte: 7) == LSPPosition(line: 0, character: 3))
    // Line 1: 委员 (6 bytes) space (1) 张 starts at byte 7 of the line.
    let lineStart = Array("会议 housing\n".utf8).count
    #expect(c.position(ofByte: lineStart + 7) == LSPPosition(line: 1, character: 3))
    #expect(c.offset(of: LSPPosition(line: 1, character: 5)) == Array(text.utf8).count)
}

@Test func astralCharactersAreTwoUnitsAndFourBytes() {
    let text = "a😀b🇨🇳c"
    let c = PositionConverter(text: text)
    // a(1) 😀(4 bytes, 2 units) b
    #expect(c.offset(of: LSPPosition(line: 0, character: 3)) == 5)
    #expect(c.position(ofByte: 5) == LSPPosition(line: 0, character: 3))
    // A position inside the surrogate pair snaps back to the emoji's start.
    #expect(c.offset(of: LSPPosition(line: 0, character: 2)) == 1)
    // A byte inside the emoji snaps back too.
    #expect(c.position(ofByte: 3) == LSPPosition(line: 0, character: 1))
    // 🇨🇳 is two regional indicators: 8 bytes, 4 units; c starts at unit 8.
    #expect(c.offset(of: LSPPosition(line: 0, character: 8)) == 14)
    #expect(c.position(ofByte: 14) == LSPPosition(line: 0, character: 8))
    #expect(c.endPosition == LSPPosition(line: 0, character: text.utf16.count))
}

@Test func crlfAndLoneCREndLines() {
    let c = PositionConverter(text: "ab\r\n会\rcd")
    #expect(c.lines.count == 3)
    #expect(c.offset(of: LSPPosition(line: 1, character: 0)) == 4)
    #expect(c.offset(of: LSPPosition(line: 2, character: 1)) == 9)
    // Between CR and LF counts as the end of line 0.
    #expect(c.position(ofByte: 3) == LSPPosition(line: 0, character: 2))
}

@Test func outOfRangePositionsClamp() {
    let c = PositionConverter(text: "会议\nx")
    #expect(c.offset(of: LSPPosition(line: 0, character: 99)) == 6)
    #expect(c.offset(of: LSPPosition(line: 9, character: 0)) == 8)
    #expect(c.position(ofByte: 1000) == LSPPosition(line: 1, character: 1))
    #expect(c.position(ofByte: -5) == LSPPosition(line: 0, character: 0))
}

@Test(arguments: ["plan \"南宁市政协\" {\n  year 2025 // 年度\n}\n", "😀会a\r\n\r\n🇨🇳x", "", "\u{FEFF}计划"])
func everyScalarBoundaryRoundTrips(text: String) {
    let c = PositionConverter(text: text)
    var offset = 0
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
        // Between CR and LF is not a position of its own: it is the end of the line.
        if !(previous == "\r" && scalar == "\n") {
            let p = c.position(ofByte: offset)
            #expect(c.offset(of: p) == offset)
        }
        offset += String(scalar).utf8.count
        previous = scalar
    }
    #expect(c.offset(of: c.endPosition) == Array(text.utf8).count)
}

@Test func spansBecomeRanges() {
    let text = "会议 housing \"推进\" {"
    let c = PositionConverter(text: text)
    let start = Array("会议 ".utf8).count
    let r = c.range(of: Span(file: FileID(0), start: start, end: start + 7))
    #expect(r == LSPRange(start: LSPPosition(line: 0, character: 3), end: LSPPosition(line: 0, character: 10)))
}

@Test func incrementalChangesApplyInOrder() {
    var doc = TextDocument(uri: "file:///a.cplan", version: 1, text: "会议 a {\n  form x\n}\n")
    doc.apply([
        TextChange(range: LSPRange(start: LSPPosition(line: 1, character: 7), end: LSPPosition(line: 1, character: 8)), text: "plenary"),
        TextChange(range: LSPRange(start: LSPPosition(line: 0, character: 3), end: LSPPosition(line: 0, character: 4)), text: "😀全体"),
    ])
    #expect(doc.text == "会议 😀全体 {\n  form plenary\n}\n")
    doc.apply([TextChange(range: LSPRange(start: LSPPosition(line: 0, character: 3), end: LSPPosition(line: 0, character: 5)), text: "")])
    #expect(doc.text == "会议 全体 {\n  form plenary\n}\n")
    doc.apply([TextChange(range: nil, text: "new")])
    #expect(doc.text == "new")
}
