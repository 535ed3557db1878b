import Foundation

/// The state machine behind `SchedeParser`: one block at a time, it opens sheets, routes
/// label rows to fields, and remembers which values a header row announced.
struct SheetReader {
    private(set) var sheets: [RawSheet] = []
    private(set) var summaries: [RawSummaryEntry] = []
    private var diagnostics: [Diagnostic] = []
    private var open = false
    private var sheetHeadingLevel: Int?
    private var inIndicators = false
    private var expectation = Expectation.none
    private var pendingYears: YearColumns?
    /// The grid the last indicator was read from: continuation rows are merged through it.
    private var lastGrid: Grid?
    /// A repeated objective header (a page break) was just seen: the next row may continue the last one.
    private var continuationPending = false
    /// The strategic objective code of the summary table being read ("1.1"), if any.
    private var summaryParent: String?
    /// A label printed on its own line ("Descrizione:"), whose value is the paragraphs below it.
    private var paragraphField: Label?
    /// A lone name line above the first row of a grid.
    private var pendingNamePrefix: Cell?
    /// The table row read last: a header may be printed over it and the next.
    private var rowAbove: Row?
    /// The last rows read were the strategic objective's label row and the rows its cell wrapped onto.
    private var objectiveGoesOn = false
    /// The block read last was the heading that opened the sheet.
    private var sheetHeadingJustRead = false
    private var stackedYears = StackedYears()
    /// An indicator grid's header read outside any sheet: rows naming objectives may group its rows.
    private var looseGrid: Grid?
    /// Lines printed on every page (running headers), to be skipped inside tables.
    let runningLines: Set<String>

    init(runningLines: Set<String> = []) {
        self.runningLines = runningLines
    }

    /// What the next row without a label is expected to hold.
    private enum Expectation {
        case none
        case resources(YearColumns)
        case targets(YearColumns)
        /// The row after the targets' values: a value stacked under one of them, or anything else.
        case targetsGoOn(YearColumns)
        case gridRows(Grid)
        /// The row under a sub-header; grid columns fill what the grid row left empty.
        case subGridRow([Int: Label], grid: Grid)
        /// The row after a sub-header's row: the grid's next indicator, or the grid's end.
        case gridAfterSubRows(Grid)
        case summaryRows
        /// "Missione | Programma | Peso obiettivo | Risorse 2025": labels across, their values in the row below.
        case labelColumns([Cell])
    }

    /// Reads a block; false when it lies outside every sheet (front matter, other sections).
    mutating func read(_ block: Block) -> Bool {
        let followsSheetHeading = sheetHeadingJustRead
        sheetHeadingJustRead = false
        if case .table = block {} else { looseGrid = nil }
        switch block {
        case let .heading(level, cell):
            return readHeading(level: level, cell, followsSheetHeading: followsSheetHeading)
        case let .paragraph(cells):
            var inside = false
            for cell in cells where readLine(cell) { inside = true }
            return inside
        case let .table(rows):
            var inside = false
            for row in rows where readRow(stackedYears.unstack(row)) { inside = true }
            return inside
        }
    }

    mutating func finish() -> [Diagnostic] { diagnostics }

    // MARK: - Blocks

    private mutating func readHeading(level: Int, _ cell: Cell, followsSheetHeading: Bool) -> Bool {
        let label = Label.match(cell.text)
        if label == .strategicSheet || label == .operationalSheet, continuesSheet(cell.text) { return true }
        if label == .strategicSheet || label == .operationalSheet {
            startSheet(label == .strategicSheet ? .strategic : .operational, line: cell.line, headingLevel: level)
            sheetHeadingJustRead = true
            return true
        }
        if label == nil || label == .strategicObjective || label == .operationalObjective, openObjective(named: cell, headingLevel: level) { return true }
        summaryParent = nil
        guard open else { return false }
        // A heading ends the sheet: one at the sheet's own level or above, or any heading once
        // the sheet has content (the sheet was opened by a row or a bold line, not a heading).
        let outranks = sheetHeadingLevel.map { level <= $0 } ?? !(current.fields.isEmpty && current.indicators.isEmpty)
        if label != .indicatorSection, current.openedByRow || outranks, !isSheetLine(cell, level: level, followsSheetHeading: followsSheetHeading) {
            close()
            return false
        }
        return readLine(cell)
    }

    /// A heading that is a line of the open sheet, not the next section's title: converters that
    /// guess headings from font size (pymupdf4llm) make one of a sheet's amount printed large
    /// ("# 418.684,99 €"), of a caption ("# Risorse economiche:") or of the value it announces
    /// ("# risorse interne"), and of the area an operational sheet belongs to, printed right under its
    /// title heading at no higher a level (a higher one is the document's or a section's title).
    private func isSheetLine(_ cell: Cell, level: Int, followsSheetHeading: Bool) -> Bool {
        if followsSheetHeading, current.level == .operational, current.section == nil, let sheetLevel = sheetHeadingLevel,
           level >= sheetLevel { return true }
        if paragraphField == .resources, current.resources.cells.isEmpty { return true }
        if let label = Label.match(cell.text), cell.text.hasSuffix(":"), [.description, .resources].contains(label) { return true }
        return Self.isLoneAmount(cell.text)
    }

