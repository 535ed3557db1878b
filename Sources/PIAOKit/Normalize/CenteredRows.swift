/// `pdftotext -layout` prints a table row whose cells are centred vertically with its label on a
/// middle line of the value ("… (digitale ed" / "OBIETTIVO STRATEGICO   al credito …" / "di nuove
/// imprese"), or with the label wrapped around the value ("PESO OBIETTIVO (rispetto agli" / "20%" /
/// "obt. str.)"). Read line by line, the value lines above the label would go to the row before.
/// The page leaves blank lines between rows, so a block of lines with one label is one row.
enum CenteredRows {
    /// Lines of the longest block tried as one row (a long description centred beside its label).
    static let longestRow = 24

    /// The block's cells as one row, each column's pieces joined top to bottom; nil when the block
    /// is not one labelled row: no label, two lines that each hold a label and a value (rows printed
    /// without a gap), a value left of the label's end, or two pieces of one line in one column.
    static func merge(_ lines: ArraySlice<[LayoutColumns.Cell]>) -> [LayoutColumns.Cell]? {
        guard lines.count >= 2 else { return nil }
        var label: [(line: Int, text: String)] = []
        var labelEnd = 0
        var values: [(line: Int, cell: LayoutColumns.Cell)] = []
        var labelledValueLines = 0, valueLines = 0
        for (index, cells) in lines.enumerated() {
            guard let first = cells.first else { return nil }
            if first.start == 0 {
                label.append((index, first.text))
                labelEnd = max(labelEnd, first.text.count)
                if cells.count > 1 { labelledValueLines += 1 }
                values += cells.dropFirst().map { (index, $0) }
            } else {
                valueLines += 1
                values += cells.map { (index, $0) }
            }
        }
        guard labelledValueLines <= 1, valueLines >= 1, let valueTop = values.map(\.line).min(), let valueBottom = values.map(\.line).max(),
              values.allSatisfy({ $0.cell.start > labelEnd }) else { return nil }
        // Centred: the label's lines and the value's share their middle, to half a line (a label at
        // the top of its row reads well line by line; "INDICATORE/I" over a centred row is a heading).
        if let top = label.first?.line, let bottom = label.last?.line, abs((top + bottom) - (valueTop + valueBottom)) > 1 { return nil }
        // Columns: pieces whose spans overlap, on whatever line (centred pieces share their middle).
        var columns: [(start: Int, end: Int, pieces: [(line: Int, text: String)])] = []
        for value in values.sorted(by: { $0.cell.start < $1.cell.start }) {
            let end = value.cell.start + value.cell.text.count
            if let last = columns.indices.last, value.cell.start < columns[last].end {
                columns[last].end = max(columns[last].end, end)
                columns[last].pieces.append((value.line, value.cell.text))
            } else {
                columns.append((value.cell.start, end, [(value.line, value.cell.text)]))
            }
        }
        for column in columns where Set(column.pieces.map(\.line)).count < column.pieces.count { return nil }
        // Without a label ("€ 1.366.000,00 €" / "€ 648.000,00   € 648.000,00" / "1.622.100,00(*)"), every
        // column shares one middle, and some column is missing from some line: values printed a line
        // each in full columns are rows of their own.
        if label.isEmpty {
            let middles = Set(columns.map { column in column.pieces.map(\.line).min()! + column.pieces.map(\.line).max()! })
            guard middles.count == 1, columns.contains(where: { $0.pieces.count < valueLines }) else { return nil }
            return columns.map { column in
                LayoutColumns.Cell(start: column.start, text: joined(column.pieces.sorted { $0.line < $1.line }.map(\.text)))
            }
        }
        return [LayoutColumns.Cell(start: 0, text: joined(label.map(\.text)))]
            + columns.map { column in
                LayoutColumns.Cell(start: column.start, text: joined(column.pieces.sorted { $0.line < $1.line }.map(\.text)))
            }
    }

    /// The block's row after its headings, if it opens with lines of text alone ("INDICATORE/I" over
    /// "DESCRIZIONE   …"; a footnote printed without a gap): lines to leave as they are, and the row of the rest.
    static func row(_ lines: [[LayoutColumns.Cell]]) -> (heading: Int, row: [LayoutColumns.Cell])? {
        var heading = 0
        while lines.count - heading >= 2 {
            if let row = merge(lines[heading...]) { return (heading, row) }
            guard lines[heading].count == 1, lines[heading][0].start == 0 else { return nil }
            heading += 1
        }
        return nil
    }

    /// Pieces of one cell, top to bottom: a word cut at a hyphen ("CCIAA PT-" / "PO") is joined whole.
    private static func joined(_ pieces: [String]) -> String {
        pieces.dropFirst().reduce(into: pieces[0]) { text, piece in
            text += (WrappedCells.hyphenated(text) ? "" : " ") + piece
        }
    }
}
