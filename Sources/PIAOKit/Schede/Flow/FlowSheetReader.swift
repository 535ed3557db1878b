/// Reads sheets from `pdftotext` flow, where cells follow each other line by line:
/// "Obiettivo strategico OSxx - title", "Descrizione", the header "Indicatore Algoritmo Valore 2021
/// Target 2022 …", then per indicator a code line, name, description, "(Tipologia: …)", algorithm,
/// "(Fonte …)" and the values of the columns on one or two lines. The operational tables
/// ("Area Obiettivo Indicatore Target") are `FlowOperationalTable`'s.
struct FlowSheetReader {
    private(set) var sheets: [RawSheet] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var phase = Phase.none
    private var baselineYear: Int?
    private var targetYears: [Int] = []
    private var area: Cell?
    private var values: [Cell] = []
    private var operational = false
    private var operationalTable = FlowOperationalTable()
    private var recent: [String] = []
    /// Where the reader is: the line's number in the reading, whether it opens a paragraph, whether the next does.
    private var position = 0
    private var opensParagraph = true
    private var nextOpensParagraph = true
    /// The strategic indicator's description as it was before its last paragraph, and that paragraph (a
    /// blank line before it): when "(Fonte …)" closes it, it was the algorithm, printed before the type.
    private var signalBeforeParagraph: Cell?
    private var signalParagraph: Cell?
    /// The name or description line read last, to tell a value inside their paragraph.
    private var lastText: (field: Label, position: Int)?

    private enum Phase {
        case none, title, description, header, name, afterName, algorithm, values
    }

    /// `lines`: the text's lines, the empty ones left out, read once in order (each with the next).
    static func read(_ lines: some Sequence<FlowLine>) -> (sheets: [RawSheet], diagnostics: [Diagnostic]) {
        var reader = FlowSheetReader()
        var remaining = lines.makeIterator()
        var line = remaining.next()
        while let current = line {
            line = remaining.next()
            reader.opensParagraph = current.opensParagraph
            reader.nextOpensParagraph = line?.opensParagraph ?? true
            reader.read(current.cell, next: line?.cell)
            reader.position += 1
        }
        reader.finishIndicator()
        return (reader.sheets, reader.diagnostics)
    }

    private mutating func read(_ line: Cell, next: Cell?) {
        let text = line.text
        if text.hasPrefix("Area Obiettivo Indicatore") {
            finishIndicator()
            operational = true
            phase = .none
            // "… gli obiettivi delle unità organizzative per il 2022.": the year the operational targets are for.
            operationalTable.start(year: recent.reversed().lazy.compactMap(Self.year).first ?? targetYears.first)
            return
        }
        recent = Array((recent + [text]).suffix(3))
        if Self.isSectionHeading(text), !sheets.isEmpty {
            // "3.3 – Performance individuale": the tables of objectives are over.
            finishIndicator()
            operational = false
            phase = .none
            return
        }
        if operational {
            operationalTable.read(line, next: next, opens: opensParagraph, nextOpens: nextOpensParagraph, into: &sheets, diagnostics: &diagnostics)
            return
        }
        if let found = Self.areaLine(text) {
            area = Cell(runs: [StyledRun(found)], line: line.line)
            return
        }
        if text.hasASCIIPrefix("obiettivo strategico") {
            finishIndicator()
            var sheet = RawSheet(level: .strategic, line: line.line)
            sheet.fields[.area] = area
            let rest = Cell.clean(text.dropFirst("obiettivo strategico".count))
            if !rest.isEmpty { sheet.fields[.strategicObjective] = Cell(runs: [StyledRun(rest)], line: line.line) }
            sheets.append(sheet)
            phase = .title
            return
        }
        guard !sheets.isEmpty else { return }
        if let code = FlowPatterns.indicatorCode(text), phase != .title, phase != .none {
            finishIndicator()
            (signalBeforeParagraph, signalParagraph, lastText) = (nil, nil, nil)
            var indicator = RawIndicator(line: line.line)
            indicator.fields[.indicatorCode] = Cell(runs: [StyledRun(code.code)], line: line.line)
            if !code.flags.isEmpty { indicator.fields[.flags] = Cell(runs: [StyledRun(code.flags.joined(separator: " "))], line: line.line) }
            sheets[sheets.count - 1].indicators.append(indicator)
            if let printed = code.values { values.append(Cell(runs: [StyledRun(printed)], line: line.line)) }
            if let cell = code.text { appendIndicator(.algorithm, Cell(runs: [StyledRun(cell)], line: line.line)) }
            phase = .name
            return
        }
        switch phase {
        case .title:
            if text == "Descrizione" {
                phase = .description
            } else if text.hasPrefix("Descrizione ") {
                // "Descrizione Garantire …": label and value on one line.
                append(.description, Cell(runs: [StyledRun(Cell.clean(text.dropFirst("Descrizione ".count)))], line: line.line))
                phase = .description
            } else {
                append(.strategicObjective, line)
            }
        case .description:
            if text.hasPrefix("Indicatore Algoritmo") {
                baselineYear = nil
                targetYears = []
                readHeader(text)
                phase = .header
            } else {
                append(.description, line)
            }
        case .header:
            readHeader(text)
        case .name, .afterName:
            readName(line, next: next)
        case .algorithm:
            readAlgorithm(line)
        case .values:
            if ValueTokens.split(text) != nil || text == "Entro" {
                values.append(line)
            } else if text.hasPrefix("(Fonte") {
                readAlgorithm(line)
                phase = .values
            } else if let last = values.indices.last, ValueTokens.split(values[last].text + " " + text)?.count == ValueTokens.split(values[last].text)?.count {
                // ">= 2.000,00" / "" / "N.": a value's unit wrapped onto a line of its own.
                values[last].append(line)
            }
        default:
            break
        }
    }

