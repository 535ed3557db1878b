/// The batch's CSV tables, written while the batch runs: each document's rows are appended once it
/// is read, in input order, so a batch never holds every dataset at once. The files stay temporary
/// until `commit` renames them: complete or absent.
final class TableStream {
    private let streams: [AtomicStream]

    init(folder: String, options: CSVOptions) throws {
        var streams: [AtomicStream] = []
        for spec in TableSpecs.all {
            let stream = try AtomicStream(DatasetWriter.path(folder, spec.name + ".csv"))
            streams.append(stream)
            try stream.write(CSVTable(spec: spec).headerBytes(options))
        }
        self.streams = streams
    }

    /// One document's rows per table, in `TableSpecs.all` order.
    static func rows(_ dataset: Dataset, options: CSVOptions) -> [[UInt8]] {
        var tables = Array(repeating: [UInt8](), count: TableSpecs.all.count)
        rows(dataset, options: options, piece: .max) { table, bytes in
            if tables[table].isEmpty { tables[table] = bytes } else { tables[table] += bytes }
        }
        return tables
    }

    /// One document's rows handed on in pieces of about `piece` bytes, each the next rows of one
    /// table (its index in `TableSpecs.all`): a worker sends a large document's rows as they are
    /// made instead of holding them all (a 50 MB document has 47 MB of rows).
    static func rows(_ dataset: Dataset, options: CSVOptions, piece: Int, _ emit: (_ table: Int, _ bytes: [UInt8]) -> Void) {
        var buffers = Array(repeating: [UInt8](), count: TableSpecs.all.count)
        var buffered = 0
        func flush() {
            for table in buffers.indices where !buffers[table].isEmpty {
                emit(table, buffers[table])
                buffers[table] = []
            }
            buffered = 0
        }
        // Each row is written into one scratch buffer, then moved to its table's bytes in one copy.
        var row = ByteBuffer()
        BatchCSV.rows(dataset) { name, values in
            let index = TableSpecs.index[name]!
            CSVTable.append(values, spec: TableSpecs.all[index], to: &row, options)
            buffered += row.count
            row.move(to: &buffers[index])
            if buffered >= piece { flush() }
        }
        flush()
    }

    func append(_ rows: [[UInt8]]) throws {
        for (stream, bytes) in zip(streams, rows) { try stream.write(bytes) }
    }

    func commit() throws {
        for stream in streams { try stream.commit() }
    }

    func abandon() {
        streams.forEach { $0.abandon() }
    }
}
