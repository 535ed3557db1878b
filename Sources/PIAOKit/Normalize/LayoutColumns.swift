/// `pdftotext -layout` keeps columns apart with runs of spaces. When many lines do that (and none
/// uses tabs), each run of three or more spaces becomes a tab, so the columns are cells again.
enum LayoutColumns {
    static func isLayout(_ lines: [Substring]) -> Bool {
        var nonBlank = 0, gapped = 0
        for line in lines where !isBlank(line) {
            if line.containsByte(UInt8(ascii: "\t")) { return false }
            nonBlank += 1
            if hasInnerGap(line) { gapped += 1 }
        }
        return nonBlank > 0 && gapped * 5 >= nonBlank
    }

    /// Every line with cells in tabbed form. Consecutive lines with cells form a table whose columns
    /// start at the same offsets, so a cell left empty (only spaces in layout text) is an empty cell
    /// again: "OBJ      20%            n." under "LABEL    VALUE    OPERATOR    UNIT" keeps "n." in UNIT.
    static func tabbed(_ lines: [Substring]) -> [String] {
        var output: [String] = []
        output.reserveCapacity(lines.count)
        var region: [[Cell]] = []
        func flush() {
            output += aligned(region)
            region = []
        }
        var inGrid = false
        for line in lines {
            let cells = Self.cells(line)
            // A blank line ends the table: the next may have other columns (merging them misplaces cells).
            // A lone first cell under a grid row stays in the table: it may be that row's name, wrapped.
            if cells.count > 1 || cells.first.map({ $0.start > 0 }) == true || inGrid && cells.count == 1 {
                region.append(cells)
                if cells.count >= 3 { inGrid = true }
            } else {
                flush()
                inGrid = false
                output.append(cells.first?.text ?? "")
            }
        }
        flush()
        return output
    }

    private struct Cell {
        var start: Int
        var text: String
    }

    /// The cells of a layout line and the column each starts at. Indentation under 8 spaces is
    /// centring or a hanging line, not an empty first column: such a cell starts at 0.
    private static func cells(_ line: Substring) -> [Cell] {
        var cells: [Cell] = []
        var current = ""
        var start = 0, offset = 0, spaces = 0
        for character in line {
            if character == " " {
                spaces += 1
                offset += 1
                continue
            }
            if current.isEmpty {
                start = spaces >= 8 ? offset : 0
            } else if spaces >= 3 {
                cells.append(Cell(start: start, text: current))
                current = ""
                start = offset
            } else if spaces > 0 {
                current += String(repeating: " ", count: spaces)
            }
            spaces = 0
            current.append(character)
            offset += 1
        }
        if !current.isEmpty { cells.append(Cell(start: start, text: current)) }
        return cells
    }

    /// A table's lines with each cell in its column: starts within two characters are one column.
    /// A cell wrapped onto the next line(s) is joined back (see `continues`); the line it came from
    /// stays, empty, so line numbers do not move.
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
        var placed: [[(column: Int, text: String)]] = rows.map { cells in
            var current = 0
            return cells.enumerated().map { index, cell in
                let target = max(columnOf[cell.start] ?? current, index == 0 ? 0 : current + 1)
                current = target
                return (target, cell.text)
            }
        }
        var owner: Int?
        for index in placed.indices {
            if let row = owner, continues(placed[index], placed[row]) {
                for cell in placed[index] {
                    let position = placed[row].firstIndex { $0.column == cell.column }!
                    placed[row][position].text += (hyphenated(placed[row][position].text) ? "" : " ") + cell.text
                }
                placed[index] = []
            } else {
                owner = index
            }
        }
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

