// The protocol state machine: JSON-RPC requests and notifications in, responses
// and notifications out. No I/O here, so tests drive it with plain values.

import ConsultPlan

/// JSON-RPC error codes the server uses.
public enum RPCErrorCode {
    /// The body is not valid JSON.
    public static let parseError = -32700
    /// Not a request, a second `initialize`, or a request after `shutdown`.
    public static let invalidRequest = -32600
    /// A method the server does not implement.
    public static let methodNotFound = -32601
    /// A required parameter is missing.
    public static let invalidParams = -32602
    /// A request before `initialize`.
    public static let serverNotInitialized = -32002
}

/// A Language Server Protocol server for cplan documents.
///
/// Feed it each decoded message with ``handle(_:)``; it returns what to send
/// back, in order (a response for a request, `publishDiagnostics` notifications
/// after document changes). It keeps open documents and one analysis per
/// document, re-analysing a document on open and change and re-analysing open
/// documents that include a changed one.
///
/// Lifecycle as the protocol says: requests before `initialize` get
/// `ServerNotInitialized` (notifications are dropped, `exit` excepted);
/// requests after `shutdown` get `InvalidRequest`; `exit` sets ``exitCode`` to
/// 0 after `shutdown`, else 1.
public struct LanguageServer: Sendable {
    /// How documents are evaluated.
    public var configuration: ServerConfiguration
    /// Open documents by URI.
    public private(set) var documents: [String: TextDocument] = [:]
    /// The latest analysis of each open document.
    public private(set) var analyses: [String: DocumentAnalysis] = [:]
    /// Whether `initialize` was answered.
    public private(set) var isInitialized = false
    /// Whether `shutdown` was received.
    public private(set) var isShutDown = false
    /// Set by `exit`: the process should end with this status.
    public private(set) var exitCode: Int32?

    /// Creates a server.
    public init(configuration: ServerConfiguration) {
        self.configuration = configuration
    }

    /// The capabilities announced in the `initialize` result.
    public static let capabilities: LSPAny = [
        "positionEncoding": "utf-16",
        "textDocumentSync": ["openClose": true, "change": 2, "save": ["includeText": false]],
        "hoverProvider": true,
        "completionProvider": ["triggerCharacters": [" ", ",", "，", "、"], "resolveProvider": false],
        "definitionProvider": true,
        "referencesProvider": true,
        "documentSymbolProvider": true,
        "documentFormattingProvider": true,
        "codeActionProvider": ["codeActionKinds": ["quickfix"]],
    ]

    /// Handles one raw message body: parse errors become an error response with a null ID.
    public mutating func handle(body: [UInt8]) -> [LSPAny] {
        guard let message = LSPAny.parse(body) else {
            return [LanguageServer.error(id: .null, code: RPCErrorCode.parseError, message: "the message is not valid JSON")]
        }
        return handle(message)
    }

    /// Handles one decoded message and returns the messages to send.
    public mutating func handle(_ message: LSPAny) -> [LSPAny] {
        if case .array(let batch) = message {
            // JSON-RPC batches are not part of LSP, but answering them costs nothing.
            return batch.flatMap { handle($0) }
        }
        guard case .object = message, let method = message["method"]?.stringValue else {
            if let id = message["id"], message["result"] != nil || message["error"] != nil {
                _ = id  // a response to a request we never send: ignore
                return []
            }
            return [LanguageServer.error(
                id: message["id"] ?? .null, code: RPCErrorCode.invalidRequest, message: "expected a request or notification")]
        }
        let id = message["id"]
        let params = message["params"] ?? .null
        if let id {
            guard isValidID(id) else {
                return [LanguageServer.error(id: .null, code: RPCErrorCode.invalidRequest, message: "invalid request id")]
            }
            return request(method, id: id, params: params)
        }
        return notification(method, params: params)
    }

    private func isValidID(_ id: LSPAny) -> Bool {
        switch id {
        case .integer, .string: true
        default: false
        }
    }

    // MARK: - Requests

