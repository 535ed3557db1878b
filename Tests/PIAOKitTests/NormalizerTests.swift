import XCTest
@testable import PIAOKit

final class NormalizerTests: XCTestCase {
    private func lines(_ text: String) throws -> [NormalizedLine] {
        try Normalizer.normalize(bytes: Array(text.utf8), file: "t.md").lines
    }

    /// pandoc's marks ("--" for a dash, "[…]{.underline}") are undone only where a table is drawn as
    /// pandoc draws it; elsewhere "--" is what was printed, even beside a "+-" that is no rule.
    func testPandocMarksOnlyInPandocDocuments() throws {
        let plain = try lines("+-5% di tolleranza\nnota -- con trattini").map(\.text)
        XCTAssertEqual(plain, ["+-5% di tolleranza", "nota -- con trattini"])
        let drawn = try lines("+-------+-------+\n| PESO  | 5%    |\n+-------+-------+\nnota -- [OC]{.underline}").map(\.text)
        XCTAssertEqual(drawn.filter { !$0.isEmpty }, ["PESO\t5%", "nota – OC"])
    }

    func testInlineHTMLBecomesStyledRuns() throws {
        let line = try lines("<b>PESO</b>\t<del>25%</del> 40% &gt;= 3")[0]
        XCTAssertEqual(line.runs, [StyledRun("PESO", .bold), StyledRun("\t"), StyledRun("25%", .struck), StyledRun(" 40% >= 3")])
    }

    func testStrikeByStyleAttributeAndMarkdown() throws {
        XCTAssertEqual(try lines("<span style=\"text-decoration: line-through\">old</span> new")[0].runs,
                       [StyledRun("old", .struck), StyledRun(" new")])
        XCTAssertEqual(try lines("~~old~~ **new**")[0].runs, [StyledRun("old", .struck), StyledRun(" "), StyledRun("new", .bold)])
    }

    /// pymupdf4llm drops the space at the edge of a bold span (000's rendering: "**INDICATORE**Descrizione",
    /// "sottoscrizione**sotto**"): a mark between two words gives it back; marks beside a space or
    /// punctuation are as they were.
    func testBoldMarkBetweenWordsIsASpace() throws {
        XCTAssertEqual(try lines("|**INDICATORE**Descrizione|n. azioni|")[0].runs,
                       [StyledRun("|"), StyledRun("INDICATORE", .bold), StyledRun(" Descrizione|n. azioni|")])
        XCTAssertEqual(try lines("in fase di sottoscrizione**sotto**\n**scritte**con Unioncamere").map(\.text),
                       ["in fase di sottoscrizione sotto", "scritte con Unioncamere"])
        XCTAssertEqual(try lines("**PESO OBIETTIVO**(rispetto agli obt) e **20%**.")[0].text, "PESO OBIETTIVO(rispetto agli obt) e 20%.")
    }

    func testLatexAndMathML() throws {
        XCTAssertEqual(try lines("$\\geq 15$ $\\geq 25$")[0].text, "≥ 15 ≥ 25")
        XCTAssertEqual(try lines("<del><math>\\geq 200</math></del> $\\geq 340^*$")[0].runs, [StyledRun("≥ 200", .struck), StyledRun(" ≥ 340*")])
        XCTAssertEqual(try lines("$\\left( \\frac{\\text{a}}{\\text{b}} \\right) \\times 100$")[0].text, "(a/b) × 100")
    }

    func testHeadingsEscapesAndParagraphs() throws {
        let parsed = try lines("## **SCHEDA OBIETTIVO OPERATIVO**\n(\\*) nota\n<p>uno</p> <p>due</p>")
        XCTAssertEqual(parsed[0].headingLevel, 2)
        XCTAssertEqual(parsed[0].runs, [StyledRun("SCHEDA OBIETTIVO OPERATIVO", .bold)])
        XCTAssertEqual(parsed[1].text, "(*) nota")
        XCTAssertEqual(Cell(runs: parsed[2].runs, line: 3).paragraphs.map(\.text), ["uno", "due"])
    }

