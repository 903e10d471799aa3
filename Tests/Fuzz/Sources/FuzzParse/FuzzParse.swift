// libFuzzer entry point: lexes and parses arbitrary bytes and checks the
// invariants every later phase relies on (spans inside the file, sorted tokens).
import ConsultPlan

/// Stops the run with a message libFuzzer records with the input.
func violated(_ what: String) -> Never {
    print("FuzzParse invariant violated: \(what)")
    fatalError(what)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParse(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = SourceFile(name: "fuzz.cplan", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let id = FileID(0)
    let stream = Lexer.tokenize(file, id: id)
    // Tokens: inside the file, sorted, non-overlapping, exactly one endOfFile at the end.
    var previousEnd = 0
    for (i, token) in stream.tokens.enumerated() {
        let s = token.span
        if s.start < 0 || s.end > size || s.start > s.end { violated("token \(i) span \(s.start)..<\(s.end) outside 0..<\(size)") }
        if s.start < previousEnd { violated("token \(i) at \(s.start) overlaps the previous token ending at \(previousEnd)") }
        previousEnd = s.end
        if (token.kind == .endOfFile) != (i == stream.tokens.count - 1) { violated("endOfFile is not exactly the last token") }
    }
    for c in stream.comments where c.span.start < 0 || c.span.end > size || c.span.start > c.span.end {
        violated("comment span \(c.span.start)..<\(c.span.end) outside 0..<\(size)")
    }
    for d in stream.diagnostics where d.span.start < 0 || d.span.end > size || d.span.start > d.span.end {
        violated("lexer diagnostic \(d.code.id) span \(d.span.start)..<\(d.span.end) outside 0..<\(size)")
    }
    for mode in [ParseMode.file, .repl] {
        let parsed = Parser.parse(file, id: id, mode: mode)
        for d in parsed.diagnostics {
            if d.span.start < 0 || d.span.end > size || d.span.start > d.span.end {
                violated("diagnostic \(d.code.id) span \(d.span.start)..<\(d.span.end) outside 0..<\(size)")
            }
            for label in d.labels where label.span.start < 0 || label.span.end > size || label.span.start > label.span.end {
                violated("label of \(d.code.id) span \(label.span.start)..<\(label.span.end) outside 0..<\(size)")
            }
        }
        // Rendering a diagnostic turns spans into lines and columns: it must never trap.
        // The first few and the last (often the CP0550 summary) cover the renderer's
        // paths; rendering hundreds per input only slowed the fuzzer down.
        var sources = SourceMap()
        _ = sources.add(file)
        let shown = Array(parsed.diagnostics.prefix(8)) + Array(parsed.diagnostics.dropFirst(8).suffix(1))
        _ = DiagnosticRenderer(sources: sources).render(shown)
        _ = dumpTree(parsed.program)
    }
    return 0
}
