import ArgumentParser
import Foundation
import PIAOKit

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure the pipeline: throughput and time per stage, on one core.",
        discussion: "Used by scripts/bench. Example: piao bench corpus --repeat 5"
    )

    @OptionGroup var input: InputOptions

    @Option(help: "Read the inputs this many times.")
    var `repeat`: Int = 1

    func run() throws {
        let (inputs, _) = input.inputs()
        let documents = try inputs.map { try Data(contentsOf: URL(fileURLWithPath: $0.path)) }.map { [UInt8]($0) }
        var times: [String: Double] = [:]
        var bytes = 0
        let start = Date()
        func timed<T>(_ stage: String, _ work: () throws -> T) rethrows -> T {
            let begin = DispatchTime.now().uptimeNanoseconds
            defer { times[stage, default: 0] += Double(DispatchTime.now().uptimeNanoseconds - begin) / 1e9 }
            return try work()
        }
        for _ in 0..<max(1, `repeat`) {
            var datasets: [Dataset] = []
            for (input, data) in zip(inputs, documents) {
                bytes += data.count
                guard let text = try? timed("normalize", { try Normalizer.normalize(bytes: data, file: input.path) }) else { continue }
                let layout = timed("tables") { TableDetector.detect(text) }
                let schede = timed("schede") { SchedeParser.parse(layout) }
                let plan = timed("revisions") { RevisionResolver.resolve(schede) }
                let dataset = timed("validate") {
                    Validator.validate(plan, document: DocumentInfo(id: input.id, file: input.path, sha256: "", bytes: data.count, format: text.format,
                                                                   kind: schede.metadata.kind, entity: nil, title: nil, period: nil, act: nil))
                }
                datasets.append(dataset)
            }
            timed("write") {
                // Bytes, as `extract` writes them: no String is made of a file's text.
                for dataset in datasets { _ = DatasetJSON.bytes(dataset) }
                for table in BatchCSV.tables(datasets) { _ = table.headerBytes() + table.rowBytes() }
            }
        }
        let seconds = Date().timeIntervalSince(start)
        let megabytes = Double(bytes) / 1_048_576
        print(String(format: "documents %d, %.1f MB in %.2f s: %.2f MB/s, %.1f documents/s (one core)",
                     inputs.count * max(1, `repeat`), megabytes, seconds, megabytes / seconds, Double(inputs.count * max(1, `repeat`)) / seconds))
        for stage in ["normalize", "tables", "schede", "revisions", "validate", "write"] {
            let time = times[stage] ?? 0
            print("  " + stage.padding(toLength: 10, withPad: " ", startingAt: 0) + String(format: "%7.3f s  %5.1f%%  %8.2f MB/s", time, 100 * time / seconds, megabytes / max(time, 1e-9)))
        }
    }
}
