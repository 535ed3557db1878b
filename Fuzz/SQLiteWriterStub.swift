// The fuzz build compiles PIAOKit's sources without GRDB: this stands in for `SQLiteWriter`,
// which the fuzz target never calls.
final class SQLiteWriter {
    struct Unavailable: Error {}

    init(path: String) throws { throw Unavailable() }

    func insert(_ dataset: Dataset) throws {}
}
