/// Collects revisions in document order, numbering them r1, r2, … as they are found.
struct RevisionList {
    private(set) var items: [Revision] = []

    mutating func add(_ pair: PrintedPair, field: String, objective: String, indicator: String?, note: String?, line: Int) {
        guard let evidence = pair.evidence else { return }
        items.append(Revision(id: "r\(items.count + 1)", objective: objective, indicator: indicator, field: field,
                              original: pair.original, current: pair.current, evidence: evidence, note: note, line: line))
    }

    mutating func removeAll(indicator: String) {
        items.removeAll { $0.indicator == indicator }
    }

    /// Cites `note` on the indicator's changes that have no note of their own. A footnote ("* …") goes
    /// to the changes whose value carries its mark when some do ("≥ 87%*", not the weight beside it).
    mutating func citeWhereMissing(_ note: String, indicator: String) {
        let unnoted = items.indices.filter { items[$0].indicator == indicator && items[$0].note == nil }
        let mark = FootnoteMarks.stars(leading: note)
        let marked = mark == 0 ? [] : unnoted.filter { index in
            [items[index].original, items[index].current].contains { $0.map(FootnoteMarks.stars(trailing:)) == mark }
        }
        for index in marked.isEmpty ? unnoted : marked {
            items[index].note = note
        }
    }

    /// In source order (a summary table may be read before the sheets that precede it), renumbered.
    func sortedByLine() -> [Revision] {
        items.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.enumerated().map { index, item in
            var revision = item.element
            revision.id = "r\(index + 1)"
            return revision
        }
    }

    mutating func addFields(_ printed: IndicatorResolver.Printed, raw: RawIndicator, objective: String, indicator: String, note: String?) {
        let line = { (label: Label) in raw.fields[label]?.line ?? raw.line }
        add(printed.name, field: "name", objective: objective, indicator: indicator, note: note, line: line(.description))
        if let pair = printed.description { add(pair, field: "description", objective: objective, indicator: indicator, note: note, line: line(.signal)) }
        if let pair = printed.algorithm { add(pair, field: "algorithm", objective: objective, indicator: indicator, note: note, line: line(.algorithm)) }
        if let pair = printed.measure { add(pair, field: "measure", objective: objective, indicator: indicator, note: note, line: line(.measure)) }
        if let pair = printed.source { add(pair, field: "source", objective: objective, indicator: indicator, note: note, line: line(.source)) }
        if let pair = printed.type { add(pair, field: "type", objective: objective, indicator: indicator, note: note, line: line(.type)) }
        if let pair = printed.weight { add(pair, field: "weight", objective: objective, indicator: indicator, note: note, line: line(.indicatorWeight)) }
        for (target, cell) in zip(printed.targets, raw.targets.cells) {
            add(target.pair, field: "targets/\(target.year)", objective: objective, indicator: indicator, note: note, line: cell.line)
        }
    }
}
