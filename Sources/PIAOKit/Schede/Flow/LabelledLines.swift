/// Flat text of a label/value sheet (`pdftotext` without `-layout`) rebuilt as the rows it was
/// printed in, so the table reader can read it. Such text loses the cell boundaries: a row comes
/// as "PESO INDICATORE 25%" on one line, or as "PESO INDICATORE" and "25%" on lines of their own;
/// a year grid as "RISULTATO ATTESO - TARGET Anno 2024 Anno 2025" and then its values on one line
/// or one per line. A label starts a row; the lines after it are its value, its years, the values
/// under those years, or the value's wrapped continuation. Labels alone on consecutive lines head a
/// grid whose cells follow one per line; a grid row that cannot be lined up with its columns (an
/// empty cell leaves no line) is reported, not read. A blank line ends the rows.
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
    /// The kind of each column of the last grid header; an operator line waiting for its value.
    private var gridKinds: [Label?] = []
    private var pendingOperator: Cell?
    /// Year lines under a grid header, not yet placed.
    private var headerYears: [Cell] = []
    /// A grid row was just read: the next line opens the grid's next row (a PIRA prints no header between them).
    private var repeatGrid = false
    /// Years printed on a row of their own, for the next target or resources label.
    private var announced = 0
    /// The last row holds only years; the values read go into the label's own row.
    private var yearRow = false
    private var valuesInRow = false
    /// Lines joined to each row's last cell: a wrapped value takes a few, and each join copies the
    /// cell, so past this many the lines are paragraphs (text that is not a cell).
    private var continued: [Int: Int] = [:]
    /// Labels printed one under the other, and the lines read after them so far.
    private var columnLabels: [Cell] = []
    private var columnValues: [Cell] = []
    /// The values under the years were all read from one line (as many as the years)…
    private var valuesFromOneLine = false
    /// …and went into this row, the last `count` cells (the whole row when `ownRow`): a lone value on
    /// the next line means that line held a year's old and new values and wrapped before the last year.
    private var oneLineFill: (row: Int, count: Int, ownRow: Bool, line: Int)?
    /// A label row whose bracketed qualifier is still open ("PESO OBIETTIVO (rispetto agli"): the line
    /// that closes it ("obt. str.)") belongs to the label, before or after the value (pdftotext prints
    /// a wrapped label around the value centred beside it).
    private var openQualifier: Int?
    private static let continuationLimit = 60
    /// The label prefixes of the lines, shared by the two readings of one text.
    private let labelPrefixes: LabelPrefix.Memo

    private init(labelPrefixes: LabelPrefix.Memo) {
        self.labelPrefixes = labelPrefixes
    }

    /// The layout with its paragraphs' label lines turned into table rows, its blank-line paragraphs
    /// merged or not (`printsCellsApart` tells which is likelier); nil when no line opens with a label.
    static func rebuild(_ layout: Layout, mergingParagraphs: Bool, labels: LabelPrefix.Memo = LabelPrefix.Memo()) -> Layout? {
        var reader = LabelledLines(labelPrefixes: labels)
        // Merged, consecutive paragraphs from the first label line on are read as one: the block is
        // ended only where a heading or table stands between them (a merged copy of the paragraphs
        // was a large flat text's peak of memory). The front matter keeps its paragraphs: its title is read from them.
        var merging = false
        var runOpen = false
        for block in layout.blocks {
            guard case let .paragraph(cells) = block else {
                if runOpen { reader.endBlock() }
                runOpen = false
                reader.endBlock(final: true)
                reader.blocks.append(block)
                continue
            }
            if mergingParagraphs, !merging, cells.contains(where: { labels.length($0) != nil }) { merging = true }
            for cell in cells { reader.read(cell) }
            if merging { runOpen = true } else { reader.endBlock() }
        }
        if runOpen { reader.endBlock() }
        reader.endBlock(final: true)
        guard reader.blocks.contains(where: { if case .table = $0 { return true } else { return false } }) else { return nil }
        return Layout(format: layout.format, blocks: reader.blocks, diagnostics: layout.diagnostics + reader.diagnostics,
                      runningLines: layout.runningLines)
    }

    /// Some converters print a blank line after every cell: then nearly every paragraph is one line,
    /// blank lines say nothing, and consecutive paragraphs are read as one.
    static func printsCellsApart(_ blocks: [Block]) -> Bool {
        var paragraphs = 0, single = 0
        for case let .paragraph(cells) in blocks {
            paragraphs += 1
            if cells.count == 1 { single += 1 }
        }
        return paragraphs >= 20 && single * 10 >= paragraphs * 8
    }

    private mutating func read(_ line: Cell) {
        if let row = openQualifier {
            if row == rows.count - 1, rows[row].cells.count <= 2, line.text.hasSuffix(")"), !line.text.contains("(") {
                openQualifier = nil
                return rows[row].cells[0].append(line)
            }
            if row != rows.count - 1 { openQualifier = nil }
        }
        if let fill = oneLineFill {
            oneLineFill = nil
            if fill.row == rows.count - 1, ValueTokens.split(line.text)?.count == 1 { return unwrap(fill, next: line) }
        }
        let raw = line.rawText
        // In a grid header being read (two labels or more, none awaiting its value after a colon), a
        // line that is a label as a whole is one more column ("Peso indicatori").
        if labels.count >= 2, !labels[labels.count - 1].text.hasSuffix(":"), Label.match(line.text) != nil { return labels.append(line) }
        if let length = labelPrefixes.length(line) {
            let rest = line.slice(length + raw.dropFirst(length).prefix(while: \.isSpace).count..<raw.count)
            resolveColumns()
            // "TARGET 2024" among labels on their own lines is one more column of their grid.
            if rest.isEmpty || !labels.isEmpty && FlatCells.yearHeaders(rest)?.count == 1 { return labels.append(line) }
            return readLabelRow(label: line.slice(0..<length), rest: rest, line: line.line)
        }
        placeLabels()
        if !columnLabels.isEmpty {
            columnValues.append(line)
            if columnValues.count == columnLabels.count { resolveColumns() }
            return
        }
        if gridWidth > 0 { return readGridCell(line) }
        if repeatGrid, !NoteText.isNoteLike(line.text) {
            (gridWidth, gridCells) = (headerWidth, [])
            return readGridCell(line)
        }
        repeatGrid = false
        let headers = FlatCells.yearHeaders(line)
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
                    || takesYears(rows[last].cells[0]) && rows[last].cells.count <= 12 && YearHeader.mayOpen(line.text)
                        && YearHeader.read(line) != nil && rows[last].cells.dropFirst().allSatisfy({ YearHeader.read($0) != nil }) {
            // The label's value on the next line, or one more year under the label ("Anno 2026 € 30.000,00" too).
            rows[last].cells += headers ?? [line]
            years += headers?.count ?? 0
            if yearRow { announced = years }
        } else if years > 0 {
            readValues(line)
        } else if let headers {
            startYearRow(headers, line: line.line)
        } else if let cell = rows[last].cells.last, continued[last, default: 0] < Self.continuationLimit, FlatCells.continues(cell.text, with: line.text) {
            rows[last].cells[rows[last].cells.count - 1].append(line)
            continued[last, default: 0] += 1
        } else {
            // A sentence of its own after the rows ("REVISIONE ATTUATA: …", "(*) …"): a paragraph line.
            endBlock()
            plain.append(line)
        }
    }

    /// "PESO INDICATORE 25%", "RISULTATO ATTESO - TARGET Anno 2024 Anno 2025": a row on one line.
    private mutating func readLabelRow(label: Cell, rest: Cell, line: Int) {
        placeLabels()
        endGridRow()
        endRow()
        flushPlain()
        repeatGrid = false
        afterGridRow = false
        if !takesYears(label) { announced = 0 }
        if let headers = FlatCells.yearHeaders(rest) {
            rows.append(Row(cells: [label] + headers, line: line))
            (years, announced) = (headers.count, 0)
        } else if let cells = FlatCells.yearValueCells(rest) {
            rows.append(Row(cells: [label] + cells, line: line))
        } else if takesAnnouncedYears(label), let cells = FlatCells.valueCells(rest), cells.count == announced {
            rows.append(Row(cells: [label] + cells, line: line))
            announced = 0
        } else if Self.opensQualifier(rest) {
            rows.append(Row(cells: [label.appending(rest)], line: line))
            openQualifier = rows.count - 1
        } else {
            rows.append(Row(cells: [label, rest], line: line))
        }
    }

    /// "(rispetto agli", "(rispetto agli obt.": a few words of a bracketed qualifier whose bracket closes
    /// on a later line; no number (a value in brackets is not a qualifier).
    private static func opensQualifier(_ rest: Cell) -> Bool {
        let text = rest.text
        return text.hasPrefix("(") && !text.contains(")") && !text.contains(where: \.isNumber) && text.spaceSeparatedWords().count <= 5
    }

    /// Years on a row of their own, under no label: the next target or resources label takes them.
    private mutating func startYearRow(_ headers: [Cell], line: Int) {
        endRow()
        flushPlain()
        rows.append(Row(cells: [Cell(runs: [], line: line)] + headers, line: line))
        (years, announced, yearRow) = (headers.count, headers.count, true)
    }

    private func takesAnnouncedYears(_ label: Cell) -> Bool {
        announced > 0 && takesYears(label)
    }

    /// A label row whose values are printed under years: targets and resources.
    private func takesYears(_ label: Cell) -> Bool {
        guard let kind = Label.match(label.text) else { return false }
        return kind == .target || kind == .resources
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
            if opensGrid { (headerWidth, gridKinds) = (labels.count, kinds) }
            subHeader = opensGrid ? nil : rows.count - 1
        } else {
            // Titles and section labels have no value; two labels or more after them may be a column
            // of labels whose values follow in order ("DESCRIZIONE", "ALGORITMO DI CALCOLO", then both values).
            let titles = labels.prefix { [.strategicSheet, .operationalSheet, .indicatorSection].contains(Label.match($0.text)) }
            rows += titles.map { Row(cells: [$0], line: $0.line) }
            let rest = labels.dropFirst(titles.count)
            if !titles.isEmpty || !rest.contains(where: takesYears) { announced = 0 }
            if rest.count >= 2 {
                columnLabels = Array(rest)
            } else {
                rows += rest.map { Row(cells: [$0], line: $0.line) }
            }
            afterGridRow = false
        }
        labels = []
        repeatGrid = false
    }

    /// The values of a column of labels, in order, when as many lines follow as there are labels and
    /// none goes on from the one before; otherwise each label is a row of its own and the lines are
    /// read after the last, as any row's value.
    private mutating func resolveColumns() {
        guard !columnLabels.isEmpty else { return }
        let (labels, values) = (columnLabels, columnValues)
        (columnLabels, columnValues) = ([], [])
        if values.count == labels.count, !zip(values, values.dropFirst()).contains(where: { FlatCells.continues($0.text, with: $1.text) }) {
            rows += zip(labels, values).map { Row(cells: [$0, $1], line: $0.line) }
            return
        }
        rows += labels.map { Row(cells: [$0], line: $0.line) }
        for value in values { read(value) }
    }

    private mutating func readGridCell(_ line: Cell) {
        if NoteText.isNoteLike(line.text), gridCells.contains(where: { !$0.isEmpty }) {
            // "REVISIONE ATTUATA: …" after the values: the row is over.
            endGridRow()
            repeatGrid = false
            return read(line)
        }
        var line = line
        if subHeader == nil, gridCells.isEmpty, !repeatGrid, YearHeader.mayOpen(line.text) && YearHeader.headerYears([line]) != nil {
            // "2024", "2025" … under the header: the years of its baseline and target columns.
            return headerYears.append(line)
        }
        if !headerYears.isEmpty { placeHeaderYears() }
        if subHeader == nil {
            var isValue = FlatCells.isValue(line.text)
            if let operatorCell = pendingOperator {
                line = operatorCell.appending(line)
                pendingOperator = nil
                isValue = true
            } else if Grid.isOperatorOnly(line) {
                // ">=" printed in a cell of its own goes with the value after it.
                return pendingOperator = line
            }
            // Text once the values have begun, where only value columns are left: the row printed no
            // more (its last cells were empty), and this is the name of the grid's next row.
            if !isValue, gridCells.contains(where: { FlatCells.isValue($0.text) }),
               gridKinds.dropFirst(gridCells.count).allSatisfy({ $0 == nil || Self.holdsValues($0) }) {
                endGridRow()
                (gridWidth, gridCells) = (headerWidth, [])
            }
        }
        gridCells.append(line)
        if gridCells.count >= gridWidth { endGridRow() }
    }

    /// The years under a grid header become its second header row, as printed: blank under the text
    /// columns, a year each under the baseline and targets. The data rows have one cell per year there.
    private mutating func placeHeaderYears() {
        let years = headerYears
        headerYears = []
        guard let first = gridKinds.firstIndex(where: Self.isYearColumn), let last = gridKinds.lastIndex(where: Self.isYearColumn) else {
            return rows.append(Row(cells: years, line: years[0].line))
        }
        let blank = { (count: Int) in (0..<count).map { _ in Cell(runs: [], line: years[0].line) } }
        rows.append(Row(cells: blank(first) + years + blank(gridKinds.count - 1 - last), line: years[0].line))
        gridKinds = Array(gridKinds[..<first]) + years.map { _ in Label.target } + Array(gridKinds[(last + 1)...])
        (gridWidth, headerWidth) = (gridKinds.count, gridKinds.count)
    }

    /// A grid column headed by years: the baseline's and the targets'.
    private static func isYearColumn(_ kind: Label?) -> Bool { kind == .baseline || kind == .target }

    private mutating func endGridRow() {
        if !headerYears.isEmpty { placeHeaderYears() }
        if let operatorCell = pendingOperator { gridCells.append(operatorCell) }
        pendingOperator = nil
        guard gridWidth > 0 else { return }
        // A grid's next rows follow without a header (a PIRA's indicators), until a label or a blank line.
        repeatGrid = subHeader == nil
        if gridCells.contains(where: { !$0.isEmpty }) {
            let line = gridCells.first { !$0.isEmpty }!.line
            // An empty cell leaves no line in flat text: in a row with fewer cells than columns, or with a
            // cell of the wrong kind, the cells after it slid into the wrong columns. Such a row is said, not read.
            let problem = subHeader != nil ? nil
                : gridCells.count < gridKinds.count ? "\(gridCells.count) cells printed for \(gridKinds.count) columns"
                : misplacedColumn().map { "column \($0 + 1) holds '\(gridCells[$0].text)'" }
            if let problem {
                diagnostics.append(.warning("grid-row-not-aligned", "a row of the indicator grid whose cells cannot be told apart in flat text (\(problem)): not read", line: line))
                gridCells = []
                gridWidth = 0
                return
            }
            rows.append(Row(cells: gridCells, line: line))
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

    /// The first column whose cell is of the wrong kind: text under a weight, a number under a type or
    /// a unit of measure. (Targets and baselines may be words: "entro fine anno".)
    private func misplacedColumn() -> Int? {
        gridCells.indices.first { index in
            guard index < gridKinds.count, let kind = gridKinds[index], !gridCells[index].isEmpty else { return false }
            let isValue = FlatCells.isValue(gridCells[index].text)
            switch kind {
            case .weight, .indicatorWeight: return !isValue
            case .type, .measure: return isValue && gridCells[index].text.contains(where: \.isNumber)
            default: return false
            }
        }
    }

    private static func holdsValues(_ kind: Label?) -> Bool {
        kind == .target || kind == .baseline || kind == .weight || kind == .indicatorWeight
    }

    /// Values under the years: all on this line when it holds as many values as there are years
    /// (or one year), else one per line.
    private mutating func readValues(_ line: Cell) {
        if values.isEmpty, years > 1, let cells = FlatCells.valueCells(line), cells.count == years {
            values = cells
            valuesFromOneLine = true
        } else if values.isEmpty && years == 1 {
            values = [line]
        } else if let last = values.last, Self.endsWithSign(last.text) {
            // "€ 1.366.000,00 €" then "1.622.100,00(*)": a sign at a line's end goes with the number on the next.
            values[values.count - 1] = last.appending(line)
        } else {
            values.append(line)
        }
        if values.count >= years { endRow() }
    }

    /// The text's last word is a currency sign or a comparison, whose number is still to come.
    private static func endsWithSign(_ text: String) -> Bool {
        guard let last = text.spaceSeparatedWords().last else { return false }
        return last == "€" || Grid.isOperator(last)
    }

    private mutating func endRow() {
        yearRow = false
        guard !values.isEmpty else { return years = 0 }
        let line = values[0].line
        if values.count < years, values.count == 1, let count = ValueTokens.split(values[0].text)?.count, count > 1 {
            // "€ 749.000,00 € 867.414,46 € 500.000,00" under three years with a value revised: which year holds two cannot be told.
            diagnostics.append(.warning("values-not-aligned", "\(count) values printed on one line for \(years) years: the year of each cannot be told", line: line))
        } else if values.count < years, values.count > 1 {
            // Fewer lines than years: an empty year leaves no line, so which years they belong to cannot be told.
            diagnostics.append(.warning("values-not-aligned", "\(values.count) values printed for \(years) years: the year of each cannot be told", line: line))
        } else if valuesInRow, let last = rows.indices.last {
            rows[last].cells += values
            if valuesFromOneLine { oneLineFill = (last, values.count, false, line) }
        } else {
            rows.append(Row(cells: [Cell(runs: [], line: line)] + values, line: line))
            if valuesFromOneLine { oneLineFill = (rows.count - 1, values.count, true, line) }
        }
        valuesFromOneLine = false
        values = []
        years = 0
        valuesInRow = false
    }

    /// "€ 749.000,00 € 867.414,46 (*) € 749.000,00" under three years, then "€ 500.000,00": four values
    /// for three years, wrapped. Which year holds two cannot be told: the values are said, not placed.
    private mutating func unwrap(_ fill: (row: Int, count: Int, ownRow: Bool, line: Int), next: Cell) {
        let placed = rows[fill.row].cells.suffix(fill.count).map(\.text)
        if fill.ownRow { rows.removeLast() } else { rows[fill.row].cells.removeLast(fill.count) }
        let printed = placed.joined(separator: " ") + " / " + next.text
        diagnostics.append(.warning("values-not-aligned", "\(fill.count + 1) values printed over two lines for \(fill.count) years (\(printed)): the year of each cannot be told", line: fill.line))
    }

    /// A blank line or another block: the rows end, but for a grid row whose cells have not begun
    /// yet, which waits past the blank lines (a page break) unless the text is over.
    private mutating func endBlock(final: Bool = false) {
        placeLabels()
        resolveColumns()
        if !final, gridWidth > 0, !gridCells.contains(where: { !$0.isEmpty }) { return }
        endGridRow()
        repeatGrid = false
        endRow()
        // "Descrizione:" alone, its value in the paragraphs below: a caption line, as the table reader knows it.
        let caption = rows.last.flatMap { $0.cells.count == 1 && $0.cells[0].text.hasSuffix(":") ? $0.cells[0] : nil }
        if caption != nil { rows.removeLast() }
        if !rows.isEmpty { blocks.append(.table(rows)) }
        rows = []
        oneLineFill = nil
        openQualifier = nil
        continued = [:]
        flushPlain()
        if let caption { blocks.append(.paragraph([caption])) }
    }

    private mutating func flushPlain() {
        if !plain.isEmpty { blocks.append(.paragraph(plain)) }
        plain = []
    }

}
