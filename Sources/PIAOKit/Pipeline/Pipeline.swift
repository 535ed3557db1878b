/// The stages, in order. Each returns its own type, so the compiler checks the order:
/// normalize → detect tables → parse schede → resolve revisions → validate.
public enum Pipeline {
    public struct Stages: Sendable {
        public var text: NormalizedText
        public var layout: Layout
        public var schede: ParsedSchede
        public var plan: ResolvedPlan
        public var dataset: Dataset
    }

    /// The dataset alone. Each stage's input is released once the next stage has its value, and the
    /// source bytes once decoded (the document is consumed), so a large document never has all
    /// stages in memory at once (`stages` keeps them, for inspect).
    public static func run(_ source: consuming SourceDocument) throws -> Dataset {
        let info = DocumentInfo(id: source.id, file: source.file, sha256: SHA256.hex(source.bytes), bytes: source.bytes.count, format: .tabularText,
                                kind: .unknown, entity: nil, title: nil, period: nil, act: nil)
        let text = try Normalizer.normalize(bytes: (consume source).bytes, file: info.file)
        let format = text.format
        let schede = SchedeParser.parse(TableDetector.detect(consume text))
        return Validator.validate(RevisionResolver.resolve(schede), document: document(info, format: format, metadata: schede.metadata))
    }

    private static func document(_ info: DocumentInfo, format: DocumentFormat, metadata: DocumentMetadata) -> DocumentInfo {
        var info = info
        info.format = format
        info.kind = metadata.kind
        info.entity = metadata.entity
        info.title = metadata.title
        info.period = metadata.period
        info.act = metadata.act
        return info
    }

    /// Every stage's product, for `piao inspect`.
    public static func stages(_ source: SourceDocument) throws -> Stages {
        let text = try Normalizer.normalize(bytes: source.bytes, file: source.file)
        let layout = TableDetector.detect(text)
        let schede = SchedeParser.parse(layout)
        let plan = RevisionResolver.resolve(schede)
        let info = DocumentInfo(id: source.id, file: source.file, sha256: SHA256.hex(source.bytes), bytes: source.bytes.count, format: text.format,
                                kind: .unknown, entity: nil, title: nil, period: nil, act: nil)
        let dataset = Validator.validate(plan, document: document(info, format: text.format, metadata: schede.metadata))
        return Stages(text: text, layout: layout, schede: schede, plan: plan, dataset: dataset)
    }
}
