/// A table row: its cells as printed, in column order (empty cells kept: positions matter).
public struct Row: Equatable, Sendable {
    public var cells: [Cell]
    public var line: Int

    public var nonEmptyCells: [Cell] { cells.filter { !$0.isEmpty } }
}

/// Stage 2's unit: what a line or group of lines is.
public enum Block: Equatable, Sendable {
    /// Boxed: headings are few, and held inline a heading made every block the size of a cell,
    /// several times the arrays of blocks that long flat texts make.
    indirect case heading(level: Int, Cell)
    /// Consecutive lines of running text (a blank line ends a paragraph).
    case paragraph([Cell])
    /// Consecutive rows; blank lines and page breaks between rows do not end a table.
    case table([Row])

    public var line: Int {
        switch self {
        case let .heading(_, cell): return cell.line
        case let .paragraph(cells): return cells.first?.line ?? 0
        case let .table(rows): return rows.first?.line ?? 0
        }
    }
}

/// Stage 2's product.
public struct Layout: Sendable {
    public var format: DocumentFormat
    public var blocks: [Block]
    public var diagnostics: [Diagnostic]
    /// Short lines of running text printed three times or more (page headers such as
    /// "CAMERA DI COMMERCIO"): inside a table they are page furniture, not content.
    public var runningLines: Set<String> = []
}
