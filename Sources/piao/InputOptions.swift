import ArgumentParser
import PIAOKit

/// The documents to read, shared by every subcommand.
struct InputOptions: ParsableArguments {
    @Argument(help: "Documents or folders (searched recursively for .txt, .md, .html). Default: corpus/")
    var paths: [String] = []

    @Option(name: .long, help: "Documents processed in parallel (default: the number of cores).")
    var jobs: Int?

    func inputs() -> (inputs: [InputCollector.Input], problems: [String]) {
        InputCollector.collect(paths.isEmpty ? ["corpus"] : paths)
    }

    var parallelJobs: Int { max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount) }
}

import Foundation

/// Lines for stderr: the summary a person reads after a batch.
enum Report {
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    static func summary(_ dataset: Dataset) -> String {
        let indicators = dataset.objectives.reduce(0) { $0 + $1.indicators.count }
        let failed = dataset.checks.filter { $0.status == .fail }.count
        return "\(dataset.document.id): \(dataset.document.kind.rawValue), \(dataset.objectives.count) objectives, \(indicators) indicators, "
            + "\(dataset.revisions.count) revisions, \(failed) failed checks, \(dataset.diagnostics.count) diagnostics"
            + (dataset.objectives.isEmpty ? " — no objective sheets recognised (see the diagnostics in its JSON)" : "")
    }
}
