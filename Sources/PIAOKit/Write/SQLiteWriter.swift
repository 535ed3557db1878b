import GRDB

/// The batch tables in a SQLite database (the columns of `TableSpecs`), with primary and foreign keys,
/// indexes on the ids, and two views people write first. Re-running replaces a document's rows.
public final class SQLiteWriter {
    private let queue: DatabaseQueue

    /// Opens (or creates) the database and its tables, indexes and views.
    public init(path: String) throws {
        // Worker processes write to the same database: wait for one another's transactions.
        var configuration = Configuration()
        configuration.busyMode = .timeout(60)
        queue = try DatabaseQueue(path: path, configuration: configuration)
        try queue.write { db in
            for spec in TableSpecs.all { try db.execute(sql: Self.createTable(spec)) }
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS check_members (
                  document_id TEXT NOT NULL REFERENCES documents(document_id),
                  check_id TEXT NOT NULL, member TEXT NOT NULL,
                  PRIMARY KEY (document_id, check_id, member))
                """)
            for statement in Self.indexes + Self.views { try db.execute(sql: statement) }
        }
    }

    public static func write(_ datasets: [Dataset], to path: String) throws {
        let writer = try SQLiteWriter(path: path)
        for dataset in datasets { try writer.insert(dataset) }
    }

    /// One document's rows, in one transaction, replacing those a previous run wrote.
    public func insert(_ dataset: Dataset) throws {
        try queue.write { db in
            let id = dataset.document.id
            // Children first, so foreign keys hold while a re-run replaces a document.
            for table in ["check_members"] + TableSpecs.all.reversed().map(\.name) {
                try db.execute(sql: "DELETE FROM \(table) WHERE document_id = ?", arguments: [id])
            }
            for table in BatchCSV.tables([dataset]) { try Self.insert(table, into: db) }
            for check in dataset.checks {
                for member in Set(check.members) {
                    try db.execute(sql: "INSERT INTO check_members (document_id, check_id, member) VALUES (?, ?, ?)",
                                   arguments: [id, check.id, member])
                }
            }
        }
    }

    static func createTable(_ spec: TableSpec) -> String {
        var lines = spec.columns.map { column -> String in
            let type = column.type == .string ? "TEXT" : column.type == .integer ? "INTEGER" : "REAL"
            return "  \(column.name) \(type)\(column.required ? " NOT NULL" : "")"
        }
        lines.append("  PRIMARY KEY (\(spec.primaryKey.joined(separator: ", ")))")
        lines += spec.foreignKeys.map { "  FOREIGN KEY (\($0.fields.joined(separator: ", "))) REFERENCES \($0.table)(\($0.reference.joined(separator: ", ")))" }
        return "CREATE TABLE IF NOT EXISTS \(spec.name) (\n" + lines.joined(separator: ",\n") + "\n)"
    }

    private static func insert(_ table: CSVTable, into db: Database) throws {
        let columns = table.spec.columns
        let sql = "INSERT INTO \(table.name) (\(columns.map(\.name).joined(separator: ", "))) VALUES (\(columns.map { _ in "?" }.joined(separator: ", ")))"
        let statement = try db.makeStatement(sql: sql)
        for row in table.rows {
            let values: [(any DatabaseValueConvertible)?] = row.values(in: columns).map { value in
                switch value {
                case let .text(text): return text
                case let .number(number): return number
                case let .integer(number): return number
                }
            }
            try statement.execute(arguments: StatementArguments(values))
        }
    }

    static let indexes = [
        "CREATE INDEX IF NOT EXISTS objectives_document ON objectives(document_id, objective_id)",
        "CREATE INDEX IF NOT EXISTS indicators_objective ON indicators(objective_key)",
        "CREATE INDEX IF NOT EXISTS targets_indicator ON targets(indicator_key)",
        "CREATE INDEX IF NOT EXISTS resources_objective ON resources(objective_key)",
        "CREATE INDEX IF NOT EXISTS revisions_objective ON revisions(objective_key)",
        "CREATE INDEX IF NOT EXISTS revisions_indicator ON revisions(indicator_key)",
        "CREATE INDEX IF NOT EXISTS checks_objective ON checks(objective_key)",
    ]

    static let views = [
        """
        CREATE VIEW IF NOT EXISTS revisions_explained AS
        SELECT r.document_id, r.revision_id, r.field, r.original, r.current, r.evidence, r.note, r.line,
               o.objective_id, o.level, o.title AS objective_title, i.indicator_id, i.name AS indicator_name
        FROM revisions r
        JOIN objectives o ON o.objective_key = r.objective_key
        LEFT JOIN indicators i ON i.indicator_key = r.indicator_key
        """,
        """
        CREATE VIEW IF NOT EXISTS failing_checks AS
        SELECT c.document_id, c.check_id, c.rule, c.scope, c.phase, c.sum_percent, c.expected_percent, c.message, m.member
        FROM checks c JOIN check_members m ON m.document_id = c.document_id AND m.check_id = c.check_id
        WHERE c.status = 'fail'
        """,
    ]
}