    /// A cell that is one run keeps its text without the spaces around it, but a line break at its edge
    /// stays: a cell continued on the next line is joined to it, and the break parts the two paragraphs
    /// (an old and a new wording printed one under the other).
    func testCellEdgesKeepLineBreaks() {
        XCTAssertEqual(Cell(runs: [StyledRun("  25% ", .struck)], line: 1).runs, [StyledRun("25%", .struck)])
        let joined = Cell(runs: [StyledRun("vecchia dicitura\n")], line: 1).appending(Cell(runs: [StyledRun("nuova dicitura ")], line: 2))
        XCTAssertEqual(joined.paragraphs.map(\.text), ["vecchia dicitura", "nuova dicitura"])
        XCTAssertEqual(joined.text, "vecchia dicitura nuova dicitura")
    }

    /// A cell keeps its runs compactly (one style, or where each run ends in its text); whatever it
    /// keeps, it gives the runs back as they were made, and its raw text is theirs joined.
    func testCellsGiveTheirRunsBackAsMade() {
        let texts = ["25%", " 40%", "", " ", "  ", "\n", "vecchia", "nuova dicitura ", "à", "≥ 80", "e\u{301}", "\t", "€ 1.000,00"]
        let styles: [RunStyle] = [[], .struck, .bold, [.bold, .underline]]
        var generator = SeededGenerator(seed: 14)
        for _ in 0..<3_000 {
            let runs = (0..<Int.random(in: 0...4, using: &generator)).map { _ in
                StyledRun(texts.randomElement(using: &generator)!, styles.randomElement(using: &generator)!)
            }
            let cell = Cell(runs: runs, line: 1)
            if runs.count == 1, cell.runs != runs {
                XCTAssertEqual(cell.runs, [StyledRun(cell.text, runs[0].style)], "only the spaces around one run may go")
                XCTAssertFalse(runs[0].text.contains("\n"))
            } else {
                XCTAssertEqual(cell.runs, runs)
                XCTAssertEqual(cell.rawText, runs.map(\.text).joined())
            }
            XCTAssertEqual(cell.text, Cell.clean(runs.map(\.text).joined()))
            // A line keeps one unstyled run as its text alone: it too gives its runs back as made.
            var line = NormalizedLine(number: 1, runs: runs)
            XCTAssertEqual(line.runs, runs)
            XCTAssertEqual(line.text, runs.map(\.text).joined())
            XCTAssertEqual(line.isBlank, runs.allSatisfy { $0.text.allSatisfy(\.isWhitespace) })
            line.runs = runs.reversed()
            XCTAssertEqual(line.runs, runs.reversed())
        }
    }

    func testLessThanSignsInPlainTextStayText() throws {
        XCTAssertEqual(try lines("6,43 % <= 8,00 % < 9")[0].text, "6,43 % <= 8,00 % < 9")
    }

    func testEncodingsAndLineEnds() throws {
        let latin: [UInt8] = Array("UNIT".utf8) + [0xC0] + Array("\r\nperch".utf8) + [0xE9, 0x80]
        let text = try Normalizer.normalize(bytes: latin, file: "w.txt")
        XCTAssertEqual(text.lines.map(\.text), ["UNITÀ", "perché€"])
        XCTAssertEqual(text.diagnostics.map(\.code), ["encoding-fallback"])
        let bom = try Normalizer.normalize(bytes: [0xEF, 0xBB, 0xBF] + Array("SCHEDA".utf8), file: "b.txt")
        XCTAssertEqual(bom.lines[0].text, "SCHEDA")
        let utf16 = try Normalizer.normalize(bytes: [0xFF, 0xFE, 0x41, 0x00, 0xC0, 0x00], file: "u.txt")
        XCTAssertEqual(utf16.lines[0].text, "AÀ")
        let decomposed = try Normalizer.normalize(bytes: Array("UNITA\u{300}".utf8), file: "n.txt")
        XCTAssertEqual(decomposed.lines[0].text.unicodeScalars.count, 5, "NFC composes A + grave accent")
    }

