/// Stage 4: resolves every revisable value of every sheet, gives objectives and indicators
/// their stable ids, links operational objectives to their strategic parent, and lists
/// every revision found.
public enum RevisionResolver {
    public static func resolve(_ parsed: ParsedSchede) -> ResolvedPlan {
        var diagnostics = parsed.diagnostics
        var objectives: [Objective] = []
        var revisions = RevisionList()
        var ids = IdAllocator()

        for sheet in parsed.sheets {
            let objectiveResolver = ObjectiveResolver(sheet: sheet)
            let printed = objectiveResolver.printed()
            var objective = objectiveResolver.resolve(printed)
            objective.id = ids.objectiveId(for: objective)
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
            revisions.add(printed.title, field: "title", objective: objective.id, indicator: nil, note: objectiveNote, line: sheet.fields[sheet.level == .strategic ? .strategicObjective : .operationalObjective]?.line ?? sheet.line)
            if let description = printed.description {
                revisions.add(description, field: "description", objective: objective.id, indicator: nil, note: objectiveNote, line: sheet.fields[.description]?.line ?? sheet.line)
            }
            if let weight = printed.weight {
                revisions.add(weight, field: "weight", objective: objective.id, indicator: nil, note: objectiveNote, line: sheet.fields[.objectiveWeight]?.line ?? sheet.line)
            }
            for (resource, cell) in zip(printed.resources, sheet.resources.cells) {
                revisions.add(resource.pair, field: "resources/\(resource.year)", objective: objective.id, indicator: nil, note: objectiveNote, line: cell.line)
            }

            for raw in sheet.indicators {
                let resolver = IndicatorResolver(raw)
                let note = resolver.notes.first?.text
                for (var indicator, printed, status) in resolver.resolve(diagnostics: &diagnostics) {
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
                    if parsed.metadata.kind == .piaoRevision, status == .active {
                        for (label, pair) in [(Label.description, printed.name), (.algorithm, printed.algorithm)] where pair?.evidence == nil {
                            if let cell = raw.fields[label], let bold = FieldResolver.unmarkedEmphasis(cell) {
                                diagnostics.append(.warning("unmarked-insertion", "bold words inside the text may be a revision (\(bold)), but no old wording is marked; kept as printed", line: cell.line))
                            }
                        }
                    }
                    objective.indicators.append(indicator)
                }
            }
            objectives.append(objective)
        }
        link(&objectives)
        return ResolvedPlan(format: parsed.format, metadata: parsed.metadata, objectives: objectives, revisions: revisions.items, diagnostics: diagnostics)
    }

    /// An operational objective's parent is the strategic objective whose code, or one of whose
    /// listed sub-objectives, it names.
    private static func link(_ objectives: inout [Objective]) {
        let strategic = objectives.filter { $0.level == .strategic }
        for index in objectives.indices where objectives[index].level == .operational {
            guard let code = objectives[index].strategicRef?.code else { continue }
            objectives[index].parent = strategic.first { candidate in
                candidate.code == code || candidate.subObjectives.contains { $0.code == code }
            }?.id
        }
    }
}

private extension PrintedPair {
    var isRevised: Bool { evidence != nil }
}

extension IndicatorResolver.Printed {
    var hasRevision: Bool {
        let pairs = [name, algorithm, measure, source, type, weight].compactMap { $0 } + targets.map(\.pair)
        return pairs.contains { $0.evidence != nil }
    }
}
