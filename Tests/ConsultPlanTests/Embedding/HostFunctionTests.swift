// Host functions through the public API only: registration rules, calls from plans,
// and every problem a diagnostic at the call (CP0480–CP0484), with steps and caching.
import ConsultPlan
import Testing

/// The text a diagnostic's span covers.
private func spanText(_ d: Diagnostic, in result: EvaluationResult) -> String {
    result.sources[d.span.file].text(d.span)
}

/// Evaluates with the example host functions.
private func evaluate(_ source: String, configuration: Engine.Configuration = ExampleHost.configuration()) -> EvaluationResult {
    Engine(configuration: configuration).evaluate(source: source, name: "plan.cplan")
}

private let people = """
    plan "P" { year 2025 }
    policy { min_topic_consultations 0 }
    committee econ "经济委员会"
    member zhang "张伟" { committee econ }
    member li "李娜"

    """

@Suite struct HostFunctionRegistrationTests {
    private func refusal(_ name: String, in configuration: Engine.Configuration = Engine.Configuration()) -> HostFunctionRegistrationError.Reason? {
        var c = configuration
        do {
            try c.register(HostFunction(name, parameters: [], returns: .integer) { _ throws(HostFunctionError) in .integer(1) })
            return nil
        } catch {
            return error.reason
        }
    }

    @Test func builtInsReservedWordsAndNonIdentifiersAreRefused() {
        for builtIn in Engine.builtInFunctionNames { #expect(refusal(builtIn) == .builtIn, "\(builtIn)") }
        #expect(refusal("where") == .reserved)
        #expect(refusal("满足") == .reserved)
        #expect(refusal("1abc") == .notAnIdentifier)
        #expect(refusal("members-of") == .notAnIdentifier)
        #expect(refusal("") == .notAnIdentifier)
        #expect(refusal("members_of") == nil)
        #expect(refusal("委员名单") == nil)
    }

    @Test func aSecondFunctionOfTheSameNameIsRefused() {
        #expect(refusal("members_of", in: ExampleHost.configuration()) == .duplicate)
        #expect(ExampleHost.configuration().hostFunctions.map(\.name) == ["members_of", "holidays_from_hr_system", "phone_of"])
    }

    @Test func theSignatureReadsLikeTheLanguage() {
        #expect(ExampleHost.membersOf.signature == "members_of(org: committee) -> list of member")
        #expect(ExampleHost.holidays.signature == "holidays_from_hr_system(year: integer) -> list of day")
        let error = HostFunctionRegistrationError(name: "count", reason: .builtIn)
        #expect(error.description.contains("built-in"))
    }

    @Test func theBuiltInNamesAreTheSpecs() {
        #expect(Engine.builtInFunctionNames == [
            "count", "is_workday", "len", "max", "min", "next_workday", "sorted", "sum", "today", "weekday",
            "workdays_between",
        ])
    }
}

@Suite struct HostFunctionCallTests {
    @Test func resultsFeedExpressionsAndAttributes() throws {
        let result = evaluate(people + """
            member wang "王强"
            member zhao "赵敏"
            let hr = holidays_from_hr_system(2025)
            require count(hr) == 2 else "two HR holidays"
            require 2025-06-03 in hr
            meeting m "M" {
              form symposium
              date 2025-05-06
              participants members_of(econ)
            }
            require count(members_of(econ)) == 2
            """)
        #expect(!result.hasErrors, "\(result.renderedDiagnostics())")
        let plan = try #require(result.plan)
        #expect(plan.meetings.first?.participants == ["zhang", "li"])
    }

    @Test func argumentsArriveConvertedRangesAsLists() throws {
        let seen = CallCounter()
        var c = Engine.Configuration()
        try c.register(HostFunction(
            "total", parameters: [HostParameter("xs", .list(.decimal)), HostParameter("label", .optional(.string))],
            returns: .decimal
        ) { args throws(HostFunctionError) in
            seen.increment()
            guard case .list(let xs) = args[0], case .nothing = args[1] else { throw HostFunctionError("unexpected arguments") }
            var sum = ExactDecimal(0)
            for case .decimal(let d) in xs { sum = sum.adding(d) ?? sum }
            return .decimal(sum)
        })
        let result = Engine(configuration: c).evaluate(source: """
            plan "P" { year 2025 }
            policy { min_topic_consultations 0 }
            member a
            let t = total(1 .. 4, a.contact)
            require t == 10 else "total is \\(t)"
            require total([0.5, 1], a.contact) == 1.5
            """, name: "p.cplan")
        #expect(!result.hasErrors, "\(result.renderedDiagnostics())")
        #expect(seen.value == 2)
    }

    @Test func eachDistinctCallRunsOncePerEvaluation() throws {
        let calls = CallCounter()
        var c = Engine.Configuration()
        try c.register(HostFunction("answer", parameters: [], returns: .integer) { _ throws(HostFunctionError) in
            calls.increment()
            return .integer(42)
        })
        let result = Engine(configuration: c).evaluate(source: """
            plan "P" { year 2025 }
            policy { min_topic_consultations 0 }
            for i in 1 .. 50 { require answer() == 42 }
            """, name: "p.cplan")
        #expect(!result.hasErrors, "\(result.renderedDiagnostics())")
        #expect(calls.value == 1)
    }

