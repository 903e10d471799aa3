// An include loader over a dictionary of texts, for hosts that keep plans in a database
// or receive them in a request: `include` works without any file system.

/// Answers `include "path"` from files held in memory.
///
/// Keys are paths relative to the same root as the main file's name, with `/` as the
/// separator (`"common/people.cplan"`). An included path is resolved against the folder of
/// the including file's name, `.` and `..` are applied, and the result must stay inside the
/// main file's folder (LANGUAGE.md 7.5); the resolved path is the included file's name in
/// diagnostics.
///
/// ```swift
/// let loader = InMemoryIncludeLoader(files: ["common/people.cplan": "member zhang \"张伟\""])
/// let engine = Engine(configuration: Engine.Configuration(includeLoader: loader))
/// let result = engine.evaluate(source: "include \"common/people.cplan\"\n…", name: "plan.cplan")
/// ```
public struct InMemoryIncludeLoader: IncludeLoader, Sendable {
    /// The files by path.
    public var files: [String: String]

    /// Creates a loader over `files` (path → text).
    public init(files: [String: String]) {
        self.files = files
    }

    /// Resolves `path` against `includingFile`'s folder and returns that file, or why not.
    public func load(path: String, from includingFile: String, mainFile: String) -> Result<SourceFile, IncludeLoadError> {
        let root = InMemoryIncludeLoader.folder(of: mainFile)
        guard !path.hasPrefix("/"),
              let resolved = InMemoryIncludeLoader.normalize(InMemoryIncludeLoader.folder(of: includingFile) + pathComponents(path)),
              resolved.starts(with: root), resolved.count > root.count
        else {
            return .failure(IncludeLoadError(
                message: "\(path) lies outside the main file's folder", isOutsideTree: true))
        }
        let name = resolved.joined(separator: "/")
        guard let text = files[name] else {
            return .failure(IncludeLoadError(message: "no file named \(name)"))
        }
        return .success(SourceFile(name: name, text: text))
    }

    /// The folder components of a file name (`a/b/c.cplan` → `a`, `b`).
    static func folder(of name: String) -> [String] {
        Array(pathComponents(name).dropLast())
    }

    /// `.` and `..` applied; nil when `..` climbs above the root.
    static func normalize(_ parts: [String]) -> [String]? {
        var out: [String] = []
        for part in parts {
            switch part {
            case ".": continue
            case "..":
                guard !out.isEmpty else { return nil }
                out.removeLast()
            default: out.append(part)
            }
        }
        return out
    }
}

/// Path components, empty ones dropped.
private func pathComponents(_ path: String) -> [String] {
    path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
}
