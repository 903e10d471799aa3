// Helpers for the parser tests: parse a snippet, find marker positions, and
// compare diagnostics by code and line:column.
import Testing
@testable import ConsultPlan

/// The outcome of parsing a snippet: tree, diagnostics and the file for positions.
struct Parsed {
    var program: Program
    var diagnostics: [Diagnostic]
    var file: SourceFile

    /// The syntax diagnostics the parser added (lexer ones included).
    var codes: [String] { diagnostics.map(\.code.id) }

    /// "line:column" of a diagnostic's span start.
    func position(_ d: Diagnostic) -> String {
        let (line, column) = file.lines.lineColumn(ofByte: d.span.start, in: file.bytes)
        return "\(line):\(column)"
    }

    /// "CODE@line:col" for every diagnostic, in order.
    var summary: [String] { diagnostics.map { "\($0.code.id)@\(position($0))" } }

    /// The declarations at top level.
    var declarations: [Declaration] {
        program.statements.compactMap {
            if case .declaration(let d) = $0.kind { return d }
            return nil
        }
    }
}

/// Parses text as a file (or REPL input).
func parse(_ text: String, mode: ParseMode = .file) -> Parsed {
    let file = SourceFile(name: "test.cplan", text: text)
    let result = Parser.parse(file, id: FileID(0), mode: mode)
    return Parsed(program: result.program, diagnostics: result.diagnostics, file: file)
}

/// Text with markers `1️⃣`, `2️⃣` … removed, and each marker's "line:column".
func markers(_ marked: String) -> (text: String, positions: [String: String]) {
    let names = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]
    var text = ""
    var positions: [String: String] = [:]
    var line = 1, column = 1
    var rest = Substring(marked)
    outer: while let c = rest.first {
        for n in names where rest.hasPrefix(n) {
            positions[n] = "\(line):\(column)"
            rest = rest.dropFirst(n.count)
            continue outer
        }
        text.append(c)
        rest = rest.dropFirst()
        if c == "\n" {
            line += 1
            column = 1
        } else {
            column += c.unicodeScalars.count
        }
    }
    return (text, positions)
}
