// Host functions: Swift functions an embedder registers so that plans can call them
// (`holidays_from_hr_system(2025)`, `members_of(econ)`), with typed arguments and errors as diagnostics.

/// The type of a host function's parameter or result, checked at every call.
///
/// A script value is converted to a ``HostValue`` only when it has the parameter's type;
/// otherwise the call gets a diagnostic (`CP0481`) that shows the function's signature.
/// The same check applies to what the function returns (`CP0483`).
public indirect enum HostValueType: Sendable, Hashable, CustomStringConvertible {
    /// A 64-bit integer.
    case integer
    /// An exact decimal; an integer argument is accepted and converted.
    case decimal
    /// A string.
    case string
    /// `true` or `false`.
    case boolean
    /// A calendar day (`2025-04-22`).
    case day
    /// A time of day (`09:30`).
    case time
    /// A month (`2025-04`).
    case month
    /// A quarter (`2025-Q2`).
    case quarter
    /// A duration (`3 months`, `20 workdays`).
    case duration
    /// A value word: a form, source, weekday, calendar name, status or role word, by its English word.
    case word
    /// A reference to a declaration, by ID; with a kind, only declarations of that kind.
    /// Meetings include series occurrences (`forum.3`).
    case reference(EntityKind?)
    /// A list whose elements all have the given type. A range (`1 .. 5`) is passed as a list.
    case list(HostValueType)
    /// The given type, or nothing (an attribute that is not set, ``HostValue/nothing``).
    case optional(HostValueType)
    /// Any value.
    case any

    /// How signatures and messages show the type: `integer`, `list of member`, `optional day`.
    public var description: String {
        switch self {
        case .integer: "integer"
        case .decimal: "decimal"
        case .string: "string"
        case .boolean: "boolean"
        case .day: "day"
        case .time: "time"
        case .month: "month"
        case .quarter: "quarter"
        case .duration: "duration"
        case .word: "value word"
        case .reference(let kind?): kind.rawValue
        case .reference(nil): "declaration"
        case .list(let element): "list of \(element)"
        case .optional(let wrapped): "optional \(wrapped)"
        case .any: "any value"
        }
    }
}

/// A value passed between a plan and a host function.
///
/// Arguments arrive in this form, already checked against the function's parameter types,
/// and the function returns one. Declarations travel by ID: a member argument arrives as
/// `.reference("zhang")`, and a function may return `.reference("zhang")` for any ID the plan
/// declares (an ID the plan does not declare is a diagnostic at the call, `CP0484`).
public indirect enum HostValue: Sendable, Hashable, CustomStringConvertible {
    /// A 64-bit integer.
    case integer(Int64)
    /// An exact decimal.
    case decimal(ExactDecimal)
    /// A string.
    case string(String)
    /// A boolean.
    case boolean(Bool)
    /// A calendar day.
    case day(Day)
    /// A time of day.
    case time(TimeOfDay)
    /// A month.
    case month(YearMonth)
    /// A quarter.
    case quarter(YearQuarter)
    /// A duration.
    case duration(Duration)
    /// A value word by its English word (`symposium`, `citizens`, `monday`, `standing`).
    /// Returned words are read as a form, source, weekday or calendar name when they are one,
    /// else as a status word, else as a role word.
    case word(String)
    /// A declaration (member, committee, sector, party, department, group, meeting, series) by ID.
    case reference(String)
    /// A list.
    case list([HostValue])
    /// No value: an attribute that is not set.
    case nothing

    /// The value's type name, as messages show it.
    public var typeName: String {
        switch self {
        case .integer: "integer"
        case .decimal: "decimal"
        case .string: "string"
        case .boolean: "boolean"
        case .day: "day"
        case .time: "time"
        case .month: "month"
        case .quarter: "quarter"
        case .duration: "duration"
        case .word: "value word"
        case .reference: "declaration"
        case .list: "list"
        case .nothing: "nothing"
        }
    }

    /// A short rendering for messages and debugging: `2025-04-22`, `"text"`, `[1, 2]`.
    public var description: String {
        switch self {
        case .integer(let n): "\(n)"
        case .decimal(let d): d.description
        case .string(let s): "\"\(s)\""
        case .boolean(let b): b ? "true" : "false"
        case .day(let d): d.description
        case .time(let t): t.description
        case .month(let m): m.description
        case .quarter(let q): q.description
        case .duration(let d): d.description
        case .word(let w), .reference(let w): w
        case .list(let items): "[" + items.map(\.description).joined(separator: ", ") + "]"
        case .nothing: "nothing"
        }
    }

    /// The integer, if this is one.
    public var integerValue: Int64? {
        if case .integer(let n) = self { return n }
        return nil
    }

    /// The string, if this is one.
    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The day, if this is one.
    public var dayValue: Day? {
        if case .day(let d) = self { return d }
        return nil
    }

    /// The declaration's ID, if this is a reference.
    public var referenceID: String? {
        if case .reference(let id) = self { return id }
        return nil
    }

    /// The elements, if this is a list.
    public var listValue: [HostValue]? {
        if case .list(let items) = self { return items }
        return nil
    }
}

/// A failure a host function reports; it becomes an error diagnostic (`CP0482`) at the call.
///
/// The message should say what was wrong in the planner's terms ("the HR system has no data
/// for 2031"); `argument` points the diagnostic at one argument instead of the whole call.
public struct HostFunctionError: Error, Sendable, Hashable {
    /// What went wrong, shown as the diagnostic's message after the function's name.
    public var message: String
    /// A fix, shown as the diagnostic's `help:` line.
    public var help: String?
    /// The 0-based index of the argument at fault, if one is.
    public var argument: Int?

