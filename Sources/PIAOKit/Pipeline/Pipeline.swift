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

    public static func run(_ source: SourceDocument) throws -> Dataset {
        try stages(source).dataset
    }

    /// Every stage's product, for `piao inspect`.
    public static func stages(_ source: SourceDocument) throws -> Stages {
        let text = try Normalizer.normalize(bytes: source.bytes, file: source.file)
        let layout = TableDetector.detect(text)
        let schede = SchedeParser.parse(layout)
        let plan = RevisionResolver.resolve(schede)
        let document = DocumentInfo(id: source.id, file: source.file, sha256: SHA256.hex(source.bytes), bytes: source.bytes.count,
                                    format: text.format, kind: schede.metadata.kind, entity: schede.metadata.entity,
                                    title: schede.metadata.title, period: schede.metadata.period, act: schede.metadata.act)
        let dataset = Validator.validate(plan, document: document)
        return Stages(text: text, layout: layout, schede: schede, plan: plan, dataset: dataset)
    }
}
