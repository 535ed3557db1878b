import Foundation

/// Revision notes ("REVISIONE ATTUATA: …", "CAUSA: …") and footnotes as printed.
enum NoteText {
    static func isRevisionNote(_ text: String) -> Bool {
        let key = Label.openingKey(text)
        return key.hasPrefix("REVISIONE ATTUAT") || key.hasPrefix("CAUSA")
    }

    /// A note that opens by naming what the revision did to the indicator ("Stralcio indicatore e
    /// inserimento nuovo indicatore", "Nuovo indicatore", "Indicatore eliminato"), as a table's "Note"
    /// column prints it, without "REVISIONE ATTUATA:" before it. `key`: the note's `Label.openingKey`.
    static func namesIndicatorChange(key: String) -> Bool {
        ["STRALCIO", "INSERIMENTO NUOVO INDICATORE", "INSERIMENTO INDICATORE", "NUOVO INDICATORE", "INDICATORE NUOVO",
                "INDICATORE STRALCIATO", "INDICATORE ELIMINATO", "INDICATORE INSERITO", "INDICATORE AGGIUNTO",
                "AGGIUNTA INDICATORE", "ELIMINAZIONE INDICATORE", "RIDEFINIZIONE INDICATORE"].contains { key.hasPrefix($0) }
    }

    /// Footnotes and notes that may follow a table: "* …", "(*) …", "Note: …", "REVISIONE ATTUATA: …".
    static func isNoteLike(_ text: String) -> Bool {
        if isFootnote(text) { return true }
        let key = Label.openingKey(text)
        return ["REVISIONE ATTUAT", "CAUSA", "NOTE", "NOTA", "N.B", "TARGET CONFERMATO", "FONTE"].contains { key.hasPrefix($0) }
    }

    /// "* …", "(*) …", "~~(**) …~~": a footnote, by its mark.
    private static func isFootnote(_ text: String) -> Bool {
        let trimmed = text.drop { $0 == " " || $0 == "~" }
        return trimmed.hasPrefix("*") || trimmed.hasPrefix("(*")
    }

    /// Footnotes ("* il Kpi viene eliminato …") and revision notes printed between sheets, in no sheet: said,
    /// since no value or sheet takes them.
    static func outsideSheets(_ block: Block) -> [Diagnostic] {
        guard case let .paragraph(lines) = block else { return [] }
        return lines.filter { isFootnote($0.text) || isRevisionNote($0.text) }.map { .warning("note-outside-sheet", "a note printed between sheets, attached to none: \($0.text.prefix(120))", line: $0.line) }
    }

    /// A note cell split into its statements: paragraphs, and "CAUSA:" apart from "REVISIONE ATTUATA:".
    static func statements(_ cell: Cell) -> [String] {
        var result: [String] = []
        for paragraph in cell.paragraphs {
            // A struck note was withdrawn by the revision: keep it, marked as the source marks it.
            var text = paragraph.runs.allSatisfy({ $0.isStruck || $0.text.isAllWhitespace }) ? "~~" + paragraph.text + "~~" : paragraph.text
            while let range = text.range(ofASCII: "CAUSA:", from: text.utf8.index(after: text.startIndex)) {
                result.append(Cell.clean(text[..<range.lowerBound]))
                text = String(text[range.lowerBound...])
            }
            result.append(Cell.clean(text))
        }
        return result.filter { !$0.isEmpty }
    }
}
