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
        let origin = Origin(source)
        let memory = FreedMemory(inputBytes: origin.bytes)
        let text = try Normalizer.normalize(bytes: (consume source).bytes, file: origin.file)
        let format = text.format
        memory.returnToSystem()
        let layout = TableDetector.detect(consume text)
        memory.returnToSystem()
        let schede = SchedeParser.parse(consume layout)
        let info = document(origin, format: format, metadata: schede.metadata)
        memory.returnToSystem()
        let plan = RevisionResolver.resolve(consume schede)
        memory.returnToSystem()
        let dataset = Validator.validate(consume plan, document: info)
        // The dataset is written next, its CSV rows rendered whole: the stages' garbage goes first.
        memory.returnToSystem()
        return dataset
    }

    /// What the document block takes from the file itself, noted before its bytes are consumed.
    private struct Origin {
        var id, file, sha256: String
        var bytes: Int

        init(_ source: borrowing SourceDocument) {
            (id, file, sha256, bytes) = (source.id, source.file, SHA256.hex(source.bytes), source.bytes.count)
        }
    }

    private static func document(_ origin: Origin, format: DocumentFormat, metadata: DocumentMetadata) -> DocumentInfo {
        DocumentInfo(id: origin.id, file: origin.file, sha256: origin.sha256, bytes: origin.bytes, format: format, kind: metadata.kind,
                     entity: metadata.entity, title: metadata.title, period: metadata.period, act: metadata.act)
    }

    /// Every stage's product, for `piao inspect`.
    public static func stages(_ source: SourceDocument) throws -> Stages {
        let text = try Normalizer.normalize(bytes: source.bytes, file: source.file)
        let layout = TableDetector.detect(text)
        let schede = SchedeParser.parse(layout)
        let plan = RevisionResolver.resolve(schede)
        let dataset = Validator.validate(plan, document: document(Origin(source), format: text.format, metadata: schede.metadata))
        return Stages(text: text, layout: layout, schede: schede, plan: plan, dataset: dataset)
    }
}
