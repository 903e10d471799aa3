// Hostile input against the built `cplan` binary: every input ends promptly
// with the right exit status and its own diagnostic code, never a crash or hang.

import Foundation
import Testing

/// One hostile case: the files to write, how to run, and what must come out.
struct HostileCase: CustomTestStringConvertible, Sendable {
    /// Names the case in test output.
    var name: String
    /// Files relative to the scratch folder, generated at test time (big ones are never committed).
    var files: @Sendable () -> [(path: String, bytes: [UInt8])]
    /// The arguments after `cplan`.
    var arguments: [String] = ["check", "main.cplan"]
    /// Extra setup in the scratch folder (symbolic links, FIFOs).
    var setup: (@Sendable (URL) throws -> Void)?
    /// The exit status expected (1 findings, 2 I/O).
    var status: Int32
    /// A diagnostic code that must appear on stderr or stdout (nil: none expected).
    var code: String?
    /// The most CPU seconds (user + system) the debug binary may take. CPU time, not
    /// wall time: tests run beside builds and other tests on small machines.
    var seconds: Double = 5

    var testDescription: String { name }
}

/// The plan header every generated program starts with.
private let header = "plan \"P\" { year 2025 }\n"

/// The text as bytes.
private func utf8(_ s: String) -> [UInt8] { Array(s.utf8) }

/// Deterministic pseudo-random bytes (a linear congruential generator: same bytes every run).
private func garbage(count: Int, seed: UInt64) -> [UInt8] {
    var state = seed
    var out: [UInt8] = []
    out.reserveCapacity(count)
    for _ in 0..<count {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        out.append(UInt8(truncatingIfNeeded: state >> 33))
    }
    return out
}

private func main(_ bytes: [UInt8]) -> @Sendable () -> [(path: String, bytes: [UInt8])] {
    { [("main.cplan", bytes)] }
}

