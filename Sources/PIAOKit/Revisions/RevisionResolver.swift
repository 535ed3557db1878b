/// Stage 4: resolves every revisable value of every sheet, gives objectives and indicators
/// their stable ids, merges objectives told twice (summary table and sheet), links operational
/// objectives to their strategic parent, and lists every revision found.
public enum RevisionResolver {
    public static func resolve(_ parsed: ParsedSchede) -> ResolvedPlan {
        var diagnostics = parsed.diagnostics
        var ids = IdAllocator()
        var merger = SummaryMerger(revisions: RevisionList())
        var summaryObjectives = merger.objectives(from: parsed.summaries, ids: &ids)
        var revisions = merger.revisions
        var objectives: [Objective] = []
        var claimed: Set<String> = []
        // Strategic objectives by their sheet's line, for operational sheets printed under one.
        var strategicBySheetLine: [Int: String] = [:]
        var parentSheetLines: [String: Int] = [:]

        for sheet in parsed.sheets {
            var objective = resolveSheet(sheet, kind: parsed.metadata.kind, areas: parsed.metadata.areas, period: parsed.metadata.period,
                                         revisions: &revisions, diagnostics: &diagnostics) { objective in
                // A sheet whose objective is already listed in a summary takes that objective's id.
                if objective.level == .operational, let code = objective.code,
                   let listed = summaryObjectives.first(where: { $0.code == code && !claimed.contains($0.id) }) {
                    claimed.insert(listed.id)
                    return listed.id
                }
                return ids.objectiveId(for: objective)
            }
            FootnoteMarks.attach(in: &objective)
            for index in objective.indicators.indices where objective.indicators[index].status == .active {
                guard let note = objective.indicators[index].notes.first(where: FootnoteMarks.withdraws) else { continue }
                objective.indicators[index] = objective.indicators[index].removed()
                let indicator = objective.indicators[index]
                // The withdrawn indicator's field changes are superseded by its removal.
                revisions.removeAll(indicator: indicator.id)
                revisions.add(PrintedPair(original: indicator.name.original, current: nil, evidence: .note), field: "status",
                              objective: objective.id, indicator: indicator.id, note: note, line: indicator.line)
            }
            // A change with no revision note of its own cites the indicator's first note (often the footnote
            // whose star it carries; see `citeWhereMissing`).
            for indicator in objective.indicators {
                if let note = indicator.notes.first { revisions.citeWhereMissing(note, indicator: indicator.id) }
            }
            if sheet.level == .strategic { strategicBySheetLine[sheet.line] = objective.id }
            if let line = sheet.parentSheetLine { parentSheetLines[objective.id] = line }
            if claimed.contains(objective.id), SummaryMerger.merge(objective, into: &summaryObjectives) {
                continue
            }
            objectives.append(objective)
        }
        objectives += summaryObjectives
        objectives.sort { $0.line < $1.line }
        for index in objectives.indices {
            if let line = parentSheetLines[objectives[index].id] { objectives[index].parent = strategicBySheetLine[line] }
        }
        link(&objectives)
        return ResolvedPlan(format: parsed.format, metadata: parsed.metadata, objectives: objectives,
                           revisions: revisions.sortedByLine(), diagnostics: diagnostics)
    }

