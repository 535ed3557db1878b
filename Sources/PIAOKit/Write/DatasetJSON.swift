/// The per-document JSON of DATA-MODEL.md, field for field. Keys are written in sorted order,
/// the layout `JSONValue` gives every other JSON file of the tool.
public enum DatasetJSON {
    public static func encode(_ dataset: Dataset) -> String {
        String(decoding: bytes(dataset), as: UTF8.self)
    }

    /// The UTF-8 bytes of `encode`, as a file gets them.
    public static func bytes(_ dataset: Dataset) -> [UInt8] {
        var whole: [UInt8] = []
        write(dataset) { whole.append(contentsOf: $0) }
        return whole
    }

    /// The same bytes as `encode`, handed to `sink` in pieces of about `piece` bytes: one objective
    /// is written at a time, so a large document's JSON is never whole in memory.
    static func write(_ dataset: Dataset, piece: Int = 1 << 20, _ sink: ([UInt8]) throws -> Void) rethrows {
        var json = JSONWriter(capacity: min(piece, 1 << 16) + 4096)
        func drain(_ json: inout JSONWriter, _ force: Bool) throws {
            if force || json.bytes.count >= piece { try sink(json.bytes.take()) }
        }
        json.bytes.append("{\n")
        try field("checks", dataset.checks, check, into: &json, drain)
        try field("diagnostics", dataset.diagnostics, diagnostic, into: &json, drain)
        json.bytes.append("  \"document\": ")
        json.begin(level: 1)
        document(&json, dataset.document)
        json.bytes.append(",\n")
        try field("objectives", dataset.objectives, objective, into: &json, drain)
        try field("revisions", dataset.revisions, revision, into: &json, drain)
        json.bytes.append("  \"schema\": ")
        JSONValue.writeString(Dataset.schema, into: &json.bytes)
        json.bytes.append("\n}\n")
        try drain(&json, true)
    }

    /// `"name": [ ... ],` at the top level, an element at a time.
    private static func field<T>(_ name: StaticString, _ items: [T], _ write: (inout JSONWriter, T) -> Void, into json: inout JSONWriter,
                                 _ drain: (inout JSONWriter, Bool) throws -> Void) rethrows {
        json.bytes.append("  \"")
        json.bytes.append(name)
        json.bytes.append("\": ")
        if items.isEmpty {
            json.bytes.append("[],\n")
            return
        }
        json.bytes.append("[\n")
        for (index, item) in items.enumerated() {
            json.bytes.append("    ")
            json.begin(level: 2)
            write(&json, item)
            json.bytes.append(index + 1 < items.count ? ",\n" : "\n")
            try drain(&json, false)
        }
        json.bytes.append("  ],\n")
    }

    private static func document(_ json: inout JSONWriter, _ document: DocumentInfo) {
        json.object { json in
            json.key("act"); json.string(document.act)
            json.key("bytes"); json.integer(document.bytes)
            json.key("entity"); json.string(document.entity)
            json.key("file"); json.string(document.file)
            json.key("format"); json.string(document.format.rawValue)
            json.key("id"); json.string(document.id)
            json.key("kind"); json.string(document.kind.rawValue)
            json.key("period")
            if let period = document.period {
                json.object { json in
                    json.key("end"); json.integer(period.end)
                    json.key("start"); json.integer(period.start)
                }
            } else {
                json.null()
            }
            json.key("sha256"); json.string(document.sha256)
            json.key("title"); json.string(document.title)
        }
    }

    private static func objective(_ json: inout JSONWriter, _ objective: Objective) {
        json.object { json in
            json.key("area"); coded(&json, objective.area)
            json.key("code"); json.string(objective.code)
            json.key("description"); revisable(&json, objective.description) { $0.string($1) }
            json.key("id"); json.string(objective.id)
            json.key("indicators"); json.array(objective.indicators, indicator)
            json.key("level"); json.string(objective.level.rawValue)
            json.key("line"); json.integer(objective.line)
            json.key("missions"); json.array(objective.missions) { coded(&$0, $1) }
            json.key("monitoring")
            if let monitoring = objective.monitoring {
                json.object { json in
                    json.key("collector"); revisable(&json, monitoring.collector) { $0.string($1) }
                    json.key("validator"); revisable(&json, monitoring.validator) { $0.string($1) }
                }
            } else {
                json.null()
            }
            json.key("notes"); json.strings(objective.notes)
            json.key("parent"); json.string(objective.parent)
            json.key("programme"); coded(&json, objective.programme)
            json.key("resources")
            json.array(objective.resources) { json, resource in
                json.object { json in
                    json.key("amount"); revisable(&json, resource.amount) { $0.number($1) }
                    json.key("year"); json.integer(resource.year)
                }
            }
            json.key("section"); json.string(objective.section)
            json.key("status"); json.string(objective.status.rawValue)
            json.key("strategicRef"); coded(&json, objective.strategicRef)
            json.key("subObjectives"); json.array(objective.subObjectives) { coded(&$0, $1) }
            json.key("title"); revisable(&json, objective.title) { $0.string($1) }
            json.key("unit"); json.string(objective.unit)
            json.key("weight"); revisable(&json, objective.weight) { $0.number($1) }
            json.key("weightBasis"); json.string(objective.weightBasis)
        }
    }