    @Test func wrongArgumentCountShowsTheSignature() throws {
        let result = evaluate(people + "let d = holidays_from_hr_system(2025, 2026)\n")
        let d = try #require(result.diagnostics.first { $0.code.id == "CP0480" })
        #expect(d.message == "`holidays_from_hr_system` takes 1 argument, found 2")
        #expect(d.help == "the host declares it as `holidays_from_hr_system(year: integer) -> list of day`")
        #expect(spanText(d, in: result) == "holidays_from_hr_system(2025, 2026)")
    }

    @Test func wrongArgumentTypeIsReportedAtTheArgument() throws {
        let result = evaluate(people + "let d = members_of(zhang)\n")
        let d = try #require(result.diagnostics.first { $0.code.id == "CP0481" })
        #expect(d.message == "argument 1 of `members_of` (`org`) must be a committee, found a member")
        #expect(spanText(d, in: result) == "zhang")
        #expect(d.help?.contains("members_of(org: committee) -> list of member") == true)
    }

    @Test func aThrownErrorBecomesADiagnosticAtTheArgument() throws {
        let result = evaluate(people + "let d = holidays_from_hr_system(1999)\n")
        let d = try #require(result.diagnostics.first { $0.code.id == "CP0482" })
        #expect(d.severity == .error)
        #expect(d.message == "`holidays_from_hr_system`: the HR system has no holidays for 1999")
        #expect(d.help == "it keeps 2025 only")
        #expect(spanText(d, in: result) == "1999")
        #expect(result.diagnostics.filter { $0.code.id == "CP0482" }.count == 1)
    }

    @Test func aResultOfTheWrongTypeIsTheHostsFault() throws {
        let result = evaluate(people + "let p = phone_of(li)\nlet q = phone_of(zhang)\n")
        let d = try #require(result.diagnostics.first { $0.code.id == "CP0483" })
        #expect(d.message == "host function `phone_of` returned nothing, but its signature says a string")
        #expect(spanText(d, in: result) == "phone_of(li)")
        #expect(result.diagnostics.filter { $0.severity == .error }.count == 1)
    }

    @Test func anUndeclaredIDIsReportedWithAHint() throws {
        let result = evaluate("""
            plan "P" { year 2025 }
            committee social
            member wang
            member zhan
            let people = members_of(social)
            """)
        let d = try #require(result.diagnostics.first { $0.code.id == "CP0484" })
        #expect(d.message.hasPrefix("host function `members_of` returned `zhao`, which the plan does not declare"))
        #expect(d.help?.hasPrefix("did you mean `zhan`?") == true)
    }

    @Test func aReferenceOfTheWrongKindIsTheHostsFault() throws {
        var c = Engine.Configuration()
        try c.register(HostFunction("chair", parameters: [], returns: .reference(.member)) { _ throws(HostFunctionError) in
            .reference("econ")
        })
        let result = Engine(configuration: c).evaluate(source: "plan \"P\" { year 2025 }\ncommittee econ\nlet x = chair()\n", name: "p.cplan")
        let d = try #require(result.diagnostics.first { $0.code.id == "CP0483" })
        #expect(d.message == "host function `chair` returned `econ`, a committee, but its signature says a member")
    }

    @Test func unknownFunctionsSuggestHostFunctions() throws {
        let result = evaluate(people + "let d = member_of(econ)\n")
        let d = try #require(result.diagnostics.first { $0.code.id == "CP0305" })
        #expect(d.help == "did you mean `members_of`?")
    }

    @Test func withoutRegistrationTheNameIsUnknown() throws {
        let result = Engine().evaluate(source: people + "let d = members_of(econ)\n", name: "p.cplan")
        #expect(result.diagnostics.contains { $0.code.id == "CP0305" })
    }

    @Test func hugeResultsCountEvaluationSteps() throws {
        var c = Engine.Configuration()
        c.limits.maxEvaluationSteps = 10_000
        try c.register(HostFunction("many", parameters: [], returns: .list(.integer)) { _ throws(HostFunctionError) in
            .list((0..<100_000).map { .integer(Int64($0)) })
        })
        let result = Engine(configuration: c).evaluate(source: "plan \"P\" { year 2025 }\nlet x = many()\n", name: "p.cplan")
        #expect(result.diagnostics.contains { $0.code.id == "CP0521" }, "\(result.diagnostics.map(\.code.id))")
    }

    @Test func returnedWordsReadAsValueWords() throws {
        var c = Engine.Configuration()
        try c.register(HostFunction("preferred_form", parameters: [], returns: .word) { _ throws(HostFunctionError) in
            .word("symposium")
        })
        try c.register(HostFunction("meeting_day", parameters: [HostParameter("d", .word)], returns: .boolean) { args throws(HostFunctionError) in
            .boolean(args.first == .word("tuesday"))
        })
        let result = Engine(configuration: c).evaluate(source: """
            plan "P" { year 2025 }
            policy { min_topic_consultations 0 }
            meeting m { form symposium  date 2025-05-06 }
            require m.form == preferred_form()
            require meeting_day(weekday(2025-05-06))
            """, name: "p.cplan")
        #expect(!result.hasErrors, "\(result.renderedDiagnostics())")
    }
}
