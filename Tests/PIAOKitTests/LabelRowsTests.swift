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
}
