// The formatter's laws over every example, every fixture and generated plans:
// idempotent, the syntax tree unchanged, the comments the same text in the same order.

import Foundation
import Testing
@testable import ConsultPlan

/// Every `.cplan` file under examples/ and Tests/ConsultPlanTests/Fixtures/ that parses cleanly.
func formatterCorpus() -> [URL] {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    var urls: [URL] = []
    for dir in ["examples", "Tests/ConsultPlanTests/Fixtures"] {
        let base = root.appendingPathComponent(dir)
        guard let e = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil) else { continue }
        for case let url as URL in e where url.pathExtension == "cplan" { urls.append(url) }
    }
    return urls.sorted { $0.path < $1.path }
}

/// Checks the three laws for one source text; returns a failure description or nil.
func formatterLawViolation(_ text: String, name: String) -> String? {
    let file = SourceFile(name: name, text: text)
    let parsed = Parser.parse(file, id: FileID(0))
    guard !parsed.diagnostics.contains(where: { $0.severity == .error }) else { return nil }
    guard let once = Formatter.format(file).formatted else { return "\(name): formatter refused a clean file" }
    let onceFile = SourceFile(name: name, text: once)
    guard let twice = Formatter.format(onceFile).formatted else {
        return "\(name): formatted output does not parse:\n\(once)"
    }
    if twice != once {
        return "\(name): not idempotent\n--- once\n\(once)\n--- twice\n\(twice)"
    }
    let reparsed = Parser.parse(onceFile, id: FileID(0))
    if dumpTree(reparsed.program) != dumpTree(parsed.program) {
        return "\(name): syntax tree changed\n" + LineDiff.unified(
            old: dumpTree(parsed.program), new: dumpTree(reparsed.program), oldName: "before", newName: "after")
    }
    let before = parsed.comments.map(\.text).map(normalizeCommentText)
    let after = reparsed.comments.map(\.text).map(normalizeCommentText)
    if before != after {
        return "\(name): comments changed\nbefore: \(before)\nafter: \(after)"
    }
    return nil
}

/// Comments keep their text; only line ends and trailing blanks may change.
func normalizeCommentText(_ s: String) -> String {
    s.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        .map { line in
            var l = Substring(line)
            while let c = l.last, c == " " || c == "\t" { l = l.dropLast() }
            return String(l)
        }.joined(separator: "\n")
}

@Test func formatterLawsHoldOnEveryExampleAndFixture() throws {
    let corpus = formatterCorpus()
    #expect(!corpus.isEmpty, "no .cplan files found")
    for url in corpus {
        let text = try String(contentsOf: url, encoding: .utf8)
        if let violation = formatterLawViolation(text, name: url.lastPathComponent) {
            Issue.record(Comment(rawValue: violation))
        }
    }
}

@Test(arguments: 0..<40)
func formatterLawsHoldOnGeneratedPlans(seed: Int) {
    var generator = MessyPlanGenerator(seed: UInt64(seed))
    let text = generator.plan()
    // The law is only tested on clean input, so the generator must produce it.
    let parsed = Parser.parse(SourceFile(name: "generated", text: text), id: FileID(0))
    let errors = parsed.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "generated plan \(seed) does not parse: \(errors.map(\.message))\n\(text)")
    if let violation = formatterLawViolation(text, name: "generated-\(seed).cplan") {
        Issue.record(Comment(rawValue: violation + "\n--- input\n" + text))
    }
}
