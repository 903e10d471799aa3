// Runs the library's phases one by one over a plan file and reports, per phase,
// CPU time, resident memory, and the diagnostics found (by code and severity).
//
// Usage: PhaseProbe FILE [--today YYYY-MM-DD] [--repeat N] [--front | --model] [--lean]
// `--lean` evaluates as the `cplan` subcommands do (`keepsSyntaxTrees` off: no trees
// kept, meeting bodies skimmed and parsed as each meeting is built).
// `--front` measures only the front end: lex alone, then in a fresh state
// the streaming parse the engine uses (`keepTokens: false`), then stops.
// `--model` measures the evaluated plan alone: the heap bytes in use (glibc's
// `mallinfo2`) still held once the result's programs, sources and diagnostics are gone.
// The plan checks run through `PlanChecks.run` directly, so the probe also works
// before (or without) the engine's wiring of the checks.

import CHeapProbe
import ConsultPlan
import Foundation

/// CPU seconds (user + system) of this process so far.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
}

/// Resident and peak resident memory in MB, from /proc/self/status.
func memoryMB() -> (rss: Double, peak: Double) {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
    var rss = 0.0, peak = 0.0
    for line in status.split(separator: "\n") {
        let parts = line.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2, let kb = Double(parts[1]) else { continue }
        if line.hasPrefix("VmRSS:") { rss = kb / 1024 }
        if line.hasPrefix("VmHWM:") { peak = kb / 1024 }
    }
    return (rss, peak)
}

var arguments = CommandLine.arguments.dropFirst().makeIterator()
var path: String?
var today = Day(year: 2025, month: 6, day: 1) ?? .minimum
var repeats = 1
var frontOnly = false
var modelOnly = false
var lean = false
while let a = arguments.next() {
    switch a {
    case "--today":
        let t = arguments.next() ?? ""
        let p = t.split(separator: "-").compactMap { Int($0) }
        if p.count == 3, let d = Day(year: p[0], month: p[1], day: p[2]) { today = d }
    case "--repeat": repeats = Int(arguments.next() ?? "") ?? 1
    case "--front": frontOnly = true
    case "--model": modelOnly = true
    case "--lean": lean = true
    default: path = a
    }
}
guard let path, let data = FileManager.default.contents(atPath: path) else {
    FileHandle.standardError.write(Data("usage: PhaseProbe FILE [--today YYYY-MM-DD] [--repeat N] [--front | --model] [--lean]\n".utf8))
    exit(2)
}

/// The engine as the probe runs it: the library's default, or as `cplan` runs it (`--lean`).
@MainActor func makeEngine() -> Engine {
    var configuration = Engine.Configuration(today: today)
    configuration.keepsSyntaxTrees = !lean
    return Engine(configuration: configuration)
}

/// Runs `body`, prints the phase's CPU time and memory, returns its value.
func phase<T>(_ name: String, _ body: () -> T) -> T {
    let before = cpuSeconds()
    let value = body()
    let cpu = cpuSeconds() - before
    let mem = memoryMB()
    print(name.padding(toLength: 24, withPad: " ", startingAt: 0) + String(format: "%8.3f s cpu   rss %7.1f MB   peak %7.1f MB", cpu, mem.rss, mem.peak))
    return value
}

if frontOnly {
    for round in 0..<repeats {
        if repeats > 1 { print("-- round \(round + 1)") }
        let file = phase("read") { SourceFile(name: path, bytes: [UInt8](data)) }
        if round == 0 {
            // The parse first, so its RSS figure is not inflated by the lexer's token array.
            let parsed = phase("parse (no tokens)") {
                Parser.parse(file, id: FileID(0), mode: .file, limits: Limits(), keepTokens: false)
            }
            print("   \(parsed.program.statements.count) statements, \(parsed.diagnostics.count) syntax diagnostics")
        } else {
            _ = phase("parse (no tokens)") {
                Parser.parse(file, id: FileID(0), mode: .file, limits: Limits(), keepTokens: false).program.statements.count
            }
        }
        let count = phase("lex") { Lexer.tokenize(file, id: FileID(0)).tokens.count }
        print("   \(count) tokens")
    }
    exit(0)
}

/// Heap bytes in use (glibc: allocated chunks, their headers and rounding included).
func heapInUse() -> Int { Int(heap_probe_in_use()) }

