/// Input that cannot be read at all; everything else becomes a `Diagnostic`.
public struct UnusableInput: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var reason: String

    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}