    func testUnusableInputNamesTheProblem() {
        XCTAssertThrowsError(try Normalizer.normalize(bytes: [], file: "empty.txt")) { error in
            XCTAssertEqual((error as? UnusableInput)?.description, "empty.txt: the file is empty")
        }
        XCTAssertThrowsError(try Normalizer.normalize(bytes: Array("%PDF-1.7\n".utf8), file: "a.pdf")) { error in
            XCTAssertTrue(String(describing: error).contains("is a PDF"))
        }
        XCTAssertThrowsError(try Normalizer.normalize(bytes: [0x00, 0x01, 0x02, 0x41], file: "bin.dat"))
    }

    func testFormatDetection() throws {
        func format(_ text: String) throws -> DocumentFormat { try Normalizer.normalize(bytes: Array(text.utf8), file: "x").format }
        XCTAssertEqual(try format("<!DOCTYPE html><html><body><p>x</p></body></html>"), .html)
        XCTAssertEqual(try format("## Titolo\n<b>A</b>\tB"), .markdownHTML)
        XCTAssertEqual(try format("A\tB\nC\tD\n"), .tabularText)
        XCTAssertEqual(try format("solo testo\nche scorre\n"), .flowText)
    }

    func testFullHTMLDocumentRowsBecomeTabbedLines() throws {
        let html = """
        <!DOCTYPE html>
        <html><head><title>PIAO</title></head><body>
        <h2>SCHEDA OBIETTIVO STRATEGICO</h2>
        <table>
        <tr><td><b>PESO OBIETTIVO</b></td><td><s>20%</s> 25%</td></tr>
        </table>
        </body></html>
        """
        let text = try Normalizer.normalize(bytes: Array(html.utf8), file: "p.html")
        XCTAssertEqual(text.format, .html)
        // A block element other than a heading or a row ends its paragraph with a blank line, as in text.
        XCTAssertEqual(text.lines.map(\.text), ["PIAO", "", "SCHEDA OBIETTIVO STRATEGICO", "PESO OBIETTIVO\t20% 25%"])
        XCTAssertEqual(text.lines[2].headingLevel, 2)
        XCTAssertEqual(text.lines[3].number, 5)
        XCTAssertTrue(text.lines[3].runs.contains(StyledRun("20%", .struck)))
    }
}

extension NormalizerTests {
    /// In HTML a source line break is a space; <br> and <p> break lines. "Descrizione:<br>testo"
    /// gives two lines of one paragraph, as the same text would in a text file.
    func testHTMLBreaksAndParagraphsBecomeLines() throws {
        let html = """
        <!DOCTYPE html>
        <html><body>
        <p>Descrizione:<br>
        Il testo della
        descrizione</p><p>Risorse economiche:</p>
        </body></html>
        """
        let text = try Normalizer.normalize(bytes: Array(html.utf8), file: "p.html")
        XCTAssertEqual(text.lines.map(\.text), ["Descrizione:", "Il testo della descrizione", "", "Risorse economiche:", ""])
    }
}

extension NormalizerTests {
    /// pdftotext -layout leaves an empty cell as spaces only: the column offsets of the table's
    /// other rows put the next value back in its own column.
    func testLayoutColumnsKeepEmptyCellsInPlace() throws {
        let layout = """
        Indicatori        Tipologia    Stato 2025    Target 2026
        Costi struttura   Efficienza                 <= 100
        Ricavi            Efficacia    90            >= 95
                          Efficacia
        """
        XCTAssertEqual(try lines(layout).map(\.text), [
            "Indicatori\tTipologia\tStato 2025\tTarget 2026",
            "Costi struttura\tEfficienza\t\t<= 100",
            "Ricavi\tEfficacia\t90\t>= 95",
            "\tEfficacia",
        ])
    }
}

