import Foundation

/// Everything `extract` writes, fed one document at a time from the workers: the document's JSON at
/// once, its table rows (and database rows) in input order, and at the end the data package and DCAT
/// metadata. Only a summary of each document stays in memory.
public final class BatchOutput: @unchecked Sendable {
    /// A document's JSON could not be written (the document has already been skipped in the tables).
    public struct WriteError: Error {
        public var message: String

        static func json(_ error: Error) -> WriteError {
            WriteError(message: "its JSON cannot be written: \(error.localizedDescription)")
        }
    }

    private struct Piece {
        var piece: DocumentPiece
        /// For the database, when this process writes it.
        var dataset: Dataset?
    }

    private let tables: TableStream
    private let database: SQLiteWriter?
    private var summaries: [DocumentSummary] = []
    private var failure: Error?
    private var inOrder: InOrder<Piece>!

    public let folder: String
    public let options: DatasetWriter.Options

    /// Fails when the folder (or the database) cannot be written.
    public init(folder: String, options: DatasetWriter.Options = .init(), sqlite: String? = nil) throws {
        try DatasetWriter.prepare(folder)
        self.folder = folder
        self.options = options
        tables = try TableStream(folder: folder, options: options.csv)
        database = try sqlite.map { try SQLiteWriter(path: $0) }
        inOrder = InOrder { [unowned self] piece in self.take(piece) }
    }

    /// A document read at position `index` of the batch; call `skip` for one that was not.
    /// Throws when its JSON cannot be written (the document then counts as not read).
    public func add(_ index: Int, _ dataset: Dataset) throws {
        do {
            try DatasetWriter.writeDocument(dataset, to: folder)
        } catch {
            skip(index)
            throw WriteError.json(error)
        }
        inOrder.put(index, Piece(piece: DocumentPiece(dataset, options: options.csv), dataset: database == nil ? nil : dataset))
    }

    /// A document read by a worker process, which wrote its JSON (and database rows) itself.
    public func add(_ index: Int, piece: DocumentPiece) {
        inOrder.put(index, Piece(piece: piece, dataset: nil))
    }

    public func skip(_ index: Int) {
        inOrder.put(index, nil)
    }

    /// Renames the tables into place and writes the data package and DCAT metadata. Returns the
    /// summaries of the documents written, in input order.
    public func finish() throws -> [DocumentSummary] {
        if let failure {
            tables.abandon()
            throw failure
        }
        try tables.commit()
        let documents = summaries.map(\.document)
        try AtomicFile.write(DataPackage.json(documents, options: options.csv, license: options.license).serialized(),
                             to: DatasetWriter.path(folder, "datapackage.json"))
        try AtomicFile.write(DCATMetadata.json(documents, license: options.license).serialized(), to: DatasetWriter.path(folder, "dcat.jsonld"))
        return summaries
    }

    /// Called in input order, one document at a time. The first write error stops the tables (they
    /// would miss rows) but not the documents' JSON.
    private func take(_ piece: Piece) {
        summaries.append(piece.piece.summary)
        guard failure == nil else { return }
        do {
            try tables.append(piece.piece.rows)
            if let dataset = piece.dataset { try database?.insert(dataset) }
        } catch {
            failure = error
        }
    }
}