    private mutating func readLine(_ cell: Cell) -> Bool {
        let label = Label.match(cell.text)
        if label == .strategicSheet || label == .operationalSheet, continuesSheet(cell.text) { return true }
        if label == .strategicSheet || label == .operationalSheet {
            startSheet(label == .strategicSheet ? .strategic : .operational, line: cell.line, headingLevel: nil)
            return true
        }
        // Running lines are short (TableDetector.runningLines): a long line is not hashed to learn it is not one.
        if insideTable, cell.text.utf8.count <= 320, runningLines.contains(cell.text) { return open }
        summaryParent = nil
        guard open else { return false }
        if label == .indicatorSection {
            inIndicators = true
            return true
        }
        // "Descrizione:" / "Risorse economiche:" on a line of their own: the value is the text that follows.
        if let label, cell.text.hasSuffix(":"), [.description, .resources].contains(label) {
            paragraphField = label
            return true
        }
        // The same caption with its value after it on the line ("Descrizione: Il contesto …"), as HTML
        // and flat text print a caption whose value follows without a blank line: the rest is the value.
        var cell = cell
        if let (caption, value) = Self.inlineCaption(cell) {
            // "Risorse 2025: € 120.000", a line a year: the amount of the year its caption names.
            if caption == .resources, case let years = MetadataReader.years(in: String(cell.text.prefix(cell.text.count - value.text.count))), years.count == 1,
               !current.resources.years.contains(years[0]), current.resources.years.count == current.resources.cells.count {
                current.resources.years.append(years[0])
                current.resources.cells.append(value)
                paragraphField = nil
                return true
            }
            paragraphField = caption
            cell = value
        }
        if paragraphField != nil, Self.isCaption(cell.text) {
            // Another caption ("Unità organizzative coinvolte:") ends the value; its own value is the table below.
            paragraphField = nil
            return true
        }
        // Under a caption every line is its value ("risorse interne" is not the label "RISORSE").
        if var field = paragraphField, !Self.isCaption(cell.text), !cell.text.allSatisfy({ "-–— ".contains($0) }) {
            // A lone amount under the description ("25.000,00 €") is the resources whose "Risorse
            // economiche:" caption the document left out, not the end of the description.
            if field == .description, current.resources.cells.isEmpty, Self.isLoneAmount(cell.text) {
                field = .resources
                paragraphField = .resources
            }
            if field == .resources {
                current.resources = YearCells(years: [], cells: current.resources.cells.isEmpty ? [cell] : [current.resources.cells[0].appending(cell)])
            } else {
                if current.fields[field] != nil { current.fields[field]!.append(cell) } else { current.fields[field] = cell }
            }
            return true
        }
        if cell.text.allSatisfy({ "-–— ".contains($0) }) { return true }
        if current.level == .operational, current.fields.isEmpty, current.indicators.isEmpty, current.section == nil {
            current.section = cell.text
            return true
        }
        // A table-born sheet ends with its table; only its footnotes follow it. Any sheet ends at a
        // wholly bold or italic line after its indicators (the next section's title).
        let styledTitle = !current.indicators.isEmpty && (cell.isWholly(.bold) || cell.isWholly(.italic))
        if (current.openedByRow || styledTitle), !NoteText.isNoteLike(cell.text) {
            close()
            return false
        }
        addNote(cell)
        return true
    }

