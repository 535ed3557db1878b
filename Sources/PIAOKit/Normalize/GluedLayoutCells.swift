/// Cells `pdftotext -layout` printed a single space apart, where a wider gap would have parted them:
/// cut apart again before a block is read (`LayoutColumns.tabbed`).
extension LayoutColumns {
    /// A line's label cell with the values that stand under the header's second column cut off as a cell
    /// of their own: a cell's text stays inside its column, so a word past where the next column's header
    /// opens (two characters' leeway: pdftotext places text to a character) is that column's, printed a
    /// single space after the label ("… del d.a. 100" with "100" under "Peso").
    static func cut(_ cells: [Cell], atSecondColumnOf header: [Cell]) -> [Cell] {
        let opening = header[1].start - 2
        guard let label = cells.first, label.start == 0, label.text.count > opening,
              let found = label.text.split(separator: " ").lazy
                  .map({ (word: $0, column: label.text.distance(from: label.text.startIndex, to: $0.startIndex)) })
                  .first(where: { $0.column > 0 && $0.column >= opening }) else { return cells }
        let rest = label.text[found.word.startIndex...]
        guard valueCount(rest) != nil else { return cells }
        let kept = String(label.text[..<found.word.startIndex].reversed().drop { $0 == " " }.reversed())
        return [Cell(start: 0, text: kept), Cell(start: found.column, text: String(rest))] + cells.dropFirst()
    }

    /// A label line whose bracket the next line closes, with a value a single space after the open bracket's
    /// words ("PESO OBIETTIVO (rispetto agli 20%" over "obt. str.)": cells aligned at the top print the value
    /// on the label's first line, one space after it when the label's column is narrow): the value is a cell
    /// of its own, as when the gap is wider. Nil when the line is not such; a line of prose, as wide as
    /// the page, is not (a label column is narrow: both lines are 40 characters or fewer).
    static func valueAfterOpenBracket(_ cells: [Cell], closedBy next: [Cell]) -> [Cell]? {
        guard cells.count == 1, cells[0].start == 0, let nextLabel = next.first, nextLabel.start == 0,
              cells[0].text.utf8.count <= 48, nextLabel.text.count <= 40,
              nextLabel.text.containsByte(UInt8(ascii: ")")), !nextLabel.text.containsByte(UInt8(ascii: "(")),
              let space = cells[0].text.lastIndex(of: " ") else { return nil }
        let label = String(cells[0].text[..<space]), value = String(cells[0].text[cells[0].text.index(after: space)...])
        guard label.count <= 40, WrappedCells.leavesBracketOpen(label), valueCount(value) == 1 else { return nil }
        return [Cell(start: 0, text: label), Cell(start: label.count + 1, text: value)]
    }

    /// How many values a text holds, when it holds values only and a digit among them (a weight, a
    /// number); nil for words, or a dash that only marks a cell as empty.
    private static func valueCount(_ text: some StringProtocol) -> Int? {
        guard text.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return ValueTokens.split(String(text))?.count
    }
}
