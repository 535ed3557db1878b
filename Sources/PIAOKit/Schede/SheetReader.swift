/// The state machine behind `SchedeParser`: one block at a time, it opens sheets, routes
/// label rows to fields, and remembers which values a header row announced.
struct SheetReader {
    private(set) var sheets: [RawSheet] = []
    private var diagnostics: [Diagnostic] = []
    private var open = false
    private var sheetHeadingLevel: Int?
    private var inIndicators = false
    private var expectation = Expectation.none
    private var pendingYears: [Int] = []
    private var lastGridColumns: [Int: Label] = [:]
    private var lastGridTargetYear: Int?

    /// What the next row without a label is expected to hold.
    private enum Expectation {
        case none
        case resources([Int])
        case targets([Int])
        case gridRows([Int: Label], targetYear: Int?)
        /// The row under a sub-header; grid columns fill what the grid row left empty.
        case subGridRow([Int: Label], grid: [Int: Label])
    }

    /// Reads a block; false when it lies outside every sheet (front matter, other sections).
    mutating func read(_ block: Block) -> Bool {
        switch block {
        case let .heading(level, cell):
            return readHeading(level: level, cell)
        case let .paragraph(cells):
            var inside = false
            for cell in cells where readLine(cell) { inside = true }
            return inside
        case let .table(rows):
            var inside = false
            for row in rows where readRow(row) { inside = true }
            return inside
        }
    }

    mutating func finish() -> [Diagnostic] { diagnostics }

    // MARK: - Blocks

    private mutating func readHeading(level: Int, _ cell: Cell) -> Bool {
        let label = Label.match(cell.text)
        if label == .strategicSheet || label == .operationalSheet {
            startSheet(label == .strategicSheet ? .strategic : .operational, line: cell.line, headingLevel: level)
            return true
        }
        guard open else { return false }
        if let sheetLevel = sheetHeadingLevel, level <= sheetLevel, label != .indicatorSection {
            open = false
            return false
        }
        return readLine(cell)
    }

    private mutating func readLine(_ cell: Cell) -> Bool {
        let label = Label.match(cell.text)
        if label == .strategicSheet || label == .operationalSheet {
            startSheet(label == .strategicSheet ? .strategic : .operational, line: cell.line, headingLevel: nil)
            return true
        }
        guard open else { return false }
        if label == .indicatorSection {
            inIndicators = true
            return true
        }
        if current.level == .operational, current.fields.isEmpty, current.indicators.isEmpty, current.section == nil {
            current.section = cell.text
            return true
        }
        addNote(cell)
        return true
    }

    private mutating func readRow(_ row: Row) -> Bool {
        let first = row.cells.first ?? Cell(runs: [], line: row.line)
        let firstLabel = first.isEmpty ? nil : Label.match(first.text)
        if firstLabel == .strategicSheet || firstLabel == .operationalSheet {
            startSheet(firstLabel == .strategicSheet ? .strategic : .operational, line: row.line, headingLevel: nil)
            return true
        }
        guard open else { return false }
        if let columns = gridHeader(row, firstLabel: firstLabel) {
            let targetYear = columns.first { $0.value == .target }.flatMap { YearHeader.read(row.cells[$0.key])?.year }
            expectation = .gridRows(columns, targetYear: targetYear)
            lastGridColumns = columns
            lastGridTargetYear = targetYear
            return true
        }
        if firstLabel == nil, let columns = subGridHeader(row) {
            if !first.isEmpty, !current.indicators.isEmpty {
                // The name cell continued past a page break sits in front of the sub-header.
                let name = currentIndicator.fields[.description] ?? Cell(runs: [], line: first.line)
                currentIndicator.fields[.description] = name.appending(first)
            }
            expectation = .subGridRow(columns, grid: lastGridColumns)
            return true
        }
        if let label = firstLabel {
            readLabelRow(label, row)
            return true
        }
        readUnlabelledRow(row, first: first)
        return true
    }

