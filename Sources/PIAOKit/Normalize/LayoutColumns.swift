/// `pdftotext -layout` keeps columns apart with runs of spaces. When many lines do that (and none
/// uses tabs), each run of three or more spaces becomes a tab, so the columns are cells again.
enum LayoutColumns {
    static func isLayout(_ lines: [Substring]) -> Bool {
        var nonBlank = 0, gapped = 0
        for line in lines where !isBlank(line) {
            if line.containsByte(UInt8(ascii: "\t")) { return false }
            nonBlank += 1
            // A markdown pipe row padded to its column's width (docling) keeps its cells apart with "|".
            if line.utf8.first(where: { $0 != 0x20 }) == UInt8(ascii: "|") { continue }
            if hasInnerGap(line) { gapped += 1 }
        }
        return nonBlank > 0 && gapped * 5 >= nonBlank
    }

    /// Every line with cells in tabbed form. Consecutive lines with cells form a table whose columns
    /// start at the same offsets, so a cell left empty (only spaces in layout text) is an empty cell
    /// again: "OBJ      20%            n." under "LABEL    VALUE    OPERATOR    UNIT" keeps "n." in UNIT.
    /// `exactColumns`: each character stands where the page printed it (pdftotext), not where its run's
    /// length puts it (`PositionedText`): only then is a word past a column's start known to be that column's.
    static func tabbed(_ lines: [Substring], exactColumns: Bool = true) -> [String] {
        var output: [String] = []
        output.reserveCapacity(lines.count)
        var region: [[Cell]] = []
        func flush() {
            output += aligned(region)
            region = []
        }
        var gridRow: [String]?  // the last row of three cells or more opening at the margin, if still in the table
        var header: [Cell]?  // the last such row of a table whose rows are parted by blank lines
        func place(_ cells: [Cell]) {
            if cells.count >= 3, cells[0].start == 0 {
                header = cells
            } else if cells.count == 1, cells[0].start == 0 {
                header = nil
            }
            // A blank line ends the table: the next may have other columns (merging them misplaces cells).
            // A lone first cell under a grid row stays in the table only if it is that row's name, wrapped.
            let wrappedName = cells.count == 1 && gridRow.map { WrappedCells.wrapsName(cells[0].text, of: $0) } == true
            if cells.count > 1 || cells.first.map({ $0.start > 0 }) == true || wrappedName {
                region.append(cells)
                // A row that goes on with the name above (lower-case opening) keeps that row as the grid row.
                if cells.count >= 3, !(cells[0].start == 0 && WrappedCells.continuesName(cells[0].text)) {
                    gridRow = cells[0].start == 0 ? cells.map(\.text) : nil
                }
            } else {
                flush()
                gridRow = nil
                output.append(cells.first?.text ?? "")
            }
        }
        // Block by block (the lines up to a blank one or a new page): a vertically centred row is joined whole.
        var opening = lines.startIndex
        while opening < lines.endIndex {
            let end = lines[opening...].indices.first { isBlank(lines[$0]) || $0 > opening && lines[$0].utf8.first == 0x0C } ?? lines.endIndex
            // A short block's lines are cut into cells once, whichever way it is read; a long one's a line at a time.
            guard end - opening <= CenteredRows.longestRow else {
                lines[opening..<end].forEach { place(Self.cells($0)) }
                opening = end
                continue
            }
            var blockCells = lines[opening..<end].map(Self.cells)
            if exactColumns, let header, header.count >= 3 { blockCells = blockCells.map { Self.cut($0, atSecondColumnOf: header) } }
            for index in blockCells.indices.dropLast() {
                if let cells = Self.valueAfterOpenBracket(blockCells[index], closedBy: blockCells[index + 1]) { blockCells[index] = cells }
            }
            if !continuesPage(lines, at: opening),
               let (heading, rows) = CenteredRows.rows(blockCells.map(withoutFormFeed), inGrid: header.map { $0.count >= 3 } == true) {
                blockCells[..<heading].forEach(place)
                flush()
                gridRow = nil
                for (count, row) in rows {
                    output += [header.flatMap { CenteredRows.placed(row, under: $0) } ?? aligned([row])[0]] + Array(repeating: "", count: count - 1)
                    if row.count >= 3, row[0].start == 0 { header = row }
                }
            } else if end - opening == 1, let header, let years = yearRow(blockCells[0], under: header) {
                // A line of years alone under a grid header ("2024  2025  2026  2027" under "Baseline  Target"):
                // aligned on its own it would open at the first column; each year goes under the header's column.
                flush()
                gridRow = nil
                output.append(years)
            } else {
                blockCells.forEach(place)
            }
            guard end < lines.endIndex else { break }
            if isBlank(lines[end]) {
                place(Self.cells(lines[end]))
                opening = end + 1
            } else {
                opening = end
            }
        }
        flush()
        return output
    }

