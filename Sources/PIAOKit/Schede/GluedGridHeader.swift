extension Grid {
    /// A header whose cells `pdftotext -layout` printed a single space apart, dated targets glued after
    /// another label or after each other ("ALGORITMO DI CALCOLO TARGET 2024", "Target 2026 Target 2027
    /// Target 2028"): the cells again, so the header has as many columns as the rows under it. Only when
    /// every piece after the first is a year header with nothing after its year, and the first a label or one too.
    static func unglued(_ row: Row) -> Row {
        guard row.cells.count >= 3, row.cells.contains(where: { ByteSearch.contains($0.text, " target ") }) else { return row }
        let isYearHeader = { (text: Substring) in YearHeader.isHeaderAlone(text) }
        var cells: [Cell] = []
        for cell in row.cells {
            let text = cell.text
            let cuts = text.indices.filter { text[$0] == " " && text[text.index(after: $0)...].hasASCIIPrefix("target ") }
            let bounds = [text.startIndex] + cuts.map { text.index(after: $0) }
            let pieces = bounds.indices.map { index in
                text[bounds[index]..<(index + 1 < bounds.count ? cuts[index] : text.endIndex)]
            }
            // The last year may have a label glued after it ("Target 2028 Peso indicatori").
            var texts = pieces.map(String.init), tail: String?
            if texts.count >= 2, !isYearHeader(pieces[pieces.count - 1]),
               let match = YearHeader.read(Cell(runs: [StyledRun(texts[texts.count - 1])], line: 0)), Label.match(match.value.text) != nil {
                tail = match.value.text
                let year = texts[texts.count - 1].dropLast(match.value.text.count)
                texts[texts.count - 1] = String(year.reversed().drop { $0 == " " }.reversed())
            }
            guard texts.count >= 2, texts.dropFirst().allSatisfy({ isYearHeader($0[...]) }),
                  isYearHeader(pieces[0]) || Label.match(texts[0]) != nil else {
                cells.append(cell)
                continue
            }
            cells += (texts + (tail.map { [$0] } ?? [])).map { Cell(runs: [StyledRun($0)], line: cell.line) }
        }
        return Row(cells: cells, line: row.line)
    }
}
