/// One CSV table's columns, keys and types: the single description that the CSV writer, the
/// Frictionless data package and the SQLite tables all follow.
public struct TableSpec: Sendable {
    public enum ColumnType: String, Sendable { case string, integer, number }

    public struct Column: Sendable {
        public var name: String
        public var type: ColumnType
        public var required: Bool
        public var values: [String]?
        public var description: String
    }

    public struct ForeignKey: Sendable {
        public var fields: [String]
        public var table: String
        public var reference: [String]
    }

    public var name: String
    public var title: String
    public var columns: [Column]
    public var primaryKey: [String]
    public var foreignKeys: [ForeignKey]
}

extension TableSpec {
    static func column(_ name: String, _ description: String, type: ColumnType = .string, required: Bool = false, values: [String]? = nil) -> Column {
        Column(name: name, type: type, required: required, values: values, description: description)
    }

    /// `X` and `X_original` for a revisable field.
    static func revisable(_ name: String, _ description: String, type: ColumnType = .string) -> [Column] {
        [column(name, description + " (in force)", type: type), column(name + "_original", description + " (as first approved)", type: type)]
    }

    static let documentKey = column("document_id", "File name without extension; unique in the batch", required: true)
    static let objectiveKey = column("objective_key", "document_id/objective_id: unique in the batch", required: true)
    static let indicatorKey = column("indicator_key", "document_id/indicator_id: unique in the batch", required: true)
    static func objectiveRef(required: Bool) -> Column { column("objective_key", "The objective (document_id/objective_id)", required: required) }
    static func indicatorRef(required: Bool) -> Column { column("indicator_key", "The indicator (document_id/indicator_id)", required: required) }
}
