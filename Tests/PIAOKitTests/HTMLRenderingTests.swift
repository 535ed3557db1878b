import Foundation
import XCTest
@testable import PIAOKit

/// Corpus documents as full HTML pages (Tests/Fixtures/html): the page scripts/md2html.py makes (one
/// `<td>` a line, `<ul>` lists, a `<title>` naming the file), that page saved as HTML by LibreOffice
/// Writer (cell text indented with tabs inside `<p>`, merged cells as colspans over a finer grid), and
/// `pdftotext -htmlmeta` (the flat text in one `<pre>`). The same document must give the same data.
final class HTMLRenderingTests: XCTestCase {
    private func htmlDataset(_ name: String) throws -> Dataset {
        try fixtureDataset("html", name)
    }

    /// The dataset's JSON without what must differ between two files: where each value was printed
    /// (line numbers, also inside check messages) and the file itself: its id, name, hash, size and format.
    private func content(_ dataset: Dataset) throws -> [String: Any] {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { !["line", "message", "file", "sha256", "bytes", "format"].contains($0.key) }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let json = try JSONSerialization.jsonObject(with: Data(DatasetJSON.bytes(dataset)))
        var content = try XCTUnwrap(strip(json) as? [String: Any])
        content["document"] = (content["document"] as? [String: Any])?.filter { $0.key != "id" }
        return content
    }

    private func assertSameData(html: String, markdown: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let fromHTML = try content(htmlDataset(html)), fromMarkdown = try content(corpusDataset(markdown))
        for key in ["document", "objectives", "revisions", "checks", "diagnostics"] {
            let same = NSDictionary(dictionary: [key: fromHTML[key] ?? NSNull()]).isEqual(to: [key: fromMarkdown[key] ?? NSNull()])
            XCTAssertTrue(same, "\(key) differ between \(html) and \(markdown)", file: file, line: line)
        }
    }

    /// Monte Rosa's 2025 revision. Before, the whitespace between `<tr>` and its first `<td>` was read
    /// as an empty first cell: every row slid one column right and 12 of 15 indicators were lost.
    func testRevisionAsHTMLGivesTheSameData() throws {
        try assertSameData(html: "000-html.html", markdown: "000_1d5542a8a6ae3887")
        let dataset = try htmlDataset("000-html.html")
        XCTAssertEqual(dataset.document.format, .html)
        // HTML lines 59–71: RISORSE STANZIATE over Anno 2025–2027, then "€ 1.366.000,00 <b>€ 1.622.100,00(*)</b>".
        let resources = try dataset.objective("os-1").resources
        XCTAssertEqual(resources.first?.year, 2025)
        XCTAssertEqual(resources.first?.amount, Revisable(current: 1_622_100, original: 1_366_000, evidence: .adjacentValues))
        XCTAssertEqual(dataset.revisions.count, 11)
    }

    /// Pistoia-Prato's PIRA: "Descrizione:" with its text in the same paragraph (markdown's soft line
    /// break, one line in HTML) is the objective's description, not a note; list items keep their "- ".
    func testPIRAAsHTMLGivesTheSameData() throws {
        try assertSameData(html: "004-html.html", markdown: "004_9a45401b283646bf")
        let finances = try htmlDataset("004-html.html").objective("os-03_01_OS06")
        XCTAssertEqual(finances.description?.current?.hasPrefix("Il contesto economico, politico-istituzionale e normativo"), true)
        XCTAssertFalse(finances.notes.contains { $0.hasPrefix("Descrizione") })
    }

