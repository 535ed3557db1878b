import XCTest
@testable import PIAOKit

/// The operational tables of a flat pdftotext text ("Area Obiettivo Indicatore Target"), in documents
/// written here: how far a row goes, and which value is its target.
final class FlowOperationalTableTests: XCTestCase {
    private func table(_ rows: String) -> String {
        """
        Di seguito gli obiettivi delle unità organizzative per il 2022.

        Area Obiettivo Indicatore Target
        Area Servizi digitali
        7,00% OP1.1.1-01 - Garantire i servizi digitali
        Garantire i servizi digitali a tutte le imprese

        \(rows)
        """
    }

    func testAValueLineAfterATargetReadOffTheNameIsTheTarget() throws {
        let dataset = try dataset(of: table("""
             100,00% kpi1.1.1-01a - Procedure condivise con il Segretario entro 31 maggio 2022
            Formalizzazione della procedura di nomina

            >= 2 N.

            >= 3 N.
            """))
        let indicator = try dataset.indicator("oo-1.1.1-01/i1")
        XCTAssertEqual(indicator.name.current, "Procedure condivise con il Segretario entro 31 maggio 2022")
        XCTAssertEqual(indicator.description?.current, "Formalizzazione della procedura di nomina")
        XCTAssertEqual(indicator.targets.map { "\($0.year) \($0.value.current?.raw ?? "∅")" }, ["2022 >= 2 N."])
        // A third value has no column left: said, not dropped.
        XCTAssertEqual(dataset.diagnostics.filter { $0.code == "value-after-target" }.map(\.line), [13])
    }

    func testANameCutAfterAnArticleGoesOnInWords() throws {
        let dataset = try dataset(of: table("""
             50,00% kpi1.1.1-01a - Utilizzo risorse: risorse impegnate entro il
            2022 SOGLIA 80%

            >= 100,00 %
             50,00% kpi1.1.1-01b - Raggiungimento dei KPI del
            % di raggiungimento dei KPI del progetto

            >= 90,00 %
            """))
        let first = try dataset.indicator("oo-1.1.1-01/i1"), second = try dataset.indicator("oo-1.1.1-01/i2")
        XCTAssertEqual(first.name.current, "Utilizzo risorse: risorse impegnate entro il 2022")
        XCTAssertEqual(first.threshold?.raw, "80%")
        XCTAssertNil(first.description)
        XCTAssertEqual(second.name.current, "Raggiungimento dei KPI del")
        XCTAssertEqual(second.description?.current, "% di raggiungimento dei KPI del progetto")
        XCTAssertEqual([first, second].map { $0.targets.first?.value.current?.raw }, [">= 100,00 %", ">= 90,00 %"])
    }

    func testRunningTextAfterTheLastRowIsNotItsDescription() throws {
        let dataset = try dataset(of: table("""
             100,00% kpi1.1.1-01a - Controlli a campione entro 1 mese dal report 1 N.
             Si evidenzia che gli obiettivi di Ente come sopra illustrati sono assunti a

            riferimento per la valorizzazione dei fondi accessori del

            personale.
            """))
        let indicator = try dataset.indicator("oo-1.1.1-01/i1")
        XCTAssertEqual(indicator.name.current, "Controlli a campione entro 1 mese dal report")
        XCTAssertEqual(indicator.targets.first?.value.current?.raw, "1 N.")
        XCTAssertNil(indicator.description)
    }
}
