/// Tables framed by rules of dashes, one dash run a column, as pandoc's own markdown writes the
/// tables that do not need a grid ("multiline" and headerless "simple" tables):
///
///       ------------------- ----------- ----- -------
///       Indicatori          Tipologia   UdM   Stato
///                                             2025
///
///       Grado di            Efficacia   \%    n.d.
///       raggiungimento
///       ------------------- ----------- ----- -------
///
/// Rows are parted by blank lines (each line is a row when no blank line parts them); a cell is what
/// its lines print from its column's first dash to the next column's, joined with a space. Each row
/// becomes one line of tab-separated cells on its first line; the rules and the row's other lines are
/// left blank, so every line keeps its number.
enum DashedTables {
    /// Whether any line may be such a rule: a quick test before the lines are read.
    static func mayHold(_ lines: [Substring]) -> Bool {
        lines.contains { columns(of: $0) != nil }
    }

    /// The lines with each table's rows tab-separated, or nil when no table was found.
    static func tabbed(_ lines: [Substring]) -> [Substring]? {
        var output = lines
        var found = false
        var index = 0
        while index < lines.count {
            guard index == 0 || lines[index - 1].isAllWhitespace, let starts = columns(of: lines[index]),
                  let close = (index + 1..<min(lines.count, index + 2_000)).first(where: { isRule(lines[$0]) }),
                  close > index + 1, !lines[index + 1].isAllWhitespace else {
                index += 1
                continue
            }
            let body = Array(index + 1..<close)
            let parted = body.contains { lines[$0].isAllWhitespace }
            var row: [Int] = []
            for line in body {
                if lines[line].isAllWhitespace {
                    write(row, starts: starts, lines: lines, into: &output)
                    row = []
                } else if parted {
                    row.append(line)
                } else {
                    write([line], starts: starts, lines: lines, into: &output)
                }
            }
            write(row, starts: starts, lines: lines, into: &output)
            output[index] = ""
            found = true
            output[close] = ""
            index = close + 1
        }
        return found ? output : nil
    }

    /// Where each dash run of a rule starts (in characters), for a rule of two runs or more; nil otherwise.
    private static func columns(of line: Substring) -> [Int]? {
        // Bytes first: most lines hold a dash ("2025-2027") and a letter.
        guard isRule(line) else { return nil }
        let characters = Array(line)
        let starts = characters.indices.filter { characters[$0] == "-" && ($0 == 0 || characters[$0 - 1] == " ") }
        let runs = starts.map { start in characters[start...].prefix { $0 == "-" }.count }
        return starts.count >= 2 && runs.allSatisfy({ $0 >= 3 }) ? starts : nil
    }

    /// A line of dashes and spaces only: a table's closing rule, in runs or one run across.
    private static func isRule(_ line: Substring) -> Bool {
        var dashes = 0
        for byte in line.utf8 {
            if byte == UInt8(ascii: "-") { dashes += 1 } else if byte != UInt8(ascii: " ") { return false }
        }
        return dashes >= 3
    }

    private static func write(_ row: [Int], starts: [Int], lines: [Substring], into output: inout [Substring]) {
        guard let drawn = DrawnRow(row, of: lines) else { return }
        let cells = starts.indices.map { drawn.text(from: starts[$0], to: $0 + 1 < starts.count ? starts[$0 + 1] : nil) }
        drawn.write(cells, into: &output)
    }
}