    /// A line of years alone, indented, under a header of three columns or more: in tabbed form with each
    /// year under the header column it overlaps, years right of the last one in columns of their own.
    private static func yearRow(_ cells: [Cell], under header: [Cell]) -> String? {
        guard header.count >= 3, cells.count >= 2, cells[0].start > 0, cells.allSatisfy({ YearHeader.isHeaderAlone($0.text) }) else { return nil }
        return CenteredRows.placed(cells, under: header, extending: true)
    }

    /// A line's cells without the form feed that opens a page's first line (it takes no column).
    private static func withoutFormFeed(_ cells: [Cell]) -> [Cell] {
        cells.first?.text == "\u{0C}" ? Array(cells.dropFirst()) : cells
    }

    /// Whether the lines at the top of a page go on with a table row cut by the page break: no label
    /// on the page's first line, and a row of cells on the line before it.
    private static func continuesPage(_ lines: [Substring], at opening: Int) -> Bool {
        guard opening > lines.startIndex, lines[opening].utf8.first == 0x0C, withoutFormFeed(cells(lines[opening])).first.map({ $0.start > 0 }) == true else {
            return false
        }
        return !isBlank(lines[opening - 1]) && cells(lines[opening - 1]).count > 1
    }

    struct Cell {
        var start: Int
        var text: String
    }

    /// The cells of a layout line and the column each starts at. Indentation under 8 spaces is
    /// centring or a hanging line, not an empty first column: such a cell starts at 0. Every line of
    /// a layout text passes here: on its bytes, a column a character (a UTF-8 lead byte).
    private static func cells(_ line: Substring) -> [Cell] {
        var line = line
        return line.withUTF8 { bytes in
            var cells: [Cell] = []
            var cellStart: Int?, start = 0, textEnd = 0
            var column = 0, spaces = 0
            for (index, byte) in bytes.enumerated() {
                if byte == 0x20 {
                    spaces += 1
                    column += 1
                    continue
                }
                if byte & 0xC0 != 0x80 {
                    if let opening = cellStart {
                        if spaces >= 3 {
                            cells.append(Cell(start: start, text: String(decoding: bytes[opening..<textEnd], as: UTF8.self)))
                            cellStart = index
                            start = column
                        }
                    } else {
                        cellStart = index
                        start = spaces >= 8 ? column : 0
                    }
                    spaces = 0
                    column += 1
                }
                textEnd = index + 1
            }
            if let opening = cellStart { cells.append(Cell(start: start, text: String(decoding: bytes[opening..<textEnd], as: UTF8.self))) }
            return cells
        }
    }

    /// A table's lines with each cell in its column: starts within two characters are one column.
    /// Cells wrapped onto the next lines are joined back (`WrappedCells`).
    private static func aligned(_ rows: [[Cell]]) -> [String] {
        let starts = Set(rows.flatMap { $0.map(\.start) } + [0]).sorted()
        var columnOf: [Int: Int] = [:]
        var column = -1
        var previous: Int?
        for start in starts {
            if previous.map({ start - $0 > 2 }) ?? true { column += 1 }
            columnOf[start] = column
            previous = start
        }
        var placed: [[PlacedCell]] = rows.map { cells in
            var current = 0
            return cells.enumerated().map { index, cell in
                let target = max(columnOf[cell.start] ?? current, index == 0 ? 0 : current + 1)
                current = target
                return PlacedCell(column: target, text: cell.text)
            }
        }
        WrappedCells.join(&placed)
        return placed.map { cells in
            var line = ""
            var current = 0
            for (index, cell) in cells.enumerated() {
                line += String(repeating: "\t", count: index == 0 ? cell.column : cell.column - current) + cell.text
                current = cell.column
            }
            return line
        }
    }

    /// Every line of every input passes here: bytes first, Characters only for non-ASCII spaces.
    private static func isBlank(_ line: Substring) -> Bool {
        for byte in line.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x80...: return line.isAllWhitespace
            default: return false
            }
        }
        return true
    }

    private static func hasInnerGap(_ line: Substring) -> Bool {
        line.utf8.withContiguousStorageIfAvailable(hasInnerGap) ?? Array(line.utf8).withUnsafeBufferPointer(hasInnerGap)
    }

    /// On the bytes themselves: a Substring's UTF-8 view checks every index it steps through.
    private static func hasInnerGap(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var spaces = 0
        var sawText = false
        for byte in bytes {
            if byte == UInt8(ascii: " ") {
                spaces += 1
            } else {
                if sawText && spaces >= 3 { return true }
                spaces = 0
                sawText = true
            }
        }
        return false
    }
}
