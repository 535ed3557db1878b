/// A cell of a layout line, in its table column.
struct PlacedCell {
    var column: Int
    var text: String
}

/// `pdftotext -layout` wraps a long cell onto the next lines, under its own column. These rules
/// tell such a line from a row of its own, and join it back to the row above; the line it came
/// from stays, empty, so line numbers do not move. Each rule is a shape seen in Camera documents.
enum WrappedCells {
    static func join(_ rows: inout [[PlacedCell]]) {
        var owner: Int?
        for index in rows.indices {
            if let row = owner, continues(rows[index], rows[row]) {
                for cell in rows[index] {
                    let position = rows[row].firstIndex { $0.column == cell.column }!
                    rows[row][position].text += (hyphenated(rows[row][position].text) ? "" : " ") + cell.text
                }
                rows[index] = []
            } else {
                owner = index
            }
        }
    }

    /// A line that only continues cells of the row above: each of its cells sits under a cell of
    /// that row and opens as no label or value would — a lower-case word, a bracket, a comma:
    /// "Numero di presenze registrate" / "(fonte: registri)". In the first column, where a new row
    /// may open with a code ("kpi1.1.1_03"), only a word of letters alone continues ("delle azioni").
    private static func continues(_ line: [PlacedCell], _ row: [PlacedCell]) -> Bool {
        if line.count == 1, line[0].column == 0, row[0].column == 0, wrapsName(line[0].text, of: row.map(\.text)) { return true }
        // Under "Label: | value" (or a sheet's label, "OBIETTIVO OPERATIVO | OO 1.4.2 – REALIZZAZIONE DI …"), a
        // lone cell under the value that is not a value itself continues it ("Area di responsabilità: |
        // Promozione e Sviluppo" / "Economico"; "COMPARTO TURISTICO …" in capitals, a cell aligned at its top).
        if line.count == 1, row.count == 2, row[0].column == 0, row[0].text.hasSuffix(":") || Label.match(row[0].text) != nil,
           line[0].column == row[1].column, !isValue(line[0].text) {
            return true
        }
        // A label wrapped before its colon ("D.M. 27/03/2013" / "Missione:"), its value maybe with it.
        if row.count == 2, row[0].column == 0, !row[0].text.hasSuffix(":"), line.count <= 2, line[0].column == 0,
           line[0].text.hasSuffix(":"), line.dropFirst().allSatisfy({ $0.column == row[1].column && !isValue($0.text) }) {
            return true
        }
        // Under a data row, a line opening with the rest of its name continues every cell it has, as
        // long as none of them is a value ("… dell'amministrazione | Pubblica | | partire dal 30/11").
        if let first = line.first, first.column == 0, continuesName(first.text), holdsValues(row),
           line.allSatisfy({ cell in row.contains { $0.column == cell.column } && !isValue(cell.text) }) {
            return true
        }
        return !line.isEmpty && line.allSatisfy { cell in
            guard let above = row.first(where: { $0.column == cell.column }), let opening = cell.text.unicodeScalars.first else { return false }
            if cell.column == 0 { return continuesName(cell.text) || hyphenated(above.text) }
            // A bracket left open above is closed here ("(progetto FNP" / "2025-2026)"), or a text cut after a dash or comma goes on.
            let leftOpen = leavesBracketOpen(above.text)
                || above.text.last.map { "-–,;(/".contains($0) } == true
            let dashThenWord = (opening == "-" || opening == "–") && cell.text.dropFirst().first == " "
                && cell.text.dropFirst(2).first?.isLetter == true
            return leftOpen || dashThenWord || opening.properties.isLowercase || "(,;/&".unicodeScalars.contains(opening)
        }
    }

    /// A first cell alone under a data row of three cells or more is that row's name wrapped, whatever
    /// its case ("Media del grado di" under "Grado di raggiungimento | Efficacia | % | …"), unless it is a caption.
    static func wrapsName(_ text: String, of row: [String]) -> Bool {
        row.count >= 3 && !text.hasSuffix(":") && row.dropFirst().contains(where: isValue)
    }

    /// More brackets opened than closed: the text goes on in the next piece ("(progetto FNP" / "2025-2026)").
    static func leavesBracketOpen(_ text: String) -> Bool {
        text.utf8.count { $0 == UInt8(ascii: "(") } > text.utf8.count { $0 == UInt8(ascii: ")") }
    }

    /// A word cut at a hyphen at the end of the line ("CCIAA PT-" / "PO:"): joined without a space.
    static func hyphenated(_ text: String) -> Bool {
        text.hasSuffix("-") && text.dropLast().last?.isLetter == true
    }

    /// A data row, not a header: some cell after the first is a value ("100%", "n.d.", ">=", "€ 5").
    private static func holdsValues(_ row: [PlacedCell]) -> Bool {
        row.dropFirst().contains { isValue($0.text) }
    }

    private static func isValue(_ text: String) -> Bool {
        guard let opening = text.unicodeScalars.first else { return false }
        return ("0"..."9").contains(opening) || "<>=≥≤%€".unicodeScalars.contains(opening) || text.hasASCIIPrefix("n.d")
    }

    /// A first cell that goes on with a name: a lower-case word of letters ("delle", "dell'ente"), which
    /// a code opening a new row ("kpi1.1.1_03") is not.
    static func continuesName(_ text: String) -> Bool {
        guard let opening = text.unicodeScalars.first, opening.properties.isLowercase else { return false }
        return text.prefix { $0 != " " }.allSatisfy { $0.isLetter || $0 == "'" || $0 == "’" }
    }
}
