// Catalog entries for characters and tokens (CP01xx). Owned by the lexer work.
extension DiagnosticCatalog {
    static let lexerEntries: [DiagnosticInfo] = []
}
