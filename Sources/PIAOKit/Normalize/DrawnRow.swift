/// A row of a table drawn in text (`GridTables`, `DashedTables`): its lines, as characters, and the line
/// numbers they stand on.
struct DrawnRow {
    let indices: [Int]
    private let lines: [[Character]]

    init?(_ indices: [Int], of lines: [Substring]) {
        guard !indices.isEmpty else { return nil }
        self.indices = indices
        self.lines = indices.map { Array(lines[$0]) }
    }

    /// Whether every line of the row prints `character` at `column`.
    func allPrint(_ character: Character, at column: Int) -> Bool {
        lines.allSatisfy { column < $0.count && $0[column] == character }
    }

    /// A cell's text: what each line prints between the two columns, joined with a space.
    func text(from start: Int, to end: Int?) -> String {
        lines.map { line in
            String(line[min(start, line.count)..<min(end ?? line.count, line.count)]).trimmingSpaces()
        }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// The cells as one tab-separated line over the row's first line; its other lines left blank, so
    /// every line keeps its number.
    func write(_ cells: [String], into output: inout [Substring]) {
        output[indices[0]] = Substring(cells.joined(separator: "\t"))
        for line in indices.dropFirst() { output[line] = "" }
    }
}
