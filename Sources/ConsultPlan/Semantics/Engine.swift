// STUB of the embedding facade — the evaluation work (issue 3) fills it in.
// The names here are promised to embedders (issue 8): Engine, Configuration,
// evaluate(source:name:), EvaluationResult.

/// Reads included files for the interpreter. The library never touches the
/// file system itself; the host decides what `include "x.cplan"` means.
public protocol IncludeLoader: Sendable {
    /// Loads `path` as written in `include`, relative to the including file's name.
    /// Returns the file (its `name` is how diagnostics will show it) or a message.
    func load(path: String, from includingFile: String, mainFile: String) -> Result<SourceFile, IncludeLoadError>
}

/// Why an include could not be loaded.
public struct IncludeLoadError: Error, Sendable, Hashable {
    /// Why (`not found`, `outside the plan's folder`…).
    public var message: String
    /// Whether the path escapes the main file's folder tree.
    public var isOutsideTree: Bool
    /// Creates an error.
    public init(message: String, isOutsideTree: Bool = false) {
        self.message = message
        self.isOutsideTree = isOutsideTree
    }
}

/// The interpreter: evaluates plan source into a ``Plan`` and diagnostics.
public struct Engine: Sendable {
    /// How an engine evaluates.
    public struct Configuration: Sendable {
        /// The evaluation date (`today()`); the host supplies it, the library never reads the clock.
        public var today: Day
        /// Loads included files; nil means `include` is an error.
        public var includeLoader: (any IncludeLoader)?
        /// Resource limits.
        public var limits: Limits
        /// Overrides the plan's locale for messages and outputs (`zh-CN` or `en`).
        public var locale: String?
        /// The documented defaults: today 2025-01-01, no loader, spec limits, the plan's locale.
        public init(today: Day = Day(year: 2025, month: 1, day: 1)!, includeLoader: (any IncludeLoader)? = nil, limits: Limits = Limits(), locale: String? = nil) {
            self.today = today
            self.includeLoader = includeLoader
            self.limits = limits
            self.locale = locale
        }
    }

    /// The configuration.
    public var configuration: Configuration

    /// Creates an engine.
    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Evaluates a program given as text.
    public func evaluate(source: String, name: String) -> EvaluationResult {
        evaluate(file: SourceFile(name: name, text: source))
    }

    /// Evaluates a program given as a file (bytes as read; invalid UTF-8 is diagnosed).
    public func evaluate(file: SourceFile) -> EvaluationResult {
        var sources = SourceMap()
        let id = sources.add(file)
        let parsed = Parser.parse(file, id: id)
        return EvaluationResult(plan: nil, diagnostics: parsed.diagnostics, sources: sources, programs: [parsed.program])
    }
}

/// What an evaluation returns.
public struct EvaluationResult: Sendable {
    /// The plan; nil when syntax errors (or fatal limits) kept it from being built.
    public var plan: Plan?
    /// Every diagnostic, sorted for display.
    public var diagnostics: [Diagnostic]
    /// The files read (the main file first), for rendering diagnostics.
    public var sources: SourceMap
    /// The parsed programs, main file first.
    public var programs: [Program]
}
