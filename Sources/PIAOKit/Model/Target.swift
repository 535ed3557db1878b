/// A printed target (or baseline), kept verbatim and also read.
public struct Target: Equatable, Sendable {
    public enum Kind: String, Sendable {
        case number, boolean, date, text
        case notApplicable = "not-applicable"
        case notAvailable = "not-available"
    }

    public var raw: String
    public var kind: Kind
    /// `>=`, `<=`, `>`, `<`, `=` or nil.
    public var `operator`: String?
    public var value: Double?
    public var unit: String?

    public init(raw: String, kind: Kind, operator: String? = nil, value: Double? = nil, unit: String? = nil) {
        self.raw = raw
        self.kind = kind
        self.operator = `operator`
        self.value = value
        self.unit = unit
    }
}