    // MARK: - Strategic indicators

    /// "Indicatore Algoritmo Valore 2021 Target 2022 Target 2023 Target 2024", possibly over several lines.
    private mutating func readHeader(_ text: String) {
        let words = text.spaceSeparatedWords().map(String.init)
        var label = ""
        for word in words {
            if let year = Int(word), (2000...2100).contains(year) {
                if label == "valore" || label == "stato" || label == "baseline" { baselineYear = year } else { targetYears.append(year) }
            } else {
                label = word.lowercased()
            }
        }
    }

    private mutating func readName(_ line: Cell, next: Cell?) {
        let text = line.text
        // A value line inside the name's or description's paragraph is their words ("… Diritto Annuale del" /
        // "20%" / "(Tipologia: Outcome)"), or the value of a threshold ("… entro 2022 SOGLIA" / "80%").
        if ValueTokens.split(text) != nil, let last = lastText, last.position == position - 1, !opensParagraph,
           currentIndicator?.fields[last.field].map({ $0.text.hasSuffix("SOGLIA") }) == true
            || !nextOpensParagraph && next.map({ ValueTokens.split($0.text) == nil && !$0.text.hasPrefix("(Fonte") && $0.text != "Entro" }) == true {
            if last.field == .signal { appendSignal(line) } else { appendName(line) }
            return
        }
        // pdftotext may print a row's values, or its source, before "(Tipologia …)".
        if ValueTokens.split(text) != nil || text == "Entro" {
            values.append(line)
            return
        }
        if text.hasPrefix("(Fonte") {
            // "II fase: …" / "" / "Applicazione nuovi indici … nei termini" / "(Fonte Report)", the type after the values:
            // the paragraph the source closes is the algorithm, not more description.
            if var indicator = currentIndicator, indicator.fields[.algorithm] == nil, let paragraph = signalParagraph,
               lastText?.field == .signal, lastText?.position == position - 1, !opensParagraph {
                indicator.fields[.signal] = signalBeforeParagraph
                indicator.fields[.algorithm] = paragraph
                currentIndicator = indicator
                (signalBeforeParagraph, signalParagraph) = (nil, nil)
            }
            readAlgorithm(line)
            return
        }
        if let range = text.range(ofASCII: "(Tipologia") {
            let before = Cell.clean(text[..<range.lowerBound])
            (signalBeforeParagraph, signalParagraph) = (nil, nil)
            // "… trattamento dati" / "personali SOGLIA 60% (Tipologia: Efficienza)": the name goes on.
            if !before.isEmpty { appendIndicator(phase == .name || goesOnName(before) ? .description : .signal, Cell(runs: [StyledRun(before)], line: line.line)) }
            let inside = text[range.upperBound...].drop { $0 == ":" || $0 == " " }
            let type = Cell.clean(inside.prefix { $0 != ")" })
            appendIndicator(.type, Cell(runs: [StyledRun(type)], line: line.line))
            // "(Tipologia: Efficienza) SOGLIA 31/7/2022": what follows the type is the description's.
            let after = Cell.clean(inside.drop { $0 != ")" }.dropFirst())
            if !after.isEmpty { appendIndicator(.signal, Cell(runs: [StyledRun(after)], line: line.line)) }
            phase = .algorithm
            return
        }
        if phase == .name || goesOnName(text) {
            // "… nuovo PNA A": a flag printed after the name instead of after the code.
            var words = text.spaceSeparatedWords().map(String.init)
            if words.count > 1, let last = words.last, ["C", "S", "A"].contains(last), var indicator = currentIndicator {
                words.removeLast()
                let flags = (indicator.fields[.flags]?.text.spaceSeparatedWords().map(String.init) ?? []) + [last]
                indicator.fields[.flags] = Cell(runs: [StyledRun(flags.joined(separator: " "))], line: line.line)
                currentIndicator = indicator
            }
            appendName(Cell(runs: [StyledRun(words.joined(separator: " "))], line: line.line))
            phase = .afterName
        } else {
            appendSignal(line)
        }
    }