if modelOnly {
    let file = SourceFile(name: path, bytes: [UInt8](data))
    let engine = makeEngine()
    let before = heapInUse()
    var result: EvaluationResult? = phase("engine.evaluate (all)") { engine.evaluate(file: file) }
    var plan = result?.plan
    result = nil
    let after = heapInUse()
    let count = plan?.meetings.count ?? 0
    print("   \(count) meetings; heap growth over the evaluation \((after - before) / max(count, 1)) B per meeting (what the evaluation freed included; the parts below are the model)")
    print("   stride Assignee? \(MemoryLayout<Assignee?>.size), Meeting \(MemoryLayout<Meeting>.stride), MeetingTask \(MemoryLayout<MeetingTask>.stride), FeedbackDuty \(MemoryLayout<FeedbackDuty>.stride), MeetingSpans \(MemoryLayout<MeetingSpans>.stride), MeetingDate \(MemoryLayout<MeetingDate>.stride)")
    // What each part holds: the heap given back when it is emptied in every meeting
    // (storage shared with something still alive gives back nothing).
    if var meetings = plan?.meetings {
        plan?.meetings = []
        let first = meetings[0]
        let start = heapInUse()
        // What sharing equal ID lists between meetings would save (the evaluator builds each anew).
        if ProcessInfo.processInfo.environment["PROBE_SHARE_LISTS"] != nil {
            var pool: [[String]: [String]] = [:]
            for i in meetings.indices {
                let p = meetings[i].participants, v = meetings[i].invite
                if let shared = pool[p] { meetings[i].participants = shared } else { pool[p] = p }
                if let shared = pool[v] { meetings[i].invite = shared } else { pool[v] = v }
            }
            let now = heapInUse()
            print("   sharing equal participant/invite lists: \(Double(start - now) / Double(max(count, 1))) B per meeting saved, \(pool.count) distinct lists")
        }
        let parts: [(String, (inout Meeting) -> Void)] = [
            ("participants", { $0.participants = [] }), ("invite", { $0.invite = [] }), ("with", { $0.with = [] }),
            ("tasks", { $0.tasks = [] }), ("feedback", { $0.feedback = [] }),
            ("title+topic", { $0.title = ""; $0.topic = "" }), ("id", { $0.id = "" }),
            ("the rest", { $0 = first }),
        ]
        var last = heapInUse()
        for (name, empty) in parts {
            for i in meetings.indices where i > 0 { empty(&meetings[i]) }
            let now = heapInUse()
            print("   " + name.padding(toLength: 14, withPad: " ", startingAt: 0) + "\(Double(last - now) / Double(max(count, 1))) B per meeting")
            last = now
        }
        let beforeDrop = heapInUse()
        meetings = []
        let end = heapInUse()
        print("   the meetings array \(Double(beforeDrop - end) / Double(max(count, 1))) B per meeting")
        print("   the model in all: \(Double(start - end) / Double(max(count, 1))) B per meeting")
    }
    withExtendedLifetime(plan) {}
    exit(0)
}

for round in 0..<repeats {
    if repeats > 1 { print("-- round \(round + 1)") }
    let file = phase("read") { SourceFile(name: path, bytes: [UInt8](data)) }
    let tokens = phase("lex") { Lexer.tokenize(file, id: FileID(0)) }
    print("   \(tokens.tokens.count) tokens, \(tokens.diagnostics.count) lexer diagnostics")
    let parsed = phase("lex+parse") { Parser.parse(file, id: FileID(0)) }
    print("   \(parsed.program.statements.count) statements, \(parsed.diagnostics.count) syntax diagnostics")
    let engine = makeEngine()
    let result = phase("engine.evaluate (all)") { engine.evaluate(file: file) }
    guard let plan = result.plan else {
        print("no plan; \(result.diagnostics.count) diagnostics")
        for d in result.diagnostics.prefix(10) { print("   \(d.code) \(d.severity): \(d.message)") }
        exit(1)
    }
    print("   \(plan.meetings.count) meetings, \(result.diagnostics.count) diagnostics from evaluate")
    let checks = phase("PlanChecks.run") { PlanChecks.run(plan) }
    let all = result.diagnostics + checks
    var byCode: [String: (Severity, Int, String)] = [:]
    for d in all {
        let old = byCode[d.code.id]
        byCode[d.code.id] = (d.severity, (old?.1 ?? 0) + 1, old?.2 ?? d.message)
    }
    print("   \(all.count) diagnostics in all (evaluation + checks)")
    for (code, v) in byCode.sorted(by: { $0.key < $1.key }) {
        print("   \(code) \(v.0) ×\(v.1): \(v.2)")
    }
}

if CommandLine.arguments.contains("--layout") || ProcessInfo.processInfo.environment["PROBE_LAYOUT"] != nil {
    print("stride Token \(MemoryLayout<Token>.stride), TokenValue \(MemoryLayout<TokenValue>.stride), Span \(MemoryLayout<Span>.stride)")
    print("stride Expression \(MemoryLayout<ConsultPlan.Expression>.stride), Word \(MemoryLayout<Word>.stride), Attribute \(MemoryLayout<Attribute>.stride), AttributeValue \(MemoryLayout<AttributeValue>.stride)")
    print("stride Declaration \(MemoryLayout<Declaration>.stride), Statement \(MemoryLayout<Statement>.stride), Meeting \(MemoryLayout<Meeting>.stride), Diagnostic \(MemoryLayout<Diagnostic>.stride)")
}