    private static func resolveSheet(_ sheet: RawSheet, kind: DocumentKind, areas: [String: String], period: Period?, revisions: inout RevisionList,
                                     diagnostics: inout [Diagnostic], id: (Objective) -> String) -> Objective {
        var objectiveResolver = ObjectiveResolver(sheet: sheet)
        objectiveResolver.planYear = period.flatMap { $0.start == $0.end ? $0.start : nil }
        let printed = objectiveResolver.printed()
        var objective = objectiveResolver.resolve(printed, areas: areas)
        for (resource, cell) in zip(printed.resources, sheet.resources.cells) where resource.pair.map(FieldResolver.number).current == nil {
            // "Risorse economiche: risorse interne": words where an amount belongs.
            objective.resources.removeAll { $0.year == resource.year && $0.amount.current == nil }
            objective.notes.append("Risorse: " + cell.text)
            diagnostics.append(.warning("resources-not-an-amount", "resources printed as words, kept as a note: \(cell.text)", line: cell.line))
        }
        if sheet.resources.years.isEmpty, let cell = sheet.resources.cells.first, objectiveResolver.planYear == nil {
            diagnostics.append(.warning("resources-without-year", "resources printed without a year, and the plan covers several: \(cell.text)", line: cell.line))
        }
        objective.id = id(objective)
        let titleLabel = sheet.titleLabel
        objective.weightLine = (sheet.fields[.objectiveWeight] ?? sheet.fields[titleLabel])?.line
        if printed.title.current == "" && printed.title.original == "" {
            diagnostics.append(.warning("sheet-without-title", "a sheet without an objective title", line: sheet.line))
        }
        let sheetNotes = RevisionNote.all(in: sheet.notes + sheet.indicators.flatMap(\.notes))
        if sheetNotes.contains(where: \.mentionsObjectiveText), !printed.title.isRevised, printed.description?.isRevised != true {
            diagnostics.append(.warning("objective-text-unmarked", "the revision note says the objective's wording changed, but the old wording is not marked; kept as printed", line: sheet.line))
        }
        // An objective's own changes cite the notes printed before its indicators, or a note that names the objective.
        let objectiveNote = RevisionNote.all(in: sheet.notes).first?.text ?? sheetNotes.first(where: \.mentionsObjectiveText)?.text
        if sheet.level == .operational, let reference = sheet.fields[.strategicObjective] {
            let named = CodedTitles.read(reference.text, shape: .dotted)
            if named.count > 1 {
                diagnostics.append(.warning("several-strategic-objectives", "the sheet names \(named.count) strategic objectives (\(named.compactMap(\.code).joined(separator: ", "))); the first is kept as its reference", line: reference.line))
            }
        }
        revisions.add(printed.title, field: "title", objective: objective.id, indicator: nil, note: objectiveNote, line: sheet.fields[titleLabel]?.line ?? sheet.line)
        if let description = printed.description {
            revisions.add(description, field: "description", objective: objective.id, indicator: nil, note: objectiveNote, line: sheet.fields[.description]?.line ?? sheet.line)
        }
        if let weight = printed.weight {
            revisions.add(weight, field: "weight", objective: objective.id, indicator: nil, note: objectiveNote,
                          line: (sheet.fields[.objectiveWeight] ?? sheet.fields[titleLabel])?.line ?? sheet.line)
        }
        for (resource, cell) in zip(printed.resources, sheet.resources.cells) {
            revisions.add(resource.pair, field: "resources/\(resource.year)", objective: objective.id, indicator: nil, note: objectiveNote, line: cell.line)
        }
        if let monitoring = objective.monitoring, let line = sheet.fields[.monitoring]?.line {
            revisions.add(monitoring.collector.printed, field: "monitoring/collector", objective: objective.id, indicator: nil, note: objectiveNote, line: line)
            revisions.add(monitoring.validator.printed, field: "monitoring/validator", objective: objective.id, indicator: nil, note: objectiveNote, line: line)
        }

        // Where only some indicator names are wholly bold, the bold ones were added by the revision.
        let resolvers = sheet.indicators.map(IndicatorResolver.init)
        let cells = resolvers.map { $0.cells() }
        let boldNames = cells.map { $0.name?.isWholly(.bold) ?? false }
        let boldMarksAdditions = boldNames.contains(true) && boldNames.contains(false)
        let struckNames = cells.map { $0.name?.isWholly(.struck) ?? false }
        let notedAdditions = resolvers.map(\.addedByNote)
        for (position, raw) in sheet.indicators.enumerated() {
            var resolver = resolvers[position]
            resolver.markedAsNew = boldMarksAdditions && boldNames[position]
            resolver.removalPrintedApart = struckNames.enumerated().contains { $0.offset != position && $0.element }
            resolver.additionPrintedApart = boldMarksAdditions && boldNames.enumerated().contains { $0.offset != position && $0.element }
            resolver.additionNotedApart = notedAdditions.enumerated().contains { $0.offset != position && $0.element }
            let note = resolver.notes.first?.text
            for (var indicator, printed, status) in resolver.resolve(cells: cells[position], diagnostics: &diagnostics) {
                indicator.id = "\(objective.id)/i\(objective.indicators.count + 1)"
                if status != .active {
                    let name = printed.name
                    revisions.add(PrintedPair(original: status == .added ? nil : name.original ?? name.current,
                                              current: status == .removed ? nil : name.current ?? name.original,
                                              evidence: name.evidence ?? .note),
                                  field: "status", objective: objective.id, indicator: indicator.id, note: note, line: raw.line)
                } else {
                    revisions.addFields(printed, raw: raw, objective: objective.id, indicator: indicator.id, note: note)
                }
                if resolver.notes.contains(where: { !$0.replacesIndicator && !$0.removesIndicator && !$0.addsIndicator }), status == .active,
                   !printed.hasRevision {
                    diagnostics.append(.warning("note-without-marks", "a revision note follows this indicator, but no old value is printed beside the new one", line: raw.line))
                }
                if kind == .piaoRevision, status == .active {
                    for (label, pair) in [(Label.description, printed.name), (.algorithm, printed.algorithm)] where pair?.evidence == nil {
                        if let cell = raw.fields[label], let bold = FieldResolver.unmarkedEmphasis(cell) {
                            diagnostics.append(.warning("unmarked-insertion", "bold words inside the text may be a revision (\(bold)), but no old wording is marked; kept as printed", line: cell.line))
                        }
                    }
                }
                objective.indicators.append(indicator)
            }
        }
        return objective
    }

