import XCTest
@testable import PIAOKit

/// Tables and sheets as other converters and Chambers print them, each input the smallest that had
/// been misread (reviewers' probes of the fifteenth stop).
final class ConverterProbesTests: XCTestCase {
    /// A merged (rowspan) area cell over two strategic objectives: the second is in the same area, and
    /// "AS 1 – …" is the area's code and title. The second had had no area, and each area's weights
    /// failed their check (40 and 60 instead of 100).
    func testMergedAreaCellCoversTheObjectivesBelow() throws {
        let html = """
            <html><body><h1>PIAO 2025-2027 Camera di commercio di Lecce</h1>
            <table>
            <tr><th>Area strategica</th><th>Obiettivo strategico</th><th>Indicatore</th><th>Peso</th><th>Target 2025</th></tr>
            <tr><td rowspan="2">AS 1 – Competitività delle imprese</td><td>OS 1.1 – Doppia transizione (peso 40%)</td><td>Assessment realizzati</td><td>100%</td><td>≥ 130</td></tr>
            <tr><td>OS 1.2 – Internazionalizzazione (peso 60%)</td><td>Imprese formate export</td><td>100%</td><td>≥ 80</td></tr>
            </table></body></html>
            """
        let dataset = try Pipeline.run(SourceDocument(id: "lecce", file: "lecce.html", bytes: Array(html.utf8)))
        for id in ["os-1.1", "os-1.2"] {
            XCTAssertEqual(try dataset.objective(id).area, CodedTitle(code: "AS 1", title: "Competitività delle imprese"), id)
        }
        XCTAssertEqual(try dataset.objective("os-1.2").weight?.current, 60)
        XCTAssertEqual(dataset.checkLines.filter { $0.hasPrefix("objective-weights") }, ["objective-weights area:AS 1 original: pass 100", "objective-weights area:AS 1 current: pass 100"])
    }

    /// docling's header of two rows ("Target | Target" over "2025 | 2026", the merged cells repeated),
    /// printed again after a page break: the objective goes on, and "A1.1 …" is its code and title. The
    /// repeated header had opened the objective again (two objectives, weights 60 and 40 failing).
    func testTwoRowHeaderRepeatedAfterAPageBreak() throws {
        let header = """
            | Obiettivo operativo | Indicatore | Peso | Target | Target |
            |---|---|---|---|---|
            | Obiettivo operativo | Indicatore | Peso | 2025 | 2026 |
            """
        let dataset = try PIAOKitTests.dataset(of: """
            # Camera di Commercio di Pordenone-Udine – PIAO 2025-2027

            \(header)
            | A1.1 Digitalizzazione servizi anagrafici | Pratiche RI evase in 5 gg | 60% | ≥ 85% | ≥ 87% |

            Pagina 14 di 40

            \(header)
            | A1.1 Digitalizzazione servizi anagrafici | Tempo medio di rilascio CNS | 40% | <= 2 gg | <= 2 gg |
            | A1.2 Semplificazione SUAP | Comuni aderenti al SUAP camerale | 100% | ≥ 50 | ≥ 55 |
            """)
        XCTAssertEqual(dataset.objectives.map(\.id), ["oo-A1.1", "oo-A1.2"])
        let objective = try dataset.objective("oo-A1.1")
        XCTAssertEqual(objective.title.current, "Digitalizzazione servizi anagrafici")
        XCTAssertEqual(objective.indicators.map(\.name.current), ["Pratiche RI evase in 5 gg", "Tempo medio di rilascio CNS"])
        XCTAssertEqual(objective.indicators.map { $0.weight?.current }, [60, 40])
        XCTAssertEqual(objective.indicators[1].targets.map { "\($0.year) \($0.value.rawSummary)" }, ["2025 <= 2 gg", "2026 <= 2 gg"])
        XCTAssertFalse(dataset.checks.contains { $0.status == .fail }, "\(dataset.checkLines)")
    }

    /// MinerU writes a whole HTML table on one line of its markdown: its rows are rows (they had run
    /// together into one objective titled with the whole table's text).
    func testTableOnOneLine() throws {
        let dataset = try PIAOKitTests.dataset(of: """
            # PIANO INTEGRATO DI ATTIVITÀ E ORGANIZZAZIONE 2025-2027

            <html><body><table><tr><td>Obiettivo strategico</td><td>Peso OS</td><td>Indicatore</td><td>Peso ind.</td><td>Target 2025</td><td>Target 2026</td></tr>\
            <tr><td>OS 1.1 – Sostenere le imprese</td><td>100%</td><td>Imprese supportate</td><td>100%</td><td>≥ 150</td><td>≥ 160</td></tr></table></body></html>
            """)
        let objective = try dataset.objective("os-1.1")
        XCTAssertEqual(objective.title.current, "Sostenere le imprese")
        XCTAssertEqual(objective.weight?.current, 100)
        XCTAssertEqual(objective.indicators.map(\.name.current), ["Imprese supportate"])
        XCTAssertEqual(objective.indicators[0].targets.map { "\($0.year) \($0.value.rawSummary)" }, ["2025 ≥ 150", "2026 ≥ 160"])
    }

