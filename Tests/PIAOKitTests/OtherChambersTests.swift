import XCTest
@testable import PIAOKit

/// Sheets and grids as other Chambers spell them, each input the smallest that had been misread
/// (reviewers' probes of the fourteenth stop): a label or header the tool did not know lost a whole
/// indicator, a weight, a baseline or a revision.
final class OtherChambersTests: XCTestCase {
    private let head = "Piano Integrato di Attività e Organizzazione (PIAO) 2025-2027\n\nSCHEDA OBIETTIVO STRATEGICO\n\nOBIETTIVO STRATEGICO\t1.1 - Digitalizzazione\nPESO OBIETTIVO\t100%\n"

    private func targets(_ indicator: Indicator) -> [String] {
        indicator.targets.map { "\($0.year) \($0.value.rawSummary)" }
    }

    func testDescrizioneIndicatoreOpensTheIndicator() throws {
        let dataset = try dataset(of: head + "Descrizione indicatore\tAssessment digitali\nALGORITMO DI CALCOLO\tN. assessment\nRISULTATO ATTESO - TARGET\tAnno 2025\tAnno 2026\n\t≥ 80\t≥ 85\nPESO INDICATORE\t100%\n")
        let indicator = try dataset.indicator("os-1/i1")
        XCTAssertEqual(indicator.name.current, "Assessment digitali")
        XCTAssertEqual(indicator.algorithm?.current, "N. assessment")
        XCTAssertEqual(indicator.weight?.current, 100)
        XCTAssertEqual(targets(indicator), ["2025 ≥ 80", "2026 ≥ 85"])
    }

    func testYearInATargetLabelThatIsNotTarget() throws {
        let dataset = try dataset(of: head + "INDICATORE\tAssessment digitali\nPESO INDICATORE\t100%\nValore atteso 2025\t~~≥ 150~~ ≥ 120\nValore atteso 2026\t≥ 160\n")
        XCTAssertEqual(targets(try dataset.indicator("os-1/i1")), ["2025 ≥ 150 → ≥ 120", "2026 ≥ 160"])
        XCTAssertEqual(dataset.revisionLines, ["os-1/i1 targets/2025: ≥ 150 → ≥ 120 (strikethrough) @9"])
    }

    func testPesoPercentLabelAndHeader() throws {
        let sheet = try dataset(of: head + "INDICATORE\tAssessment digitali\nPeso %\t<del>60%</del> 100%\nTarget 2025\t≥ 80\n")
        XCTAssertEqual(try sheet.indicator("os-1/i1").weight, Revisable(current: 100, original: 60, evidence: .strikethrough))
        let grid = try dataset(of: """
            # Camera di Commercio di Sassari – PIAO 2025-2027

            #### Obiettivo operativo 1.2.1 – Potenziare il PID (peso 60%)

            |Indicatore|Peso %|Target 2025|
            |---|---|---|
            |Self-assessment digitali|40|≥ 150|
            |Eventi formativi|60|≥ 12|
            """)
        let objective = try grid.objective("oo-1.2.1")
        XCTAssertEqual(objective.indicators.map { $0.weight?.current }, [40, 60])
        XCTAssertEqual(objective.indicators.map(targets), [["2025 ≥ 150"], ["2025 ≥ 12"]])
        XCTAssertEqual(grid.revisions.count, 0, "the weight beside the target is not an old target")
    }

    func testBaselineRowsAreTheIndicators() throws {
        let dataset = try dataset(of: head + "INDICATORE\tAssessment digitali\nPESO INDICATORE\t60%\nBaseline 2024\t72\nTarget 2025\t≥ 80\nINDICATORE\tSoddisfazione utenti\nPESO INDICATORE\t40%\nBaseline 2024\t85%\nTarget 2025\t≥ 80%\n")
        let objective = try dataset.objective("os-1")
        XCTAssertEqual(objective.indicators.map { $0.baseline.map { "\($0.year ?? 0) \($0.value.raw)" } }, ["2024 72", "2024 85%"])
        XCTAssertFalse(dataset.diagnostics.contains { $0.code == "repeated-label" }, "\(dataset.diagnostics)")
    }

    func testShortLabels() throws {
        let dataset = try dataset(of: head + "Budget\tAnno 2025\tAnno 2026\n\t€ 10.000,00\t€ 20.000,00\nINDICATORE\tAssessment digitali\nFormula\tN. assessment effettuati\nU.M.\tNumero\nTipo\tOutput\nPESO INDICATORE\t100%\nTarget 2025\t≥ 80\n")
        XCTAssertEqual(try dataset.objective("os-1").resources.map { "\($0.year) \($0.amount.current ?? 0)" }, ["2025 10000.0", "2026 20000.0"])
        let indicator = try dataset.indicator("os-1/i1")
        XCTAssertEqual([indicator.algorithm?.current, indicator.measure?.current, indicator.type?.current], ["N. assessment effettuati", "Numero", "Output"])
    }

