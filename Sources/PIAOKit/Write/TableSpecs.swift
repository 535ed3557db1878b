/// The batch tables of DATA-MODEL.md. Units stand in the column names (`weight_percent`,
/// `amount_eur`), as the AgID open-data guidelines ask; every revisable field has `X` and `X_original`.
public enum TableSpecs {
    typealias Spec = TableSpec
    private static let documents = Spec.ForeignKey(fields: ["document_id"], table: "documents", reference: ["document_id"])
    // Keys unique in a batch ("000_…/os-1.1"): a foreign key of one column can be empty where a row has no subject.
    private static let objectives = Spec.ForeignKey(fields: ["objective_key"], table: "objectives", reference: ["objective_key"])
    private static let indicators = Spec.ForeignKey(fields: ["indicator_key"], table: "indicators", reference: ["indicator_key"])

    /// Each table's position in `all`, by name.
    static let index = Dictionary(uniqueKeysWithValues: all.enumerated().map { ($1.name, $0) })

    public static let all: [TableSpec] = [
        Spec(name: "documents", title: "Source documents", columns: [
            Spec.documentKey, Spec.column("file", "Path of the source file", required: true),
            Spec.column("sha256", "SHA-256 of the source bytes", required: true), Spec.column("bytes", "Size in bytes", type: .integer, required: true),
            Spec.column("format", "How the text was converted", required: true, values: ["markdown-html", "tabular-text", "flow-text", "html"]),
            Spec.column("kind", "Kind of plan", required: true, values: ["piao", "piao-revision", "pira", "performance-plan", "unknown"]),
            Spec.column("entity", "The Chamber of Commerce, as printed"), Spec.column("title", "Title as printed"),
            Spec.column("period_start", "First year of the plan", type: .integer), Spec.column("period_end", "Last year of the plan", type: .integer),
            Spec.column("act", "Act that adopted the document"),
            Spec.column("objectives", "Objectives found", type: .integer, required: true), Spec.column("indicators", "Indicators found", type: .integer, required: true),
            Spec.column("revisions", "Revisions found", type: .integer, required: true), Spec.column("failed_checks", "Weight checks that fail", type: .integer, required: true),
            Spec.column("diagnostics", "Problems reported while reading", type: .integer, required: true),
        ], primaryKey: ["document_id"], foreignKeys: []),
        Spec(name: "objectives", title: "Strategic and operational objectives", columns: [
            Spec.objectiveKey, Spec.documentKey, Spec.column("objective_id", "Stable id in the document (os-1.1, oo-3)", required: true),
            Spec.column("level", "Strategic or operational", required: true, values: ["strategic", "operational"]),
            Spec.column("code", "Code as printed"),
        ] + Spec.revisable("title", "Title") + Spec.revisable("description", "Description") + [
            Spec.column("parent_id", "Strategic objective an operational one serves"),
            Spec.column("area_code", "Strategic line or area"), Spec.column("area_title", "Strategic line or area"),
            Spec.column("missions", "Missions, 'code - title' joined by '; '"),
            Spec.column("programme_code", "Programme"), Spec.column("programme_title", "Programme"),
            Spec.column("sub_objectives", "Sub-objectives listed in the title"),
            Spec.column("strategic_ref_code", "Named strategic objective without a sheet"), Spec.column("strategic_ref_title", "Its title"),
            Spec.column("unit", "Organisational unit"), Spec.column("section", "Heading the sheet is printed under"),
        ] + Spec.revisable("weight_percent", "Weight in percent", type: .number) + [
            Spec.column("weight_basis", "What the weight is relative to"),
            Spec.column("status", "Active, added or removed by the revision", required: true, values: ["active", "added", "removed"]),
            Spec.column("notes", "Notes, one per line"), Spec.column("line", "Source line", type: .integer, required: true),
        ], primaryKey: ["objective_key"], foreignKeys: [documents]),
        Spec(name: "indicators", title: "Indicators", columns: [
            Spec.indicatorKey, Spec.documentKey, Spec.column("indicator_id", "Stable id (os-1.1/i2)", required: true),
            Spec.objectiveRef(required: true), Spec.column("objective_id", "Objective measured", required: true), Spec.column("code", "Code as printed"),
        ] + Spec.revisable("name", "Name") + Spec.revisable("description", "What it signals") + Spec.revisable("algorithm", "Algorithm")
            + Spec.revisable("measure", "Unit of measure") + Spec.revisable("source", "Data source") + Spec.revisable("type", "Type")
            + Spec.revisable("weight_percent", "Weight in percent", type: .number) + [
            Spec.column("flags", "Printed markers (C, S, A)"), Spec.column("threshold", "Threshold as printed"),
            Spec.column("baseline_year", "Baseline year", type: .integer), Spec.column("baseline", "Baseline as printed"),
            Spec.column("status", "Active, added or removed", required: true, values: ["active", "added", "removed"]),
            Spec.column("notes", "Notes, one per line"), Spec.column("line", "Source line", type: .integer, required: true),
        ], primaryKey: ["indicator_key"], foreignKeys: [documents, objectives]),
        Spec(name: "targets", title: "Targets per year", columns: [
            Spec.indicatorRef(required: true), Spec.documentKey, Spec.column("indicator_id", "Indicator", required: true),
            Spec.column("objective_id", "Objective", required: true), Spec.column("year", "Year", type: .integer, required: true),
        ] + Spec.revisable("target", "Target as printed") + [
            Spec.column("kind", "Kind of target", values: ["number", "boolean", "date", "not-applicable", "not-available", "text"]),
            Spec.column("operator", "Comparison", values: [">=", "<=", ">", "<", "="]),
        ] + Spec.revisable("value", "Number read from the target", type: .number) + [
            Spec.column("unit", "Unit of the value"), Spec.column("evidence", "How a revision was seen", values: ["strikethrough", "adjacent-values", "note"]),
        ], primaryKey: ["indicator_key", "year"], foreignKeys: [documents, indicators]),
        Spec(name: "resources", title: "Resources allocated per year", columns: [
            Spec.objectiveRef(required: true), Spec.documentKey, Spec.column("objective_id", "Objective", required: true),
            Spec.column("year", "Year", type: .integer, required: true),
        ] + Spec.revisable("amount_eur", "Amount in euro", type: .number) + [
            Spec.column("evidence", "How a revision was seen", values: ["strikethrough", "adjacent-values", "note"]),
        ], primaryKey: ["objective_key", "year"], foreignKeys: [documents, objectives]),
        Spec(name: "revisions", title: "Every revision found (old → new)", columns: [
            Spec.documentKey, Spec.column("revision_id", "Id in the document", required: true),
            Spec.objectiveRef(required: true), Spec.indicatorRef(required: false),
            Spec.column("objective_id", "Objective", required: true), Spec.column("indicator_id", "Indicator, if any"),
            Spec.column("field", "Field changed (weight, targets/2025, status, …)", required: true),
            Spec.column("original", "As first printed"), Spec.column("current", "As revised"),
            Spec.column("evidence", "How it was seen", required: true, values: ["strikethrough", "adjacent-values", "note"]),
            Spec.column("note", "Revision note"), Spec.column("line", "Source line", type: .integer, required: true),
        ], primaryKey: ["document_id", "revision_id"], foreignKeys: [documents, objectives, indicators]),
        Spec(name: "checks", title: "Weight checks, before and after the revision", columns: [
            Spec.documentKey, Spec.column("check_id", "Id in the document", required: true),
            Spec.column("rule", "Rule", required: true, values: ["indicator-weights", "objective-weights", "weight-consistency"]),
            Spec.column("scope", "Objective id or group (area:1, unit:…, parent:…)", required: true),
            Spec.objectiveRef(required: false), Spec.column("objective_id", "The objective checked, when the scope is one"),
            Spec.column("phase", "Plan as approved or as revised", required: true, values: ["original", "current"]),
            Spec.column("members", "Items summed, joined by '; '"), Spec.column("sum_percent", "Sum of the weights", type: .number),
            Spec.column("expected_percent", "Expected sum", type: .number, required: true), Spec.column("tolerance_percent", "Tolerance", type: .number, required: true),
            Spec.column("status", "Verdict", required: true, values: ["pass", "fail", "skipped"]), Spec.column("message", "Explanation", required: true),
        ], primaryKey: ["document_id", "check_id"], foreignKeys: [documents, objectives]),
    ]
}
