/// Tables drawn with rules, as pandoc's own markdown (and reStructuredText) writes them:
///
///     +:----------------+:--------------------------------+
///     | **LINEA         | 1 - Competitività delle imprese |
///     | STRATEGICA**    |                                 |
///     +-----------------+---------------------------------+
///
/// Each row between two rules becomes one line of tab-separated cells, on the row's first line (a
/// cell's lines joined with a space; the rules and the row's other lines left blank, so every line
/// keeps its number). A cell spanning several columns (no `|` at the columns it covers) is followed
/// by empty cells, as an HTML colspan is read.
enum GridTables {
    /// Whether any line may open such a table: a quick test before the lines are read.
    static func mayHold(_ lines: [Substring]) -> Bool {
        lines.contains { line in
            line.utf8.first == UInt8(ascii: "+") && line.utf8.dropFirst().first.map { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "=") } == true
        }
    }

    /// The lines with each table's rows tab-separated, or nil when no table was found.
    static func tabbed(_ lines: [Substring]) -> [Substring]? {
        var output = lines
        var found = false
        var index = 0
        while index < lines.count {
            guard let columns = rule(lines[index]), index + 1 < lines.count, lines[index + 1].utf8.first == UInt8(ascii: "|") else {
                index += 1
                continue
            }
            output[index] = ""
            found = true
            var row: [Int] = []
            var next = index + 1
            while next < lines.count {
                if rule(lines[next]) != nil {
                    close(row, columns: columns, lines: lines, into: &output)
                    output[next] = ""
                    row = []
                } else if lines[next].utf8.first == UInt8(ascii: "|") {
                    row.append(next)
                } else {
                    break
                }
                next += 1
            }
            close(row, columns: columns, lines: lines, into: &output)
            index = next
        }
        return found ? output : nil
    }

    /// The positions of a rule's `+` (in characters), or nil for a line that is not a rule.
    private static func rule(_ line: Substring) -> [Int]? {
        let characters = Array(line.trimmingSpaces())
        guard characters.first == "+", characters.last == "+", characters.count > 2,
              characters.allSatisfy({ "+-=:".contains($0) }), characters.contains(where: { $0 == "-" || $0 == "=" }) else { return nil }
        return characters.indices.filter { characters[$0] == "+" }
    }

    /// The row's lines as one line of cells, written over its first line.
    private static func close(_ row: [Int], columns: [Int], lines: [Substring], into output: inout [Substring]) {
        guard let drawn = DrawnRow(row, of: lines) else { return }
        // A column edge parts two cells of this row when every line prints a bar there.
        let edges = columns.filter { drawn.allPrint("|", at: $0) }
        guard edges.count >= 2 else { return }
        var cells: [String] = []
        for (start, end) in zip(edges, edges.dropFirst()) {
            cells.append(drawn.text(from: start + 1, to: end))
            let spanned = columns.filter { $0 > start && $0 < end }.count
            cells += Array(repeating: "", count: spanned)
        }
        drawn.write(cells, into: &output)
    }
}
