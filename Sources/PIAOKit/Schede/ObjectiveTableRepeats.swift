extension ObjectiveTableReader {
    /// Objectives of the table that a sheet of the document prints too (a summary table after the
    /// sheets): the sheet is the fuller reading, so the table's are left out, each with a warning.
    /// The operational objectives the table lists under a left-out one are the sheet's.
    static func withoutRepeats(_ tableSheets: [RawSheet], of sheets: [RawSheet], diagnostics: inout [Diagnostic]) -> [RawSheet] {
        guard !sheets.isEmpty, !tableSheets.isEmpty else { return tableSheets }
        let printed = Dictionary(sheets.map { (identity($0), $0.line) }, uniquingKeysWith: { first, _ in first })
        var movedParents: [Int: Int] = [:]
        var kept = tableSheets.filter { sheet in
            guard let line = printed[identity(sheet)] else { return true }
            movedParents[sheet.line] = line
            diagnostics.append(.warning("objective-table-repeats-sheet", "the objectives table repeats the objective of a sheet (\(sheet.fields[sheet.titleLabel]?.text ?? "")): the sheet is read", line: sheet.line))
            return false
        }
        for index in kept.indices {
            if let parent = kept[index].parentSheetLine, let moved = movedParents[parent] { kept[index].parentSheetLine = moved }
        }
        return kept
    }

    /// An objective's level and its code's numbers, or its title when it has no code.
    private static func identity(_ sheet: RawSheet) -> String {
        let parts = ObjectiveResolver.titleParts(sheet.fields[sheet.titleLabel])
        if let code = sheet.fields[.code]?.text ?? parts.code {
            return "\(sheet.level) \(RevisionResolver.digits(code))"
        }
        return "\(sheet.level) \(parts.title?.text.lowercased() ?? "")"
    }
}