    /// An operational objective's parent is the strategic objective whose code, or one of whose
    /// listed sub-objectives, it names.
    private static func link(_ objectives: inout [Objective]) {
        defer {
            // An operational objective without a printed area is in its parent's.
            let areas = Dictionary(objectives.filter { $0.level == .strategic }.map { ($0.id, $0.area) }, uniquingKeysWith: { first, _ in first })
            for index in objectives.indices where objectives[index].area == nil {
                if let parent = objectives[index].parent, let area = areas[parent] { objectives[index].area = area }
            }
        }
        // Lookups built once, the first printed objective winning: a document may hold thousands of objectives.
        var byNumbers: [[Int]: String] = [:]
        var byCode: [String: (id: String, isOwnCode: Bool)] = [:]
        for objective in objectives where objective.level == .strategic {
            if let code = objective.code {
                let numbers = components(code)
                if !numbers.isEmpty, byNumbers[numbers] == nil { byNumbers[numbers] = objective.id }
                if byCode[digits(code)] == nil { byCode[digits(code)] = (objective.id, true) }
            }
            for sub in objective.subObjectives {
                if let code = sub.code.map(digits), byCode[code] == nil { byCode[code] = (objective.id, false) }
            }
        }
        for index in objectives.indices where objectives[index].level == .operational {
            if objectives[index].strategicRef == nil, let own = objectives[index].code, own.uppercased().hasPrefix("OP") {
                // "OP2.1.1-03" serves the strategic objective numbered 2.1.1 ("OS02.1.1").
                // "OP12.3.1-01" serves "OS12.3" when no "OS12.3.1" is printed: the longest matching prefix.
                let numbers = components(String(own.prefix { $0 != "-" }))
                objectives[index].parent = stride(from: numbers.count, through: 1, by: -1).lazy.compactMap { byNumbers[Array(numbers.prefix($0))] }.first
                continue
            }
            if objectives[index].strategicRef == nil, let own = objectives[index].code {
                // "1.2.1" (a heading's, a table's code) serves "1.2": the longest shorter prefix printed.
                let numbers = components(own)
                objectives[index].parent = stride(from: numbers.count - 1, through: 1, by: -1).lazy.compactMap { byNumbers[Array(numbers.prefix($0))] }.first
                continue
            }
            guard let code = objectives[index].strategicRef?.code.map(Self.digits), let parent = byCode[code] else { continue }
            objectives[index].parent = parent.id
            // The contract keeps `strategicRef` for a named objective without a sheet of its own; one listed
            // inside a sheet's title (a sub-objective "2.3") keeps its reference.
            if parent.isOwnCode { objectives[index].strategicRef = nil }
        }
    }

    /// "OS02.1.1" → [2, 1, 1].
    static func components(_ code: String) -> [Int] {
        code.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }

    /// "OS 1.1" and "1.1" name the same objective.
    static func digits(_ code: String) -> String { code.filter { $0.isNumber || $0 == "." } }
}

private extension PrintedPair {
    var isRevised: Bool { evidence != nil }
}

private extension Revisable where Value == String {
    var printed: PrintedPair { PrintedPair(original: original, current: current, evidence: evidence) }
}

extension IndicatorResolver.Printed {
    var hasRevision: Bool {
        let pairs = [name, description, algorithm, measure, source, type, weight].compactMap { $0 } + targets.map(\.pair)
        return pairs.contains { $0.evidence != nil }
    }
}
