/// What a batch keeps of a document once its outputs are written: the document and its counts,
/// enough for the closing summary, the data package and the DCAT metadata.
public struct DocumentSummary: Sendable, Equatable {
    public var document: DocumentInfo
    public var objectives: Int
    public var indicators: Int
    public var revisions: Int
    public var failedChecks: Int
    public var diagnostics: Int

    public init(_ dataset: Dataset) {
        document = dataset.document
        objectives = dataset.objectives.count
        indicators = dataset.objectives.reduce(0) { $0 + $1.indicators.count }
        revisions = dataset.revisions.count
        failedChecks = dataset.checks.filter { $0.status == .fail }.count
        diagnostics = dataset.diagnostics.count
    }
}
