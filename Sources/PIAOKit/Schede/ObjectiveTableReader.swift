/// Reads tables of objectives (`ObjectiveTable`) into sheets: each objective's rows make one sheet,
/// one indicator a row. A row whose objective cells are empty, or repeat the row above's, is another
/// indicator of the same objective (merged cells, or a table that goes on after a page break).
struct ObjectiveTableReader {
    private(set) var sheets: [RawSheet] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var table: ObjectiveTable?
    /// The row under the header may print the target columns' years.
    private var awaitingYears = false
    /// Whether a row of objectives was read under the header.
    private var readSinceHeader = false
    /// The sheet each level is reading (its index in `sheets`) and the code and title it was opened by.
    private var current: [ObjectiveLevel: (index: Int, code: String?, title: String?)] = [:]

    /// The strategic sheet open where the table began (its heading printed above the table).
    private var enclosingLine: Int?
    /// "Missione 011 – …", "Programma 005 – …" printed above the tables (a PIRA by mission and
    /// programme): the objectives of the tables below are theirs, unless a row prints its own.
    private var printedAbove: [Label: Cell] = [:]
    /// The area, mission and programme of the table's rows so far: a merged cell ("rowspan") prints
    /// them once, its later rows empty, over several objectives.
    private var mergedAbove: [Label: Cell] = [:]

    /// Reads a block; false when it is not (part of) a table of objectives. `enclosing`: the sheet open
    /// where the block stands, whose operational objectives the table may list.
    mutating func read(_ block: Block, under enclosing: (level: ObjectiveLevel, line: Int)? = nil) -> Bool {
        switch block {
        case let .heading(_, cell):
            table = nil
            notePrintedAbove([cell])
            return false
        case let .paragraph(cells):
            notePrintedAbove(cells)
            return false
        case let .table(rows):
            guard var first = rows.firstIndex(where: { !$0.nonEmptyCells.isEmpty }) else { return table != nil }
            // "Missione: | 011 – …" rows over the header, in the same table.
            while first + 1 < rows.count, first < 4, ObjectiveTable.header(rows[first]) == nil,
                  let label = Self.missionOrProgramme(rows[first].nonEmptyCells), ObjectiveTable.header(rows[first + 1]) != nil || Self.missionOrProgramme(rows[first + 1].nonEmptyCells) != nil {
                record(label.0, label.1)
                first += 1
            }
            // The same header again (printed on every page) goes on with the objectives open.
            if let table, table.prints(rows[first]) {
                awaitingYears = true
                for row in rows[(first + 1)...] { readRow(row) }
                return true
            }
            if let header = ObjectiveTable.header(rows[first]) {
                start(header)
                enclosingLine = enclosing?.level == .strategic ? enclosing?.line : nil
                for row in rows[(first + 1)...] { readRow(row) }
                return true
            }
            // A table without a header after one of objectives, as wide (trailing empty cells may go
            // unprinted, not those up to the last target): the same table, past a page break.
            guard let table, rows[first].cells.count <= table.width, rows[first].cells.count > table.lastTargetColumn else {
                self.table = nil
                return false
            }
            for row in rows[first...] { readRow(row) }
            return true
        }
    }

    /// "MISSIONE 011 – Competitività …" (one cell) or "Missione: | 011 – …": the label and its value.
    private static func missionOrProgramme(_ cells: [Cell]) -> (Label, Cell)? {
        // A byte test first: most cells open with neither word, and the key of a long one is costly.
        guard let first = cells.first, cells.count <= 2, let byte = first.text.utf8.first,
              byte | 0x20 == UInt8(ascii: "m") || byte | 0x20 == UInt8(ascii: "p") else { return nil }
        let key = Label.normalizedKey(first.text)
        for (word, label) in [("MISSIONE", Label.mission), ("PROGRAMMA", .programme)] where key.hasPrefix(word) {
            let rest = key.dropFirst(word.count).drop { " :".contains($0) }
            if cells.count == 2, rest.isEmpty { return (label, cells[1]) }
            guard cells.count == 1, rest.first?.isNumber == true else { return nil }
            let raw = first.rawText
            let skip = raw.prefix(word.count).count + raw.dropFirst(word.count).prefix { " :".contains($0) }.count
            return (label, first.slice(skip..<raw.count))
        }
        return nil
    }

    private mutating func notePrintedAbove(_ cells: [Cell]) {
        for cell in cells {
            if let (label, value) = Self.missionOrProgramme([cell]) { record(label, value) }
        }
    }

    private mutating func record(_ label: Label, _ value: Cell) {
        // A new mission's programme is printed after it.
        if label == .mission { printedAbove[.programme] = nil }
        printedAbove[label] = value
    }

    /// The row's cell at `index`, if printed and not empty.
    private static func filled(_ row: Row, _ index: Int) -> Cell? {
        index < row.cells.count && !row.cells[index].isEmpty ? row.cells[index] : nil
    }

