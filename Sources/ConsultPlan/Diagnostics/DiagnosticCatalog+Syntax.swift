// Catalog entries for syntax (CP02xx). Owned by the parser work.
extension DiagnosticCatalog {
    static let syntaxEntries: [DiagnosticInfo] = []
}
