// The server's answer to `include "x.cplan"`: the editor's unsaved text when the
// file is open, else the file on disk, always confined to the main file's folder tree.

import ConsultPlan
// URL parsing only (file:// URIs); FoundationEssentials is already loaded for
// ArgumentParser, while Foundation would add ICU and CoreFoundation to every run.
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Loads included files for documents opened from `file://` URIs.
///
/// Source file names are absolute, lexically normalised paths, so a diagnostic
/// or a definition in an included file maps back to a `file://` URI. `path` is
/// resolved against the including file's folder. Confinement follows LANGUAGE.md
/// 7.5 and the CLI: the real path (links resolved) must lie inside the real
/// folder of the main file. An open document's in-memory text wins over the disk,
/// so an unsaved edit in an included file is seen at once.
public struct DocumentIncludeLoader: IncludeLoader {
    /// Absolute path → text of every open document (a snapshot taken per evaluation).
    public var openDocuments: [String: String]
    /// Limits; only the source size is enforced here.
    public var limits: Limits

    /// Creates a loader over a snapshot of open documents.
    public init(openDocuments: [String: String], limits: Limits = Limits()) {
        self.openDocuments = openDocuments
        self.limits = limits
    }

    public func load(path: String, from includingFile: String, mainFile: String) -> Result<SourceFile, IncludeLoadError> {
        guard includingFile.hasPrefix("/"), mainFile.hasPrefix("/") else {
            return .failure(IncludeLoadError(message: "includes need a document saved on disk (file:// URI)"))
        }
        let name = FilePaths.join(FilePaths.folder(of: includingFile), path)
        let mainFolder = FilePaths.folder(of: mainFile)
        let root = FilePaths.realPath(mainFolder) ?? mainFolder
        // A file open but never saved has no real path; confine it lexically.
        let real = FilePaths.realPath(name) ?? name
        guard FilePaths.isInside(real, root: root) else {
            return .failure(IncludeLoadError(
                message: "\(name) resolves to \(real), outside the main file's folder \(root)", isOutsideTree: true))
        }
        if let text = openDocuments[name] ?? openDocuments[real] {
            return .success(SourceFile(name: name, text: text))
        }
        // `lstat`, as FileManager.attributesOfItem: the size of the path itself.
        var info = stat()
        guard lstat(real, &info) == 0 else {
            return .failure(IncludeLoadError(message: "file not found: \(name)"))
        }
        if Int(info.st_size) > limits.maxSourceBytes {
            return .failure(IncludeLoadError(
                message: "\(name) is \(info.st_size) bytes, above the \(limits.maxSourceBytes)-byte source limit"))
        }
        guard let bytes = FilePaths.contents(of: real) else {
            return .failure(IncludeLoadError(message: "cannot read \(name)"))
        }
        return .success(SourceFile(name: name, bytes: bytes))
    }
}

/// Path helpers: the library's lexical ``IncludePath`` arithmetic, plus real paths
/// and URIs, which need the file system and so stay here.
enum FilePaths {
    /// Lexically normalized (the library's ``IncludePath``, shared with the CLI).
    static func normalized(_ path: String) -> String { IncludePath.normalized(path) }

    /// The folder part of a path.
    static func folder(of path: String) -> String { IncludePath.folder(of: path) }

    /// `relative` resolved against `folder`, normalized.
    static func join(_ folder: String, _ relative: String) -> String { IncludePath.join(folder, relative) }

    /// The canonical path with links resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The whole content of a file (what `FileManager.contents(atPath:)` gave), nil when
    /// it cannot be opened or read, or is a folder.
    static func contents(of path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { return bytes }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// Whether `path` lies inside the folder tree `root`.
    static func isInside(_ path: String, root: String) -> Bool { IncludePath.isInside(path, root: root) }

    /// The file system path of a `file://` URI (percent-decoded), or nil for other schemes.
    static func path(ofURI uri: String) -> String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        let p = url.path
        return p.isEmpty ? nil : normalized(p)
    }

    /// The `file://` URI of an absolute path.
    static func uri(ofPath path: String) -> String {
        URL(fileURLWithPath: path).absoluteString
    }
}
