import ArgumentParser
import Foundation
import PIAOKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that published weights sum to 100%, before and after the revision.",
        discussion: "Exits 1 when a check fails. Example: piao validate corpus/000_1d5542a8a6ae3887.txt"
    )

    @OptionGroup var input: InputOptions

    @Flag(help: "Print a machine-readable report shaped like `frictionless validate --json`.")
    var json = false

    func run() throws {
        let (inputs, problems) = input.inputs()
        problems.forEach(Report.printError)
        let result = BatchRunner.run(inputs, jobs: input.parallelJobs)
        if json {
            print(ValidationReport.json(result).serialized(), terminator: "")
            let failedChecks = result.datasets.contains { $0.checks.contains { $0.status == .fail } }
            if failedChecks { throw ExitCode(1) }
            if !result.failures.isEmpty || !problems.isEmpty { throw ExitCode(3) }
            return
        }
        var failed = 0
        for dataset in result.datasets {
            print("\(dataset.document.id) (\(dataset.document.kind.rawValue))")
            print(ChecksTable.render(dataset.checks))
            failed += dataset.checks.filter { $0.status == .fail }.count
        }
        for failure in result.failures { Report.printError("\(failure.file): not read: \(failure.message)") }
        print("\(failed) failed checks")
        if failed > 0 { throw ExitCode(1) }
        if !result.failures.isEmpty || !problems.isEmpty { throw ExitCode(3) }
    }
}

/// The checks as an aligned table for a terminal.
enum ChecksTable {
    static func render(_ checks: [Check]) -> String {
        let header = ["check", "rule", "scope", "phase", "sum", "status", "message"]
        let rows = checks.map { [$0.id, $0.rule, $0.scope, $0.phase.rawValue, $0.sum.map(JSONNumber.format) ?? "-", $0.status.rawValue.uppercased(), $0.message] }
        let widths = (0..<header.count - 1).map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            (0..<row.count).map { column in
                column < widths.count ? row[column].padding(toLength: widths[column], withPad: " ", startingAt: 0) : row[column]
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}