extension NormalizerTests {
    /// pdftotext -layout wraps a long cell onto the next lines, under its column: a line that only
    /// continues cells of the row above (lower-case or bracketed openings) is joined to them; its
    /// line stays, empty. Lines that open like values, years or labels stay rows of their own, and a
    /// caption ends the table (the next one, at other offsets, keeps its own columns).
    func testLayoutWrappedCellsAreJoinedBack() throws {
        let layout = """
        Indicatori               Tipologia    Target 2026
        Grado di realizzazione   Efficacia    >= 80%
        delle azioni             (interna)
        Costi di struttura       Efficienza   <= 100
                                              <= 90
        Tempi medi               Efficienza   30
                                 Qualità
        kpi1.1.1_03 pratiche     Efficacia    = 100%
        Unità coinvolte:
        Area           Segreteria
        """
        let read = try lines(layout)
        XCTAssertEqual(read.map(\.text), [
            "Indicatori\tTipologia\tTarget 2026",
            "Grado di realizzazione delle azioni\tEfficacia (interna)\t>= 80%",
            "",
            "Costi di struttura\tEfficienza\t<= 100",
            "\t\t<= 90",
            "Tempi medi\tEfficienza\t30",
            "\tQualità",
            "kpi1.1.1_03 pratiche\tEfficacia\t= 100%",
            "Unità coinvolte:",
            "Area\tSegreteria",
        ])
        XCTAssertEqual(read.map(\.number), Array(1...10), "the joined line keeps its number, empty")
    }
}

extension NormalizerTests {
    /// A cell spanning columns keeps the next cell under its own header.
    func testHTMLColspanKeepsColumnsInPlace() throws {
        let html = """
        <!DOCTYPE html>
        <html><body><table>
        <tr><td>RISORSE</td><td>Anno 2025</td><td>Anno 2026</td><td>Anno 2027</td></tr>
        <tr><td colspan="2">€ 1.000,00</td><td>€ 2.000,00</td><td>€ 3.000,00</td></tr>
        <tr><td>PESO</td><td colspan="3">20%</td></tr>
        </table></body></html>
        """
        let text = try Normalizer.normalize(bytes: Array(html.utf8), file: "span.html")
        XCTAssertEqual(text.lines.map(\.text), [
            "RISORSE\tAnno 2025\tAnno 2026\tAnno 2027",
            "€ 1.000,00\t\t€ 2.000,00\t€ 3.000,00",
            "PESO\t20%\t\t",
        ])
    }

