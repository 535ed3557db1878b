/// Values under a year header ("Anno 2025 | Anno 2026 | …"), cell by cell, not yet read.
public struct YearCells: Equatable, Sendable {
    public var years: [Int] = []
    public var cells: [Cell] = []
}

/// A value printed under one year: a baseline ("Baseline 2024").
public struct YearCell: Equatable, Sendable {
    public var year: Int?
    public var cell: Cell
}

/// An indicator as printed: its label → cell pairs, before revisions are resolved.
public struct RawIndicator: Equatable, Sendable {
    public var line: Int
    public var fields: [Label: Cell] = [:]
    public var targets = YearCells()
    public var baseline: YearCell?
    public var notes: [Cell] = []
}

/// A row of an operational summary table ("OO 1.1.1 – title | 30") under its strategic objective.
public struct RawSummaryEntry: Equatable, Sendable {
    public var parentCode: String
    public var title: Cell
    public var weight: Cell?
    public var line: Int
}

/// A sheet (scheda) as printed: stage 3's product, one per objective, cells still styled.
public struct RawSheet: Equatable, Sendable {
    public var level: ObjectiveLevel
    public var line: Int
    /// A sheet opened by a "SCHEDA …" label runs to the next sheet; one opened by an objective row
    /// ("OBIETTIVO STRATEGICO | OS 1.1 … (PESO: 20%)") ends with its table.
    public var openedByRow = false
    public var section: String?
    public var fields: [Label: Cell] = [:]
    /// The label of the objective weight as printed: says what the weight is relative to.
    public var weightLabel: String?
    public var resources = YearCells()
    public var indicators: [RawIndicator] = []
    public var notes: [Cell] = []
    /// The line of the strategic sheet an operational one is printed under (a table of operational
    /// objectives below a strategic objective's heading): its parent, when no code names one.
    public var parentSheetLine: Int?

    /// The field that holds the objective's title at this level.
    var titleLabel: Label { level == .strategic ? .strategicObjective : .operationalObjective }
}

/// What the front matter says about the document.
public struct DocumentMetadata: Equatable, Sendable {
    public var kind: DocumentKind = .unknown
    public var entity: String?
    public var title: String?
    public var period: Period?
    public var act: String?
    /// Strategic areas (ambiti) announced anywhere: "AMBITO STRATEGICO 1 – COMPETITIVITA' …".
    public var areas: [String: String] = [:]
}

/// Stage 3's product.
public struct ParsedSchede: Sendable {
    public var format: DocumentFormat
    public var metadata: DocumentMetadata
    public var sheets: [RawSheet]
    public var summaries: [RawSummaryEntry] = []
    public var diagnostics: [Diagnostic]
    /// Read from rows rebuilt out of flat text's label lines: whether its blank-line paragraphs were
    /// merged for it (`LabelledLines.rebuild`); nil for any other reading. `piao inspect` shows those rows.
    public var labelRowsMergedParagraphs: Bool? = nil
}
