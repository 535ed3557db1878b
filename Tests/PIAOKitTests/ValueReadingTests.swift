import XCTest
@testable import PIAOKit

final class ValueReadingTests: XCTestCase {
    func testValueTokens() {
        XCTAssertEqual(ValueTokens.split("≥ 15 ≥ 25"), ["≥ 15", "≥ 25"])
        XCTAssertEqual(ValueTokens.split("≥150 ≥ 10"), ["≥150", "≥ 10"])
        // Corpus 002 line 690, struck "<= -5 gg" then "<= - 2 gg": after a comparison, "- 2" is a negative number.
        XCTAssertEqual(ValueTokens.split("<= -5 gg <= - 2 gg"), ["<= -5 gg", "<= - 2 gg"])
        XCTAssertEqual(ValueTokens.split("80% SI"), ["80%", "SI"])
        XCTAssertEqual(ValueTokens.split("Entro 30.06 SI"), ["Entro 30.06", "SI"])
        XCTAssertEqual(ValueTokens.split("€ 21.000,00 € 62.150,00(*)"), ["€ 21.000,00", "€ 62.150,00(*)"])
        XCTAssertEqual(ValueTokens.split("€ 1.105.500,00 € 1.201.904,83 (*)"), ["€ 1.105.500,00", "€ 1.201.904,83 (*)"])
        XCTAssertEqual(ValueTokens.split(">= 450 >= 525*"), [">= 450", ">= 525*"])
        XCTAssertEqual(ValueTokens.split("≤-10"), ["≤-10"])
        XCTAssertEqual(ValueTokens.split("100 €"), ["100 €"])
        XCTAssertNil(ValueTokens.split("n. azioni"))
        XCTAssertNil(ValueTokens.split("Valore assoluto"))
    }

    /// Comparisons written in words, and an operator a converter split in two ("> =", 004's pdftohtml page).
    func testWordedOperators() {
        let read = { (text: String) in TargetReader.read(text) }
        XCTAssertEqual(read("almeno 80%"), Target(raw: "almeno 80%", kind: .number, operator: ">=", value: 80, unit: "%"))
        XCTAssertEqual(read("non inferiore al 90%"), Target(raw: "non inferiore al 90%", kind: .number, operator: ">=", value: 90, unit: "%"))
        XCTAssertEqual(read("Non superiore a 30 giorni"), Target(raw: "Non superiore a 30 giorni", kind: .number, operator: "<=", value: 30, unit: "gg"))
        XCTAssertEqual(read("max 5 gg"), Target(raw: "max 5 gg", kind: .number, operator: "<=", value: 5, unit: "gg"))
        XCTAssertEqual(read("superiore all’80%"), Target(raw: "superiore all’80%", kind: .number, operator: ">", value: 80, unit: "%"))
        XCTAssertEqual(read("pari al 100%"), Target(raw: "pari al 100%", kind: .number, operator: "=", value: 100, unit: "%"))
        XCTAssertEqual(read("minore di 3"), Target(raw: "minore di 3", kind: .number, operator: "<", value: 3))
        XCTAssertEqual(read("> = 9.650.000"), Target(raw: "> = 9.650.000", kind: .number, operator: ">=", value: 9_650_000))
        XCTAssertEqual(read("< = 30"), Target(raw: "< = 30", kind: .number, operator: "<=", value: 30))
        XCTAssertEqual(read("minimizzare i tempi").kind, .text, "a word that only starts like one")
        XCTAssertEqual(read("almeno un evento").kind, .text, "no number after the words")
        XCTAssertEqual(read("entro il 30/06/2025").kind, .date)
    }

