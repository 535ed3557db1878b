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

extension DocumentSummary {
    /// For the frames between worker and batch (`DocumentPiece`).
    var jsonObject: [String: Any] {
        var document: [String: Any] = ["id": self.document.id, "file": self.document.file, "sha256": self.document.sha256,
                                       "bytes": self.document.bytes, "format": self.document.format.rawValue, "kind": self.document.kind.rawValue]
        document["entity"] = self.document.entity
        document["title"] = self.document.title
        document["act"] = self.document.act
        if let period = self.document.period { document["period"] = [period.start, period.end] }
        return ["document": document, "counts": [objectives, indicators, revisions, failedChecks, diagnostics]]
    }

    init?(jsonObject: [String: Any]) {
        guard let document = jsonObject["document"] as? [String: Any], let counts = jsonObject["counts"] as? [Int], counts.count == 5,
              let id = document["id"] as? String, let file = document["file"] as? String, let sha256 = document["sha256"] as? String,
              let bytes = document["bytes"] as? Int, let format = (document["format"] as? String).flatMap(DocumentFormat.init(rawValue:)),
              let kind = (document["kind"] as? String).flatMap(DocumentKind.init(rawValue:)) else { return nil }
        let period = (document["period"] as? [Int]).flatMap { $0.count == 2 ? Period(start: $0[0], end: $0[1]) : nil }
        self.document = DocumentInfo(id: id, file: file, sha256: sha256, bytes: bytes, format: format, kind: kind,
                                     entity: document["entity"] as? String, title: document["title"] as? String, period: period,
                                     act: document["act"] as? String)
        (objectives, indicators, revisions, failedChecks, diagnostics) = (counts[0], counts[1], counts[2], counts[3], counts[4])
    }
}
