import Foundation

/// What a batch keeps of one read document until its turn comes to be written: its summary and
/// its rows of each CSV table, already rendered. A worker process sends it to `extract` as a frame:
/// a JSON header line, then the rows' bytes.
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

    /// The frame in pieces, so a large document's rows are not copied into one buffer: the header
    /// line (no newline inside: JSON escapes them), then each table's row bytes.
    func frame(index: Int) -> [[UInt8]] {
        let header: [String: Any] = ["index": index, "summary": summary.jsonObject, "lengths": rows.map(\.count)]
        var line = [UInt8]((try? JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])) ?? Data())
        line.append(0x0A)
        return [line] + rows
    }

    /// A failure frame: the document at `index` could not be read, and why.
    static func failureFrame(index: Int, message: String) -> [[UInt8]] {
        var bytes = [UInt8]((try? JSONSerialization.data(withJSONObject: ["index": index, "failure": message], options: [.sortedKeys])) ?? Data())
        bytes.append(0x0A)
        return [bytes]
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
        guard let summary = (header["summary"] as? [String: Any]).flatMap(DocumentSummary.init(jsonObject:)),
              let lengths = header["lengths"] as? [Int], lengths.count == TableSpecs.all.count else { return nil }
        var rows: [[UInt8]] = []
        for length in lengths {
            guard let bytes = reader.bytes(length) else { return nil }
            rows.append(bytes)
        }
        return (index, .success(DocumentPiece(summary: summary, rows: rows)))
    }
}

/// Why a worker could not read a document (the batch knows which file it was).
struct NotRead: Error {
    var message: String
}
