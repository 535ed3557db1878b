/// A validator finding: does a group of printed weights sum to what it should?
public struct Check: Equatable, Sendable {
    public enum Status: String, Sendable { case pass, fail, skipped }

    public var id: String
    public var rule: String
    public var scope: String
    public var phase: Phase
    public var members: [String]
    public var sum: Double?
    public var expected: Double
    public var tolerance: Double
    public var status: Status
    public var message: String
}
