/// Data rows whose cells do not stand under their header's columns, put back under them: a table
/// continued with other spans, values a single space apart in one cell.
extension Grid {
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
}
