/// A code and a title as printed: a mission, a programme, an area, a sub-objective.
public struct CodedTitle: Equatable, Sendable {
    public var code: String?
    public var title: String

    public init(code: String?, title: String) {
        self.code = code
        self.title = title
    }
}
