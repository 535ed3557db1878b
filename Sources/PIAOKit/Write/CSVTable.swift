/// One CSV file: a header row and rows of the same width, written per RFC 4180.
public struct CSVTable: Sendable {
    public var name: String
    public var header: [String]
    public var rows: [[String]] = []

    public init(name: String, header: [String]) {
        self.name = name
        self.header = header
    }

    public mutating func append(_ row: [String]) {
        precondition(row.count == header.count, "\(name): row width \(row.count) ≠ header width \(header.count)")
        rows.append(row)
    }

    public func serialized() -> String {
        var output = ""
        for row in [header] + rows {
            output += row.map(Self.quoted).joined(separator: ",")
            output += "\r\n"
        }
        return output
    }

    static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
