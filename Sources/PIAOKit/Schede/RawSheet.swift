/// Values under a year header ("Anno 2025 | Anno 2026 | …"), cell by cell, not yet read.
public struct YearCells: Equatable, Sendable {
    public var years: [Int] = []
    public var cells: [Cell] = []
}

/// An indicator as printed: its label → cell pairs, before revisions are resolved.
public struct RawIndicator: Equatable, Sendable {
    public var line: Int
    public var fields: [Label: Cell] = [:]
    public var targets = YearCells()
    public var notes: [Cell] = []
}

/// A sheet (scheda) as printed: stage 3's product, one per objective, cells still styled.
public struct RawSheet: Equatable, Sendable {
    public var level: ObjectiveLevel
    public var line: Int
    public var section: String?
    public var fields: [Label: Cell] = [:]
    /// The label of the objective weight as printed: says what the weight is relative to.
    public var weightLabel: String?
    public var resources = YearCells()
    public var indicators: [RawIndicator] = []
    public var notes: [Cell] = []
}

/// What the front matter says about the document.
public struct DocumentMetadata: Equatable, Sendable {
    public var kind: DocumentKind = .unknown
    public var entity: String?
    public var title: String?
    public var period: Period?
    public var act: String?
}

/// Stage 3's product.
public struct ParsedSchede: Sendable {
    public var format: DocumentFormat
    public var metadata: DocumentMetadata
    public var sheets: [RawSheet]
    public var diagnostics: [Diagnostic]
}
