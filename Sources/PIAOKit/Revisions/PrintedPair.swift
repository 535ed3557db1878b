/// A field's printed text before and after the revision, before it is read as a number,
/// a target or a string. `original == current` and no evidence when nothing changed.
struct PrintedPair: Equatable {
    var original: String?
    var current: String?
    var evidence: Evidence?

    static func unchanged(_ text: String) -> PrintedPair { PrintedPair(original: text, current: text, evidence: nil) }

    func map<T: Equatable & Sendable>(_ read: (String) -> T?) -> Revisable<T> {
        Revisable(current: current.flatMap(read), original: original.flatMap(read), evidence: evidence)
    }

    var text: Revisable<String> { map { $0 } }
}