    private mutating func start(_ header: ObjectiveTable) {
        table = header
        current = [:]
        readSinceHeader = false
        mergedAbove = [:]
        awaitingYears = true
        for (_, text) in header.unread.sorted(by: { $0.key < $1.key }) {
            diagnostics.append(.warning("unread-column", "the objectives table's column \"\(text)\" is not one this reader knows: its values are not read", line: header.line))
        }
    }

    private mutating func readRow(_ row: Row) {
        guard var table, !row.nonEmptyCells.isEmpty else { return }
        if awaitingYears {
            awaitingYears = false
            if table.assignYears(row) {
                self.table = table
                return
            }
        }
        // The header printed again (a page break inside the block): its cells as printed, compared
        // without reading each row as a header (a row that names an indicator would be one to read).
        if table.prints(row) {
            awaitingYears = true
            return
        }
        // "Obiettivo strategico 1.1 – … (peso 100%)" across a table of operational objectives (one cell, or
        // the same text in each, as docling writes a merged cell): the strategic objective of the rows below.
        if !table.levels.contains(.strategic), case let filled = row.nonEmptyCells, filled.allSatisfy({ $0.text == filled[0].text }),
           let heading = ObjectiveHeading.read(filled[0], acceptingCodes: true), heading.level == .strategic {
            var sheet = RawSheet(level: .strategic, line: row.line)
            (sheet.fields[.code], sheet.fields[.strategicObjective]) = (heading.code, heading.title)
            current = [.strategic: (sheets.count, heading.code?.text, heading.title.text)]
            sheets.append(sheet)
            return
        }
        // "Missione 012 – …" alone on a row of the table (a spreadsheet's copy: the cells after it empty):
        // the objectives below are that mission's, as when it is printed above a table.
        if case let filled = row.nonEmptyCells, filled.count == 1, let (label, value) = Self.missionOrProgramme(filled) {
            record(label, value)
            return
        }
        // "Risorse 2025: € 1.400.000 | Risorse 2026: …" on a row of its own: the resources of the objective above.
        if let finest = table.levels.last, let open = current[finest], case let filled = row.nonEmptyCells,
           filled.first?.text.utf8.first.map({ $0 | 0x20 == UInt8(ascii: "r") }) == true,
           Label.normalizedKey(filled[0].text).hasPrefix("RISORSE"), let parts = YearLabelledValues.split(filled) {
            for part in parts { addResources(part.cell, year: part.year, to: open.index) }
            return
        }
        // Another table's header right below this one's rows (two tables a blank line apart are one block).
        if ObjectiveTable.mayHead(row), var header = ObjectiveTable.header(row) {
            // Or the second row of this one's (no row read between): both are the header printed again.
            if !readSinceHeader { header.rowsAbove = table.rowsAbove + [table.headers] }
            start(header)
            return
        }
        readSinceHeader = true
        let cell = { (index: Int) in Self.filled(row, index) }
        for level in table.levels {
            readObjective(level, row: row, table: table, cell: cell)
        }
        guard let finest = table.levels.last, let sheet = current[finest]?.index else {
            diagnostics.append(.warning("row-without-objective", "a row of the objectives table before any objective: \(row.nonEmptyCells.map(\.text).joined(separator: " | "))", line: row.line))
            return
        }
        for part in Self.stacked(row, table: table) ?? [row] {
            readIndicator(part, table: table, sheet: sheet)
        }
    }

    /// The indicator a row (or one paragraph of a stacked row) prints, added to the sheet; a row with
    /// neither name nor target continues the indicator above.
    private mutating func readIndicator(_ row: Row, table: ObjectiveTable, sheet: Int) {
        let cell = { (index: Int) in Self.filled(row, index) }
        var indicator = RawIndicator(line: row.line)
        // In column order: an operator printed in a cell of its own joins the value of the same year.
        for (index, column) in indicatorColumns(of: row, table: table) {
            guard let value = cell(index) else { continue }
            switch column.label {
            case .target:
                guard let year = column.year else {
                    if let parts = YearLabelledValues.split(value) {
                        indicator.targets.add(parts)
                        continue
                    }
                    diagnostics.append(.warning("target-without-year", "a target whose column has no year: \(value.text)", line: row.line))
                    continue
                }
                if let existing = indicator.targets.years.firstIndex(of: year) {
                    indicator.targets.cells[existing] = indicator.targets.cells[existing].appending(value)
                } else {
                    indicator.targets.years.append(year)
                    indicator.targets.cells.append(value)
                }
            case .baseline:
                indicator.baseline = YearCell(year: column.year, cell: value)
            default:
                // "Peso | Peso rimodulato": the old and the new value side by side.
                if column.revised, let existing = indicator.fields[column.label] {
                    indicator.fields[column.label] = existing.appending(value)
                } else {
                    indicator.fields[column.label] = value
                }
            }
        }
        indicator.notes = table.noteColumns.compactMap(cell)
        for index in row.cells.indices where index >= table.width && !row.cells[index].isEmpty {
            diagnostics.append(.warning("unplaced-cell", "a cell outside the objectives table's columns: \(row.cells[index].text)", line: row.line))
        }
        if indicator.fields[.description] != nil || !indicator.targets.cells.isEmpty {
            sheets[sheet].indicators.append(indicator)
        } else if !indicator.fields.isEmpty || !indicator.notes.isEmpty {
            guard !sheets[sheet].indicators.isEmpty else {
                sheets[sheet].notes += indicator.fields.values.sorted { $0.line < $1.line } + indicator.notes
                return
            }
            // The rest of the row above, wrapped onto a row of its own.
            let last = sheets[sheet].indicators.count - 1
            for (label, value) in indicator.fields {
                sheets[sheet].indicators[last].fields[label] = sheets[sheet].indicators[last].fields[label].map { $0.appending(value) } ?? value
            }
            sheets[sheet].indicators[last].notes += indicator.notes
        }
    }

