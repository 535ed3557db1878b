public enum DocumentFormat: String, Sendable {
    case markdownHTML = "markdown-html"
    case tabularText = "tabular-text"
    case flowText = "flow-text"
    case html
}

public enum DocumentKind: String, Sendable {
    case piao
    case piaoRevision = "piao-revision"
    case pira
    case performancePlan = "performance-plan"
    case unknown
}

public struct Period: Equatable, Sendable {
    public var start: Int
    public var end: Int
}

public struct DocumentInfo: Equatable, Sendable {
    public var id: String
    public var file: String
    public var sha256: String
    public var bytes: Int
    public var format: DocumentFormat
    public var kind: DocumentKind
    public var entity: String?
    public var title: String?
    public var period: Period?
    public var act: String?

    public init(id: String, file: String, sha256: String, bytes: Int, format: DocumentFormat, kind: DocumentKind,
                entity: String?, title: String?, period: Period?, act: String?) {
        self.id = id
        self.file = file
        self.sha256 = sha256
        self.bytes = bytes
        self.format = format
        self.kind = kind
        self.entity = entity
        self.title = title
        self.period = period
        self.act = act
    }
}

/// Everything published for one source document.
public struct Dataset: Equatable, Sendable {
    public static let schema = "piao-dataset/1"
    public var document: DocumentInfo
    public var objectives: [Objective]
    public var revisions: [Revision]
    public var checks: [Check]
    public var diagnostics: [Diagnostic]
}
