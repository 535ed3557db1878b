/// The per-document JSON of DATA-MODEL.md, field for field.
public enum DatasetJSON {
    public static func encode(_ dataset: Dataset) -> String {
        var whole: [UInt8] = []
        write(dataset) { whole.append(contentsOf: $0) }
        return String(decoding: whole, as: UTF8.self)
    }

    /// The same bytes as `encode`, handed to `sink` in pieces of about `piece` bytes: one objective's
    /// tree at a time is built, so a large document's JSON is never whole in memory.
    static func write(_ dataset: Dataset, piece: Int = 1 << 20, _ sink: ([UInt8]) throws -> Void) rethrows {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(min(piece, 1 << 16) + 4096)
        func drain(_ buffer: inout [UInt8], _ force: Bool) throws {
            if force || buffer.count >= piece {
                try sink(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        // The top-level keys in sorted order, as `JSONValue` writes an object.
        buffer.append(utf8: "{\n")
        try field("checks", dataset.checks, json, into: &buffer, drain)
        try field("diagnostics", dataset.diagnostics, json, into: &buffer, drain)
        buffer.append(utf8: "  \"document\": ")
        json(dataset.document).write(into: &buffer, indent: 1)
        buffer.append(utf8: ",\n")
        try field("objectives", dataset.objectives, json, into: &buffer, drain)
        try field("revisions", dataset.revisions, json, into: &buffer, drain)
        buffer.append(utf8: "  \"schema\": ")
        JSONValue.string(Dataset.schema).write(into: &buffer, indent: 1)
        buffer.append(utf8: "\n}\n")
        try drain(&buffer, true)
    }

    /// `"name": [ ... ],` at the top level, an element at a time.
    private static func field<T>(_ name: String, _ items: [T], _ json: (T) -> JSONValue, into buffer: inout [UInt8],
                                 _ drain: (inout [UInt8], Bool) throws -> Void) rethrows {
        buffer.append(utf8: "  \"\(name)\": ")
        if items.isEmpty {
            buffer.append(utf8: "[],\n")
            return
        }
        buffer.append(utf8: "[\n")
        for (index, item) in items.enumerated() {
            buffer.append(utf8: "    ")
            json(item).write(into: &buffer, indent: 2)
            buffer.append(utf8: (index + 1 < items.count ? ",\n" : "\n"))
            try drain(&buffer, false)
        }
        buffer.append(utf8: "  ],\n")
    }

    static func json(_ document: DocumentInfo) -> JSONValue {
        .object([
            "id": .string(document.id), "file": .string(document.file), "sha256": .string(document.sha256),
            "bytes": .number(Double(document.bytes)), "format": .string(document.format.rawValue), "kind": .string(document.kind.rawValue),
            "entity": string(document.entity), "title": string(document.title),
            "period": document.period.map { .object(["start": .number(Double($0.start)), "end": .number(Double($0.end))]) } ?? .null,
            "act": string(document.act),
        ])
    }

    static func json(_ objective: Objective) -> JSONValue {
        var fields: [String: JSONValue] = [:]
        fields["id"] = .string(objective.id)
        fields["level"] = .string(objective.level.rawValue)
        fields["code"] = string(objective.code)
        fields["title"] = revisable(objective.title, JSONValue.string)
        fields["description"] = objective.description.map { revisable($0, JSONValue.string) } ?? .null
        fields["parent"] = string(objective.parent)
        fields["area"] = coded(objective.area)
        fields["missions"] = .array(objective.missions.map { coded($0) })
        fields["programme"] = coded(objective.programme)
        fields["subObjectives"] = .array(objective.subObjectives.map { coded($0) })
        fields["strategicRef"] = coded(objective.strategicRef)
        fields["unit"] = string(objective.unit)
        fields["section"] = string(objective.section)
        fields["monitoring"] = objective.monitoring.map(monitoring) ?? .null
        fields["weight"] = objective.weight.map { revisable($0, JSONValue.number) } ?? .null
        fields["weightBasis"] = string(objective.weightBasis)
        fields["resources"] = .array(objective.resources.map(resource))
        fields["status"] = .string(objective.status.rawValue)
        fields["notes"] = .array(objective.notes.map(JSONValue.string))
        fields["indicators"] = .array(objective.indicators.map(json))
        fields["line"] = .number(Double(objective.line))
        return .object(fields)
    }

    private static func monitoring(_ value: Monitoring) -> JSONValue {
        .object(["collector": revisable(value.collector, JSONValue.string), "validator": revisable(value.validator, JSONValue.string)])
    }

    private static func resource(_ value: YearAmount) -> JSONValue {
        .object(["year": .number(Double(value.year)), "amount": revisable(value.amount, JSONValue.number)])
    }

    static func json(_ indicator: Indicator) -> JSONValue {
        var fields: [String: JSONValue] = [:]
        fields["id"] = .string(indicator.id)
        fields["code"] = string(indicator.code)
        fields["name"] = revisable(indicator.name, JSONValue.string)
        fields["description"] = indicator.description.map { revisable($0, JSONValue.string) } ?? .null
        fields["algorithm"] = indicator.algorithm.map { revisable($0, JSONValue.string) } ?? .null
        fields["measure"] = indicator.measure.map { revisable($0, JSONValue.string) } ?? .null
        fields["source"] = indicator.source.map { revisable($0, JSONValue.string) } ?? .null
        fields["type"] = indicator.type.map { revisable($0, JSONValue.string) } ?? .null
        fields["weight"] = indicator.weight.map { revisable($0, JSONValue.number) } ?? .null
        fields["flags"] = .array(indicator.flags.map(JSONValue.string))
        fields["threshold"] = indicator.threshold.map(json) ?? .null
        fields["baseline"] = indicator.baseline.map(baseline) ?? .null
        fields["targets"] = .array(indicator.targets.map(target))
        fields["status"] = .string(indicator.status.rawValue)
        fields["notes"] = .array(indicator.notes.map(JSONValue.string))
        fields["line"] = .number(Double(indicator.line))
        return .object(fields)
    }

    private static func baseline(_ value: Baseline) -> JSONValue {
        .object(["year": value.year.map { .number(Double($0)) } ?? .null, "value": json(value.value)])
    }

    private static func target(_ value: YearTarget) -> JSONValue {
        .object(["year": .number(Double(value.year)), "value": revisable(value.value, json)])
    }

    static func json(_ target: Target) -> JSONValue {
        .object([
            "raw": .string(target.raw), "kind": .string(target.kind.rawValue), "operator": string(target.operator),
            "value": target.value.map(JSONValue.number) ?? .null, "unit": string(target.unit),
        ])
    }

    static func json(_ revision: Revision) -> JSONValue {
        .object([
            "id": .string(revision.id), "objective": .string(revision.objective), "indicator": string(revision.indicator),
            "field": .string(revision.field), "original": string(revision.original), "current": string(revision.current),
            "evidence": .string(revision.evidence.rawValue), "note": string(revision.note), "line": .number(Double(revision.line)),
        ])
    }

    static func json(_ check: Check) -> JSONValue {
        .object([
            "id": .string(check.id), "rule": .string(check.rule), "scope": .string(check.scope), "phase": .string(check.phase.rawValue),
            "members": .array(check.members.map(JSONValue.string)), "sum": check.sum.map(JSONValue.number) ?? .null,
            "expected": .number(check.expected), "tolerance": .number(check.tolerance), "status": .string(check.status.rawValue),
            "message": .string(check.message),
        ])
    }

    static func json(_ diagnostic: Diagnostic) -> JSONValue {
        .object([
            "severity": .string(diagnostic.severity.rawValue), "code": .string(diagnostic.code), "message": .string(diagnostic.message),
            "line": diagnostic.line.map { .number(Double($0)) } ?? .null,
        ])
    }

    private static func revisable<T>(_ value: Revisable<T>, _ encode: (T) -> JSONValue) -> JSONValue {
        .object([
            "current": value.current.map(encode) ?? .null,
            "original": value.original.map(encode) ?? .null,
            "evidence": value.evidence.map { .string($0.rawValue) } ?? .null,
        ])
    }

    private static func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    private static func coded(_ value: CodedTitle?) -> JSONValue {
        guard let value else { return .null }
        return .object(["code": string(value.code), "title": .string(value.title)])
    }
}
