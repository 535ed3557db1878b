import Foundation

/// Writes a batch: one JSON per document, then the CSV tables, the data package and the DCAT-AP_IT
/// metadata, each file atomically (complete or absent, never truncated). `BatchOutput` does the
/// same while a batch runs, without keeping the datasets.
public enum DatasetWriter {
    public struct Options: Sendable {
        public var csv: CSVOptions
        public var license: DataPackage.License

        public init(csv: CSVOptions = CSVOptions(), license: DataPackage.License = .ccBy) {
            self.csv = csv
            self.license = license
        }
    }

    public static func write(_ datasets: [Dataset], to folder: String, options: Options = Options()) throws {
        let output = try BatchOutput(folder: folder, options: options)
        for (index, dataset) in datasets.enumerated() { try output.add(index, dataset) }
        _ = try output.finish()
    }

    /// Creates the folder, and removes temporary files that an interrupted run left behind.
    public static func prepare(_ folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        AtomicFile.removeAbandoned(in: folder)
    }

    /// One document's JSON, written as soon as it is read: an interrupted batch keeps what it finished.
    public static func writeDocument(_ dataset: Dataset, to folder: String) throws {
        try AtomicFile.write(to: path(folder, dataset.document.id + ".json")) { stream in
            try DatasetJSON.write(dataset) { try stream.write($0) }
        }
    }

    static func path(_ folder: String, _ name: String) -> String {
        (folder as NSString).appendingPathComponent(name)
    }
}
