import ArgumentParser
import Foundation
import PIAOKit

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML page: objectives with weights, failing checks, every revision as a redline.",
        discussion: "Example: piao report corpus --output report.html"
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "The HTML file to write.")
    var output: String = "report.html"

    func run() throws {
        let (inputs, problems) = input.inputs()
        problems.forEach(Report.printError)
        let result = BatchRunner.run(inputs, jobs: input.parallelJobs)
        for failure in result.failures { Report.printError("\(failure.file): not read: \(failure.message)") }
        do {
            try AtomicFile.write(HTMLReport.render(result.datasets), to: output)
        } catch {
            Report.printError("piao: cannot write \(output): \(error.localizedDescription)")
            throw ExitCode(3)
        }
        Report.printError("report: \(result.datasets.count) documents written to \(output)")
        if !result.failures.isEmpty || !problems.isEmpty { throw ExitCode(3) }
    }
}
