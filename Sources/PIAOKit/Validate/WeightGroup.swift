/// A set of weights that should sum to 100: an objective's indicators, or the objectives of
/// one line, unit or parent.
struct WeightGroup {
    struct Member {
        var id: String
        var weight: Revisable<Double>?
        var status: ItemStatus
    }

    var rule: String
    var scope: String
    var members: [Member]
    /// Why the group may be only partly printed (a revision prints only the sheets that changed).
    var incompleteReason: String?
}
