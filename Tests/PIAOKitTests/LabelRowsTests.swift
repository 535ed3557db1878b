import XCTest
@testable import PIAOKit

/// Flat text's label lines: where the label ends, and how the rest becomes cells.
final class LabelRowsTests: XCTestCase {
    func testWhereALabelEnds() {
        let cases: [(String, String?)] = [
            ("PESO INDICATORE 25%", "PESO INDICATORE"),
            ("FONTE DEL DATO Interna", "FONTE DEL DATO"),
            ("UNITÀ DI MISURA Binario", "UNITÀ DI MISURA"),
            ("PESO OBIETTIVO (rispetto agli obt. str.) 20%", "PESO OBIETTIVO (rispetto agli obt. str.)"),
            ("RISULTATO ATTESO - TARGET (*) Anno 2024 Anno 2025", "RISULTATO ATTESO - TARGET (*)"),
            ("RISULTATO ATTESO – TARGET (*) SI // //", "RISULTATO ATTESO – TARGET (*)"),
            ("ALGORITMO DI CALCOLO N. imprese supportate", "ALGORITMO DI CALCOLO"),
            ("OBIETTIVO OPERATIVO OO 2.1.1 – EFFICIENZA DEL REGISTRO", "OBIETTIVO OPERATIVO"),
            ("INDICATORE Descrizione", "INDICATORE Descrizione"),
            ("Obiettivo: Valorizzazione degli spazi camerali", "Obiettivo:"),
            ("Ambito strategico CCIAA PT-PO: 03_01 Ottimizzazione", "Ambito strategico CCIAA PT-PO:"),
            ("TIPOLOGIA INDICATORE", "TIPOLOGIA INDICATORE"),
            // Sentences that open with a label's word are not labels.
            ("Target confermato", nil),
            ("Descrizione del progetto e delle sue fasi", nil),
            ("Obiettivo strategico OS01 - Digitalizzazione", nil),
            ("≥ 30", nil),
        ]
        for (line, label) in cases {
            XCTAssertEqual(LabelPrefix.length(line).map { String(line.prefix($0)) }, label, line)
        }
    }

    func testYearsAndValuesBecomeCells() {
        func cell(_ text: String) -> Cell { Cell(runs: [StyledRun(text)], line: 1) }
        XCTAssertEqual(FlatCells.yearHeaders(cell("Anno 2024 Anno 2025 Anno 2026"))?.map(\.text), ["Anno 2024", "Anno 2025", "Anno 2026"])
        XCTAssertNil(FlatCells.yearHeaders(cell("Anno 2024 € 70.000,00")))
        XCTAssertEqual(FlatCells.yearValueCells(cell("Anno 2025 € 70.000,00 Anno 2026 € 30.000,00"))?.map(\.text),
                       ["Anno 2025 € 70.000,00", "Anno 2026 € 30.000,00"])
        XCTAssertNil(FlatCells.yearValueCells(cell("Entro giugno 2025 Anno 2026")))
        XCTAssertEqual(FlatCells.valueCells(cell("≥ 30 ≥ 30 //"))?.map(\.text), ["≥ 30", "≥ 30", "//"])
        // A struck old value keeps its mark in its own cell.
        let struck = Cell(runs: [StyledRun("80%", .struck), StyledRun(" 85%")], line: 1)
        XCTAssertEqual(FlatCells.valueCells(struck)?.map { $0.runs.first?.isStruck }, [true, false])
        XCTAssertNil(FlatCells.valueCells(cell("n. studenti certificati")))
    }

    /// Another Chamber's spellings of a sheet's rows: "NOME INDICATORE | name" opens the indicator,
    /// "METODO DI CALCOLO", "TIPO INDICATORE", "VALORE ATTESO", "AREA STRATEGICA", "STRUTTURA
    /// RESPONSABILE", a bare "PESO | 40%" before the indicators weighs the objective, and an operational
    /// title "2.1.1 - …" gives the objective its code. Each had been an unrecognised row.
    func testOtherSpellingsOfASheet() throws {
        let dataset = try dataset(of: """
            <html><body>
            <h2>SCHEDA OBIETTIVO OPERATIVO</h2>
            <table>
            <tr><td><b>AREA STRATEGICA</b></td><td>2 - Semplificazione</td></tr>
            <tr><td><b>OBIETTIVO OPERATIVO</b></td><td>2.1.1 - Riduzione dei tempi del Registro Imprese</td></tr>
            <tr><td><b>STRUTTURA RESPONSABILE</b></td><td>Area Anagrafe</td></tr>
            <tr><td><b>PESO</b></td><td>40%</td></tr>
            </table>
            <table>
            <tr><td><b>NOME INDICATORE</b></td><td>Tempo medio di evasione</td></tr>
            <tr><td><b>METODO DI CALCOLO</b></td><td>Somma giorni / n. pratiche</td></tr>
            <tr><td><b>TIPO INDICATORE</b></td><td>Efficienza</td></tr>
            <tr><td><b>FONTE DATI</b></td><td>Priamo</td></tr>
            <tr><td><b>PESO INDICATORE</b></td><td>100%</td></tr>
            <tr><td><b>VALORE ATTESO</b></td><td>Anno 2025</td><td>Anno 2026</td><td>Anno 2027</td></tr>
            <tr><td></td><td>≤ 5 gg</td><td>≤ 4 gg</td><td>≤ 4 gg</td></tr>
            </table>
            </body></html>
            """)
        let objective = try dataset.objective("oo-2.1.1")
        XCTAssertEqual(objective.code, "2.1.1")
        XCTAssertEqual(objective.title.current, "Riduzione dei tempi del Registro Imprese")
        XCTAssertEqual(objective.weight?.current, 40)
        XCTAssertEqual(objective.unit, "Area Anagrafe")
        XCTAssertEqual(objective.area, CodedTitle(code: "2", title: "Semplificazione"))
        let indicator = try XCTUnwrap(objective.indicators.first)
        XCTAssertEqual(objective.indicators.count, 1)
        XCTAssertEqual(indicator.name.current, "Tempo medio di evasione")
        XCTAssertEqual(indicator.algorithm?.current, "Somma giorni / n. pratiche")
        XCTAssertEqual(indicator.type?.current, "Efficienza")
        XCTAssertEqual(indicator.source?.current, "Priamo")
        XCTAssertEqual(indicator.weight?.current, 100)
        XCTAssertEqual(indicator.targets.map { "\($0.year) \($0.value.rawSummary)" }, ["2025 ≤ 5 gg", "2026 ≤ 4 gg", "2027 ≤ 4 gg"])
        XCTAssertEqual(dataset.diagnostics.map(\.code), [], "\(dataset.diagnostics)")
    }

