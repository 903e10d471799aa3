// `cplan fmt`: prints the canonical layout, or rewrites files in place
// atomically, or checks that files are already formatted (for CI).

import ArgumentParser
import ConsultPlan
import Foundation

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
            let data = Data(file.bytes)
            let result = Formatter.format(file)
            guard let formatted = result.formatted else {
                var sources = SourceMap()
                sources.add(file)
                let errors = result.diagnostics.filter { $0.severity == .error }
                let rendered = DiagnosticRenderer(sources: sources, color: false, locale: locale ?? "zh-CN")
                    .render(errors.sortedForDisplay())
                FileHandle.standardError.write(Data(rendered.utf8))
                FileHandle.standardError.write(Data("cplan: \(path) has syntax errors; not formatted\n".utf8))
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
            for p in wouldChange { FileHandle.standardError.write(Data("would reformat \(p)\n".utf8)) }
            throw ExitCode(1)
        }
        if failed { throw ExitCode(1) }
    }

    /// The files to format: each file argument, and every `.cplan` file under
    /// each folder argument (sorted). A missing path is a usage error.
    private func expandedPaths() throws -> [String] {
        var paths: [String] = []
        for argument in files {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder) else {
                FileHandle.standardError.write(Data("cplan: error: no such file or folder: \(argument)\n".utf8))
                throw ExitCode(2)
            }
            paths += isFolder.boolValue ? ProgramDiscovery.planFiles(under: argument) : [ProgramDiscovery.displayName(argument)]
        }
        return paths
    }

    /// Writes a temporary file beside the target, then renames it over the target,
    /// so a crash or a full disk never leaves a half-written plan.
    private func writeAtomically(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent()
        let temp = dir.appendingPathComponent(".\(url.lastPathComponent).cplan-fmt-\(getpid())")
        do {
            try Data(text.utf8).write(to: temp)
            if let attrs = try? FileManager.default.attributesOfItem(atPath: path),
               let perms = attrs[.posixPermissions] {
                try? FileManager.default.setAttributes([.posixPermissions: perms], ofItemAtPath: temp.path)
            }
            guard rename(temp.path, path) == 0 else {
                try? FileManager.default.removeItem(at: temp)
                FileHandle.standardError.write(Data("cplan: cannot replace \(path)\n".utf8))
                throw ExitCode(2)
            }
        } catch let e as ExitCode {
            throw e
        } catch {
            try? FileManager.default.removeItem(at: temp)
            FileHandle.standardError.write(Data("cplan: cannot write \(path): \(error.localizedDescription)\n".utf8))
            throw ExitCode(2)
        }
    }
}
