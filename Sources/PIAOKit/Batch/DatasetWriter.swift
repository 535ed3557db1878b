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
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = { (name: String) in (folder as NSString).appendingPathComponent(name) }
        for dataset in datasets {
            try AtomicFile.write(DatasetJSON.encode(dataset), to: path(dataset.document.id + ".json"))
        }
        for table in BatchCSV.tables(datasets) {
            try AtomicFile.write(table.serialized(options.csv), to: path(table.name + ".csv"))
        }
        try AtomicFile.write(DataPackage.json(datasets, options: options.csv, license: options.license).serialized(), to: path("datapackage.json"))
        try AtomicFile.write(DCATMetadata.json(datasets, license: options.license).serialized(), to: path("dcat.jsonld"))
    }
}
