import XCTest
@testable import PIAOKit

/// Plans that print their objectives as one table, an indicator a row ("Obiettivo strategico | Peso |
/// Indicatore | … | Target 2025 | …"), instead of a sheet an objective (invented content in
/// Tests/Fixtures/unseen).
final class ObjectiveTableTests: XCTestCase {
    private func summary(_ indicator: Indicator) -> String {
        let targets = indicator.targets.map { "\($0.year) \($0.value.rawSummary)" }.joined(separator: ", ")
        let baseline = indicator.baseline.map { "\($0.year.map(String.init) ?? "?") \($0.value.raw)" } ?? "-"
        return [indicator.name.current ?? "nil", indicator.algorithm?.current ?? "-", "\(indicator.weight?.current ?? -1)", baseline, targets]
            .joined(separator: " | ")
    }

    /// A full HTML page: strategic and operational objectives in merged cells (rowspan), "Target" over a
    /// row of years (colspan), struck old values, and the table going on after a page break under its
    /// header printed again, its strategic cell left empty.
    func testTreeOfObjectivesInOneHTMLTable() throws {
        let dataset = try fixtureDataset("unseen", "esempio-albero-obiettivi.html")
        XCTAssertEqual(dataset.document.period, Period(start: 2025, end: 2027))
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.parent ?? "-") \($0.title.current ?? "")" }, [
            "os-1 - Competitività delle imprese",
            "oo-1.1 os-1 Bandi per la digitalizzazione",
            "oo-1.2 os-1 Orientamento all'export",
            "os-2 - Semplificazione e trasparenza",
            "oo-2.1 os-2 Tempi del Registro imprese",
            "oo-2.2 os-2 Trasparenza amministrativa",
        ])
        XCTAssertEqual(dataset.objectives.map(\.line), [11, 11, 13, 14, 14, 20], "each objective's first row")
        let first = try dataset.objective("oo-1.1")
        XCTAssertEqual(first.weight, Revisable(current: 70, original: 60, evidence: .strikethrough), "a merged cell, read once")
        XCTAssertEqual(first.unit, "Ufficio Promozione")
        XCTAssertEqual(first.indicators.map(summary), [
            "Risorse erogate | Importo erogato / importo stanziato | 50.0 | 2024 75% | 2025 ≥ 80% → ≥ 85%, 2026 ≥ 85%, 2027 ≥ 90%",
            "Imprese beneficiarie | N. imprese beneficiarie | 50.0 | 2024 120 | 2025 ≥ 150, 2026 ≥ 150, 2027 ≥ 160",
        ])
        XCTAssertEqual(try dataset.objective("oo-1.2").weight, Revisable(current: 30, original: 40, evidence: .strikethrough))
        XCTAssertEqual(try dataset.objective("oo-2.2").indicators.map(summary), [
            "Obblighi di pubblicazione assolti | Obblighi assolti / obblighi previsti | 100.0 | 2024 98% | 2025 100%, 2026 100%, 2027 100%",
        ])
        XCTAssertEqual(dataset.revisions.map { "\($0.objective) \($0.field) \($0.original ?? "") → \($0.current ?? "")" },
                       ["oo-1.1 weight 60% → 70%", "oo-1.1 targets/2025 ≥ 80% → ≥ 85%", "oo-1.2 weight 40% → 30%"])
        // Operational weights sum to 100 under each strategic objective, before and after the revision.
        // The strategic objectives print no weight of their own.
        XCTAssertEqual(dataset.checks.filter { $0.rule == "objective-weights" }.map { "\($0.scope) \($0.phase.rawValue) \($0.status.rawValue)" },
                       ["strategic original skipped", "strategic current skipped", "parent:os-1 original pass", "parent:os-1 current pass", "parent:os-2 original pass", "parent:os-2 current pass"])
        XCTAssertEqual(dataset.diagnostics.map(\.code), ["unread-column"], "the Stakeholder column, said once")
    }

    /// Tab-separated text: a code column, weights and resources revised side by side ("25% 40%"), each target's
    /// operator in a column of its own, a notes column, and the table going on after a page footer
    /// without its header and without its empty last cell.
    func testTabSeparatedObjectivesTable() throws {
        let dataset = try fixtureDataset("unseen", "esempio-tabella-obiettivi.txt")
        XCTAssertEqual(dataset.document.period, Period(start: 2026, end: 2028))
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.code ?? "") \($0.weight?.current ?? -1)" },
                       ["os-1.1 OS 1.1 40.0", "os-1.2 OS 1.2 20.0", "os-1.3 OS 1.3 40.0"])
        XCTAssertEqual(try dataset.objective("os-1.1").weight, Revisable(current: 40, original: 25, evidence: .adjacentValues))
        // "Risorse 2026": the objective's, read once from its repeated cells.
        XCTAssertEqual(dataset.objectives.map { $0.resources.map { "\($0.year) \($0.amount.summary)" } },
                       [["2026 50000.0"], ["2026 20000.0 → 30000.0"], ["2026 10000.0"]])
        let first = try dataset.indicator("os-1.1/i1")
        XCTAssertEqual(summary(first), "Imprese assistite dal PID | N. imprese assistite | 60.0 | 2025 130 | 2026 >= 150, 2027 160, 2028 170")
        XCTAssertEqual([first.measure?.current, first.source?.current, first.type?.current], ["n.", "Gestionale PID", "Efficacia"])
        let revised = try dataset.indicator("os-1.1/i2")
        XCTAssertEqual(revised.targets.first?.value.rawSummary, ">= 10 → 12")
        XCTAssertEqual(revised.notes, ["REVISIONE: target 2026 innalzato"])
        XCTAssertEqual(summary(try dataset.indicator("os-1.3/i1")), "Tempo medio di evasione delle pratiche | Giorni medi | 100.0 | 2025 6 | 2026 <= 5, 2027 5, 2028 4")
        // 25 + 35 + 40 before the revision, 40 + 20 + 40 after.
        XCTAssertEqual(dataset.checks.filter { $0.rule == "objective-weights" }.map { "\($0.phase.rawValue) \($0.sum ?? -1) \($0.status.rawValue)" },
                       ["original 100.0 pass", "current 100.0 pass"])
        XCTAssertEqual(dataset.diagnostics, [])
    }

    /// Pipe tables: the code's cell left empty under a merged cell, the title printed again, is the same objective.
    func testMarkdownPipeTableOfObjectives() throws {
        let dataset = try dataset(of: """
            # PIAO 2025-2027

            | Codice | Obiettivo strategico | Peso | Indicatore | Algoritmo di calcolo | Peso indicatore | Target 2025 | Target 2026 | Target 2027 |
            |---|---|---|---|---|---|---|---|---|
            | OS 1 | Sostenere la competitività delle imprese | 40% | Contributi erogati | Importo erogato / importo stanziato | 50% | >= 80% | >= 85% | >= 90% |
            |  | Sostenere la competitività delle imprese |  | Imprese coinvolte | N. imprese partecipanti | 50% | >= 100 | >= 120 | >= 140 |
            | OS 2 | Semplificare i servizi | ~~50%~~ 60% | Tempi di evasione | Giorni medi | 100% | <= 5 | <= 4 | <= 4 |
            """)
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.weight?.summary ?? "")" }, ["os-1 40.0", "os-2 50.0 → 60.0"])
        XCTAssertEqual(dataset.objectives.map { $0.indicators.map(\.id) }, [["os-1/i1", "os-1/i2"], ["os-2/i1"]])
        XCTAssertEqual(summary(try dataset.indicator("os-2/i1")), "Tempi di evasione | Giorni medi | 100.0 | - | 2025 <= 5, 2026 <= 4, 2027 <= 4")
        XCTAssertEqual(dataset.checks.filter { $0.rule == "objective-weights" }.map(\.status), [.fail, .pass], "40 + 50 before, 40 + 60 after")
    }

    /// A table of operational objectives under each strategic objective's heading: the heading's objective
    /// is their parent, so their weights are checked against each other under it.
    func testOperationalTablesUnderStrategicHeadings() throws {
        let dataset = try dataset(of: """
            # PIAO 2025-2027

            ## Obiettivo strategico 1 – Competitività delle imprese (peso 60%)

            | Obiettivo operativo | Peso | Indicatore | Peso indicatore | Target 2025 | Target 2026 |
            |---|---|---|---|---|---|
            | OO 1.1 – Bandi digitali | 70% | Risorse erogate | 100% | ≥ 80% | ≥ 85% |
            | OO 1.2 – Export | 30% | Imprese assistite | 100% | ≥ 200 | ≥ 220 |

            ## Obiettivo strategico 2 – Semplificazione (peso 40%)

            | Obiettivo operativo | Peso | Indicatore | Peso indicatore | Target 2025 | Target 2026 |
            |---|---|---|---|---|---|
            | OO 2.1 – Tempi del Registro | 100% | Giorni medi | 100% | ≤ 5 | ≤ 4 |
            """)
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.parent ?? "-") \($0.weight?.current ?? -1)" },
                       ["os-1 - 60.0", "oo-1.1 os-1 70.0", "oo-1.2 os-1 30.0", "os-2 - 40.0", "oo-2.1 os-2 100.0"])
        XCTAssertEqual(dataset.checks.filter { $0.rule == "objective-weights" }.map { "\($0.scope) \($0.sum ?? -1) \($0.status.rawValue)" },
                       ["strategic 100.0 pass", "strategic 100.0 pass", "parent:os-1 100.0 pass", "parent:os-1 100.0 pass",
                        "parent:os-2 100.0 pass", "parent:os-2 100.0 pass"])
    }

    /// Indicators stacked in one row, a paragraph each in the name, weight and target cells (a source
    /// printed once for both): one indicator a paragraph, not an old value and a new one. Struck
    /// paragraphs are old values, as anywhere.
    func testIndicatorsStackedInOneRow() throws {
        let dataset = try dataset(of: """
            <html><head><meta charset="utf-8"><title>PIAO 2025-2027</title></head><body><table>
            <tr><th>Obiettivo strategico</th><th>Peso</th><th>Indicatori</th><th>Peso indicatore</th><th>Target 2025</th><th>Target 2026</th><th>Fonte</th></tr>
            <tr><td>OS 1 – Competitività</td><td>60%</td><td><p>Imprese assistite</p><p>Eventi organizzati</p></td><td><p>70%</p><p>30%</p></td>
            <td><p>≥ 100</p><p>≥ 10</p></td><td><p>≥ 120</p><p>≥ 12</p></td><td>Gestionale interno</td></tr>
            <tr><td>OS 2 – Semplificazione</td><td>40%</td><td><p><s>Giorni medi</s></p><p>Giorni medi di evasione</p></td><td>100%</td><td><p><s>≤ 6</s></p><p>≤ 5</p></td><td>≤ 4</td><td>Priamo</td></tr>
            </table></body></html>
            """)
        XCTAssertEqual(dataset.objectives.flatMap { $0.indicators.map { "\($0.id) \($0.name.current ?? "") \($0.weight?.current ?? -1) \($0.source?.current ?? "") \($0.targets.map { $0.value.rawSummary })" } }, [
            "os-1/i1 Imprese assistite 70.0 Gestionale interno [\"≥ 100\", \"≥ 120\"]",
            "os-1/i2 Eventi organizzati 30.0 Gestionale interno [\"≥ 10\", \"≥ 12\"]",
            "os-2/i1 Giorni medi di evasione 100.0 Priamo [\"≤ 6 → ≤ 5\", \"≤ 4\"]",
        ])
        // A struck paragraph is an old value: the renamed indicator stays one.
        XCTAssertEqual(dataset.revisions.map { "\($0.field) \($0.original ?? "") → \($0.current ?? "")" },
                       ["name Giorni medi → Giorni medi di evasione", "targets/2025 ≤ 6 → ≤ 5"])
        XCTAssertTrue(dataset.checks.allSatisfy { $0.status == .pass })
        // Every indicator cell with two paragraphs, the first struck: still one indicator, renamed.
        let renamed = try PIAOKitTests.dataset(of: """
            <html><head><meta charset="utf-8"><title>PIAO 2025-2027</title></head><body><table>
            <tr><th>Obiettivo strategico</th><th>Indicatore</th><th>Target 2025</th></tr>
            <tr><td>OS 3 – Trasparenza</td><td><p><s>Obblighi</s></p><p>Obblighi assolti</p></td><td><p><s>90%</s></p><p>100%</p></td></tr>
            </table></body></html>
            """)
        XCTAssertEqual(renamed.objectives.first?.indicators.map { "\($0.name.current ?? "") \($0.targets.map { $0.value.rawSummary })" },
                       ["Obblighi assolti [\"90% → 100%\"]"])
    }

    /// Two levels with a weight each, titles that open with their numbers ("1.1.2 Formazione": the code),
    /// and the responsible unit: each weight is the column's on its left; the operational objectives are
    /// under the strategic one on their row.
    func testTwoLevelsNumberedTitlesAndUnits() throws {
        let dataset = try dataset(of: """
            # PIAO 2025-2027

            | Obiettivo strategico | Peso | Obiettivo operativo | Peso | Indicatore | Peso | Target 2025 | Struttura responsabile |
            |---|---|---|---|---|---|---|---|
            | 1.1 Digitalizzazione | 60% | 1.1.1 Bandi | 70% | Risorse erogate | 100% | ≥ 80% | Area Promozione |
            | 1.1 Digitalizzazione | 60% | 1.1.2 Formazione | 30% | Corsi | 50% | ≥ 10 | Area Promozione |
            | 1.1 Digitalizzazione | 60% | 1.1.2 Formazione | 30% | Partecipanti | 50% | ≥ 200 | Area Promozione |
            | 2.1 Semplificazione | 40% | 2.1.1 Registro | 100% | Giorni medi | 100% | ≤ 5 | Area Anagrafe |
            """)
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.code ?? "") \($0.title.current ?? "") \($0.weight?.current ?? -1) \($0.parent ?? "-") \($0.unit ?? "-")" }, [
            "os-1.1 1.1 Digitalizzazione 60.0 - -",
            "oo-1.1.1 1.1.1 Bandi 70.0 os-1.1 Area Promozione",
            "oo-1.1.2 1.1.2 Formazione 30.0 os-1.1 Area Promozione",
            "os-2.1 2.1 Semplificazione 40.0 - -",
            "oo-2.1.1 2.1.1 Registro 100.0 os-2.1 Area Anagrafe",
        ])
        XCTAssertEqual(try dataset.objective("oo-1.1.2").indicators.map { "\($0.name.current ?? "") \($0.weight?.current ?? -1)" }, ["Corsi 50.0", "Partecipanti 50.0"])
        XCTAssertTrue(dataset.objectives.allSatisfy { $0.strategicRef == nil }, "each parent has its own row here")
        XCTAssertEqual(dataset.checks.filter { $0.rule == "objective-weights" }.map { "\($0.scope) \($0.status.rawValue)" },
                       ["strategic pass", "strategic pass", "parent:os-1.1 pass", "parent:os-1.1 pass", "parent:os-2.1 pass", "parent:os-2.1 pass"])
    }

    /// The header printed again inside the table (a page break among tab-separated rows) is skipped; the
    /// objective open above it goes on. Rows that name an indicator are not read as headers.
    func testHeaderRepeatedInsideTheTable() throws {
        let header = "Obiettivo strategico\tIndicatore\tPeso indicatore\tTarget 2025"
        let dataset = try dataset(of: [
            "PIAO 2025-2027", "", header,
            "OS 1 – Competitività\tIndicatore di efficacia dei bandi\t50%\t≥ 80%",
            header,
            "\tIndicatore di volume\t50%\t≥ 100",
            "",
        ].joined(separator: "\n"))
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.indicators.map { $0.name.current ?? "" })" },
                       ["os-1 [\"Indicatore di efficacia dei bandi\", \"Indicatore di volume\"]"])
        XCTAssertEqual(dataset.diagnostics, [])
    }

    /// A summary table after the sheets repeats their objectives: the sheet is read, the table's row is not
    /// read a second time (two objectives with one code would double every sum).
    func testSummaryTableAfterSheetsDoesNotRepeatThem() throws {
        let dataset = try dataset(of: """
            # PIAO 2026-2028

            ## SCHEDA OBIETTIVO STRATEGICO

            | OBIETTIVO STRATEGICO | OS 2.1 - Semplificazione |
            |---|---|
            | PESO OBIETTIVO | 100% |
            | INDICATORE Descrizione | ALGORITMO DI CALCOLO | TARGET 2026 | PESO | TIPOLOGIA |
            | Pratiche evase entro 5 giorni | n. pratiche evase / n. pratiche | ≥ 90% | 100% | Efficienza |

            ## Tabella di sintesi

            | Obiettivo strategico | Indicatore | Target 2026 |
            |---|---|---|
            | OS 2.1 - Semplificazione | Pratiche evase entro 5 giorni | ≥ 90% |
            | OS 2.2 - Trasparenza | Obblighi pubblicati | 100% |

            | Obiettivo strategico | Obiettivo operativo | Indicatore | Target 2026 |
            |---|---|---|---|
            | OS 2.1 - Semplificazione | OO 2.1.1 - Pratiche telematiche | Pratiche telematiche | ≥ 95% |
            """)
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.parent ?? "-")" }, ["os-2.1 -", "os-2.2 -", "oo-2.1.1 os-2.1"],
                       "the operational objective listed under a repeated one is the sheet's")
        XCTAssertEqual(try dataset.objective("os-2.1").line, 3, "the sheet's reading")
        XCTAssertEqual(try dataset.objective("os-2.1").indicators.first?.type?.current, "Efficienza")
        XCTAssertEqual(dataset.diagnostics.map(\.code), ["objective-table-repeats-sheet", "objective-table-repeats-sheet"])
        XCTAssertEqual(dataset.diagnostics.map(\.line), [15, 20])
    }

    /// A grid inside a sheet names no objective column: it stays the sheet's.
    func testIndicatorGridWithoutObjectiveColumnIsNotATableOfObjectives() {
        let row = Row(cells: ["Indicatori", "Tipologia", "UdM", "Stato 2025", "Target 2026", "", "Target 2027", "Target 2028", "Peso indicatori"]
            .map { Cell(runs: [StyledRun($0)], line: 1) }, line: 1)
        XCTAssertNil(ObjectiveTable.header(row))
        let wide = Row(cells: ["Obiettivo operativo", "Indicatore", "Peso", "2025"].map { Cell(runs: [StyledRun($0)], line: 1) }, line: 1)
        let table = try? XCTUnwrap(ObjectiveTable.header(wide))
        XCTAssertEqual(table?.levels, [.operational])
        XCTAssertEqual(table?.columns[2]?.label, .indicatorWeight, "a weight after the indicator is the indicator's")
        XCTAssertEqual(table?.columns[3]?.year, 2025)
    }

    /// A PIRA extract (Varese's columns): the indicator is named "KPI", a description after it, mission and
    /// programme printed as their codes alone ("032"), which had been dropped; the target under its year.
    func testKPIColumnsAndMissionCodesAlone() throws {
        let dataset = try dataset(of: """
            # Piano degli indicatori e dei risultati attesi di bilancio - Anno 2016

            | OBIETTIVO | KPI | DESCRIZIONE | ALGORITMO | TARGET 2016 | MISSIONE | PROGRAMMA |
            |---|---|---|---|---|---|---|
            | Semplificazione e trasparenza | Tempi medi di evasione delle pratiche | Misura i tempi del Registro Imprese | Giorni medi di evasione | <= 5 gg | 032 | 004 |
            | Semplificazione e trasparenza | Grado di soddisfazione degli utenti | Customer satisfaction | Giudizi positivi / giudizi espressi | >= 80% | 032 | 004 |
            | Sostegno alle imprese | Contributi erogati | Risorse erogate alle imprese | Contributi liquidati / contributi stanziati | >= 90% | 011 | Programma 005 Promozione |
            """)
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.title.current ?? "")" }, ["os-1 Semplificazione e trasparenza", "os-2 Sostegno alle imprese"])
        let first = try dataset.objective("os-1")
        XCTAssertEqual(first.indicators.map(summary), [
            "Tempi medi di evasione delle pratiche | Giorni medi di evasione | -1.0 | - | 2016 <= 5 gg",
            "Grado di soddisfazione degli utenti | Giudizi positivi / giudizi espressi | -1.0 | - | 2016 >= 80%",
        ])
        XCTAssertEqual(first.indicators[0].description?.current, "Misura i tempi del Registro Imprese")
        XCTAssertEqual(first.missions, [CodedTitle(code: "032", title: "")])
        XCTAssertEqual(first.programme, CodedTitle(code: "004", title: ""))
        let second = try dataset.objective("os-2")
        XCTAssertEqual(second.missions, [CodedTitle(code: "011", title: "")])
        XCTAssertEqual(second.programme, CodedTitle(code: nil, title: "Programma 005 Promozione"), "kept as printed")
    }

    /// A revision printed as two columns of one year ("Target 2025 iniziale | Target 2025 rimodulato",
    /// "Nuovo target 2026"): old and new side by side; the same value in both is no revision; an empty
    /// new cell leaves the value as it was.
    func testTargetColumnsBeforeAndAfterTheRevision() throws {
        let dataset = try dataset(of: """
            # PIAO 2025-2027 - Aggiornamento degli obiettivi di performance

            | Obiettivo strategico | Indicatore | Algoritmo | Peso indicatore | Target 2025 iniziale | Target 2025 rimodulato | Target 2026 | Nuovo target 2026 |
            |---|---|---|---|---|---|---|---|
            | 1 - Digitalizzazione | Imprese assistite | N. imprese assistite | 60% | ≥ 100 | ≥ 80 | ≥ 120 | |
            | 1 - Digitalizzazione | Eventi realizzati | N. eventi | 40% | ≥ 10 | ≥ 10 | ≥ 12 | ≥ 15 |
            | 2 - Semplificazione | Tempi medi di evasione | Giorni medi | 100% | ≤ 5 gg | | ≤ 5 gg | |
            """)
        XCTAssertEqual(try dataset.objective("os-1").indicators.map(summary), [
            "Imprese assistite | N. imprese assistite | 60.0 | - | 2025 ≥ 100 → ≥ 80, 2026 ≥ 120",
            "Eventi realizzati | N. eventi | 40.0 | - | 2025 ≥ 10, 2026 ≥ 12 → ≥ 15",
        ])
        XCTAssertEqual(try dataset.objective("os-2").indicators.map(summary), ["Tempi medi di evasione | Giorni medi | 100.0 | - | 2025 ≤ 5 gg, 2026 ≤ 5 gg"])
        XCTAssertEqual(dataset.revisionLines, [
            "os-1/i1 targets/2025: ≥ 100 → ≥ 80 (adjacent-values) @5",
            "os-1/i2 targets/2026: ≥ 12 → ≥ 15 (adjacent-values) @6",
        ])
    }

    /// Headers that name the indicator and one of its fields ("Formula di calcolo dell'indicatore",
    /// "Tipologia indicatore") are that field, not a second name column (which had turned the table
    /// down); "Valore target 2025" is a target, "Consuntivo 2024" the baseline.
    func testHeadersNamingAFieldOfTheIndicator() throws {
        let dataset = try dataset(of: """
            # Piano della performance 2025-2027

            | Obiettivo strategico | Indicatore | Formula di calcolo dell'indicatore | Tipologia indicatore | Fonte dei dati | Consuntivo 2024 | Valore target 2025 | Valore target 2026 |
            |---|---|---|---|---|---|---|---|
            | Digitalizzazione delle imprese | Imprese assistite | N. imprese assistite | Efficacia | Interna | 95 | ≥ 100 | ≥ 110 |
            | Digitalizzazione delle imprese | Eventi realizzati | N. eventi | Volume | Interna | 8 | ≥ 10 | ≥ 12 |
            """)
        let objective = try dataset.objective("os-1")
        XCTAssertEqual(objective.indicators.map(summary), [
            "Imprese assistite | N. imprese assistite | -1.0 | 2024 95 | 2025 ≥ 100, 2026 ≥ 110",
            "Eventi realizzati | N. eventi | -1.0 | 2024 8 | 2025 ≥ 10, 2026 ≥ 12",
        ])
        XCTAssertEqual(objective.indicators.map { $0.type?.current }, ["Efficacia", "Volume"])
        XCTAssertEqual(objective.indicators.map { $0.source?.current }, ["Interna", "Interna"])
    }

    /// Revision columns without a year: "Target rimodulato" beside "Target 2025" is that year's new target,
    /// "Peso rimodulato" beside "Peso" the new weight (the original weights had been lost, and the
    /// original phase checked the revised ones).
    func testRevisedColumnsWithoutAYear() throws {
        let targets = try dataset(of: """
            <html><body><h1>PIAO 2025-2027 – Revisione – Camera di Commercio di Bari</h1>
            <table>
            <tr><th>Obiettivo operativo</th><th>Indicatore</th><th>Peso</th><th>Target 2025</th><th>Target rimodulato</th></tr>
            <tr><td>OO 2.2.1 – Mediazione</td><td>Mediazioni gestite</td><td>100%</td><td>≥ 150</td><td>≥ 180</td></tr>
            </table></body></html>
            """)
        XCTAssertEqual(targets.revisionLines, ["oo-2.2.1/i1 targets/2025: ≥ 150 → ≥ 180 (adjacent-values) @4"])
        let weights = try dataset(of: """
            <html><body><h1>PIAO 2025-2027 – Revisione – Camera di Commercio di Bari</h1>
            <table>
            <tr><th>Obiettivo operativo</th><th>Indicatore</th><th>Peso</th><th>Peso rimodulato</th><th>Target 2025</th></tr>
            <tr><td rowspan="2">OO 2.1.1 – Sanzioni</td><td>Ordinanze emesse</td><td>50%</td><td>70%</td><td>≥ 60%</td></tr>
            <tr><td>Tempo medio ordinanze</td><td>50%</td><td>30%</td><td>&lt;= 90 gg</td></tr>
            </table></body></html>
            """)
        XCTAssertEqual(try weights.objective("oo-2.1.1").indicators.map { $0.weight }, [
            Revisable(current: 70, original: 50, evidence: .adjacentValues), Revisable(current: 30, original: 50, evidence: .adjacentValues),
        ])
        XCTAssertEqual(weights.checkLines.filter { $0.hasPrefix("indicator-weights") }, ["indicator-weights oo-2.1.1 original: pass 100", "indicator-weights oo-2.1.1 current: pass 100"])
    }

    /// "Peso obiettivo" right of the strategic objective, before the operational one: the strategic
    /// objective's weight (it had gone to each operational objective, whose sums then failed).
    func testObjectiveWeightBesideTheStrategicObjective() throws {
        let dataset = try dataset(of: """
            # Camera di Commercio di Brindisi-Taranto – PIAO 2025-2027

            | Obiettivo strategico   | Peso obiettivo | Obiettivo operativo   | KPI            | Peso %   | Target 2025   |
            |------------------------|----------------|-----------------------|----------------|----------|---------------|
            | 1.1 Turismo e cultura  | 40%       | 1.1.1 Promozione      | Eventi         | 100      | ≥ 8           |
            | 1.1 Turismo e cultura  | 40%       | 1.1.2 Accoglienza     | Operatori      | 100      | ≥ 120         |
            | 1.2 Orientamento       | 60%       | 1.2.1 PCTO            | Studenti       | 100      | ≥ 1.000       |
            """)
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.weight?.current.map { String(Int($0)) } ?? "-")" },
                       ["os-1.1 40", "oo-1.1.1 -", "oo-1.1.2 -", "os-1.2 60", "oo-1.2.1 -"])
        XCTAssertEqual(dataset.checkLines.filter { $0.hasPrefix("objective-weights strategic") }, [
            "objective-weights strategic original: pass 100", "objective-weights strategic current: pass 100",
        ])
    }

    /// A PIRA by mission and programme: headings (or rows over the table's header) name them, and the
    /// objectives of the tables below are theirs (they had none; the rows' form had turned the header
    /// into an objective and lost its indicators).
    func testMissionAndProgrammePrintedAboveTheTables() throws {
        let headings = try dataset(of: """
            # PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO 2026

            ## Missione 011 – Competitività e sviluppo delle imprese

            ### Programma 005 – Promozione e attuazione di politiche di sviluppo

            | Obiettivo | Indicatore | Valore obiettivo 2026 |
            |---|---|---|
            | 1.1 Sostenere la doppia transizione | Imprese assistite dal PID | ≥ 250 |

            ## Missione 012 – Regolazione dei mercati

            ### Programma 004 – Vigilanza sui mercati e sui prodotti

            | Obiettivo | Indicatore | Valore obiettivo 2026 |
            |---|---|---|
            | 2.1 Tenuta del Registro imprese | Pratiche evase entro 5 giorni | ≥ 90% |
            """)
        XCTAssertEqual(headings.objectives.map { "\($0.id) \($0.missions.map { $0.code ?? "-" }) \($0.programme?.code ?? "-")" },
                       ["os-1.1 [\"011\"] 005", "os-2.1 [\"012\"] 004"])
        let rows = try dataset(of: "PIANO DEGLI INDICATORI E DEI RISULTATI ATTESI DI BILANCIO 2026\n\nMissione:\t011 – Competitività e sviluppo delle imprese\nProgramma:\t005 – Promozione\nObiettivo\tIndicatore\tRisultato atteso 2026\nOS 1 Doppia transizione\tImprese assistite dal PID\t≥ 250\n\tUtilizzo delle risorse stanziate\t≥ 80%\n")
        let objective = try XCTUnwrap(rows.objectives.first)
        XCTAssertEqual(rows.objectives.count, 1)
        XCTAssertEqual(objective.missions, [CodedTitle(code: "011", title: "Competitività e sviluppo delle imprese")])
        XCTAssertEqual(objective.programme, CodedTitle(code: "005", title: "Promozione"))
        XCTAssertEqual(objective.indicators.map { $0.name.current }, ["Imprese assistite dal PID", "Utilizzo delle risorse stanziate"])
    }

    /// A strategic objective printed as a row across a table of operational objectives (a colspan, or
    /// docling's copy in each column): it had become an operational objective, and docling's copies an
    /// indicator whose target was the title.
    func testStrategicObjectiveAsARowAcrossTheTable() throws {
        for text in [
            """
            <html><body><table>
            <tr><th>Obiettivo operativo</th><th>Indicatore</th><th>Peso</th><th>Target 2025</th></tr>
            <tr><td colspan="4">Obiettivo strategico 1.1 – Competitività delle imprese (peso 100%)</td></tr>
            <tr><td>1.1.1 Voucher innovazione (peso 100%)</td><td>Voucher concessi</td><td>100%</td><td>≥ 100</td></tr>
            </table></body></html>
            """,
            """
            | Obiettivo operativo | Indicatore | Peso | Target 2025 |
            |---|---|---|---|
            | Obiettivo strategico 1.1 – Competitività delle imprese (peso 100%) | Obiettivo strategico 1.1 – Competitività delle imprese (peso 100%) | Obiettivo strategico 1.1 – Competitività delle imprese (peso 100%) | Obiettivo strategico 1.1 – Competitività delle imprese (peso 100%) |
            | 1.1.1 Voucher innovazione (peso 100%) | Voucher concessi | 100% | ≥ 100 |
            """,
        ] {
            let dataset = try dataset(of: text)
            XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.title.current ?? "") \($0.weight?.current.map { String(Int($0)) } ?? "-") \($0.parent ?? "-")" },
                           ["os-1.1 Competitività delle imprese 100 -", "oo-1.1.1 Voucher innovazione 100 os-1.1"])
            XCTAssertEqual(try dataset.objective("oo-1.1.1").indicators.map(summary), ["Voucher concessi | - | 100.0 | - | 2025 ≥ 100"])
        }
    }
}