    // MARK: - Rows

    private mutating func readLabelRow(_ label: Label, _ row: Row) {
        let values = Array(row.cells.dropFirst())
        let value = joined(values, line: row.line)
        expectation = .none
        switch label {
        case .indicatorSection:
            inIndicators = true
        case .description where current.level == .strategic && (inIndicators || current.fields[.description] != nil):
            current.indicators.append(RawIndicator(line: row.line, fields: [.description: value]))
        case .objectiveWeight:
            current.fields[.objectiveWeight] = value
            current.weightLabel = row.cells[0].text
        case .resources:
            switch yearValues(values, row: row) {
            case let .values(years, cells): current.resources = YearCells(years: years, cells: cells)
            case let .announced(years): expectation = .resources(years)
            }
        case .target:
            guard hasIndicator(for: label, row: row) else { return }
            switch yearValues(values, row: row) {
            case let .values(years, cells): currentIndicator.targets = YearCells(years: years, cells: cells)
            case let .announced(years): expectation = .targets(years)
            }
        case .algorithm, .indicatorWeight, .source, .measure, .type, .weight:
            guard hasIndicator(for: label, row: row) else { return }
            currentIndicator.fields[label == .weight ? .indicatorWeight : label] = value
        default:
            if current.fields[label] != nil {
                diagnostics.append(.warning("repeated-label", "'\(row.cells[0].text)' appears twice in one sheet; the later value is kept", line: row.line))
            }
            current.fields[label] = value
        }
    }

    private mutating func readUnlabelledRow(_ row: Row, first: Cell) {
        if !first.isEmpty, NoteText.isRevisionNote(first.text) {
            addNote(joined(row.cells, line: row.line))
            return
        }
        if first.isEmpty, let years = YearHeader.headerYears(row.cells) {
            pendingYears = years
            return
        }
        switch expectation {
        case let .resources(years):
            current.resources = YearCells(years: years, cells: Array(row.cells.dropFirst()))
            expectation = .none
        case let .targets(years):
            if current.indicators.isEmpty { break }
            currentIndicator.targets = YearCells(years: years, cells: Array(row.cells.dropFirst()))
            expectation = .none
        case let .subGridRow(columns, grid):
            for (index, cell) in row.cells.enumerated() where !cell.isEmpty {
                if let label = columns[index] {
                    currentIndicator.fields[label] = cell
                } else if let label = grid[index], label == .target, currentIndicator.targets.cells.allSatisfy(\.isEmpty) {
                    currentIndicator.targets = YearCells(years: lastGridTargetYear.map { [$0] } ?? [], cells: [cell])
                } else if let label = grid[index], label != .target, currentIndicator.fields[label]?.isEmpty ?? true {
                    currentIndicator.fields[label] = cell
                } else {
                    diagnostics.append(.warning("unplaced-cell", "a value under the sub-header has no column: \(cell.text)", line: row.line))
                }
            }
            expectation = .none
        case let .gridRows(columns, targetYear) where row.nonEmptyCells.count >= 2:
            var indicator = RawIndicator(line: row.line)
            for (index, label) in columns where index < row.cells.count && !row.cells[index].isEmpty {
                if label == .target {
                    indicator.targets = YearCells(years: targetYear.map { [$0] } ?? [], cells: [row.cells[index]])
                } else {
                    indicator.fields[label] = row.cells[index]
                }
            }
            current.indicators.append(indicator)
        default:
            if row.nonEmptyCells.count == 1 {
                if current.level == .operational, current.fields.isEmpty, current.section == nil {
                    current.section = row.nonEmptyCells[0].text
                } else {
                    addNote(row.nonEmptyCells[0])
                }
            } else {
                diagnostics.append(.warning("unrecognised-row", "row not understood inside a sheet: \(excerpt(row))", line: row.line))
            }
        }
    }

    private enum YearValues {
        case values([Int], [Cell])
        case announced([Int])
    }

