import XCTest
@testable import PIAOKit

/// Real `pdftotext` output of PDFs made from corpus documents (Tests/Fixtures/pdftotext): flat
/// text whose blank lines fall where the converter puts them.
final class PdftotextRenderingTests: XCTestCase {
    private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pdftotext")

    private func text(_ name: String) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
    }

    /// Lines 1–3, with no blank line between them: "Disposizione gestionale del Segretario Generale",
    /// "n. 39/2025", "Oggetto: Piano Integrato … (PIAO) 2025-2027 Revisione" (pdftotext joined the
    /// subject's "-" line end to "Revisione"). The subject and the act are read from the lines as
    /// printed, so the document is a revision.
    func testFrontMatterPrintedWithoutBlankLines() throws {
        let document = try dataset(of: text("000-pdftotext.txt"), id: "000-pdftotext").document
        XCTAssertEqual(document.format, .flowText)
        XCTAssertEqual(document.kind, .piaoRevision)
        XCTAssertEqual(document.title, "Piano Integrato di Attività e Organizzazione (PIAO) 2025-2027 Revisione")
        XCTAssertEqual(document.act, "Disposizione gestionale del Segretario Generale n. 39/2025")
        XCTAssertEqual(document.period, Period(start: 2025, end: 2027))
    }

    /// Nearly every cell of 001's sheets is a paragraph of its own, but not quite four in five
    /// paragraphs are one line: both readings of its blank lines are tried and the one that finds
    /// more is kept. Before, the strategic sheets' indicators came out with no value at all.
    func testStrategicSheetsReadWhereBlankLinesPartCells() throws {
        let flat = try text("001-pdftotext.txt")
        let dataset = try dataset(of: flat, id: "001-pdftotext")
        // Lines 314–343: DESCRIZIONE "Progetto "Formazione lavoro" - …", ALGORITMO "n. studenti certificati",
        // targets "≥ 30", "≥ 30", "//" under Anno 2024–2026, PESO INDICATORE "40%".
        let training = try dataset.indicator("os-2/i1")
        XCTAssertEqual(training.algorithm?.current, "n. studenti certificati")
        XCTAssertEqual(training.weight?.current, 40)
        XCTAssertEqual(training.targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" }, ["2024 ≥ 30", "2025 ≥ 30", "2026 //"])
        // Lines 443–468: three "≤ 1,8" under Anno 2024–2026, PESO INDICATORE "60%".
        let registry = try dataset.indicator("os-3/i1")
        XCTAssertEqual(registry.weight?.current, 60)
        XCTAssertEqual(registry.targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" }, ["2024 ≤ 1,8", "2025 ≤ 1,8", "2026 ≤ 1,8"])
        // Lines 223–252: a name wrapped onto "mercati", three "≥3", PESO INDICATORE "25%".
        let markets = try dataset.indicator("os-1/i4")
        XCTAssertEqual(markets.name.current, "Internazionalizzazione – Livello di attività di informazione e orientamento ai mercati")
        XCTAssertEqual(markets.weight?.current, 25)
        XCTAssertEqual(markets.targets.compactMap { $0.value.current?.raw }, ["≥3", "≥3", "≥3"])

        // Thirty more one-line paragraphs before the sheets tip the share of one-line paragraphs over
        // the threshold (498 of 619): the other reading is the first tried, and the sheets read the same.
        let notes = (1...30).map { "Nota \($0) al documento." }.joined(separator: "\n\n")
        let tipped = try PIAOKitTests.dataset(of: notes + "\n\n" + flat, id: "001-pdftotext-tipped")
        XCTAssertEqual(try tipped.indicator("os-3/i1").targets.map(\.value), registry.targets.map(\.value))
        XCTAssertEqual(tipped.objectives.flatMap(\.indicators).count, dataset.objectives.flatMap(\.indicators).count)
    }

    /// Values under three years, wrapped. 000's os-1 (lines 81–86): "€ 1.366.000,00 €" and
    /// "1.622.100,00(*)" (a sign left at a line's end goes with the number after it), then "€ 648.000,00"
    /// twice: three years, 2025 revised side by side. 001's os-2 (lines 307–309): "€ 749.000,00 €
    /// 867.414,46 (*) € 749.000,00" then "€ 500.000,00": four values for three years; which year holds
    /// two cannot be told, so none is placed (they were read as 2024–2026, the 2026 value lost) and it is said.
    func testValuesWrappedUnderTheirYears() throws {
        let revision = try dataset(of: text("000-pdftotext.txt"), id: "000-pdftotext")
        XCTAssertEqual(try revision.objective("os-1").resources.map { "\($0.year) \($0.amount.original ?? -1) → \($0.amount.current ?? -1)" },
                       ["2025 1366000.0 → 1622100.0", "2026 648000.0 → 648000.0", "2027 648000.0 → 648000.0"])
        XCTAssertEqual(revision.revisions.filter { $0.objective == "os-1" }.map { "\($0.field) \($0.original ?? "") → \($0.current ?? "") @\($0.line)" },
                       ["resources/2025 € 1.366.000,00 → € 1.622.100,00(*) @81"])

        let plan = try dataset(of: text("001-pdftotext.txt"), id: "001-pdftotext")
        XCTAssertEqual(try plan.objective("os-2").resources, [])
        let said = try XCTUnwrap(plan.diagnostics.first { $0.code == "values-not-aligned" && $0.line == 307 })
        XCTAssertTrue(said.message.contains("€ 500.000,00"), said.message)
    }

    /// A label wrapped around the value centred beside it: "PESO OBIETTIVO (rispetto agli", "20%",
    /// "obt. str.)" (lines 70–72), or the label's two lines and then the value ("PESO OBIETTIVO (rispetto",
    /// "agli obt di U.O.)", "20%": lines 812–815). The line closing the bracket goes with the label.
    func testObjectiveWeightsUnderAWrappedLabel() throws {
        let dataset = try dataset(of: text("000-pdftotext.txt"), id: "000-pdftotext")
        XCTAssertEqual(dataset.objectives.map { "\($0.id) \($0.weight?.current ?? -1) \($0.weightBasis ?? "-")" }, [
            "os-1 20.0 rispetto agli obt. str.", "os-2 20.0 rispetto agli obt. str.", "os-3 20.0 rispetto agli obt. str.",
            "os-5 20.0 rispetto agli obt. str.", "oo-1 50.0 rispetto agli obt di U.O.", "oo-2 20.0 rispetto agli obt di U.O.",
            "oo-3 50.0 rispetto agli obt di U.O.",
        ])
        XCTAssertTrue(dataset.checks.allSatisfy { $0.status != .fail })
    }

    /// `pdftotext -layout` of 004's first sheet (`004-layout-sheet.txt`, lines 133–209 of the whole
    /// rendering): the grid's header over three lines, "Stato  Target  Target  Target" (line 51) above
    /// "Indicatori  Tipologia  UdM  …  Peso indicatori" (line 52) above the years (line 53). The line
    /// above now fills the header's empty columns; before, the grid had no target column and not one
    /// target was read. Corpus line 97: "Supporto finanziario …", n.d.→ baseline 1, ">=" "1", 1, 1, 33%.
    func testGridHeaderPrintedOverTwoLines() throws {
        let dataset = try dataset(of: text("004-layout-sheet.txt"), id: "004-layout-sheet")
        let support = try dataset.indicator("os-01_01_05_01/i2")
        XCTAssertEqual(support.baseline?.value.raw, "1")
        XCTAssertEqual(support.targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" }, ["2026 >= 1", "2027 1", "2028 1"])
        XCTAssertEqual(support.weight?.current, 33)
        XCTAssertEqual(try dataset.objective("os-01_01_05_01").indicators.map { $0.weight?.current }, [33, 33, 33])
        XCTAssertFalse(dataset.diagnostics.contains { $0.line == 51 }, "the header's upper line is understood")
    }

    /// `pdftotext -layout` of 002's OS 1.1 grid (`002-layout-year-row.txt`): the years print on a line of
    /// their own, "2024" under "Baseline", "2025" under "Target", 2026 and 2027 right of it (lines 21–24).
    /// Aligned alone, that line opened at the first column, 2027 fell under "Target" and every indicator
    /// kept one target. Corpus 002 lines 565–567: baseline 2024 N.D.; i1 ">=450" then ">=525*" for 2025,
    /// ">=450" for 2026 and 2027; i2 ">=25" three times; i3 ">=18%" three times, which pdftotext printed
    /// a single space apart, one cell under 2025 (line 53; the row opens on line 49): one value a year,
    /// said (`glued-values`).
    func testYearsOnALineOfTheirOwnUnderTheGridHeader() throws {
        let dataset = try dataset(of: text("002-layout-year-row.txt"), id: "002-layout-year-row")
        let support = try dataset.indicator("os-1.1/i1")
        XCTAssertEqual(support.baseline?.year, 2024)
        XCTAssertEqual(support.baseline?.value.raw, "N.D.")
        XCTAssertEqual(support.targets.map { "\($0.year) \($0.value.original?.raw ?? "-") \($0.value.current?.raw ?? "-")" },
                       ["2025 >=450 >=525*", "2026 >=450 >=450", "2027 >=450 >=450"])
        XCTAssertEqual(try dataset.indicator("os-1.1/i2").targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" },
                       ["2025 >=25", "2026 >=25", "2027 >=25"])
        XCTAssertEqual(try dataset.indicator("os-1.1/i3").targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" },
                       ["2025 >=18%", "2026 >=18%", "2027 >=18%"])
        XCTAssertEqual(dataset.diagnostics.filter { $0.code == "glued-values" }.map(\.line), [49])
    }

    /// `pdftotext -layout` of 002's operational sheet 7 (`002-layout-glued-weight.txt`): the indicator's
    /// weight "100" is printed a single space after a line of its name ("… del 20% del d.a. 100", line 36),
    /// under the header's "Peso" (line 27). Before, it stayed in the name and the indicator had no
    /// weight and no target. Corpus 002 line 1523: weight 100, target 2025 ">=80%".
    func testWeightGluedToTheNameUnderItsHeader() throws {
        let result = try dataset(of: text("002-layout-glued-weight.txt"), id: "002-layout-glued-weight")
        let indicator = try result.indicator("oo-1.3.1/i1")
        XCTAssertEqual(indicator.weight?.current, 100)
        XCTAssertEqual(indicator.targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" }, ["2025 >=80%"])
        XCTAssertEqual(indicator.name.current?.hasSuffix("del 20% del d.a. e sul Fondo di Perequazione camerale"), true)
        XCTAssertEqual(indicator.name.current?.contains("d.a. 100"), false)
    }

    /// `pdftotext -layout` of 001's first sheet with its cells aligned at the top (`001-layout-top-sheet.txt`,
    /// lines 43–207 of the whole rendering). The objective's cell lists five coded objectives over four
    /// lines (14–17: "1.1 - …" beside the label, then "1.2 - … 1.3 - …", "1.4 - … 1.5 - …" and their end
    /// on lines of their own), and
    /// the weight stands a single space after its wrapped label ("PESO OBIETTIVO (rispetto agli 20%", line
    /// 29, over "obt. str.)"). Before, "1.2 - …" was taken for a summary table's group row, which ended
    /// the sheet: no description, weight, resources or indicator. Corpus 001 lines 47–52: the same five
    /// objectives in one cell, weight 20 %, four indicators at 25 %.
    func testObjectiveCellOverRowsOfItsOwn() throws {
        let result = try dataset(of: text("001-layout-top-sheet.txt"), id: "001-layout-top-sheet")
        let objective = try result.objective("os-1")
        XCTAssertEqual(objective.weight?.current, 20)
        XCTAssertEqual(objective.title.current?.hasPrefix("1.1 - Digitalizzazione e innovazione OC"), true)
        XCTAssertEqual(objective.title.current?.hasSuffix("1.5 - Sostegno alla transizione ecologica delle imprese - Ecosistema sostenibile"), true)
        XCTAssertEqual(objective.indicators.map { $0.weight?.current }, [25, 25, 25, 25])
    }

    /// `pdftotext -layout` of 001's operational sheet "Sviluppo dei servizi digitali per
    /// l'internazionalizzazione" (`001-layout-glued-header.txt`): its grid headers print "ALGORITMO DI
    /// CALCOLO TARGET 2024" a single space apart (lines 22 and 38), one cell of four over rows of five.
    /// Before, the grid had no target column and every target was lost. Corpus 001 lines 347–356:
    /// i1 "SI" at 80 %; i2 (20 %, "SI") struck and replaced by i3 (20 %, "SI").
    func testGridHeaderWithADatedTargetGluedToTheLabelBefore() throws {
        let result = try dataset(of: text("001-layout-glued-header.txt"), id: "001-layout-glued-header")
        let indicators = try result.objective("oo-1").indicators
        XCTAssertEqual(indicators.map(\.status), [.active, .removed, .added])
        XCTAssertEqual(indicators[0].weight?.current, 80)
        XCTAssertEqual(indicators[0].targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" }, ["2024 SI"])
        XCTAssertEqual(indicators.dropFirst().map { $0.targets.map { "\($0.year) \($0.value.original?.raw ?? "-") \($0.value.current?.raw ?? "-")" } },
                       [["2024 SI -"], ["2024 - SI"]])
    }

    /// `pdftotext -layout` of 004's sheet 03_01_OS01 (`004-layout-header-over-three-lines.txt`): the grid
    /// header is printed over three lines ("Stato" above an empty cell, "2025" under it, lines 40–42), its
    /// three targets and the weight's label glued a single space apart ("Target 2026 Target 2027 Target
    /// 2028 Peso indicatori"), and a row's last cell holds its last target and the weight, the cells after
    /// it empty ("31/01/2027 31/01/2028 14,3%", line 59). Before, the targets took the weights' places or
    /// were lost. Corpus 004 lines 413–415: baseline 7, targets ">= 2", "n.d.", "n.d.", weight 14,3 %;
    /// "30/01/2025", "<= 31/01/2026", "31/01/2027", "31/01/2028", 14,3 %.
    func testGridHeaderOverThreeLinesAndATailOfGluedValues() throws {
        let result = try dataset(of: text("004-layout-header-over-three-lines.txt"), id: "004-layout-header-over-three-lines")
        let hiring = try result.indicator("os-03_01_OS01/i1")
        XCTAssertEqual(hiring.baseline?.year, 2025)
        XCTAssertEqual(hiring.baseline?.value.raw, "7")
        XCTAssertEqual(hiring.targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" }, ["2026 >= 2", "2027 n.d.", "2028 n.d."])
        XCTAssertEqual(hiring.weight?.current, 14.3)
        let performance = try result.indicator("os-03_01_OS01/i3")
        XCTAssertEqual(performance.baseline?.value.raw, "30/01/2025")
        XCTAssertEqual(performance.targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" }, ["2026 <= 31/01/2026", "2027 31/01/2027", "2028 31/01/2028"])
        XCTAssertEqual(performance.weight?.current, 14.3)
        XCTAssertEqual(try result.objective("os-03_01_OS01").indicators.map { $0.weight?.current }, Array(repeating: 14.3, count: 7))
    }

    /// `pdftotext -layout` of 000's first sheet with its cells centred vertically (`000-layout-centred-sheet.txt`,
    /// lines 43–215 of the whole rendering). A label sits on a middle line of its value ("OBIETTIVO
    /// STRATEGICO", line 16, amid lines 14–18), a long label around its value ("PESO OBIETTIVO (rispetto
    /// agli" / "20%" / "obt. str.)", lines 28–30), the resources are centred without a label (lines 36–38),
    /// and a page break falls just above i3's description (line 110, after a footnote printed without a
    /// gap). Read line by line, each value's upper lines went to the row before: the objective had no
    /// weight and i3 was lost. Corpus 000 lines 37–98 print the same sheet: weight 20 %, resources
    /// 2025 "€ 1.366.000,00 € 1.622.100,00(*)", 2026 and 2027 "€ 648.000,00", four indicators at 25 %
    /// with 2025 targets ≥ 80, ≥ 4, ≥ 12, ≥ 9.
    func testLayoutRowsCentredVertically() throws {
        let dataset = try dataset(of: text("000-layout-centred-sheet.txt"), id: "000-layout-centred-sheet")
        let objective = try dataset.objective("os-1")
        XCTAssertEqual(objective.title.current?.hasPrefix("1.1 - Digitalizzazione e innovazione OC - Favorire la doppia transizione (digitale ed ecologica) 1.2"), true)
        assertMonteRosaDigitalObjective(objective, firstTargets: ["≥ 80", "≥4", "≥ 12", "≥9"])
        XCTAssertEqual(objective.indicators.map { $0.targets.dropFirst().map { $0.value.current?.raw } }, Array(repeating: ["//", "//"], count: 4))
        let third = try dataset.indicator("os-1/i3")
        XCTAssertEqual(third.line, 110)
        XCTAssertEqual(third.name.current, "Internazionalizzazione - Utilizzo delle diverse tipologie di assessment e successivi servizi di "
            + "assistenza erogata alle imprese da parte dei punti internazionalizzazione su Export, Digitale come leva di sviluppo e su "
            + "Partecipazione a tender europei e gare")
    }

    /// `pdftotext -tsv` (pages 7 and 8 of 004's PDF): a table of words and their boxes in points, one
    /// word a line. Before, its twelve columns were read as a table and no sheet was found.
    func testWordTable() throws {
        let table = try dataset(of: text("004-pdftotext-tsv.tsv"), id: "004-pdftotext-tsv")
        XCTAssertEqual(table.diagnostics.first?.code, "word-table")
        try assertPistoiaPratoExportSheet(table)
        XCTAssertEqual(try table.indicator("os-01_02_OS02/i2").line, 676, "the line of the table that holds the name's first word")

        // Some writers add columns after the text ("right", "bottom", "page_width", "page_height").
        let wider = try text("004-pdftotext-tsv.tsv").split(separator: "\n").enumerated().map { index, line in
            index == 0 ? line + "\tright\tbottom\tpage_width\tpage_height" : line + "\t0\t0\t595\t842"
        }
        try assertPistoiaPratoExportSheet(dataset(of: wider.joined(separator: "\n"), id: "004-wider-tsv"))
    }

    /// The same words as Tesseract writes them from a 300 dpi scan: its header (the block named before the
    /// paragraph), boxes in whole pixels (a 13-point box 54 pixels high). The words are scaled to their
    /// usual height first.
    func testWordTableInPixelsOfAScan() throws {
        let lines = try text("004-pdftotext-tsv.tsv").split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
            var fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if index == 0 { return "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext" }
            guard fields.count == 12 else { return String(line) }
            for column in 6...9 { fields[column] = String(Int((Double(fields[column])! * 300 / 72).rounded())) }
            return fields.joined(separator: "\t")
        }
        XCTAssertTrue(lines[4].hasPrefix("5\t7\t0\t0\t0\t0\t237\t"), lines[4])
        try assertPistoiaPratoExportSheet(dataset(of: lines.joined(separator: "\n"), id: "004-tesseract"))
    }

    /// 001's second strategic sheet, `-layout` with cells aligned at the top: a label's value wraps onto
    /// lines under it that open in capitals ("… Interreg" / "Italia-Svizzera 2021/2027, …"). Under a
    /// sheet's label, a lone cell in the value's column goes on with the value, whatever its case; before,
    /// it was a note. Corpus 001 line 136: the indicator's name whole, weight 60 % (line 140), target 2024 "SI".
    func testValueWrappedUnderASheetLabel() throws {
        let sheet = try dataset(of: text("001-layout-top-second-sheet.txt"), id: "001-layout-top-second-sheet")
        let indicator = try sheet.indicator("os-2/i2")
        XCTAssertEqual(indicator.name.current, "Analisi degli avvisi sulla nuova programmazione 2021/2027 Interreg Italia-Svizzera 2021/2027, al fine di valutare la presentazione di progetti")
        XCTAssertEqual(indicator.notes, [])
        XCTAssertEqual(indicator.weight?.current, 60)
        XCTAssertEqual(indicator.targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" }, ["2024 SI", "2025 //", "2026 //"])
    }
}
