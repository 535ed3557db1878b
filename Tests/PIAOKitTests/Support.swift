import Foundation
import XCTest
@testable import PIAOKit

/// The repository's corpus/ folder, found from this file's location.
let corpusFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("corpus")

/// Runs the whole pipeline on a corpus document (cached: each document is read once per test run).
func corpusDataset(_ name: String) throws -> Dataset {
    if let cached = DatasetCache.shared.get(name) { return cached }
    let url = corpusFolder.appendingPathComponent(name + ".txt")
    let bytes = [UInt8](try Data(contentsOf: url))
    let dataset = try Pipeline.run(SourceDocument(id: name, file: "corpus/\(name).txt", bytes: bytes))
    DatasetCache.shared.set(name, dataset)
    return dataset
}

/// Tests/Fixtures, found from this file's location.
let fixturesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

/// Tests/Fixtures/FOLDER/NAME through the whole pipeline, the document named as its file.
func fixtureDataset(_ folder: String, _ name: String) throws -> Dataset {
    let bytes = [UInt8](try Data(contentsOf: fixturesFolder.appendingPathComponent(folder).appendingPathComponent(name)))
    return try Pipeline.run(SourceDocument(id: name, file: name, bytes: bytes))
}

/// Runs the pipeline on text written in a test.
func dataset(of text: String, id: String = "sample") throws -> Dataset {
    try Pipeline.run(SourceDocument(id: id, file: id + ".txt", bytes: Array(text.utf8)))
}

final class DatasetCache: @unchecked Sendable {
    static let shared = DatasetCache()
    private var values: [String: Dataset] = [:]
    private let lock = NSLock()
    func get(_ key: String) -> Dataset? { lock.lock(); defer { lock.unlock() }; return values[key] }
    func set(_ key: String, _ value: Dataset) { lock.lock(); values[key] = value; lock.unlock() }
}

extension Dataset {
    func objective(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> Objective {
        try XCTUnwrap(objectives.first { $0.id == id }, "no objective \(id)", file: file, line: line)
    }

    func indicator(_ id: String, file: StaticString = #filePath, line: UInt = #line) throws -> Indicator {
        try XCTUnwrap(objectives.flatMap(\.indicators).first { $0.id == id }, "no indicator \(id)", file: file, line: line)
    }

    /// "field original → current (evidence) @line" for each revision, as a user reads revisions.csv.
    var revisionLines: [String] {
        revisions.map { "\($0.indicator ?? $0.objective) \($0.field): \($0.original ?? "∅") → \($0.current ?? "∅") (\($0.evidence.rawValue)) @\($0.line)" }
    }

    /// "rule scope phase: status sum" for each check.
    var checkLines: [String] {
        checks.map { "\($0.rule) \($0.scope) \($0.phase.rawValue): \($0.status.rawValue) \($0.sum.map(JSONNumber.format) ?? "-")" }
    }
}

extension Revisable {
    /// "original → current" compactly, "x" when unchanged.
    var summary: String {
        if evidence == nil, original == current { return current.map { "\($0)" } ?? "∅" }
        return "\(original.map { "\($0)" } ?? "∅") → \(current.map { "\($0)" } ?? "∅")"
    }
}

extension Revisable where Value == Target {
    var rawSummary: String { map(\.raw).summary }
}

/// Corpus 000's os-1 as its lines 37–98 print it, read from another rendering of the document: weight
/// 20 %, 2025 resources revised side by side (€ 1.366.000,00 → € 1.622.100,00(*)), 2026 and 2027
/// € 648.000,00, four indicators at 25 %. `firstTargets`: the 2025 targets, spaced as that rendering prints them.
func assertMonteRosaDigitalObjective(_ objective: Objective, firstTargets: [String], file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(objective.weight?.current, 20, file: file, line: line)
    XCTAssertEqual(objective.resources.map { "\($0.year) \($0.amount.original ?? -1) \($0.amount.current ?? -1)" },
                   ["2025 1366000.0 1622100.0", "2026 648000.0 648000.0", "2027 648000.0 648000.0"], file: file, line: line)
    XCTAssertEqual(objective.resources.first?.amount.evidence, .adjacentValues, file: file, line: line)
    XCTAssertEqual(objective.indicators.map { $0.weight?.current }, [25, 25, 25, 25], file: file, line: line)
    XCTAssertEqual(objective.indicators.map { $0.targets.first?.value.current?.raw }, firstTargets, file: file, line: line)
}

/// Corpus 004 lines 188–214, read from word boxes (pages 7 and 8 of its LibreOffice PDF):
/// "Internazionalizzazione - Progetto SEI (FP 2025-2026)", three indicators, baseline n.d. (2025), 2026
/// targets ">= n.d.", ">= 8", ">= 80%" (the operator a column of its own under "Target 2026"), weights
/// 0 %, 50 %, 50 %. The names are printed centred around their row ("Prima assistenza e" / "orientamento
/// Numero di" over the values), with "Volume" a few points right of the name's widest line, which laid out
/// at the usual width of a character would have run into the type's column.
func assertPistoiaPratoExportSheet(_ dataset: Dataset, file: StaticString = #filePath, line: UInt = #line) throws {
    let objective = try dataset.objective("os-01_02_OS02", file: file, line: line)
    XCTAssertEqual(objective.title.current, "Internazionalizzazione - Progetto SEI (FP 2025-2026)", file: file, line: line)
    XCTAssertEqual(objective.indicators.map(\.name.current), [
        "Attività di supporto all'export Numero di imprese coinvolte nelle attività di supporto all'export (b2b, eventi di business, incoming, fiere, ecc.)",
        "Prima assistenza e orientamento Numero di nuove imprese coinvolte in attività di assistenza e orientamento",
        "Grado di utilizzo delle risorse Risorse utilizzate/risorse stanziare a budget",
    ], file: file, line: line)
    XCTAssertEqual(objective.indicators.map { $0.type?.current }, ["Volume", "Volume", "Salute economica"], file: file, line: line)
    XCTAssertEqual(objective.indicators.map { $0.measure?.current }, ["n.", "n.", "%"], file: file, line: line)
    XCTAssertEqual(objective.indicators.map { "\($0.baseline?.year ?? 0) \($0.baseline?.value.raw ?? "-")" }, ["2025 n.d.", "2025 n.d.", "2025 n.d."],
                   file: file, line: line)
    XCTAssertEqual(objective.indicators.map { $0.targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" } }, [
        ["2026 >= n.d.", "2027 10", "2028 n.d."],
        ["2026 >= 8", "2027 8", "2028 n.d."],
        ["2026 >= 80%", "2027 n.d.", "2028 n.d."],
    ], file: file, line: line)
    XCTAssertEqual(objective.indicators.map { $0.weight?.current }, [0, 50, 50], file: file, line: line)
}
