/// Operational objectives told twice: once as rows of a summary table under their strategic
/// objective ("OO 1.1.1 – title | 30"), once as a full sheet in an annex. Both become one
/// objective: the summary gives title, parent and weight; the sheet adds the rest, and its
/// own printed weight is kept for the `weight-consistency` check.
struct SummaryMerger {
    var revisions: RevisionList

    mutating func objectives(from entries: [RawSummaryEntry], ids: inout IdAllocator) -> [Objective] {
        entries.map { entry in
            let parts = ObjectiveResolver.titleParts(entry.title)
            let title = parts.title.map { FieldResolver.text($0, mode: .keepWhole).trimmingEdges() } ?? .unchanged(entry.title.text)
            var objective = Objective(id: "", level: .operational, title: title.text, line: entry.line)
            objective.code = parts.code
            objective.strategicRef = CodedTitle(code: "OS " + entry.parentCode, title: "")
            let weight = entry.weight.map(FieldResolver.values)
            objective.weight = weight.map { $0.map(FieldResolver.number) }
            if title.current == nil {
                // A struck row: removed, its weight kept as the original only.
                objective.status = .removed
                objective.weight = objective.weight.map { Revisable(current: nil, original: $0.original ?? $0.current, evidence: $0.evidence ?? title.evidence) }
            } else if entry.title.isWholly(.bold) {
                // Rows marked as new (bold) are additions.
                objective.status = .added
                objective.title = Revisable(current: title.current, original: nil, evidence: title.evidence ?? .note)
                objective.weight = objective.weight.map { Revisable(current: $0.current, original: nil, evidence: $0.evidence ?? .note) }
            }
            objective.id = ids.objectiveId(for: objective)
            if objective.status == .active {
                revisions.add(title, field: "title", objective: objective.id, indicator: nil, note: nil, line: entry.line)
            } else {
                revisions.add(PrintedPair(original: objective.status == .added ? nil : title.original, current: title.current,
                                          evidence: title.evidence ?? .note),
                              field: "status", objective: objective.id, indicator: nil, note: nil, line: entry.line)
            }
            if let weight, objective.status == .active {
                revisions.add(weight, field: "weight", objective: objective.id, indicator: nil, note: nil, line: entry.weight?.line ?? entry.line)
            }
            return objective
        }
    }

    /// Adds a sheet's content to the summary objective that lent it its id.
    static func merge(_ sheet: Objective, into objectives: inout [Objective]) -> Bool {
        guard let index = objectives.firstIndex(where: { $0.id == sheet.id }) else { return false }
        var target = objectives[index]
        target.description = sheet.description
        target.unit = sheet.unit
        target.section = sheet.section
        target.monitoring = sheet.monitoring
        target.notes += sheet.notes
        if let reference = sheet.strategicRef { target.strategicRef = reference }
        if let weight = sheet.weight { target.weightElsewhere.append(PrintedWeight(weight: weight, line: sheet.weightLine ?? sheet.line)) }
        // The indicators of a struck objective go with it.
        target.indicators = target.status == .removed ? sheet.indicators.map { $0.status == .added ? $0 : $0.removed() } : sheet.indicators
        objectives[index] = target
        return true
    }
}
