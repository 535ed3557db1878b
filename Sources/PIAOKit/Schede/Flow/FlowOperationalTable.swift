/// The operational tables of flow text ("Area Obiettivo Indicatore Target"), read a line at a time:
/// "7,00% OPa.b.c-nn - title" opens an objective, " 50,00% kpi… - name … target" an indicator of it,
/// "Area …" names the unit of the objectives after it; a weight may stand on a line of its own.
struct FlowOperationalTable {
    /// The year the targets are for, from the text over the table ("… per il 2022.").
    private var year: Int?
    private var phase = Phase.none
    private var pendingWeight: Cell?
    private var unit: String?
    /// The row's target, as first read: where its text came from (the end of the name or of a line under
    /// it; nil: a line of its own), and whether a later value line has replaced it.
    private var targetTail: Label?
    private var targetReplaced = false

    private enum Phase {
        case none, objective, kpi, kpiDone
    }

    /// The table's header: its rows begin, their targets for `year`.
    mutating func start(year: Int?) {
        self.year = year
        phase = .none
    }

    /// One line of the table: `opens`, whether it opens a paragraph, and `nextOpens`, whether the next does.
    mutating func read(_ line: Cell, next: Cell?, opens: Bool, nextOpens: Bool, into sheets: inout [RawSheet], diagnostics: inout [Diagnostic]) {
        var text = line.text
        var weight: Cell?
        if let found = FlowPatterns.leadingWeight(text) {
            weight = Cell(runs: [StyledRun(found.weight)], line: line.line)
            if found.rest.isEmpty {
                pendingWeight = weight
                return
            }
            text = found.rest
        }
        weight = weight ?? pendingWeight
        // A KPI code ends with a letter ("kpi2.1.1-03a"; also misprinted "OP7.1.2-07a"); an objective's with digits.
        let opItem = FlowPatterns.codedItem(text, prefixes: ["OP"])
        if let item = opItem, item.code.last?.isNumber == true {
            var sheet = RawSheet(level: .operational, line: line.line)
            sheet.fields[.code] = Cell(runs: [StyledRun(item.code)], line: line.line)
            sheet.fields[.operationalObjective] = Cell(runs: [StyledRun(item.rest)], line: line.line)
            sheet.fields[.objectiveWeight] = weight
            sheet.weightLabel = "(rispetto agli obiettivi dell'area)"
            sheet.fields[.unit] = unit.map { Cell(runs: [StyledRun($0)], line: line.line) }
            sheets.append(sheet)
            pendingWeight = nil
            phase = .objective
            return
        }
        if let item = FlowPatterns.codedItem(text, prefixes: ["kpi", "Kpi", "KPI"]) ?? opItem, sheets.last?.level == .operational {
            var indicator = RawIndicator(line: line.line)
            indicator.fields[.indicatorCode] = Cell(runs: [StyledRun(item.code)], line: line.line)
            indicator.fields[.indicatorWeight] = weight
            var name = item.rest
            targetTail = nil
            targetReplaced = false
            if let target = FlowPatterns.trailingValues(name, single: true) {
                name = target.text
                setTarget(&indicator, target.values, line: line.line, diagnostics: &diagnostics)
                targetTail = .description
            }
            indicator.fields[.description] = Cell(runs: [StyledRun(name)], line: line.line)
            sheets[sheets.count - 1].indicators.append(indicator)
            pendingWeight = nil
            phase = indicator.targets.cells.isEmpty ? .kpi : .kpiDone
            return
        }
        if text.hasPrefix("Area ") || text.hasPrefix("Uffici di Staff") {
            unit = text
            phase = .none
            return
        }
        switch phase {
        case .objective:
            sheets.appendToLastSheet(.description, line)
        case .kpi:
            // A name cut after an article goes on; other text under it is the description.
            let goesOn = sheets.lastIndicator.map { $0.fields[.signal] == nil && ($0.fields[.description].map { FlatCells.goesOnInWords($0.text, with: text) } ?? false) }
            let field: Label = goesOn == true ? .description : .signal
            if var indicator = sheets.lastIndicator, let tokens = ValueTokens.split(text), !tokens.isEmpty {
                setTarget(&indicator, text, line: line.line, diagnostics: &diagnostics)
                sheets.lastIndicator = indicator
                phase = .kpiDone
            } else if var indicator = sheets.lastIndicator, let target = FlowPatterns.trailingValues(text, single: true), !target.text.isEmpty {
                indicator.fields[field] = indicator.fields[field].map { $0.appending(Cell(runs: [StyledRun(target.text)], line: line.line)) }
                    ?? Cell(runs: [StyledRun(target.text)], line: line.line)
                setTarget(&indicator, target.values, line: line.line, diagnostics: &diagnostics)
                sheets.lastIndicator = indicator
                targetTail = field
                phase = .kpiDone
            } else {
                sheets.appendToLastIndicator(field, line)
            }
        case .kpiDone:
            // A line after a complete KPI, before the next objective: the next area's name
            // (pdftotext sometimes loses the word "Area").
            if let next, FlowPatterns.leadingWeight(next.text) != nil || FlowPatterns.codedItem(next.text, prefixes: ["OP"]) != nil, text.count <= 80,
               text.first?.isUppercase == true, ValueTokens.split(text) == nil {
                unit = text
                phase = .none
            } else if ValueTokens.split(text) != nil {
                replaceTarget(line, in: &sheets, diagnostics: &diagnostics)
            } else if opens || nextOpens && next?.text.first?.isLowercase == true {
                // After a blank line, or going on after one in lower case: running text after the table
                // (pdftotext keeps a cell's lines together), not the row's.
                phase = .none
            } else if text.contains(where: \.isLetter) {
                sheets.appendToLastIndicator(.signal, line)
            }
        case .none:
            break
        }
    }

    /// A value line after the row's target ("… entro 31 maggio 2022" / ">= 2 N."): the value column's own
    /// cell. The value read first goes back to the text it ended; a further one is reported, not read.
    private mutating func replaceTarget(_ line: Cell, in sheets: inout [RawSheet], diagnostics: inout [Diagnostic]) {
        guard var indicator = sheets.lastIndicator, !targetReplaced, let first = indicator.targets.cells.first else {
            diagnostics.append(.warning("value-after-target", "a value printed after the row's target was not read: \(line.text)", line: line.line))
            return
        }
        let field = targetTail ?? .description
        indicator.fields[field] = indicator.fields[field].map { $0.appending(first) } ?? first
        setTarget(&indicator, line.text, line: line.line, diagnostics: &diagnostics)
        sheets.lastIndicator = indicator
        targetReplaced = true
    }

    private func setTarget(_ indicator: inout RawIndicator, _ values: String, line: Int, diagnostics: inout [Diagnostic]) {
        guard let year else {
            diagnostics.append(.warning("target-without-year", "the operational table names no year for its targets: \(values)", line: line))
            return
        }
        indicator.targets = YearCells(years: [year], cells: [Cell(runs: [StyledRun(values)], line: line)])
    }
}
