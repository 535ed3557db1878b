import XCTest
@testable import PIAOKit

/// Plans without "SCHEDA" labels: each objective opened by a heading that names it ("Obiettivo
/// strategico 1.1 – … (peso 40%)"), its indicators in the grid below (invented content).
final class ObjectiveHeadingTests: XCTestCase {
    private func targets(_ indicator: Indicator) -> String {
        indicator.targets.map { "\($0.year) \($0.value.rawSummary)" }.joined(separator: ", ")
    }

    /// A full HTML page: `<h3>` headings with a struck weight inside, a description paragraph, an
    /// indicator grid each; the next section's heading ends the last sheet.
    func testHTMLHeadingsNameTheirObjectives() throws {
        let dataset = try fixtureDataset("unseen", "esempio-obiettivi-titolati.html")
        XCTAssertEqual(dataset.document.kind, .piaoRevision)
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.code ?? "") \($0.title.current ?? "") \($0.weight?.summary ?? "")" },
                       ["os-1.1 1.1 Digitalizzazione delle imprese 40.0 → 50.0", "os-1.2 1.2 Sostenibilità delle imprese 60.0 → 50.0"])
        let first = try dataset.objective("os-1.1")
        XCTAssertEqual(first.line, 6)
        XCTAssertEqual(first.description?.current, "accompagnare le imprese del territorio nella transizione digitale.")
        XCTAssertEqual(first.indicators.map { "\($0.name.current ?? "") | \($0.algorithm?.current ?? "") | \($0.weight?.current ?? -1) | \(targets($0))" }, [
            "Imprese assistite dal PID | N. imprese assistite | 60.0 | 2026 ≥ 150 → ≥ 180, 2027 ≥ 160, 2028 ≥ 170",
            "Eventi di orientamento | N. eventi | 40.0 | 2026 ≥ 10, 2027 ≥ 10, 2028 ≥ 12",
        ])
        XCTAssertTrue(try dataset.objective("os-1.2").notes.isEmpty, "the next section is not a note of the last sheet")
        XCTAssertEqual(dataset.revisions.count, 3)
        XCTAssertTrue(dataset.checks.allSatisfy { $0.status == .pass })
        XCTAssertEqual(dataset.diagnostics, [])
    }

    /// Markdown: a heading names the operational objective; a "SCHEDA" heading with nothing under it yet
    /// takes the objective heading that follows as its title (one sheet, not an empty one and another).
    /// A line in bold that names one over a summary table of operational objectives opens no sheet: so
    /// 002 prints its strategic objectives ("**OBIETTIVO STRATEGICO: OS 1.3 – …**", corpus 002 line 745).
    func testHeadingsThatNameObjectivesUnderOrWithoutSheetHeadings() throws {
        let dataset = try dataset(of: """
            # PIAO 2025-2027

            ## Obiettivo operativo n. 3: Tempi del Registro imprese (peso 30%)

            | Indicatore | Peso | Target 2025 |
            |---|---|---|
            | Giorni medi di evasione | 100% | <= 5 |

            ## SCHEDA OBIETTIVO STRATEGICO

            ### OBIETTIVO STRATEGICO: OS 2.1 – Semplificazione

            | Indicatore | Peso | Target 2025 |
            |---|---|---|
            | Pratiche telematiche | 100% | >= 95% |

            **OBIETTIVO STRATEGICO: OS 2.1 – Semplificazione**

            | OBIETTIVI OPERATIVI | PESO |
            |---|---|
            | OO 2.1.1 – Pratiche telematiche | 100 |
            """)
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.level.rawValue) \($0.code ?? "-") \($0.title.current ?? "") \($0.weight?.current ?? -1)" },
                       ["oo-3 operational 3 Tempi del Registro imprese 30.0", "os-2.1 strategic OS 2.1 Semplificazione -1.0"])
        XCTAssertEqual(dataset.objectives.map(\.line), [3, 9])
        XCTAssertEqual(dataset.objectives.map { $0.indicators.map { "\($0.name.current ?? "") \(self.targets($0))" } },
                       [["Giorni medi di evasione 2025 <= 5"], ["Pratiche telematiche 2025 >= 95%"]])
    }

    /// Text without headings: the objective's name is a short paragraph right above its grid (its
    /// description between them), tab-separated here. The same name over a summary table of operational
    /// objectives opens nothing (it is no indicator grid).
    func testAParagraphThatNamesAnObjectiveAboveItsGrid() throws {
        let dataset = try dataset(of: [
            "PIAO 2025-2027", "",
            "Obiettivo strategico 1.1 – Digitalizzazione delle imprese", "(peso 40%)", "Descrizione: accompagnare le imprese.", "",
            "Indicatore\tAlgoritmo\tPeso\tTarget 2025\tTarget 2026", "Imprese assistite\tN. imprese\t100%\t≥ 150\t≥ 160", "",
            "Obiettivo strategico 1.2 – Sostenibilità (peso 60%)", "",
            "Obiettivi operativi\tPeso", "OO 1.2.1 – Percorsi green\t100", "",
        ].joined(separator: "\n"))
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.title.current ?? "") \($0.weight?.current ?? -1) \($0.description?.current ?? "-")" },
                       ["os-1.1 Digitalizzazione delle imprese 40.0 accompagnare le imprese."])
        XCTAssertEqual(dataset.objectives.first?.indicators.map { "\($0.name.current ?? "") \(self.targets($0))" }, ["Imprese assistite 2025 ≥ 150, 2026 ≥ 160"])
    }

    /// `pdftotext -tsv` of a PDF of such a plan (Tests/Fixtures/pdftotext/README.md): its words laid out
    /// again as lines, each heading a line of its own above the description and the grid.
    func testHeadingsOfAPdftotextTSVRendering() throws {
        let dataset = try fixtureDataset("pdftotext", "esempio-obiettivi-titolati-tsv.tsv")
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.title.current ?? "") \($0.weight?.current ?? -1)" },
                       ["os-1.1 Digitalizzazione delle imprese 40.0", "os-1.2 Sostenibilità 60.0"])
        XCTAssertEqual(try dataset.objective("os-1.1").description?.current, "accompagnare le imprese nella transizione digitale.")
        XCTAssertEqual(dataset.objectives.map { $0.indicators.map { "\($0.name.current ?? "") | \($0.algorithm?.current ?? "") | \($0.weight?.current ?? -1) | \(self.targets($0))" } }, [
            ["Imprese assistite | N. imprese assistite | 60.0 | 2025 ≥ 150, 2026 ≥ 160, 2027 ≥ 170", "Eventi | N. eventi | 40.0 | 2025 ≥ 10, 2026 ≥ 10, 2027 ≥ 12"],
            ["Imprese green | N. imprese | 100.0 | 2025 ≥ 50, 2026 ≥ 55, 2027 ≥ 60"],
        ])
        XCTAssertTrue(dataset.checks.allSatisfy { $0.status == .pass })
    }

    /// One grid for all objectives, each opened by a row that names it across the table (an HTML colspan,
    /// or a pipe row with one cell filled); a row of years under "Target" is read for the grid.
    func testGridRowsGroupedUnderRowsNamingTheirObjective() throws {
        let html = try dataset(of: """
            <html><head><meta charset="utf-8"><title>PIAO 2025-2027</title></head><body>
            <table border="1">
            <tr><th>Indicatore</th><th>Peso</th><th>Target 2025</th><th>Target 2026</th></tr>
            <tr><td colspan="4"><b>Obiettivo strategico 1.1 – Digitalizzazione delle imprese (peso <s>40%</s> 50%)</b></td></tr>
            <tr><td>Imprese assistite</td><td>60%</td><td>≥ 150</td><td>≥ 160</td></tr>
            <tr><td>Eventi</td><td>40%</td><td>≥ 10</td><td>≥ 12</td></tr>
            <tr><td colspan="4"><b>Obiettivo strategico 1.2 – Sostenibilità (peso <s>60%</s> 50%)</b></td></tr>
            <tr><td>Imprese green</td><td>100%</td><td>≥ 50</td><td>≥ 55</td></tr>
            </table></body></html>
            """)
        let markdown = try dataset(of: """
            # PIAO 2025-2027

            | Indicatore | Peso | Target | |
            |---|---|---|---|
            | | | 2025 | 2026 |
            | **Obiettivo strategico 1.1 – Digitalizzazione delle imprese (peso ~~40%~~ 50%)** | | | |
            | Imprese assistite | 60% | ≥ 150 | ≥ 160 |
            | Eventi | 40% | ≥ 10 | ≥ 12 |
            | **Obiettivo strategico 1.2 – Sostenibilità (peso ~~60%~~ 50%)** | | | |
            | Imprese green | 100% | ≥ 50 | ≥ 55 |
            """)
        for dataset in [html, markdown] {
            XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.title.current ?? "") \($0.weight?.summary ?? "")" },
                           ["os-1.1 Digitalizzazione delle imprese 40.0 → 50.0", "os-1.2 Sostenibilità 60.0 → 50.0"])
            XCTAssertEqual(dataset.objectives.map { $0.indicators.map { "\($0.name.current ?? "") \($0.weight?.current ?? -1) \(self.targets($0))" } }, [
                ["Imprese assistite 60.0 2025 ≥ 150, 2026 ≥ 160", "Eventi 40.0 2025 ≥ 10, 2026 ≥ 12"],
                ["Imprese green 100.0 2025 ≥ 50, 2026 ≥ 55"],
            ])
            XCTAssertTrue(dataset.checks.allSatisfy { $0.status == .pass })
        }
    }

    func testWhatNamesAnObjective() {
        func read(_ text: String) -> String? {
            ObjectiveHeading.read(Cell(runs: [StyledRun(text)], line: 1)).map { "\($0.level.rawValue) \($0.code?.text ?? "-") | \($0.title.text)" }
        }
        XCTAssertEqual(read("Obiettivo strategico 1.1 – Digitalizzazione (peso 40%)"), "strategic 1.1 | Digitalizzazione (peso 40%)")
        XCTAssertEqual(read("OBIETTIVO OPERATIVO n. 3: Tempi del Registro"), "operational 3 | Tempi del Registro")
        XCTAssertEqual(read("Obiettivo strategico: OS 2 - Semplificazione"), "strategic - | OS 2 - Semplificazione")
        XCTAssertNil(read("OBIETTIVO STRATEGICO"), "the label alone is a sheet's caption")
        XCTAssertNil(read("Obiettivi strategici e operativi"))
        XCTAssertNil(read("Gli obiettivi strategici della Camera"))
        XCTAssertNil(read("Obiettivo strategicamente rilevante"))
    }

    /// Operational objectives under strategic headings, their codes "1.2.1" under "1.2": each is its
    /// parent's (they had no parent, and one check summed every operational weight to 160); headings
    /// written "OS 1.2 – …" / "OO 1.2.1 – …" over a grid open their objectives (nothing had been read).
    func testParentsOfHeadingObjectivesAndCodedHeadings() throws {
        let named = try dataset(of: """
            # Camera di Commercio di Sassari – PIAO 2025-2027

            ### Obiettivo strategico 1.2 – Transizione digitale (peso 50%)

            #### Obiettivo operativo 1.2.1 – Potenziare il PID (peso 100%)

            |Indicatore|Peso|Target 2025|
            |---|---|---|
            |Eventi|100|≥ 12|

            ### Obiettivo strategico 1.3 – Orientamento al lavoro (peso 50%)

            #### Obiettivo operativo 1.3.1 – Certificazione competenze (peso 100%)

            |Indicatore|Peso|Target 2025|
            |---|---|---|
            |Certificazioni|100|≥ 30|
            """)
        XCTAssertEqual(named.objectives.map { "\($0.id) \($0.parent ?? "-")" }, ["os-1.2 -", "oo-1.2.1 os-1.2", "os-1.3 -", "oo-1.3.1 os-1.3"])
        XCTAssertEqual(named.checks.filter { $0.rule == "objective-weights" }.map { "\($0.scope) \($0.status.rawValue)" },
                       ["strategic pass", "strategic pass", "parent:os-1.2 pass", "parent:os-1.2 pass", "parent:os-1.3 pass", "parent:os-1.3 pass"])
        let coded = try dataset(of: """
            # Camera di Commercio di Sassari – PIAO 2025-2027

            ### OS 1.2 – Transizione digitale (peso 100%)

            #### OO 1.2.1 – Potenziare il PID (peso 100%)

            |Indicatore|Peso|Target 2025|
            |---|---|---|
            |Eventi|100|≥ 12|
            """)
        XCTAssertEqual(coded.objectives.map { "\($0.id) \($0.code ?? "-") \($0.title.current ?? "") \($0.parent ?? "-")" },
                       ["os-1.2 OS 1.2 Transizione digitale -", "oo-1.2.1 OO 1.2.1 Potenziare il PID os-1.2"])
        XCTAssertEqual(coded.objectives.last?.indicators.map { $0.name.current }, ["Eventi"])
    }
}
