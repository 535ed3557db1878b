/// Deterministic text dumps of each stage's product (`piao inspect`), so that a user whose
/// document comes out wrong can see which stage misread it, and tests can pin each stage.
public enum StageDumps {
    /// Runs with their marks: [del:…] struck, [b:…] bold.
    public static func runs(_ runs: [StyledRun]) -> String {
        runs.map { run in
            let text = run.text.replacingOccurrences(of: "\t", with: " ⇥ ").replacingOccurrences(of: "\n", with: " ¶ ")
            var marks: [String] = []
            if run.isStruck { marks.append("del") }
            if run.isBold { marks.append("b") }
            return marks.isEmpty ? text : "[\(marks.joined(separator: ",")):\(text)]"
        }.joined()
    }

    public static func normalized(_ text: NormalizedText) -> String {
        var output = "format: \(text.format.rawValue)\n"
        for line in text.lines where !line.isBlank {
            output += "L\(line.number)\(line.headingLevel > 0 ? " h\(line.headingLevel)" : ""): \(runs(line.runs))\n"
        }
        return output
    }

    public static func layout(_ layout: Layout) -> String {
        var output = ""
        for block in layout.blocks {
            switch block {
            case let .heading(level, cell):
                output += "L\(cell.line) heading \(level): \(cell.text)\n"
            case let .paragraph(cells):
                output += "L\(cells[0].line)-\(cells.last!.line) paragraph: \(excerpt(cells.map(\.text).joined(separator: " ")))\n"
            case let .table(rows):
                output += "L\(rows[0].line)-\(rows.last!.line) table, \(rows.count) rows\n"
                for row in rows {
                    output += "  L\(row.line): " + row.cells.map { excerpt(runs($0.runs), limit: 40) }.joined(separator: " | ") + "\n"
                }
            }
        }
        return output
    }

    /// The rows rebuilt from a flat text's label lines (`LabelledLines`), its blank-line paragraphs
    /// merged or not, or nil when no line opens with a label.
    public static func labelRows(_ layout: Layout, mergingParagraphs: Bool) -> String? {
        LabelledLines.rebuild(layout, mergingParagraphs: mergingParagraphs).map { self.layout($0) }
    }

    public static func schede(_ schede: ParsedSchede) -> String {
        var output = "kind: \(schede.metadata.kind.rawValue)\nentity: \(schede.metadata.entity ?? "-")\ntitle: \(schede.metadata.title ?? "-")\n"
        output += "act: \(schede.metadata.act ?? "-")\nperiod: \(schede.metadata.period.map { "\($0.start)-\($0.end)" } ?? "-")\n"
        for sheet in schede.sheets {
            output += "sheet \(sheet.level.rawValue) L\(sheet.line)\(sheet.section.map { " [\($0)]" } ?? "")\n"
            for label in Label.allCases {
                if let cell = sheet.fields[label] { output += "  \(label.rawValue) L\(cell.line): \(excerpt(runs(cell.runs)))\n" }
            }
            if !sheet.resources.cells.isEmpty {
                output += "  resources \(sheet.resources.years): " + sheet.resources.cells.map { runs($0.runs) }.joined(separator: " | ") + "\n"
            }
            for note in sheet.notes { output += "  note L\(note.line): \(excerpt(note.text))\n" }
            for indicator in sheet.indicators {
                output += "  indicator L\(indicator.line)\n"
                for label in Label.allCases {
                    if let cell = indicator.fields[label] { output += "    \(label.rawValue) L\(cell.line): \(excerpt(runs(cell.runs)))\n" }
                }
                if !indicator.targets.cells.isEmpty {
                    output += "    targets \(indicator.targets.years): " + indicator.targets.cells.map { runs($0.runs) }.joined(separator: " | ") + "\n"
                }
                for note in indicator.notes { output += "    note L\(note.line): \(excerpt(note.text))\n" }
            }
        }
        for diagnostic in schede.diagnostics { output += "diagnostic \(diagnostic.code) L\(diagnostic.line.map(String.init) ?? "-"): \(diagnostic.message)\n" }
        return output
    }

    public static func checks(_ dataset: Dataset) -> String {
        dataset.checks.map { check in
            "\(check.id) \(check.rule) \(check.scope) \(check.phase.rawValue): \(check.status.rawValue) sum=\(check.sum.map(JSONNumber.format) ?? "-") — \(check.message)"
        }.joined(separator: "\n") + "\n"
    }

    private static func excerpt(_ text: String, limit: Int = 100) -> String {
        text.count > limit ? String(text.prefix(limit)) + "…" : text
    }
}
