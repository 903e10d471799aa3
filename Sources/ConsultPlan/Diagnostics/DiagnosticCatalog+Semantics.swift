// Catalog entries for names, kinds, values, dates and evaluation (CP03xx, CP04xx). Owned by evaluation.
extension DiagnosticCatalog {
    static let semanticEntries: [DiagnosticInfo] = []
}