    /// A grid row whose indicator's name opens like the label ("Indicatore di tempestività …") is a row
    /// of the grid: it had been dropped without a word, and the weights summed to 50.
    func testIndicatorNamedIndicatore() throws {
        let dataset = try dataset(of: """
            # Camera di commercio di Torino – PIAO 2025-2027

            ### Obiettivo operativo 3.1.1 – Efficientamento dei pagamenti (peso 100%)

            | Indicatore | Peso | Target 2025 |
            |---|---|---|
            | Tempo medio di pagamento delle fatture | 50% | <= 20 gg |
            | Indicatore di tempestività dei pagamenti | 50% | <= -5 |
            """)
        let objective = try dataset.objective("oo-3.1.1")
        XCTAssertEqual(objective.indicators.map { $0.name.current }, ["Tempo medio di pagamento delle fatture", "Indicatore di tempestività dei pagamenti"])
        XCTAssertEqual(dataset.checks.filter { $0.rule == "indicator-weights" }.map(\.status), [.pass, .pass])
    }

    /// A struck whole value beside a whole value, in either order: "~~<= 20 gg~~ **<= 25 gg**" had read
    /// as "<= 20 gg gg", "≥ 90 <del>≥ 80</del>" as "≥ 90 ≥ 80".
    func testStruckWholeValues() throws {
        XCTAssertEqual(FieldResolver.values(Cell(runs: [StyledRun("<= 20 gg", .struck), StyledRun(" "), StyledRun("<= 25 gg", .bold)], line: 1)),
                       PrintedPair(original: "<= 20 gg", current: "<= 25 gg", evidence: .strikethrough))
        XCTAssertEqual(FieldResolver.values(Cell(runs: [StyledRun("≥ 90 "), StyledRun("≥ 80", .struck)], line: 1)),
                       PrintedPair(original: "≥ 80", current: "≥ 90", evidence: .strikethrough))
        XCTAssertEqual(FieldResolver.values(Cell(runs: [StyledRun(">= "), StyledRun("70%", .struck), StyledRun(" 75%")], line: 1)),
                       PrintedPair(original: ">= 70%", current: ">= 75%", evidence: .strikethrough), "an operator outside the strike is both values'")
    }

    /// pymupdf4llm's "Col3" for an empty header cell, and a Chamber's full name with its commas.
    func testPlaceholderColumnsAndFullName() throws {
        let dataset = try dataset(of: """
            Camera di commercio, industria, artigianato e agricoltura della Riviera di Levante

            **SCHEDA OBIETTIVO STRATEGICO**

            |**MISSIONE**|011 - Competitività e sviluppo delle imprese|Col3|Col4|
            |---|---|---|---|
            |**OBIETTIVO STRATEGICO**|2.3 - Accesso al credito|||
            |**INDICATORE**|Imprese orientate al credito|||
            |**TARGET**|**Anno 2025**|**Anno 2026**|**Anno 2027**|
            ||>= 60|>= 70|>= 80|
            """)
        XCTAssertEqual(dataset.document.entity, "Camera di commercio, industria, artigianato e agricoltura della Riviera di Levante")
        let objective = try dataset.objective("os-1")
        XCTAssertEqual(objective.missions, [CodedTitle(code: "011", title: "Competitività e sviluppo delle imprese")])
        XCTAssertEqual(targets(try dataset.indicator("os-1/i1")), ["2025 >= 60", "2026 >= 70", "2027 >= 80"])
    }

    /// Two deadlines side by side, "entro il …" each: the old and the new target.
    func testAdjacentDeadlines() throws {
        XCTAssertEqual(ValueTokens.split("entro il 30/06/2025 entro il 31/10/2025"), ["entro il 30/06/2025", "entro il 31/10/2025"])
        let dataset = try dataset(of: head + "INDICATORE\tRelazione annuale\nPESO INDICATORE\t100%\nTarget 2025\tentro il 30/06/2025 entro il 31/10/2025\n")
        XCTAssertEqual(dataset.revisionLines, ["os-1/i1 targets/2025: entro il 30/06/2025 → entro il 31/10/2025 (adjacent-values) @9"])
    }

    /// The objective's fields as labels across a row, their values in the row below: they had run
    /// together into a mission "Programma Peso obiettivo Risorse 2025 Risorse 2026".
    func testLabelsAcrossARow() throws {
        let dataset = try dataset(of: """
            # Piano Integrato di Attività e Organizzazione 2025-2027

            ### Obiettivo strategico 3.1 – Valorizzazione del patrimonio enogastronomico

            | Missione | Programma | Peso obiettivo | Risorse 2025 | Risorse 2026 |
            |---|---|---|---|---|
            | 011 - Competitività e sviluppo delle imprese | 005 - Promozione | 60% | € 140.000,00 | € 120.000,00 |

            | Indicatore | Formula di calcolo | Peso | Target 2025 | Target 2026 |
            |---|---|---|---|---|
            | Partecipazione a fiere di settore | N. fiere | 100% | ≥ 3 | ≥ 3 |
            """)
        let objective = try dataset.objective("os-3.1")
        XCTAssertEqual(objective.missions, [CodedTitle(code: "011", title: "Competitività e sviluppo delle imprese")])
        XCTAssertEqual(objective.programme, CodedTitle(code: "005", title: "Promozione"))
        XCTAssertEqual(objective.weight?.current, 60)
        XCTAssertEqual(objective.resources.map { "\($0.year) \($0.amount.current ?? 0)" }, ["2025 140000.0", "2026 120000.0"])
        XCTAssertEqual(targets(try dataset.indicator("os-3.1/i1")), ["2025 ≥ 3", "2026 ≥ 3"])
    }

    private func dataset(of text: String) throws -> Dataset {
        try PIAOKitTests.dataset(of: text)
    }
}
