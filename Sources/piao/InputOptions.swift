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

    static func summary(_ summary: DocumentSummary) -> String {
        "\(summary.document.id): \(summary.document.kind.rawValue), \(summary.objectives) objectives, \(summary.indicators) indicators, "
            + "\(summary.revisions) revisions, \(summary.failedChecks) failed checks, \(summary.diagnostics) diagnostics"
            + (summary.objectives == 0 ? " — no objective sheets recognised (see the diagnostics in its JSON)" : "")
    }
}
