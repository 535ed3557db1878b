public struct YearTarget: Equatable, Sendable {
    public var year: Int
    public var value: Revisable<Target>
}

public struct Baseline: Equatable, Sendable {
    public var year: Int?
    public var value: Target
}

/// Whether an item is in both phases, only added, or removed by the revision.
public enum ItemStatus: String, Sendable {
    case active, added, removed
}

public struct Indicator: Equatable, Sendable {
    public var id: String
    public var code: String?
    public var name: Revisable<String>
    /// What the indicator signals ("Valore segnaletico"); an addition to the contract.
    public var description: Revisable<String>?
    public var algorithm: Revisable<String>?
    public var measure: Revisable<String>?
    public var source: Revisable<String>?
    public var type: Revisable<String>?
    public var weight: Revisable<Double>?
    public var flags: [String] = []
    public var threshold: Target?
    public var baseline: Baseline?
    public var targets: [YearTarget] = []
    public var status: ItemStatus = .active
    public var notes: [String] = []
    public var line: Int

    public init(id: String, name: Revisable<String>, line: Int) {
        self.id = id
        self.name = name
        self.line = line
    }
}
