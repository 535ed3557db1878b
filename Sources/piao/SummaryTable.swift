import PIAOKit

/// The closing summary of a batch: one row per document, aligned for a terminal.
enum SummaryTable {
    static func render(_ summaries: [DocumentSummary], failures: [BatchRunner.Failure]) -> String {
        let header = ["document", "kind", "objectives", "indicators", "revisions", "failed checks", "diagnostics"]
        var rows = summaries.map { summary -> [String] in
            [summary.document.id, summary.document.kind.rawValue, String(summary.objectives), String(summary.indicators),
             String(summary.revisions), String(summary.failedChecks), String(summary.diagnostics)]
        }
        rows += failures.map { [($0.file as NSString).lastPathComponent, "unreadable", "-", "-", "-", "-", "-"] }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        return ([header] + rows).map { row in
            row.enumerated().map { column, text in
                column < 2 ? text.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - text.count) + text
            }.joined(separator: "  ")
        }.joined(separator: "\n")
    }
}

import Foundation
