/// Markdown that carries a table as HTML over many lines: pandoc's GitHub markdown writes every table
/// with merged cells or several paragraphs in a cell so (`<table>`, then `<tr>`, `<td>` … on lines of
/// their own, a cell's text wrapped over several). Read a line at a time, each line's markup alone, the
/// rows fell apart into single cells; the block is read as one HTML table instead.
enum HTMLTableBlocks {
    /// The raw lines from one opening `<table` to the line that closes it, for tables over several lines
    /// or rows.
    static func ranges(_ lines: [Substring], markup: [Bool]) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        var index = 0
        while index < lines.count {
            defer { index += 1 }
            guard markup[index], count("<table", in: lines[index]) > 0 else { continue }
            var depth = 0
            var end = index
            while end < lines.count {
                depth += count("<table", in: lines[end]) - count("</table", in: lines[end])
                if depth <= 0 { break }
                end += 1
            }
            // A table never closed is left to the lines' own reading; so is one on a line of its own,
            // unless the line is the table, of several rows (MinerU writes a whole table on one line).
            guard end < lines.count, end > index || lines[index].first(where: { !$0.isWhitespace }) == "<" && count("<tr", in: lines[index]) > 1 else { continue }
            ranges.append(index...end)
            index = end
        }
        return ranges
    }

    /// The table's rows (and any text around them) as lines, numbered as in the source: the block's
    /// first line has number `first`.
    static func lines(_ raw: ArraySlice<Substring>, first: Int) -> [NormalizedLine] {
        let page = "<html><body>" + raw.joined(separator: "\n") + "</body></html>"
        guard case let .blocks(blocks) = HTMLRuns.parseDocument(page, acceptingPreformatted: false) else { return [] }
        return blocks.map { NormalizedLine(number: first + max($0.line, 1) - 1, runs: $0.runs, headingLevel: $0.level) }
    }

    /// For each of `count` lines, whether it lies in one of the ranges.
    static func mask(_ ranges: [ClosedRange<Int>], count: Int) -> [Bool] {
        var inside = [Bool](repeating: false, count: count)
        for range in ranges { inside.replaceSubrange(range, with: repeatElement(true, count: range.count)) }
        return inside
    }

    /// How often an ASCII tag opening appears in the line, letters in any case.
    private static func count(_ tag: StaticString, in line: Substring) -> Int {
        let pattern = UnsafeBufferPointer(start: tag.utf8Start, count: tag.utf8CodeUnitCount)
        let search = { (bytes: UnsafeBufferPointer<UInt8>) -> Int in
            var found = 0
            var from = 0
            while let offset = ByteSearch.firstOffset(of: pattern, in: bytes, from: from, caseInsensitive: true) {
                found += 1
                from = offset + pattern.count
            }
            return found
        }
        return line.utf8.withContiguousStorageIfAvailable(search) ?? Array(line.utf8).withUnsafeBufferPointer(search)
    }
}
