import XCTest
@testable import PIAOKit

/// Documents of other Chambers in other formats (invented content in Tests/Fixtures/unseen):
/// a full HTML page, markdown pipe tables with ~~strike~~, `pdftotext -layout` columns, and
/// Windows-1252 text. Each is recognised by its labels, not by its file.
final class UnseenFormatsTests: XCTestCase {
    private func read(_ name: String) throws -> Dataset {
        try fixtureDataset("unseen", name)
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

    /// `pdftotext` without `-layout`: one indicator with each cell on a line of its own, a title
    /// wrapped onto a second line, years and amounts one per line; the next with each row on one line.
    func testFlatPdftotextLinesBecomeLabelRows() throws {
        let dataset = try read("esempio-pdftotext-piatto.txt")
        XCTAssertEqual(dataset.document.format, .flowText)
        XCTAssertEqual(dataset.document.kind, .piaoRevision)
        XCTAssertEqual(dataset.diagnostics.map(\.code), ["label-rows", "note-without-marks"])
        let objective = try dataset.objective("os-2")
        XCTAssertEqual(objective.title.current, "2.1 - Transizione digitale delle imprese del territorio, con attenzione alle micro e piccole imprese")
        XCTAssertEqual(objective.area, CodedTitle(code: "2", title: "Innovazione e sviluppo delle imprese"))
        XCTAssertEqual(objective.weight, Revisable(current: 35, original: 30, evidence: .adjacentValues))  // "30% 35%"
        XCTAssertEqual(objective.resources.map { "\($0.year) \($0.amount.current ?? -1)" }, ["2026 50000.0", "2027 60000.0"])
        XCTAssertEqual(objective.indicators.map { indicator in
            [indicator.name.current, indicator.algorithm?.current, indicator.type?.current, indicator.measure?.current, indicator.source?.current,
             "\(indicator.weight?.current ?? -1)", indicator.targets.map { "\($0.year) \($0.value.current?.raw ?? "")" }.joined(separator: ", ")]
                .map { $0 ?? "nil" }.joined(separator: " | ")
        }, [
            "Imprese accompagnate in percorsi di digitalizzazione | n. imprese accompagnate | Realizzazione fisica | Valore assoluto | Interna | 60.0 | 2026 ≥ 40, 2027 ≥ 50",
            "Eventi di sensibilizzazione sulla sicurezza informatica | n. eventi realizzati | Realizzazione fisica | Valore assoluto | Interna | 40.0 | 2026 ≥ 4, 2027 ≥ 6",
        ])
        XCTAssertEqual(dataset.revisions.map { "\($0.field) \($0.original ?? "") → \($0.current ?? "") L\($0.line)" }, ["weight 30% → 35% L13"])
        XCTAssertEqual(dataset.checks.filter { $0.rule == "indicator-weights" }.map(\.status), [.pass, .pass])
    }

    func testWindows1252TextIsDecodedAndSaidSo() throws {
        let dataset = try read("esempio-cp1252.txt")
        XCTAssertEqual(dataset.diagnostics.map(\.code), ["encoding-fallback"])
        let objective = try XCTUnwrap(dataset.objectives.first)
        XCTAssertEqual(objective.area, CodedTitle(code: "4", title: "Qualità dei servizi"))
        XCTAssertEqual(objective.resources.first?.amount.current, 5000, "€ is byte 0x80 in Windows-1252")
        XCTAssertEqual(objective.indicators.first?.measure?.current, "Giorni", "UNITÀ DI MISURA with À as byte 0xC0")
    }

    /// A PIRA extract's heading: "Estratto del …" before the plan's name, "e risultati attesi" without
    /// "dei", the Chamber's name before " - Anno 2016" (a dash between places stays the name's).
    func testFrontMatterOfAnExtract() throws {
        let dataset = try dataset(of: """
            # Estratto del Piano degli indicatori e risultati attesi di bilancio della Camera di Commercio di Varese - Anno 2016

            | OBIETTIVO | KPI | ALGORITMO | TARGET 2016 |
            |---|---|---|---|
            | Semplificazione | Tempi medi di evasione | Giorni medi | <= 5 gg |
            """)
        XCTAssertEqual(dataset.document.kind, .pira)
        XCTAssertEqual(dataset.document.entity, "Camera di Commercio di Varese")
        XCTAssertEqual(dataset.document.period, Period(start: 2016, end: 2016))
        XCTAssertEqual(dataset.document.title, "Estratto del Piano degli indicatori e risultati attesi di bilancio della Camera di Commercio di Varese - Anno 2016")
        let adopted = try self.dataset(of: "Camera di Commercio del Tirreno\n\nPiano Integrato di Attività e Organizzazione 2025-2027 - Revisione\n\nRevisione approvata con delibera di Giunta n. 58 del 15 luglio 2025\n")
        XCTAssertEqual(adopted.document.act, "delibera di Giunta n. 58 del 15 luglio 2025")
        let cited = try self.dataset(of: "Piano Integrato di Attività e Organizzazione 2025-2027\n\nil Sistema di misurazione, approvato con la deliberazione n. G/95 del 29.07.2021, è stato applicato\n")
        XCTAssertNil(cited.document.act, "an act a sentence cites is not this text's")
        let other = try self.dataset(of: "Camera di Commercio di Cremona - Mantova - Pavia\n\nPiano della performance 2025-2027\n")
        XCTAssertEqual(other.document.entity, "Camera di Commercio di Cremona - Mantova - Pavia")
    }

    private func dataset(of text: String) throws -> Dataset {
        try PIAOKitTests.dataset(of: text)
    }
}