    /// A name goes on when the next line starts in lower case, in brackets, or is a few words ("Linkedin"),
    /// and no description has begun.
    private func goesOnName(_ text: String) -> Bool {
        let short = text.spaceSeparatedWords().count <= 3 && !text.hasSuffix(".")
        let continues = text.first.map { $0.isLowercase || ($0 == "(" && !text.hasPrefix("(Fonte")) } ?? false || short
            || currentIndicator?.fields[.description].map { FlatCells.goesOnInWords($0.text, with: text) } == true
        return continues && currentIndicator?.fields[.signal] == nil
    }

    private mutating func appendName(_ line: Cell) {
        lastText = (.description, position)
        appendIndicator(.description, line)
    }

    /// A description line, its paragraphs noted (a blank line before a line opens one).
    private mutating func appendSignal(_ line: Cell) {
        let description = currentIndicator?.fields[.signal]
        if opensParagraph {
            (signalBeforeParagraph, signalParagraph) = (description, line)
        } else {
            signalParagraph?.append(line)
        }
        lastText = (.signal, position)
        appendIndicator(.signal, line)
    }

    private mutating func readAlgorithm(_ line: Cell) {
        let text = line.text
        if text.hasPrefix("(Fonte") {
            appendIndicator(.source, Cell(runs: [StyledRun(Cell.clean(text.dropFirst("(Fonte".count).drop { $0 == ":" || $0 == " " }.prefix { $0 != ")" }))], line: line.line))
            return
        }
        if ValueTokens.split(text) != nil || text == "Entro" {
            values.append(line)
            phase = .values
            return
        }
        // "(Fonte Report)" / "Nei termini di" / "legge": after the source, words are the values' column, a target in words.
        if currentIndicator?.fields[.source] != nil {
            values.append(line)
            return
        }
        // "Patrimonio netto / Immobilizzazioni  >= 105,00 %": the columns meet on one line.
        let raw = line.rawText
        if let gap = raw.lastRange(ofASCII: "  "), ValueTokens.split(Cell.clean(raw[gap.upperBound...])) != nil {
            appendIndicator(.algorithm, Cell(runs: [StyledRun(Cell.clean(raw[..<gap.lowerBound]))], line: line.line))
            values.append(Cell(runs: [StyledRun(Cell.clean(raw[gap.upperBound...]))], line: line.line))
            phase = .values
            return
        }
        // "N. report quadrimestrali 12,00 N. = 12,00 N. …": the values close the algorithm's last line.
        if let split = FlowPatterns.trailingValues(text), !split.text.isEmpty, let tokens = ValueTokens.split(split.values),
           tokens.count >= 2 || FlowPatterns.opensWithOperator(tokens[0]) {
            appendIndicator(.algorithm, Cell(runs: [StyledRun(split.text)], line: line.line))
            values.append(Cell(runs: [StyledRun(split.values)], line: line.line))
            phase = .values
            return
        }
        appendIndicator(.algorithm, line)
    }

