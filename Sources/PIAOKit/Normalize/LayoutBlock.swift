/// The lines of a `pdftotext -layout` table up to a blank line, read as pieces: a label piece is the
/// text that opens a line at the margin, the other pieces fall in columns by their spans. What the
/// pieces make (one row, several) is `CenteredRows`' call.
struct LayoutBlock {
    struct Column {
        var start: Int
        var end: Int
        var pieces: [(line: Int, text: String)]
        /// Twice the middle line of its pieces (whole numbers for half lines).
        var middle: Int { pieces.map(\.line).min()! + pieces.map(\.line).max()! }
    }

    let lineCount: Int
    private(set) var label: [(line: Int, text: String)] = []
    private(set) var columns: [Column] = []
    /// Lines with a label piece and value pieces both, and lines of value pieces alone.
    private(set) var labelledValueLines = 0, valueOnlyLines = 0

    /// Nil when a line is empty, a value opens left of a label's end (a paragraph's wide space), or
    /// two pieces of one line fall in one column (columns that do not line up).
    init?(_ lines: ArraySlice<[LayoutColumns.Cell]>) {
        lineCount = lines.count
        var labelEnd = 0
        var values: [(line: Int, cell: LayoutColumns.Cell)] = []
        for (index, cells) in lines.enumerated() {
            guard let first = cells.first else { return nil }
            if first.start == 0 {
                label.append((index, first.text))
                labelEnd = max(labelEnd, first.text.count)
                if cells.count > 1 { labelledValueLines += 1 }
                values += cells.dropFirst().map { (index, $0) }
            } else {
                valueOnlyLines += 1
                values += cells.map { (index, $0) }
            }
        }
        // A character's slack: text placed on a page (pdftohtml, MuPDF) is laid out by an estimated
        // character width, and a wrapped label line in a proportional font may reach one past its column.
        guard values.allSatisfy({ $0.cell.start >= labelEnd - 1 }) else { return nil }
        // Pieces whose spans overlap are one column, on whatever line (centred pieces share their middle).
        for value in Self.unglued(values).sorted(by: { $0.cell.start < $1.cell.start }) {
            let end = value.cell.start + value.cell.text.count
            if let last = columns.indices.last, value.cell.start < columns[last].end {
                columns[last].end = max(columns[last].end, end)
                columns[last].pieces.append((value.line, value.cell.text))
            } else {
                columns.append(Column(start: value.cell.start, end: end, pieces: [(value.line, value.cell.text)]))
            }
        }
        for column in columns where Set(column.pieces.map(\.line)).count < column.pieces.count { return nil }
    }

    /// Cells of narrow columns printed a single space apart ("15/12/20 15/12/202 15/12/202" over "26   7
    /// 8"): a piece is cut at each word that opens where a piece of another line opens.
    private static func unglued(_ values: [(line: Int, cell: LayoutColumns.Cell)]) -> [(line: Int, cell: LayoutColumns.Cell)] {
        guard values.count > 1 else { return values }
        return values.flatMap { value -> [(line: Int, cell: LayoutColumns.Cell)] in
            guard value.cell.text.containsByte(0x20) else { return [value] }
            let opensUnder = { (column: Int) in values.contains { $0.line != value.line && abs($0.cell.start - column) <= 1 } }
            var pieces: [(line: Int, cell: LayoutColumns.Cell)] = []
            var text = value.cell.text
            text.withUTF8 { bytes in
                var from = 0, fromColumn = value.cell.start, column = value.cell.start
                for (index, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
                    if index > 0, bytes[index - 1] == 0x20, byte != 0x20, opensUnder(column) {
                        var end = index - 1
                        while end > from, bytes[end - 1] == 0x20 { end -= 1 }
                        pieces.append((value.line, LayoutColumns.Cell(start: fromColumn, text: String(decoding: bytes[from..<end], as: UTF8.self))))
                        from = index
                        fromColumn = column
                    }
                    column += 1
                }
                if from > 0 { pieces.append((value.line, LayoutColumns.Cell(start: fromColumn, text: String(decoding: bytes[from...], as: UTF8.self)))) }
            }
            return pieces.isEmpty ? [value] : pieces
        }
    }

    /// The first and last lines holding a value piece.
    var valueSpan: ClosedRange<Int>? {
        guard let top = columns.compactMap({ $0.pieces.map(\.line).min() }).min(),
              let bottom = columns.compactMap({ $0.pieces.map(\.line).max() }).max() else { return nil }
        return top...bottom
    }

    /// The block as one row: the label (if any) at the margin, then each column's pieces top to bottom.
    var row: [LayoutColumns.Cell] {
        let cells = columns.map { column in
            LayoutColumns.Cell(start: column.start, text: Self.joined(column.pieces.sorted { $0.line < $1.line }.map(\.text)))
        }
        return label.isEmpty ? cells : [LayoutColumns.Cell(start: 0, text: Self.joined(label.map(\.text)))] + cells
    }

    /// Pieces of one cell, top to bottom: a word cut at a hyphen ("CCIAA PT-" / "PO"), or a date cut in
    /// its year by a narrow column ("31/12/20" / "26"), is joined whole.
    private static func joined(_ pieces: [String]) -> String {
        pieces.dropFirst().reduce(into: pieces[0]) { text, piece in
            text += (WrappedCells.hyphenated(text) || cutsYear(text, piece) ? "" : " ") + piece
        }
    }

    private static func cutsYear(_ text: String, _ piece: String) -> Bool {
        // Most joins are words: only a piece of one to three digits after a digit goes further.
        guard piece.utf8.count <= 3, piece.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
              let last = text.utf8.last, last >= 0x30 && last <= 0x39 else { return false }
        let date = text.split(separator: " ").last.map { $0.split(separator: "/", omittingEmptySubsequences: false) } ?? []
        let isDigits = { (part: Substring) in !part.isEmpty && part.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }
        guard date.count == 3, date.allSatisfy(isDigits), date[0].count <= 2, date[1].count <= 2, isDigits(piece[...]) else { return false }
        return date[2].count + piece.count == 4
    }
}
