// The operating-system calls the CLI needs (files, folders, streams, the clock in
// a time zone), written over Glibc so the executable never loads Foundation.

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Files, folders and streams through POSIX calls.
///
/// Why not Foundation: `import Foundation` makes every run load libFoundation,
/// FoundationInternationalization and ICU (about 1,900 more protocol conformances
/// for the runtime to scan, CoreFoundation's initialisers, tens of thousands of
/// relocations): about half of a `cplan check` of a small plan, measured in
/// Benchmarks/README.md. Everything here is a thin, exact stand-in for the Foundation
/// call it replaced; error texts keep Foundation's wording (``SystemIO/reason(errno:reading:)``).
enum SystemIO {
    /// What a path names (symbolic links followed).
    enum Kind: Equatable {
        case missing, folder, regular, other
    }

    /// The kind and size of what `path` names, following links (`stat`).
    static func inspect(_ path: String) -> (kind: Kind, size: Int64) {
        var info = Glibc.stat()
        guard stat(path, &info) == 0 else { return (.missing, 0) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return (.folder, Int64(info.st_size))
        case S_IFREG: return (.regular, Int64(info.st_size))
        default: return (.other, Int64(info.st_size))
        }
    }

    /// The size of `path` itself, a link not followed (`lstat`, as `FileManager.attributesOfItem`).
    static func linkSize(_ path: String) -> Int64? {
        var info = Glibc.stat()
        guard lstat(path, &info) == 0 else { return nil }
        return Int64(info.st_size)
    }

    /// The permission bits of `path` itself (`lstat`, as `FileManager.attributesOfItem`), or nil.
    static func linkPermissions(_ path: String) -> mode_t? {
        var info = Glibc.stat()
        guard lstat(path, &info) == 0 else { return nil }
        return info.st_mode & 0o7777
    }

