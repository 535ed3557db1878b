/// Years announced by a header row ("Anno 2025 | Anno 2026 | Anno 2027"), with the columns they were
/// printed in, for the row of values below them.
struct YearColumns {
    var years: [Int]
    /// Where each year's cell stands in its row.
    var columns: [Int]

    /// The years of a header's cells, `cells` standing from column `offset` of their row on.
    init?(header cells: some Collection<Cell>, offset: Int) {
        guard let years = YearHeader.headerYears(Array(cells)) else { return nil }
        self.years = years
        columns = cells.enumerated().filter { !$0.element.isEmpty }.map { $0.offset + offset }
    }

    /// The row's cells under the years: in order, as printed. Word processors' HTML writes merged
    /// cells as colspans over a finer grid (a cell, then empty ones for the rest of its span), and
    /// the empty cells must not take a year's place: when the value row spans the header's columns
    /// alike, each value is the one under its year ("≥ 9" over 2025's two columns, then 2026's "//");
    /// when its spans differ but it prints one value a year, those values are the years', in order.
    func values(of row: Row) -> [Cell] {
        // A value for each year and nothing before them (a converter that leaves no empty cell under
        // the label): the first cell is the first year's, not the label column's.
        if row.cells.count == years.count, years.count > 1, row.cells.allSatisfy({ !$0.isEmpty }), Label.match(row.cells[0].text) == nil {
            return row.cells
        }
        let inOrder = Array(row.cells.dropFirst())
        if let first = columns.first, let last = columns.last, last - first + 1 > columns.count {
            let spanned = (first...last).filter { !columns.contains($0) && $0 < row.cells.count }
            if spanned.allSatisfy({ row.cells[$0].isEmpty }) {
                return columns.filter { $0 < row.cells.count }.map { row.cells[$0] }
            }
        }
        let filled = inOrder.filter { !$0.isEmpty }
        // An empty cell before the last value: in order, it would take a year's place.
        guard filled.count == years.count, let lastFilled = inOrder.lastIndex(where: { !$0.isEmpty }), lastFilled >= filled.count else { return inOrder }
        return filled
    }
}
