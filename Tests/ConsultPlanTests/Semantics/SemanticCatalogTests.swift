// Every catalog entry of evaluation (CP03xx, CP04xx, CP05xx, CP07xx): its bad example
// triggers its code through Engine, and its good example evaluates without errors.
import Testing
@testable import ConsultPlan

/// Files the catalog's include examples refer to: an endless chain, parts, and the main file itself.
struct CatalogLoader: IncludeLoader {
    var mainText: String
    func load(path: String, from includingFile: String, mainFile: String) -> Result<SourceFile, IncludeLoadError> {
        if path.hasPrefix("../") {
            return .failure(IncludeLoadError(message: "the file is outside the plan's folder", isOutsideTree: true))
        }
        if path == "main.cplan" { return .success(SourceFile(name: "main.cplan", text: mainText)) }
        if path.hasPrefix("deep-chain-"), let n = Int(path.dropFirst(11).dropLast(6)) {
            return .success(SourceFile(name: path, text: "include \"deep-chain-\(n + 1).cplan\"\n"))
        }
        if path.hasPrefix("part-") { return .success(SourceFile(name: path, text: "// empty part\n")) }
        return .failure(IncludeLoadError(message: "no such file"))
    }
}

/// The codes this phase owns.
private let ownedEntries = DiagnosticCatalog.entries.filter {
    let id = $0.code.id
    let limits = id >= "CP0520" && id <= "CP0549"
    // Host function codes need a host's functions; Embedding/HostCatalogTests.swift checks them.
    if id >= "CP0480" && id <= "CP0499" { return false }
    return id.hasPrefix("CP03") || id.hasPrefix("CP04") || limits || (id >= "CP0700" && id <= "CP0749")
}

/// A configuration per example: limits lowered where the default would take long.
private func configuration(for code: String, text: String) -> Engine.Configuration {
    var limits = Limits()
    switch code {
    case "CP0520": limits.maxGeneratedMeetings = 1000
    case "CP0521": limits.maxEvaluationSteps = 100_000
    case "CP0523": limits.maxIncludedFiles = 100
    case "CP0524": limits.maxDeclarations = 1000
    case "CP0529": limits.maxNestingDepth = 3
    default: break
    }
    let loader: (any IncludeLoader)? = code == "CP0528" ? nil : CatalogLoader(mainText: text)
    return Engine.Configuration(today: Day(year: 2025, month: 1, day: 1) ?? .minimum, includeLoader: loader, limits: limits)
}

@Test(arguments: ownedEntries.map(\.code.id))
func badExampleTriggersItsCode(code: String) throws {
    let entry = try #require(DiagnosticCatalog.entry(for: DiagnosticCode(code)))
    let result = Engine(configuration: configuration(for: code, text: entry.badExample))
        .evaluate(source: entry.badExample, name: "main.cplan")
    let found = result.diagnostics.map { "\($0.code.id) \($0.message)" }
    #expect(result.diagnostics.contains { $0.code.id == code }, "\(code): \(found)")
}

@Test(arguments: ownedEntries.map(\.code.id))
func goodExampleHasNoErrors(code: String) throws {
    let entry = try #require(DiagnosticCatalog.entry(for: DiagnosticCode(code)))
    let result = Engine(configuration: configuration(for: code, text: entry.goodExample))
        .evaluate(source: entry.goodExample, name: "main.cplan")
    let found = result.diagnostics.map { "\($0.code.id) \($0.message)" }
    #expect(!result.diagnostics.contains { $0.severity == .error || $0.code.id == code }, "\(code): \(found)")
}

@Test func everyEmittedCodeHasAnEntry() {
    let codes = [
        SemanticCode.unknownName, SemanticCode.duplicateName, SemanticCode.wrongKind, SemanticCode.unknownField,
        SemanticCode.unknownFunction, SemanticCode.seriesNotMeeting, SemanticCode.noSuchOccurrence,
        SemanticCode.unknownValueWord, SemanticCode.templateCycle, SemanticCode.templateArity, SemanticCode.groupCycle,
        SemanticCode.itOutsideWhere, SemanticCode.unknownRule, SemanticCode.repeatedAttribute,
        SemanticCode.badGeneratedID, SemanticCode.typeMismatch, SemanticCode.overflow, SemanticCode.divisionByZero,
        SemanticCode.dayOutOfRange, SemanticCode.wrongType, SemanticCode.missingAttribute, SemanticCode.missingPlan,
        SemanticCode.duplicatePlan, SemanticCode.duplicatePolicy, SemanticCode.endBeforeStart, SemanticCode.outsideYear,
        SemanticCode.timeOfDayDeadline, SemanticCode.badCadence, SemanticCode.dueDirection,
        SemanticCode.requireFailed, SemanticCode.warnFailed, SemanticCode.seriesTopics, SemanticCode.seriesShift,
        SemanticCode.noCalendarData, SemanticCode.unknownRole, SemanticCode.noReportDay,
        SemanticCode.calendarOverridePlacement, SemanticCode.badArguments, SemanticCode.valueOutOfRange,
        SemanticCode.duplicateApproval, SemanticCode.notBoolean, SemanticCode.deadlineOutOfRange,
        SemanticCode.recordTarget, SemanticCode.heldAndCancelled, SemanticCode.contradictoryRecords,
        SemanticCode.receivedWithoutDuty, SemanticCode.receivedTwice, SemanticCode.absentAndLeave,
        SemanticCode.repeatedApprovalStep, LimitCode.generatedMeetings, LimitCode.evaluationSteps,
        LimitCode.includeDepth, LimitCode.includeCount, LimitCode.declarations, LimitCode.includeCycle,
        LimitCode.includeMissing, LimitCode.includeOutside, LimitCode.includeUnavailable, LimitCode.nesting,
        LimitCode.includePath,
    ]
    for code in codes {
        #expect(code.info != nil, "\(code) has no catalog entry")
    }
}