    /// docling's markdown: a value cell merged across the sheet's columns is written once a column, each
    /// cell padded to its column's width. Read as one value (weight 20%, not "20% 20% 20%", which read as
    /// no weight), and the padding is no `pdftotext -layout` column.
    func testMergedCellsWrittenOnceAColumn() throws {
        let dataset = try dataset(of: """
            ## SCHEDA OBIETTIVO STRATEGICO

            | MISSIONE                | 011 - COMPETITIVITA' E SVILUPPO DELLE IMPRESE | 011 - COMPETITIVITA' E SVILUPPO DELLE IMPRESE | 011 - COMPETITIVITA' E SVILUPPO DELLE IMPRESE |
            |-------------------------|------------|------------|------------|
            | LINEA STRATEGICA        | 1 - Competitività delle imprese | 1 - Competitività delle imprese | 1 - Competitività delle imprese |
            | OBIETTIVO STRATEGICO    | 1.1 - Digitalizzazione e innovazione | 1.1 - Digitalizzazione e innovazione | 1.1 - Digitalizzazione e innovazione |
            | PESO OBIETTIVO (rispetto agli obt. str.) | 20% | 20% | 20% |
            | RISORSE STANZIATE       | Anno 2025 | Anno 2026 | Anno 2027 |
            |                         | € 1.366.000,00 | € 648.000,00 | € 648.000,00 |

            ### INDICATORE/I

            | DESCRIZIONE             | Livelli di attività di valutazione della maturità digitale | Livelli di attività di valutazione della maturità digitale | Livelli di attività di valutazione della maturità digitale |
            |-------------------------|------------|------------|------------|
            | ALGORITMO DI CALCOLO    | N. assessment condotti dai PID | N. assessment condotti dai PID | N. assessment condotti dai PID |
            | RISULTATO ATTESO - TARGET | Anno 2025 | Anno 2026 | Anno 2027 |
            |                         | ≥ 80 | // | // |
            | PESO INDICATORE         | 100% | 100% | 100% |
            | FONTE DEL DATO          | Interna | Interna | Interna |
            | UNITÀ DI MISURA         | Valore assoluto | Valore assoluto | Valore assoluto |
            | TIPOLOGIA INDICATORE    | Realizzazione fisica | Realizzazione fisica | Realizzazione fisica |
            """)
        let objective = try dataset.objective("os-1")
        XCTAssertEqual(objective.title.current, "1.1 - Digitalizzazione e innovazione")
        XCTAssertEqual(objective.weight?.current, 20)
        XCTAssertEqual(objective.missions, [CodedTitle(code: "011", title: "COMPETITIVITA' E SVILUPPO DELLE IMPRESE")])
        XCTAssertEqual(objective.resources.map { "\($0.year) \($0.amount.current ?? 0)" }, ["2025 1366000.0", "2026 648000.0", "2027 648000.0"])
        let indicator = try XCTUnwrap(objective.indicators.first)
        XCTAssertEqual(indicator.name.current, "Livelli di attività di valutazione della maturità digitale")
        XCTAssertEqual(indicator.algorithm?.current, "N. assessment condotti dai PID")
        XCTAssertEqual(indicator.weight?.current, 100)
        XCTAssertEqual(indicator.source?.current, "Interna")
        XCTAssertEqual(indicator.targets.map { "\($0.year) \($0.value.rawSummary)" }, ["2025 ≥ 80", "2026 //", "2027 //"])
        XCTAssertFalse(dataset.diagnostics.contains { $0.code == "layout-columns" }, "\(dataset.diagnostics)")
    }
}