    private mutating func request(_ method: String, id: LSPAny, params: LSPAny) -> [LSPAny] {
        if method == "initialize" {
            if isInitialized {
                return [LanguageServer.error(id: id, code: RPCErrorCode.invalidRequest, message: "initialize was already received")]
            }
            isInitialized = true
            return [LanguageServer.response(id: id, result: [
                "capabilities": LanguageServer.capabilities,
                "serverInfo": ["name": "cplan", "version": "0.3.0"],
            ])]
        }
        guard isInitialized else {
            return [LanguageServer.error(id: id, code: RPCErrorCode.serverNotInitialized, message: "the server is not initialized")]
        }
        if isShutDown {
            return [LanguageServer.error(id: id, code: RPCErrorCode.invalidRequest, message: "the server is shutting down")]
        }
        switch method {
        case "shutdown":
            isShutDown = true
            return [LanguageServer.response(id: id, result: .null)]
        case "textDocument/hover":
            return [respond(id, params) { analysis, offset in
                guard let (markdown, range) = HoverProvider.hover(at: offset, in: analysis) else { return .null }
                return [
                    "contents": ["kind": "markdown", "value": .string(markdown)],
                    "range": analysis.document.positions.range(of: range).json,
                ]
            }]
        case "textDocument/completion":
            return [respond(id, params) { analysis, offset in
                let (items, range) = CompletionProvider.complete(at: offset, in: analysis)
                let replace = analysis.document.positions.range(of: range).json
                return [
                    "isIncomplete": false,
                    "items": .array(items.map { item in
                        [
                            "label": .string(item.label), "kind": .integer(item.kind), "detail": .string(item.detail),
                            "sortText": .string(item.sortText),
                            "textEdit": ["range": replace, "newText": .string(item.label)],
                        ]
                    }),
                ]
            }]
        case "textDocument/definition":
            return [respond(id, params) { analysis, offset in
                guard let (name, _) = analysis.index.symbol(at: offset, in: DocumentAnalysis.mainFile),
                    let d = analysis.index.definition(of: name), let (uri, range) = analysis.location(of: d.nameSpan)
                else { return .null }
                return ["uri": .string(uri), "range": range.json]
            }]
        case "textDocument/references":
            let includeDeclaration = params["context"]?["includeDeclaration"]?.boolValue ?? true
            return [respond(id, params) { analysis, offset in
                guard let (name, _) = analysis.index.symbol(at: offset, in: DocumentAnalysis.mainFile) else { return .null }
                var spans = analysis.index.references(to: name).map(\.span)
                if includeDeclaration, let d = analysis.index.definition(of: name) { spans.insert(d.nameSpan, at: 0) }
                return .array(spans.compactMap { span in
                    analysis.location(of: span).map { ["uri": .string($0.uri), "range": $0.range.json] }
                })
            }]
        case "textDocument/documentSymbol":
            return [respondDocument(id, params) { analysis in .array(DocumentSymbols.symbols(analysis)) }]
        case "textDocument/formatting":
            return [respondDocument(id, params) { analysis in .array(FormattingProvider.edits(for: analysis.document)) }]
        case "textDocument/codeAction":
            guard let lspRange = LSPRange(json: params["range"]) else {
                return [LanguageServer.error(id: id, code: RPCErrorCode.invalidParams, message: "missing range")]
            }
            return [respondDocument(id, params) { analysis in
                .array(CodeActionProvider.actions(in: analysis.document.positions.byteRange(of: lspRange), analysis: analysis))
            }]
        default:
            return [LanguageServer.error(id: id, code: RPCErrorCode.methodNotFound, message: "unsupported method \(method)")]
        }
    }

    /// Answers a request about an open document.
    private func respondDocument(_ id: LSPAny, _ params: LSPAny, _ body: (DocumentAnalysis) -> LSPAny) -> LSPAny {
        guard let uri = params["textDocument"]?["uri"]?.stringValue else {
            return LanguageServer.error(id: id, code: RPCErrorCode.invalidParams, message: "missing textDocument.uri")
        }
        guard let analysis = analyses[uri] else {
            // Not open: nothing known about it (the protocol allows a null result).
            return LanguageServer.response(id: id, result: .null)
        }
        return LanguageServer.response(id: id, result: body(analysis))
    }

    /// Answers a request about a position in an open document.
    private func respond(_ id: LSPAny, _ params: LSPAny, _ body: (DocumentAnalysis, Int) -> LSPAny) -> LSPAny {
        guard let position = LSPPosition(json: params["position"]) else {
            return LanguageServer.error(id: id, code: RPCErrorCode.invalidParams, message: "missing position")
        }
        return respondDocument(id, params) { analysis in
            body(analysis, analysis.document.positions.offset(of: position))
        }
    }

