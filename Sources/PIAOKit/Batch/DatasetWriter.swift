import Foundation

/// Writes a batch: one JSON per document, then the CSV tables, the data package and the DCAT-AP_IT
/// metadata, each file atomically (complete or absent, never truncated).
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
        try prepare(folder)
        for dataset in datasets { try writeDocument(dataset, to: folder) }
        try writeTables(datasets, to: folder, options: options)
    }

    /// Creates the folder, and removes temporary files that an interrupted run left behind.
    public static func prepare(_ folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        AtomicFile.removeAbandoned(in: folder)
    }

    /// One document's JSON, written as soon as it is read: an interrupted batch keeps what it finished.
    public static func writeDocument(_ dataset: Dataset, to folder: String) throws {
        try AtomicFile.write(DatasetJSON.encode(dataset), to: (folder as NSString).appendingPathComponent(dataset.document.id + ".json"))
    }

    /// The batch tables, the data package and the DCAT metadata, once every document is read.
    public static func writeTables(_ datasets: [Dataset], to folder: String, options: Options = Options()) throws {
        let path = { (name: String) in (folder as NSString).appendingPathComponent(name) }
        for table in BatchCSV.tables(datasets) {
            try AtomicFile.write(table.serialized(options.csv), to: path(table.name + ".csv"))
        }
        try AtomicFile.write(DataPackage.json(datasets, options: options.csv, license: options.license).serialized(), to: path("datapackage.json"))
        try AtomicFile.write(DCATMetadata.json(datasets, license: options.license).serialized(), to: path("dcat.jsonld"))
    }
}
