/// `pdftotext -layout` prints a table row whose cells are centred vertically with its label on a
/// middle line of the value ("… (digitale ed" / "OBIETTIVO STRATEGICO   al credito …" / "di nuove
/// imprese"), or with the label wrapped around the value ("PESO OBIETTIVO (rispetto agli" / "20%" /
/// "obt. str.)"). Read line by line, the value lines above the label would go to the row before.
/// The page leaves blank lines between rows, so a block of lines with one label is one row.
enum CenteredRows {
    /// Lines of the longest block tried as one row (a long description centred beside its label).
    static let longestRow = 24

    /// The block's cells as one row, each column's pieces joined top to bottom; nil when the block
    /// is not one row: two lines that each hold a label and a value (rows printed without a gap), a
    /// value left of the label's end (a paragraph's wide space), label and value not centred on each
    /// other, or two pieces of one line in one column.
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
        // Label and value on several lines: rows printed without a gap, unless the label is one cell
        // wrapped line after line ("Azioni di diffusione … ed" / "ecologica realizzate …" / "(Obiettivo comune)").
        let wrappedLabel = zip(label, label.dropFirst()).allSatisfy { $1.line == $0.line + 1 && continues($0.text, $1.text) }
        guard labelledValueLines <= 1 || wrappedLabel, let valueTop = values.map(\.line).min(), let valueBottom = values.map(\.line).max(),
              values.allSatisfy({ $0.cell.start > labelEnd }) else { return nil }
        // One line of text right over the label beside a value ("INDICATORE/I" over "DESCRIZIONE   …")
        // is a heading, and one right under it ("PESO OBIETTIVO  20%" with too narrow a gap) a row of its
        // own, unless the label goes on from one to the other ("Azioni di rilevazioni dei dati, loro" /
        // "diffusione e …   ≥ 25"). A label centred beside its value has as many lines over it as under it.
        if label.count > 1 {
            let over = label.filter { $0.line < valueTop }, under = label.filter { $0.line > valueBottom }
            if over.count == 1, label[1].line == label[0].line + 1, !continues(label[0].text, label[1].text) { return nil }
            let last = label.count - 1
            if under.count == 1, label[last].line == label[last - 1].line + 1, !continues(label[last - 1].text, label[last].text) { return nil }
        }
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

    /// The block's rows after its headings, if it opens with lines of text alone ("INDICATORE/I" over
    /// "DESCRIZIONE   …"; a footnote printed without a gap): lines to leave as they are, then each row
    /// with the number of lines it takes.
    static func rows(_ lines: [[LayoutColumns.Cell]]) -> (heading: Int, rows: [(lines: Int, row: [LayoutColumns.Cell])])? {
        var heading = 0
        while lines.count - heading >= 2 {
            if let rows = split(lines[heading...]) { return (heading, rows) }
            if let row = merge(lines[heading...]) { return (heading, [(lines.count - heading, row)]) }
            guard lines[heading].count == 1, lines[heading][0].start == 0 else { return nil }
            heading += 1
        }
        return nil
    }

    /// Two rows or more printed without a gap, each label centred on its own value ("OBIETTIVO STRATEGICO"
    /// amid "OS 1.2 – …" / "ECOLOGICA)", then "OBIETTIVO OPERATIVO" amid "OO 1.2.1 – …"): the lines are
    /// shared out at the middle between labels, and every share must be a centred row of two lines or more.
    private static func split(_ lines: ArraySlice<[LayoutColumns.Cell]>) -> [(lines: Int, row: [LayoutColumns.Cell])]? {
        let labelled = lines.indices.filter { lines[$0].first?.start == 0 }
        guard labelled.count >= 2, zip(labelled, labelled.dropFirst()).allSatisfy({ $1 > $0 + 1 }) else { return nil }
        var rows: [(lines: Int, row: [LayoutColumns.Cell])] = []
        var start = lines.startIndex
        for (index, label) in labelled.enumerated() {
            let end = index + 1 < labelled.count ? (label + labelled[index + 1]) / 2 + 1 : lines.endIndex
            guard end - start >= 2, let row = merge(lines[start..<end]) else { return nil }
            rows.append((end - start, row))
            start = end
        }
        return rows
    }

    /// A label piece that goes on from the one above: a lower-case or bracket opening, or a text cut
    /// after a hyphen, a comma or a slash, or inside a bracket.
    private static func continues(_ above: String, _ piece: String) -> Bool {
        guard let opening = piece.unicodeScalars.first else { return false }
        let leftOpen = above.utf8.count { $0 == UInt8(ascii: "(") } > above.utf8.count { $0 == UInt8(ascii: ")") }
        return opening.properties.isLowercase || opening == "(" || leftOpen || above.last.map { "-–,/".contains($0) } == true
    }

    /// A row with fewer cells than the table's header, in tabbed form with each cell under the header
    /// column it overlaps most (a column reaches to where the next one starts): "name | ≥ 25 | 100%" under
    /// "INDICATORE | ALGORITMO | TARGET | PESO" keeps its target and weight in their columns. Nil when two
    /// cells would share a column or the row has no fewer cells.
    static func placed(_ row: [LayoutColumns.Cell], under header: [LayoutColumns.Cell]) -> String? {
        guard row.count < header.count else { return nil }
        var texts = Array(repeating: "", count: header.count)
        var previous = -1
        for cell in row {
            let end = cell.start + cell.text.count
            let overlaps = header.indices.map { index in
                let columnEnd = index + 1 < header.count ? header[index + 1].start : Int.max
                return min(end, columnEnd) - max(cell.start, header[index].start)
            }
            guard let column = overlaps.indices.max(by: { overlaps[$0] < overlaps[$1] }), column > previous else { return nil }
            texts[column] = cell.text
            previous = column
        }
        while texts.last == "" { texts.removeLast() }
        return texts.joined(separator: "\t")
    }

    /// Pieces of one cell, top to bottom: a word cut at a hyphen ("CCIAA PT-" / "PO") is joined whole.
    private static func joined(_ pieces: [String]) -> String {
        pieces.dropFirst().reduce(into: pieces[0]) { text, piece in
            text += (WrappedCells.hyphenated(text) ? "" : " ") + piece
        }
    }
}
