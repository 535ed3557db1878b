import Foundation

/// Finds the old and the new text in one cell. Marked changes (strike, a bold tail, two
/// paragraphs) are certain; unmarked ones (two sentences run together, two dates side by side)
/// are only looked for when the sheet's revision note says the text was replaced or redefined.
enum TextSplitter {
    /// Struck runs belong to the original. What follows a struck run replaced it when it is a value
    /// after a struck value ("n. <del>10</del> 9 ispezioni" → "n. 10 ispezioni" / "n. 9 ispezioni"), or a
    /// sentence that restarts the struck one's opening words (a formula rewritten whole).
    /// With `boldIsNew`, in a text that strikes words and sets others in bold beside plain ones, the bold
    /// words are new: they are not the original's ("… prassi: <del>Disciplina …</del> <b>2. Predisposizione …</b>").
    static func struck(_ cell: Cell, boldIsNew: Bool = false) -> PrintedPair? {
        guard cell.runs.contains(where: { $0.isStruck && !$0.text.isAllWhitespace }) else { return nil }
        var original = ""
        var current = ""
        var replacingValue = false
        var replacingSentence = false
        // Bold wording is the new text when the rest is not bold too: plain words beside it, or old words struck in plain.
        let inserted = boldIsNew && cell.runs.contains { !$0.isStruck && $0.isBold && isWording($0.text) }
            && (cell.runs.contains { !$0.isStruck && !$0.isBold && !$0.text.isAllWhitespace }
                || !cell.runs.contains { $0.isStruck && $0.isBold && !$0.text.isAllWhitespace })
        for (index, run) in cell.runs.enumerated() {
            if inserted, run.isBold, !run.isStruck, isWording(run.text) {
                current += run.text
                continue
            }
            if run.isStruck {
                original += run.text
                let struck = Cell.clean(run.text)
                replacingValue = isValue(struck)
                let following = Cell.clean(cell.runs[(index + 1)...].prefix { !$0.isStruck }.map(\.text).joined())
                replacingSentence = !replacingValue && openingWords(struck) != nil && openingWords(struck) == openingWords(following)
                // "~~Cancellazione d'ufficio delle imprese~~ Bonifica delle posizioni PEC": a short phrase (a
                // title, a name) struck at the start, the only one, and another after it: the one replaces the
                // other. A long wording struck in part goes on in the words after it (002 line 1739).
                let opens = cell.runs[..<index].allSatisfy { $0.text.isAllWhitespace }
                let onlyStruck = !cell.runs[(index + 1)...].contains { $0.isStruck && !$0.text.isAllWhitespace }
                if !replacingValue, opens, onlyStruck, (2...12).contains(struck.spaceSeparatedWords().count),
                   (2...12).contains(following.spaceSeparatedWords().count) {
                    replacingSentence = true
                }
                continue
            }
            current += run.text
            if replacingSentence { continue }
            if replacingValue, let replaced = droppingLeadingValue(run.text) {
                original += replaced
            } else {
                original += run.text
            }
            if !run.text.isAllWhitespace { replacingValue = false }
        }
        let old = Cell.clean(original)
        let new = Cell.clean(current)
        return PrintedPair(original: old.isEmpty ? nil : old, current: new.isEmpty ? nil : new, evidence: .strikethrough)
    }

    /// Words, not a figure set in bold ("n. <b>1.200</b> società"): a word of three letters at least; nor a
    /// field printed in bold inside the cell ("<b>PESO: 30</b>").
    private static func isWording(_ text: String) -> Bool {
        text.spaceSeparatedWords().contains { $0.filter(\.isLetter).count >= 3 } && !ByteSearch.contains(text, "peso")
    }

    /// "(100)" and "≥ 90%" are values; a parenthesis around one does not make it text.
    private static func isValue(_ text: String) -> Bool {
        let bare = text.hasPrefix("(") && text.hasSuffix(")") ? String(text.dropFirst().dropLast()) : text
        return !bare.isEmpty && ValueTokens.split(bare) != nil
    }

    private static func openingWords(_ text: String) -> [Substring]? {
        let words = text.spaceSeparatedWords().prefix(2)
        return words.count == 2 ? Array(words) : nil
    }

