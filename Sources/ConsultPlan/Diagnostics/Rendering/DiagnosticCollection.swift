// Diagnostics of several evaluations merged into one list over one SourceMap,
// so `cplan check a.cplan b.cplan` prints one sorted list without duplicates.

/// Merges the results of several evaluations (each with its own ``SourceMap``)
/// into one source map and one diagnostic list.
///
/// Files are identified by name: a file two programs both include is stored
/// once, so its diagnostics, reported by both evaluations, collapse into one.
public struct DiagnosticCollection: Sendable {
    /// Every file seen, each name once.
    public private(set) var sources = SourceMap()
    /// Every diagnostic, with spans remapped into ``sources``, in the order added.
    public private(set) var diagnostics: [Diagnostic] = []
    private var idByName: [String: FileID] = [:]

    /// An empty collection.
    public init() {}

    /// Adds diagnostics whose spans point into `from`.
    public mutating func add(_ diagnostics: [Diagnostic], from map: SourceMap) {
        var remap: [FileID] = []
        for file in map.files {
            if let id = idByName[file.name] {
                remap.append(id)
            } else {
                let id = sources.add(file)
                idByName[file.name] = id
                remap.append(id)
            }
        }
        func moved(_ span: Span) -> Span {
            guard !span.isNone, span.file.rawValue < remap.count else { return span.isNone ? span : .none }
            var s = span
            s.file = remap[span.file.rawValue]
            return s
        }
        for var d in diagnostics {
            d.span = moved(d.span)
            d.labels = d.labels.map { DiagnosticLabel(moved($0.span), $0.message) }
            d.fixIts = d.fixIts.map { FixIt(span: moved($0.span), replacement: $0.replacement) }
            self.diagnostics.append(d)
        }
    }

    /// The diagnostics without exact duplicates, ordered by file name, then
    /// position, then code and message; diagnostics without a place come first.
    public func sorted() -> [Diagnostic] {
        var seen = Set<Diagnostic>()
        let unique = diagnostics.filter { seen.insert($0).inserted }
        func name(_ s: Span) -> String? {
            s.isNone || s.file.rawValue >= sources.files.count ? nil : sources[s.file].name
        }
        return unique.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            let nx = name(x.span), ny = name(y.span)
            if nx != ny {
                guard let nx else { return true }
                guard let ny else { return false }
                return nx < ny
            }
            if x.span.start != y.span.start { return x.span.start < y.span.start }
            if x.span.end != y.span.end { return x.span.end < y.span.end }
            if x.code.id != y.code.id { return x.code.id < y.code.id }
            if x.message != y.message { return x.message < y.message }
            return a.offset < b.offset
        }.map(\.element)
    }
}