    /// Creates an error.
    public init(_ message: String, help: String? = nil, argument: Int? = nil) {
        self.message = message
        self.help = help
        self.argument = argument
    }
}

/// One named, typed parameter of a host function.
public struct HostParameter: Sendable, Hashable {
    /// The name, shown in the signature (`year`).
    public var name: String
    /// The type each argument must have.
    public var type: HostValueType

    /// Creates a parameter.
    public init(_ name: String, _ type: HostValueType) {
        self.name = name
        self.type = type
    }
}

/// A function the host adds to the language.
///
/// Plans call it like a built-in function: `let days = holidays_from_hr_system(2025)`.
/// The engine checks the number and types of the arguments, converts them to ``HostValue``s,
/// calls ``body``, checks the result against ``returns``, and converts it back. Every
/// problem is a diagnostic at the call; a host function never stops the evaluation.
///
/// The body must be a pure function of its arguments (it may read data the host loaded
/// beforehand). The engine calls it at most once per distinct argument list in one
/// evaluation and reuses the answer, because it may evaluate an expression more than once;
/// it may call it from any thread, so the body must be `Sendable`.
///
/// ```swift
/// let holidays = HostFunction(
///     "holidays_from_hr_system", parameters: [HostParameter("year", .integer)],
///     returns: .list(.day)
/// ) { arguments throws(HostFunctionError) in
///     guard let year = arguments.first?.integerValue, year == 2025 else {
///         throw HostFunctionError("the HR system has no holidays for that year", argument: 0)
///     }
///     return .list([.day(Day(year: 2025, month: 6, day: 3) ?? .minimum)])
/// }
/// ```
public struct HostFunction: Sendable {
    /// The name plans call it by: an identifier that is neither reserved nor a built-in function.
    public var name: String
    /// The parameters, in order; a call must give exactly this many arguments.
    public var parameters: [HostParameter]
    /// The type of the result.
    public var returns: HostValueType
    /// One line saying what it does (shown in help for unknown functions and by hosts).
    public var summary: String?
    /// The function itself.
    public var body: @Sendable ([HostValue]) throws(HostFunctionError) -> HostValue

    /// Creates a host function.
    public init(
        _ name: String, parameters: [HostParameter], returns: HostValueType, summary: String? = nil,
        body: @escaping @Sendable ([HostValue]) throws(HostFunctionError) -> HostValue
    ) {
        self.name = name
        self.parameters = parameters
        self.returns = returns
        self.summary = summary
        self.body = body
    }

    /// The signature as messages show it: `members_of(org: committee) -> list of member`.
    public var signature: String {
        "\(name)(" + parameters.map { "\($0.name): \($0.type)" }.joined(separator: ", ") + ") -> \(returns)"
    }
}

/// Why a host function could not be registered.
public struct HostFunctionRegistrationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of problem.
    public enum Reason: String, Sendable, Hashable {
        /// The name is a built-in function (`count`, `today`…); built-ins cannot be replaced.
        case builtIn
        /// The name is a reserved word (`let`, `where`…) and could never be called.
        case reserved
        /// The name is not an identifier.
        case notAnIdentifier
        /// A host function of that name is already registered.
        case duplicate
    }

    /// The name that was refused.
    public var name: String
    /// Why.
    public var reason: Reason

    /// Creates an error.
    public init(name: String, reason: Reason) {
        self.name = name
        self.reason = reason
    }

    /// A sentence for the host's logs.
    public var description: String {
        switch reason {
        case .builtIn: "`\(name)` is a built-in function of the language and cannot be replaced by a host function"
        case .reserved: "`\(name)` is a reserved word and cannot name a host function"
        case .notAnIdentifier: "`\(name)` is not an identifier (letters, digits and `_`, not starting with a digit)"
        case .duplicate: "a host function named `\(name)` is already registered"
        }
    }
}

extension Engine {
    /// The built-in functions of the language (LANGUAGE.md 7.4), which host functions cannot replace.
    public static var builtInFunctionNames: [String] { Evaluator.functions.keys.sorted() }
}

extension Engine.Configuration {
    /// Adds a function that plans can call.
    ///
    /// Decision: a name clash is an error here, at configuration time, rather than a silent
    /// shadowing at run time, so a plan's meaning never depends on which host runs it:
    /// built-in names (``Engine/builtInFunctionNames``), reserved words and names already
    /// registered are refused.
    ///
    /// - Throws: ``HostFunctionRegistrationError`` naming the reason.
    public mutating func register(_ function: HostFunction) throws(HostFunctionRegistrationError) {
        let name = function.name
        guard Engine.Configuration.isIdentifier(name) else {
            throw HostFunctionRegistrationError(name: name, reason: .notAnIdentifier)
        }
        if ReservedWord.bySpelling[name] != nil { throw HostFunctionRegistrationError(name: name, reason: .reserved) }
        if Evaluator.functions[name] != nil { throw HostFunctionRegistrationError(name: name, reason: .builtIn) }
        if hostFunction(named: name) != nil { throw HostFunctionRegistrationError(name: name, reason: .duplicate) }
        hostFunctions.append(function)
    }

    /// The registered host function called `name`, if any.
    public func hostFunction(named name: String) -> HostFunction? {
        hostFunctions.first { $0.name == name }
    }

    /// XID characters and `_`, not starting with a digit (the lexer's identifier, LANGUAGE.md 2.2).
    private static func isIdentifier(_ s: String) -> Bool {
        guard let first = s.unicodeScalars.first else { return false }
        guard first.properties.isXIDStart || first == "_" else { return false }
        return s.unicodeScalars.allSatisfy { $0.properties.isXIDContinue || $0 == "_" }
    }
}
