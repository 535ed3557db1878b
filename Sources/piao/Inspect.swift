import ArgumentParser
import Foundation
import PIAOKit

struct Inspect: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how each stage of the pipeline read one document.",
        discussion: "Example: piao inspect corpus/001_923d46fa4cfb4ce4.txt --stage schede"
    )

    enum Stage: String, ExpressibleByArgument, CaseIterable {
        case text, tables, schede, checks, diagnostics, json, all
    }

    @Argument(help: "The document.")
    var file: String

    @Option(help: "Which stage to show: \(Stage.allCases.map(\.rawValue).joined(separator: ", ")).")
    var stage: Stage = .all

    func run() throws {
        let stages: Pipeline.Stages
        do {
            let bytes = [UInt8]((try? Data(contentsOf: URL(fileURLWithPath: file))) ?? Data())
            if bytes.isEmpty, !FileManager.default.fileExists(atPath: file) {
                Report.printError("\(file): no such file")
                throw ExitCode(3)
            }
            let id = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            stages = try Pipeline.stages(SourceDocument(id: id, file: file, bytes: bytes))
        } catch let error as UnusableInput {
            Report.printError(error.description)
            throw ExitCode(3)
        }
        if stage == .text || stage == .all { print("== text\n" + StageDumps.normalized(stages.text)) }
        if stage == .tables || stage == .all {
            print("== tables\n" + StageDumps.layout(stages.layout))
            // Flat text read as label rows: the rows the schede were read from, its blank lines read as they were.
            if let merged = stages.schede.labelRowsMergedParagraphs, let rows = StageDumps.labelRows(stages.layout, mergingParagraphs: merged) {
                print("== tables rebuilt from labels (flat text\(merged ? ", blank lines between cells ignored" : ""))\n" + rows)
            }
        }
        if stage == .schede || stage == .all { print("== schede\n" + StageDumps.schede(stages.schede)) }
        if stage == .checks || stage == .all { print("== checks\n" + StageDumps.checks(stages.dataset)) }
        if stage == .diagnostics || stage == .all {
            print("== diagnostics (format \(stages.dataset.document.format.rawValue), kind \(stages.dataset.document.kind.rawValue))")
            for diagnostic in stages.dataset.diagnostics {
                print("L\(diagnostic.line.map(String.init) ?? "-") \(diagnostic.severity.rawValue) \(diagnostic.code): \(diagnostic.message)")
            }
        }
        if stage == .json { print(DatasetJSON.encode(stages.dataset), terminator: "") }
    }
}
