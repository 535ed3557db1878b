import ArgumentParser
import Foundation
import PIAOKit

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract objectives, indicators, targets and revisions into JSON and CSV.",
        discussion: """
        Writes one JSON per document, the CSV tables, datapackage.json (Frictionless) and dcat.jsonld (DCAT-AP_IT).
        Examples:
          piao extract corpus --output dataset
          piao extract plans/ --delimiter ';' --excel --sqlite piao.sqlite
        """
    )

    @OptionGroup var input: InputOptions

    @Option(name: .shortAndLong, help: "Output folder.")
    var output: String = "dataset"

    @Option(help: "CSV delimiter: ',' (default) or ';' for Italian spreadsheets (numbers then use decimal commas).")
    var delimiter: String = ","

    @Flag(help: "Start each CSV with a UTF-8 byte order mark, so Excel reads accents right.")
    var excel = false

    @Option(help: "Licence of the published data (CC-BY-4.0, CC0-1.0, IODL-2.0, …).")
    var license: String = "CC-BY-4.0"

    @Option(help: "Also write the tables into this SQLite database (a re-run replaces each document's rows).")
    var sqlite: String?

    func validate() throws {
        guard [",", ";", "\t"].contains(delimiter) else { throw ValidationError("--delimiter must be ',', ';' or '\\t'") }
    }

    func run() throws {
        let (inputs, problems) = input.inputs()
        problems.forEach(Report.printError)
        if inputs.isEmpty {
            Report.printError("piao: nothing to read")
            throw ExitCode(3)
        }
        let progress = ProgressBar(inputs: inputs)
        var callback: (@Sendable (String) -> Void)?
        if progress.enabled { callback = { file in progress.advance(file) } }
        do {
            try DatasetWriter.prepare(output)
        } catch {
            Report.printError("piao: cannot write to \(output): \(error.localizedDescription)")
            throw ExitCode(3)
        }
        // Each JSON is written as soon as its document is read; the tables once all are.
        let folder = output
        let result = BatchRunner.run(inputs, jobs: input.parallelJobs, progress: callback) { dataset in
            try DatasetWriter.writeDocument(dataset, to: folder)
        }
        do {
            let csv = CSVOptions(delimiter: delimiter == "\\t" ? "\t" : Character(delimiter), excel: excel)
            try DatasetWriter.writeTables(result.datasets, to: output, options: .init(csv: csv, license: .named(license)))
        } catch {
            Report.printError("piao: cannot write to \(output): \(error.localizedDescription)")
            throw ExitCode(3)
        }
        if let sqlite {
            do {
                try SQLiteWriter.write(result.datasets, to: sqlite)
            } catch {
                Report.printError("piao: cannot write the database \(sqlite): \(error)")
                throw ExitCode(3)
            }
        }
        // Plain lines for logs; a terminal saw the progress bar instead.
        if !progress.enabled { result.datasets.forEach { Report.printError(Report.summary($0)) } }
        for failure in result.failures { Report.printError("\(failure.file): not read: \(failure.message)") }
        if result.datasets.count + result.failures.count > 1 {
            Report.printError(SummaryTable.render(result.datasets, failures: result.failures))
        }
        let revisions = result.datasets.reduce(0) { $0 + $1.revisions.count }
        let failed = result.datasets.reduce(0) { $0 + $1.checks.filter { $0.status == .fail }.count }
        Report.printError("total: \(result.datasets.count) documents written to \(output)/, \(result.failures.count) unreadable, "
            + "\(revisions) revisions, \(failed) failed checks")
        if !result.failures.isEmpty || !problems.isEmpty { throw ExitCode(3) }
    }
}