    /// Strikethrough given by a class of the page's style sheet: a rule on a line of its own (Acrobat),
    /// a class qualified by its element ("span.Barrato", as Word writes a character style). Both had
    /// been read as unstruck: the old and new targets only as values side by side, a struck row as current.
    func testStrikethroughByClassRules() throws {
        func page(_ style: String, _ body: String) -> String {
            """
            <html><head><meta charset="utf-8"><style>p{margin:0}
            \(style)</style></head><body><p>PIAO 2025-2027 - Revisione</p><p>SCHEDA OBIETTIVO OPERATIVO</p>
            <table><tr><td>OBIETTIVO OPERATIVO</td><td colspan="3">OO 1.1.1 – ASSISTENZA ALLE IMPRESE (PESO: 100%)</td></tr>
            <tr><td>Indicatore</td><td>Peso</td><td>Algoritmo</td><td>Target Anno 2025</td></tr>
            \(body)</table></body></html>
            """
        }
        let revised = "<tr><td>Imprese assistite</td><td>100</td><td>N. imprese</td><td><span class=\"rb\">≥ 60</span> ≥ 75</td></tr>"
        for style in [".rb{text-decoration:line-through}", "span.rb\n\t{mso-style-name:Barrato;\n\ttext-decoration:line-through}", "/* Barrato */\n.rb { text-decoration: line-through; }"] {
            let html = page(style, revised)
            let dataset = try Pipeline.run(SourceDocument(id: "css", file: "css.html", bytes: Array(html.utf8)))
            // The line is the row's, which the style sheet's lines move.
            XCTAssertEqual(dataset.revisionLines.map { $0.components(separatedBy: " @")[0] }, ["oo-1.1.1/i1 targets/2025: ≥ 60 → ≥ 75 (strikethrough)"], style)
        }
        let struckRow = "<tr><td>Imprese assistite</td><td>100</td><td>N. imprese</td><td>≥ 75</td></tr><tr><td class=\"rb\">Tempo medio</td><td class=\"rb\">50</td><td class=\"rb\">Giorni medi</td><td class=\"rb\">≤ 2 gg</td></tr>"
        let html = page(".rb { text-decoration: line-through; }", struckRow)
        let dataset = try Pipeline.run(SourceDocument(id: "css", file: "css.html", bytes: Array(html.utf8)))
        XCTAssertEqual(try dataset.objective("oo-1.1.1").indicators.map(\.status), [.active, .removed])
        XCTAssertEqual(dataset.checkLines.filter { $0.hasPrefix("indicator-weights") }, ["indicator-weights oo-1.1.1 original: fail 150", "indicator-weights oo-1.1.1 current: pass 100"])
    }

    /// pdftotext -layout centres a cover's lines and a sheet's title: each is a row of one cell right of
    /// empty ones. The cover names the Chamber, the plan and the act; the centred "SCHEDA OBIETTIVO
    /// STRATEGICO" opens the sheet. The title had swallowed the whole sheet (no weight, no indicator), and
    /// the cover had given no entity, title, act or period.
    func testCentredLinesOfALayoutText() throws {
        let dataset = try PIAOKitTests.dataset(of: """
                              CAMERA DI COMMERCIO DELLE VALLI OROBICHE
                      PIAO 2025-2027 - Aggiornamento a seguito del monitoraggio intermedio

                          Allegato A alla Deliberazione di Giunta n. 87 del 22.07.2025

                                      SCHEDA OBIETTIVO STRATEGICO

            OBIETTIVO STRATEGICO          OS 1 - Digitalizzazione delle imprese
            DESCRIZIONE                   Sostenere la diffusione delle tecnologie digitali.
            PESO OBIETTIVO                30%

            INDICATORI

            DESCRIZIONE                   Assessment della maturità digitale
            RISULTATO ATTESO - TARGET     Anno 2025           Anno 2026           Anno 2027
                                          ≥ 100               ≥ 110               ≥ 120
            PESO INDICATORE               100%

            """)
        XCTAssertEqual(dataset.document.entity, "CAMERA DI COMMERCIO DELLE VALLI OROBICHE")
        XCTAssertEqual(dataset.document.title, "PIAO 2025-2027 - Aggiornamento a seguito del monitoraggio intermedio")
        XCTAssertEqual(dataset.document.act, "Deliberazione di Giunta n. 87 del 22.07.2025")
        XCTAssertEqual(dataset.document.period.map { "\($0.start)-\($0.end)" }, "2025-2027")
        let objective = try dataset.objective("os-1")
        XCTAssertEqual(objective.title.current, "Digitalizzazione delle imprese")
        XCTAssertEqual(objective.weight?.current, 30)
        XCTAssertEqual(objective.indicators.map(\.name.current), ["Assessment della maturità digitale"])
        let indicator = try XCTUnwrap(objective.indicators.first)
        XCTAssertEqual(indicator.weight?.current, 100)
        XCTAssertEqual(indicator.targets.map { "\($0.year) \($0.value.rawSummary)" }, ["2025 ≥ 100", "2026 ≥ 110", "2027 ≥ 120"])
    }

