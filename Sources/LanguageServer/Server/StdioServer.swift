// The server's I/O loop: read framed messages from a file descriptor, hand them
// to LanguageServer, write its replies; single-threaded and synchronous.

#if canImport(Glibc)
import Glibc
#endif

/// Runs a ``LanguageServer`` over file descriptors (stdin and stdout for `cplan lsp`).
public enum StdioServer {
    /// Serves until `exit` or the end of input, and returns the exit status:
    /// 0 after `shutdown` then `exit`, else 1 (as the protocol prescribes).
    /// Problems in the input are reported on `log` (stderr) and never end the loop.
    public static func run(
        configuration: ServerConfiguration, input: Int32 = 0, output: Int32 = 1, log: Int32 = 2
    ) -> Int32 {
        var server = LanguageServer(configuration: configuration)
        var framer = MessageFramer()
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { raw in
                read(input, raw.baseAddress, raw.count)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return server.isShutDown ? 0 : 1
            }
            if count == 0 { return server.isShutDown ? 0 : 1 }  // the client went away
            framer.append(buffer[0..<count])
            while let input = framer.next() {
                switch input {
                case .malformedHeader(let header):
                    write(log, "cplan lsp: skipped a header without Content-Length: \(header.prefix(200))\n")
                case .message(let body):
                    for reply in server.handle(body: body) {
                        guard writeAll(output, MessageFramer.frame(reply)) else { return 1 }
                    }
                    if let code = server.exitCode { return code }
                }
            }
        }
    }

    /// Writes every byte, retrying short writes; false when the stream is closed.
    @discardableResult
    static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { raw in
                Glibc.write(fd, raw.baseAddress, raw.count)
            }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            offset += written
        }
        return true
    }

    private static func write(_ fd: Int32, _ text: String) {
        writeAll(fd, Array(text.utf8))
    }
}
