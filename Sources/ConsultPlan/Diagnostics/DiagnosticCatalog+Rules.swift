// Catalog entries for the named plan rules (CP06xx, CP07xx). Owned by the checks work.
extension DiagnosticCatalog {
    static let ruleEntries: [DiagnosticInfo] = []
}
