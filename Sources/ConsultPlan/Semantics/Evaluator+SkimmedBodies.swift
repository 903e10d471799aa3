// Meeting bodies the parser skimmed (Parser+DeferredBodies.swift) are parsed the first
// time their meeting is built, in phase 1 (a provisional build) or phase 2.

extension Evaluator {
    /// How much stack a build may already use when it parses a skimmed body. Bodies are
    /// parsed where their meeting is built, which may be deep in the evaluator (a chain
    /// of meetings dated by each other's fields, a deeply nested expression reading one);
    /// a parse nests up to ``Limits/maxNestingDepth`` levels more. A full parse runs at
    /// the top, so past this budget the engine evaluates the file that way instead: the
    /// deepest stack is then what it was before bodies were skimmed.
    static let skimmedBodyStackBudget: UInt = 128 * 1024

    /// The address of a local of a frame of its own: how far the stack has grown.
    @inline(never)
    static func stackAddress() -> UInt {
        var marker: UInt8 = 0
        return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
    }

    /// Whether the stack has grown past ``skimmedBodyStackBudget`` since ``stackBase``
    /// (the stack grows down on every platform Swift runs on).
    private var pastSkimmedBodyStackBudget: Bool {
        let here = Evaluator.stackAddress()
        return stackBase > here && stackBase - here > Evaluator.skimmedBodyStackBudget
    }

    /// Parses the skimmed body of the meeting declared at `index` and stores the
    /// declaration with its attributes in the entry. A body that does not parse cleanly
    /// stops the evaluation and sets ``skimmedBodyFailed``: the engine then evaluates
    /// the file again with every body parsed up front.
    func parseSkimmedBody(ofDeclaration index: Int) {
        var d = declarations[index].declaration
        guard let body = parsedSkimmedBody(of: d) else { return }
        d.attributes = body.attributes
        d.deferredBodyStart = -1
        declarations[index].replaceDeclaration(d)
    }

    /// For a meeting declaration that is not registered: parses its skimmed body (if it
    /// has one) for the syntax warnings and comments alone.
    func reportSkimmedBody(of d: Declaration) {
        guard d.deferredBodyStart >= 0 else { return }
        _ = parsedSkimmedBody(of: d)
    }

    /// Parses `d`'s skimmed body and records its syntax diagnostics and comments; nil
    /// (and the evaluation stopped, ``skimmedBodyFailed`` set) when it does not parse cleanly.
    private func parsedSkimmedBody(of d: Declaration) -> SkimmedBody? {
        let file = d.span.file
        guard !pastSkimmedBodyStackBudget, file.rawValue >= 0, file.rawValue < sources.files.count,
            let body = Parser.parseSkimmedBody(
                of: d, in: sources[file], id: file, limits: limits, reuse: &skimmedBodyParsing)
        else {
            skimmedBodyFailed = true
            stopped = true
            return nil
        }
        // A full parse caps the file's syntax diagnostics: past the cap, parse it that way.
        let count = syntaxDiagnosticCounts[file, default: 0] + body.diagnostics.count
        syntaxDiagnosticCounts[file] = count
        guard count <= limits.maxDiagnostics else {
            skimmedBodyFailed = true
            stopped = true
            return nil
        }
        // Syntax diagnostics are reported even while a provisional build is silenced.
        diagnostics += body.diagnostics
        syntaxDiagnostics += body.diagnostics
        if !body.comments.isEmpty {
            comments[file, default: []] += body.comments
            filesWithBodyComments.insert(file)
        }
        return body
    }

    /// Puts the comments of files that gained a skimmed body's back in source order.
    func sortCommentsOfSkimmedBodies() {
        for file in filesWithBodyComments.sorted(by: { $0.rawValue < $1.rawValue }) {
            comments[file]?.sort { $0.span.start < $1.span.start }
        }
        filesWithBodyComments = []
    }
}
