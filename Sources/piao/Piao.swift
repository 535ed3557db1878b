import ArgumentParser

@main
struct Piao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "piao",
        abstract: "Turns Italian Chambers of Commerce planning documents (PIAO, revisions, PIRA) into open data.",
        discussion: """
        Exit codes: 0 success; 1 a weight check failed (validate); 2 usage error; 3 some inputs could not be read \
        (their outputs are absent, all others are written).
        """,
        subcommands: [Extract.self, Validate.self, Inspect.self],
        defaultSubcommand: Extract.self
    )
}
