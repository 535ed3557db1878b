import Foundation

/// Reads one printed cell into a before/after pair, by the rules of DATA-MODEL.md:
/// struck text is the original; two values where one belongs are original then current.
enum FieldResolver {
    /// What the sheet's notes allow for unmarked text: nothing, or splitting old from new.
    enum TextMode {
        case keepWhole
        case replaced
        case redefined
    }

    /// Weights, amounts, targets: cells that hold values only.
    static func values(_ cell: Cell) -> PrintedPair {
        if cell.runs.contains(where: { $0.isStruck && !$0.text.isAllWhitespace }) {
            let old = Cell.clean(cell.runs.filter(\.isStruck).map(\.text).joined(separator: " "))
            let new = Cell.clean(cell.runs.filter { !$0.isStruck }.map(\.text).joined(separator: " "))
            // "~~<= 20 gg~~ <= 25 gg", "≥ 90 <del>≥ 80</del>": a whole value struck beside a whole value, in either order.
            let wholeValues = ValueTokens.split(old)?.count == 1 && ValueTokens.split(new)?.count == 1
            // "SI <del>(100)</del> 80", ">= <del>70%</del> 75%": the struck part replaced in place, the rest kept
            // ("SI (100)" → "SI 80"), unless that reads as no value where the whole values do.
            if let inPlace = TextSplitter.struck(cell), let current = inPlace.current, let original = inPlace.original,
               !original.hasSuffix(current), !wholeValues || Self.isOneValue(original) {
                return inPlace
            }
            if wholeValues { return PrintedPair(original: old, current: new, evidence: .strikethrough) }
            return PrintedPair(original: old, current: new.isEmpty ? nil : new, evidence: .strikethrough)
        }
        let text = cell.text
        if let tokens = ValueTokens.split(text), tokens.count == 2 {
            return PrintedPair(original: tokens[0], current: tokens[1], evidence: .adjacentValues).withoutRepeat
        }
        return .unchanged(text)
    }

    /// One value and nothing else: "≥ 70%", not "<= 20 gg gg" (a unit printed on both sides of a struck number).
    private static func isOneValue(_ text: String) -> Bool {
        guard ValueTokens.split(text)?.count == 1, let number = TargetReader.readNumber(text) else { return false }
        return number.unit.map { !text.hasSuffix("\($0) \($0)") } ?? true
    }

    static func text(_ cell: Cell, mode: TextMode) -> PrintedPair {
        unmarkedText(cell, mode: mode).withoutRepeat
    }

    private static func unmarkedText(_ cell: Cell, mode: TextMode) -> PrintedPair {
        if let struck = TextSplitter.struck(cell, boldIsNew: true) { return struck }
        let text = cell.text
        switch mode {
        case .keepWhole:
            return .unchanged(text)
        case .replaced:
            return TextSplitter.paragraphs(cell) ?? TextSplitter.boldTail(cell) ?? TextSplitter.trailingNotApplicable(text)
                ?? TextSplitter.sentences(text) ?? .unchanged(text)
        case .redefined:
            return TextSplitter.paragraphs(cell) ?? TextSplitter.boldTail(cell) ?? TextSplitter.inlineValuePairs(text)
                ?? TextSplitter.trailingNotApplicable(text) ?? TextSplitter.sentences(text) ?? .unchanged(text)
        }
    }

    /// Bold words inside plain text often mark inserted wording, but without a struck
    /// counterpart the old wording cannot be known: the text is kept, and this says so.
    static func unmarkedEmphasis(_ cell: Cell) -> String? {
        let runs = cell.runs.filter { !$0.text.isAllWhitespace }
        guard runs.contains(where: \.isBold), runs.contains(where: { !$0.isBold }), !runs.contains(where: \.isStruck) else { return nil }
        return runs.filter(\.isBold).map { Cell.clean($0.text) }.joined(separator: " / ")
    }

    private static let measures = ["valore assoluto", "valore percentuale", "percentuale", "binario", "data", "numero", "giorni",
                                   "euro", "ore", "mesi", "indice", "rapporto", "numerico", "si/no", "tempo", "importo", "valore"]

    /// Units of measure: two known units side by side ("Percentuale Binario") are old then new.
    static func measure(_ cell: Cell) -> PrintedPair {
        if let struck = TextSplitter.struck(cell) { return struck }
        let text = cell.text
        let lower = text.lowercased()
        for first in measures where lower.hasPrefix(first + " ") {
            let rest = String(text.dropFirst(first.count + 1))
            if measures.contains(rest.lowercased()) {
                return PrintedPair(original: String(text.prefix(first.count)), current: rest, evidence: .adjacentValues)
            }
        }
        return .unchanged(text)
    }

    /// Sources: "Interna Scrivania Telematica …" is the old "Interna" and a new source, when a note says
    /// the source changed.
    static func source(_ cell: Cell, noteSaysChanged: Bool) -> PrintedPair {
        if let struck = TextSplitter.struck(cell) { return struck }
        let text = cell.text
        guard noteSaysChanged else { return .unchanged(text) }
        for first in ["Interna", "Esterna"] where text.hasPrefix(first + " ") {
            let rest = String(text.dropFirst(first.count + 1))
            if let start = rest.first, start.isLetter, start.isUppercase {
                return PrintedPair(original: first, current: rest, evidence: .adjacentValues)
            }
        }
        return .unchanged(text)
    }

    /// "25%" → 25, "€ 1.366.000,00(*)" → 1366000.
    static func number(_ text: String) -> Double? {
        TargetReader.readNumber(FootnoteMarks.stripped(text))?.value
    }
}
