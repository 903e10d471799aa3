// Reading plan files from disk (raw bytes, with the size limit checked before
// reading) and the path arithmetic the loader and the folder expansion share.

import ArgumentParser
import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

/// Reads source files and works with their paths.
enum SourceFiles {
    /// Reads `path` as raw bytes into a ``SourceFile`` named `name`.
    ///
    /// Decision: a file larger than `limits.maxSourceBytes` is refused before it
    /// is read (an I/O error, exit 2) rather than read and diagnosed, so a huge
    /// file never has to fit in memory. Invalid UTF-8 is not an I/O error: the
    /// bytes go to the lexer, which diagnoses them.
    static func read(_ path: String, name: String? = nil, limits: Limits) -> Result<SourceFile, CommandFailure> {
        switch SystemIO.inspect(path).kind {
        case .missing: return .failure(CommandFailure(message: "no such file: \(path)"))
        case .folder: return .failure(CommandFailure(message: "\(path) is a folder, not a .cplan file"))
        case .regular, .other: break
        }
        // The size of the path itself (a link is not followed), as FileManager.attributesOfItem gave it.
        if let size = SystemIO.linkSize(path), size > Int64(limits.maxSourceBytes) {
            return .failure(CommandFailure(message: "\(path) is \(size) bytes, more than the limit of \(limits.maxSourceBytes) bytes for a source file (CP0551)"))
        }
        // Read one byte past the limit so a file that grew after the size check is still refused.
        switch SystemIO.read(path, limit: limits.maxSourceBytes + 1) {
        case .failure(let error) where error.duringOpen:
            return .failure(CommandFailure(message: "cannot read \(path): permission denied or not a regular file"))
        case .failure(let error):
            return .failure(CommandFailure(message: "cannot read \(path): \(SystemIO.reason(error, reading: true))"))
        case .success(let bytes):
            if bytes.count > limits.maxSourceBytes {
                return .failure(CommandFailure(message: "\(path) is larger than the limit of \(limits.maxSourceBytes) bytes for a source file (CP0551)"))
            }
            return .success(SourceFile(name: name ?? path, bytes: bytes))
        }
    }

    /// Reads a file for a command that needs it, or prints why it cannot
    /// (`cplan: error: …`) and throws exit status 2.
    static func readOrExit(_ path: String, limits: Limits = Limits()) throws -> SourceFile {
        switch read(path, name: ProgramDiscovery.displayName(path), limits: limits) {
        case .success(let file): return file
        case .failure(let failure):
            Terminal.error(failure.message)
            throw ExitCode(ExitStatus.usage)
        }
    }

    /// Lexically normalized (see ``IncludePath/normalized(_:)`` in the library).
    static func normalized(_ path: String) -> String { IncludePath.normalized(path) }

    /// The folder part of a path.
    static func folder(of path: String) -> String { IncludePath.folder(of: path) }

    /// `relative` resolved against `folder`, normalized.
    static func join(_ folder: String, _ relative: String) -> String { IncludePath.join(folder, relative) }

    /// The canonical path with every symbolic link resolved, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` (a real path) lies inside the folder tree `root` (a real path).
    static func isInside(_ path: String, root: String) -> Bool { IncludePath.isInside(path, root: root) }
}
