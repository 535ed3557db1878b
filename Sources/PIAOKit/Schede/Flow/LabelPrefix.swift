/// Where a label ends at the start of a flat line: "PESO INDICATORE 25%" → after "INDICATORE",
/// "Obiettivo: Valorizzazione…" → after the colon, "RISULTATO ATTESO - TARGET (*) Anno 2024" →
/// after "(*)". Only a label printed as one counts: in capitals, closed by a colon, or alone on
/// its line; "Target confermato" is a sentence that starts with a label's word.
enum LabelPrefix {
    /// The label's length in characters of `text`, or nil when the line does not open with a label.
    static func length(_ text: String) -> Int? {
        mayOpen(text) ? length(opened: text) : nil
    }

    /// The quick tests: most lines of a flat text are not labels, and their first letter or first word says so.
    private static func mayOpen(_ text: String) -> Bool {
        guard Label.mayStartLabel(text) else { return false }
        let opening = firstWord(text)
        return !opening.isEmpty && Label.mayOpenLabel(opening)
    }

    /// `length` of a line whose first word may open a label.
    private static func length(opened text: String) -> Int? {
        let (words, more) = Self.words(text)
        // The shortest run of words that is a label ("UNITÀ DI MISURA" needs three)…
        guard var count = (1...min(words.count, 6)).first(where: { Label.match(joined(words, $0)) != nil }) else { return nil }
        let core = count
        // …then the words that go on with it: capitals ("DEL DATO", "INDICATORE"), a bracketed
        // qualifier ("(*)", "(rispetto agli obt. str.)"), "- TARGET", or the rest of a spelling. A short
        // capital word before a number is a code ("OO 2.1.1"), not part of the label.
        while count < words.count {
            var next = count + 1
            let word = words[count].text
            if word.hasPrefix("(") {
                while next < words.count, !words[next - 1].text.hasSuffix(")"), next - count < 8 { next += 1 }
                guard words[next - 1].text.hasSuffix(")") else { break }
            } else if word == "-" || word == "–" {
                guard next < words.count, isCapitals(words[next].text) else { break }
                next += 1
            } else if Label.isSpelling(orStartOf: joined(words, next)) {
                // "INDICATORE Descrizione": the word belongs to the label's spelling, whatever its case.
            } else if !isCapitals(word) || ValueTokens.split(String(word)) != nil
                        || word.count <= 3 && next < words.count && words[next].text.first?.isNumber == true {
                // A value ("SI", "ND") or a code ("OO 2.1.1") starts here.
                break
            }
            guard Label.match(joined(words, next)) != nil else { break }
            count = next
        }
        let printedAsLabel = (0..<core).allSatisfy { isCapitals(words[$0].text) } || words[count - 1].text.hasSuffix(":") || count == words.count && !more
        return printedAsLabel ? words[count - 1].end : nil
    }

    /// `length` of the lines of one text, each found once: a flat text is read by two label-row
    /// readings (paragraphs merged or not), whose lines are the same cells.
    final class Memo {
        /// The last text asked for on each line (one, but for HTML's paragraphs that share a line) and its length.
        private var lengths: [Int: (text: String, length: Int?)] = [:]

        func length(_ cell: Cell) -> Int? {
            let text = cell.rawText
            // Most lines are turned down by their first word, at once: only the others are kept (a large
            // flat text has hundreds of thousands of lines).
            guard mayOpen(text) else { return nil }
            // The same String both times (a cell's text is not copied), so `==` is met by its first test.
            if let known = lengths[cell.line], known.text == text { return known.length }
            let length = LabelPrefix.length(opened: text)
            lengths[cell.line] = (text, length)
            return length
        }
    }

    /// The first word, cut on bytes when it and the spaces around it are ASCII (as Characters otherwise).
    private static func firstWord(_ text: String) -> Substring {
        let utf8 = text.utf8
        var start = utf8.startIndex
        while start < utf8.endIndex, utf8[start].isASCIIWhitespace { start = utf8.index(after: start) }
        var end = start
        while end < utf8.endIndex, utf8[end] < 0x80, !utf8[end].isASCIIWhitespace { end = utf8.index(after: end) }
        // A byte past ASCII inside or just after the word: a combining mark or a Unicode space may be there.
        let next = end < utf8.endIndex ? utf8.index(after: end) : end
        guard end == utf8.endIndex || utf8[end] < 0x80 && (next == utf8.endIndex || utf8[next] < 0x80) else {
            return text.drop(while: \.isSpace).prefix { !$0.isSpace }
        }
        return text[start..<end]
    }

    private struct Word {
        var text: Substring
        /// The character offset just past the word.
        var end: Int
    }

    /// The line's first words (a label and its qualifiers fit in them), and whether more follow. Cut
    /// on bytes when the line is ASCII without a carriage return (one Character a byte), else by
    /// Characters: cutting every line Character by Character cost more than the rest of the test.
    private static func words(_ text: String) -> (words: [Word], more: Bool) {
        if text.isOneCharacterPerByte {
            return words(text, units: text.utf8) { $0.isASCIIWhitespace }
        }
        return words(text, units: text) { $0.isSpace }
    }

    /// `units` is the text's bytes or Characters; a word's `end` counts them.
    private static func words<Units: Collection>(_ text: String, units: Units, isSpace: (Units.Element) -> Bool) -> (words: [Word], more: Bool)
    where Units.Index == String.Index {
        var words: [Word] = []
        var offset = 0
        var start: String.Index?
        var index = units.startIndex
        while index < units.endIndex {
            let space = isSpace(units[index])
            if space, let begin = start {
                words.append(Word(text: text[begin..<index], end: offset))
                start = nil
            } else if !space, start == nil {
                if words.count == 24 { return (words, true) }
                start = index
            }
            offset += 1
            index = units.index(after: index)
        }
        if let begin = start { words.append(Word(text: text[begin...], end: offset)) }
        return (words, false)
    }

    private static func joined(_ words: [Word], _ count: Int) -> String {
        words.prefix(count).map(\.text).joined(separator: " ")
    }

    /// A word whose letters are all capitals ("DATO", "PT-PO:", "UNITÀ"); it has two at least ("N." is
    /// an abbreviation that opens a value: "ALGORITMO DI CALCOLO N. imprese").
    private static func isCapitals(_ word: Substring) -> Bool {
        word.filter(\.isLetter).count >= 2 && word.allSatisfy { !$0.isLetter || $0.isUppercase }
    }
}
