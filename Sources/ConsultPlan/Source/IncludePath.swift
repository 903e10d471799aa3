// Lexical path arithmetic that every include loader needs (the CLI's, the
// language server's): pure string work, no file system access, so it lives in the library.

/// Paths as include loaders resolve them: `/`-separated, folded lexically.
///
/// Resolving symbolic links needs the file system and stays with the host; these
/// functions only fold `.` and `..` and join, so a loader can refuse a path that
/// leaves the main file's folder tree before it touches the disk.
public enum IncludePath {
    /// The path with `.` and empty components removed and `x/..` folded, lexically.
    /// A leading `/` and leading `..` of a relative path are kept; `..` above `/` is dropped.
    public static func normalized(_ path: String) -> String {
        let absolute = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == "..", let last = parts.last, last != ".." {
                parts.removeLast()
                continue
            }
            if part == "..", absolute, parts.isEmpty { continue }
            parts.append(part)
        }
        let joined = parts.joined(separator: "/")
        if absolute { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// The folder part of a path (`.` for a bare file name, `/` for a file at the root).
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// `relative` resolved against `folder` (an absolute `relative` is kept), normalized.
    public static func join(_ folder: String, _ relative: String) -> String {
        if relative.hasPrefix("/") { return normalized(relative) }
        return normalized(folder == "." ? relative : folder + "/" + relative)
    }

    /// Whether `path` lies inside the folder tree `root` (both already real and normalized).
    public static func isInside(_ path: String, root: String) -> Bool {
        if root == "/" { return true }
        return path == root || path.hasPrefix(root + "/")
    }
}