    /// Cell text collapses every kind of space (the fast path skips eight printable bytes at a time,
    /// so spaces are placed before, inside and after such stretches).
    func testCellTextCollapsesSpacesEverywhere() {
        func text(_ raw: String) -> String { Cell(runs: [StyledRun(raw)], line: 1).text }
        XCTAssertEqual(text("Numero_di_imprese_iscritte"), "Numero_di_imprese_iscritte")
        XCTAssertEqual(text("  Numero di imprese iscritte  "), "Numero di imprese iscritte")
        XCTAssertEqual(text("Numerodiimprese  iscritte\tnel\nregistro"), "Numerodiimprese iscritte nel registro")
        XCTAssertEqual(text("Valore_atteso_2025\u{00A0}≥\u{2009}80%\u{202F}"), "Valore_atteso_2025 ≥ 80%")
        XCTAssertEqual(text("ABCDEFGHIJKLMNOP "), "ABCDEFGHIJKLMNOP")
        XCTAssertEqual(text("ABCDEFGH\u{7F}IJKLMNOP\u{3000}Q"), "ABCDEFGH\u{7F}IJKLMNOP Q")
        XCTAssertEqual(text(" \t \n "), "")
        // Against a plain reading of the rule (split on Unicode white space, join with one space), on
        // strings that put spaces at every offset of the eight-byte stretches.
        var generator = SeededGenerator(seed: 42)
        let pieces = ["a", "b", "Z", ".", " ", " ", "\t", "\n", "é", "\u{00A0}", "\u{3000}", "€", "abcdefgh", "ABCDEFGHIJKLMNOP"]
        for _ in 0..<2_000 {
            let raw = (0..<Int.random(in: 0...24, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let expected = raw.unicodeScalars.split(whereSeparator: \.properties.isWhitespace).map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
            XCTAssertEqual(text(raw), expected, "\(raw.debugDescription)")
        }
    }
}

extension NormalizerTests {
    /// Words are cut at space bytes, as `split(separator: " ")` cuts them at space characters: the
    /// same words, also where a mark or joiner makes a space part of a character.
    func testSpaceSeparatedWordsMatchCharacterSplit() {
        XCTAssertEqual("OS 1.1 – Titolo  con  spazi ".spaceSeparatedWords(), ["OS", "1.1", "–", "Titolo", "con", "spazi"])
        XCTAssertEqual("a \u{301}b c".spaceSeparatedWords(), "a \u{301}b c".split(separator: " "))
        var generator = SeededGenerator(seed: 7)
        let pieces = ["a", "è", " ", " ", "€", "\u{301}", "\u{200D}", "\u{0600}", "\u{1F3FB}", "\u{0903}", "\u{00A0}", "word"]
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            XCTAssertEqual(text.spaceSeparatedWords(), text.split(separator: " "), "\(text.debugDescription)")
        }
    }
}

/// A repeatable generator for tests (SplitMix64): the same strings on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension NormalizerTests {
    /// pdftotext -layout of a table whose cells are centred vertically: a label on a middle line of
    /// its value, a label wrapped around its value, values centred without a label, a heading over a
    /// centred row. Each block between blank lines is then one row, on its first line; the other
    /// lines stay, empty. Blocks that are not one centred row read as before: a label at the top of
    /// its value, rows printed without a gap (two lines with a label and a value), values a line each
    /// in full columns, and lines at the top of a page that go on with the row the page break cut.
    func testLayoutRowsCentredVerticallyAreJoined() throws {
        let layout = """
                            1.1 - Digitalizzazione e
        OBIETTIVO           innovazione (digitale ed
                            ecologica)

        PESO OBIETTIVO
                            20%
        obt. str.)

                            € 1.366.000,00 €
                                                   € 648.000,00     € 648.000,00
                            1.622.100,00(*)

        INDICATORE/I
                            Livelli di attività
        DESCRIZIONE         di valutazione della
                            maturità digitale

        DESCRIZIONE         Favorire la transizione
                            digitale delle imprese
        PESO INDICATORE     25%
        FONTE DEL DATO      Interna

                            ≥ 80             //
                            ≥ 70             //
        Nome indicatore     Efficacia        >= 35%
        \u{0C}                    (Fonte dei dati:
        Tipologia: Efficacia       interna)
        """
        XCTAssertEqual(try lines(layout).map(\.text), [
            "OBIETTIVO\t1.1 - Digitalizzazione e innovazione (digitale ed ecologica)", "", "",
            "",
            "PESO OBIETTIVO obt. str.)\t20%", "", "",
            "",
            "\t€ 1.366.000,00 € 1.622.100,00(*)\t€ 648.000,00\t€ 648.000,00", "", "",
            "",
            "INDICATORE/I",
            "DESCRIZIONE\tLivelli di attività di valutazione della maturità digitale", "", "",
            "",
            "DESCRIZIONE\tFavorire la transizione digitale delle imprese", "",
            "PESO INDICATORE\t25%",
            "FONTE DEL DATO\tInterna",
            "",
            "\t≥ 80\t\t//",
            "\t≥ 70\t\t//",
            "Nome indicatore\tEfficacia\t\t>= 35%",
            "\u{0C}\t(Fonte dei dati:",
            "Tipologia: Efficacia\t\tinterna)",
        ])
    }
}

extension NormalizerTests {
    /// A grid row centred vertically under its header: the name over three lines, the values on the
    /// middle one. Joined whole, each value goes under the header column it overlaps (the empty
    /// ALGORITMO column stays empty), not in the row's own order. A line of text right under a label
    /// and its value, with a gap too narrow for a column ("PESO OBIETTIVO  20%"), is a row of its own.
    func testLayoutCentredGridRowKeepsTheHeaderColumns() throws {
        let layout = """
        INDICATORE Descrizione      ALGORITMO      TARGET 2024     PESO     TIPOLOGIA

        Azioni di rilevazioni dei
        dati, loro diffusione                      ≥ 25 ≥ 40       100%     Realizzazione fisica
        e gruppi di lavoro

        OBIETTIVO STRATEGICO        2.1 - Promozione del turismo
        PESO OBIETTIVO  20%
        """
        XCTAssertEqual(try lines(layout).map(\.text), [
            "INDICATORE Descrizione\tALGORITMO\tTARGET 2024\tPESO\tTIPOLOGIA",
            "",
            "Azioni di rilevazioni dei dati, loro diffusione e gruppi di lavoro\t\t≥ 25 ≥ 40\t100%\tRealizzazione fisica", "", "",
            "",
            "OBIETTIVO STRATEGICO\t2.1 - Promozione del turismo",
            "PESO OBIETTIVO  20%",
        ])
    }
}

