import XCTest
@testable import PIAOKit

/// `extract` writes each document's rows as it goes instead of keeping every dataset: the tables
/// must be exactly those of the whole batch, in input order, whatever the number of jobs.
final class BatchOutputTests: XCTestCase {
    func testStreamedTablesEqualTheTablesOfTheWholeBatch() throws {
        let input = try temporaryFolder(), output = try temporaryFolder()
        let names = try FileManager.default.contentsOfDirectory(atPath: corpusFolder.path).filter { $0.hasSuffix(".txt") }.sorted()
        // Two copies of the corpus with an unreadable file between them, so documents finish out of order.
        for copy in 1...2 {
            for name in names {
                try FileManager.default.copyItem(at: corpusFolder.appendingPathComponent(name), to: input.appendingPathComponent("\(copy)-\(name)"))
            }
        }
        try Data().write(to: input.appendingPathComponent("1-zz-empty.txt"))
        let (inputs, _) = InputCollector.collect([input.path])

        let kept = BatchRunner.run(inputs, jobs: 1)
        let batchOutput = try BatchOutput(folder: output.path)
        let streamed = BatchRunner.run(inputs, jobs: 2, into: batchOutput)
        let summaries = try batchOutput.finish()

        XCTAssertTrue(streamed.datasets.isEmpty, "the datasets are not kept")
        XCTAssertEqual(streamed.summaries.map(\.document.id), kept.datasets.map(\.document.id))
        XCTAssertEqual(summaries, streamed.summaries)
        XCTAssertEqual(streamed.failures.map(\.file), [input.appendingPathComponent("1-zz-empty.txt").path])
        XCTAssertEqual(summaries.first { $0.document.id == "1-000_1d5542a8a6ae3887" }?.revisions, 11)
        for table in BatchCSV.tables(kept.datasets) {
            let written = try String(contentsOf: output.appendingPathComponent(table.name + ".csv"), encoding: .utf8)
            XCTAssertEqual(written, table.serialized(), table.name)
        }
        let package = try String(contentsOf: output.appendingPathComponent("datapackage.json"), encoding: .utf8)
        XCTAssertTrue(package.contains("\"path\": \"\(input.appendingPathComponent("2-004_9a45401b283646bf.txt").path)\""), package)
    }

    func testTablesAppearOnlyWhenTheBatchIsFinished() throws {
        let output = try temporaryFolder()
        let batchOutput = try BatchOutput(folder: output.path)
        try batchOutput.add(0, try corpusDataset("000_1d5542a8a6ae3887"))
        var names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        XCTAssertTrue(names.contains("000_1d5542a8a6ae3887.json"), "the JSON is written at once")
        XCTAssertFalse(names.contains("objectives.csv"), "tables are temporary until the batch ends")
        _ = try batchOutput.finish()
        names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        XCTAssertTrue(names.contains("objectives.csv"))
        XCTAssertTrue(names.filter { $0.hasSuffix(".tmp") }.isEmpty, "\(names)")
    }

    func testWithoutWorkerProcessesTheBatchIsReadInProcess() throws {
        let output = try temporaryFolder()
        let (inputs, _) = InputCollector.collect([corpusFolder.path])
        let batchOutput = try BatchOutput(folder: output.path)
        let failures = IsolatedBatch.run(inputs, jobs: 2, worker: (URL(fileURLWithPath: "/nonexistent/piao"), ["worker"]), into: batchOutput)
        XCTAssertEqual(failures, [])
        XCTAssertEqual(try batchOutput.finish().map(\.document.id), inputs.map(\.id))
        let objectives = try String(contentsOf: output.appendingPathComponent("objectives.csv"), encoding: .utf8)
        XCTAssertEqual(objectives.split(separator: "\r\n").count, 1 + 173)
    }

    /// A worker sends a document's rows in pieces as they are made; the batch puts each table's back
    /// together, and a frame cut short (the worker died) is no frame.
    func testFramesInPiecesGiveTheDocumentsRows() throws {
        let dataset = try corpusDataset("001_923d46fa4cfb4ce4")
        var frame: [UInt8] = []
        DocumentPiece.sendFrame(index: 7, dataset, options: CSVOptions(), piece: 1_000) { frame += $0 }
        XCTAssertGreaterThan(frame.split(separator: 0x0A).filter { $0.starts(with: Array("2 ".utf8)) }.count, 10, "the indicators table came in many pieces")

        func read(_ bytes: [UInt8]) throws -> (index: Int, result: Result<DocumentPiece, NotRead>)? {
            let file = try temporaryFolder().appendingPathComponent("frame")
            try Data(bytes).write(to: file)
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            return DocumentPiece.read(from: PipeReader(descriptor: handle.fileDescriptor))
        }
        let whole = try XCTUnwrap(read(frame))
        XCTAssertEqual(whole.index, 7)
        XCTAssertEqual(try whole.result.get(), DocumentPiece(dataset, options: CSVOptions()))
        XCTAssertNil(try read(Array(frame.dropLast(4))), "no \"end\" line")
        XCTAssertNil(try read(Array(frame.prefix(frame.count / 2))), "a piece cut short")
    }

    func testInOrderHandsValuesOnInIndexOrder() {
        var seen: [String] = []
        let inOrder = InOrder<String> { seen.append($0) }
        inOrder.put(2, "c")
        inOrder.put(3, "d")
        XCTAssertEqual(seen, [], "waiting for 0 and 1")
        inOrder.put(0, "a")
        XCTAssertEqual(seen, ["a"])
        inOrder.put(1, nil)
        XCTAssertEqual(seen, ["a", "c", "d"])
    }

    private func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("piao-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: url) }
        return url
    }
}
