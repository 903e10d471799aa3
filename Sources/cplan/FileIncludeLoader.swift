// The host's answer to `include "x.cplan"`: a file relative to the including
// file, real path (links resolved) inside the main file's folder tree.

import ConsultPlan
#if canImport(Glibc)
import Glibc
#endif

/// Loads included files from disk for the interpreter (LANGUAGE.md 7.5).
///
/// `path` is resolved against the folder of the including file's name; the
/// result's name is that joined path, normalized (so diagnostics show
/// `examples/common.cplan`). The real path, with every symbolic link resolved,
/// must lie inside the real folder of the main file; otherwise the load fails
/// with `isOutsideTree`. Files above the size limit are refused unread.
struct FileIncludeLoader: IncludeLoader {
    /// The limits; only the source size is enforced here.
    var limits: Limits

    func load(path: String, from includingFile: String, mainFile: String) -> Result<SourceFile, IncludeLoadError> {
        let name = SourceFiles.join(SourceFiles.folder(of: includingFile), path)
        guard let real = SourceFiles.realPath(name) else {
            return .failure(IncludeLoadError(message: "file not found: \(name)"))
        }
        let mainFolder = SourceFiles.folder(of: mainFile)
        guard let root = SourceFiles.realPath(mainFolder) else {
            return .failure(IncludeLoadError(message: "cannot resolve the main file's folder \(mainFolder)"))
        }
        guard SourceFiles.isInside(real, root: root) else {
            return .failure(IncludeLoadError(
                message: "\(name) resolves to \(real), outside the main file's folder \(root)", isOutsideTree: true))
        }
        // Only regular files: opening a FIFO inside the tree would block forever, and a
        // device (a link to /dev/zero is refused above, but a device node is not) is no plan.
        guard SystemIO.inspect(real).kind == .regular else {
            return .failure(IncludeLoadError(message: "\(name) is not a regular file"))
        }
        switch SourceFiles.read(real, name: name, limits: limits) {
        case .success(let file): return .success(file)
        case .failure(let failure): return .failure(IncludeLoadError(message: failure.message))
        }
    }
}
