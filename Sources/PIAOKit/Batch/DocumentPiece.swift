import Foundation

/// What a batch keeps of one read document until its turn comes to be written: its summary and
/// its rows of each CSV table, already rendered. A worker process sends it to `extract` as a frame:
/// a JSON header line, then the rows in pieces (`sendFrame`).
public struct DocumentPiece: Sendable, Equatable {
    public var summary: DocumentSummary
    /// In `TableSpecs.all` order.
    public var rows: [[UInt8]]

    public init(_ dataset: Dataset, options: CSVOptions) {
        summary = DocumentSummary(dataset)
        rows = TableStream.rows(dataset, options: options)
    }

    init(summary: DocumentSummary, rows: [[UInt8]]) {
        self.summary = summary
        self.rows = rows
    }

    /// A worker's frame for a read document, handed to `send` as it is made: the header line (no
    /// newline inside: JSON escapes them), then the rows in pieces, each a line "TABLE LENGTH" and that
    /// many bytes of the table's rows, then a line "end". A large document's rows are never all in memory.
    static func sendFrame(index: Int, _ dataset: Dataset, options: CSVOptions, piece: Int = 1 << 22, _ send: ([UInt8]) -> Void) {
        let header: [String: Any] = ["index": index, "summary": DocumentSummary(dataset).jsonObject]
        var line = [UInt8]((try? JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])) ?? Data())
        line.append(0x0A)
        send(line)
        TableStream.rows(dataset, options: options, piece: piece) { table, bytes in
            send(Array("\(table) \(bytes.count)\n".utf8))
            send(bytes)
        }
        send(Array("end\n".utf8))
    }

    /// A failure frame: the document at `index` could not be read, and why.
    static func failureFrame(index: Int, message: String) -> [UInt8] {
        var bytes = [UInt8]((try? JSONSerialization.data(withJSONObject: ["index": index, "failure": message], options: [.sortedKeys])) ?? Data())
        bytes.append(0x0A)
        return bytes
    }

    /// Reads one frame: the document's index and either its piece or the reason it was not read.
    /// Nil at the end of the stream or on a malformed frame (the worker died while writing it).
    static func read(from reader: PipeReader) -> (index: Int, result: Result<DocumentPiece, NotRead>)? {
        guard let line = reader.line(),
              let header = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
              let index = header["index"] as? Int else { return nil }
        if let message = header["failure"] as? String {
            return (index, .failure(NotRead(message: message)))
        }
        guard let summary = (header["summary"] as? [String: Any]).flatMap(DocumentSummary.init(jsonObject:)) else { return nil }
        var rows = Array(repeating: [UInt8](), count: TableSpecs.all.count)
        while true {
            guard let line = reader.line() else { return nil }
            if line == Array("end".utf8) { break }
            let fields = line.split(separator: 0x20).map { Int(String(decoding: $0, as: UTF8.self)) }
            guard fields.count == 2, let table = fields[0], let length = fields[1], rows.indices.contains(table), length >= 0,
                  let bytes = reader.bytes(length) else { return nil }
            if rows[table].isEmpty { rows[table] = bytes } else { rows[table] += bytes }
        }
        return (index, .success(DocumentPiece(summary: summary, rows: rows)))
    }
}

/// Why a worker could not read a document (the batch knows which file it was).
struct NotRead: Error {
    var message: String
}
