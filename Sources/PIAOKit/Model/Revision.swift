/// One change found in the document, in the flat list every consumer can scan.
public struct Revision: Equatable, Sendable {
    public var id: String
    public var objective: String
    public var indicator: String?
    /// "weight", "targets/2025", "resources/2025", "title", "name", "algorithm", "status", …
    public var field: String
    /// As printed.
    public var original: String?
    public var current: String?
    public var evidence: Evidence
    public var note: String?
    public var line: Int
}
