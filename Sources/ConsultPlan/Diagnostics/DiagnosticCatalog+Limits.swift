// Catalog entries for limits and includes (CP05xx).
extension DiagnosticCatalog {
    static let limitEntries: [DiagnosticInfo] = []
}
