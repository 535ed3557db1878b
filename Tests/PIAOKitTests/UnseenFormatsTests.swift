import XCTest
@testable import PIAOKit

/// Documents of other Chambers in other formats (invented content in Tests/Fixtures/unseen):
/// a full HTML page, markdown pipe tables with ~~strike~~, `pdftotext -layout` columns, and
/// Windows-1252 text. Each is recognised by its labels, not by its file.
final class UnseenFormatsTests: XCTestCase {
    private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/unseen")

    private func read(_ name: String) throws -> Dataset {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        return try Pipeline.run(SourceDocument(id: name, file: name, bytes: bytes))
    }

    func testFullHTMLPageWithTables() throws {
        let dataset = try read("esempio-revisione.html")
        XCTAssertEqual(dataset.document.format, .html)
        XCTAssertEqual(dataset.document.kind, .piaoRevision)
        XCTAssertEqual(dataset.document.entity, "Camera di commercio di Esempio")
        XCTAssertEqual(dataset.document.period, Period(start: 2026, end: 2028))
        let objective = try XCTUnwrap(dataset.objectives.first)
        XCTAssertEqual(objective.line, 7, "lines are the HTML source's")
        XCTAssertEqual(objective.weight, Revisable(current: 50, original: 40, evidence: .strikethrough))  // <s>40%</s> 50%
        XCTAssertEqual(objective.resources.map { "\($0.year) \($0.amount.current ?? 0)" }, ["2026 10000.0", "2027 12000.0"])
        let indicator = try XCTUnwrap(objective.indicators.first)
        XCTAssertEqual(indicator.targets[0].value.rawSummary, "≥ 10 → ≥ 15", "text-decoration: line-through marks the old value")
        XCTAssertEqual(indicator.targets[1].value.rawSummary, "≥ 20")
        XCTAssertEqual(dataset.checks.filter { $0.rule == "indicator-weights" }.map(\.status), [.pass, .pass])
    }

    func testMarkdownPipeTablesWithStrike() throws {
        let dataset = try read("esempio-operativo.md")
        XCTAssertEqual(dataset.document.format, .markdownHTML)
        let objective = try XCTUnwrap(dataset.objectives.first)
        XCTAssertEqual(objective.level, .operational)
        XCTAssertEqual(objective.unit, "Ufficio Registro")
        XCTAssertEqual(objective.weight, Revisable(current: 40, original: 30, evidence: .strikethrough))  // ~~30%~~ 40%
        XCTAssertEqual(objective.indicators.map { "\($0.name.current ?? "") \($0.weight?.current ?? 0) \($0.targets.first?.value.current?.raw ?? "")" },
                       ["Pratiche evase entro 5 giorni 60.0 ≥ 90%", "Utenti soddisfatti 40.0 ≥ 4"])
    }

    func testLayoutColumnsBecomeCells() throws {
        let dataset = try read("esempio-layout.txt")
        XCTAssertEqual(dataset.document.format, .tabularText)
        XCTAssertEqual(dataset.diagnostics.map(\.code), ["layout-columns"])
        XCTAssertEqual(dataset.objectives.first?.weight, Revisable(current: 30, original: 25, evidence: .adjacentValues))
        XCTAssertEqual(dataset.objectives.first?.indicators.first?.name.current, "Presenze agli eventi promossi")
    }

    /// Long cells wrapped onto the next lines (only their column filled) are joined back; a row of
    /// amounts under announced years is not; "TARGET 2025 | >= 500" rows give one target each.
    func testLayoutWrappedCellsAndTargetsPerLabelYear() throws {
        let dataset = try read("esempio-layout-a-capo.txt")
        XCTAssertEqual(dataset.diagnostics.map(\.code), ["layout-columns"])
        let objective = try dataset.objective("os-3")
        XCTAssertEqual(objective.area, CodedTitle(code: "3", title: "Territorio e turismo, attrattività e promozione del territorio"))
        XCTAssertEqual(objective.resources.map { "\($0.year) \($0.amount.current ?? -1)" }, ["2025 10000.0", "2026 12000.0"])
        let indicator = try dataset.indicator("os-3/i1")
        XCTAssertEqual(indicator.name.current, "Presenze agli eventi promossi dalla Camera sul territorio provinciale")
        XCTAssertEqual(indicator.algorithm?.current, "Numero di presenze registrate agli eventi")
        XCTAssertEqual(indicator.source?.current, "registri di sala")
        XCTAssertEqual(indicator.targets.map { "\($0.year) \($0.value.current?.raw ?? "")" }, ["2025 >= 500", "2026 >= 550"])
        XCTAssertTrue(objective.notes.isEmpty && indicator.notes.isEmpty, "no wrapped line left behind as a note")
        XCTAssertTrue(dataset.checks.allSatisfy { $0.status == .pass })
    }

    func testWindows1252TextIsDecodedAndSaidSo() throws {
        let dataset = try read("esempio-cp1252.txt")
        XCTAssertEqual(dataset.diagnostics.map(\.code), ["encoding-fallback"])
        let objective = try XCTUnwrap(dataset.objectives.first)
        XCTAssertEqual(objective.area, CodedTitle(code: "4", title: "Qualità dei servizi"))
        XCTAssertEqual(objective.resources.first?.amount.current, 5000, "€ is byte 0x80 in Windows-1252")
        XCTAssertEqual(objective.indicators.first?.measure?.current, "Giorni", "UNITÀ DI MISURA with À as byte 0xC0")
    }
}
