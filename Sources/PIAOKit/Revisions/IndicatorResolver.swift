/// Turns one printed indicator into one indicator, or two when the note says it was replaced
/// ("stralcio e inserimento nuovo indicatore": the old one removed, the new one added).
struct IndicatorResolver {
    var raw: RawIndicator
    var notes: [RevisionNote]
    /// The row is marked as new (a bold name among plain ones).
    var markedAsNew = false
    /// The sheet prints its removed indicator apart, struck: a note of replacement on this one then
    /// says it is the new one, not that it holds both; or nothing of it, when the new one is printed
    /// apart too (another row in bold).
    var removalPrintedApart = false
    var additionPrintedApart = false
    /// Another row of the sheet is the new indicator by its own note ("Nuovo indicatore" in a table's
    /// "Note" column): a note of replacement on a row that prints one name then says this one was removed.
    var additionNotedApart = false

    init(_ raw: RawIndicator) {
        self.raw = raw
        notes = RevisionNote.all(in: raw.notes)
    }

    private var replaced: Bool { notes.contains(where: \.replacesIndicator) }
    private var removedByNote: Bool { notes.contains(where: \.removesIndicator) }
    var addedByNote: Bool { notes.contains(where: \.addsIndicator) }

    /// The fields as printed, each as a before/after pair.
    struct Printed {
        var name: PrintedPair
        var description: PrintedPair?
        var algorithm: PrintedPair?
        var measure: PrintedPair?
        var source: PrintedPair?
        var type: PrintedPair?
        var weight: PrintedPair?
        var targets: [(year: Int, pair: PrintedPair)]
        var baseline: (year: Int?, text: String)?
        var threshold: String?
    }

    /// The cells of each field, after pulling out fields printed inside other cells
    /// ("Name PESO: 35 (tipologia: Efficacia)", "Algorithm (Fonte: X)").
    struct Cells {
        var name: Cell?
        var algorithm: Cell?
        var weight: Cell?
        var source: Cell?
        var type: PrintedPair?
    }

    func cells() -> Cells {
        var cells = Cells(name: raw.fields[.description], algorithm: raw.fields[.algorithm], weight: raw.fields[.indicatorWeight],
                          source: raw.fields[.source], type: raw.fields[.type].map { .unchanged($0.text) })
        if cells.weight == nil, let name = cells.name, let found = EmbeddedFields.weight(in: name) {
            cells.name = found.rest
            cells.weight = found.weight
        }
        if cells.type == nil, let name = cells.name, let found = EmbeddedFields.type(in: name) {
            cells.name = found.rest
            cells.type = .unchanged(found.type)
        }
        if cells.source == nil, let algorithm = cells.algorithm, let found = EmbeddedFields.source(in: algorithm) {
            cells.algorithm = found.rest
            cells.source = found.source
        }
        return cells
    }

    /// `cells`: this resolver's `cells()`, when the caller has them already.
    func printed(cells: Cells? = nil) -> Printed {
        let mode: FieldResolver.TextMode = replaced ? .replaced : notes.contains(where: \.redefinesIndicator) ? .redefined : .keepWhole
        var cells = cells ?? self.cells()
        var signal = raw.fields[.signal]
        // "SOGLIA 70%": a threshold printed in the name or the description is a field of its own.
        var threshold: String?
        if let name = cells.name, let found = FlowPatterns.threshold(in: name.text) {
            threshold = found.threshold
            cells.name = Cell(runs: [StyledRun(found.text)], line: name.line)
        } else if let description = signal, let found = FlowPatterns.threshold(in: description.text) {
            threshold = found.threshold
            signal = Cell(runs: [StyledRun(found.text)], line: description.line)
        }
        return Printed(
            name: cells.name.map { FieldResolver.text($0, mode: mode).trimmingEdges() } ?? .unchanged(""),
            description: signal.flatMap { $0.isEmpty ? nil : FieldResolver.text($0, mode: .keepWhole) },
            algorithm: cells.algorithm.map { FieldResolver.text($0, mode: mode).trimmingEdges() },
            measure: raw.fields[.measure].map(FieldResolver.measure),
            source: cells.source.map { FieldResolver.source($0, noteSaysChanged: replaced || notes.contains(where: \.mentionsSource)) },
            type: cells.type,
            weight: cells.weight.map(FieldResolver.values),
            targets: zip(raw.targets.years, raw.targets.cells).map { ($0, FieldResolver.values($1)) },
            baseline: raw.baseline.map { ($0.year, $0.cell.text) },
            threshold: threshold
        )
    }

    /// The indicators this printed row stands for, with their status.
    func resolve(cells: Cells? = nil, diagnostics: inout [Diagnostic]) -> [(indicator: Indicator, printed: Printed, status: ItemStatus)] {
        let printed = printed(cells: cells)
        if replaced, removalPrintedApart, printed.name.evidence == nil, printed.name.current != nil {
            let status: ItemStatus = markedAsNew || !additionPrintedApart ? .added : .active
            return [(build(printed, phase: status), printed, status)]
        }
        if replaced, additionNotedApart, !removalPrintedApart, printed.name.evidence == nil {
            return [(build(printed, phase: .removed), printed, .removed)]
        }
        if replaced {
            if printed.name.evidence == nil {
                diagnostics.append(.warning("replacement-not-split", "the note says this indicator was replaced, but its old and new names could not be told apart; the name is kept whole", line: raw.line))
            }
            return [(build(printed, phase: .removed), printed, .removed), (build(printed, phase: .added), printed, .added)]
        }
        if removedByNote || printed.name.current == nil { return [(build(printed, phase: .removed), printed, .removed)] }
        if addedByNote || markedAsNew { return [(build(printed, phase: .added), printed, .added)] }
        return [(build(printed, phase: .active), printed, .active)]
    }

    private func build(_ printed: Printed, phase status: ItemStatus) -> Indicator {
        func adjust(_ pair: PrintedPair) -> PrintedPair {
            switch status {
            case .active: return pair
            case .removed: return PrintedPair(original: pair.original ?? pair.current, current: nil, evidence: pair.evidence ?? .note)
            case .added: return PrintedPair(original: nil, current: pair.current ?? pair.original, evidence: pair.evidence ?? .note)
            }
        }
        var indicator = Indicator(id: "", name: adjust(printed.name).text, line: raw.line)
        indicator.description = printed.description.map { adjust($0).text }
        indicator.algorithm = printed.algorithm.map { adjust($0).text }
        indicator.measure = printed.measure.map { adjust($0).text }
        indicator.source = printed.source.map { adjust($0).text }
        indicator.type = printed.type.map { adjust($0).text }
        indicator.weight = printed.weight.map { adjust($0).map(FieldResolver.number) }
        indicator.targets = printed.targets.map { YearTarget(year: $0.year, value: TargetReader.read(adjust($0.pair))) }
        indicator.baseline = printed.baseline.map { Baseline(year: $0.year, value: TargetReader.read($0.text)) }
        indicator.code = raw.fields[.indicatorCode]?.text
        indicator.flags = raw.fields[.flags]?.text.split(separator: " ").map(String.init) ?? []
        indicator.threshold = printed.threshold.map(TargetReader.read)
        indicator.status = status
        indicator.notes = raw.notes.flatMap(NoteText.statements)
        return indicator
    }
}