    /// The run without the value it opens with ("9 ispezioni" → " ispezioni", "90 %" → ""), or nil.
    private static func droppingLeadingValue(_ text: String) -> String? {
        let leading = text.prefix { $0.isSpace }
        let words = text.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: false)
        for count in stride(from: min(2, words.count), through: 1, by: -1) {
            let candidate = words[0..<count].joined(separator: " ")
            if !candidate.isEmpty, ValueTokens.split(candidate)?.count == 1 {
                let rest = words[count...].joined(separator: " ")
                return String(leading) + (rest.isEmpty ? "" : " " + rest)
            }
        }
        return nil
    }

    /// Plain text followed by bold text: the bold part is the new wording.
    static func boldTail(_ cell: Cell) -> PrintedPair? {
        let runs = cell.runs.filter { !$0.text.isAllWhitespace }
        guard let firstBold = runs.firstIndex(where: \.isBold), firstBold > 0,
              runs[firstBold...].allSatisfy(\.isBold) else { return nil }
        let plain = Cell.clean(runs[..<firstBold].map(\.text).joined(separator: " "))
        let bold = Cell.clean(runs[firstBold...].map(\.text).joined(separator: " "))
        guard plain.spaceSeparatedWords().count >= 2, bold.spaceSeparatedWords().count >= 2 else { return nil }
        return PrintedPair(original: plain, current: bold, evidence: .adjacentValues)
    }

    /// `<p>old</p> <p>new</p>` in one cell.
    static func paragraphs(_ cell: Cell) -> PrintedPair? {
        let parts = cell.paragraphs
        guard parts.count == 2 else { return nil }
        return PrintedPair(original: parts[0].text, current: parts[1].text, evidence: .adjacentValues)
    }

    /// "… //": the old text, then "not applicable" as the new one.
    static func trailingNotApplicable(_ text: String) -> PrintedPair? {
        guard text.hasSuffix(" //"), text.count > 4 else { return nil }
        return PrintedPair(original: String(text.dropLast(3)), current: "//", evidence: .adjacentValues)
    }

    /// Two dates or two numbers side by side inside a sentence: "alla data del 30.09.2023 31.12.2023".
    static func inlineValuePairs(_ text: String) -> PrintedPair? {
        let words = text.spaceSeparatedWords().map(String.init)
        var original: [String] = []
        var current: [String] = []
        var found = false
        var index = 0
        while index < words.count {
            if index + 1 < words.count, isInlineValue(words[index]), isInlineValue(words[index + 1]),
               sameShape(words[index], words[index + 1]),
               index + 2 >= words.count || !isInlineValue(words[index + 2]),
               index == 0 || !isInlineValue(words[index - 1]) {
                original.append(words[index])
                current.append(words[index + 1])
                found = true
                index += 2
                continue
            }
            original.append(words[index])
            current.append(words[index])
            index += 1
        }
        guard found else { return nil }
        return PrintedPair(original: original.joined(separator: " "), current: current.joined(separator: " "), evidence: .adjacentValues)
    }

    private static func isInlineValue(_ word: String) -> Bool {
        let core = word.trimmingCharacters(in: CharacterSet(charactersIn: "%"))
        return !core.isEmpty && core.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "." || $0 == ",") } && core.first!.isNumber
    }

    private static func sameShape(_ a: String, _ b: String) -> Bool {
        a.filter { !$0.isNumber } == b.filter { !$0.isNumber }
    }

    /// Two sentences run together: the new one restarts the old one's opening words
    /// ("N. imprese supportate N. imprese coinvolte …"), or starts with a capitalised word where
    /// Italian would not capitalise (see `SentenceBoundary`).
    static func sentences(_ text: String) -> PrintedPair? {
        let words = text.spaceSeparatedWords().map(String.init)
        guard words.count >= 4 else { return nil }
        if let index = repeatedOpening(words) ?? SentenceBoundary.best(in: words) {
            return PrintedPair(original: words[..<index].joined(separator: " "), current: words[index...].joined(separator: " "), evidence: .adjacentValues)
        }
        return nil
    }

    private static func repeatedOpening(_ words: [String]) -> Int? {
        guard words.count >= 4 else { return nil }
        for index in 2..<(words.count - 1) where words[index] == words[0] && words[index + 1] == words[1] {
            return index
        }
        return nil
    }
}
