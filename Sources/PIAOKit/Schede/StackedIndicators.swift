extension ObjectiveTableReader {
    /// Indicators stacked in one row, a paragraph each: the name cell holds several ("Imprese assistite ¶
    /// Eventi organizzati"), and every weight, baseline and target cell as many. A cell of one paragraph in
    /// another column (a source) is each one's. Read as one, the second paragraphs looked like new values.
    static func stacked(_ row: Row, table: ObjectiveTable) -> [Row]? {
        guard let name = table.column(.description, of: .indicator), name < row.cells.count,
              case let names = row.cells[name].paragraphs, names.count >= 2 else { return nil }
        var split: [Int: [Cell]] = [:]
        for (index, column) in table.columns where column.owner == .indicator && index < row.cells.count && !row.cells[index].isEmpty {
            let paragraphs = row.cells[index].paragraphs
            // A struck paragraph is an old value above its new one, not another indicator's.
            if paragraphs.contains(where: { $0.isWholly(.struck) }) { return nil }
            if paragraphs.count == names.count {
                split[index] = paragraphs
            } else if paragraphs.count != 1 || [.target, .baseline, .indicatorWeight].contains(column.label) {
                return nil
            }
        }
        return names.indices.map { position in
            var cells = row.cells
            for (index, paragraphs) in split { cells[index] = paragraphs[position] }
            return Row(cells: cells, line: row.line)
        }
    }
}