private let hostileCases: [HostileCase] = [
    HostileCase(name: "empty file", files: main([]), status: 1, code: "CP0407"),
    HostileCase(name: "only a byte-order mark", files: main([0xEF, 0xBB, 0xBF]), status: 1, code: "CP0407"),
    HostileCase(
        name: "only comments", files: main(utf8("// a comment\n/* a block\n   comment */\n")), status: 1, code: "CP0407"),
    HostileCase(
        name: "100 KB of binary garbage", files: main(garbage(count: 100_000, seed: 7)), status: 1, code: "CP0550"),
    HostileCase(
        name: "invalid UTF-8", files: main(utf8(header + "let x = \"") + [0xFF, 0xFE, 0xC3] + utf8("\"\n")),
        status: 1, code: "CP0100"),
    HostileCase(
        name: "NUL bytes", files: main(utf8(header + "let x") + [0] + utf8(" = 1\n") + [0, 0]), status: 1, code: "CP0101"),
    HostileCase(
        name: "a 10 MB single line",
        files: main(utf8(header + "let x = \"" + String(repeating: "a", count: 10 * 1024 * 1024) + "\"\n")),
        status: 1, code: "CP0500"),
    HostileCase(
        name: "100,000 nested brackets",
        files: main(utf8(header + "let x = " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n")),
        status: 1, code: "CP0501"),
    HostileCase(
        name: "100,000 nested parentheses",
        files: main(utf8(header + "let x = " + String(repeating: "(", count: 100_000) + "1" + String(repeating: ")", count: 100_000) + "\n")),
        status: 1, code: "CP0501"),
    HostileCase(
        name: "100,000 nested blocks",
        files: main(utf8(header + String(repeating: "if true {\n", count: 100_000) + String(repeating: "}\n", count: 100_000))),
        status: 1, code: "CP0501"),
    HostileCase(
        name: "not not not … 100,000 times",
        files: main(utf8(header + "let x = " + String(repeating: "not ", count: 100_000) + "true\n")),
        status: 1, code: "CP0510"),
    HostileCase(
        name: "100,000 unary minus signs",
        files: main(utf8(header + "let x = " + String(repeating: "-", count: 100_000) + "1\n")),
        status: 1, code: "CP0510"),
    HostileCase(
        name: "100,000 nested interpolations",
        files: main(utf8(header + "let x = " + String(repeating: "\"\\(", count: 100_000) + "1" + String(repeating: ")\"", count: 100_000) + "\n")),
        status: 1, code: "CP0502"),
    HostileCase(
        name: "100,000 unclosed interpolations",
        files: main(utf8(header + "let x = \"" + String(repeating: "\\(", count: 100_000) + "\n")),
        status: 1, code: "CP0550"),
    HostileCase(
        name: "100,000 nested block comments",
        files: main(utf8(header + String(repeating: "/*", count: 100_000) + String(repeating: "*/", count: 100_000) + "\nlet = \n")),
        status: 1, code: "CP0213"),
    HostileCase(
        name: "a series of a billion occurrences",
        files: main(utf8(header + "series s {\n  form symposium\n  every 1 days from 0001-01-01 until 9999-12-31\n}\n")),
        status: 1, code: "CP0520"),
    HostileCase(
        name: "for over 1..1000000000",
        files: main(utf8(header + "for i in 1..1000000000 {\n  let x = i * 2\n}\n")),
        status: 1, code: "CP0521"),
    HostileCase(
        name: "for generating a billion meetings (stopped before the first: too many steps)",
        files: main(utf8(header + "for i in 1..1000000000 {\n  meeting m_\\(i) { form symposium  date 2025-05-06 }\n}\n")),
        status: 1, code: "CP0521"),
    HostileCase(
        name: "for generating 200,000 meetings",
        files: main(utf8(header + "for i in 1..200000 {\n  meeting m_\\(i) { form symposium  date 2025-05-06 }\n}\n")),
        status: 1, code: "CP0520", seconds: 10),
    HostileCase(
        name: "a template that uses itself through another",
        files: main(utf8(header + "template a() {\n  use b()\n}\ntemplate b() {\n  use a()\n}\nuse a()\n")),
        status: 1, code: "CP0309"),
    HostileCase(
        name: "an include cycle",
        files: { [("main.cplan", utf8(header + "include \"second.cplan\"\n")), ("second.cplan", utf8("include \"main.cplan\"\n"))] },
        status: 1, code: "CP0525"),
    HostileCase(
        name: "an include escaping through a symbolic link",
        files: { [("plan/main.cplan", utf8(header + "include \"link.cplan\"\n")), ("outside.cplan", utf8("member x\n"))] },
        arguments: ["check", "plan/main.cplan"],
        setup: { root in
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("plan/link.cplan").path,
                withDestinationPath: root.appendingPathComponent("outside.cplan").path)
        },
        status: 1, code: "CP0527"),
    HostileCase(
        name: "an include of an absolute path outside the tree",
        files: main(utf8(header + "include \"/etc/passwd\"\n")), status: 1, code: "CP0527"),
    HostileCase(
        name: "an include of a FIFO inside the tree",
        files: main(utf8(header + "include \"pipe.cplan\"\n")),
        setup: { root in
            guard mkfifo(root.appendingPathComponent("pipe.cplan").path, 0o600) == 0 else {
                throw CocoaError(.fileWriteUnknown)
            }
        },
        status: 1, code: "CP0526"),
    HostileCase(
        name: "a folder with a symbolic-link loop and a link to /etc",
        files: { [("plans/sub/a.cplan", utf8(header + "let = 1\n"))] },
        arguments: ["check", "plans"],
        setup: { root in
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("plans/sub/loop").path, withDestinationPath: "..")
            try FileManager.default.createSymbolicLink(
                atPath: root.appendingPathComponent("plans/etc").path, withDestinationPath: "/etc")
        },
        status: 1, code: "CP0213"),
    HostileCase(
        name: "a file over the size limit (64 MiB)",
        files: main([UInt8](repeating: 0x20, count: 64 * 1024 * 1024 + 1)),
        status: 2, code: "CP0551"),
    HostileCase(
        name: "schedule of a plan with a billion-occurrence series",
        files: main(utf8(header + "series s {\n  form symposium\n  every 1 days from 0001-01-01 until 9999-12-31\n}\n")),
        arguments: ["schedule", "main.cplan", "--format", "html"],
        status: 1, code: "CP0520"),
]

