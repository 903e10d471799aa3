// The TextMate grammar agrees with the lexer's keyword tables, its copy in the
// VS Code extension is identical, and every regex compiles under Oniguruma.

import Foundation
import Testing
@testable import ConsultPlan

private let grammarDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("grammar")

@Test func textMateGrammarNamesEveryKeyword() throws {
    let text = try String(contentsOf: grammarDir.appendingPathComponent("cplan.tmLanguage.json"), encoding: .utf8)
    let json = try JSONSerialization.jsonObject(with: Data(text.utf8))
    #expect((json as? [String: Any])?["scopeName"] as? String == "source.cplan")
    var missing: [String] = []
    for spelling in Keywords.allSpellings.sorted() {
        // Multi-word keywords (`skip holidays`) appear with `\s+` between the words.
        let pattern = spelling.replacingOccurrences(of: " ", with: "\\\\s+")
        if !text.contains("|" + pattern + "|") && !text.contains("(?:" + pattern + "|")
            && !text.contains("|" + pattern + ")") && !text.contains("(?:" + pattern + ")") {
            missing.append(spelling)
        }
    }
    #expect(missing.isEmpty, "keywords missing from the TextMate grammar: \(missing)")
}

@Test func vsCodeExtensionCarriesTheSameGrammar() throws {
    let a = try Data(contentsOf: grammarDir.appendingPathComponent("cplan.tmLanguage.json"))
    let b = try Data(contentsOf: grammarDir.appendingPathComponent("vscode-cplan/syntaxes/cplan.tmLanguage.json"))
    #expect(a == b)
    let pkg = try JSONSerialization.jsonObject(with: Data(contentsOf: grammarDir.appendingPathComponent("vscode-cplan/package.json"))) as? [String: Any]
    #expect(pkg?["main"] as? String == "./extension.js")
}

/// Whether python3 can import a module (the Oniguruma check needs `onigurumacffi`).
func pythonHasModule(_ name: String) -> Bool {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import \(name)"]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    do { try p.run() } catch { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
}

@Test(.enabled(if: pythonHasModule("onigurumacffi"), "needs the PyPI package onigurumacffi (pip install onigurumacffi); .ci/run installs it"))
func textMateRegexesCompileUnderOniguruma() throws {
    let script = """
        import json, sys, onigurumacffi as o
        g = json.load(open(sys.argv[1]))
        bad = []
        def walk(x):
            if isinstance(x, dict):
                for k, v in x.items():
                    if k in ('match', 'begin', 'end') and isinstance(v, str):
                        try: o.compile(v)
                        except Exception as e: bad.append((v, str(e)))
                    else: walk(v)
            elif isinstance(x, list):
                for v in x: walk(v)
        walk(g)
        dur = o.compile(g['repository']['literals']['patterns'][2]['match'])
        for s in ['3个月', '20个工作日', '3 months', '15天']:
            if not dur.search(s): bad.append(('duration', s))
        print(len(bad)); [print(b) for b in bad]
        """
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script, grammarDir.appendingPathComponent("cplan.tmLanguage.json").path]
    let out = Pipe()
    p.standardOutput = out
    try p.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n")
    #expect(lines.first == "0", "Oniguruma rejected: \(lines.dropFirst())")
}
