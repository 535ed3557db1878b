import XCTest
@testable import PIAOKit

/// The documents of the next issues, and inputs no one planned for, must not crash the tool.
final class RobustnessTests: XCTestCase {
    func testOtherCorpusDocumentsGiveADatasetWithDiagnostics() throws {
        for name in ["002_c7987879e2c83564", "003_2a2b79dc4b3c2b64", "004_9a45401b283646bf"] {
            let dataset = try corpusDataset(name)
            XCTAssertEqual(dataset.document.id, name)
            XCTAssertFalse(DatasetJSON.encode(dataset).isEmpty)
        }
        XCTAssertEqual(try corpusDataset("004_9a45401b283646bf").document.kind, .pira)
    }

    func testDocumentWithoutSchedeHasEmptyObjectivesAndADiagnostic() throws {
        let result = try dataset(of: "Solo una lettera.\n\nNessuna scheda qui.\n")
        XCTAssertTrue(result.objectives.isEmpty)
        XCTAssertEqual(result.diagnostics.map(\.code), ["no-schede"])
    }

    func testTruncatedAndDeeplyNestedHTMLDoNotCrash() throws {
        _ = try dataset(of: "<b>MISSIONE</b>\t<del>011 - X\n<table><tr><td>unclosed")
        let nested = String(repeating: "<b>", count: 10_000) + "x\tSCHEDA"
        _ = try dataset(of: nested + "\n" + "<div></div></div>\t<i>y")
    }

    /// Word boxes that make no sense (upside down, not numbers, past any page, all on one spot, a
    /// truncated page) are read or left out, never a crash.
    func testMalformedWordBoxesDoNotCrash() throws {
        var page = "<html><body><doc><page>"
        for index in 0..<40 {
            let boxes = ["xMin=\"300\" yMin=\"10\" xMax=\"100\" yMax=\"5\"", "xMin=\"nan\" yMin=\"1\" xMax=\"2\" yMax=\"3\"",
                         "xMin=\"1e300\" yMin=\"0\" xMax=\"1e301\" yMax=\"1\"", "xMin=\"5\" yMin=\"5\" xMax=\"5\" yMax=\"5\""]
            page += "<word \(boxes[index % boxes.count])>PESO\(index)</word>"
        }
        let result = try dataset(of: page + "<word xMin=\"1\" yMin=")
        XCTAssertEqual(result.diagnostics.first?.code, "html-boxed-words")
        // The same in a table of words (`pdftotext -tsv`): rows cut short, letters for numbers, a height of 0.
        var table = "level\tpage_num\tpar_num\tblock_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
        for index in 0..<40 {
            let rows = ["5\t1\t0\t0\t0\t0\t10\t10\t-5\t-5\t100\tPESO", "5\tx\t0\t0", "5\t1\t0\t0\t0\t0\tnan\t1\t1\t1\t1\tA",
                        "5\t2\t0\t0\t0\t0\t1\t1\t1\t0\t1\tB\tC"]
            table += rows[index % rows.count] + "\(index)\n"
        }
        XCTAssertEqual(try dataset(of: table).diagnostics.first?.code, "word-table")
    }

    func testBatchKeepsGoingAfterABadFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("piao-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data().write(to: folder.appendingPathComponent("a-empty.txt"))
        try Data("%PDF-1.4 binary".utf8).write(to: folder.appendingPathComponent("b.txt"))
        try Data(contentsOf: corpusFolder.appendingPathComponent("000_1d5542a8a6ae3887.txt")).write(to: folder.appendingPathComponent("c.txt"))
        let (inputs, problems) = InputCollector.collect([folder.path])
        XCTAssertEqual(problems, [])
        XCTAssertEqual(inputs.map(\.id), ["a-empty", "b", "c"])
        let result = BatchRunner.run(inputs, jobs: 2)
        XCTAssertEqual(result.datasets.map(\.document.id), ["c"])
        XCTAssertEqual(result.failures.map(\.message), ["the file is empty", "this is a PDF, not text; convert it first (e.g. `pdftotext -bbox-layout file.pdf file.html`, which keeps where each word stands, or `pdftotext -layout file.pdf file.txt`)"])
    }

    func testDuplicateFileNamesGetUniqueStableIds() {
        let inputs = InputCollector.assignIds(["x/plan.txt", "y/plan.txt", "z/plan.md"])
        XCTAssertEqual(inputs.map(\.id), ["plan", "plan-2", "plan-3"])
    }
}