    func testTargets() {
        XCTAssertEqual(TargetReader.read("≥ 80"), Target(raw: "≥ 80", kind: .number, operator: ">=", value: 80))
        XCTAssertEqual(TargetReader.read("≤1,8"), Target(raw: "≤1,8", kind: .number, operator: "<=", value: 1.8))
        XCTAssertEqual(TargetReader.read("≥ 73%"), Target(raw: "≥ 73%", kind: .number, operator: ">=", value: 73, unit: "%"))
        XCTAssertEqual(TargetReader.read("3.000,00"), Target(raw: "3.000,00", kind: .number, value: 3000))
        XCTAssertEqual(TargetReader.read(">= 525*"), Target(raw: ">= 525*", kind: .number, operator: ">=", value: 525))
        XCTAssertEqual(TargetReader.read("SI").kind, .boolean)
        XCTAssertEqual(TargetReader.read("Sì").kind, .boolean)
        XCTAssertEqual(TargetReader.read("//").kind, .notApplicable)
        XCTAssertEqual(TargetReader.read("N.D.").kind, .notAvailable)
        XCTAssertEqual(TargetReader.read("Entro 30.06").kind, .date)
        XCTAssertEqual(TargetReader.read("Realizzazione del piano").kind, .text)
        // Corpus 004 lines 416, 137: a yes/no or "not available" target keeps its operator.
        XCTAssertEqual(TargetReader.read("= si"), Target(raw: "= si", kind: .boolean, operator: "="))
        XCTAssertEqual(TargetReader.read(">= n.d."), Target(raw: ">= n.d.", kind: .notAvailable, operator: ">="))
        XCTAssertEqual(TargetReader.read("= sistema").kind, .text)
        // Corpus 003 line 1316: a month in one digit, with its year.
        XCTAssertEqual(ValueTokens.split("Entro 31/5/2022"), ["Entro 31/5/2022"])
        XCTAssertEqual(TargetReader.read("1.5").kind, .number, "a number, not a date")
    }

    /// Corpus 001 line 63, "≥ 12 80" (the 12 struck in the PDF): the operator printed once is the new value's too.
    func testAnOperatorPrintedOnceServesBothValuesSideBySide() {
        let pair = TargetReader.read(PrintedPair(original: "≥ 12", current: "80", evidence: .adjacentValues))
        XCTAssertEqual(pair.current, Target(raw: "80", kind: .number, operator: ">=", value: 80))
        XCTAssertEqual(pair.original, Target(raw: "≥ 12", kind: .number, operator: ">=", value: 12))
        XCTAssertNil(TargetReader.read(PrintedPair(original: "≥ 12", current: "80", evidence: nil)).current?.operator, "printed apart, not side by side")
        XCTAssertNil(TargetReader.read(PrintedPair(original: "≥ 12", current: "SI", evidence: .adjacentValues)).current?.operator)
    }

