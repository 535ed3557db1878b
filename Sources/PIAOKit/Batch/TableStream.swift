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

    /// One document's rows per table, in `TableSpecs.all` order; made on the worker that read it.
    static func rows(_ dataset: Dataset, options: CSVOptions) -> [[UInt8]] {
        var buffers = Array(repeating: [UInt8](), count: TableSpecs.all.count)
        // Each row is written into one scratch buffer, then moved to its table's bytes in one copy.
        var row = ByteBuffer()
        BatchCSV.rows(dataset) { name, values in
            let index = TableSpecs.index[name]!
            CSVTable.append(values, spec: TableSpecs.all[index], to: &row, options)
            row.move(to: &buffers[index])
        }
        return buffers
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