    /// The indicator's columns that the row fills, in order. A cell under no header beside a target
    /// belongs to that target's year: the value after an operator printed in the target's own column
    /// (">=" | "50%" under "Target 2026 | "), or else an operator printed before it.
    private mutating func indicatorColumns(of row: Row, table: ObjectiveTable) -> [(Int, ObjectiveTable.Column)] {
        var columns = table.columns.filter { $0.value.owner == .indicator }
        for index in row.cells.indices.prefix(table.width) where table.columns[index] == nil && !row.cells[index].isEmpty {
            // Notes are the indicator's; a column reported unread once is not reported again a row.
            if table.noteColumns.contains(index) || table.unread[index] != nil { continue }
            if let target = [index - 1, index + 1].compactMap({ table.columns[$0] }).first(where: { $0.label == .target }) {
                columns[index] = target
            } else {
                diagnostics.append(.warning("unplaced-cell", "a cell under no header of the objectives table: \(row.cells[index].text)", line: row.line))
            }
        }
        return columns.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// Opens the level's objective when the row names another one, and fills what its cells say.
    private mutating func readObjective(_ level: ObjectiveLevel, row: Row, table: ObjectiveTable, cell: (Int) -> Cell?) {
        let owner = ObjectiveTable.Owner.objective(level)
        let titleLabel: Label = level == .strategic ? .strategicObjective : .operationalObjective
        let code = table.column(.code, of: owner).flatMap(cell)
        let title = table.column(titleLabel, of: owner).flatMap(cell)
        // Another objective when a cell the row prints differs from the open one's (a merged cell
        // leaves its later rows empty; a code may be merged while the title is printed on each row).
        let open = current[level]
        let same = open.map { (code == nil || code?.text == $0.code) && (title == nil || title?.text == $0.title) } ?? false
        if code != nil || title != nil, !same {
            var sheet = RawSheet(level: level, line: row.line)
            // A title that opens with its number ("1.1.1 Bandi"), when no column prints the code.
            if code == nil, let title, let (number, rest) = ObjectiveHeading.numbered(title, lettered: true) {
                (sheet.fields[.code], sheet.fields[titleLabel]) = (number, rest)
            } else {
                (sheet.fields[.code], sheet.fields[titleLabel]) = (code, title)
            }
            // Its parent is the strategic objective on its row's left, or the one whose heading is above the table.
            if level == .operational {
                sheet.parentSheetLine = current[.strategic].map { sheets[$0.index].line } ?? enclosingLine
            }
            if level == .strategic { current[.operational] = nil }
            if level == table.levels.first {
                for label in Self.groupLabels {
                    guard let column = table.column(label, of: owner) else { continue }
                    if let value = cell(column) { mergedAbove[label] = value } else { sheet.fields[label] = mergedAbove[label] }
                }
                for (label, value) in printedAbove where sheet.fields[label] == nil { sheet.fields[label] = value }
            }
            current[level] = (sheets.count, code?.text, title?.text)
            sheets.append(sheet)
        }
        guard let index = current[level]?.index else { return }
        for (column, header) in table.columns.sorted(by: { $0.key < $1.key }) where header.owner == owner {
            guard header.label != titleLabel, header.label != .code, let value = cell(column) else { continue }
            if header.label == .resources {
                addResources(value, year: header.year, to: index)
                continue
            }
            if let printed = sheets[index].fields[header.label] {
                if printed.text != value.text {
                    diagnostics.append(.warning("objective-cell-differs", "the objective's \(header.header) is printed again with another value (\(value.text), first \(printed.text)): the first is kept", line: row.line))
                }
                continue
            }
            sheets[index].fields[header.label] = value
            if header.label == .objectiveWeight { sheets[index].weightLabel = header.header }
        }
    }

    /// What groups the objectives of a table: printed once over the rows of several (a merged cell).
    private static let groupLabels: [Label] = [.area, .mission, .programme]

    /// An amount under "Risorse 2025": the objective's for that year, read once (merged or repeated cells).
    private mutating func addResources(_ value: Cell, year: Int?, to index: Int) {
        var resources = sheets[index].resources
        if let year {
            guard !resources.years.contains(year) else { return }
            resources.years.append(year)
            resources.cells.append(value)
        } else if resources.cells.isEmpty {
            resources.cells = [value]
        }
        sheets[index].resources = resources
    }
}
