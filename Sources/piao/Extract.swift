import ArgumentParser
import Foundation
import PIAOKit

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract objectives, indicators, targets and revisions into JSON and CSV.",
        discussion: "Example: piao extract corpus --output dataset"
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String = "dataset"

    func run() throws {
        let (inputs, problems) = input.inputs()
        problems.forEach(Report.printError)
        if inputs.isEmpty {
            Report.printError("piao: nothing to read")
            throw ExitCode(3)
        }
        let result = BatchRunner.run(inputs, jobs: input.parallelJobs)
        do {
            try DatasetWriter.write(result.datasets, to: output)
        } catch {
            Report.printError("piao: cannot write to \(output): \(error.localizedDescription)")
            throw ExitCode(3)
        }
        result.datasets.forEach { Report.printError(Report.summary($0)) }
        for failure in result.failures { Report.printError("\(failure.file): not read: \(failure.message)") }
        let revisions = result.datasets.reduce(0) { $0 + $1.revisions.count }
        let failed = result.datasets.reduce(0) { $0 + $1.checks.filter { $0.status == .fail }.count }
        Report.printError("total: \(result.datasets.count) documents written to \(output)/, \(result.failures.count) unreadable, "
            + "\(revisions) revisions, \(failed) failed checks")
        if !result.failures.isEmpty || !problems.isEmpty { throw ExitCode(3) }
    }
}