    /// Reads at most `limit` bytes of `path`. The error is the `errno` of the failing call.
    static func read(_ path: String, limit: Int) -> Result<[UInt8], SystemError> {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return .failure(SystemError(errno: errno, duringOpen: true)) }
        defer { close(fd) }
        var info = Glibc.stat()
        let expected = fstat(fd, &info) == 0 ? max(0, Int(info.st_size)) : 0
        // The expected size is read straight into the result (one more byte sees the end
        // in the same call): no zero-filled 64 KiB chunk to copy from, whose page faults
        // were ≈ 1.5% of a small plan's cold start (perf, Benchmarks/README.md "Cold start").
        var failure: Int32?
        var atEnd = false
        var bytes = [UInt8](unsafeUninitializedCapacity: min(limit, expected + 1)) { buffer, filled in
            filled = 0
            guard let base = buffer.baseAddress else { return }
            while filled < buffer.count {
                let count = Glibc.read(fd, base + filled, buffer.count - filled)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if count == 0 {
                    atEnd = true
                    return
                }
                filled += count
            }
        }
        if let failure { return .failure(SystemError(errno: failure)) }
        if atEnd { return .success(bytes) }
        // A file that grew since fstat, or one without a size (a pipe): the rest in chunks.
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while bytes.count < limit {
            let wanted = min(chunk.count, limit - bytes.count)
            let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, wanted) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(SystemError(errno: errno))
            }
            if count == 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return .success(bytes)
    }

    /// Writes every byte of `text` to `fd`, retrying short writes; false on an error
    /// (a closed pipe: SIGPIPE is ignored, so that is EPIPE, not death).
    @discardableResult
    static func write(_ text: String, to fd: Int32) -> Bool {
        var text = text
        return text.withUTF8 { write($0, to: fd) }
    }

    /// Writes every byte to `fd`, retrying short writes; false on an error.
    @discardableResult
    static func write(_ bytes: UnsafeBufferPointer<UInt8>, to fd: Int32) -> Bool {
        guard var next = bytes.baseAddress else { return true }
        var left = bytes.count
        while left > 0 {
            let written = Glibc.write(fd, next, left)
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            next += written
            left -= written
        }
        return true
    }

    /// Creates (or truncates) `path` with mode 0666 less the umask and writes `text`;
    /// as `Data.write(to:)` without options does.
    static func writeFile(_ text: String, to path: String) -> Result<Void, SystemError> {
        var text = text
        return text.withUTF8 { writeFile($0, to: path) }
    }

    /// ``writeFile(_:to:)`` for UTF-8 bytes.
    static func writeFile(_ bytes: UnsafeBufferPointer<UInt8>, to path: String) -> Result<Void, SystemError> {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return .failure(SystemError(errno: errno)) }
        guard write(bytes, to: fd) else {
            let failure = SystemError(errno: errno)
            close(fd)
            return .failure(failure)
        }
        guard close(fd) == 0 else { return .failure(SystemError(errno: errno)) }
        return .success(())
    }

    /// Removes a file, ignoring failure.
    static func remove(_ path: String) {
        unlink(path)
    }

    /// An environment variable, nil when unset.
    static func environment(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        return String(cString: value)
    }

    /// The folder part of a path as `NSString.deletingLastPathComponent` gives it:
    /// `/a/b` → `/a`, `/a` → `/`, `a` → ``, trailing slashes ignored.
    static func deletingLastPathComponent(_ path: String) -> String {
        var p = Substring(path)
        while p.count > 1, p.hasSuffix("/") { p = p.dropLast() }
        guard let slash = p.lastIndex(of: "/") else { return "" }
        if slash == p.startIndex { return "/" }
        var folder = p[..<slash]
        while folder.count > 1, folder.hasSuffix("/") { folder = folder.dropLast() }
        return String(folder)
    }

    /// `mkdir -p`: creates `path` and its missing parents (mode 0777 less the umask).
    static func createFolders(_ path: String) {
        if inspect(path).kind == .folder { return }
        let parent = deletingLastPathComponent(path)
        if !parent.isEmpty, parent != path { createFolders(parent) }
        mkdir(path, 0o777)
    }

    /// Calls `visit` with every path under `folder`, relative to it, in a depth-first
    /// walk that does not follow links into folders (as `FileManager.enumerator(atPath:)`,
    /// whose FTS walk is physical); when `visit` returns false the entry's descendants
    /// are not visited (`skipDescendants`). Unreadable folders are skipped.
    static func walk(_ folder: String, visit: (_ relative: String) -> Bool) {
        func recurse(_ absolute: String, _ relative: String, depth: Int) {
            guard depth < 256, let dir = opendir(absolute) else { return }
            defer { closedir(dir) }
            while let entry = readdir(dir) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                if name == "." || name == ".." { continue }
                let childRelative = relative.isEmpty ? name : relative + "/" + name
                let childAbsolute = absolute.hasSuffix("/") ? absolute + name : absolute + "/" + name
                let descend = visit(childRelative)
                guard descend else { continue }
                var info = Glibc.stat()
                if lstat(childAbsolute, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                    recurse(childAbsolute, childRelative, depth: depth + 1)
                }
            }
        }
        recurse(folder, "", depth: 0)
    }

    /// Foundation's wording for a failed file operation (`error.localizedDescription`
    /// of the `CocoaError` it throws for this `errno`), so messages did not change
    /// when Foundation left the executable.
    static func reason(_ error: SystemError, reading: Bool) -> String {
        let text: String?
        switch error.errno {
        case ENOENT: text = "The file doesn’t exist."
        case EPERM, EACCES: text = "You don’t have permission."
        case ENAMETOOLONG: text = "The file name is invalid."
        case EEXIST where !reading: text = "A file with the same name already exists."
        case ENOSPC where !reading, EDQUOT where !reading: text = "There isn’t enough space."
        case EROFS where !reading: text = "The volume is read only."
        case EFBIG where reading: text = "The item is too large."
        default: text = nil
        }
        if let text { return "The operation could not be completed. " + text }
        return "The operation could not be completed. (NSCocoaErrorDomain error \(reading ? 256 : 512).)"
    }
}

/// A failed system call: its `errno`.
struct SystemError: Error {
    /// The `errno` value.
    var errno: Int32
    /// Whether opening the file failed (rather than reading or writing it).
    var duringOpen = false
}

/// The wall clock in a time zone, through the C library's tz database
/// (/usr/share/zoneinfo), as Foundation's `TimeZone`/`Calendar` gave it.
enum ZoneClock {
    /// The local date and time in a zone.
    struct Local: Equatable {
        var year: Int, month: Int, day: Int, hour: Int, minute: Int
    }

    /// A zone `TimeZone(identifier:)` would have accepted.
    enum Zone: Equatable {
        /// A fixed offset east of UTC in seconds: `GMT`, `UTC+8`, `GMT-05:30`…
        case fixed(Int)
        /// A zone of the tz database, by name.
        case database(String)
    }