extension NormalizerTests {
    /// Rows of a centred table printed without a gap, each label amid its own value (002's operational
    /// sheets: "OBIETTIVO STRATEGICO" amid "OS 1.2 – …" / "ECOLOGICA)", "OBIETTIVO OPERATIVO" amid
    /// "OO 1.2.1 – …"), are shared out at the middle between labels, a row each. A grid row whose name
    /// is one cell wrapped beside values on several lines ("… cultura digitale ed" / "ecologica
    /// realizzate …" / "(Obiettivo comune)") is joined whole; rows whose labels do not go on from each
    /// other ("PESO INDICATORE" / "FONTE DEL DATO") stay rows of their own.
    func testLayoutCentredRowsPrintedWithoutGap() throws {
        let layout = """
                                   OS 1.2 – FAVORIRE LA DOPPIA
        OBIETTIVO STRATEGICO
                                   TRANSIZIONE
                                   OO 1.2.1 – REALIZZAZIONE DI
        OBIETTIVO OPERATIVO        ATTIVITA' DEDICATE
                                   (PESO: 40%)

                                              N. eventi di
        Azioni di diffusione della            informazione e
        ecologica realizzate           70     sensibilizzazione    ≥ 15
        (Obiettivo comune)                    organizzati
                                              nell'anno

        PESO INDICATORE     25%
        FONTE DEL DATO      Interna
        """
        XCTAssertEqual(try lines(layout).map(\.text), [
            "OBIETTIVO STRATEGICO\tOS 1.2 – FAVORIRE LA DOPPIA TRANSIZIONE", "", "",
            "OBIETTIVO OPERATIVO\tOO 1.2.1 – REALIZZAZIONE DI ATTIVITA' DEDICATE (PESO: 40%)", "", "",
            "",
            "Azioni di diffusione della ecologica realizzate (Obiettivo comune)\t70\tN. eventi di informazione e sensibilizzazione organizzati nell'anno\t≥ 15",
            "", "", "", "",
            "",
            "PESO INDICATORE\t25%",
            "FONTE DEL DATO\tInterna",
        ])
    }
}

extension NormalizerTests {
    /// A grid row of 004's PIRA rendered with centred cells: the first cell holds a name and a
    /// description as paragraphs on lines 1, 3 and 5, beside values on the middle line, while the
    /// dates of three narrow target columns are printed a single space apart and cut in their year
    /// ("31/12/20 31/12/202 31/12/202" over "26   7   8"). Under a header of three columns or more,
    /// a block whose every column is centred on its middle, some column one piece, is one row; the
    /// dates are cut where the pieces under them open and their years joined back.
    func testLayoutCentredGridRowWithParagraphsAndCutDates() throws {
        let layout = """
        Indicatori               Tipologia    UdM     2026     2027      2028       Peso

        Privacy - Registro dei
                                                      31/12/20 31/12/202 31/12/202
        trattamenti              Efficienza   data                                  20,0%
                                                      26       7         8
        Aggiornamento registri

        Costi struttura          Efficienza   euro    100      100       100        10%
        Ricavi                   Efficacia    euro    90       95        95         10%
        Tempi                    Efficienza   gg      30       30        30         10%
        """
        XCTAssertEqual(try lines(layout).map(\.text), [
            "Indicatori\tTipologia\tUdM\t2026\t2027\t2028\tPeso",
            "",
            "Privacy - Registro dei trattamenti Aggiornamento registri\tEfficienza\tdata\t31/12/2026\t31/12/2027\t31/12/2028\t20,0%",
            "", "", "", "",
            "",
            "Costi struttura\tEfficienza\teuro\t100\t100\t100\t10%",
            "Ricavi\tEfficacia\teuro\t90\t95\t95\t10%",
            "Tempi\tEfficienza\tgg\t30\t30\t30\t10%",
        ])
    }
}

