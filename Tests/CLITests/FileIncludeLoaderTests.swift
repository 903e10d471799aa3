// The host's include loader: paths relative to the including file, symbolic
// links resolved, nothing outside the main file's folder tree, clear errors.

import ConsultPlan
import Foundation
import Testing
@testable import cplan

@Suite("File include loader")
struct FileIncludeLoaderTests {
    /// Runs `body` with the working folder set to a scratch folder (names are cwd-relative).
    private func inScratch(_ body: (Scratch) throws -> Void) throws {
        let s = try Scratch()
        defer { s.remove() }
        try body(s)
    }

    @Test func resolvesRelativeToTheIncludingFile() throws {
        try inScratch { s in
            try s.write("plan/main.cplan", "x")
            try s.write("plan/parts/a.cplan", "include \"b.cplan\"")
            try s.write("plan/parts/b.cplan", "bee")
            let loader = FileIncludeLoader(limits: Limits())
            let main = s.root.path + "/plan/main.cplan"
            let a = try loader.load(path: "parts/a.cplan", from: main, mainFile: main).get()
            #expect(a.name == s.root.path + "/plan/parts/a.cplan")
            let b = try loader.load(path: "b.cplan", from: a.name, mainFile: main).get()
            #expect(b.bytes == Array("bee".utf8))
            let back = try loader.load(path: "../parts/./b.cplan", from: a.name, mainFile: main).get()
            #expect(back.name == s.root.path + "/plan/parts/b.cplan")
        }
    }

    @Test func missingFileIsAnError() throws {
        try inScratch { s in
            try s.write("plan/main.cplan", "x")
            let main = s.root.path + "/plan/main.cplan"
            let result = FileIncludeLoader(limits: Limits()).load(path: "nope.cplan", from: main, mainFile: main)
            guard case .failure(let error) = result else { Issue.record("loaded a missing file"); return }
            #expect(error.message.contains("not found"))
            #expect(error.message.contains("nope.cplan"))
            #expect(!error.isOutsideTree)
        }
    }

    @Test func refusesPathsOutsideTheMainFolderTree() throws {
        try inScratch { s in
            try s.write("plan/main.cplan", "x")
            try s.write("secret.cplan", "s")
            let main = s.root.path + "/plan/main.cplan"
            let result = FileIncludeLoader(limits: Limits()).load(path: "../secret.cplan", from: main, mainFile: main)
            guard case .failure(let error) = result else { Issue.record("escaped the tree"); return }
            #expect(error.isOutsideTree)
        }
    }

    @Test func refusesSymbolicLinksThatLeadOutside() throws {
        try inScratch { s in
            try s.write("plan/main.cplan", "x")
            try s.write("outside/secret.cplan", "s")
            try FileManager.default.createSymbolicLink(
                atPath: s.root.path + "/plan/link.cplan", withDestinationPath: s.root.path + "/outside/secret.cplan")
            try FileManager.default.createSymbolicLink(
                atPath: s.root.path + "/plan/inner", withDestinationPath: s.root.path + "/plan")
            let main = s.root.path + "/plan/main.cplan"
            let loader = FileIncludeLoader(limits: Limits())
            guard case .failure(let error) = loader.load(path: "link.cplan", from: main, mainFile: main) else {
                Issue.record("followed a link out of the tree"); return
            }
            #expect(error.isOutsideTree)
            // A link that stays inside the tree is fine.
            #expect((try? loader.load(path: "inner/main.cplan", from: main, mainFile: main).get()) != nil)
        }
    }

    @Test func refusesFilesAboveTheSizeLimit() throws {
        try inScratch { s in
            try s.write("plan/main.cplan", "x")
            try s.write("plan/big.cplan", String(repeating: "a", count: 100))
            var limits = Limits()
            limits.maxSourceBytes = 10
            let main = s.root.path + "/plan/main.cplan"
            guard case .failure(let error) = FileIncludeLoader(limits: limits).load(path: "big.cplan", from: main, mainFile: main) else {
                Issue.record("read a file above the limit"); return
            }
            #expect(error.message.contains("limit"))
        }
    }

    @Test func pathArithmetic() {
        #expect(SourceFiles.normalized("./a/../b/./c.cplan") == "b/c.cplan")
        #expect(SourceFiles.normalized("../x/../y") == "../y")
        #expect(SourceFiles.normalized("/a/../../b") == "/b")
        #expect(SourceFiles.folder(of: "plan.cplan") == ".")
        #expect(SourceFiles.folder(of: "/plan.cplan") == "/")
        #expect(SourceFiles.join("examples", "parts/x.cplan") == "examples/parts/x.cplan")
        #expect(SourceFiles.join(".", "x.cplan") == "x.cplan")
        #expect(SourceFiles.isInside("/a/bc", root: "/a/b") == false)
        #expect(SourceFiles.isInside("/a/b/c", root: "/a/b"))
    }

    @Test func systemDayUsesThePlanTimeZone() {
        // 2025-01-01 17:00 UTC is already 2025-01-02 in Shanghai.
        let instant = 1_735_750_800  // seconds since 1970
        #expect(RunSettings.systemDay(inTimeZone: "Asia/Shanghai", now: instant) == Day(year: 2025, month: 1, day: 2))
        #expect(RunSettings.systemDay(inTimeZone: "UTC", now: instant) == Day(year: 2025, month: 1, day: 1))
        #expect(RunSettings.systemDay(inTimeZone: "GMT+7", now: instant) == Day(year: 2025, month: 1, day: 2))
        #expect(RunSettings.systemDay(inTimeZone: "America/New_York", now: instant) == Day(year: 2025, month: 1, day: 1))
    }

    /// Zone names read as Foundation's `TimeZone(identifier:)` read them before the CLI
    /// dropped Foundation: GMT/UTC offsets east of UTC, then the tz database.
    @Test func zoneNamesReadAsFoundationDid() {
        #expect(ZoneClock.fixedOffset("GMT") == 0)
        #expect(ZoneClock.fixedOffset("GMT+8") == 8 * 3600)
        #expect(ZoneClock.fixedOffset("UTC-05:30") == -(5 * 3600 + 30 * 60))
        #expect(ZoneClock.fixedOffset("GMT+0830") == 8 * 3600 + 30 * 60)
        #expect(ZoneClock.fixedOffset("GMT+8.30") == 8 * 3600 + 30 * 60)
        #expect(ZoneClock.fixedOffset("GMT+18") == 18 * 3600)
        #expect(ZoneClock.fixedOffset("GMT+1801") == nil)
        #expect(ZoneClock.fixedOffset("GMT+24") == nil)
        #expect(ZoneClock.fixedOffset("GMT+8:") == nil)
        #expect(ZoneClock.zone("Etc/GMT+8") == .database("Etc/GMT+8"))
        #expect(ZoneClock.zone("Foo/Bar") == nil)
        #expect(ZoneClock.zone("../etc/passwd") == nil)
        #expect(ZoneClock.zone("posixrules") == nil)
        #expect(ZoneClock.offsetAtStart(ofYear: 2025, in: .database("Europe/Berlin")) == 3600)
        #expect(ZoneClock.offsetAtStart(ofYear: 2025, in: .database("Australia/Sydney")) == 11 * 3600)
    }
}
