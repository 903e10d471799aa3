// `cplan fmt`: prints the canonical layout, or rewrites files in place
// atomically, or checks that files are already formatted (for CI).

import ArgumentParser
import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

struct Fmt: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fmt",
        abstract: "Print plans in the canonical layout, or rewrite them (-w), or check them (--check).",
        discussion: """
            The layout: 2-space indentation, one attribute per line, ASCII punctuation, the author's \
            keyword spelling (English or Chinese), at most one blank line, every comment kept. \
            A file with syntax errors is never rewritten.

            Exit codes: 0 success (with --check: every file already formatted); 1 a file would change \
            (--check) or has syntax errors; 2 usage or I/O error.
            """
    )

    @Argument(help: "Plan files, or folders: every .cplan file under them (included files too).")
    var files: [String]

    @Flag(name: .shortAndLong, help: "Rewrite the files in place (atomically).")
    var write = false

    @Flag(help: "Print nothing; exit 1 and name the files that would change.")
    var check = false

    @Option(name: .long, help: ArgumentHelp("Language of syntax error messages: zh-CN or en (default: zh-CN).", valueName: "locale"))
    var locale: String?

    func validate() throws {
        if let locale, !["zh-CN", "en"].contains(locale) {
            throw ValidationError("--locale: expected zh-CN or en, found `\(locale)`")
        }
    }

    @Flag(help: "Show the change as a unified diff instead of the formatted text.")
    var diff = false

    func run() throws {
        var failed = false
        var wouldChange: [String] = []
        for path in try expandedPaths() {
            let file = try SourceFiles.readOrExit(path)
            let data = file.bytes
            let result = Formatter.format(file)
            guard let formatted = result.formatted else {
                var sources = SourceMap()
                sources.add(file)
                let errors = result.diagnostics.filter { $0.severity == .error }
                let rendered = DiagnosticRenderer(sources: sources, color: false, locale: locale ?? "zh-CN")
                    .render(errors.sortedForDisplay())
                Terminal.writeError(rendered)
                Terminal.writeError("cplan: \(path) has syntax errors; not formatted\n")
                failed = true
                continue
            }
            let original = String(decoding: data, as: UTF8.self)
            let changed = Array(formatted.utf8) != Array(data)
            if check {
                if changed { wouldChange.append(path) }
                if diff, changed {
                    print(LineDiff.unified(old: original, new: formatted, oldName: path, newName: path + " (formatted)"), terminator: "")
                }
            } else if write {
                if changed { try writeAtomically(formatted, to: path) }
            } else if diff {
                print(LineDiff.unified(old: original, new: formatted, oldName: path, newName: path + " (formatted)"), terminator: "")
            } else {
                print(formatted, terminator: "")
            }
        }
        if check, !wouldChange.isEmpty {
            for p in wouldChange { Terminal.writeError("would reformat \(p)\n") }
            throw ExitCode(1)
        }
        if failed { throw ExitCode(1) }
    }

    /// The files to format: each file argument, and every `.cplan` file under
    /// each folder argument (sorted). A missing path is a usage error.
    private func expandedPaths() throws -> [String] {
        var paths: [String] = []
        for argument in files {
            let kind = SystemIO.inspect(argument).kind
            guard kind != .missing else {
                Terminal.writeError("cplan: error: no such file or folder: \(argument)\n")
                throw ExitCode(2)
            }
            paths += kind == .folder ? ProgramDiscovery.planFiles(under: argument) : [ProgramDiscovery.displayName(argument)]
        }
        return paths
    }

    /// Writes a temporary file beside the target, then renames it over the target,
    /// so a crash or a full disk never leaves a half-written plan.
    private func writeAtomically(_ text: String, to path: String) throws {
        let temp = RenderCommandSupport.temporaryPath(beside: path, suffix: ".cplan-fmt-\(getpid())")
        if case .failure(let error) = SystemIO.writeFile(text, to: temp) {
            SystemIO.remove(temp)
            Terminal.writeError("cplan: cannot write \(path): \(SystemIO.reason(error, reading: false))\n")
            throw ExitCode(2)
        }
        // The original's permission bits (attributesOfItem reads the path itself, a link not followed).
        if let perms = SystemIO.linkPermissions(path) { chmod(temp, perms) }
        guard rename(temp, path) == 0 else {
            SystemIO.remove(temp)
            Terminal.writeError("cplan: cannot replace \(path)\n")
            throw ExitCode(2)
        }
    }
}
