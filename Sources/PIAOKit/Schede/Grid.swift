/// The columns of an indicator grid: what each column holds, and under which year.
/// A "Target" header spanning three year columns lends its label to the columns on its right.
struct Grid: Equatable {
    var columns: [Int: Label] = [:]
    var years: [Int: Int] = [:]
    /// How many cells the header row has (data rows may print one more: an operator column).
    var width = 0

    func label(at index: Int) -> Label? {
        if let label = columns[index] { return label }
        guard years[index] != nil else { return nil }
        // The labelled column nearest on the left, found without building a dictionary of them.
        var nearest: (column: Int, label: Label)?
        for (column, label) in columns where column < index && column > (nearest?.column ?? Int.min) { nearest = (column, label) }
        return nearest?.label
    }

    /// Columns that hold targets (at least the one labelled "Target").
    var targetColumns: [Int] { (Set(columns.keys).union(years.keys)).filter { label(at: $0) == .target }.sorted() }

    var weightColumn: Int? { columns.first { $0.value == .indicatorWeight }?.key }

    /// ">=", "<=", "=": a cell that holds only the operator of the target printed in the next cell.
    static func isOperatorOnly(_ cell: Cell) -> Bool {
        isOperator(cell.text)
    }

    /// A comparison as printed before a target's value.
    static func isOperator(_ text: some StringProtocol) -> Bool {
        [">=", "<=", "=", ">", "<", "≥", "≤", "=>", "=<"].contains { text == $0 }
    }

    /// A data row printed with its target's operator in a cell of its own that the header has no column
    /// for: the operator is joined to the value after it, so the cells line up with the header again.
    func aligning(_ row: Row) -> (row: Row, shifted: Bool) {
        // The first target cell the row fills: columns left empty by a merged header cell come first.
        guard let first = targetColumns.first(where: { $0 < row.cells.count && !row.cells[$0].isEmpty }),
              first + 1 < row.cells.count, Self.isOperatorOnly(row.cells[first]),
              columns[first + 1] == nil || years[first + 1] != years[first] else { return (row, false) }
        var cells = row.cells
        cells[first] = cells[first].appending(cells[first + 1])
        cells.remove(at: first + 1)
        if row.cells.count > width { return (Row(cells: cells, line: row.line), false) }
        // As wide as the header: the values after the operator moved one column left, the last year is empty.
        let lastTarget = targetColumns.last ?? first
        cells.insert(Cell(runs: [], line: row.line), at: min(lastTarget, cells.count))
        return (Row(cells: cells, line: row.line), true)
    }

    /// The targets' years, left to right.
    var targetYears: [Int] {
        var years: [Int] = []
        for column in targetColumns { if let year = self.years[column], !years.contains(year) { years.append(year) } }
        return years
    }

    /// A row whose last cell holds the values of the columns after it, printed a single space apart
    /// (`pdftotext -layout`: "31/01/2027 31/01/2028 14,3%" under 2027, the 2028 and weight cells empty):
    /// with that cell cut into its values the row prints one value a column, and they are the columns',
    /// in order. Three values or more (two in one cell are an old and a new one), no styled run; nil otherwise.
    func spreadingGluedTail(_ row: Row) -> Row? {
        let filled = row.cells.indices.filter { !row.cells[$0].isEmpty }
        // The last cell's values first: most rows end with one value, and the columns cost a walk of the grid.
        guard let last = filled.last, row.cells[last].text.containsByte(0x20), let values = ValueTokens.split(row.cells[last].text),
              values.count >= 3, row.cells[last].runs.allSatisfy({ $0.style.isEmpty }),
              !filled.contains(where: { Self.isOperatorOnly(row.cells[$0]) }) else { return nil }
        let slots = valueColumns
        guard filled.count - 1 + values.count == slots.count, let lastSlot = slots.last else { return nil }
        let texts = filled.dropLast().map { row.cells[$0] } + values.map { Cell(runs: [StyledRun($0)], line: row.cells[last].line) }
        var cells = Array(repeating: Cell(runs: [], line: row.line), count: max(lastSlot + 1, width))
        for (slot, cell) in zip(slots, texts) { cells[slot] = cell }
        return Row(cells: cells, line: row.line)
    }

    /// A header whose cells `pdftotext -layout` printed a single space apart, dated targets glued after
    /// another label or after each other ("ALGORITMO DI CALCOLO TARGET 2024", "Target 2026 Target 2027
    /// Target 2028"): the cells again, so the header has as many columns as the rows under it. Only when
    /// every piece after the first is a year header with nothing after its year, and the first a label or one too.
    static func unglued(_ row: Row) -> Row {
        guard row.cells.count >= 3, row.cells.contains(where: { ByteSearch.contains($0.text, " target ") }) else { return row }
        let isYearHeader = { (text: Substring) in
            YearHeader.read(Cell(runs: [StyledRun(String(text))], line: 0)).map { $0.value.isEmpty } == true
        }
        var cells: [Cell] = []
        for cell in row.cells {
            let text = cell.text
            let cuts = text.indices.filter { text[$0] == " " && text[text.index(after: $0)...].hasASCIIPrefix("target ") }
            let bounds = [text.startIndex] + cuts.map { text.index(after: $0) }
            let pieces = bounds.indices.map { index in
                text[bounds[index]..<(index + 1 < bounds.count ? cuts[index] : text.endIndex)]
            }
            // The last year may have a label glued after it ("Target 2028 Peso indicatori").
            var texts = pieces.map(String.init), tail: String?
            if texts.count >= 2, !isYearHeader(pieces[pieces.count - 1]),
               let match = YearHeader.read(Cell(runs: [StyledRun(texts[texts.count - 1])], line: 0)), Label.match(match.value.text) != nil {
                tail = match.value.text
                let year = texts[texts.count - 1].dropLast(match.value.text.count)
                texts[texts.count - 1] = String(year.reversed().drop { $0 == " " }.reversed())
            }
            guard texts.count >= 2, texts.dropFirst().allSatisfy({ isYearHeader($0[...]) }),
                  isYearHeader(pieces[0]) || Label.match(texts[0]) != nil else {
                cells.append(cell)
                continue
            }
            cells += (texts + (tail.map { [$0] } ?? [])).map { Cell(runs: [StyledRun($0)], line: cell.line) }
        }
        return Row(cells: cells, line: row.line)
    }

