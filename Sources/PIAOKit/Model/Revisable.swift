/// How a revision was recognised in the source.
public enum Evidence: String, Sendable, Equatable {
    case strikethrough
    case adjacentValues = "adjacent-values"
    case note
}

/// A value a revision can change: what was first approved and what is in force.
/// Not revised: `original == current`, `evidence == nil`. Added: `original == nil`.
/// Removed: `current == nil`.
public struct Revisable<Value: Equatable & Sendable>: Equatable, Sendable {
    public var current: Value?
    public var original: Value?
    public var evidence: Evidence?

    public init(current: Value?, original: Value?, evidence: Evidence?) {
        self.current = current
        self.original = original
        self.evidence = evidence
    }

    /// A value that no revision touched.
    public static func unchanged(_ value: Value) -> Revisable { Revisable(current: value, original: value, evidence: nil) }

    public var isRevised: Bool { evidence != nil }

    /// The value in force in a phase of the plan.
    public func value(in phase: Phase) -> Value? { phase == .original ? original : current }

    public func map<T>(_ transform: (Value) -> T) -> Revisable<T> {
        Revisable<T>(current: current.map(transform), original: original.map(transform), evidence: evidence)
    }
}

/// The plan as first approved, or as revised.
public enum Phase: String, Sendable, CaseIterable {
    case original
    case current
}
