public struct YearAmount: Equatable, Sendable {
    public var year: Int
    public var amount: Revisable<Double>
}

public struct PrintedWeight: Equatable, Sendable {
    public var weight: Revisable<Double>
    public var line: Int
}

public struct Monitoring: Equatable, Sendable {
    public var collector: Revisable<String>
    public var validator: Revisable<String>
}

public enum ObjectiveLevel: String, Sendable {
    case strategic, operational
}

public struct Objective: Equatable, Sendable {
    public var id: String
    public var level: ObjectiveLevel
    public var code: String?
    public var title: Revisable<String>
    public var description: Revisable<String>?
    public var parent: String?
    public var area: CodedTitle?
    public var missions: [CodedTitle] = []
    public var programme: CodedTitle?
    public var subObjectives: [CodedTitle] = []
    public var strategicRef: CodedTitle?
    public var unit: String?
    /// The heading the sheet is printed under ("SERVIZI DI STAFF", "AREA 2 - …"); an addition to the contract.
    public var section: String?
    public var monitoring: Monitoring?
    public var weight: Revisable<Double>?
    /// What the printed weight is relative to ("rispetto agli obt. str.", "… di U.O."); an addition.
    public var weightBasis: String?
    public var resources: [YearAmount] = []
    public var status: ItemStatus = .active
    public var notes: [String] = []
    public var indicators: [Indicator] = []
    public var line: Int
    /// The same objective's weight printed in another place (its sheet, when the objective comes
    /// from a summary table): compared by the `weight-consistency` check.
    public var weightElsewhere: [PrintedWeight] = []
    /// The line the weight is printed on (the weight cell, or the title that holds it).
    public var weightLine: Int?

    public init(id: String, level: ObjectiveLevel, title: Revisable<String>, line: Int) {
        self.id = id
        self.level = level
        self.title = title
        self.line = line
    }
}
