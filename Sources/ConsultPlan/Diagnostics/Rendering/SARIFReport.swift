// SARIF 2.1.0, the format GitHub code scanning uploads: the whole diagnostic
// catalog as the tool's rules, and one result per diagnostic.

extension CheckReport {
    /// The SARIF 2.1.0 log schema.
    public static let sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

    /// A SARIF 2.1.0 log with one run: `tool.driver` is `cplan` with every catalog
    /// entry as a rule (`id` the code, `name` the rule name or the code, short and
    /// full descriptions, `help` the `cplan explain` text, `defaultConfiguration.level`),
    /// and one result per diagnostic (`ruleId`, `ruleIndex` when catalogued, `level`,
    /// `message`, one physical location, labels as `relatedLocations`).
    ///
    /// Columns are Unicode scalars (`columnKind: unicodeCodePoints`) and `endColumn`
    /// is exclusive, as SARIF defines it. Relative file names become relative URIs
    /// (percent-encoded), which code scanning resolves against the repository root.
    /// A diagnostic without a place is located at line 1 of the first file checked
    /// because code scanning rejects results without a location.
    /// `locale` names the `note:`/`help:` prefixes of a result's text; pass diagnostics already localized.
    public static func sarif(
        files: [String], diagnostics: [Diagnostic], sources: SourceMap, informationURI: String? = nil, locale: String = "en"
    ) -> String {
        let noteWord = DiagnosticLocalizer.footerWord("note", locale: locale)
        let helpWord = DiagnosticLocalizer.footerWord("help", locale: locale)
        let entries = DiagnosticCatalog.entries
        var ruleIndex: [String: Int] = [:]
        for (i, e) in entries.enumerated() { ruleIndex[e.code.id] = i }

        let rules: [JSONValue] = entries.map { e in
            .object([
                "id": .string(e.code.id),
                "name": .string(e.rule ?? e.code.id),
                "shortDescription": .object(["text": .string(e.title)]),
                "fullDescription": .object(["text": .string(e.explanation)]),
                "help": .object(["text": .string(explanation(of: e))]),
                "defaultConfiguration": .object(["level": .string(sarifLevel(e.severity))]),
            ])
        }

        let results: [JSONValue] = diagnostics.map { d in
            var members = [JSONMember("ruleId", .string(d.code.id))]
            if let i = ruleIndex[d.code.id] { members.append(JSONMember("ruleIndex", .int(i))) }
            members.append(JSONMember("level", .string(sarifLevel(d.severity))))
            var text = d.message
            for note in d.notes { text += "\n\(noteWord): " + note }
            if let help = d.help { text += "\n\(helpWord): " + help }
            members.append(JSONMember("message", .object(["text": .string(text)])))
            if let location = sarifLocation(d.span, sources: sources, fallbackFile: files.first) {
                members.append(JSONMember("locations", .array([location])))
            }
            let related: [JSONValue] = d.labels.enumerated().compactMap { i, label in
                guard case .object(var m)? = sarifLocation(label.span, sources: sources, fallbackFile: nil) else { return nil }
                m.insert(JSONMember("id", .int(i)), at: 0)
                m.append(JSONMember("message", .object(["text": .string(label.message)])))
                return .object(m)
            }
            if !related.isEmpty { members.append(JSONMember("relatedLocations", .array(related))) }
            return .object(members)
        }

        var driver = [JSONMember("name", .string("cplan"))]
        if let informationURI { driver.append(JSONMember("informationUri", .string(informationURI))) }
        driver.append(JSONMember("rules", .array(rules)))

        let run = JSONValue.object([
            "tool": .object(["driver": .object(driver)]),
            "columnKind": .string("unicodeCodePoints"),
            "results": .array(results),
        ])
        let log = JSONValue.object([
            "$schema": .string(sarifSchema),
            "version": .string("2.1.0"),
            "runs": .array([run]),
        ])
        return log.serialized() + "\n"
    }

    /// `error`, `warning` or `note`: SARIF's levels have the same names.
    static func sarifLevel(_ s: Severity) -> String { s.rawValue }

    private static func sarifLocation(_ span: Span, sources: SourceMap, fallbackFile: String?) -> JSONValue? {
        let artifact: String
        var region: [JSONMember]
        if let r = SourceRegion(span, in: sources) {
            artifact = r.file
            region = [
                JSONMember("startLine", .int(r.line)), JSONMember("startColumn", .int(r.column)),
                JSONMember("endLine", .int(r.endLine)), JSONMember("endColumn", .int(r.endColumn)),
            ]
        } else if let fallbackFile {
            artifact = fallbackFile
            region = [JSONMember("startLine", .int(1))]
        } else {
            return nil
        }
        return .object([
            "physicalLocation": .object([
                "artifactLocation": .object(["uri": .string(fileURI(artifact))]),
                "region": .object(region),
            ]),
        ])
    }

    /// A file name as a URI reference: absolute paths become `file://` URIs,
    /// relative ones stay relative; bytes outside the unreserved set and `/` are
    /// percent-encoded (so spaces and Chinese names survive).
    public static func fileURI(_ path: String) -> String {
        var out = path.hasPrefix("/") ? "file://" : ""
        for b in path.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(b))
            default:
                out += "%" + JSONWriter.hexByte(b).uppercased()
            }
        }
        return out
    }
}