/// What ``runMeasured(_:in:)`` observed.
struct MeasuredRun {
    var status: Int32
    var stdout: String
    var stderr: String
    /// User plus system CPU time of the child alone (from `wait4`).
    var cpuSeconds: Double
}

/// Runs `cplan` with `posix_spawn` and reaps it with `wait4`, so its own CPU time is
/// known exactly (Foundation's `Process` reaps the child itself and hides it).
func runMeasured(_ arguments: [String], in folder: URL) throws -> MeasuredRun {
    let out = folder.appendingPathComponent(".stdout-\(UUID().uuidString)").path
    let err = folder.appendingPathComponent(".stderr-\(UUID().uuidString)").path
    defer {
        unlink(out)
        unlink(err)
    }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    // Paths in the arguments are relative to the scratch folder: a shell changes into it
    // and `exec`s cplan, which keeps the process ID that `wait4` measures.
    let argv = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", folder.path, cplanBinary.path] + arguments
    var cArgs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    defer { for p in cArgs { free(p) } }
    var environment = ProcessInfo.processInfo.environment
    environment["SWIFT_BACKTRACE"] = "enable=no"
    environment["NO_COLOR"] = "1"
    var cEnv: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { for p in cEnv { free(p) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, "/bin/sh", &actions, nil, &cArgs, &cEnv)
    guard spawned == 0 else { throw CocoaError(.executableLoad) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1_000_000
    // Exit status, or 128 + the signal for a killed process (as a shell reports it).
    let exited = status & 0x7F == 0
    let code = exited ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let read = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
    return MeasuredRun(status: code, stdout: read(out), stderr: read(err), cpuSeconds: cpu)
}

/// Hostile inputs, one scratch folder each, run one at a time so the time bounds hold.
@Suite(.serialized)
struct HostileInputTests {
    @Test(arguments: hostileCases)
    func hostileInputEndsPromptlyWithItsDiagnostic(_ c: HostileCase) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for file in c.files() { try scratch.write(file.path, Data(file.bytes)) }
        try c.setup?(scratch.root)

        let started = Date()
        let result = try runMeasured(c.arguments, in: scratch.root)
        let wall = Date().timeIntervalSince(started)
        let elapsed = result.cpuSeconds

        #expect(result.status == c.status, "exit status \(result.status); stderr: \(result.stderr.prefix(600))")
        if let code = c.code {
            #expect(
                result.stderr.contains(code) || result.stdout.contains(code),
                "expected \(code); stderr: \(result.stderr.prefix(600))")
        }
        #expect(elapsed < c.seconds, "took \(elapsed) CPU seconds, more than \(c.seconds)")
        // A hang shows in wall time even when the process sleeps (a blocking open, a lock).
        #expect(wall < 60, "took \(wall) s of wall time")
        // A crash would print a Swift runtime message or end by a signal (status > 128).
        #expect(!result.stderr.contains("Fatal error"))
        #expect(result.status < 128)
    }

    /// Mixed line ends (LF, CRLF, lone CR) all end lines: the error is reported on line 4.
    @Test func mixedLineEndsCountLines() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("main.cplan", Data(utf8("plan \"P\" {\r\n  year 2025\r}\nlet = 1\r\n")))
        let result = try scratch.run(["check", "main.cplan"])
        #expect(result.status == 1)
        #expect((result.stdout + result.stderr).contains("main.cplan:4:"), "output: \(result.stdout)")
    }

    /// A plan cannot make the interpreter write anything: checking a program that mentions
    /// paths everywhere leaves the folder exactly as it was.
    @Test func checkingWritesNothing() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.write("main.cplan", Data(utf8(header + "include \"out.txt\"\nlet path = \"/tmp/x\"\nmeeting m { form symposium  date 2025-05-06  topic \"\\(path)\" }\n")))
        let before = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted()
        _ = try scratch.run(["check", "main.cplan"])
        _ = try scratch.run(["schedule", "main.cplan", "--format", "ics"])
        let after = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).sorted()
        #expect(before == after)
    }
}
