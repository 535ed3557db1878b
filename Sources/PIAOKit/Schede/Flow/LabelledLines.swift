/// Flat text of a label/value sheet (`pdftotext` without `-layout`) rebuilt as the rows it was
/// printed in, so the table reader can read it. Such text loses the cell boundaries: a row comes
/// as "PESO INDICATORE 25%" on one line, or as "PESO INDICATORE" and "25%" on lines of their own;
/// a year grid as "RISULTATO ATTESO - TARGET Anno 2024 Anno 2025" and then its values on one line
/// or one per line. A label starts a row; the lines after it are its value, its years, the values
/// under those years, or the value's wrapped continuation. A blank line ends the rows.
struct LabelledLines {
    private var blocks: [Block] = []
    private var rows: [Row] = []
    private var plain: [Cell] = []
    /// Year header cells of the last row, whose values are still to come.
    private var years = 0
    /// The values read so far under those years, one cell per line.
    private var values: [Cell] = []
    private(set) var diagnostics: [Diagnostic] = []
    /// Labels alone on their lines, not yet placed (one row each, or a grid header).
    private var labels: [Cell] = []
    /// The cells of a grid's data row read so far, one per line, and how many it has.
    private var gridCells: [Cell] = []
    private var gridWidth = 0
    private var afterGridRow = false
    /// How many columns the last grid header had, and the row index of a sub-header awaiting its values.
    private var headerWidth = 0
    private var subHeader: Int?
    /// Years printed on a row of their own, for the next target or resources label.
    private var announced = 0
    /// The last row holds only years; the values read go into the label's own row.
    private var yearRow = false
    private var valuesInRow = false

    /// The layout with its paragraphs' label lines turned into table rows; nil when no line opens with a label.
    static func rebuild(_ layout: Layout) -> Layout? {
        var reader = LabelledLines()
        for block in layout.blocks {
            guard case let .paragraph(cells) = block else {
                reader.endBlock(final: true)
                reader.blocks.append(block)
                continue
            }
            for cell in cells { reader.read(cell) }
            reader.endBlock()
        }
        reader.endBlock(final: true)
        guard reader.blocks.contains(where: { if case .table = $0 { return true } else { return false } }) else { return nil }
        return Layout(format: layout.format, blocks: reader.blocks, diagnostics: layout.diagnostics + reader.diagnostics,
                      runningLines: layout.runningLines)
    }

    private mutating func read(_ line: Cell) {
        let raw = line.rawText
        if let length = LabelPrefix.length(raw) {
            let rest = line.slice(length..<raw.count)
            // "TARGET 2024" among labels on their own lines is one more column of their grid.
            if rest.isEmpty || !labels.isEmpty && Self.yearHeaders(rest)?.count == 1 { return labels.append(line) }
            placeLabels()
            endGridRow()
            endRow()
            flushPlain()
            let label = line.slice(0..<length)
            if let headers = Self.yearHeaders(rest) {
                rows.append(Row(cells: [label] + headers, line: line.line))
                (years, announced) = (headers.count, 0)
            } else if let cells = Self.yearValueCells(rest) {
                rows.append(Row(cells: [label] + cells, line: line.line))
            } else if takesAnnouncedYears(label), let cells = Self.valueCells(rest), cells.count == announced {
                rows.append(Row(cells: [label] + cells, line: line.line))
                announced = 0
            } else {
                rows.append(Row(cells: [label, rest], line: line.line))
            }
            return
        }
        placeLabels()
        if gridWidth > 0 { return readGridCell(line) }
        let headers = Self.yearHeaders(line)
        guard let last = rows.indices.last else {
            if let headers { startYearRow(headers, line: line.line) } else { plain.append(line) }
            return
        }
        if valuesInRow || years > 0 && !values.isEmpty {
            readValues(line)
        } else if rows[last].cells.count == 1, headers == nil, takesAnnouncedYears(rows[last].cells[0]) {
            // "RISULTATO ATTESO – TARGET" under years printed on a row of their own: its values follow.
            (years, announced, valuesInRow) = (announced, 0, true)
            readValues(line)
        } else if rows[last].cells.count == 1 || years > 0 && values.isEmpty && headers != nil
                    || YearHeader.read(line) != nil && rows[last].cells.dropFirst().allSatisfy({ YearHeader.read($0) != nil }) {
            // The label's value on the next line, or one more year under the label ("Anno 2026 € 30.000,00" too).
            rows[last].cells += headers ?? [line]
            years += headers?.count ?? 0
            if yearRow { announced = years }
        } else if years > 0 {
            readValues(line)
        } else if let headers {
            startYearRow(headers, line: line.line)
        } else if let cell = rows[last].cells.last, Self.continues(cell.text, with: line.text) {
            rows[last].cells[rows[last].cells.count - 1] = cell.appending(line)
        } else {
            // A sentence of its own after the rows ("REVISIONE ATTUATA: …", "(*) …"): a paragraph line.
            endBlock()
            plain.append(line)
        }
    }

