// libFuzzer entry point for the formatter's laws: on a file that parses cleanly,
// format(format(x)) == format(x), and the formatted text parses cleanly too.
import ConsultPlan

/// Stops the run with a message libFuzzer records with the input.
func violated(_ what: String) -> Never {
    print("FuzzFormat law violated: \(what)")
    fatalError(what)
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormat(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let file = SourceFile(name: "fuzz.cplan", bytes: Array(UnsafeBufferPointer(start: data, count: size)))
    let first = Formatter.format(file)
    guard let once = first.formatted else { return 0 }
    let second = Formatter.format(SourceFile(name: "fuzz.cplan", text: once))
    guard let twice = second.formatted else {
        let codes = second.diagnostics.filter { $0.severity == .error }.map { "\($0.code.id) \($0.message)" }
        violated("formatted text no longer parses: \(codes.joined(separator: "; "))\n--- formatted ---\n\(once)")
    }
    if twice != once {
        violated("formatting is not idempotent\n--- once ---\n\(once)\n--- twice ---\n\(twice)")
    }
    return 0
}