    // MARK: - Notifications

    private mutating func notification(_ method: String, params: LSPAny) -> [LSPAny] {
        if method == "exit" {
            exitCode = isShutDown ? 0 : 1
            return []
        }
        guard isInitialized, !isShutDown else { return [] }
        switch method {
        case "textDocument/didOpen":
            guard let item = params["textDocument"], let uri = item["uri"]?.stringValue,
                let text = item["text"]?.stringValue
            else { return [] }
            documents[uri] = TextDocument(uri: uri, version: item["version"]?.intValue ?? 0, text: text)
            return reanalyse(changed: uri)
        case "textDocument/didChange":
            guard let uri = params["textDocument"]?["uri"]?.stringValue, var document = documents[uri] else { return [] }
            let changes = (params["contentChanges"]?.arrayValue ?? []).compactMap(TextChange.init(json:))
            document.apply(changes)
            if let version = params["textDocument"]?["version"]?.intValue { document.version = version }
            documents[uri] = document
            return reanalyse(changed: uri)
        case "textDocument/didClose":
            guard let uri = params["textDocument"]?["uri"]?.stringValue else { return [] }
            documents[uri] = nil
            analyses[uri] = nil
            // Clear its diagnostics; documents including it now read it from disk.
            return [LanguageServer.publish(uri: uri, version: nil, diagnostics: [])] + reanalyseIncluders(of: uri)
        case "textDocument/didSave":
            guard let uri = params["textDocument"]?["uri"]?.stringValue, documents[uri] != nil else { return [] }
            return reanalyse(changed: uri)
        default:
            return []  // `initialized`, `$/cancelRequest`, settings…: nothing to do
        }
    }

    /// Absolute path → text of every open `file://` document.
    private var openTexts: [String: String] {
        var map: [String: String] = [:]
        for (uri, document) in documents {
            if let path = FilePaths.path(ofURI: uri) { map[path] = document.text }
        }
        return map
    }

    /// Re-analyses a changed document and every open document that includes it.
    private mutating func reanalyse(changed uri: String) -> [LSPAny] {
        guard let document = documents[uri] else { return [] }
        var analysis = DocumentAnalysis(document: document, configuration: configuration, openDocuments: openTexts)
        analysis.lastGoodPlan = analyses[uri]?.recentPlan
        analyses[uri] = analysis
        var out = [LanguageServer.publish(uri: uri, version: document.version, diagnostics: PublishedDiagnostics.all(analysis))]
        out.append(contentsOf: reanalyseIncluders(of: uri))
        return out
    }

    private mutating func reanalyseIncluders(of uri: String) -> [LSPAny] {
        guard let path = FilePaths.path(ofURI: uri) else { return [] }
        var out: [LSPAny] = []
        let texts = openTexts
        for (other, analysis) in analyses.sorted(by: { $0.key < $1.key })
        where other != uri && analysis.includedPaths.contains(path) {
            guard let document = documents[other] else { continue }
            var fresh = DocumentAnalysis(document: document, configuration: configuration, openDocuments: texts)
            fresh.lastGoodPlan = analysis.recentPlan
            analyses[other] = fresh
            out.append(LanguageServer.publish(uri: other, version: document.version, diagnostics: PublishedDiagnostics.all(fresh)))
        }
        return out
    }

    // MARK: - Message shapes

    /// A success response.
    public static func response(id: LSPAny, result: LSPAny) -> LSPAny {
        ["jsonrpc": "2.0", "id": id, "result": result]
    }

    /// An error response.
    public static func error(id: LSPAny, code: Int, message: String) -> LSPAny {
        ["jsonrpc": "2.0", "id": id, "error": ["code": .integer(code), "message": .string(message)]]
    }

    /// A `textDocument/publishDiagnostics` notification.
    public static func publish(uri: String, version: Int?, diagnostics: [LSPAny]) -> LSPAny {
        var params: [String: LSPAny] = ["uri": .string(uri), "diagnostics": .array(diagnostics)]
        if let version { params["version"] = .integer(version) }
        return ["jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": .object(params)]
    }
}