    /// Years on a row of their own, under no label: the next target or resources label takes them.
    private mutating func startYearRow(_ headers: [Cell], line: Int) {
        endRow()
        flushPlain()
        rows.append(Row(cells: [Cell(runs: [], line: line)] + headers, line: line))
        (years, announced, yearRow) = (headers.count, headers.count, true)
    }

    private func takesAnnouncedYears(_ label: Cell) -> Bool {
        guard announced > 0, let kind = Label.match(label.text) else { return false }
        return kind == .target || kind == .resources
    }

    /// A value wrapped onto the next line goes on in lower case, or after a word or mark that cannot end it.
    static func continues(_ text: String, with next: String) -> Bool {
        if next.first?.isLowercase == true { return true }
        if let last = text.last, ",;-–(/".contains(last) { return true }
        let lastWord = text.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return ["e", "o", "di", "del", "della", "dei", "delle", "degli", "per", "a", "al", "alla", "in", "con", "da", "su", "tra", "il", "la", "le", "i", "gli", "un", "una"].contains(lastWord)
    }

    /// Labels alone on their lines, one after another: the header of a grid ("INDICATORE Descrizione",
    /// "ALGORITMO DI CALCOLO", "TARGET 2024", "PESO"), or a sub-header under its data row ("UNITA' DI
    /// MISURA", "FONTE DEL DATO"), whose cells follow one per line; else each label is a row of its own.
    private mutating func placeLabels() {
        guard !labels.isEmpty else { return }
        let kinds = labels.map { Label.match($0.text) }
        let opensGrid = kinds[0] == .indicatorGrid || labels.count >= 3 && (kinds[0] == .indicatorSection || kinds.contains(.algorithm))
        endRow()
        endGridRow()
        flushPlain()
        if labels.count >= 2 && (opensGrid || afterGridRow) {
            // A sub-header's columns sit right of the name, as in the printed table; its row may also
            // hold values of the grid's own columns between them ("Binario | SI | 100% | Interna").
            let lead = opensGrid ? [] : [Cell(runs: [], line: labels[0].line)]
            rows.append(Row(cells: lead + labels, line: labels[0].line))
            gridCells = lead
            gridWidth = opensGrid ? labels.count : max(labels.count + 1, headerWidth)
            if opensGrid { headerWidth = labels.count }
            subHeader = opensGrid ? nil : rows.count - 1
        } else {
            rows += labels.map { Row(cells: [$0], line: $0.line) }
            afterGridRow = false
        }
        labels = []
    }

    private mutating func readGridCell(_ line: Cell) {
        if NoteText.isNoteLike(line.text), gridCells.contains(where: { !$0.isEmpty }) {
            // "REVISIONE ATTUATA: …" after the values: the row is over.
            endGridRow()
            return read(line)
        }
        gridCells.append(line)
        if gridCells.count >= gridWidth { endGridRow() }
    }

    private mutating func endGridRow() {
        guard gridWidth > 0 else { return }
        if gridCells.contains(where: { !$0.isEmpty }) {
            rows.append(Row(cells: gridCells, line: gridCells.first { !$0.isEmpty }!.line))
            afterGridRow = true
            // More values than the sub-header's two labels: the labels head the first and last columns.
            if let index = subHeader, rows[index].cells.count == 3, gridCells.count > 3 {
                let header = rows[index].cells
                let gap = (0..<(gridCells.count - 3)).map { _ in Cell(runs: [], line: header[1].line) }
                rows[index].cells = [header[0], header[1]] + gap + [header[2]]
            }
        }
        gridCells = []
        gridWidth = 0
        subHeader = nil
    }

