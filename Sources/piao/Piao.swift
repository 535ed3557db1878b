import ArgumentParser
import Foundation

@main
struct Piao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "piao",
        abstract: "Turns Italian Chambers of Commerce planning documents (PIAO, revisions, PIRA) into open data.",
        discussion: """
        Exit codes: 0 success; 1 a weight check failed (validate); 2 usage error; 3 some inputs could not be read \
        (their outputs are absent, all others are written).
        """,
        subcommands: [Extract.self, Validate.self, Inspect.self, ReportCommand.self, Bench.self, Worker.self],
        defaultSubcommand: Extract.self
    )

    /// As `ParsableCommand.main()`, but a usage error exits with 2 (the documented code), not 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            if exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
