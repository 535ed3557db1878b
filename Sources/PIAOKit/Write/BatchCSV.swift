/// The batch tables of DATA-MODEL.md, filled from the datasets: one row per item, `document_id`
/// on every row, null as an empty cell. Columns follow `TableSpecs`.
public enum BatchCSV {
    public static func tables(_ datasets: [Dataset]) -> [CSVTable] {
        var tables = TableSpecs.all.map { CSVTable(spec: $0) }
        for dataset in datasets {
            rows(dataset) { name, row in tables[TableSpecs.index[name]!].append(row) }
        }
        return tables
    }

    /// One document's rows, table by table, handed on one at a time: a batch writing them out
    /// never holds a document's rows all at once. Each row names its values in its table's column order.
    static func rows(_ dataset: Dataset, _ emit: (_ table: String, _ row: CSVRow) -> Void) {
        let id = CellValue.text(dataset.document.id)
        emit("documents", documentRow(dataset))
        for objective in dataset.objectives {
            let objectiveKey = key(dataset, objective.id)
            emit("objectives", objectiveRow(objective, key: objectiveKey, document: id))
            for resource in objective.resources {
                emit("resources", ["objective_key": objectiveKey, "document_id": id, "objective_id": .of(objective.id), "year": .of(resource.year),
                                   "amount_eur": .of(resource.amount.current), "amount_eur_original": .of(resource.amount.original),
                                   "evidence": .of(resource.amount.evidence?.rawValue)])
            }
            for indicator in objective.indicators {
                let indicatorKey = key(dataset, indicator.id)
                emit("indicators", indicatorRow(indicator, key: indicatorKey, objective: objective.id, objectiveKey: objectiveKey, document: id))
                for target in indicator.targets {
                    let value = target.value
                    let shown = value.current ?? value.original
                    emit("targets", ["indicator_key": indicatorKey, "document_id": id, "indicator_id": .of(indicator.id), "objective_id": .of(objective.id),
                                     "year": .of(target.year), "target": .of(value.current?.raw), "target_original": .of(value.original?.raw),
                                     "kind": .of(shown?.kind.rawValue), "operator": .of(shown?.operator),
                                     "value": .of(value.current?.value), "value_original": .of(value.original?.value),
                                     "unit": .of(shown?.unit), "evidence": .of(value.evidence?.rawValue)])
                }
            }
        }
        let objectiveIds = Set(dataset.objectives.map(\.id))
        for revision in dataset.revisions {
            emit("revisions", ["document_id": id, "revision_id": .of(revision.id), "objective_key": key(dataset, revision.objective),
                               "indicator_key": revision.indicator.map { key(dataset, $0) } ?? .text(nil), "objective_id": .of(revision.objective),
                               "indicator_id": .of(revision.indicator), "field": .of(revision.field), "original": .of(revision.original),
                               "current": .of(revision.current), "evidence": .of(revision.evidence.rawValue), "note": .of(revision.note),
                               "line": .of(revision.line)])
        }
        for check in dataset.checks {
            let objective = objectiveIds.contains(check.scope)
            emit("checks", ["document_id": id, "check_id": .of(check.id), "rule": .of(check.rule), "scope": .of(check.scope),
                            "objective_key": objective ? key(dataset, check.scope) : .text(nil), "objective_id": .of(objective ? check.scope : nil),
                            "phase": .of(check.phase.rawValue), "members": .of(check.members.joined(separator: "; ")),
                            "sum_percent": .of(check.sum), "expected_percent": .of(check.expected),
                            "tolerance_percent": .of(check.tolerance), "status": .of(check.status.rawValue), "message": .of(check.message)])
        }
    }

    private static func key(_ dataset: Dataset, _ id: String) -> CellValue { .text(dataset.document.id + "/" + id) }

    private static func documentRow(_ dataset: Dataset) -> CSVRow {
        let document = dataset.document
        return ["document_id": .of(document.id), "file": .of(document.file), "sha256": .of(document.sha256), "bytes": .of(document.bytes),
                "format": .of(document.format.rawValue), "kind": .of(document.kind.rawValue), "entity": .of(document.entity),
                "title": .of(document.title), "period_start": .of(document.period?.start), "period_end": .of(document.period?.end),
                "act": .of(document.act), "objectives": .of(dataset.objectives.count),
                "indicators": .of(dataset.objectives.reduce(0) { $0 + $1.indicators.count }), "revisions": .of(dataset.revisions.count),
                "failed_checks": .of(dataset.checks.filter { $0.status == .fail }.count), "diagnostics": .of(dataset.diagnostics.count)]
    }

    private static func objectiveRow(_ objective: Objective, key: CellValue, document: CellValue) -> CSVRow {
        ["objective_key": key, "document_id": document, "objective_id": .of(objective.id), "level": .of(objective.level.rawValue), "code": .of(objective.code),
         "title": .of(objective.title.current), "title_original": .of(objective.title.original),
         "description": .of(objective.description?.current), "description_original": .of(objective.description?.original),
         "parent_id": .of(objective.parent), "area_code": .of(objective.area?.code), "area_title": .of(objective.area?.title),
         "missions": .of(joined(objective.missions)), "programme_code": .of(objective.programme?.code), "programme_title": .of(objective.programme?.title),
         "sub_objectives": .of(joined(objective.subObjectives)), "strategic_ref_code": .of(objective.strategicRef?.code),
         "strategic_ref_title": .of(objective.strategicRef?.title), "unit": .of(objective.unit), "section": .of(objective.section),
         "weight_percent": .of(objective.weight?.current), "weight_percent_original": .of(objective.weight?.original),
         "weight_basis": .of(objective.weightBasis), "status": .of(objective.status.rawValue),
         "notes": .of(objective.notes.isEmpty ? nil : objective.notes.joined(separator: "\n")), "line": .of(objective.line)]
    }

    private static func indicatorRow(_ indicator: Indicator, key: CellValue, objective: String, objectiveKey: CellValue, document: CellValue) -> CSVRow {
        ["indicator_key": key, "document_id": document, "indicator_id": .of(indicator.id), "objective_key": objectiveKey,
         "objective_id": .of(objective), "code": .of(indicator.code),
         "name": .of(indicator.name.current), "name_original": .of(indicator.name.original),
         "description": .of(indicator.description?.current), "description_original": .of(indicator.description?.original),
         "algorithm": .of(indicator.algorithm?.current), "algorithm_original": .of(indicator.algorithm?.original),
         "measure": .of(indicator.measure?.current), "measure_original": .of(indicator.measure?.original),
         "source": .of(indicator.source?.current), "source_original": .of(indicator.source?.original),
         "type": .of(indicator.type?.current), "type_original": .of(indicator.type?.original),
         "weight_percent": .of(indicator.weight?.current), "weight_percent_original": .of(indicator.weight?.original),
         "flags": .of(indicator.flags.isEmpty ? nil : indicator.flags.joined(separator: " ")), "threshold": .of(indicator.threshold?.raw),
         "baseline_year": .of(indicator.baseline?.year), "baseline": .of(indicator.baseline?.value.raw),
         "status": .of(indicator.status.rawValue), "notes": .of(indicator.notes.isEmpty ? nil : indicator.notes.joined(separator: "\n")),
         "line": .of(indicator.line)]
    }

    private static func joined(_ values: [CodedTitle]) -> String? {
        values.isEmpty ? nil : values.map { [$0.code, $0.title].compactMap { $0 }.joined(separator: " - ") }.joined(separator: "; ")
    }
}