    /// Values under the years: all on this line when it holds as many values as there are years
    /// (or one year), else one per line.
    private mutating func readValues(_ line: Cell) {
        if values.isEmpty, years > 1, let cells = Self.valueCells(line), cells.count == years {
            values = cells
        } else if values.isEmpty && years == 1 {
            values = [line]
        } else {
            values.append(line)
        }
        if values.count >= years { endRow() }
    }

    private mutating func endRow() {
        yearRow = false
        guard !values.isEmpty else { return years = 0 }
        let line = values[0].line
        if values.count < years, values.count == 1, let count = ValueTokens.split(values[0].text)?.count, count > 1 {
            // "€ 749.000,00 € 867.414,46 € 500.000,00" under three years with a value revised: which year holds two cannot be told.
            diagnostics.append(.warning("values-not-aligned", "\(count) values printed on one line for \(years) years: the year of each cannot be told", line: line))
        } else if valuesInRow, let last = rows.indices.last {
            rows[last].cells += values
        } else {
            rows.append(Row(cells: [Cell(runs: [], line: line)] + values, line: line))
        }
        values = []
        years = 0
        valuesInRow = false
    }

    /// A blank line or another block: the rows end, but for a grid row whose cells have not begun
    /// yet, which waits past the blank lines (a page break) unless the text is over.
    private mutating func endBlock(final: Bool = false) {
        placeLabels()
        if !final, gridWidth > 0, !gridCells.contains(where: { !$0.isEmpty }) { return }
        endGridRow()
        endRow()
        if !rows.isEmpty { blocks.append(.table(rows)) }
        rows = []
        flushPlain()
    }

    private mutating func flushPlain() {
        if !plain.isEmpty { blocks.append(.paragraph(plain)) }
        plain = []
    }

    /// "Anno 2024 Anno 2025 Anno 2026" → three header cells; nil unless the cell holds only year headers.
    static func yearHeaders(_ cell: Cell) -> [Cell]? {
        var cells: [Cell] = []
        var rest = cell
        while !rest.isEmpty {
            guard let match = YearHeader.read(rest) else { return nil }
            let length = rest.rawText.count - match.value.rawText.count
            cells.append(rest.slice(0..<length))
            rest = match.value
        }
        return cells.isEmpty ? nil : cells
    }

    /// "Anno 2025 € 70.000,00 Anno 2026 € 30.000,00" → a cell per year, each with its value; nil
    /// unless the text opens with "Anno" and a year and has two such cells at least.
    static func yearValueCells(_ cell: Cell) -> [Cell]? {
        let text = cell.rawText
        var starts: [Int] = []
        var offset = 0
        var index = text.startIndex
        while index < text.endIndex {
            let atWord = index == text.startIndex || text[text.index(before: index)].isWhitespace
            if atWord, text[index...].prefix(5).lowercased() == "anno ", YearHeader.read(Cell(runs: [StyledRun(String(text[index...]))], line: 0)) != nil {
                starts.append(offset)
            }
            offset += 1
            index = text.index(after: index)
        }
        guard starts.count >= 2, starts[0] == text.prefix(while: \.isWhitespace).count else { return nil }
        return zip(starts, starts.dropFirst() + [offset]).map { cell.slice($0..<$1) }
    }

    /// "≥ 30 ≥ 30 //" → three cells, their styles kept; nil when the line is not all values.
    static func valueCells(_ line: Cell) -> [Cell]? {
        guard let tokens = ValueTokens.split(line.rawText) else { return nil }
        let characters = Array(line.rawText)
        var cells: [Cell] = []
        var position = 0
        for token in tokens {
            let wanted = Array(token)
            guard let start = (position...max(position, characters.count - wanted.count)).first(where: {
                $0 + wanted.count <= characters.count && Array(characters[$0..<$0 + wanted.count]) == wanted
            }) else { return nil }
            cells.append(line.slice(start..<start + wanted.count))
            position = start + wanted.count
        }
        return cells
    }
}