extension NormalizerTests {
    /// Text placed at pixels, laid out as lines of characters: pieces with the same top (to two fifths
    /// of a line) are one line, ordered by left; a piece of several lines goes down a line height a
    /// line; a gap of more than a line is a blank line (two at most); two pieces of one line are at
    /// least three spaces apart; a new page opens with a form feed; every line keeps its source line.
    func testPositionedTextLaidOutAsLines() {
        XCTAssertEqual(PositionedText.place(style: "position:absolute;top:907px;left:291px;white-space:nowrap")?.top, 907)
        XCTAssertEqual(PositionedText.place(style: "position: absolute; left: 12.6px; top: 40px")?.left, 13)
        XCTAssertNil(PositionedText.place(style: "position:relative;top:907px;left:291px"))
        XCTAssertNil(PositionedText.place(style: "position:absolute;top:1e300px;left:0px"), "no place is that far")
        // Points (MuPDF's HTML) are pixels at pdftohtml's zoom, 1.5 a point; other units are no place.
        XCTAssertEqual(PositionedText.place(style: "position:absolute;top:73pt;left:72.2pt").map { [$0.top, $0.left] }, [110, 108])
        XCTAssertNil(PositionedText.place(style: "position:absolute;top:2em;left:1em"))
        let pieces = [
            PositionedText.Piece(page: 1, top: 100, left: 300, lines: ["20%"], sourceLine: 12),
            PositionedText.Piece(page: 1, top: 101, left: 80, lines: ["PESO INDICATORE"], sourceLine: 11),
            PositionedText.Piece(page: 1, top: 50, left: 80, lines: ["DESCRIZIONE"], sourceLine: 9),
            PositionedText.Piece(page: 1, top: 50, left: 300, lines: ["Grado di", "utilizzo"], sourceLine: 10),
            PositionedText.Piece(page: 1, top: 150, left: 80, lines: ["FONTE"], sourceLine: 13),
            PositionedText.Piece(page: 1, top: 150, left: 120, lines: ["Interna"], sourceLine: 14),
            PositionedText.Piece(page: 2, top: 40, left: 90, lines: ["Nota"], sourceLine: 20),
        ]
        let (text, sources) = PositionedText.layout(pieces)
        XCTAssertEqual(text.components(separatedBy: "\n"), [
            "DESCRIZIONE                          Grado di",
            "                                     utilizzo",
            "",
            "PESO INDICATORE                      20%",
            "",
            "",
            "FONTE   Interna",
            "\u{0C}Nota",
        ])
        XCTAssertEqual(sources, [9, 10, 11, 11, 13, 13, 13, 20])

        // Runs of one line in another font (pdftohtml starts an element at each change of font): one
        // that opens right where text that goes on ends (a space at the end of the one, or at the start
        // of the other) is the same cell; in the same font, or with no space between, another cell.
        let runs = [
            PositionedText.Piece(page: 1, top: 10, left: 80, lines: ["ecologica realizzate"], sourceLine: 1, font: "ft1", endsWithSpace: true),
            PositionedText.Piece(page: 1, top: 10, left: 203, lines: ["Tipologia: Volume"], sourceLine: 2, font: "ft2", endsWithSpace: false),
            PositionedText.Piece(page: 1, top: 10, left: 400, lines: ["70"], sourceLine: 3, font: "ft1"),
            PositionedText.Piece(page: 1, top: 30, left: 80, lines: ["degli eventi di"], sourceLine: 4, font: "ft1", endsWithSpace: true),
            PositionedText.Piece(page: 1, top: 30, left: 180, lines: ["orientamento"], sourceLine: 5, font: "ft1"),
            PositionedText.Piece(page: 1, top: 50, left: 80, lines: ["sottoscritte"], sourceLine: 6, font: "ft2"),
            PositionedText.Piece(page: 1, top: 50, left: 176, lines: ["con Unioncamere"], sourceLine: 7, font: "ft1", opensWithSpace: true),
        ]
        XCTAssertEqual(PositionedText.layout(runs).text.components(separatedBy: "\n"), [
            "ecologica realizzate Tipologia: Volume   70",
            "degli eventi di   orientamento",
            "sottoscritte con Unioncamere",
        ])
    }
}

