/// `pdftotext -layout` prints a table row whose cells are centred vertically with its label on a
/// middle line of the value ("… (digitale ed" / "OBIETTIVO STRATEGICO   al credito …" / "di nuove
/// imprese"), or with the label wrapped around the value ("PESO OBIETTIVO (rispetto agli" / "20%" /
/// "obt. str.)"). Read line by line, the value lines above the label would go to the row before.
/// The page leaves blank lines between rows, so a block of lines (`LayoutBlock`) is read as one
/// centred row, or as centred rows printed without a gap; any other block is left as it is.
enum CenteredRows {
    /// Lines of the longest block tried as one row (a long description centred beside its label).
    static let longestRow = 24

    /// The block's rows after its headings, if it opens with lines of text alone ("INDICATORE/I" over
    /// "DESCRIZIONE   …"; a footnote printed without a gap): lines to leave as they are, then each row
    /// with the number of lines it takes. `inGrid`: under a header of three columns or more.
    static func rows(_ lines: [[LayoutColumns.Cell]], inGrid: Bool) -> (heading: Int, rows: [(lines: Int, row: [LayoutColumns.Cell])])? {
        var heading = 0
        while lines.count - heading >= 2 {
            if let rows = split(lines[heading...]) { return (heading, rows) }
            if let block = LayoutBlock(lines[heading...]), isCentredRow(block) || inGrid && isGridRow(block) {
                return (heading, [(lines.count - heading, block.row)])
            }
            guard lines[heading].count == 1, lines[heading][0].start == 0 else { return nil }
            heading += 1
        }
        return nil
    }

    /// One row centred on its label, or values centred without a label. Not: two lines that each hold
    /// a label and a value (rows printed without a gap) unless the label is one cell wrapped line after
    /// line, a heading over the label or a row under it, label and value not centred on each other.
    static func isCentredRow(_ block: LayoutBlock) -> Bool {
        let label = block.label
        guard block.lineCount >= 2, let values = block.valueSpan else { return false }
        // Without a label ("€ 1.366.000,00 €" / "€ 648.000,00   € 648.000,00" / "1.622.100,00(*)"), every
        // column shares one middle, and some column is missing from some line: values printed a line
        // each in full columns are rows of their own.
        guard !label.isEmpty else {
            return Set(block.columns.map(\.middle)).count == 1 && block.columns.contains { $0.pieces.count < block.valueOnlyLines }
        }
        // Label and value on several lines: rows printed without a gap, unless the label is one cell
        // wrapped line after line ("Azioni di diffusione … ed" / "ecologica realizzate …" / "(Obiettivo comune)").
        let wrappedLabel = zip(label, label.dropFirst()).allSatisfy { $1.line == $0.line + 1 && continues($0.text, $1.text) }
        guard block.labelledValueLines <= 1 || wrappedLabel else { return false }
        // One line of text right over the label beside a value ("INDICATORE/I" over "DESCRIZIONE   …")
        // is a heading, and one right under it ("PESO OBIETTIVO  20%" with too narrow a gap) a row of its
        // own, unless the label goes on from one to the other ("Azioni di rilevazioni dei dati, loro" /
        // "diffusione e …   ≥ 25"). A label centred beside its value has as many lines over it as under it.
        if label.count > 1 {
            let over = label.filter { $0.line < values.lowerBound }, under = label.filter { $0.line > values.upperBound }
            if over.count == 1, label[1].line == label[0].line + 1, !continues(label[0].text, label[1].text) { return false }
            let last = label.count - 1
            if under.count == 1, label[last].line == label[last - 1].line + 1, !continues(label[last - 1].text, label[last].text) { return false }
        }
        // Centred: the label's lines and the value's share their middle, to half a line (a label at
        // the top of its row reads well line by line; "INDICATORE/I" over a centred row is a heading).
        return abs((label[0].line + label[label.count - 1].line) - (values.lowerBound + values.upperBound)) <= 1
    }

    /// A grid row whose first cell holds paragraphs ("Privacy - Registro dei" / "trattamenti" /
    /// "Aggiornamento registri" beside "Efficienza", "data", "20,0%" on the middle line): every column,
    /// the first too, is centred on the block's middle, and some column is one piece. Rows printed
    /// without a gap fill their columns on every line.
    static func isGridRow(_ block: LayoutBlock) -> Bool {
        guard block.lineCount >= 3, let top = block.label.first?.line, let bottom = block.label.last?.line else { return false }
        let middle = block.lineCount - 1
        return abs(top + bottom - middle) <= 1 && block.columns.allSatisfy { abs($0.middle - middle) <= 1 }
            && block.columns.contains { $0.pieces.count == 1 }
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
            guard end - start >= 2, let block = LayoutBlock(lines[start..<end]), isCentredRow(block) else { return nil }
            rows.append((end - start, block.row))
            start = end
        }
        return rows
    }

    /// A label piece that goes on from the one above: a lower-case or bracket opening, or a text cut
    /// after a hyphen, a comma or a slash, or inside a bracket.
    private static func continues(_ above: String, _ piece: String) -> Bool {
        guard let opening = piece.unicodeScalars.first else { return false }
        return opening.properties.isLowercase || opening == "(" || WrappedCells.leavesBracketOpen(above) || above.last.map { "-–,/".contains($0) } == true
    }

    /// A row with fewer cells than the table's header, in tabbed form with each cell under the header
    /// column it overlaps most (a column reaches to where the next one starts): "name | ≥ 25 | 100%" under
    /// "INDICATORE | ALGORITMO | TARGET | PESO" keeps its target and weight in their columns. Nil when two
    /// cells would share a column or the row has no fewer cells. `extending`: a cell that opens past the
    /// end of the header's last cell takes a column of its own after it ("2026", "2027" right of "Target").
    static func placed(_ row: [LayoutColumns.Cell], under header: [LayoutColumns.Cell], extending: Bool = false) -> String? {
        guard row.count < header.count || extending, let last = header.last else { return nil }
        var texts = Array(repeating: "", count: header.count)
        var previous = -1
        for cell in row {
            if extending, cell.start > last.start + last.text.count {
                texts.append(cell.text)
                previous = texts.count - 1
                continue
            }
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
}