    /// Values under a label that may be "Anno 2025 | Anno 2026" (announcing the next row),
    /// "Anno 2025 € 70.000,00 | …" (inline), or bare values under years announced before.
    private mutating func yearValues(_ values: [Cell], row: Row) -> YearValues {
        if let years = YearHeader.headerYears(values) { return .announced(years) }
        let matches = values.filter { !$0.isEmpty }.map(YearHeader.read)
        if !matches.isEmpty, matches.allSatisfy({ $0 != nil }) {
            return .values(matches.map { $0!.year }, matches.map { $0!.value })
        }
        if !pendingYears.isEmpty {
            defer { pendingYears = [] }
            return .values(pendingYears, values)
        }
        diagnostics.append(.warning("values-without-years", "values printed without year headers: \(excerpt(row))", line: row.line))
        return .values([], values)
    }

    // MARK: - Grids

    /// An operational indicator grid: "INDICATORE Descrizione | ALGORITMO | TARGET 2025 | PESO | TIPOLOGIA".
    private func gridHeader(_ row: Row, firstLabel: Label?) -> [Int: Label]? {
        let labels = row.cells.map { $0.isEmpty ? nil : Label.match($0.text) }
        let count = labels.compactMap { $0 }.count
        guard firstLabel == .indicatorGrid || (count >= 3 && count == row.nonEmptyCells.count && labels.contains(.algorithm)) else { return nil }
        var columns: [Int: Label] = [:]
        for (index, label) in labels.enumerated() {
            switch label {
            case .indicatorGrid?, .description?: columns[index] = .description
            case .weight?, .indicatorWeight?: columns[index] = .indicatorWeight
            case let label?: columns[index] = label
            case nil: continue
            }
        }
        return columns
    }

    /// The sub-header under a grid row: "| UNITA' DI MISURA | | | FONTE DEL DATO".
    private func subGridHeader(_ row: Row) -> [Int: Label]? {
        var columns: [Int: Label] = [:]
        for (index, cell) in row.cells.enumerated().dropFirst() where !cell.isEmpty {
            guard let label = Label.match(cell.text), label == .measure || label == .source || label == .type else { return nil }
            columns[index] = label
        }
        return columns.isEmpty || current.indicators.isEmpty ? nil : columns
    }

    // MARK: - State

    private mutating func startSheet(_ level: ObjectiveLevel, line: Int, headingLevel: Int?) {
        sheets.append(RawSheet(level: level, line: line))
        open = true
        sheetHeadingLevel = headingLevel
        inIndicators = false
        expectation = .none
        pendingYears = []
    }

    private var current: RawSheet {
        get { sheets[sheets.count - 1] }
        set { sheets[sheets.count - 1] = newValue }
    }

    private var currentIndicator: RawIndicator {
        get { current.indicators[current.indicators.count - 1] }
        set { sheets[sheets.count - 1].indicators[current.indicators.count - 1] = newValue }
    }

    private mutating func hasIndicator(for label: Label, row: Row) -> Bool {
        if !current.indicators.isEmpty { return true }
        diagnostics.append(.warning("field-without-indicator", "'\(row.cells[0].text)' before any indicator of the sheet", line: row.line))
        return false
    }

    /// Notes follow what they speak of: the last indicator, else the objective.
    private mutating func addNote(_ cell: Cell) {
        if current.indicators.isEmpty {
            current.notes.append(cell)
        } else {
            currentIndicator.notes.append(cell)
        }
    }

    private func joined(_ cells: [Cell], line: Int) -> Cell {
        let filled = cells.filter { !$0.isEmpty }
        guard var result = filled.first else { return Cell(runs: [], line: line) }
        for cell in filled.dropFirst() { result = result.appending(cell) }
        return result
    }

    private func excerpt(_ row: Row) -> String {
        let text = row.nonEmptyCells.map(\.text).joined(separator: " | ")
        return text.count > 80 ? String(text.prefix(80)) + "…" : text
    }
}
