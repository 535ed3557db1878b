import XCTest
@testable import PIAOKit

/// Targets whose cell names its own years, under a column or label that names none: a PIRA's single
/// "Target" column ("Anno 2015: >= 90% Anno 2016: >= 95% Anno 2017: >= 100%", as the Rovigo PIRA
/// prints it), one year a line, or "2024: …; 2025: …".
final class YearLabelledTargetsTests: XCTestCase {
    private func read(of text: String) throws -> Dataset {
        try dataset(of: text)
    }

    private func targets(_ indicator: Indicator) -> [String] {
        indicator.targets.map { "\($0.year) \($0.value.rawSummary)" }
    }

    func testSplit() {
        let parts = { (text: String) in
            YearLabelledValues.split(Cell(runs: [StyledRun(text)], line: 1)).map { $0.map { "\($0.year)=\($0.cell.text)" } }
        }
        XCTAssertEqual(parts("Anno 2015: >= 90% Anno 2016: >= 95% Anno 2017: >= 100%"), ["2015=>= 90%", "2016=>= 95%", "2017=>= 100%"])
        XCTAssertEqual(parts("2024: ≥ 80%; 2025: ≥ 85%"), ["2024=≥ 80%", "2025=≥ 85%"])
        XCTAssertEqual(parts("Anno 2024 <= 30 gg - Anno 2025 <= 28 gg"), ["2024=<= 30 gg", "2025=<= 28 gg"])
        XCTAssertEqual(parts("2024: entro il 31/12/2024\n2025: entro il 2025"), ["2024=entro il 31/12/2024", "2025=entro il 2025"],
                       "a year inside a date or a sentence is the value's")
        XCTAssertNil(parts("2024 80%"), "a bare year with no colon and no qualifier is not a label")
        XCTAssertNil(parts("Entro il 31/12/2025"))
        XCTAssertNil(parts(">= 90% Anno 2016: >= 95%"), "the cell must open with a label")
        XCTAssertNil(parts("Anno 2015: Anno 2016: >= 95%"), "a label without a value")
        XCTAssertNil(parts("Anno 2015: 90% Anno 2015: 95%"), "a year twice")
    }

    func testMarkdownTableOfOneTargetColumn() throws {
        let dataset = try read(of: """
            # Piano degli indicatori e dei risultati attesi di bilancio 2015-2017

            | Obiettivo | Indicatore | Algoritmo di calcolo | Target |
            |---|---|---|---|
            | Sostegno al credito delle imprese | Grado di utilizzo delle risorse stanziate | Risorse utilizzate / risorse stanziate | Anno 2015: >= 90% Anno 2016: >= 95% Anno 2017: >= 100% |
            | Semplificazione amministrativa | Tempi di evasione delle pratiche | Giorni medi di evasione | Anno 2015: <= 10 gg. Anno 2016: <= 10 gg. Anno 2017: <= 8 gg. |
            """)
        XCTAssertEqual(targets(try dataset.indicator("os-1/i1")), ["2015 >= 90%", "2016 >= 95%", "2017 >= 100%"])
        let days = try dataset.indicator("os-2/i1")
        XCTAssertEqual(targets(days), ["2015 <= 10 gg.", "2016 <= 10 gg.", "2017 <= 8 gg."])
        XCTAssertEqual(days.targets.last?.value.current, Target(raw: "<= 8 gg.", kind: .number, operator: "<=", value: 8, unit: "gg"))
        XCTAssertFalse(dataset.diagnostics.contains { $0.code == "target-without-year" }, "\(dataset.diagnostics)")
    }

    func testHTMLCellOneYearALineWithAStruckValue() throws {
        let dataset = try read(of: """
            <html><body><table>
            <tr><th>Obiettivo</th><th>Indicatore</th><th>Algoritmo di calcolo</th><th>Peso</th><th>Target</th></tr>
            <tr><td>Efficienza della riscossione</td><td>Tasso di riscossione del diritto annuale</td><td>Importo riscosso / importo dovuto</td><td>100%</td><td>2024: &gt;= <del>70%</del> 75%<br>2025: &gt;= 72%<br>2026: &gt;= 74%</td></tr>
            </table></body></html>
            """)
        let indicator = try dataset.indicator("os-1/i1")
        XCTAssertEqual(targets(indicator), ["2024 >= 70% → >= 75%", "2025 >= 72%", "2026 >= 74%"])
        XCTAssertEqual(dataset.revisionLines, ["os-1/i1 targets/2024: >= 70% → >= 75% (strikethrough) @3"])
    }

    func testLabelRowOfOneCell() throws {
        let dataset = try read(of: """
            ## SCHEDA OBIETTIVO STRATEGICO

            <b>OBIETTIVO STRATEGICO</b>\t1.1 - Digitalizzazione
            <b>PESO OBIETTIVO</b>\t100%

            ### INDICATORE/I

            <b>DESCRIZIONE</b>\tNumero di imprese assistite
            <b>ALGORITMO DI CALCOLO</b>\tConteggio
            <b>RISULTATO ATTESO - TARGET</b>\tAnno 2025: ≥ 80 Anno 2026: ≥ 90 Anno 2027: ≥ 100
            <b>PESO INDICATORE</b>\t100%
            """)
        XCTAssertEqual(targets(try dataset.indicator("os-1/i1")), ["2025 ≥ 80", "2026 ≥ 90", "2027 ≥ 100"])
        XCTAssertFalse(dataset.diagnostics.contains { $0.code == "values-without-years" }, "\(dataset.diagnostics)")
    }
}