    private mutating func readRow(_ row: Row) -> Bool {
        defer { rowAbove = row }
        paragraphField = nil
        let first = row.cells.first ?? Cell(runs: [], line: row.line)
        var firstLabel = first.isEmpty ? nil : Label.match(first.text)
        // Under a grid's header, "Indicatore di tempestività dei pagamenti | 50% | <= -5" is an indicator
        // named like the label, not a label row.
        if firstLabel == .indicatorGrid, case .gridRows = expectation, !Label.isSpelling(orStartOf: first.text),
           !Label.namesAnIndicator(first.text) { firstLabel = nil }
        // "PESO: 50 (tipologia: Efficacia)" under a grid's row: the name's cell wrapped, its weight printed in it.
        if firstLabel == .weight || firstLabel == .indicatorWeight, case .gridRows = expectation, EmbeddedFields.weight(in: first, bare: false) != nil { firstLabel = nil }
        // A sheet's title centred over it (pdftotext -layout) is one cell right of an empty first.
        if first.isEmpty, case let filled = row.nonEmptyCells, filled.count == 1, let label = Label.match(filled[0].text),
           label == .strategicSheet || label == .operationalSheet { firstLabel = label }
        if firstLabel == .strategicSheet || firstLabel == .operationalSheet, continuesSheet(row.nonEmptyCells.map(\.text).joined(separator: " ")) { return true }
        if firstLabel == .strategicSheet || firstLabel == .operationalSheet {
            startSheet(firstLabel == .strategicSheet ? .strategic : .operational, line: row.line, headingLevel: nil)
            return true
        }
        // The objective's cell printed over rows of its own, each a coded objective ("OBIETTIVO STRATEGICO |
        // 1.1 - …" over " | 1.2 - … 1.3 - …", pdftotext -layout with blank lines between): the cell goes on,
        // as when it is one cell; it is not a summary table's group row, which would end the sheet.
        let goesOn = objectiveGoesOn
        objectiveGoesOn = open && firstLabel == .strategicObjective
        if goesOn, open, first.isEmpty, row.nonEmptyCells.count == 1, Self.summaryGroupCode(row.nonEmptyCells[0].text) != nil,
           current.fields[.strategicObjective] != nil {
            current.fields[.strategicObjective]!.append(row.nonEmptyCells[0])
            objectiveGoesOn = true
            return true
        }
        if readSummaryRow(row, first: first, firstLabel: firstLabel) { return true }
        // Without "SCHEDA" headings (a PIRA), each block opens with its mission: a second one is a new sheet.
        if firstLabel == .mission, !open || current.fields[.mission] != nil || !current.indicators.isEmpty {
            startSheet(.strategic, line: row.line, headingLevel: nil)
        }
        if firstLabel == .strategicObjective, let title = row.cells.dropFirst().first(where: { !$0.isEmpty }), Self.isWeightedObjectiveHeader(title.text) {
            return readObjectiveHeader(row, title: title)
        }
        if readObjectiveGroupRow(row, first: first, firstLabel: firstLabel) { return true }
        guard open else { return false }
        if continuationPending {
            continuationPending = false
            if first.isEmpty, !current.indicators.isEmpty, let grid = lastGrid {
                mergeContinuation(row, grid: grid)
                return true
            }
        }
        if var grid = Grid.header(row, firstLabel: .some(firstLabel)) {
            // A header printed over two lines (`pdftotext -layout`: "Stato  Target  Target" above
            // "Indicatori  Tipologia  UdM  …  Peso"): the line above fills the columns this one leaves empty.
            // So is a header whose targets are there but a column of it is labelled on the line above ("Stato"
            // over an empty cell, "2025" under it).
            if let above = rowAbove, let merged = Self.filling(row, from: above),
               let whole = Grid.header(merged, firstLabel: .some(firstLabel)), !whole.targetYears.isEmpty, whole.targetYears.count >= grid.targetYears.count {
                grid = whole
                diagnostics.removeAll { $0.code == "unrecognised-row" && $0.line == above.line }
            }
            expectation = .gridRows(grid)
            pendingNamePrefix = nil
            return true
        }
        if case let .gridRows(grid) = expectation, first.isEmpty, let years = YearHeader.headerYears(row.cells) {
            expectation = .gridRows(Self.assigning(years, in: row, to: grid))
            return true
        }
        if firstLabel == nil, let columns = subGridHeader(row) {
            if !first.isEmpty, !current.indicators.isEmpty {
                // The name cell continued past a page break sits in front of the sub-header.
                let name = currentIndicator.fields[.description] ?? Cell(runs: [], line: first.line)
                currentIndicator.fields[.description] = name.appending(first)
            }
            expectation = .subGridRow(columns, grid: lastGrid ?? Grid())
            return true
        }
        if firstLabel != nil, Self.labelsAcross(row) {
            expectation = .labelColumns(row.cells)
            return true
        }
        if let label = firstLabel {
            readLabelRow(label, row)
            return true
        }
        readUnlabelledRow(row, first: first)
        return true
    }

    /// The row with its empty cells taken from the row above, when that row holds only labels and only
    /// where this one is empty; nil otherwise.
    static func filling(_ row: Row, from above: Row) -> Row? {
        let filled = above.cells.indices.filter { !above.cells[$0].isEmpty }
        guard !filled.isEmpty, filled.allSatisfy({ $0 >= row.cells.count || row.cells[$0].isEmpty }),
              filled.allSatisfy({ Label.match(above.cells[$0].text) != nil }) else { return nil }
        var cells = row.cells
        for index in filled {
            while cells.count <= index { cells.append(Cell(runs: [], line: row.line)) }
            cells[index] = above.cells[index]
        }
        return Row(cells: cells, line: row.line)
    }

    /// "25.000,00 €": one amount in euro and nothing else.
    static func isLoneAmount(_ text: String) -> Bool {
        ByteSearch.containsExactly(text, "€") && ValueTokens.split(text)?.count == 1
    }

    /// "Descrizione: text" → (.description, the text). Only the two captions whose value is running
    /// text, and only when the colon closes a short opening that is their spelling.
    static func inlineCaption(_ cell: Cell) -> (Label, Cell)? {
        let text = cell.text
        guard let first = text.utf8.first, first | 0x20 == UInt8(ascii: "d") || first | 0x20 == UInt8(ascii: "r"),
              let colon = text.utf8.prefix(40).firstIndex(of: UInt8(ascii: ":")) else { return nil }
        let caption = String(text[...colon])
        guard let label = Label.match(caption), label == .description || label == .resources else { return nil }
        let value = cell.dropping(prefix: caption.count)
        return value.isEmpty ? nil : (label, value)
    }

    /// "Unità organizzative coinvolte:": a caption announcing the rows below, with no value of its own.
    static func isCaption(_ text: String) -> Bool {
        text.hasSuffix(":") && text.count <= 60 && !NoteText.isNoteLike(text)
    }

    // MARK: - Objective headers and summaries