extension NormalizerTests {
    /// `pdftotext -layout` of a sheet whose cells are aligned at the top (001 so printed, lines 71–72):
    /// the weight stands on the label's first line a single space after it, the label's bracket closed on
    /// the next line. The value is a cell of its own, as when the gap is wider (line 233 of the same text),
    /// so the row is "PESO OBIETTIVO (rispetto agli obt. str.) | 20%". A line of prose is left as printed.
    func testLayoutValueGluedToALabelWhoseBracketWraps() throws {
        let layout = """
        LINEA STRATEGICA                1 - Competitività delle imprese

        DESCRIZIONE                     Favorire la transizione digitale e sostenere lo sviluppo
                                        dell'internazionalizzazione delle imprese.

        PESO OBIETTIVO (rispetto agli 20%
        obt. str.)

        approvato dal Consiglio della Regione Toscana nel quadro della legge regionale (L.R. 30
        dicembre 2024, n. 61)
        """
        let texts = try lines(layout).map(\.text)
        XCTAssertEqual(texts[5], "PESO OBIETTIVO (rispetto agli obt. str.)\t20%")
        XCTAssertTrue(texts.contains("approvato dal Consiglio della Regione Toscana nel quadro della legge regionale (L.R. 30"))
    }
}

extension NormalizerTests {
    /// Boxed words (`pdftotext -bbox`): words of one line about a space apart are one piece; a gap a
    /// quarter wider than the usual space (the median gap, a fifth of the words' height here) parts two
    /// cells; another line or page starts a piece, and so does another `<line>` element (`-bbox-layout`).
    /// Points become pixels at pdftohtml's 1.5 a point (the words are 13 points high, the height all
    /// words are scaled to), and a piece ends where its last word does.
    func testBoxedWordsJoinedIntoPieces() {
        func word(_ text: String, _ x: Double, _ y: Double, page: Int = 1, line: Int = 0) -> BoxedWords.Word {
            BoxedWords.Word(page: page, line: line, xMin: x, yMin: y, xMax: x + Double(text.count) * 5, yMax: y + 13, text: text, sourceLine: Int(y))
        }
        let words = [
            word("in", 50, 100), word("attività", 62.5, 100), word("di", 105, 100),  // 2.5 points apart
            word("Volume", 120, 100),  // 5 points after "di"
            word("n.", 200, 100),
            word("orientamento", 50, 114),
            word("Nota", 50, 100, page: 2),
            word("Peso", 50, 200, line: 7), word("20%", 72.5, 200, line: 8),
        ]
        let pieces = BoxedWords.pieces(words)
        XCTAssertEqual(pieces.map(\.lines), [["in attività di"], ["Volume"], ["n."], ["orientamento"], ["Nota"], ["Peso"], ["20%"]])
        XCTAssertEqual(pieces.map { "\($0.page) \($0.top) \($0.left)-\($0.right ?? -1)" },
                       ["1 150 75-173", "1 150 180-225", "1 150 300-315", "1 171 75-165", "2 150 75-105", "1 300 75-105", "1 300 109-131"])
    }

    /// A page whose pieces say where they end lays each column out past every piece that ends left of
    /// it: "in attività di assistenza e" is 27 characters but ends left of "Volume", which at the usual
    /// width of a character (6 pixels) would open at column 19, inside that line's text. Without right
    /// edges (pdftohtml), the usual width alone places it.
    func testBoxedColumnsOpenPastTheTextLeftOfThem() {
        var pieces = [
            PositionedText.Piece(page: 1, top: 100, left: 75, lines: ["in attività di assistenza e"], sourceLine: 1, right: 180),
            PositionedText.Piece(page: 1, top: 120, left: 75, lines: ["nuove imprese coinvolte"], sourceLine: 2, right: 170),
            PositionedText.Piece(page: 1, top: 120, left: 190, lines: ["Volume"], sourceLine: 3, right: 230),
        ]
        XCTAssertEqual(PositionedText.layout(pieces).text, "in attività di assistenza e\nnuove imprese coinvolte     Volume")
        for index in pieces.indices { pieces[index].right = nil }
        XCTAssertEqual(PositionedText.layout(pieces).text, "in attività di assistenza e\nnuove imprese coinvolte   Volume")
    }
}
