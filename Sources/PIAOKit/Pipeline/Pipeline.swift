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

    /// The dataset alone. Each stage's input is released once the next stage has its value, so a
    /// large document never has all five stages in memory at once (`stages` keeps them, for inspect).
    public static func run(_ source: SourceDocument) throws -> Dataset {
        let (schede, format) = try parse(source)
        let metadata = schede.metadata
        return Validator.validate(RevisionResolver.resolve(schede), document: document(source, format: format, metadata: metadata))
    }

    private static func parse(_ source: SourceDocument) throws -> (ParsedSchede, DocumentFormat) {
        let (layout, format) = try detect(source)
        return (SchedeParser.parse(layout), format)
    }

    private static func detect(_ source: SourceDocument) throws -> (Layout, DocumentFormat) {
        let text = try Normalizer.normalize(bytes: source.bytes, file: source.file)
        return (TableDetector.detect(text), text.format)
    }

    private static func document(_ source: SourceDocument, format: DocumentFormat, metadata: DocumentMetadata) -> DocumentInfo {
        DocumentInfo(id: source.id, file: source.file, sha256: SHA256.hex(source.bytes), bytes: source.bytes.count, format: format,
                     kind: metadata.kind, entity: metadata.entity, title: metadata.title, period: metadata.period, act: metadata.act)
    }

    /// Every stage's product, for `piao inspect`.
    public static func stages(_ source: SourceDocument) throws -> Stages {
        let text = try Normalizer.normalize(bytes: source.bytes, file: source.file)
        let layout = TableDetector.detect(text)
        let schede = SchedeParser.parse(layout)
        let plan = RevisionResolver.resolve(schede)
        let dataset = Validator.validate(plan, document: document(source, format: text.format, metadata: schede.metadata))
        return Stages(text: text, layout: layout, schede: schede, plan: plan, dataset: dataset)
    }
}