    /// "OS 1.1 – TITLE (PESO: 20%)" or "OS 2.3 - TITLE (20%)": a strategic objective announced by its table row.
    static func isWeightedObjectiveHeader(_ text: String) -> Bool {
        let key = Label.normalizedKey(text)
        guard key.hasPrefix("OS"), key.dropFirst(2).drop(while: { $0 == " " }).first?.isNumber == true else { return false }
        return key.hasSuffix("%)") || ByteSearch.containsExactly(key, "(PESO")
    }

    private mutating func readObjectiveHeader(_ row: Row, title: Cell) -> Bool {
        if open, current.level == .operational, current.fields[.strategicObjective] == nil, !current.openedByRow {
            current.fields[.strategicObjective] = title
            return true
        }
        if open, current.openedByRow, Label.normalizedKey(current.fields[.strategicObjective]?.text ?? "") == Label.normalizedKey(title.text) {
            // The header printed again after a page break: the table goes on.
            continuationPending = true
            return true
        }
        startSheet(.strategic, line: row.line, headingLevel: nil)
        current.openedByRow = true
        current.fields[.strategicObjective] = title
        return true
    }

    /// The operational summary: "OBIETTIVO STRATEGICO: OS 1.1 – …", then "OBIETTIVO OPERATIVO | PESO",
    /// then one "OO 1.1.1 – title | 30" row per objective.
    private mutating func readSummaryRow(_ row: Row, first: Cell, firstLabel: Label?) -> Bool {
        let filled = row.nonEmptyCells
        if filled.count == 1, let code = Self.summaryGroupCode(filled[0].text) {
            close()
            summaryParent = code
            expectation = .none
            return true
        }
        guard let parent = summaryParent else { return false }
        if firstLabel == .operationalObjective, filled.count == 2 {
            expectation = .summaryRows
            return true
        }
        if case .summaryRows = expectation, Label.openingKey(first.text).hasPrefix("OO") {
            summaries.append(RawSummaryEntry(parentCode: parent, title: first,
                                             weight: row.cells.dropFirst().first { !$0.isEmpty }, line: row.line))
            return true
        }
        summaryParent = nil
        return false
    }

    /// "OBIETTIVO STRATEGICO: OS 1.1 – TITLE", "OS 2.2 – TITLE", "OBIETTIVO STRATEGICO 2.3 – TITLE" → "1.1".
    static func summaryGroupCode(_ text: String) -> String? {
        var key = Substring(Label.normalizedKey(text))
        for prefix in ["OBIETTIVO STRATEGICO", ":", " ", "OS", " "] where key.hasPrefix(prefix) { key = key.dropFirst(prefix.count) }
        let code = key.prefix { $0.isNumber || $0 == "." }
        let rest = key.dropFirst(code.count).drop { $0 == " " }
        guard code.contains("."), code.first?.isNumber == true, rest.hasPrefix("-"), !ByteSearch.containsExactly(text, "%)") else { return nil }
        return String(code.trimmingCharacters(in: CharacterSet(charactersIn: ".")))
    }

    /// A grid of indicators grouped under rows that name their objective, across the table ("Obiettivo
    /// strategico 1.1 – … (peso 40%)" between "Indicatore | Peso | Target 2025" and its rows): each such
    /// row opens its objective's sheet, the grid's rows below it are its indicators.
    private mutating func readObjectiveGroupRow(_ row: Row, first: Cell, firstLabel: Label?) -> Bool {
        if !open {
            // The grid's header, and the row of years under it, outside any sheet.
            if let grid = looseGrid, first.isEmpty, let years = YearHeader.headerYears(row.cells) {
                looseGrid = Self.assigning(years, in: row, to: grid)
                return false
            }
            if let grid = Grid.header(row, firstLabel: .some(firstLabel)) {
                looseGrid = grid
                return false
            }
        }
        var grid = open ? nil : looseGrid
        if open, case let .gridRows(open) = expectation { grid = open }
        looseGrid = nil
        guard let grid, !first.isEmpty, firstLabel == nil || firstLabel == .strategicObjective || firstLabel == .operationalObjective,
              row.nonEmptyCells.count == 1, openObjective(named: first, headingLevel: nil) else { return false }
        current.openedByRow = true
        expectation = .gridRows(grid)
        return true
    }

    // MARK: - Rows

