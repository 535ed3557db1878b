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
        // "INDICATORE | Tempo medio di evasione": a label row that names an indicator, not a header (as
        // "INDICATORE | Peso<br>Algoritmo<br>Target 2025" or, glued, "Algoritmo Peso Target 2025" would be).
        // A row whose only label is its first cell, the others no label's words, is a data row: "Indicatore di
        // tempestività dei pagamenti | 50% | <= -5" names an indicator that opens like the label.
        if count == 1, case let filled = row.nonEmptyCells, filled.count >= 2, filled[0].text == first.text,
           Label.namesAnIndicator(first.text) ? filled.count == 2 : !Label.isSpelling(orStartOf: first.text),
           !filled.dropFirst().contains(where: { $0.paragraphs.contains { $0.text.split(separator: " ").first.map(Label.mayOpenLabel) ?? false } }) { return nil }
        let opensGrid = labels.first == .indicatorGrid || labels.first == .indicatorSection && count >= 3
        guard opensGrid || (count >= 3 && count == row.nonEmptyCells.count && labels.contains(.algorithm)) else { return nil }
        var grid = Grid()
        grid.width = row.cells.count
        for (index, label) in labels.enumerated() {
            switch label {
            case .indicatorGrid?, .indicatorSection?, .description?:
                // "Indicatore | Descrizione indicatore": the second says what the first measures.
                grid.columns[index] = grid.columns.values.contains(.description) ? .signal : .description
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
