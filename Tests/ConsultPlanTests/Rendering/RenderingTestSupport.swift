// Helpers for the rendering tests: small source maps built in code, spans found
// by searching the text, and golden files under Fixtures/rendering/.

import Foundation
@testable import ConsultPlan

/// A source map over named texts, with spans located by substring.
struct TestSources {
    var map = SourceMap()
    var texts: [FileID: String] = [:]

    /// Adds a file and returns its ID.
    mutating func add(_ name: String, _ text: String) -> FileID {
        let id = map.add(SourceFile(name: name, text: text))
        texts[id] = text
        return id
    }

    /// The span of the `occurrence`-th (1-based) appearance of `needle` in the file; `length` overrides its size.
    func span(_ needle: String, in file: FileID, occurrence: Int = 1, length: Int? = nil) -> Span {
        let hay = Array((texts[file] ?? "").utf8)
        let n = Array(needle.utf8)
        var seen = 0
        var i = 0
        while i + n.count <= hay.count {
            if Array(hay[i..<(i + n.count)]) == n {
                seen += 1
                if seen == occurrence { return Span(file: file, start: i, end: i + (length ?? n.count)) }
            }
            i += 1
        }
        return Span.point(file, 0)
    }
}

/// Compares `actual` with the golden file `Fixtures/rendering/<name>`, or rewrites it when UPDATE_GOLDEN=1.
func golden(_ name: String, _ actual: String, filePath: String = #filePath) -> String? {
    let url = URL(fileURLWithPath: filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/rendering/\(name)")
    if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return actual
    }
    return try? String(contentsOf: url, encoding: .utf8)
}
