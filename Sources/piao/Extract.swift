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

    @Option(help: "Seconds allowed per document before it is given up as not read.")
    var timeout: Double = 600

    func validate() throws {
        guard [",", ";", "\t"].contains(delimiter) else { throw ValidationError("--delimiter must be ',', ';' or '\\t'") }
        guard timeout > 0 else { throw ValidationError("--timeout must be a number of seconds above 0") }
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
        let csv = CSVOptions(delimiter: delimiter == "\\t" ? "\t" : Character(delimiter), excel: excel)
        let batchOutput: BatchOutput
        do {
            batchOutput = try BatchOutput(folder: output, options: .init(csv: csv, license: .named(license)), sqlite: sqlite)
        } catch {
            Report.printError("piao: cannot write to \(sqlite.map { "\(output) or \($0)" } ?? output): \(error.localizedDescription)")
            throw ExitCode(3)
        }
        // Documents are read in worker processes (a crash on one costs that one only); each JSON is
        // written as soon as its document is read, its table rows in input order, and the tables
        // are renamed into place once all are read.
        var arguments = ["worker", "--output", output, "--delimiter", String(csv.delimiter)]
        if excel { arguments.append("--excel") }
        if let sqlite { arguments += ["--sqlite", sqlite] }
        let failures = IsolatedBatch.run(inputs, jobs: input.parallelJobs, worker: (Self.executable, arguments), timeout: timeout,
                                         into: batchOutput, progress: callback)
        let summaries: [DocumentSummary]
        do {
            summaries = try batchOutput.finish()
        } catch {
            Report.printError("piao: cannot write the tables to \(output): \(error.localizedDescription)")
            throw ExitCode(3)
        }
        // Plain lines for logs; a terminal saw the progress bar instead.
        if !progress.enabled { summaries.forEach { Report.printError(Report.summary($0)) } }
        for failure in failures { Report.printError("\(failure.file): not read: \(failure.message)") }
        if summaries.count + failures.count > 1 {
            Report.printError(SummaryTable.render(summaries, failures: failures))
        }
        let revisions = summaries.reduce(0) { $0 + $1.revisions }
        let failed = summaries.reduce(0) { $0 + $1.failedChecks }
        Report.printError("total: \(summaries.count) documents written to \(output)/, \(failures.count) unreadable, "
            + "\(revisions) revisions, \(failed) failed checks")
        if !failures.isEmpty || !problems.isEmpty { throw ExitCode(3) }
    }

    /// This program, to start workers with: the path it was started by, or else `/proc/self/exe`
    /// (found through PATH). The path comes first so that tools wrapping it (valgrind) wrap the workers too.
    private static var executable: URL {
        let invoked = CommandLine.arguments[0]
        if invoked.contains("/"), FileManager.default.isExecutableFile(atPath: invoked) { return URL(fileURLWithPath: invoked) }
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return URL(fileURLWithPath: path) }
        return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    }
}
