// Which files `cplan check` treats as programs: every FILE given, and for a
// folder every `.cplan` file under it except those another of them includes.

import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

/// Expands command-line arguments into program files (LANGUAGE.md 8, `check`).
enum ProgramDiscovery {
    /// The programs to check, in argument order (a folder's files sorted by
    /// path), without repeats, and a message for every argument that is missing.
    ///
    /// Decisions: inside a folder, hidden files and folders (names starting with
    /// `.`, such as `.build` or `.git`) are skipped; a file named explicitly is
    /// always a program, even if another file includes it; a folder with no
    /// `.cplan` files is an error (so a CI job cannot pass by checking nothing).
    static func programs(for arguments: [String], limits: Limits) -> (programs: [String], failures: [CommandFailure]) {
        var programs: [String] = []
        var failures: [CommandFailure] = []
        var seen = Set<String>()
        func add(_ path: String) {
            let key = SourceFiles.realPath(path) ?? path
            if seen.insert(key).inserted { programs.append(path) }
        }
        for argument in arguments {
            let kind = SystemIO.inspect(argument).kind
            guard kind != .missing else {
                failures.append(CommandFailure(message: "no such file or folder: \(argument)"))
                continue
            }
            if kind != .folder {
                add(displayName(argument))
                continue
            }
            let files = planFiles(under: argument)
            if files.isEmpty {
                failures.append(CommandFailure(message: "no .cplan files under \(argument)"))
                continue
            }
            let included = includedFiles(of: files, limits: limits)
            for file in files where !included.contains(SourceFiles.realPath(file) ?? file) {
                add(file)
            }
        }
        return (programs, failures)
    }

    /// The name a file argument is shown by: as typed, without a leading `./`.
    static func displayName(_ argument: String) -> String {
        var name = Substring(argument)
        while name.hasPrefix("./") { name = name.dropFirst(2) }
        return name.isEmpty ? argument : String(name)
    }

    /// Every `.cplan` regular file under `folder`, sorted, named relative to the working folder.
    static func planFiles(under folder: String) -> [String] {
        var found: [String] = []
        SystemIO.walk(folder) { relative in
            let last = relative.split(separator: "/").last.map(String.init) ?? relative
            if last.hasPrefix(".") { return false }
            guard relative.hasSuffix(".cplan") else { return true }
            let path = SourceFiles.join(folder, relative)
            let kind = SystemIO.inspect(path).kind
            if kind != .missing, kind != .folder { found.append(path) }
            return true
        }
        return found.sorted()
    }

    /// The real paths of every file that one of `files` includes directly.
    /// Each file is parsed (not evaluated) and its `include "…"` statements,
    /// at any nesting, are resolved against its folder.
    static func includedFiles(of files: [String], limits: Limits) -> Set<String> {
        var included = Set<String>()
        for path in files {
            guard case .success(let file) = SourceFiles.read(path, limits: limits) else { continue }
            // Only the tree is read: no token array (keepTokens: false streams them).
            let parsed = Parser.parse(file, id: FileID(0), mode: .file, limits: limits, keepTokens: false)
            for target in includePaths(in: parsed.program.statements) {
                let joined = SourceFiles.join(SourceFiles.folder(of: path), target)
                if let real = SourceFiles.realPath(joined) { included.insert(real) }
            }
        }
        return included
    }

    /// The literal paths of `include` statements, looking inside blocks (depth-capped).
    static func includePaths(in statements: [Statement], depth: Int = 0) -> [String] {
        guard depth < 256 else { return [] }
        var paths: [String] = []
        for statement in statements {
            switch statement.kind {
            case .include(_, let path):
                if case .string(let literal) = path.kind, let text = literal.plainText { paths.append(text) }
            case .forLoop(_, _, _, _, let body), .template(_, _, _, let body):
                paths += includePaths(in: body.statements, depth: depth + 1)
            case .ifStatement(let s):
                for arm in s.arms { paths += includePaths(in: arm.body.statements, depth: depth + 1) }
                if let block = s.elseBlock { paths += includePaths(in: block.statements, depth: depth + 1) }
            default:
                break
            }
        }
        return paths
    }
}
