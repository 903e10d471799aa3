// `cplan repl` with stdin from a file: no prompts or echo, only results and
// errors, compared with golden files; the exit status of scripted sessions.

import Foundation
import Testing

/// One scripted session: the arguments, the input under Fixtures/repl/, the expected status.
struct ScriptedSession: Sendable, CustomStringConvertible {
    var name: String
    var arguments: [String]
    var status: Int32
    var description: String { name }
}

@Test(arguments: [
    // A session with no file: day arithmetic, a plan typed in, :why, :check, :schedule, :remind.
    ScriptedSession(name: "empty", arguments: ["repl", "--today", "2025-04-01"], status: 0),
    // The Nanning example: queries, additions, a record, errors and recovery, commands.
    ScriptedSession(name: "nanning", arguments: ["repl", "--today", "2025-04-01", "examples/nanning-2025.cplan"], status: 1),
    // Syntax errors, continuation lines, and an input left open at the end of the script.
    ScriptedSession(name: "errors", arguments: ["repl", "--today", "2025-04-01"], status: 1),
])
func scriptedSessionMatchesItsGolden(_ session: ScriptedSession) throws {
    let result = try runRepl(session.arguments, input: replFixtures.appendingPathComponent("\(session.name).session"))
    try expectReplGolden(result.stdout, "\(session.name).out")
    #expect(result.stderr == "")
    #expect(result.status == session.status)
}

@Test func aScriptedSessionPrintsNoPromptsAndExitsZero() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write("in.txt", "1 + 2\n\n40 + 2\n")
    let result = try runRepl(["repl"], input: scratch.root.appendingPathComponent("in.txt"))
    #expect(result.stdout == "3\n42\n")
    #expect(result.status == 0)
}

@Test func aContinuedInputIsOneInput() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write("in.txt", "count([1,\n  2,\n  3])\n")
    let result = try runRepl(["repl"], input: scratch.root.appendingPathComponent("in.txt"))
    #expect(result.stdout == "3\n")
}

@Test func aMissingFileExitsTwo() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write("in.txt", "1 + 2\n")
    let result = try runRepl(["repl", "no-such-plan.cplan"], input: scratch.root.appendingPathComponent("in.txt"))
    #expect(result.status == 2)
    #expect(result.stderr.contains("no such file"))
    #expect(result.stdout == "")
}

@Test func aFileWithErrorsPrintsThemAsCheckDoes() throws {
    let scratch = try Scratch()
    defer { scratch.remove() }
    try scratch.write("bad.cplan", "plan \"x\" { year 2025 }\nmeeting m { form symposium }\n")
    try scratch.write("in.txt", "count(meetings)\n")
    // Both follow the plan's locale (zh-CN by default), so the texts are identical.
    let check = try scratch.run(["check", "bad.cplan"])
    let repl = try runRepl(["repl", scratch.root.appendingPathComponent("bad.cplan").path], input: scratch.root.appendingPathComponent("in.txt"))
    let checkBody = check.stdout.replacingOccurrences(of: "bad.cplan", with: "FILE")
    let replBody = repl.stdout.replacingOccurrences(of: scratch.root.appendingPathComponent("bad.cplan").path, with: "FILE")
    #expect(replBody.hasPrefix(checkBody))
    #expect(replBody.hasSuffix("1\n"))
}