    /// Assigns the printed values to the columns: a first value without an operator is the baseline,
    /// the others are the targets from the first year on, in the order printed.
    private mutating func finishIndicator() {
        defer { values = [] }
        guard !values.isEmpty, var indicator = currentIndicator else { return }
        let joined = Cell.clean(values.map(\.text).joined(separator: " "))
        // Values that are not all figures ("Nei termini di legge") are one target, in words.
        var tokens = ValueTokens.split(joined) ?? [joined]
        let line = values[0].line
        if tokens.count >= 2 || tokens.count > targetYears.count, let first = tokens.first, !FlowPatterns.opensWithOperator(first), !first.lowercased().hasPrefix("entro") {
            indicator.baseline = YearCell(year: baselineYear, cell: Cell(runs: [StyledRun(first)], line: line))
            tokens.removeFirst()
        }
        if tokens.count < targetYears.count {
            diagnostics.append(.warning("fewer-values", "\(tokens.count) target(s) printed for \(targetYears.count) years: read as \(targetYears.prefix(tokens.count).map(String.init).joined(separator: ", ")) in the order printed", line: line))
        } else if tokens.count > targetYears.count {
            diagnostics.append(.warning("more-values", "more values than columns: \(joined)", line: line))
        }
        for (year, token) in zip(targetYears, tokens) {
            indicator.targets.years.append(year)
            indicator.targets.cells.append(Cell(runs: [StyledRun(token)], line: line))
        }
        currentIndicator = indicator
    }

    // MARK: - Helpers

    /// " 1 - 1. SISTEMA CAMERALE PER LE IMPRESE 1.1 LA MACCHINA …": the strategic line the next objectives serve.
    /// "3.2 – Performance operativa": a numbered section of the document.
    static func isSectionHeading(_ text: String) -> Bool {
        guard startsWithDigit(text) else { return false }  // cheap test first: this runs on every line
        let words = text.split(separator: " ", maxSplits: 3)  // only the first three words matter
        guard words.count >= 3, ["–", "-"].contains(words[1]) else { return false }
        let parts = words[0].split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) } && words[2].first?.isUppercase == true
    }

    /// "2 - SOSTEGNO ALLA COMPETITIVITA' … 2.1 AZIONI …" → "2 - SOSTEGNO ALLA COMPETITIVITA' …" (its sub-lines cut off).
    static func areaLine(_ text: String) -> String? {
        guard startsWithDigit(text, orSign: true) else { return nil }
        let head = text.split(separator: " ", maxSplits: 2)  // a cheap test before splitting a long text
        guard head.count >= 3, Int(head[0]) != nil, head[1] == "-" else { return nil }
        var words = text.spaceSeparatedWords().map(String.init)
        let code = words[0]
        words.removeFirst(2)
        if words.first == code + "." { words.removeFirst() }
        let title = words.prefix { word in !(word.hasPrefix(code + ".") && word.count > code.count + 1 && word.last?.isNumber == true) }.joined(separator: " ")
        let letters = title.filter(\.isLetter)
        guard letters.count >= 4, letters.filter(\.isUppercase).count * 10 >= letters.count * 8 else { return nil }
        return code + " - " + title
    }

    /// Whether the first word starts with a digit (or a sign, which `Int` also reads).
    private static func startsWithDigit(_ text: String, orSign: Bool = false) -> Bool {
        guard let first = text.utf8.first(where: { $0 != UInt8(ascii: " ") }) else { return false }
        return (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) || orSign && (first == UInt8(ascii: "+") || first == UInt8(ascii: "-"))
    }

    private static func year(_ text: String) -> Int? {
        MetadataReader.years(in: text).first
    }

    private var currentIndicator: RawIndicator? {
        get { sheets.lastIndicator }
        set { sheets.lastIndicator = newValue }
    }

    private mutating func append(_ label: Label, _ line: Cell) {
        sheets.appendToLastSheet(label, line)
    }

    private mutating func appendIndicator(_ label: Label, _ line: Cell) {
        sheets.appendToLastIndicator(label, line)
    }
}
