/// A recoverable problem found while reading a document, tied to a source line.
public struct Diagnostic: Equatable, Sendable {
    public enum Severity: String, Sendable { case warning, error }

    public var severity: Severity
    public var code: String
    public var message: String
    public var line: Int?

    public init(_ severity: Severity, _ code: String, _ message: String, line: Int?) {
        self.severity = severity
        self.code = code
        self.message = message
        self.line = line
    }

    public static func warning(_ code: String, _ message: String, line: Int?) -> Diagnostic {
        Diagnostic(.warning, code, message, line: line)
    }
}
