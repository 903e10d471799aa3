// One evaluation of an open document: its parse, its evaluation (plan,
// diagnostics, included sources) and its symbol index, plus the URI of each source.

import ConsultPlan

/// What the server runs a document through.
public struct ServerConfiguration: Sendable {
    /// The evaluation date (`today()`); the host supplies it.
    public var today: Day
    /// Resource limits.
    public var limits: Limits
    /// Overrides the plan's locale (`zh-CN` or `en`), as `--locale` does for the CLI.
    public var locale: String?

    /// Creates a configuration.
    public init(today: Day, limits: Limits = Limits(), locale: String? = nil) {
        self.today = today
        self.limits = limits
        self.locale = locale
    }
}

/// The analysed state of one open document.
public struct DocumentAnalysis: Sendable {
    /// The main file's ID in every span of this analysis.
    public static let mainFile = FileID(0)

    /// The document analysed.
    public let document: TextDocument
    /// The source file name: the absolute path for `file://` URIs, else the URI.
    public let fileName: String
    /// The main file as the library sees it.
    public let file: SourceFile
    /// Parse of the main file (tokens and comments included).
    public let parse: ParseResult
    /// The evaluation (diagnostics as `cplan check` reports them, the plan, every source).
    public let evaluation: EvaluationResult
    /// Definitions and references across the document and its includes.
    public let index: SymbolIndex
    /// The plan of the latest earlier analysis that had one: completion offers
    /// series occurrences from it while the document is broken mid-edit.
    public var lastGoodPlan: Plan?

    /// Analyses a document. `openDocuments` (absolute path → text) are what includes see first.
    public init(document: TextDocument, configuration: ServerConfiguration, openDocuments: [String: String]) {
        self.document = document
        let path = FilePaths.path(ofURI: document.uri)
        self.fileName = path ?? document.uri
        let file = SourceFile(name: fileName, text: document.text)
        self.file = file
        self.parse = Parser.parse(file, id: DocumentAnalysis.mainFile)
        let loader: (any IncludeLoader)? =
            path == nil ? nil : DocumentIncludeLoader(openDocuments: openDocuments, limits: configuration.limits)
        let engine = Engine(configuration: Engine.Configuration(
            today: configuration.today, includeLoader: loader, limits: configuration.limits,
            locale: configuration.locale))
        self.evaluation = engine.evaluate(file: file)
        var programs = evaluation.programs
        if programs.isEmpty { programs = [parse.program] }
        self.index = SymbolIndex(programs: programs)
    }

    /// The evaluated plan, when evaluation got that far.
    public var plan: Plan? { evaluation.plan }

    /// The plan, else the last one this document evaluated to.
    public var recentPlan: Plan? { evaluation.plan ?? lastGoodPlan }

    /// The locale for texts: the configuration's, else the plan's, else `zh-CN`.
    public var locale: String { plan?.header.locale ?? "zh-CN" }

    /// The URI of a file of this evaluation.
    public func uri(of id: FileID) -> String? {
        if id == DocumentAnalysis.mainFile { return document.uri }
        guard id.rawValue >= 0, id.rawValue < evaluation.sources.files.count else { return nil }
        let name = evaluation.sources[id].name
        return name.hasPrefix("/") ? FilePaths.uri(ofPath: name) : nil
    }

    /// Position conversion for a file of this evaluation.
    public func positions(of id: FileID) -> PositionConverter? {
        if id == DocumentAnalysis.mainFile { return document.positions }
        guard id.rawValue >= 0, id.rawValue < evaluation.sources.files.count else { return nil }
        return PositionConverter(bytes: evaluation.sources[id].bytes)
    }

    /// The protocol location of a span, when its file has a URI.
    public func location(of span: Span) -> (uri: String, range: LSPRange)? {
        guard !span.isNone, let uri = uri(of: span.file), let positions = positions(of: span.file) else { return nil }
        return (uri, positions.range(of: span))
    }

    /// The source text of a span (any file of the evaluation).
    public func text(of span: Span) -> String {
        if span.file == DocumentAnalysis.mainFile { return file.text(span) }
        guard span.file.rawValue >= 0, span.file.rawValue < evaluation.sources.files.count else { return "" }
        return evaluation.sources[span.file].text(span)
    }

    /// Absolute paths of every file this evaluation read besides the document.
    public var includedPaths: Set<String> {
        Set(evaluation.sources.files.dropFirst().map(\.name).filter { $0.hasPrefix("/") })
    }
}
