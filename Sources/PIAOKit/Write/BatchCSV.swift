/// The batch tables of DATA-MODEL.md: one row per item, `document_id` on every row, an empty
/// cell for null, and `X` / `X_original` for every revisable field.
public enum BatchCSV {
    public static func tables(_ datasets: [Dataset]) -> [CSVTable] {
        var documents = CSVTable(name: "documents", header: ["document_id", "file", "sha256", "bytes", "format", "kind", "entity", "title",
                                                               "period_start", "period_end", "act", "objectives", "indicators", "revisions",
                                                               "failed_checks", "diagnostics"])
        var objectives = CSVTable(name: "objectives", header: ["document_id", "objective_id", "level", "code", "title", "title_original",
                                                                 "description", "description_original", "parent", "area_code", "area_title",
                                                                 "missions", "programme_code", "programme_title", "sub_objectives",
                                                                 "strategic_ref_code", "strategic_ref_title", "unit", "section",
                                                                 "weight", "weight_original", "weight_basis", "status", "notes", "line"])
        var indicators = CSVTable(name: "indicators", header: ["document_id", "indicator_id", "objective_id", "code", "name", "name_original",
                                                                 "algorithm", "algorithm_original", "measure", "measure_original",
                                                                 "source", "source_original", "type", "type_original", "weight", "weight_original",
                                                                 "flags", "threshold", "baseline_year", "baseline", "status", "notes", "line"])
        var targets = CSVTable(name: "targets", header: ["document_id", "indicator_id", "objective_id", "year", "target", "target_original",
                                                           "kind", "operator", "value", "value_original", "unit", "evidence"])
        var resources = CSVTable(name: "resources", header: ["document_id", "objective_id", "year", "amount", "amount_original", "evidence"])
        var revisions = CSVTable(name: "revisions", header: ["document_id", "revision_id", "objective_id", "indicator_id", "field",
                                                               "original", "current", "evidence", "note", "line"])
        var checks = CSVTable(name: "checks", header: ["document_id", "check_id", "rule", "scope", "phase", "members", "sum", "expected",
                                                         "tolerance", "status", "message"])

        for dataset in datasets {
            let document = dataset.document
            let id = document.id
            let indicatorCount = dataset.objectives.reduce(0) { $0 + $1.indicators.count }
            documents.append([id, document.file, document.sha256, String(document.bytes), document.format.rawValue, document.kind.rawValue,
                              text(document.entity), text(document.title), text(document.period.map { String($0.start) }),
                              text(document.period.map { String($0.end) }), text(document.act), String(dataset.objectives.count),
                              String(indicatorCount), String(dataset.revisions.count),
                              String(dataset.checks.filter { $0.status == .fail }.count), String(dataset.diagnostics.count)])
            for objective in dataset.objectives {
                objectives.append([id, objective.id, objective.level.rawValue, text(objective.code),
                                   text(objective.title.current), text(objective.title.original),
                                   text(objective.description?.current), text(objective.description?.original),
                                   text(objective.parent), text(objective.area?.code), text(objective.area?.title),
                                   objective.missions.map(coded).joined(separator: "; "),
                                   text(objective.programme?.code), text(objective.programme?.title),
                                   objective.subObjectives.map(coded).joined(separator: "; "),
                                   text(objective.strategicRef?.code), text(objective.strategicRef?.title),
                                   text(objective.unit), text(objective.section),
                                   number(objective.weight?.current), number(objective.weight?.original), text(objective.weightBasis),
                                   objective.status.rawValue, objective.notes.joined(separator: "\n"), String(objective.line)])
                for resource in objective.resources {
                    resources.append([id, objective.id, String(resource.year), number(resource.amount.current),
                                      number(resource.amount.original), text(resource.amount.evidence?.rawValue)])
                }
                for indicator in objective.indicators {
                    indicators.append([id, indicator.id, objective.id, text(indicator.code),
                                       text(indicator.name.current), text(indicator.name.original),
                                       text(indicator.algorithm?.current), text(indicator.algorithm?.original),
                                       text(indicator.measure?.current), text(indicator.measure?.original),
                                       text(indicator.source?.current), text(indicator.source?.original),
                                       text(indicator.type?.current), text(indicator.type?.original),
                                       number(indicator.weight?.current), number(indicator.weight?.original),
                                       indicator.flags.joined(separator: " "), text(indicator.threshold?.raw),
                                       text(indicator.baseline?.year.map(String.init)), text(indicator.baseline?.value.raw),
                                       indicator.status.rawValue, indicator.notes.joined(separator: "\n"), String(indicator.line)])
                    for target in indicator.targets {
                        let value = target.value
                        targets.append([id, indicator.id, objective.id, String(target.year), text(value.current?.raw), text(value.original?.raw),
                                        text((value.current ?? value.original)?.kind.rawValue), text((value.current ?? value.original)?.operator),
                                        number(value.current?.value), number(value.original?.value),
                                        text((value.current ?? value.original)?.unit), text(value.evidence?.rawValue)])
                    }
                }
            }
            for revision in dataset.revisions {
                revisions.append([id, revision.id, revision.objective, text(revision.indicator), revision.field, text(revision.original),
                                  text(revision.current), revision.evidence.rawValue, text(revision.note), String(revision.line)])
            }
            for check in dataset.checks {
                checks.append([id, check.id, check.rule, check.scope, check.phase.rawValue, check.members.joined(separator: "; "),
                               number(check.sum), number(check.expected), number(check.tolerance), check.status.rawValue, check.message])
            }
        }
        return [documents, objectives, indicators, targets, resources, revisions, checks]
    }

    private static func text(_ value: String?) -> String { value ?? "" }
    private static func number(_ value: Double?) -> String { value.map(JSONNumber.format) ?? "" }
    private static func coded(_ value: CodedTitle) -> String { [value.code, value.title].compactMap { $0 }.joined(separator: " - ") }
}
