/// Turns one printed indicator into one indicator, or two when the note says it was replaced
/// ("stralcio e inserimento nuovo indicatore": the old one removed, the new one added).
struct IndicatorResolver {
    var raw: RawIndicator
    var notes: [RevisionNote]

    init(_ raw: RawIndicator) {
        self.raw = raw
        notes = RevisionNote.all(in: raw.notes)
    }

    private var replaced: Bool { notes.contains(where: \.replacesIndicator) }
    private var removedByNote: Bool { notes.contains(where: \.removesIndicator) }
    private var addedByNote: Bool { notes.contains(where: \.addsIndicator) }

    /// The fields as printed, each as a before/after pair.
    struct Printed {
        var name: PrintedPair
        var algorithm: PrintedPair?
        var measure: PrintedPair?
        var source: PrintedPair?
        var type: PrintedPair?
        var weight: PrintedPair?
        var targets: [(year: Int, pair: PrintedPair)]
    }

    func printed() -> Printed {
        let mode: FieldResolver.TextMode = replaced ? .replaced : notes.contains(where: \.redefinesIndicator) ? .redefined : .keepWhole
        let field = { (label: Label) in raw.fields[label] }
        return Printed(
            name: field(.description).map { FieldResolver.text($0, mode: mode) } ?? .unchanged(""),
            algorithm: field(.algorithm).map { FieldResolver.text($0, mode: mode) },
            measure: field(.measure).map(FieldResolver.measure),
            source: field(.source).map { FieldResolver.source($0, noteSaysChanged: replaced || notes.contains(where: \.mentionsSource)) },
            type: field(.type).map { FieldResolver.text($0, mode: .keepWhole) },
            weight: field(.indicatorWeight).map(FieldResolver.values),
            targets: zip(raw.targets.years, raw.targets.cells).map { ($0, FieldResolver.values($1)) }
        )
    }

    /// The indicators this printed row stands for, with their status.
    func resolve(diagnostics: inout [Diagnostic]) -> [(indicator: Indicator, printed: Printed, status: ItemStatus)] {
        let printed = printed()
        if replaced {
            if printed.name.evidence == nil {
                diagnostics.append(.warning("replacement-not-split", "the note says this indicator was replaced, but its old and new names could not be told apart; the name is kept whole", line: raw.line))
            }
            return [(build(printed, phase: .removed), printed, .removed), (build(printed, phase: .added), printed, .added)]
        }
        if removedByNote || printed.name.current == nil { return [(build(printed, phase: .removed), printed, .removed)] }
        if addedByNote { return [(build(printed, phase: .added), printed, .added)] }
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
        indicator.algorithm = printed.algorithm.map { adjust($0).text }
        indicator.measure = printed.measure.map { adjust($0).text }
        indicator.source = printed.source.map { adjust($0).text }
        indicator.type = printed.type.map { adjust($0).text }
        indicator.weight = printed.weight.map { adjust($0).map(FieldResolver.number) }
        indicator.targets = printed.targets.map { YearTarget(year: $0.year, value: adjust($0.pair).map(TargetReader.read)) }
        indicator.status = status
        indicator.notes = raw.notes.flatMap(NoteText.statements)
        return indicator
    }
}