    /// "Obiettivo operativo | Obiettivo strategico | Peso obiettivo": the parent's column right of the
    /// objective's own only names the parent; the weight after it is the operational objective's. It had
    /// gone to the parent (60, then a "printed again" warning for 40), failing the strategic check.
    func testWeightRightOfTheParentsColumn() throws {
        let dataset = try PIAOKitTests.dataset(of: """
            Codice\tObiettivo operativo\tObiettivo strategico\tPeso obiettivo\tIndicatore\tPeso indicatore\tTarget 2025
            OO 1.1.1\tEventi di orientamento all'export\tOS 1.1 - Internazionalizzazione\t60%\tImprese partecipanti agli eventi\t100%\t≥ 50
            OO 1.1.2\tCertificati di origine digitali\tOS 1.1 - Internazionalizzazione\t40%\tCertificati telematici rilasciati\t100%\t≥ 90%

            """)
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.parent ?? "-") \($0.weight?.current.map { "\($0)" } ?? "-")" },
                       ["os-1.1 - -", "oo-1.1.1 os-1.1 60.0", "oo-1.1.2 os-1.1 40.0"])
        XCTAssertEqual(dataset.checkLines.filter { $0.contains("parent:") }, ["objective-weights parent:os-1.1 original: pass 100", "objective-weights parent:os-1.1 current: pass 100"])
        XCTAssertFalse(dataset.diagnostics.contains { $0.code == "objective-cell-differs" })
    }

    /// Line breaks inside fields printed in a cell: "(PESO:<br>50%)", "(PESO:</p><p><s>40%</s></p><p>50%)",
    /// and "(Fonte dei\n  dati: Interna)" as Word wraps its HTML source. The weight had stayed in the title
    /// (a title revision instead of a weight revision), the source had read "dei dati: Interna".
    func testLineBreaksInsideFieldsOfACell() throws {
        func objective(_ title: String, algorithm: String = "N. imprese assistite") throws -> Dataset {
            let html = """
                <html><head><meta charset="utf-8"></head><body><p>PIAO 2025-2027 - Revisione</p><p>SCHEDA PROGRAMMAZIONE OPERATIVA 1</p>
                <table><tr><td><p>OBIETTIVO OPERATIVO</p></td><td colspan="3"><p>\(title)</p></td></tr>
                <tr><td><p>Indicatore</p></td><td><p>Peso</p></td><td><p>Algoritmo</p></td><td><p>Target Anno 2025</p></td></tr>
                <tr><td><p>Imprese assistite</p></td><td><p>100</p></td><td><p>\(algorithm)</p></td><td><p>≥ 75</p></td></tr>
                </table></body></html>
                """
            return try Pipeline.run(SourceDocument(id: "br", file: "br.html", bytes: Array(html.utf8)))
        }
        let broken = try objective("OO 1.1.1 – ASSISTENZA ALLE IMPRESE (PESO:<br>50%)")
        XCTAssertEqual(try broken.objective("oo-1.1.1").title.current, "ASSISTENZA ALLE IMPRESE")
        XCTAssertEqual(try broken.objective("oo-1.1.1").weight?.current, 50)
        let revised = try objective("OO 1.1.1 – ASSISTENZA ALLE IMPRESE (PESO:</p><p><s>40%</s></p><p>50%)")
        XCTAssertEqual(try revised.objective("oo-1.1.1").title.summary, "ASSISTENZA ALLE IMPRESE")
        XCTAssertEqual(revised.revisionLines.map { $0.components(separatedBy: " @")[0] }, ["oo-1.1.1 weight: 40% → 50% (strikethrough)"])
        let wrapped = try objective("OO 1.1.1 – ASSISTENZA ALLE IMPRESE (PESO: 100%)", algorithm: "N. imprese assistite <i>(Fonte dei\n  dati: Interna)</i>")
        let indicator = try wrapped.indicator("oo-1.1.1/i1")
        XCTAssertEqual(indicator.source?.current, "Interna")
        XCTAssertEqual(indicator.algorithm?.current, "N. imprese assistite")
    }

    /// Resources that name their year beside each amount: a cell each ("RISORSE STANZIATE | Risorse 2025:
    /// € 120.000 | …", read as labels across the row and lost without a word), a line each in flat text
    /// (the years lost: "printed without a year"), one "Risorse 2025: € 120.000" line.
    func testResourcesNamingTheirYears() throws {
        let head = "SCHEDA OBIETTIVO STRATEGICO\n\nOBIETTIVO STRATEGICO\tOS 1 - Digitalizzazione\nPESO OBIETTIVO\t100%\n"
        let tail = "\nINDICATORE/I\n\nDESCRIZIONE\tAssessment\nRISULTATO ATTESO - TARGET\tAnno 2025\tAnno 2026\tAnno 2027\n\t≥ 10\t≥ 12\t≥ 12\nPESO INDICATORE\t100%\n"
        func resources(_ text: String) throws -> [String] {
            try PIAOKitTests.dataset(of: text).objective("os-1").resources.map { "\($0.year) \($0.amount.current ?? -1)" }
        }
        XCTAssertEqual(try resources(head + "RISORSE STANZIATE\tRisorse 2025: € 120.000\tRisorse 2026: € 100.000\tRisorse 2027: € 90.000\n" + tail),
                       ["2025 120000.0", "2026 100000.0", "2027 90000.0"])
        XCTAssertEqual(try resources(head + "Risorse 2025: € 120.000\n" + tail), ["2025 120000.0"])
        // A label row a year: the second had replaced the first, both without their year.
        XCTAssertEqual(try resources(head + "RISORSE 2025\t€ 120.000\nRISORSE 2026\t€ 100.000\n" + tail), ["2025 120000.0", "2026 100000.0"])
        let flat = """
            SCHEDA OBIETTIVO STRATEGICO
            OBIETTIVO STRATEGICO
            OS 1 - Digitalizzazione delle imprese
            PESO OBIETTIVO (rispetto agli obt. str.)
            100%
            RISORSE STANZIATE
            Risorse 2025: € 120.000
            Risorse 2026: € 100.000
            Risorse 2027: € 100.000
            INDICATORE/I
            DESCRIZIONE
            Imprese raggiunte
            RISULTATO ATTESO - TARGET
            Anno 2025
            Anno 2026
            Anno 2027
            ≥ 200
            ≥ 220
            ≥ 250
            PESO INDICATORE
            100%

            """
        XCTAssertEqual(try resources(flat), ["2025 120000.0", "2026 100000.0", "2027 100000.0"])
    }

    /// A PIRA copied from a spreadsheet, a table per programme: "Missione 012 – …" on a row of its own
    /// (the cells after it empty) is the mission of the objectives below, "Risorse 2025: € … | Risorse
    /// 2026: …" under an objective its resources, "Unità" its indicators' unit of measure. The mission and
    /// resources rows had been read as objectives (the later objectives kept mission 011), the unit dropped.
    func testSpreadsheetPIRARows() throws {
        let header = "Obiettivo\tIndicatore\tAlgoritmo\tFonte\tUnità\tTarget 2025\tTarget 2026\tTarget 2027"
        let dataset = try PIAOKitTests.dataset(of: """
            Piano degli indicatori e dei risultati attesi di bilancio (PIRA) 2025-2027
            Missione 011 - Competitività e sviluppo delle imprese\t\t\t\t\t\t\t
            Programma 005 - Promozione e attuazione di politiche di sviluppo\t\t\t\t\t\t\t
            \(header)
            Sostenere la transizione digitale\tImprese assistite dal PID\tN. imprese con assessment\tInterna\tN.\t≥ 20\t≥ 25\t≥ 30
            Risorse 2025: € 1.400.000 € 1.520.000\tRisorse 2026: € 1.100.000\tRisorse 2027: € 900.000
            Missione 012 - Regolazione dei mercati\t\t\t\t\t\t\t
            Programma 004 - Vigilanza sui mercati e sui prodotti\t\t\t\t\t\t\t
            \(header)
            Assicurare la tempestività del Registro imprese\tPratiche evase entro 5 giorni\tN. pratiche evase / N. pratiche\tInfocamere\t%\t≥ 95%\t≥ 95%\t≥ 96%

            """)
        XCTAssertEqual(dataset.objectives.map { "\($0.title.current ?? "-") | \($0.missions.map { $0.code ?? "-" }) \($0.programme?.code ?? "-")" },
                       ["Sostenere la transizione digitale | [\"011\"] 005", "Assicurare la tempestività del Registro imprese | [\"012\"] 004"])
        let first = try XCTUnwrap(dataset.objectives.first)
        XCTAssertEqual(first.resources.map { "\($0.year) \($0.amount.summary)" }, ["2025 1400000.0 → 1520000.0", "2026 1100000.0", "2027 900000.0"])
        XCTAssertEqual(dataset.objectives.flatMap(\.indicators).map { $0.measure?.current }, ["N.", "%"])
    }

    /// Amounts written with the euro after them, old and new side by side ("1.250.000,00 € 1.500.000,00 €"):
    /// a revision, as with the euro before them. They had been read as one text, no revision.
    func testAmountsWithTheEuroAfterThem() throws {
        let dataset = try PIAOKitTests.dataset(of: """
            SCHEDA OBIETTIVO STRATEGICO

            OBIETTIVO STRATEGICO\tOS 1 - Digitalizzazione
            PESO OBIETTIVO\t100%
            RISORSE STANZIATE\tAnno 2025\tAnno 2026
            \t120.000,00 € 150.000,00 €\t100.000,00 €

            INDICATORE/I

            DESCRIZIONE\tContributi erogati
            RISULTATO ATTESO - TARGET\tAnno 2025\tAnno 2026
            \t1.250.000,00 € 1.500.000,00 €\t1.000.000,00 €
            PESO INDICATORE\t100%

            """)
        XCTAssertEqual(dataset.revisionLines.map { $0.components(separatedBy: " @")[0] },
                       ["os-1 resources/2025: 120.000,00 € → 150.000,00 € (adjacent-values)", "os-1/i1 targets/2025: 1.250.000,00 € → 1.500.000,00 € (adjacent-values)"])
        XCTAssertEqual(try dataset.indicator("os-1/i1").targets.map { $0.value.current?.value }, [1_500_000, 1_000_000])
    }

    /// A short phrase struck at the start of a cell and another after it: the old wording is the struck
    /// phrase alone, whether the new one is plain or bold. The old wording had been both phrases.
    func testStruckPhraseReplacedByTheNext() throws {
        for new in ["Bonifica delle posizioni PEC non valide", "**Bonifica delle posizioni PEC non valide**"] {
            let dataset = try PIAOKitTests.dataset(of: """
                ## SCHEDA OBIETTIVO OPERATIVO

                OBIETTIVO OPERATIVO\t~~Cancellazione d'ufficio delle imprese non più operative~~ \(new)
                PESO OBIETTIVO\t100%
                INDICATORE Descrizione\tALGORITMO DI CALCOLO\tTARGET 2025\tPESO
                ~~Procedimenti di cancellazione avviati~~ Posizioni PEC bonificate\t~~N. procedimenti avviati~~ N. posizioni bonificate\t~~≥ 300~~ ≥ 500\t100%

                """)
            XCTAssertEqual(dataset.revisionLines.map { $0.components(separatedBy: " @")[0] }, [
                "oo-1 title: Cancellazione d'ufficio delle imprese non più operative → Bonifica delle posizioni PEC non valide (strikethrough)",
                "oo-1/i1 name: Procedimenti di cancellazione avviati → Posizioni PEC bonificate (strikethrough)",
                "oo-1/i1 algorithm: N. procedimenti avviati → N. posizioni bonificate (strikethrough)",
                "oo-1/i1 targets/2025: ≥ 300 → ≥ 500 (strikethrough)",
            ], new)
        }
    }

    /// "REVISIONE ATTUATA: stralcio … e inserimento nuovo indicatore" under a sheet that already prints the
    /// removed indicator struck: the note's row is the new one (not split into a removed and an added
    /// copy), or, when the new one is printed apart in bold, an unchanged indicator stays as it is.
    func testReplacementNoteWhenTheRemovalIsStruck() throws {
        let head = "## SCHEDA OBIETTIVO OPERATIVO\n\nOBIETTIVO OPERATIVO\tRiduzione dei tempi\nPESO OBIETTIVO\t100%\nINDICATORE Descrizione\tALGORITMO DI CALCOLO\tTARGET 2025\tPESO\n"
        let struck = "~~Pratiche sospese da oltre 30 giorni~~\t~~N. pratiche sospese~~\t~~≤ 50~~\t~~50%~~\n"
        let note = "\n**REVISIONE ATTUATA:** stralcio dell'indicatore e inserimento nuovo indicatore.\n"
        func statuses(_ text: String) throws -> [String] {
            try PIAOKitTests.dataset(of: text).objectives.flatMap(\.indicators).map { "\($0.status.rawValue) \($0.name.current ?? $0.name.original ?? "-")" }
        }
        XCTAssertEqual(try statuses(head + "Pratiche evase entro 5 giorni\tN. pratiche evase\t≥ 85%\t50%\n" + struck + "**Tempo medio di lavorazione (nuovo)**\tGiorni medi\t≤ 3\t50%\n" + note),
                       ["active Pratiche evase entro 5 giorni", "removed Pratiche sospese da oltre 30 giorni", "added Tempo medio di lavorazione (nuovo)"])
        XCTAssertEqual(try statuses(head + struck + "**Azioni di informazione ai Comuni**\t**N. azioni**\t**≥ 10**\t**50%**\nTempi medi dei procedimenti\tGiorni medi\t≤ 30 gg\t50%\n" + note),
                       ["removed Pratiche sospese da oltre 30 giorni", "added Azioni di informazione ai Comuni", "active Tempi medi dei procedimenti"])
    }

    /// corpus 001's operational sheet with its grid's header printed once: each indicator's row has its
    /// "UNITA' DI MISURA | FONTE DEL DATO" sub-rows, and the next indicator's row follows them. It had been
    /// dropped ("row not understood").
    func testIndicatorAfterSubRowsUnderOneHeader() throws {
        let html = """
            <html><body><h2>SCHEDA OBIETTIVO OPERATIVO</h2><table>
            <tr><td>OBIETTIVO OPERATIVO</td><td colspan="4">Reclutamento e formazione del personale</td></tr>
            <tr><td>PESO OBIETTIVO (rispetto agli obt di U.O.)</td><td colspan="4">100%</td></tr>
            <tr><td>INDICATORE Descrizione</td><td>ALGORITMO DI CALCOLO</td><td>TARGET 2025</td><td>PESO</td><td>TIPOLOGIA</td></tr>
            <tr><td>Procedure di reclutamento avviate</td><td>N. bandi pubblicati</td><td>≥ 2</td><td>60%</td><td>Realizzazione fisica</td></tr>
            <tr><td></td><td>UNITA' DI MISURA</td><td></td><td></td><td>FONTE DEL DATO</td></tr>
            <tr><td></td><td>Valore assoluto</td><td></td><td></td><td>Interna</td></tr>
            <tr><td>Percorsi formativi trasversali</td><td>N. iniziative</td><td>≥ 4</td><td>40%</td><td>Realizzazione fisica</td></tr>
            <tr><td></td><td>UNITA' DI MISURA</td><td></td><td></td><td>FONTE DEL DATO</td></tr>
            <tr><td></td><td>Numero</td><td></td><td></td><td>Ufficio personale</td></tr>
            </table></body></html>
            """
        let dataset = try Pipeline.run(SourceDocument(id: "sub", file: "sub.html", bytes: Array(html.utf8)))
        let indicators = try dataset.objective("oo-1").indicators
        XCTAssertEqual(indicators.map { "\($0.name.current ?? "-") \($0.weight?.current ?? -1) \($0.measure?.current ?? "-") \($0.source?.current ?? "-")" },
                       ["Procedure di reclutamento avviate 60.0 Valore assoluto Interna", "Percorsi formativi trasversali 40.0 Numero Ufficio personale"])
        XCTAssertFalse(dataset.diagnostics.contains { $0.code == "unrecognised-row" })
    }

    /// Word's HTML of a "≥" or "≤" typed from the Symbol font: the font's code ("³", "£") in a span that
    /// names the font, or a private-use character. They had been read as text ("³ 80": no operator, no value).
    func testSymbolFontSigns() throws {
        let symbol = "<span style='font-family:Symbol;mso-char-type:symbol'><span style='mso-char-type:symbol;mso-symbol-font-family:Symbol'>"
        let html = """
            <html><body><p>SCHEDA OBIETTIVO STRATEGICO</p><table>
            <tr><td>OBIETTIVO STRATEGICO</td><td>OS 1 - Digitalizzazione</td></tr>
            <tr><td>PESO OBIETTIVO</td><td>100%</td></tr>
            <tr><td>INDICATORE</td><td>Assessment digitali</td></tr>
            <tr><td>PESO INDICATORE</td><td>100%</td></tr>
            <tr><td>Target 2025</td><td>\(symbol)³</span></span> 80</td></tr>
            <tr><td>Target 2026</td><td>\(symbol)£</span></span> 5 gg</td></tr>
            <tr><td>Target 2027</td><td>\u{F0B3} 90% and £ 3</td></tr>
            </table></body></html>
            """
        let dataset = try Pipeline.run(SourceDocument(id: "symbol", file: "symbol.html", bytes: Array(html.utf8)))
        XCTAssertEqual(try dataset.indicator("os-1/i1").targets.map { $0.value.current?.raw }, ["≥ 80", "≤ 5 gg", "≥ 90% and £ 3"])
        XCTAssertEqual(try dataset.indicator("os-1/i1").targets.map { $0.value.current?.value }, [80, 5, nil])
    }

    /// Soft hyphens (U+00AD, "&shy;", Windows-1252's 0xAD) are invisible where the line does not break:
    /// "Rag-giungimento" had kept one inside the title.
    func testSoftHyphensAreDropped() throws {
        let text = "SCHEDA OBIETTIVO STRATEGICO\n\nOBIETTIVO STRATEGICO\tOS 1 - Rag\u{AD}giungimento degli obiettivi\nPESO OBIETTIVO\t100%\n"
        let html = "<html><body><p>SCHEDA OBIETTIVO STRATEGICO</p><table><tr><td>OBIETTIVO STRATEGICO</td><td>OS 1 - Rag&shy;giungimento degli obiettivi</td></tr><tr><td>PESO OBIETTIVO</td><td>100%</td></tr></table></body></html>"
        var cp1252 = Array("SCHEDA OBIETTIVO STRATEGICO\n\nOBIETTIVO STRATEGICO\tOS 1 - Rag".utf8) + [0xAD] + Array("giungimento degli obiettivi: attivit".utf8) + [0xE0]
        cp1252 += Array("\nPESO OBIETTIVO\t100%\n".utf8)
        for (file, bytes) in [("a.txt", Array(text.utf8)), ("a.html", Array(html.utf8)), ("b.txt", cp1252)] {
            let dataset = try Pipeline.run(SourceDocument(id: "shy", file: file, bytes: bytes))
            XCTAssertEqual(try dataset.objective("os-1").title.current?.hasPrefix("Raggiungimento degli obiettivi"), true, file)
        }
    }

    /// A page's number and its running header falling between a sheet's lines are the page's, not notes
    /// of the indicator above (one had been cited as a revision's note); a day and month, a law's number
    /// and a note repeated on every page are not page furniture.
    func testPageFurnitureIsNoNote() throws {
        XCTAssertEqual(["Pagina 8 di 19", "Pag. 3", "pag. 3/12", "- 14 -", "8/19", "12 di 40"].filter(PageMarker.matches).count, 6)
        XCTAssertEqual(["30/11", "3/12", "68/1999", "8", "Anno 2025", "≥ 8/10", "100%"].filter(PageMarker.matches), [])
        var text = ""
        for (number, weight) in [(1, "30% 50%"), (2, "70% 50%")] {
            text += "SCHEDA OBIETTIVO STRATEGICO\n\nOBIETTIVO STRATEGICO\tOS \(number) - Obiettivo \(number)\nPESO OBIETTIVO\t50%\n\nINDICATORE/I\n\n"
            text += "DESCRIZIONE\tIndicatore \(number)\nTARGET 2025\t≥ 70%\nPESO INDICATORE\t100%\n\nTarget confermato\n\nPagina \(number + 7) di 19\n\nCamera di Commercio della Val di Cornia\n\n"
        }
        text += "Camera di Commercio della Val di Cornia\n"
        let dataset = try PIAOKitTests.dataset(of: text)
        XCTAssertEqual(dataset.objectives.flatMap(\.indicators).map(\.notes), [["Target confermato"], ["Target confermato"]])
    }

    /// "SCHEDA OBIETTIVO STRATEGICO OS 2.1 (segue)" over a sheet continued on the next page goes on with
    /// it. It had opened an empty objective, and the continued indicators had been lost from OS 2.1.
    func testSheetTitleSaidToContinue() throws {
        let dataset = try PIAOKitTests.dataset(of: """
            SCHEDA OBIETTIVO STRATEGICO
            OBIETTIVO STRATEGICO
            OS 2.1 - Migliorare l'efficienza del Registro imprese
            PESO OBIETTIVO (rispetto agli obiettivi strategici)
            100%
            INDICATORE/I

            DESCRIZIONE
            Tempo medio di lavorazione delle pratiche telematiche RI
            RISULTATO ATTESO - TARGET
            Anno 2025
            Anno 2026
            ≤ 3,5 gg
            ≤ 3,2 gg
            PESO INDICATORE
            70%

            SCHEDA OBIETTIVO STRATEGICO OS 2.1 (segue)

            DESCRIZIONE
            Pratiche RI evase entro 5 giorni
            RISULTATO ATTESO - TARGET
            Anno 2025
            Anno 2026
            ≥ 85%
            ≥ 87%
            PESO INDICATORE
            30%

            """)
        XCTAssertEqual(dataset.objectives.map(\.id), ["os-2.1"])
        XCTAssertEqual(try dataset.objective("os-2.1").indicators.map { "\($0.name.current ?? "-") \($0.weight?.current ?? -1)" },
                       ["Tempo medio di lavorazione delle pratiche telematiche RI 70.0", "Pratiche RI evase entro 5 giorni 30.0"])
    }

    /// pdftotext -layout wraps a grid's name cell onto a line that opens with "PESO: 50 (tipologia: …)":
    /// the name's weight and type, not a label row (its value had been the algorithm's wrapped words,
    /// and the next indicator had been dropped as a row not understood).
    func testWeightOpeningAWrappedNameLine() throws {
        let dataset = try PIAOKitTests.dataset(of: """
            OBIETTIVO STRATEGICO   OS 1.2 – FAVORIRE LA DOPPIA TRANSIZIONE (PESO: 100%)

            Indicatore                         Algoritmo                           Baseline   Target 2025      Target 2026
            Assessment di maturità digitale    N. assessment / 10.000 imprese      N.D.       >=16             >=17
            PESO: 50 (tipologia: Efficacia)    attive al 31/12
            Capacità di utilizzo delle         Risorse prenotate / risorse         78%        >= 80%           >= 80%
            risorse stanziate PESO: 50         stanziate (fonte: CON2)
            (tipologia: Efficienza)

            """)
        let indicators = try dataset.objective("os-1.2").indicators
        XCTAssertEqual(indicators.map { "\($0.name.current ?? "-") | \($0.weight?.current ?? -1) | \($0.type?.current ?? "-") | \($0.algorithm?.current ?? "-")" }, [
            "Assessment di maturità digitale | 50.0 | Efficacia | N. assessment / 10.000 imprese attive al 31/12",
            "Capacità di utilizzo delle risorse stanziate | 50.0 | Efficienza | Risorse prenotate / risorse stanziate",
        ])
        XCTAssertEqual(indicators.map { $0.targets.map { $0.value.current?.raw ?? "-" } }, [[">=16", ">=17"], [">= 80%", ">= 80%"]])
    }

    /// pdf2htmlEX: a printed line a `<div>`, its cells parted by empty gap spans whose class gives their
    /// width (`<span class="_ _4"></span>`, "._4{width:96.768px}"), the target values without a cell
    /// under the label. The cells had been glued ("OBIETTIVO STRATEGICO1.1 - …": no weight, no indicator),
    /// and the cover's lines before the sheet's title lost or joined into the Chamber's name.
    func testPdf2htmlEXGaps() throws {
        func line(_ parts: String...) -> String {
            "<div class=\"t m0 x1 h2 y3 ff1 fs0\">" + parts.joined(separator: "<span class=\"_ _4\"></span>") + "</div>"
        }
        let html = """
            <html><head><style type="text/css">._{display:inline-block}
            ._0{margin-left:-1.021440px;}
            ._1{width:1.152000px;}
            ._4{width:96.768000px;}
            </style></head><body><div id="page-container"><div class="pf"><div class="pc">
            \(line("CAMERA DI COMMERCIO DELLE VALLI DEL BRENTA"))
            \(line("Piano Integrato di Attività e Organizzazione (PIAO) 2026-2028"))
            \(line("SCHEDA OBIETTIVO STRATEGICO"))
            \(line("OBIETTIVO STRATEGICO", "OS 1.1 - Digitalizzazione delle imprese"))
            \(line("PESO OBIETTIVO", "100%"))
            \(line("INDICATORE/I"))
            \(line("DESCRIZIONE", "Imprese beneficiarie<span class=\"_ _1\"></span>dei voucher"))
            \(line("RISULTATO ATTESO - TARGET", "Anno 2026", "Anno 2027", "Anno 2028"))
            \(line("≥ 80", "≥ 85", "≥ 90"))
            \(line("PESO INDICATORE", "100%"))
            </div></div></div></body></html>
            """
        let dataset = try Pipeline.run(SourceDocument(id: "p2h", file: "p2h.html", bytes: Array(html.utf8)))
        XCTAssertEqual(dataset.document.entity, "CAMERA DI COMMERCIO DELLE VALLI DEL BRENTA")
        XCTAssertEqual(dataset.document.period.map { "\($0.start)-\($0.end)" }, "2026-2028")
        let objective = try dataset.objective("os-1.1")
        XCTAssertEqual(objective.weight?.current, 100)
        XCTAssertEqual(objective.indicators.map(\.name.current), ["Imprese beneficiarie dei voucher"])
        XCTAssertEqual(objective.indicators.first?.targets.map { "\($0.year) \($0.value.rawSummary)" }, ["2026 ≥ 80", "2027 ≥ 85", "2028 ≥ 90"])
    }

    /// pdftotext -layout of a revised target whose new value the PDF stacked under the old one, in the
    /// same year's column: old and new (it had been a note of the indicator, no revision).
    func testRevisedTargetStackedUnderTheOld() throws {
        let dataset = try PIAOKitTests.dataset(of: """
            SCHEDA OBIETTIVO STRATEGICO

            OBIETTIVO STRATEGICO          OS 1 - Digitalizzazione delle imprese
            PESO OBIETTIVO                100%

            INDICATORI

            DESCRIZIONE                   Assessment della maturità digitale
            RISULTATO ATTESO - TARGET     Anno 2025           Anno 2026           Anno 2027
                                          ≥ 100               ≥ 110               ≥ 120
                                                              ≥ 130
            PESO INDICATORE               100%

            REVISIONE ATTUATA: incremento del target 2026.

            """)
        XCTAssertEqual(dataset.revisionLines.map { $0.components(separatedBy: " @")[0] }, ["os-1/i1 targets/2026: ≥ 110 → ≥ 130 (adjacent-values)"])
        XCTAssertEqual(try dataset.indicator("os-1/i1").notes, ["REVISIONE ATTUATA: incremento del target 2026."])
    }

    /// pdftotext -layout wraps a grid row's target cell after its operator ("<= 60 gg <=" over "45 gg"):
    /// the row below goes on with the indicator, old and new target side by side. It had been a second,
    /// invented indicator "dei contributi" with target "45 gg", and the first kept "<= 60 gg <=" as text.
    func testTargetWrappedAfterItsOperator() throws {
        let dataset = try PIAOKitTests.dataset(of: """
            SCHEDA OBIETTIVO OPERATIVO

            OBIETTIVO OPERATIVO            Contributi alle imprese per l'innovazione digitale
            PESO OBIETTIVO                 100%
            INDICATORE Descrizione         ALGORITMO DI CALCOLO        TARGET 2025    PESO    TIPOLOGIA
            Tempo medio di liquidazione    Giorni medi tra             <= 60 gg <=    100%    Efficienza
            dei contributi                 rendicontazione             45 gg

            """)
        let indicators = try dataset.objective("oo-1").indicators
        XCTAssertEqual(indicators.map { "\($0.name.current ?? "-") | \($0.algorithm?.current ?? "-")" },
                       ["Tempo medio di liquidazione dei contributi | Giorni medi tra rendicontazione"])
        XCTAssertEqual(dataset.revisionLines.map { $0.components(separatedBy: " @")[0] }, ["oo-1/i1 targets/2025: <= 60 gg → <= 45 gg (adjacent-values)"])
    }
}
