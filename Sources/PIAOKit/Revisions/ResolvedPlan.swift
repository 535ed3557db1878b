/// Stage 4's product: objectives with every revisable value resolved, and the flat revision list.
public struct ResolvedPlan: Sendable {
    public var format: DocumentFormat
    public var metadata: DocumentMetadata
    public var objectives: [Objective]
    public var revisions: [Revision]
    public var diagnostics: [Diagnostic]
}