    /// Numbers are read on bytes where every Character is a byte or "≥", "≤", "€", "‰"; the reading by
    /// Characters must agree on any text (marks, CR, other signs send a text to the Character reading).
    func testNumbersReadOnBytesAsByCharacters() {
        let pieces = ["1", "25", "0", "3.000", ",5", ".", ",", "-", "- ", " ", "  ", "\t", "≥", "≤", "€", "‰", ">", "<", "=", ">=", "=<",
                      "(", ")", "%", "gg", "giorni", "N.", "n", "euro", "ore", "mesi", "x", "\r\n", "½", "é", "\u{301}", "*", "GG"]
        var generator = SeededGenerator(seed: 11)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let bytes = TargetReader.readNumber(text), characters = TargetReader.readNumberByCharacters(text)
            XCTAssertEqual(bytes.map { "\($0.operator ?? "") \($0.value) \($0.unit ?? "")" }, characters.map { "\($0.operator ?? "") \($0.value) \($0.unit ?? "")" }, text)
        }
        XCTAssertNotNil(NumberBytes.read("≥ 1.366.000,00 €") ?? nil, "the byte reading answers for the usual signs")
        XCTAssertNil(NumberBytes.read("5\u{301}"), "a combining mark is left to the Character reading")
    }

    func testItalianNumbers() {
        XCTAssertEqual(ItalianNumber.parse("1.366.000,00"), 1_366_000)
        XCTAssertEqual(ItalianNumber.parse("1,8"), 1.8)
        XCTAssertEqual(ItalianNumber.parse("0.5"), 0.5)
        XCTAssertEqual(ItalianNumber.parse("10.000"), 10_000)
        XCTAssertNil(ItalianNumber.parse("abc"))
        XCTAssertEqual(ItalianNumber.parse("1 200"), 1_200, "spaces inside a number are ignored")
        XCTAssertEqual(ItalianNumber.parse("-2"), -2)
        XCTAssertEqual(ItalianNumber.parse("12.50"), 12.5, "a dot with two digits after it is a decimal point")
        XCTAssertNil(ItalianNumber.parse("１２"), "only ASCII digits")
        XCTAssertNil(ItalianNumber.parse("."))
    }

    func testASCIISearchIgnoresCaseAndKeepsIndicesOfNonASCIIText() {
        let text = "Unità di misura: percentuale (TIPOLOGIA: efficacia) soglia 5"
        let range = try? XCTUnwrap(text.range(ofASCII: "(Tipologia"))
        XCTAssertEqual(range.map { String(text[$0]) }, "(TIPOLOGIA")
        XCTAssertEqual(text.range(ofASCII: "SOGLIA").map { String(text[$0.upperBound...]) }, " 5")
        XCTAssertNil(text.range(ofASCII: "soglia", caseInsensitive: false, from: text.range(ofASCII: "soglia")!.upperBound))
        XCTAssertNil(text.range(ofASCII: "Tipologia", caseInsensitive: false))
        XCTAssertEqual(Substring(text).dropFirst(6).range(ofASCII: "misura").map { String(text[$0]) }, "misura")
        XCTAssertEqual(text.lastRange(ofASCII: "i").map { String(text[$0.upperBound...]) }, "a 5")
        XCTAssertEqual("Unità  di  misura".lastRange(ofASCII: "  ").map { String("Unità  di  misura"[$0.upperBound...]) }, "misura")
        XCTAssertNil(text.lastRange(ofASCII: "  "))
        XCTAssertTrue(ByteSearch.contains("NOTE - Causa: x", "causa:"))
        XCTAssertFalse(ByteSearch.contains("@", "`"), "only letters are folded")
    }

    func testLabelsAreMatchedTolerantly() {
        XCTAssertEqual(Label.match("UNITÀ DI MISURA (*)"), .measure)
        XCTAssertEqual(Label.match("UNITA' DI MISURA"), .measure)
        XCTAssertEqual(Label.match("UNITA' ORGANIZZATIVA"), .unit)
        XCTAssertEqual(Label.match("FONTI DEL DATO"), .source)
        XCTAssertEqual(Label.match("SCHEMA OBIETTIVO OPERATIVO"), .operationalSheet)
        XCTAssertEqual(Label.match("RISULTATO ATTESO – TARGET (*)"), .target)
        XCTAssertEqual(Label.match("PESO OBIETTIVO (rispetto agli obt. str.)"), .objectiveWeight)
        XCTAssertEqual(Label.match("TARGET 2025"), .target)
        XCTAssertNil(Label.match("Target confermato"))
        XCTAssertNil(Label.match("Descrizione delle attività svolte"))
        XCTAssertNil(Label.match("PROGRAMMAZIONE OPERATIVA"))
        XCTAssertEqual(Label.normalizedKey("  Unita'  di misura (*):"), "UNITA DI MISURA", "ASCII text, read on bytes")
        XCTAssertEqual(Label.normalizedKey("Unità di misura (*):"), "UNITA DI MISURA", "the same key from accented text")
    }

    /// Labels are matched on their key's bytes when it is ASCII; the reading by Characters must agree.
    func testLabelsMatchedOnBytesAsByCharacters() {
        let pieces = ["PESO", "peso", "INDICATORE", "OBIETTIVO", "TARGET", "RISULTATO ATTESO", "UNITÀ", "UNITA'", "DI MISURA", "DESCRIZIONE",
                      " ", "  ", "\t", ":", "(*)", "(", ")", "-", "–", "2025", "ANNO ", "Anno", "DEL DATO", "x", "é", "\u{301}", "½", ".", "\r\n", "Ñ"]
        var generator = SeededGenerator(seed: 12)
        for _ in 0..<4_000 {
            let text = (0..<Int.random(in: 1...5, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let guarded = text.utf8.count <= 280 && Label.mayStartLabel(text) && text.count <= 70
            XCTAssertEqual(Label.match(text), guarded ? Label.match(key: Label.normalizedKey(text)) : nil, text)
        }
        XCTAssertEqual(Label.normalizedKey("PESO : :"), "PESO :", "colons at the end go, then the spaces before them")
        XCTAssertEqual(Label.normalizedKey("peso\t\tindicatore::"), "PESO INDICATORE")
        XCTAssertEqual(Label.normalizedKey("  Unità\u{A0}di misura: "), "UNITA DI MISURA")
    }

    /// `hasAtMost(characters:)` counts scalars when each is a Character; it must agree with `count`.
    func testCharacterLimitsAsByCounting() {
        let pieces = ["a", "PESO ", "é", "à", "€", "≥", "–", "\u{301}", "\r\n", "\r", "\n", "👍", "\u{200D}", "🇮🇹", "\u{FE0F}", "한", "\u{AD}", " "]
        var generator = SeededGenerator(seed: 13)
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 1...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for limit in [text.count - 1, text.count, text.count + 1, text.unicodeScalars.count, 10] where limit >= 0 {
                XCTAssertEqual(text.hasAtMost(characters: limit), text.count <= limit, "\(text.debugDescription) \(limit)")
            }
        }
    }

    func testTextSplitting() {
        XCTAssertEqual(TextSplitter.sentences("N. imprese supportate N. imprese coinvolte e valutate")?.current, "N. imprese coinvolte e valutate")
        XCTAssertEqual(TextSplitter.sentences("Supporto realizzazione Bilancio Sociale Integrazione strumento iscrizione eventi")?.original,
                       "Supporto realizzazione Bilancio Sociale")
        XCTAssertNil(TextSplitter.sentences("Realizzare le attività in esecuzione delle Convenzioni in fase di sottoscrizione con Unioncamere"),
                     "a capital after a preposition never starts a new sentence")
        XCTAssertEqual(TextSplitter.inlineValuePairs("alla data del 30.09.2023 31.12.2023 sospese"),
                       PrintedPair(original: "alla data del 30.09.2023 sospese", current: "alla data del 31.12.2023 sospese", evidence: .adjacentValues))
        XCTAssertNil(TextSplitter.inlineValuePairs("programmazione 2021/2027 Interreg"))
        let struck = Cell(runs: [StyledRun("n. "), StyledRun("10", .struck), StyledRun(" 9 ispezioni")], line: 1)
        XCTAssertEqual(TextSplitter.struck(struck), PrintedPair(original: "n. 10 ispezioni", current: "n. 9 ispezioni", evidence: .strikethrough))
    }

    /// A text that strikes words and sets others in bold beside plain ones: the bold words are new (002 lines
    /// 1721, 1996). A figure or a field in bold is not, nor is anything in a cell set wholly in bold (000 line 240).
    func testBoldWordsBesideStruckOnesAreNew() {
        let cell = Cell(runs: [StyledRun("Assistenza per "), StyledRun("prenotazioni", .struck), StyledRun(" rettifiche, "),
                               StyledRun("iscrizioni in data certa", .bold), StyledRun(" e solleciti")], line: 1)
        XCTAssertEqual(FieldResolver.text(cell, mode: .keepWhole),
                       PrintedPair(original: "Assistenza per prenotazioni rettifiche, e solleciti",
                                   current: "Assistenza per rettifiche, iscrizioni in data certa e solleciti", evidence: .strikethrough))
        let figure = Cell(runs: [StyledRun("Consistenze ", .struck), StyledRun("n. "), StyledRun("1.200", .bold), StyledRun(" società")], line: 1)
        XCTAssertEqual(FieldResolver.text(figure, mode: .keepWhole).original, "Consistenze n. 1.200 società")
        let field = Cell(runs: [StyledRun("Gradimento", .struck), StyledRun(" del comparto "), StyledRun("PESO: 30", .bold)], line: 1)
        XCTAssertEqual(FieldResolver.text(field, mode: .keepWhole).original, "Gradimento del comparto PESO: 30")
        let title = Cell(runs: [StyledRun("Studio e progettazione ", .bold), StyledRun("Revisione", [.bold, .struck]), StyledRun(" segnaletica", .bold)], line: 1)
        XCTAssertEqual(FieldResolver.text(title, mode: .keepWhole),
                       PrintedPair(original: "Studio e progettazione Revisione segnaletica", current: "Studio e progettazione segnaletica", evidence: .strikethrough))
    }

    func testRevisionNotes() throws {
        let replaced = try XCTUnwrap(RevisionNote("REVISIONE ATTUATA: stralcio e inserimento nuovo indicatore"))
        XCTAssertTrue(replaced.replacesIndicator)
        let removed = try XCTUnwrap(RevisionNote("REVISIONE ATTUATA: stralcio indicatore e ripartizione del peso"))
        XCTAssertTrue(removed.removesIndicator)
        let other = try XCTUnwrap(RevisionNote("REVISIONE ATTUATA: modifica algoritmo di calcolo a compensazione dello stralcio di un indicatore riferito all'obiettivo precedente."))
        XCTAssertFalse(other.removesIndicator, "the stralcio is another indicator's")
        XCTAssertTrue(other.redefinesIndicator)
        XCTAssertNil(RevisionNote("CAUSA: aggiunta dell'indicatore successivo."))
    }
}