    /// The columns a data row fills, one per value: each labelled column, and each year's first target
    /// column (a year over two columns of a finer grid takes one value).
    var valueColumns: [Int] {
        var seenYears: Set<Int> = []
        return (Set(columns.keys).union(years.keys)).sorted().filter { index in
            guard let label = label(at: index) else { return false }
            guard label == .target || label == .baseline, let year = years[index] else { return true }
            return seenYears.insert(year).inserted
        }
    }

    /// A row printed on a grid of its own: word processors' HTML writes a table continued after a page
    /// break with other colspans, so its cells stand beside the header's columns, not under them. When
    /// some cell stands outside the grid's columns and the row prints one value a column, the values
    /// are the columns', in order; otherwise nil. An operator in a cell of its own is `aligning`'s.
    func realigning(_ row: Row) -> Row? {
        let filled = row.cells.indices.filter { !row.cells[$0].isEmpty }
        // Two values under one year (not an operator and its value) stand beside their columns too.
        let twiceUnderAYear = {
            zip(filled, filled.dropFirst()).contains { left, right in
                years[left] != nil && years[left] == years[right] && label(at: left) == .target && label(at: right) == .target
            }
        }
        guard filled.contains(where: { label(at: $0) == nil }) || twiceUnderAYear(),
              !filled.contains(where: { Self.isOperatorOnly(row.cells[$0]) }) else { return nil }
        let slots = valueColumns
        guard filled.count == slots.count, let last = slots.last else { return nil }
        var cells = Array(repeating: Cell(runs: [], line: row.line), count: max(last + 1, width))
        for (slot, index) in zip(slots, filled) { cells[slot] = row.cells[index] }
        return Row(cells: cells, line: row.line)
    }

    /// An indicator grid header: "Indicatore | Peso | Algoritmo | Target Anno 2025", or
    /// "INDICATORE Descrizione | ALGORITMO DI CALCOLO | TARGET 2025 | PESO | TIPOLOGIA".
    /// `firstLabel`: the label of the first cell, when the caller has matched it already.
    static func header(_ row: Row, firstLabel: Label?? = nil) -> Grid? {
        guard let first = row.cells.first else { return nil }
        // Most rows are data: unless the first cell opens a grid, one cell that is not a label settles it.
        let opening = firstLabel ?? (first.isEmpty ? nil : Label.match(first.text))
        let opensGridRow = opening == .indicatorGrid || opening == .indicatorSection
        if !opensGridRow, opening == nil, !first.isEmpty { return nil }
        let row = unglued(row)
        // Each cell is matched once.
        var labels: [Label?] = [opening]
        for cell in row.cells.dropFirst() {
            let label = cell.isEmpty ? nil : Label.match(cell.text)
            if !opensGridRow, !cell.isEmpty, label == nil { return nil }
            labels.append(label)
        }
        let count = labels.compactMap { $0 }.count
        let opensGrid = labels.first == .indicatorGrid || labels.first == .indicatorSection && count >= 3
        guard opensGrid || (count >= 3 && count == row.nonEmptyCells.count && labels.contains(.algorithm)) else { return nil }
        var grid = Grid()
        grid.width = row.cells.count
        for (index, label) in labels.enumerated() {
            switch label {
            case .indicatorGrid?, .indicatorSection?, .description?: grid.columns[index] = .description
            case .baseline? where grid.columns.values.contains(.target):
                // "Target 2026 | Stato 2027": a misprinted header right of the targets is a target.
                grid.columns[index] = .target
            case .weight?, .indicatorWeight?: grid.columns[index] = .indicatorWeight
            case let label?: grid.columns[index] = label
            case nil: continue
            }
            if let year = YearHeader.read(row.cells[index])?.year { grid.years[index] = year }
        }
        // An unlabelled column beside a dated target holds half of it ("Target 2026 | " over ">= | 5"):
        // it joins the target on its left, or else the one on its right. So does a run of them (a word
        // processor's grid splits a merged cell into several columns: "Stato 2025 | | | | Target 2026").
        let last = (labels.lastIndex { $0 != nil }) ?? -1
        let unlabelled = labels.indices.filter { labels[$0] == nil && $0 < last }
        for (order, step) in [(unlabelled, -1), (unlabelled.reversed(), 1)] {
            for index in order where grid.columns[index] == nil {
                let neighbour = index + step
                guard grid.columns[neighbour] == .target, let year = grid.years[neighbour] else { continue }
                grid.columns[index] = .target
                grid.years[index] = year
            }
        }
        return grid
    }
}