    /// LibreOffice's HTML of 000: before, the tabs indenting each cell's text split it into cells, and
    /// the paragraph mark opening every cell hid "OS 1.1" and the labels from their readers.
    func testRevisionSavedByLibreOfficeGivesTheSameData() throws {
        try assertSameData(html: "000-libreoffice.html", markdown: "000_1d5542a8a6ae3887")
        // Lines 498–520: "Anno 2025" and "≥ 9" each span two columns, then "//" for 2026 and 2027.
        let abroad = try htmlDataset("000-libreoffice.html").indicator("os-1/i4")
        XCTAssertEqual(abroad.targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" }, ["2025 ≥ 9", "2026 //", "2027 //"])
    }

    /// LibreOffice's HTML of 004: a word processor splits merged header cells into several columns
    /// ("Stato 2025 | | | | Target 2026"), and the operator of a target prints in a cell of its own.
    func testPIRASavedByLibreOfficeGivesTheSameData() throws {
        try assertSameData(html: "004-libreoffice.html", markdown: "004_9a45401b283646bf")
    }

    /// LibreOffice's HTML of 002's "OS 1.2" sheet: after a page break its table goes on with the label
    /// column spanning two grid columns, so every value stands one column right of its header. Before,
    /// those rows were read as a continuation of the first indicator and three of four were lost.
    func testTableContinuedOnOtherColumnsThanItsHeader() throws {
        let sheet = try htmlDataset("002-libreoffice-excerpt.html").objective("os-1.2")
        // Corpus 002 lines 584–592: weights 20, 30, 20, 30; 2025's ">=3" struck for ">=1*".
        XCTAssertEqual(sheet.indicators.map { $0.weight?.current }, [20, 30, 20, 30])
        XCTAssertEqual(sheet.indicators.map { $0.targets.map { $0.value.current?.raw ?? "-" } }, [
            Array(repeating: ">=175 (16 su 10.000)", count: 3), [">=15", ">=15", ">=15"], [">=1*", ">=3", ">=3"], [">= 80%", ">= 80%", ">= 80%"],
        ])
        let struck = try XCTUnwrap(sheet.indicators.dropFirst(2).first?.targets.first)
        XCTAssertEqual(struck.value.original?.raw, ">=3")
        XCTAssertEqual(struck.value.evidence, .strikethrough)
    }

    /// LibreOffice's HTML of 001, whose rows span the columns differently from their headers.
    func testRowsSpanningOtherColumnsThanTheirHeader() throws {
        let dataset = try htmlDataset("001-libreoffice.html")
        // Lines 1025–1050: "Anno 2024/2025/2026" each over two columns from column 1; the values
        // "SI", "//", "//" from column 2 (the label spans two). Corpus lines 171–175: SI, //, //.
        let safety = try dataset.indicator("os-3/i2")
        XCTAssertEqual(safety.targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" }, ["2024 SI", "2025 //", "2026 //"])
        // Lines 2955–2976: "UNITA' DI MISURA" and "FONTE DEL DATO" over columns 2 and 8, their values
        // in columns 1 and 6. Corpus lines 424–428: Valore assoluto, Piattaforma MEF "AreaRGS" (ex PCC).
        let late = try dataset.indicator("oo-10/i2")
        XCTAssertEqual(late.measure?.current, "Valore assoluto")
        XCTAssertEqual(late.source?.current, "Piattaforma MEF \"AreaRGS\" (ex PCC)")
    }

    /// `pdftotext -htmlmeta` wraps the flat text in one `<pre>`: read as that text, line breaks and
    /// blank lines kept, not as one paragraph (before: no sheet at all).
    func testPreformattedPageReadAsItsText() throws {
        let page = try htmlDataset("000-pdftotext-htmlmeta.html")
        let flatURL = fixturesFolder.appendingPathComponent("pdftotext/000-pdftotext.txt")
        let flat = try dataset(of: String(contentsOf: flatURL, encoding: .utf8), id: "000-pdftotext")
        XCTAssertEqual(page.document.format, .flowText)
        XCTAssertTrue(page.diagnostics.contains { $0.code == "html-preformatted" && $0.line == 9 })
        XCTAssertEqual(try content(page)["objectives"] as? NSArray, try content(flat)["objectives"] as? NSArray)
        XCTAssertEqual(page.objectives.count, 7)
        // "Disposizione gestionale del Segretario Generale" is line 9 of the page, line 1 of the text.
        XCTAssertEqual(try page.objective("os-1").line, try flat.objective("os-1").line + 8)
    }

    /// A page in the shape of Word's "Save as Web Page" (written for this test, Windows-1252): every
    /// paragraph ends in `<o:p></o:p>`, which libxml2 reads as a nested `<p>`; before, the text around it
    /// was dropped (the cover title, the sheet heading, every line outside the tables), and the
    /// "<![if !supportLists]>" marks of a bullet came through as text.
    func testWordStylePage() throws {
        let dataset = try htmlDataset("word-style.html")
        XCTAssertEqual(dataset.document.title, "Piano Integrato di Attività e Organizzazione (PIAO) 2025-2027 – Revisione")
        XCTAssertEqual(dataset.document.kind, .piaoRevision)
        // Line 31: PESO OBIETTIVO "<s>40%</s> 50%"; line 41: "€ 10.000,00" struck by a style, then "€ 12.000,00".
        let objective = try dataset.objective("os-1")
        XCTAssertEqual(objective.title.current, "1.1 - Digitalizzazione delle imprese")
        XCTAssertEqual(objective.weight, Revisable(current: 50, original: 40, evidence: .strikethrough))
        XCTAssertEqual(objective.resources.map(\.year), [2025, 2026, 2027])
        XCTAssertEqual(objective.resources.first?.amount, Revisable(current: 12_000, original: 10_000, evidence: .strikethrough))
        // Line 51: "<s>≥ 10</s> ≥ 15", "≥ 20", "//".
        let indicator = try dataset.indicator("os-1/i1")
        XCTAssertEqual(indicator.targets.map { "\($0.year) \($0.value.original?.raw ?? "-") → \($0.value.current?.raw ?? "-")" },
                       ["2025 ≥ 10 → ≥ 15", "2026 ≥ 20 → ≥ 20", "2027 // → //"])
        XCTAssertEqual(indicator.weight?.current, 100)
        // Line 54, after the indicator's table: the bullet as Word prints it, without its marks.
        XCTAssertEqual(indicator.notes, ["· Nota di revisione"])
    }

    /// A page in the shape of Google Docs' HTML export (written for this test): every style given by a
    /// class in the head's style sheet (".c5{…text-decoration:line-through…}", `<span class="c5">`).
    /// Before, no strike was seen: revisions came only from the values side by side.
    func testStylesGivenByClass() throws {
        let dataset = try htmlDataset("gdocs-style.html")
        let objective = try dataset.objective("os-1")
        XCTAssertEqual(objective.weight, Revisable(current: 50, original: 40, evidence: .strikethrough))
        XCTAssertEqual(objective.resources.first?.amount, Revisable(current: 12_000, original: 10_000, evidence: .strikethrough))
        let target = try XCTUnwrap(dataset.indicator("os-1/i1").targets.first)
        XCTAssertEqual(target.value.evidence, .strikethrough)
        XCTAssertEqual(target.value.original?.raw, "≥ 10")
        XCTAssertEqual(target.value.current?.raw, "≥ 15")
        // A class qualified by its element ("p.c7", Word's "span.Barrato") is read too; a descendant ("td .c8") is not.
        XCTAssertEqual(ClassStyles.read([".c1{font-weight:700}.c5,.c6{color:#000;text-decoration:line-through} p.c7{font-weight:700} td .c8{font-weight:700}"]),
                       ["c1": .bold, "c5": .struck, "c6": .struck, "c7": .bold])
    }

    /// A label cell spanning the years row and the values row (`rowspan="2"`, as a word processor
    /// merges cells vertically): the values row has one cell fewer. Before, its values slid one column
    /// left, silently: 2026's revised value was lost and 2027's read as 2026's.
    func testLabelSpanningTwoRows() throws {
        let dataset = try htmlDataset("rowspan.html")
        let objective = try dataset.objective("os-1")
        XCTAssertEqual(objective.resources.map(\.year), [2026, 2027, 2028])
        XCTAssertEqual(objective.resources.first?.amount, Revisable(current: 12_000, original: 10_000, evidence: .strikethrough))
        let indicator = try dataset.indicator("os-1/i1")
        XCTAssertEqual(indicator.targets.map { "\($0.year) \($0.value.original?.raw ?? "-") → \($0.value.current?.raw ?? "-")" },
                       ["2026 ≥ 10 → ≥ 15", "2027 ≥ 20 → ≥ 20", "2028 // → //"])
        XCTAssertEqual(dataset.revisions.count, 3)
    }

    /// Text outside any paragraph element (a `<div>`, bare text beside blocks) is read, not dropped.
    func testTextOutsideParagraphsIsKept() throws {
        let page = "<html><body><div>Testo in un div</div><p>Para<o:p></o:p></p><p>Solo</p><span>span diretto</span> testo nudo</body></html>"
        let text = try Normalizer.normalize(bytes: Array(page.utf8), file: "page.html")
        XCTAssertEqual(text.lines.map(\.text).filter { !$0.isEmpty }, ["Testo in un div", "Para", "Solo", "span diretto testo nudo"])
    }

    /// pandoc's GitHub markdown (`pandoc 000.docx -t gfm`, pandoc 3.9, of the .docx LibreOffice made):
    /// every table as HTML over many lines, a cell's text wrapped, "\\" ending a line for a line break.
    /// Before, each line's markup was read alone and no row held more than one cell: not one indicator.
    /// Now the same data as the corpus, notes included (pandoc wraps paragraphs at 72 columns: a
    /// wrapped note is joined back, up to the "\\" that ends a line).
    func testPandocMarkdownWithHTMLTables() throws {
        try assertSameData(html: "000-pandoc-gfm.md", markdown: "000_1d5542a8a6ae3887")
        // Lines 320–332: "RISULTATO ATTESO – TARGET (*)" (its cell wrapped), Anno 2025–2027, then "≥ 9", "//", "//".
        let abroad = try htmlDataset("000-pandoc-gfm.md").indicator("os-1/i4")
        XCTAssertEqual(abroad.targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" }, ["2025 ≥ 9", "2026 //", "2027 //"])
    }

    /// What a user checks of each objective: title, weight, resources, and each indicator's name,
    /// weight and targets, original and current.
    private func summary(_ objectives: [Objective]) -> [String] {
        objectives.flatMap { objective in
            ["\(objective.id) \(objective.title.current ?? "-") \(objective.weight.map { "\($0)" } ?? "-") "
                + objective.resources.map { "\($0.year) \($0.amount)" }.joined(separator: " ")]
                + objective.indicators.map { indicator in
                    "  \(indicator.id) \(indicator.name.current ?? "-") \(indicator.weight.map { "\($0)" } ?? "-") "
                        + indicator.targets.map { "\($0.year) \($0.value.original?.raw ?? "-") → \($0.value.current?.raw ?? "-")" }.joined(separator: ", ")
                }
        }
    }

    /// pandoc's own markdown (`pandoc 000.docx -o 000.md`, pandoc 3.9): tables drawn as grids
    /// ("+-----+" rules, a cell's text wrapped inside its column, merged cells spanning columns),
    /// "--" for a dash and "[…]{.underline}" spans. Before, no table was read: 0 of 15 indicators.
    func testPandocMarkdownGridTables() throws {
        let page = try htmlDataset("000-pandoc.md")
        let corpus = try corpusDataset("000_1d5542a8a6ae3887")
        XCTAssertEqual(summary(page.objectives), summary(corpus.objectives))
        XCTAssertEqual(page.revisions.map { "\($0.field) \($0.original ?? "-") → \($0.current ?? "-") \($0.evidence)" },
                       corpus.revisions.map { "\($0.field) \($0.original ?? "-") → \($0.current ?? "-") \($0.evidence)" })
    }

    /// The same writer's tables without a grid (an excerpt of 004: its first three sheets): columns
    /// given by runs of dashes, rows parted by blank lines. Before, every indicator of 004 was lost.
    func testPandocMarkdownDashedTables() throws {
        let page = try htmlDataset("004-pandoc-excerpt.md")
        let corpus = try corpusDataset("004_9a45401b283646bf")
        XCTAssertEqual(page.objectives.map(\.id), ["os-01_01_05_01", "os-01_01_OS02", "os-01_01_OS03"])
        XCTAssertEqual(summary(page.objectives), summary(corpus.objectives.filter { page.objectives.map(\.id).contains($0.id) }))
        XCTAssertEqual(page.objectives.flatMap(\.indicators).count, 13)
    }

    /// pymupdf4llm (2.0) guesses headings from font size: 004's amount printed large under its
    /// caption came out as "# 418.684,99 €" between the description and the indicators' table, and
    /// ended the sheet there (no resources, no indicators). Now the sheet reads as the corpus's.
    func testHeadingThatIsASheetsAmount() throws {
        let page = try htmlDataset("004-pymupdf4llm-excerpt.md")
        let corpus = try corpusDataset("004_9a45401b283646bf")
        XCTAssertEqual(page.objectives.map(\.id), ["os-01_01_05_01"])
        XCTAssertEqual(summary(page.objectives), summary(corpus.objectives.filter { $0.id == "os-01_01_05_01" }))
        // Corpus lines 94–98: the three indicators at 33 %, 2026 targets "= 100%", ">= 1", ">= 80%".
        let objective = try page.objective("os-01_01_05_01")
        XCTAssertEqual(objective.resources.map { "\($0.year) \($0.amount.current ?? 0)" }, ["2026 418684.99"])
        XCTAssertEqual(objective.indicators.map { $0.targets.first?.value.current?.raw }, ["= 100%", ">= 1", ">= 80%"])
        XCTAssertEqual(page.diagnostics.map(\.code), [])
    }

    /// The same converter sets an operational sheet's title and the area under it as headings of one
    /// level (001 lines 239–241 of its rendering): the area is the sheet's section, not a new section
    /// that ends an empty sheet. A heading above the sheet's level still ends it.
    func testHeadingUnderAnOperationalSheetsTitleIsItsSection() throws {
        let sheet = """
            # SCHEDA OBIETTIVO OPERATIVO

            # SERVIZI DI STAFF

            |UNITÀ ORGANIZZATIVA|PIANIFICAZIONE STRATEGICA E INFORMAZIONE ECONOMICA|
            |---|---|
            |OBIETTIVO OPERATIVO|Elaborazione e diffusione dati e informazioni|
            |PESO OBIETTIVO (rispetto agli obt<br>di U.O.)|50%|
            |INDICATORE Descrizione|ALGORITMO DI<br>CALCOLO|TARGET 2024|PESO|TIPOLOGIA|
            |Azioni di rilevazioni dei dati|n. azioni|≥ 25 ≥ 40|100%|Realizzazione fisica|

            """
        let read = try dataset(of: sheet)
        let objective = try read.objective("oo-1")
        XCTAssertEqual(objective.section, "SERVIZI DI STAFF")
        XCTAssertEqual(objective.weight?.current, 50)
        XCTAssertEqual(objective.indicators.map { $0.targets.map { "\($0.year) \($0.value.original?.raw ?? "-") → \($0.value.current?.raw ?? "-")" } },
                       [["2024 ≥ 25 → ≥ 40"]])
        let titled = try dataset(of: sheet.replacingOccurrences(of: "# SCHEDA", with: "## SCHEDA"))
        XCTAssertNil(titled.objectives.first?.section)
    }

    /// `pdftohtml -xml` places each run as `-c` does but in attributes, and says how wide it is: no
    /// sheet was found before (the file was not even collected from a folder); now the runs are laid out
    /// as word boxes are, each column past the runs that end left of it (whole renderings of
    /// 000/001/002/004: 12/31/78/77 indicators fully right).
    func testPdftohtmlXMLRuns() throws {
        let page = try htmlDataset("004-pdftohtml-xml-excerpt.xml")
        XCTAssertEqual(page.diagnostics.first?.code, "html-positioned")
        XCTAssertEqual(page.objectives.map(\.id), ["os-01_02_OS01", "os-01_02_OS02", "os-01_03_OS01"])
        // Corpus lines 188–214, as `assertPistoiaPratoExportSheet` checks them, but for the third indicator's
        // type and unit, which pdftohtml wrote as one run ("Salute economica %", the fixture's line 308).
        let export = try page.objective("os-01_02_OS02")
        let corpus = try corpusDataset("004_9a45401b283646bf").objective("os-01_02_OS02")
        XCTAssertEqual(export.indicators.map(\.name.current), corpus.indicators.map(\.name.current))
        XCTAssertEqual(export.indicators.map { $0.weight?.current }, [0, 50, 50])
        XCTAssertEqual(export.indicators.map { $0.targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" } }, [
            ["2026 >= n.d.", "2027 10", "2028 n.d."], ["2026 >= 8", "2027 8", "2028 n.d."], ["2026 >= 80%", "2027 n.d.", "2028 n.d."],
        ])
        XCTAssertEqual(export.indicators.map { $0.type?.current }, ["Volume", "Volume", "Salute economica %"])
        XCTAssertTrue(InputCollector.extensions.contains("xml"))
    }

    /// pymupdf4llm merges columns where the PDF draws no rule between them: 000's third indicator
    /// (corpus lines 78–86: Anno 2025–2027 over "≥ 12", "//", "//") came out with two years in one
    /// header cell and their two values in the cell below. They are as many columns again.
    func testYearColumnsStackedInOneCell() throws {
        let read = try dataset(of: """
            ## SCHEDA OBIETTIVO STRATEGICO

            |**OBIETTIVO STRATEGICO**|1.2 - Internazionalizzazione|
            |---|---|
            |**PESO OBIETTIVO**|20%|

            ## **INDICATORE/I**

            |**DESCRIZIONE**|Internazionalizzazione - Utilizzo delle diverse tipologie di assessment|
            |---|---|
            |**RISULTATO ATTESO – TARGET (*)**|Anno 2025<br>Anno 2026|Anno 2027|
            ||≥ 12<br>//|//|
            |**PESO INDICATORE**|25%||
            |**TIPOLOGIA INDICATORE**|Realizzazione fisica||

            """)
        let indicator = try XCTUnwrap(read.objectives.first?.indicators.first)
        XCTAssertEqual(indicator.targets.map { "\($0.year) \($0.value.current?.raw ?? "-")" }, ["2025 ≥ 12", "2026 //", "2027 //"])
        XCTAssertEqual(indicator.weight?.current, 25)
        XCTAssertEqual(read.diagnostics.map(\.code), [])
    }

    /// MuPDF's pages place each line by "top:…pt;left:…pt" alone (`position:absolute` is in its style
    /// sheet): they were read as paragraphs, no indicator found on these pages; now their grid is laid
    /// out as pdftohtml's is (whole renderings of 000/001/002/004: 13/8/0/1 → 14/33/88/95 indicators).
    /// The names wrapped above and below the row centred on them are joined back although a wrapped
    /// line, placed by an estimated character width, reaches a character into the next column.
    func testMuPDFPlacedLines() throws {
        let page = try htmlDataset("004-mupdf-excerpt.html")
        XCTAssertEqual(page.objectives.map(\.id), ["os-01_02_OS01", "os-01_02_OS02", "os-01_03_OS01"])
        try assertPistoiaPratoExportSheet(page)
    }

    /// A `<title>` that names a file is not the document's title; one that names the plan still is.
    func testTitleElementNamingAFileIsSkipped() throws {
        let cover = "<p><strong>P.I.A.O.</strong></p><p><strong>Piano Integrato di Attività e Organizzazione</strong></p><p><strong>2025-2027</strong></p>"
        let named = try dataset(of: "<!DOCTYPE html><html><head><title>Microsoft Word - PIAO_2025.docx</title></head><body>\(cover)</body></html>")
        XCTAssertEqual(named.document.title, "P.I.A.O. Piano Integrato di Attività e Organizzazione 2025-2027")
        XCTAssertEqual(named.document.period, Period(start: 2025, end: 2027))
        let titled = try dataset(of: "<!DOCTYPE html><html><head><title>Piano Integrato di Attività e Organizzazione 2026-2028</title></head><body><p>Testo.</p></body></html>")
        XCTAssertEqual(titled.document.title, "Piano Integrato di Attività e Organizzazione 2026-2028")
    }

    /// `pdftohtml -c -s -i -noframes` (poppler 22.12) of the LibreOffice PDF of 000: every run of text an
    /// element placed at pixels, in no reading order. Laid out again as lines and columns it reads as
    /// `pdftotext -layout` text: os-1 as corpus 000 lines 37–98 print it — weight 20 %, 2025 resources
    /// "€ 1.366.000,00 € 1.622.100,00(*)" revised side by side, 2026 and 2027 € 648.000,00, four
    /// indicators at 25 % with 2025 targets ≥ 80, ≥ 4, ≥ 12, ≥ 9. Each value keeps the HTML line of its
    /// element: the sheet opens at line 80 ("SCHEDA OBIETTIVO STRATEGICO"), i1 at line 125.
    func testPdftohtmlPositionedText() throws {
        let dataset = try htmlDataset("000-pdftohtml.html")
        XCTAssertEqual(dataset.diagnostics.first?.code, "html-positioned")
        XCTAssertEqual(dataset.document.kind, .piaoRevision)
        XCTAssertEqual(dataset.document.title, "Piano Integrato di Attività e Organizzazione (PIAO) 2025-2027 - Revisione")
        let objective = try dataset.objective("os-1")
        XCTAssertEqual(objective.line, 80)
        assertMonteRosaDigitalObjective(objective, firstTargets: ["≥ 80", "≥ 4", "≥ 12", "≥ 9"])
        XCTAssertEqual(try dataset.indicator("os-1/i1").line, 125)
    }

    /// `pdftotext -bbox-layout` (two pages of 004's LibreOffice PDF): every word an element boxed in points.
    /// Before, the page was read as one paragraph of its words and no sheet was found.
    func testPdftotextWordBoxes() throws {
        let dataset = try htmlDataset("004-pdftotext-bbox-layout.html")
        XCTAssertEqual(dataset.diagnostics.first?.code, "html-boxed-words")
        try assertPistoiaPratoExportSheet(dataset)
    }

    /// Word boxes are read as a stream (a tree of every word took some twenty times the page's size), which
    /// also numbers lines past 65,535, where libxml2's tree stops counting: a 400-page PDF's boxes run that long.
    func testWordBoxesPastLine65535KeepTheirLines() throws {
        let words = (0..<25).map { "<word xMin=\"\(50 + $0 * 40)\" yMin=\"\($0 == 0 ? 50 : 100)\" xMax=\"\(80 + $0 * 40)\" yMax=\"\($0 == 0 ? 63 : 113)\">W\($0)</word>" }
        let page = "<html><head><title>x</title></head><body>\n<doc>\n<page>\n" + words[0] + String(repeating: "\n", count: 70_000)
            + words.dropFirst().joined(separator: "\n") + "\n</page>\n</doc>\n</body></html>\n"
        let text = try Normalizer.normalize(bytes: Array(page.utf8), file: "long.html")
        XCTAssertEqual(text.diagnostics.first?.code, "html-boxed-words")
        XCTAssertEqual(text.lines.filter { !$0.isBlank }.map(\.number), [4, 70_004])
    }
}
