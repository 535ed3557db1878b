import Foundation

/// Writes a batch: one JSON per document, then the CSV tables, each file atomically.
public enum DatasetWriter {
    public static func write(_ datasets: [Dataset], to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for dataset in datasets {
            try AtomicFile.write(DatasetJSON.encode(dataset), to: (folder as NSString).appendingPathComponent(dataset.document.id + ".json"))
        }
        for table in BatchCSV.tables(datasets) {
            try AtomicFile.write(table.serialized(), to: (folder as NSString).appendingPathComponent(table.name + ".csv"))
        }
    }
}
