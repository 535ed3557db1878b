import ArgumentParser
import PIAOKit

/// Started by `extract`, one per job: reads documents named on stdin and answers on stdout
/// (see `IsolatedBatch`). Not for people; hidden from the help.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Internal: a batch worker process.", shouldDisplay: false)

    @Option var output: String
    @Option var delimiter: String = ","
    @Flag var excel = false
    @Option var sqlite: String?

    func run() throws {
        WorkerLoop.run(folder: output, csv: CSVOptions(delimiter: Character(delimiter), excel: excel), sqlite: sqlite)
    }
}
