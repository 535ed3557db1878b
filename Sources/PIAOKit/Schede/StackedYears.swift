/// Year columns that a converter merged into one cell where the PDF draws no rule between them
/// (pymupdf4llm: "Anno 2026<br>Anno 2027" in the header, "//<br>//" under it): the header's cell
/// holds a year header a line, and stands for that many columns; so does the cell under it in the
/// next row when it holds as many lines. Any other cell is left as it is.
struct StackedYears {
    /// The columns of the row read last that held stacked year headers, and how many each held.
    private var columns: [Int: Int] = [:]

    mutating func unstack(_ row: Row) -> Row {
        let above = columns
        columns = [:]
        // Most rows have no cell of several lines that may open with a year header or sits under one:
        // they are passed on before any cell is split.
        func mayStack(_ index: Int, _ cell: Cell) -> Bool {
            cell.rawText.containsByte(0x0A) && (above[index] != nil || YearHeader.mayOpen(cell.text))
        }
        guard row.cells.indices.contains(where: { mayStack($0, row.cells[$0]) }) else { return row }
        var cells: [Cell] = []
        for (index, cell) in row.cells.enumerated() {
            guard mayStack(index, cell) else {
                cells.append(cell)
                continue
            }
            let lines = cell.paragraphs
            if lines.count >= 2, lines.allSatisfy({ YearHeader.isHeaderAlone($0.text) }) {
                columns[index] = lines.count
                cells += lines
            } else if let count = above[index], lines.count == count {
                cells += lines
            } else {
                cells.append(cell)
            }
        }
        return Row(cells: cells, line: row.line)
    }
}
