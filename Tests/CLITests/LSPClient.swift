// A scripted Language Server Protocol client for end-to-end tests: it starts the
// built `cplan lsp`, frames requests, and waits for replies with deadlines.

import Foundation

/// Drives `cplan lsp` over pipes. Every wait has a deadline, so a broken
/// server fails the test instead of hanging the suite.
final class LSPClient: @unchecked Sendable {
    /// The built binary: <package>/.build/debug/cplan.
    static let binary = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent(".build/debug/cplan")

    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let lock = NSLock()
    private var received: [UInt8] = []
    private var outputClosed = false
    private var nextID = 1

    /// Starts `cplan lsp` with extra arguments.
    init(arguments: [String] = []) throws {
        process.executableURL = LSPClient.binary
        process.arguments = ["lsp"] + arguments
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let handle = output.fileHandleForReading
        let thread = Thread { [self] in
            while true {
                let data = handle.availableData
                lock.lock()
                if data.isEmpty {
                    outputClosed = true
                    lock.unlock()
                    return
                }
                received.append(contentsOf: data)
                lock.unlock()
            }
        }
        thread.start()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    /// Sends raw bytes.
    func sendRaw(_ bytes: [UInt8]) {
        input.fileHandleForWriting.write(Data(bytes))
    }

    /// Sends one message, framed.
    func send(_ message: [String: Any]) {
        guard let body = try? JSONSerialization.data(withJSONObject: message) else { return }
        sendRaw(Array("Content-Length: \(body.count)\r\n\r\n".utf8) + Array(body))
    }

    /// Sends a notification.
    func notify(_ method: String, _ params: [String: Any]) {
        send(["jsonrpc": "2.0", "method": method, "params": params])
    }

    /// Sends a request and waits for its response.
    func request(_ method: String, _ params: [String: Any] = [:], timeout: TimeInterval = 10) -> [String: Any]? {
        let id = nextID
        nextID += 1
        send(["jsonrpc": "2.0", "id": id, "method": method, "params": params])
        return waitFor(timeout: timeout) { ($0["id"] as? Int) == id }
    }

    /// Waits for the first message (from the ones not yet taken) that matches; earlier ones are dropped.
    func waitFor(timeout: TimeInterval = 10, _ matches: ([String: Any]) -> Bool) -> [String: Any]? {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            while let message = takeMessage() {
                if matches(message) { return message }
            }
            lock.lock()
            let closed = outputClosed
            lock.unlock()
            if closed { return nil }
            usleep(5_000)
        }
        return nil
    }

    /// Waits for the next `publishDiagnostics` for a URI.
    func diagnostics(for uri: String, timeout: TimeInterval = 10) -> [[String: Any]]? {
        let message = waitFor(timeout: timeout) {
            ($0["method"] as? String) == "textDocument/publishDiagnostics"
                && (($0["params"] as? [String: Any])?["uri"] as? String) == uri
        }
        return (message?["params"] as? [String: Any])?["diagnostics"] as? [[String: Any]]
    }

    /// Waits for the process to end; nil on timeout (the process is then killed).
    func waitForExit(timeout: TimeInterval = 10) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning {
            process.terminate()
            return nil
        }
        return process.terminationStatus
    }

    /// Cuts one framed message off the received bytes.
    private func takeMessage() -> [String: Any]? {
        lock.lock()
        defer { lock.unlock() }
        let separator: [UInt8] = [13, 10, 13, 10]
        guard received.count >= 4 else { return nil }
        var headerEnd: Int?
        for i in 0...(received.count - 4) where Array(received[i..<(i + 4)]) == separator {
            headerEnd = i
            break
        }
        guard let headerEnd else { return nil }
        let header = String(decoding: received[0..<headerEnd], as: UTF8.self)
        guard let lengthText = header.split(separator: ":").last?.trimmingCharacters(in: .whitespaces),
            let length = Int(lengthText), received.count >= headerEnd + 4 + length
        else { return nil }
        let body = Data(received[(headerEnd + 4)..<(headerEnd + 4 + length)])
        received.removeFirst(headerEnd + 4 + length)
        return (try? JSONSerialization.jsonObject(with: body)) as? [String: Any]
    }
}

/// `{"line": l, "character": c}`.
func lspPosition(_ line: Int, _ character: Int) -> [String: Any] { ["line": line, "character": character] }

/// Reads `range.start`/`range.end` as (line, character) pairs.
func lspRange(_ value: Any?) -> (start: [Int], end: [Int])? {
    guard let range = value as? [String: Any], let s = range["start"] as? [String: Any], let e = range["end"] as? [String: Any],
        let sl = s["line"] as? Int, let sc = s["character"] as? Int, let el = e["line"] as? Int, let ec = e["character"] as? Int
    else { return nil }
    return ([sl, sc], [el, ec])
}