    /// A line that only continues cells of the row above: each of its cells sits under a cell of
    /// that row and opens as no label or value would — a lower-case word, a bracket, a comma:
    /// "Numero di presenze registrate" / "(fonte: registri)". In the first column, where a new row
    /// may open with a code ("kpi1.1.1_03"), only a word of letters alone continues ("delle azioni").
    private static func continues(_ line: [(column: Int, text: String)], _ row: [(column: Int, text: String)]) -> Bool {
        // A first cell alone under a grid row (three cells or more) is its name wrapped, whatever its
        // case ("Media del grado di" under "Grado di raggiungimento | Efficacia | % | …"), unless it is a caption.
        if line.count == 1, line[0].column == 0, row.count >= 3, row[0].column == 0, !line[0].text.hasSuffix(":"), holdsValues(row) { return true }
        // Under "Label: | value", a lone cell under the value that is not a value itself continues it
        // ("Area di responsabilità: | Promozione e Sviluppo" / "Economico").
        if line.count == 1, row.count == 2, row[0].column == 0, row[0].text.hasSuffix(":"), line[0].column == row[1].column,
           !isValue(line[0].text) {
            return true
        }
        // A label wrapped before its colon ("D.M. 27/03/2013" / "Missione:"), its value maybe with it.
        if row.count == 2, row[0].column == 0, !row[0].text.hasSuffix(":"), line.count <= 2, line[0].column == 0,
           line[0].text.hasSuffix(":"), line.dropFirst().allSatisfy({ $0.column == row[1].column && !isValue($0.text) }) {
            return true
        }
        // Under a data row, a line opening with the rest of its name continues every cell it has, as
        // long as none of them is a value ("… dell'amministrazione | Pubblica | | partire dal 30/11").
        if let first = line.first, first.column == 0, continuesName(first.text), holdsValues(row),
           line.allSatisfy({ cell in row.contains { $0.column == cell.column } && !isValue(cell.text) }) {
            return true
        }
        return !line.isEmpty && line.allSatisfy { cell in
            guard let above = row.first(where: { $0.column == cell.column }), let opening = cell.text.unicodeScalars.first else { return false }
            if cell.column == 0 { return continuesName(cell.text) || hyphenated(above.text) }
            // A bracket left open above is closed here: "(progetto FNP" / "2025-2026)".
            let unclosed = above.text.utf8.count { $0 == UInt8(ascii: "(") } > above.text.utf8.count { $0 == UInt8(ascii: ")") }
                || above.text.last.map { "-–,;(/".contains($0) } == true  // or a text cut after a dash or a comma
            let dashThenWord = (opening == "-" || opening == "–") && cell.text.dropFirst().first == " "
                && cell.text.dropFirst(2).first?.isLetter == true
            return unclosed || dashThenWord || opening.properties.isLowercase || "(,;/&".unicodeScalars.contains(opening)
        }
    }

    /// A word cut at a hyphen at the end of the line ("CCIAA PT-" / "PO:"): joined without a space.
    private static func hyphenated(_ text: String) -> Bool {
        text.hasSuffix("-") && text.dropLast().last?.isLetter == true
    }

    /// A data row, not a header: some cell after the first is a value ("100%", "n.d.", ">=", "€ 5").
    private static func holdsValues(_ row: [(column: Int, text: String)]) -> Bool {
        row.dropFirst().contains { isValue($0.text) }
    }

    private static func isValue(_ text: String) -> Bool {
        guard let opening = text.unicodeScalars.first else { return false }
        return ("0"..."9").contains(opening) || "<>=≥≤%€".unicodeScalars.contains(opening) || text.hasASCIIPrefix("n.d")
    }

    /// A first cell that goes on with a name: a lower-case word of letters ("delle", "dell'ente"), which
    /// a code opening a new row ("kpi1.1.1_03") is not.
    private static func continuesName(_ text: String) -> Bool {
        guard let opening = text.unicodeScalars.first, opening.properties.isLowercase else { return false }
        return text.prefix { $0 != " " }.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" }
    }

    /// Every line of every input passes here: bytes first, Characters only for non-ASCII spaces.
    private static func isBlank(_ line: Substring) -> Bool {
        for byte in line.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x80...: return line.allSatisfy(\.isWhitespace)
            default: return false
            }
        }
        return true
    }

    private static func hasInnerGap(_ line: Substring) -> Bool {
        var spaces = 0
        var sawText = false
        for byte in line.utf8 {
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