    private mutating func readLabelRow(_ label: Label, _ row: Row) {
        let values = Self.mergedCell(Array(row.cells.dropFirst()), label: label)
        let value = joined(values, line: row.line)
        expectation = .none
        switch label {
        case .indicatorSection:
            inIndicators = true
        case .description where current.level == .strategic && (inIndicators || current.fields[.description] != nil):
            current.indicators.append(RawIndicator(line: row.line, fields: [.description: value]))
        case .indicatorGrid where values.filter({ !$0.isEmpty }).count == 1 && Label.namesAnIndicator(row.cells[0].text):
            // "INDICATORE | name", "NOME INDICATORE | name": a row naming an indicator opens it; "DESCRIZIONE
            // INDICATORE" right under a name describes it.
            inIndicators = true
            if Label.normalizedKey(row.cells[0].text).hasPrefix("DESCRIZIONE"), !current.indicators.isEmpty,
               currentIndicator.fields.keys.allSatisfy({ $0 == .description }), currentIndicator.targets.cells.isEmpty {
                currentIndicator.fields[.signal] = value
            } else {
                current.indicators.append(RawIndicator(line: row.line, fields: [.description: value]))
            }
        case .baseline where !current.indicators.isEmpty:
            // "Baseline 2024 | 72", "Valore di partenza | 85%": the indicator's.
            currentIndicator.baseline = YearCell(year: MetadataReader.years(in: row.cells[0].text).first, cell: value)
        case .objectiveWeight:
            current.fields[.objectiveWeight] = value
            current.weightLabel = row.cells[0].text
        case .weight where current.indicators.isEmpty && !inIndicators && current.fields[.objectiveWeight] == nil && Self.isPercentage(value.text):
            // A bare "PESO | 40%" before any indicator weighs the objective (a value alone, with its "%":
            // flat text's grid headers put "Peso" over other numbers).
            current.fields[.objectiveWeight] = value
            current.weightLabel = row.cells[0].text
        case .resources:
            // "Risorse 2025: € 120.000", a row a year: the year is in the label.
            if let year = Self.labelYear(row, values: values), !current.resources.years.contains(year), let amount = values.first(where: { !$0.isEmpty }) {
                current.resources.years.append(year)
                current.resources.cells.append(amount)
                return
            }
            switch yearValues(values, row: row) {
            case let .values(years, cells): current.resources = YearCells(years: years, cells: cells)
            case let .announced(years): expectation = .resources(years)
            }
        case .target:
            guard hasIndicator(for: label, row: row) else { return }
            // "TARGET 2025 | >= 500", one row per year: the year is in the label.
            if let year = Self.labelYear(row, values: values) {
                currentIndicator.targets.years.append(year)
                currentIndicator.targets.cells.append(value)
                return
            }
            switch yearValues(values, row: row) {
            case let .values(years, cells): currentIndicator.targets = YearCells(years: years, cells: cells)
            case let .announced(years): expectation = .targets(years)
            }
        case .algorithm, .indicatorWeight, .source, .measure, .type, .weight, .signal:
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
        if first.isEmpty, let years = YearColumns(header: row.cells, offset: 0) {
            pendingYears = years
            return
        }
        switch expectation {
        case let .labelColumns(headers):
            expectation = .none
            var resources = YearCells()
            for (index, cell) in row.cells.enumerated() where index < headers.count && !cell.isEmpty {
                guard let label = Label.match(headers[index].text) else { continue }
                if label == .resources, let year = MetadataReader.years(in: headers[index].text).first {
                    resources.years.append(year)
                    resources.cells.append(cell)
                } else {
                    readLabelRow(label, Row(cells: [headers[index], cell], line: row.line))
                }
            }
            if !resources.cells.isEmpty { current.resources = resources }
            return
        case let .resources(years):
            current.resources = YearCells(years: years.years, cells: years.values(of: row))
            expectation = .none
        case let .targets(years):
            if current.indicators.isEmpty { break }
            currentIndicator.targets = YearCells(years: years.years, cells: years.values(of: row))
            expectation = .targetsGoOn(years)
        case let .targetsGoOn(years):
            expectation = .none
            // A value printed under a year's value (pdftotext -layout stacks a revised target under the
            // old one): that year's cell goes on, old and new side by side.
            let values = years.values(of: row)
            if first.isEmpty, !current.indicators.isEmpty, values.count <= currentIndicator.targets.cells.count,
               values.contains(where: { !$0.isEmpty }), values.allSatisfy({ $0.isEmpty || ValueTokens.split($0.text) != nil }) {
                for (index, value) in values.enumerated() where !value.isEmpty {
                    currentIndicator.targets.cells[index] = currentIndicator.targets.cells[index].appending(value)
                }
                return
            }
            readUnlabelledRow(row, first: first)
        case let .subGridRow(labels, grid):
            let filled = row.cells.indices.filter { !row.cells[$0].isEmpty }
            var columns = labels
            // Merged cells written as colspans over a finer grid put a value beside its sub-header's
            // column, not under it: one value a sub-header, so they pair in order.
            if filled.count == labels.count, !filled.allSatisfy({ labels[$0] != nil }) {
                columns = Dictionary(uniqueKeysWithValues: zip(filled, labels.keys.sorted().map { labels[$0]! }))
            }
            for (index, cell) in row.cells.enumerated() where !cell.isEmpty {
                if let label = columns[index] {
                    currentIndicator.fields[label] = cell
                } else if grid.label(at: index) == .target, currentIndicator.targets.cells.allSatisfy(\.isEmpty) {
                    currentIndicator.targets = YearCells(years: grid.years[index].map { [$0] } ?? [], cells: [cell])
                } else if let label = grid.label(at: index), label != .target, currentIndicator.fields[label]?.isEmpty ?? true {
                    currentIndicator.fields[label] = cell
                } else {
                    diagnostics.append(.warning("unplaced-cell", "a value under the sub-header has no column: \(cell.text)", line: row.line))
                }
            }
            expectation = grid.columns.isEmpty ? .none : .gridAfterSubRows(grid)
        case let .gridAfterSubRows(grid):
            // The grid's header printed once over indicators that each have sub-rows: a row that names the
            // next one and fills the grid's columns goes on with it; anything else ends the grid.
            expectation = .none
            let filled = row.cells.indices.filter { !row.cells[$0].isEmpty && grid.columns[$0] != nil }
            let weighed = grid.weightColumn.map { $0 < row.cells.count && !row.cells[$0].isEmpty } ?? true
            if !first.isEmpty, !NoteText.isNoteLike(first.text), weighed, filled.count >= 3, filled.count * 2 > grid.columns.count {
                expectation = .gridRows(grid)
            }
            readUnlabelledRow(row, first: first)
        case let .gridRows(grid) where row.nonEmptyCells.count >= 2 || !first.isEmpty && grid.columns.count == 1:
            let spread = grid.spreadingGluedTail(row)
            if spread != nil {
                diagnostics.append(.warning("glued-values", "the row's last cell holds the values of the columns after it, printed a single space apart: read one a column", line: row.line))
            }
            let row = spread ?? grid.realigning(row) ?? row
            if isContinuation(row, of: grid) {
                mergeContinuation(row, grid: grid)
            } else {
                let (aligned, shifted) = grid.aligning(row)
                if shifted {
                    diagnostics.append(.warning("fewer-targets", "the row prints fewer values than the grid has years; the operator's value is read as the first year's, the last year is left empty", line: row.line))
                }
                var indicator = indicator(from: aligned, grid: grid)
                let weightEmpty = grid.weightColumn != nil && indicator.fields[.indicatorWeight] == nil
                if indicator.targets.years.count == 1, let (years, weight) = Self.unglued(indicator.targets, years: grid.targetYears, weightEmpty: weightEmpty) {
                    indicator.targets = years
                    if let weight { indicator.fields[.indicatorWeight] = weight }
                    diagnostics.append(.warning("glued-values", "\(years.years.count) values printed in \(years.years[0])'s cell and none in the later years'\(weight == nil ? "" : " nor the weight's"): read one a \(weight == nil ? "year" : "column")", line: row.line))
                }
                if let prefix = pendingNamePrefix {
                    indicator.fields[.description] = indicator.fields[.description].map { prefix.appending($0) } ?? prefix
                    pendingNamePrefix = nil
                }
                current.indicators.append(indicator)
                lastGrid = grid
            }
        case let .gridRows(grid) where row.nonEmptyCells.count == 1 && !first.isEmpty && !NoteText.isNoteLike(first.text):
            // A name or description printed on a line of its own: it ends the indicator above, or opens the next.
            if lastGrid == grid, !current.indicators.isEmpty {
                currentIndicator.fields[.description] = currentIndicator.fields[.description].map { $0.appending(first) } ?? first
            } else {
                pendingNamePrefix = pendingNamePrefix.map { $0.appending(first) } ?? first
            }
        default:
            if row.nonEmptyCells.count == 1, Self.isCaption(row.nonEmptyCells[0].text) {
                return
            }
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

    /// The year a label row names for its single value ("TARGET 2025 | >= 500"), when no year
    /// header announced the columns.
    private static func labelYear(_ row: Row, values: [Cell]) -> Int? {
        guard values.filter({ !$0.isEmpty }).count == 1 else { return nil }
        if let match = YearHeader.read(row.cells[0]), match.value.isEmpty { return match.year }
        // "Valore atteso 2025", "Target - 2025": the label's one year.
        let years = MetadataReader.years(in: row.cells[0].text)
        return years.count == 1 ? years[0] : nil
    }

    private enum YearValues {
        case values([Int], [Cell])
        case announced(YearColumns)
    }

    /// Values under a label that may be "Anno 2025 | Anno 2026" (announcing the next row),
    /// "Anno 2025 € 70.000,00 | …" (inline), or bare values under years announced before.
    private mutating func yearValues(_ values: [Cell], row: Row) -> YearValues {
        // "Risorse 2025: € 120.000 | Risorse 2026: …": each value after its year (not years announcing the next row).
        if let parts = YearLabelledValues.split(values) {
            return .values(parts.map(\.year), parts.map(\.cell))
        }
        if let years = YearColumns(header: values, offset: 1) { return .announced(years) }
        let matches = values.filter { !$0.isEmpty }.map(YearHeader.read)
        if !matches.isEmpty, matches.allSatisfy({ $0 != nil }) {
            return .values(matches.map { $0!.year }, matches.map { $0!.value })
        }
        if let pending = pendingYears {
            defer { pendingYears = nil }
            return .values(pending.years, pending.values(of: row))
        }
        diagnostics.append(.warning("values-without-years", "values printed without year headers: \(excerpt(row))", line: row.line))
        return .values([], values)
    }

    // MARK: - Grids

    /// The year row under a grid header ("| | | 2024 | 2025 | 2026 | 2027").
    private static func assigning(_ years: [Int], in row: Row, to grid: Grid) -> Grid {
        var grid = grid
        var remaining = years[...]
        for (index, cell) in row.cells.enumerated() where !cell.isEmpty {
            guard let year = remaining.popFirst() else { break }
            grid.years[index] = year
        }
        return grid
    }

    private mutating func indicator(from row: Row, grid: Grid) -> RawIndicator {
        var indicator = RawIndicator(line: row.line)
        for (index, cell) in row.cells.enumerated() where !cell.isEmpty {
            switch grid.label(at: index) {
            case .target?:
                if let year = grid.years[index], let existing = indicator.targets.years.firstIndex(of: year) {
                    // Operator and value printed in two cells: ">=" | "5".
                    indicator.targets.cells[existing] = indicator.targets.cells[existing].appending(cell)
                } else if let year = grid.years[index] {
                    indicator.targets.years.append(year)
                    indicator.targets.cells.append(cell)
                } else if let parts = YearLabelledValues.split(cell) {
                    indicator.targets.add(parts)
                } else {
                    diagnostics.append(.warning("target-without-year", "a target whose column has no year: \(cell.text)", line: row.line))
                }
            case .baseline?:
                indicator.baseline = YearCell(year: grid.years[index], cell: cell)
            case let label?:
                indicator.fields[label] = cell
            case nil:
                diagnostics.append(.warning("unplaced-cell", "a cell outside the grid's columns: \(cell.text)", line: row.line))
            }
        }
        return indicator
    }

    /// One value a year printed in the first year's cell, the later years' cells empty: `pdftotext -layout`
    /// glues cells a single space apart (">=18% >=18% >=18%" under 2025, 2026, 2027), and the weight after
    /// them when its cell is empty too ("<= 31/01/2026 31/01/2027 31/01/2028 14,3%"). Three years or more
    /// only, and no styled run: two values in one cell are an old and a new one.
    private static func unglued(_ targets: YearCells, years: [Int], weightEmpty: Bool) -> (YearCells, weight: Cell?)? {
        guard years.count >= 3, targets.years == [years[0]], let cell = targets.cells.first,
              cell.runs.allSatisfy({ $0.style.isEmpty }), let values = ValueTokens.split(cell.text) else { return nil }
        let cells = values.map { Cell(runs: [StyledRun($0)], line: cell.line) }
        if values.count == years.count { return (YearCells(years: years, cells: cells), nil) }
        guard weightEmpty, values.count == years.count + 1, let last = values.last, last.hasSuffix("%") else { return nil }
        return (YearCells(years: years, cells: Array(cells.dropLast())), cells.last)
    }

    /// A row with neither weight nor target, right under an indicator, continues that indicator's
    /// cells (a page break cut the row in two).
    private func isContinuation(_ row: Row, of grid: Grid) -> Bool {
        guard !current.indicators.isEmpty, lastGrid == grid else { return false }
        let empty = { (index: Int) in index >= row.cells.count || row.cells[index].isEmpty }
        let targets = grid.targetColumns
        // A target cell wrapped after its operator ("<= 60 gg <=" over "45 gg") goes on in the row below.
        let finishesTarget = { (index: Int) -> Bool in
            guard let position = grid.years[index].flatMap({ self.currentIndicator.targets.years.firstIndex(of: $0) }) else { return false }
            return Self.endsWithOperator(self.currentIndicator.targets.cells[position].text)
        }
        return !targets.isEmpty && targets.allSatisfy { empty($0) || finishesTarget($0) } && grid.weightColumn.map(empty) ?? true
    }

    private static func endsWithOperator(_ text: String) -> Bool {
        ["<=", ">=", "=<", "=>", "≤", "≥", "<", ">"].contains { text.hasSuffix($0) }
    }

    private mutating func mergeContinuation(_ row: Row, grid: Grid) {
        var indicator = currentIndicator
        for (index, cell) in row.cells.enumerated() where !cell.isEmpty {
            switch grid.label(at: index) {
            case .target?:
                if let position = grid.years[index].flatMap({ indicator.targets.years.firstIndex(of: $0) }) {
                    indicator.targets.cells[position] = Self.continued(indicator.targets.cells[position], with: cell)
                }
            case .baseline?:
                if let baseline = indicator.baseline { indicator.baseline?.cell = Self.continued(baseline.cell, with: cell) }
            case let label?:
                indicator.fields[label] = indicator.fields[label].map { Self.continued($0, with: cell) } ?? cell
            case nil:
                diagnostics.append(.warning("unplaced-cell", "a continued cell outside the grid's columns: \(cell.text)", line: row.line))
            }
        }
        currentIndicator = indicator
    }

    /// A struck cell stays struck in its continuation.
    private static func continued(_ cell: Cell, with more: Cell) -> Cell {
        let struck = cell.runs.contains(where: \.isStruck) && cell.runs.allSatisfy { $0.isStruck || $0.text.isAllWhitespace }
        let addition = struck ? Cell(runs: more.runs.map { StyledRun($0.text, $0.style.union(.struck)) }, line: more.line) : more
        return cell.appending(addition)
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

    /// A heading that names its objective ("Obiettivo strategico 1.1 – …") opens the objective's sheet.
    private mutating func openObjective(named cell: Cell, headingLevel: Int?) -> Bool {
        // Level 9: a heading the parser found standing over a grid (`ObjectiveHeading.paragraph`, `codedHeading`).
        guard let heading = ObjectiveHeading.read(cell, acceptingCodes: headingLevel == 9) else { return false }
        // Under a "SCHEDA OBIETTIVO …" heading with nothing read yet, it is that sheet's title.
        if !open || !current.fields.isEmpty || !current.indicators.isEmpty || current.level != heading.level {
            startSheet(heading.level, line: cell.line, headingLevel: headingLevel)
        }
        current.fields[current.titleLabel] = heading.title
        if let code = heading.code { current.fields[.code] = code }
        return true
    }

    /// "SCHEDA OBIETTIVO STRATEGICO OS 2.1 (segue)": the sheet's title printed again over its
    /// continuation on the next page, not another sheet.
    private func continuesSheet(_ text: String) -> Bool {
        open && (text.range(ofASCII: "(segue") != nil || text.range(ofASCII: "(continua") != nil)
    }

    private mutating func startSheet(_ level: ObjectiveLevel, line: Int, headingLevel: Int?) {
        sheets.append(RawSheet(level: level, line: line))
        open = true
        sheetHeadingLevel = headingLevel
        inIndicators = false
        expectation = .none
        pendingYears = nil
        lastGrid = nil
        continuationPending = false
        summaryParent = nil
        paragraphField = nil
    }

    private mutating func close() {
        open = false
        expectation = .none
        continuationPending = false
    }

    /// Inside a table that a page break interrupts (where running headers are printed).
    private var insideTable: Bool {
        guard open else { return false }
        if continuationPending || current.openedByRow { return true }
        if case .gridRows = expectation { return true }
        return false
    }

    /// The level and line of the sheet being read, if one is open.
    var openSheet: (level: ObjectiveLevel, line: Int)? { open ? (current.level, current.line) : nil }

    // Changed in place (`_modify`), not copied out and written back: a copy of the sheet per field
    // set, or of the indicator per note, made long sheets quadratic.
    private var current: RawSheet {
        get { sheets[sheets.count - 1] }
        _modify { yield &sheets[sheets.count - 1] }
    }

    private var currentIndicator: RawIndicator {
        get { current.indicators[current.indicators.count - 1] }
        _modify {
            let sheet = sheets.count - 1
            yield &sheets[sheet].indicators[sheets[sheet].indicators.count - 1]
        }
    }

    /// A value cell merged across the sheet's columns, which a converter (docling) writes once a column:
    /// "PESO INDICATORE | 100% | 100% | 100%" holds one value. Not under years, where equal values are
    /// each year's ("≥ 80 | ≥ 80 | ≥ 80").
    private static func mergedCell(_ values: [Cell], label: Label) -> [Cell] {
        guard ![.target, .resources, .baseline].contains(label) else { return values }
        let filled = values.filter { !$0.isEmpty }
        guard filled.count >= 2, filled.dropFirst().allSatisfy({ $0.text == filled[0].text && $0.runs == filled[0].runs }) else { return values }
        return [filled[0]]
    }

    /// Three labels or more across a row and nothing else, none of an indicator's grid ("Missione |
    /// Programma | Peso obiettivo | Risorse 2025"): the objective's fields, their values in the row below.
    private static func labelsAcross(_ row: Row) -> Bool {
        let filled = row.nonEmptyCells
        // "RISORSE | Risorse 2025: € 120.000 | Risorse 2026: …" are values after their years, not labels.
        guard filled.count >= 3, YearLabelledValues.split(Array(filled.dropFirst())) == nil else { return false }
        let labels = filled.map { Label.match($0.text) }
        return labels.allSatisfy { label in
            label.map { ![.indicatorGrid, .indicatorSection, .target, .algorithm, .indicatorWeight, .description, .strategicSheet, .operationalSheet].contains($0) } ?? false
        }
    }

    /// "40%", "12,5 %": a percentage and nothing else.
    private static func isPercentage(_ text: String) -> Bool {
        TargetReader.readNumber(text).map { $0.operator == nil && $0.unit == "%" && $0.value >= 0 } ?? false
    }

    private mutating func hasIndicator(for label: Label, row: Row) -> Bool {
        if !current.indicators.isEmpty { return true }
        diagnostics.append(.warning("field-without-indicator", "'\(row.cells[0].text)' before any indicator of the sheet", line: row.line))
        return false
    }

    /// Notes follow what they speak of: the last indicator, else the objective.
    private mutating func addNote(_ cell: Cell) {
        // A page's number or running header (a line printed on every page naming the Chamber or the plan)
        // falling between a sheet's lines is the page's, not a note. Other repeated lines may be notes
        // ("Target confermato").
        if PageMarker.matches(cell.text) || runningHeader(cell.text) { return }
        // "Obiettivo inserito in sostituzione di …" speaks of the objective, wherever it is printed.
        if current.indicators.isEmpty || Label.openingKey(cell.text).hasPrefix("OBIETTIVO ") {
            current.notes.append(cell)
        } else {
            currentIndicator.notes.append(cell)
        }
    }

    private func runningHeader(_ text: String) -> Bool {
        guard text.utf8.count <= 320, runningLines.contains(text) else { return false }
        return ["camera di commercio", "piano integrato", "piao", "piano degli indicatori"].contains { text.range(ofASCII: $0) != nil }
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
