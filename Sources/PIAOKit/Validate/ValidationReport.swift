/// The checks as a report shaped like `frictionless validate --json` ({valid, stats, tasks: [{errors}]}),
/// with our own error types, so tools that read frictionless reports read ours.
public enum ValidationReport {
    /// `weight-sum` for a group that does not add up, `weight-consistency` for one weight printed twice.
    static func errorType(_ rule: String) -> String { rule == "weight-consistency" ? "weight-consistency" : "weight-sum" }

    public static func json(_ result: BatchRunner.Result) -> JSONValue {
        var errorCount = result.failures.count
        var tasks: [JSONValue] = result.datasets.map { dataset in
            let errors = dataset.checks.filter { $0.status == .fail }.map { check -> JSONValue in
                .object([
                    "type": .string(errorType(check.rule)), "title": .string(check.rule), "message": .string(check.message),
                    "note": .string("\(check.scope) (\(check.phase.rawValue))"), "check": .string(check.id),
                    "scope": .string(check.scope), "phase": .string(check.phase.rawValue),
                    "sum": check.sum.map(JSONValue.number) ?? .null, "expected": .number(check.expected),
                    "members": .array(check.members.map(JSONValue.string)),
                ])
            }
            errorCount += errors.count
            let warnings = dataset.diagnostics.map { diagnostic -> JSONValue in
                .string("\(diagnostic.code)\(diagnostic.line.map { " (line \($0))" } ?? ""): \(diagnostic.message)")
            }
            return .object([
                "name": .string(dataset.document.id), "type": .string("document"), "place": .string(dataset.document.file),
                "valid": .bool(errors.isEmpty),
                "stats": .object(["errors": .number(Double(errors.count)), "warnings": .number(Double(warnings.count)),
                                  "checks": .number(Double(dataset.checks.count))]),
                "errors": .array(errors), "warnings": .array(warnings),
            ])
        }
        tasks += result.failures.map { failure in
            .object([
                "name": .string(failure.file), "type": .string("document"), "place": .string(failure.file), "valid": .bool(false),
                "stats": .object(["errors": .number(1), "warnings": .number(0), "checks": .number(0)]),
                "errors": .array([.object(["type": .string("unreadable"), "title": .string("unreadable"), "message": .string(failure.message),
                                           "note": .string(failure.file)])]),
                "warnings": .array([]),
            ])
        }
        return .object([
            "valid": .bool(errorCount == 0),
            "stats": .object(["tasks": .number(Double(tasks.count)), "errors": .number(Double(errorCount))]),
            "tasks": .array(tasks),
        ])
    }
}
