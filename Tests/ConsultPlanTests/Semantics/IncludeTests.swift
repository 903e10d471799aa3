// `include` through an in-memory loader (LANGUAGE.md 7.5): at its place, each file
// once, cycles with the chain, missing and outside files, depth and count limits.
import Testing
@testable import ConsultPlan

@Test func includesEvaluateAtTheirPlaceOnce() throws {
    let r = evaluateProgram(planHeader + """
        include "people.cplan"
        include "people.cplan"
        meeting m { form symposium  date 2025-05-06  lead econ  participants econ }
        include "more/records.cplan"
        """, files: [
            "people.cplan": "committee econ \"经济委员会\"\nmember a { committee econ }\n",
            "more/records.cplan": "record m { held }\n",
        ])
    #expect(r.diagnostics.isEmpty, "\(r.dump)")
    #expect(r.meeting("m")?.participants == ["a"])
    #expect(r.meeting("m")?.status == .held)
    #expect(r.result.programs.count == 3)
    #expect(r.result.sources.files.map(\.name) == ["main.cplan", "people.cplan", "more/records.cplan"])
}

@Test func includeCycleListsTheChain() {
    let r = evaluateProgram(planHeader + "include \"a.cplan\"", files: [
        "a.cplan": "include \"b.cplan\"\n",
        "b.cplan": "include \"a.cplan\"\n",
    ])
    #expect(r.codes == ["CP0525"], "\(r.dump)")
    #expect(r.diagnostics.first?.message == "include cycle: a.cplan → b.cplan → a.cplan")
    #expect(r.diagnostics.first?.rule == "include")
    let own = evaluateProgram(planHeader + "include \"main.cplan\"", files: ["main.cplan": planHeader])
    #expect(own.codes == ["CP0525"], "\(own.dump)")
}

@Test func missingOutsideAndUnavailableIncludes() {
    let r = evaluateProgram(planHeader + """
        include "nope.cplan"
        include "../secret.cplan"
        include 42
        """, files: [:])
    #expect(r.summary == ["CP0526@3:1", "CP0527@4:1", "CP0530@5:9"], "\(r.dump)")
    let none = evaluateProgram(planHeader + "include \"x.cplan\"")
    #expect(none.codes == ["CP0528"], "\(none.dump)")
}

@Test func includeDepthAndCountLimits() {
    var files: [String: String] = [:]
    for i in 1...40 { files["f\(i).cplan"] = "include \"f\(i + 1).cplan\"\n" }
    files["f41.cplan"] = ""
    let deep = evaluateProgram(planHeader + "include \"f1.cplan\"", files: files)
    #expect(deep.codes == ["CP0522"], "\(deep.dump)")
    var limits = Limits()
    limits.maxIncludedFiles = 5
    var parts: [String: String] = [:]
    for i in 1...10 { parts["p\(i).cplan"] = "" }
    let many = evaluateProgram(planHeader + "for i in 1..10 { include \"p\\(i).cplan\" }", files: parts, limits: limits)
    #expect(many.codes == ["CP0523"], "\(many.dump)")
}

@Test func includedSyntaxErrorsAreTheOnlyDiagnostics() {
    let r = evaluateProgram(planHeader + """
        include "broken.cplan"
        meeting m { form symposium  date 2025-05-06  lead econ }
        """, files: ["broken.cplan": "committee econ {\n"])
    #expect(r.plan == nil)
    #expect(!r.diagnostics.isEmpty)
    #expect(r.diagnostics.allSatisfy { $0.span.file == FileID(1) }, "\(r.dump)")
    #expect(!r.codes.contains("CP0301"), "\(r.dump)")
}

@Test func mainFileSyntaxErrorsStopEvaluation() {
    let r = evaluateProgram(planHeader + "meeting m { form symposium  date 2025-4-6 }\nlet x = unknown_name")
    #expect(r.plan == nil)
    #expect(!r.codes.contains("CP0301"), "\(r.dump)")
    #expect(r.errors.count >= 1)
}