    private static func indicator(_ json: inout JSONWriter, _ indicator: Indicator) {
        json.object { json in
            json.key("algorithm"); revisable(&json, indicator.algorithm) { $0.string($1) }
            json.key("baseline")
            if let baseline = indicator.baseline {
                json.object { json in
                    json.key("value"); target(&json, baseline.value)
                    json.key("year"); json.integer(baseline.year)
                }
            } else {
                json.null()
            }
            json.key("code"); json.string(indicator.code)
            json.key("description"); revisable(&json, indicator.description) { $0.string($1) }
            json.key("flags"); json.strings(indicator.flags)
            json.key("id"); json.string(indicator.id)
            json.key("line"); json.integer(indicator.line)
            json.key("measure"); revisable(&json, indicator.measure) { $0.string($1) }
            json.key("name"); revisable(&json, indicator.name) { $0.string($1) }
            json.key("notes"); json.strings(indicator.notes)
            json.key("source"); revisable(&json, indicator.source) { $0.string($1) }
            json.key("status"); json.string(indicator.status.rawValue)
            json.key("targets")
            json.array(indicator.targets) { json, yearTarget in
                json.object { json in
                    json.key("value"); revisable(&json, yearTarget.value, target)
                    json.key("year"); json.integer(yearTarget.year)
                }
            }
            json.key("threshold")
            if let threshold = indicator.threshold { target(&json, threshold) } else { json.null() }
            json.key("type"); revisable(&json, indicator.type) { $0.string($1) }
            json.key("weight"); revisable(&json, indicator.weight) { $0.number($1) }
        }
    }

    private static func target(_ json: inout JSONWriter, _ target: Target) {
        json.object { json in
            json.key("kind"); json.string(target.kind.rawValue)
            json.key("operator"); json.string(target.operator)
            json.key("raw"); json.string(target.raw)
            json.key("unit"); json.string(target.unit)
            json.key("value"); json.number(target.value)
        }
    }

    private static func revision(_ json: inout JSONWriter, _ revision: Revision) {
        json.object { json in
            json.key("current"); json.string(revision.current)
            json.key("evidence"); json.string(revision.evidence.rawValue)
            json.key("field"); json.string(revision.field)
            json.key("id"); json.string(revision.id)
            json.key("indicator"); json.string(revision.indicator)
            json.key("line"); json.integer(revision.line)
            json.key("note"); json.string(revision.note)
            json.key("objective"); json.string(revision.objective)
            json.key("original"); json.string(revision.original)
        }
    }

    private static func check(_ json: inout JSONWriter, _ check: Check) {
        json.object { json in
            json.key("expected"); json.number(check.expected)
            json.key("id"); json.string(check.id)
            json.key("members"); json.strings(check.members)
            json.key("message"); json.string(check.message)
            json.key("phase"); json.string(check.phase.rawValue)
            json.key("rule"); json.string(check.rule)
            json.key("scope"); json.string(check.scope)
            json.key("status"); json.string(check.status.rawValue)
            json.key("sum"); json.number(check.sum)
            json.key("tolerance"); json.number(check.tolerance)
        }
    }

    private static func diagnostic(_ json: inout JSONWriter, _ diagnostic: Diagnostic) {
        json.object { json in
            json.key("code"); json.string(diagnostic.code)
            json.key("line"); json.integer(diagnostic.line)
            json.key("message"); json.string(diagnostic.message)
            json.key("severity"); json.string(diagnostic.severity.rawValue)
        }
    }

    /// `{current, evidence, original}`, or null when the field is absent.
    private static func revisable<T>(_ json: inout JSONWriter, _ value: Revisable<T>?, _ write: (inout JSONWriter, T) -> Void) {
        guard let value else { return json.null() }
        json.object { json in
            json.key("current")
            if let current = value.current { write(&json, current) } else { json.null() }
            json.key("evidence"); json.string(value.evidence?.rawValue)
            json.key("original")
            if let original = value.original { write(&json, original) } else { json.null() }
        }
    }

    private static func coded(_ json: inout JSONWriter, _ value: CodedTitle?) {
        guard let value else { return json.null() }
        json.object { json in
            json.key("code"); json.string(value.code)
            json.key("title"); json.string(value.title)
        }
    }
}
