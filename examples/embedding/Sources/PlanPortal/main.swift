// plan-portal: a small host that embeds the ConsultPlan library, registers a host function
// the plan calls, evaluates, and prints reminders and a JSON schedule — no subprocess, no cplan.
//
//   plan-portal [--on YYYY-MM-DD] [--days N]        the built-in plan (uses host functions)
//   plan-portal --plan FILE --on DAY --json-reminders   exactly `cplan remind FILE --on DAY --format json`
//   plan-portal --plan FILE --today DAY --json-schedule exactly `cplan schedule FILE --today DAY --format json`
import ConsultPlan
import Foundation

// MARK: the host's data

/// What the portal's HR system knows: committee → member IDs.
let membership: [String: [String]] = [
    "econ": ["zhang", "li"],
    "social": ["wang"],
]

/// `members_of(org: committee) -> list of member`: the plan asks the HR system who sits on a committee.
let membersOf = HostFunction(
    "members_of", parameters: [HostParameter("org", .reference(.committee))], returns: .list(.reference(.member)),
    summary: "The members of a committee, as the HR system lists them."
) { arguments throws(HostFunctionError) in
    guard let id = arguments.first?.referenceID, let ids = membership[id] else {
        throw HostFunctionError("the HR system does not know this committee", argument: 0)
    }
    return .list(ids.map { .reference($0) })
}

/// The plan a user submitted to the portal; in a real service it comes from a request or a database.
let submittedPlan = """
    include "shared/people.cplan"
    plan "Embedded portal plan 2025" {
      year 2025
      organization "Example CPPCC"
      locale "en"
    }
    policy { min_topic_consultations 1  supervision_share 0% }

    meeting plenary "Annual plenary session" {
      form plenary
      date 2025-01-08 .. 2025-01-11
      participants all
    }

    meeting housing "Renewing old residential compounds" {
      form special_consultation
      date 2025-04-22 09:00..12:00
      lead econ
      participants members_of(econ)
      invite zjj
      prepare "Survey report" by econ due 10 days before
      feedback zjj within 20 workdays
    }

    require count(members_of(econ)) >= 2 else "the economic committee needs two members"
    """

/// Files the plan includes, held in memory: the portal has no file system of its own.
let sharedFiles = [
    "shared/people.cplan": """
        committee econ "Economic Committee"
        committee social "Social Affairs Committee"
        department zjj "Housing Bureau"
        member zhang "Zhang Wei" { committee econ }
        member li "Li Na" { committee econ }
        member wang "Wang Qiang" { committee social }
        """,
]

// MARK: a file include loader, for --plan (a host may read files; the library never does)

/// Reads included files relative to the including file, inside the main file's folder.
struct FolderIncludeLoader: IncludeLoader {
    func load(path: String, from includingFile: String, mainFile: String) -> Result<SourceFile, IncludeLoadError> {
        let base = URL(fileURLWithPath: includingFile).deletingLastPathComponent()
        let url = base.appendingPathComponent(path).standardizedFileURL
        let root = URL(fileURLWithPath: mainFile).deletingLastPathComponent().standardizedFileURL.path + "/"
        guard url.path.hasPrefix(root) else {
            return .failure(IncludeLoadError(message: "\(path) lies outside \(root)", isOutsideTree: true))
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return .failure(IncludeLoadError(message: "file not found: \(url.path)"))
        }
        // The name diagnostics show: the joined path, as `cplan` shows it.
        let name = (includingFile as NSString).deletingLastPathComponent
        return .success(SourceFile(name: name.isEmpty ? path : name + "/" + path, bytes: Array(data)))
    }
}

// MARK: the command line

var on = Day(year: 2025, month: 4, day: 10) ?? .minimum
var today: Day?
var days = 14
var planPath: String?
var mode = "summary"
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    switch argument {
    case "--on", "--today":
        guard let text = arguments.popFirst(), let day = Day(text) else {
            FileHandle.standardError.write(Data("plan-portal: \(argument) needs a day like 2025-04-10\n".utf8))
            exit(2)
        }
        if argument == "--on" { on = day } else { today = day }
    case "--days":
        guard let text = arguments.popFirst(), let n = Int(text), n >= 0 else { exit(2) }
        days = n
    case "--plan": planPath = arguments.popFirst()
    case "--json-reminders": mode = "reminders"
    case "--json-schedule": mode = "schedule"
    default:
        FileHandle.standardError.write(Data("plan-portal: unknown argument \(argument)\n".utf8))
        exit(2)
    }
}

// MARK: embedding: configure, register, evaluate

var configuration = Engine.Configuration()
// The host supplies "today": the library never reads the clock. Like `cplan remind`, --on sets it.
configuration.today = today ?? on
do {
    try configuration.register(membersOf)
} catch {
    FileHandle.standardError.write(Data("plan-portal: \(error)\n".utf8))
    exit(2)
}

let result: EvaluationResult
if let planPath {
    guard let data = FileManager.default.contents(atPath: planPath) else {
        FileHandle.standardError.write(Data("plan-portal: cannot read \(planPath)\n".utf8))
        exit(2)
    }
    configuration.includeLoader = FolderIncludeLoader()
    result = Engine(configuration: configuration).evaluate(file: SourceFile(name: planPath, bytes: Array(data)))
} else {
    configuration.includeLoader = InMemoryIncludeLoader(files: sharedFiles)
    result = Engine(configuration: configuration).evaluate(source: submittedPlan, name: "submitted.cplan")
}

// Diagnostics go to stderr, rendered exactly as `cplan check` renders them.
FileHandle.standardError.write(Data(result.renderedDiagnostics().utf8))
guard let plan = result.plan, !result.hasErrors else { exit(1) }

// MARK: reading the plan

switch mode {
case "reminders":
    let reminders = plan.reminders(on: on, days: days)
    print(renderReminders(plan, reminders: reminders, on: on, days: days, format: .json), terminator: "")
case "schedule":
    print(renderSchedule(plan, format: .json), terminator: "")
default:
    print("\(plan.header.title): \(plan.meetings.count) meetings")
    for meeting in plan.meetings {
        let when = meeting.date.firstDay == meeting.date.lastDay
            ? meeting.date.firstDay.description : "\(meeting.date.firstDay) .. \(meeting.date.lastDay)"
        let duties = meeting.feedback.map { "\($0.department) by \($0.due?.description ?? "?")" }
        print("- \(meeting.id) [\(meeting.form ?? "-")] \(when): \(meeting.participants.joined(separator: ", "))"
              + (duties.isEmpty ? "" : "; feedback: \(duties.joined(separator: ", "))"))
    }
    print("Reminders from \(on) for \(days) days:")
    for reminder in plan.reminders(on: on, days: days) {
        print("  \(reminder.date) \(reminder.kind.rawValue) \(reminder.status.rawValue): \(reminder.text) (\(reminder.who.joined(separator: ", ")))")
    }
    let json = renderSchedule(plan, format: .json, query: ScheduleQuery(month: YearMonth(year: 2025, month: 4)))
    print("Schedule for 2025-04 (JSON):")
    print(json, terminator: "")
}
