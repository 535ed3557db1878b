import Foundation

/// The worker side of `IsolatedBatch`: reads document requests on stdin, one JSON line each,
/// and answers each with a frame on stdout after writing the document's JSON (and database rows).
public enum WorkerLoop {
    public static func run(folder: String, csv: CSVOptions, sqlite: String?) {
        let database = Result { try sqlite.map { try SQLiteWriter(path: $0) } }
        // Fault injection for the tests: a worker that dies, or never ends, on the named file.
        let crashOn = ProcessInfo.processInfo.environment["PIAO_TEST_CRASH_ON"]
        let hangOn = ProcessInfo.processInfo.environment["PIAO_TEST_HANG_ON"]
        while let line = readLine(strippingNewline: true) {
            guard let request = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let index = request["index"] as? Int, let id = request["id"] as? String, let path = request["path"] as? String else { return }
            if let crashOn, (path as NSString).lastPathComponent == crashOn { fatalError("crash requested by PIAO_TEST_CRASH_ON") }
            if let hangOn, (path as NSString).lastPathComponent == hangOn { while true { sleep(60) } }
            answer(index: index, id: id, path: path, folder: folder, csv: csv, database: database)
        }
    }

    private static func answer(index: Int, id: String, path: String, folder: String, csv: CSVOptions,
                               database: Result<SQLiteWriter?, Error>) {
        let dataset: Dataset
        switch BatchRunner.read(InputCollector.Input(id: id, path: path)) {
        case let .success(read): dataset = read
        case let .failure(failure): return send(DocumentPiece.failureFrame(index: index, message: failure.message))
        }
        do {
            try DatasetWriter.writeDocument(dataset, to: folder)
        } catch {
            return send(DocumentPiece.failureFrame(index: index, message: BatchOutput.WriteError.json(error).message))
        }
        do {
            try database.get()?.insert(dataset)
        } catch {
            return send(DocumentPiece.failureFrame(index: index, message: "its rows cannot be written to the database: \(error)"))
        }
        DocumentPiece.sendFrame(index: index, dataset, options: csv, send)
    }

    /// Unbuffered, so the batch sees each frame at once; if the batch is gone, nothing is left to answer.
    private static func send(_ bytes: [UInt8]) {
        if !bytes.withUnsafeBytes({ writeAll(STDOUT_FILENO, $0) }) { exit(1) }
    }
}