    /// The zone an identifier names, nil when unknown (the callers then use UTC+8).
    ///
    /// Like Foundation: first the `GMT`/`UTC` offset spellings (see ``fixedOffset(_:)``;
    /// `GMT+8` is 8 hours *east*, unlike the tz database's POSIX-style `Etc/GMT+8`), then
    /// the zone database by name.
    static func zone(_ identifier: String) -> Zone? {
        if let offset = fixedOffset(identifier) { return .fixed(offset) }
        guard !identifier.isEmpty, !identifier.hasPrefix("/"), !identifier.contains(".."),
              identifier.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        // Files of the database that are not zone names (ICU, behind Foundation, knows none of them).
        guard identifier != "localtime", identifier != "posixrules",
              !identifier.hasPrefix("posix/"), !identifier.hasPrefix("right/") else { return nil }
        let folder = SystemIO.environment("TZDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/share/zoneinfo"
        let path = folder + "/" + identifier
        guard SystemIO.inspect(path).kind == .regular, case .success(let head) = SystemIO.read(path, limit: 4),
              head == Array("TZif".utf8) else { return nil }
        return .database(identifier)
    }

    /// The offset in seconds of `GMT`, `UTC`, and `GMT`/`UTC` followed by a sign and
    /// `H`, `HH`, `HHMM`, `H:MM` or `HH:MM` (`.` also separates), hours at most 18
    /// (18 only with 00 minutes) — the names Foundation's `TimeZone` reads as fixed offsets.
    static func fixedOffset(_ name: String) -> Int? {
        let b = Array(name.utf8)
        let n = b.count
        guard (3...9).contains(n), b.starts(with: Array("GMT".utf8)) || b.starts(with: Array("UTC".utf8)) else { return nil }
        if n == 3 { return 0 }
        guard n >= 5, b[3] == UInt8(ascii: "+") || b[3] == UInt8(ascii: "-") else { return nil }
        let sign = b[3] == UInt8(ascii: "-") ? -1 : 1
        func digit(_ i: Int) -> Int? {
            guard i < n, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "9") else { return nil }
            return Int(b[i] - UInt8(ascii: "0"))
        }
        func isSeparator(_ i: Int) -> Bool { i < n && (b[i] == UInt8(ascii: ":") || b[i] == UInt8(ascii: ".")) }
        guard let h1 = digit(4) else { return nil }
        if n == 5 { return sign * h1 * 3600 }
        let hours: Int
        if let h2 = digit(5) {
            hours = h1 * 10 + h2
        } else if isSeparator(5) {
            hours = h1
        } else {
            return nil
        }
        guard hours <= 18 else { return nil }
        if digit(5) != nil, n == 6 { return sign * hours * 3600 }
        guard n >= 8 else { return nil }
        var i = 6
        let minuteDigit = digit(i).map { $0 <= 5 } ?? false
        guard (minuteDigit && n == 8) || (isSeparator(i) && n == 9) else { return nil }
        if isSeparator(i) { i += 1 }
        guard let m1 = digit(i), let m2 = digit(i + 1) else { return nil }
        let minutes = m1 * 10 + m2
        if hours == 18, minutes != 0 { return nil }
        return sign * (hours * 3600 + minutes * 60)
    }

    /// The local time at `time` (seconds since 1970) in `zone`, or in the fixed
    /// UTC+8 when the zone is unknown (nil) — Asia/Shanghai's offset since 1991.
    static func local(at time: Int, in zone: Zone?) -> Local {
        var parts = tm()
        switch zone {
        case .database(let name)?:
            var t = time_t(time)
            withZone(name) { _ = localtime_r(&t, &parts) }
        case .fixed(let offset)?:
            var shifted = time_t(time + offset)
            _ = gmtime_r(&shifted, &parts)
        case nil:
            var shifted = time_t(time + 8 * 3600)
            _ = gmtime_r(&shifted, &parts)
        }
        return Local(year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday),
                     hour: Int(parts.tm_hour), minute: Int(parts.tm_min))
    }

    /// The zone's offset from UTC in seconds at local midnight of 1 January of `year`
    /// (what `zone.secondsFromGMT(for: jan1)` gave).
    static func offsetAtStart(ofYear year: Int, in zone: Zone) -> Int {
        guard case .database(let name) = zone else {
            if case .fixed(let offset) = zone { return offset }
            return 0
        }
        var offset = 0
        withZone(name) {
            var parts = tm()
            parts.tm_year = Int32(truncatingIfNeeded: year - 1900)
            parts.tm_mon = 0
            parts.tm_mday = 1
            parts.tm_isdst = -1
            var t = mktime(&parts)
            var local = tm()
            if localtime_r(&t, &local) != nil { offset = Int(local.tm_gmtoff) }
        }
        return offset
    }

    /// The current time in seconds since 1970.
    static func now() -> Int { Int(time(nil)) }

    /// Runs `body` with the C library's zone set to `name`, then restores `TZ`.
    /// The CLI is single-threaded, so changing the process's `TZ` for a moment is safe.
    private static func withZone(_ name: String, _ body: () -> Void) {
        let saved = SystemIO.environment("TZ")
        setenv("TZ", ":" + name, 1)
        tzset()
        body()
        if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
        tzset()
    }
}
