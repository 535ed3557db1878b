import GRDB
import XCTest
@testable import PIAOKit

final class SQLiteWriterTests: XCTestCase {
    func testViewsAnswerAndReRunsReplaceRows() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("piao-\(UUID().uuidString).sqlite").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let datasets = [try corpusDataset("000_1d5542a8a6ae3887"), try corpusDataset("002_c7987879e2c83564")]
        try SQLiteWriter.write(datasets, to: path)
        try SQLiteWriter.write([datasets[0]], to: path)  // the same document again: replaced, not doubled
        let queue = try DatabaseQueue(path: path)
        try queue.read { db in
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM objectives WHERE document_id = '000_1d5542a8a6ae3887'"), 7)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM revisions"), 11 + 57)
            // "Which revisions changed a target?" in one query.
            let targets = try Row.fetchAll(db, sql: "SELECT indicator_name, original, current FROM revisions_explained WHERE document_id = '000_1d5542a8a6ae3887' AND field LIKE 'targets/%'")
            XCTAssertEqual(targets.map { "\($0["original"] as String? ?? "") → \($0["current"] as String? ?? "")" }, ["≥ 15 → ≥ 25"])
            XCTAssertEqual(targets.first?["indicator_name"] as String?, "Analisi provinciali e di \"quadrante\" - azioni di diffusione dei risultati")
            let failing = try Row.fetchAll(db, sql: "SELECT DISTINCT check_id FROM failing_checks WHERE document_id = '002_c7987879e2c83564'")
            XCTAssertEqual(failing.count, 5)
            XCTAssertEqual(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM failing_checks WHERE check_id = 'c111'"), 4, "one row per member")
            XCTAssertEqual(try Int.fetchOne(db, sql: "PRAGMA foreign_key_check"), nil, "every foreign key holds")
        }
    }
}
