// The host functions of the catalog's CP048x examples and of the Embedding article:
// a pretend HR system with members, holidays and phone numbers.
import ConsultPlan
import Synchronization
import Testing

/// A pretend HR system: what an office tool would ask before evaluating a plan.
enum ExampleHost {
    /// Committee ID → member IDs; `zhao` is deliberately missing from the catalog's bad example.
    static let membership: [String: [String]] = ["econ": ["zhang", "li"], "social": ["wang", "zhao"]]

    /// Days off the HR system knows beyond the state calendar (2025 only).
    static let holidays2025 = [Day(year: 2025, month: 6, day: 3), Day(year: 2025, month: 9, day: 12)].compactMap { $0 }

    /// `members_of(org: committee) -> list of member`.
    static let membersOf = HostFunction(
        "members_of", parameters: [HostParameter("org", .reference(.committee))], returns: .list(.reference(.member)),
        summary: "The members of a committee, as the HR system lists them."
    ) { arguments throws(HostFunctionError) in
        guard let id = arguments.first?.referenceID, let ids = membership[id] else {
            throw HostFunctionError("the HR system does not know this committee", argument: 0)
        }
        return .list(ids.map { .reference($0) })
    }

    /// `holidays_from_hr_system(year: integer) -> list of day`; fails for other years than 2025.
    static let holidays = HostFunction(
        "holidays_from_hr_system", parameters: [HostParameter("year", .integer)], returns: .list(.day)
    ) { arguments throws(HostFunctionError) in
        guard let year = arguments.first?.integerValue else { throw HostFunctionError("expected a year") }
        guard year == 2025 else {
            throw HostFunctionError("the HR system has no holidays for \(year)", help: "it keeps 2025 only", argument: 0)
        }
        return .list(holidays2025.map { .day($0) })
    }

    /// `phone_of(m: member) -> string`; buggy on purpose: returns nothing for members without a phone.
    static let phoneOf = HostFunction(
        "phone_of", parameters: [HostParameter("m", .reference(.member))], returns: .string
    ) { arguments throws(HostFunctionError) in
        arguments.first?.referenceID == "zhang" ? .string("0771-1234567") : .nothing
    }

    /// A configuration with the three functions, evaluating as of `today`.
    static func configuration(today: Day = Day(year: 2025, month: 1, day: 1) ?? .minimum) -> Engine.Configuration {
        var c = Engine.Configuration(today: today)
        do {
            try c.register(membersOf)
            try c.register(holidays)
            try c.register(phoneOf)
        } catch {
            Issue.record("registration failed: \(error)")
        }
        return c
    }
}

/// Counts calls across threads (host function bodies are `@Sendable`).
final class CallCounter: Sendable {
    private let count = Mutex(0)
    /// Adds one.
    func increment() { count.withLock { $0 += 1 } }
    /// The calls so far.
    var value: Int { count.withLock { $0 } }
}
