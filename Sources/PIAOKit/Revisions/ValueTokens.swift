import Foundation

/// Splits a value cell into the values printed in it: "≥ 15 ≥ 25" → ["≥ 15", "≥ 25"],
/// "€ 21.000,00 € 62.150,00(*)" → two amounts, "Entro 30.06 SI" → two targets.
/// Nil when the cell holds anything but values (then it is text, read whole).
enum ValueTokens {
    /// Works on Unicode scalars (the text is in NFC): Character by Character costs grapheme
    /// breaking at every step, and this runs on every value cell.
    static func split(_ text: String) -> [String]? {
        if hasLongWord(text) { return nil }
        let characters = Array(text.unicodeScalars)
        // Each scalar's UTF-8 offset, so a token's text is copied from the bytes, not rebuilt scalar by scalar.
        let bytes = Array(text.utf8)
        var offsets: [Int] = []
        offsets.reserveCapacity(characters.count + 1)
        var offset = 0
        for scalar in characters {
            offsets.append(offset)
            offset += UTF8.width(scalar)
        }
        offsets.append(offset)
        var index = 0
        var tokens: [String] = []
        // "1.250.000,00 € 1.500.000,00 €": amounts written with the euro after them, each "€" closes one.
        let euroAfter = characters.first(where: { !Cell.isSpace($0) }) != "€" && characters.last(where: { !Cell.isSpace($0) }) == "€"
        while true {
            while index < characters.count, Cell.isSpace(characters[index]) { index += 1 }
            if index >= characters.count { break }
            guard let end = token(characters, from: index, euroAfter: euroAfter) else { return nil }
            tokens.append(String(decoding: bytes[offsets[index]..<offsets[end]], as: UTF8.self).trimmingSpaces())
            index = end
        }
        return tokens.isEmpty ? nil : tokens
    }

    /// Ten letters in a row never occur in a value (its longest word is "settembre"): most text
    /// cells are turned down by this byte scan, before their scalars are decoded.
    private static func hasLongWord(_ text: String) -> Bool {
        var run = 0
        for byte in text.utf8 {
            if (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A {
                run += 1
                if run >= 10 { return true }
            } else {
                run = 0
            }
        }
        return false
    }

    private static let operators: [String] = [">=", "<=", "=>", "=<", "≥", "≤", ">", "<", "=", "≠"]
    private static let units: [String] = ["%", "‰", "€", "gg", "giorni", "mesi", "ore", "euro", "N.", "n.", "N"]
    private static let wordInitials = Set(words.compactMap { $0.utf8.first }.filter { $0 < 0x80 }.flatMap { [$0, $0 | 0x20] })
    private static let words: [String] = ["SI", "SÌ", "SÍ", "NO", "N.D.", "N.D", "ND", "N/A", "NA", "//", "-", "—"]

    /// The end of the value token starting at `start`, or nil when no value starts there.
    private static func token(_ c: [Unicode.Scalar], from start: Int, euroAfter: Bool = false) -> Int? {
        var index = start
        if let end = word(c, at: index) { return footnote(c, after: end) }
        if let end = keyword(c, at: index, "entro") {
            index = skipSpaces(c, end)
            // "entro il 30/06/2025", "entro al 31.12".
            if let article = keyword(c, at: index, "il") ?? keyword(c, at: index, "al") { index = skipSpaces(c, article) }
            guard let dateEnd = date(c, at: index) ?? monthName(c, at: index) else { return nil }
            return footnote(c, after: dateEnd)
        }
        if let dateEnd = date(c, at: index), dateEnd > index { return footnote(c, after: dateEnd) }
        var sawEuro = false
        if c[index] == "€" { sawEuro = true; index = skipSpaces(c, index + 1) }
        var sawOperator = false
        for op in operators where matches(c, at: index, op) {
            index = skipSpaces(c, index + op.unicodeScalars.count)
            sawOperator = true
            break
        }
        if !sawEuro, index < c.count, c[index] == "€" { index = skipSpaces(c, index + 1) }
        let numberStart = index
        if index + 1 < c.count, c[index] == "-", isNumeric(c[index + 1]) { index += 1 }
        // "<= - 2 gg": after a comparison, a minus a space before its number is still its sign.
        else if sawOperator, index + 2 < c.count, c[index] == "-", c[index + 1] == " ", isNumeric(c[index + 2]) { index += 2 }
        while index < c.count, c[index].isASCII, isNumeric(c[index]) || ((c[index] == "." || c[index] == ",") && index + 1 < c.count && isNumeric(c[index + 1])) {
            index += 1
        }
        guard index > numberStart else { return nil }
        var end = index
        let afterSpaces = skipSpaces(c, index)
        for unit in units where matches(c, at: afterSpaces, unit) && (boundary(c, afterSpaces + unit.unicodeScalars.count) || c[afterSpaces + unit.unicodeScalars.count] == "*") {
            // "€ 1.366.000,00 € 1.622.100,00": that second "€" opens the next amount.
            if unit == "€", !euroAfter, sawEuro || skipSpaces(c, afterSpaces + 1) < c.count && isNumeric(c[skipSpaces(c, afterSpaces + 1)]) { break }
            end = afterSpaces + unit.unicodeScalars.count
            break
        }
        return footnote(c, after: end)
    }

    /// Footnote marks stay with the value they qualify: "340*", "62.150,00(*)", "1.201.904,83 (*)".
    private static func footnote(_ c: [Unicode.Scalar], after end: Int) -> Int? {
        var index = end
        while index < c.count, c[index] == "*" { index += 1 }
        let spaced = skipSpaces(c, index)
        if matches(c, at: spaced, "(*)") { index = spaced + 3 }
        if matches(c, at: spaced, "(**)") { index = spaced + 4 }
        guard boundary(c, index) else { return nil }
        return index
    }

    private static func word(_ c: [Unicode.Scalar], at index: Int) -> Int? {
        // Every word opens with S, N, "/" or a dash: other ASCII scalars skip the twelve comparisons.
        if index < c.count, c[index].isASCII, !wordInitials.contains(UInt8(truncatingIfNeeded: c[index].value)) { return nil }
        for word in words {
            let end = index + word.unicodeScalars.count
            if end <= c.count, same(c, at: index, word, folding: { $0.properties.uppercaseMapping }), boundary(c, end) {
                if word == "-" || word == "—", end < c.count, !Cell.isSpace(c[end]) { continue }
                return end
            }
        }
        return nil
    }

    private static func keyword(_ c: [Unicode.Scalar], at index: Int, _ word: String) -> Int? {
        let end = index + word.unicodeScalars.count
        guard end < c.count, same(c, at: index, word, folding: { $0.properties.lowercaseMapping }), Cell.isSpace(c[end]) else { return nil }
        return end
    }

    /// "30.06", "30.06.2024", "30/06/2024", "31-12-2025".
    private static func date(_ c: [Unicode.Scalar], at start: Int) -> Int? {
        var index = start
        var groups: [Int] = []
        var separator: Unicode.Scalar?
        while true {
            let groupStart = index
            while index < c.count, c[index].isASCII, isNumeric(c[index]) { index += 1 }
            groups.append(index - groupStart)
            guard index < c.count, ".-/".unicodeScalars.contains(c[index]), index + 1 < c.count, isNumeric(c[index + 1]) else { break }
            if let separator, separator != c[index] { break }
            separator = c[index]
            index += 1
        }
        // The month in one digit only with a year after it ("31/5/2022"): "1.5" is a number.
        guard groups.count >= 2, groups[0] >= 1, groups[0] <= 2, groups[1] == 2 || groups[1] == 1 && groups.count == 3,
              groups.count == 2 || groups[2] == 4 || groups[2] == 2 else { return nil }
        // "1.000" is a number, not the first of January: a date's second group is a month.
        if groups.count == 2 && separator == "." {
            let month = Int(String(String.UnicodeScalarView(c[(start + groups[0] + 1)..<(start + groups[0] + 3)]))) ?? 0
            if month == 0 || month > 12 { return nil }
        }
        return boundary(c, index) ? index : nil
    }

    private static let months = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"]

    /// "giugno", "30 giugno 2025", "il mese di giugno".
    private static func monthName(_ c: [Unicode.Scalar], at start: Int) -> Int? {
        var index = start
        while index < c.count, isNumeric(c[index]) { index += 1 }
        index = skipSpaces(c, index)
        for month in months where matches(c, at: index, month, caseInsensitive: true) {
            var end = index + month.unicodeScalars.count
            let yearStart = skipSpaces(c, end)
            var yearEnd = yearStart
            while yearEnd < c.count, isNumeric(c[yearEnd]) { yearEnd += 1 }
            if yearEnd - yearStart == 4 { end = yearEnd }
            return boundary(c, end) ? end : nil
        }
        return nil
    }

    private static func matches(_ c: [Unicode.Scalar], at index: Int, _ text: String, caseInsensitive: Bool = false) -> Bool {
        caseInsensitive ? same(c, at: index, text, folding: { $0.properties.lowercaseMapping }) : same(c, at: index, text, folding: nil)
    }

    /// Whether `text` is spelled at `index`, character by character (optionally after case folding):
    /// this runs at every position of every cell, so it builds no strings for the common mismatch.
    private static func same(_ c: [Unicode.Scalar], at index: Int, _ text: String, folding: ((Unicode.Scalar) -> String)?) -> Bool {
        guard index >= 0 else { return false }
        var position = index
        for expected in text.unicodeScalars {
            guard position < c.count else { return false }
            let actual = c[position]
            if actual != expected {
                guard let folding else { return false }
                if actual.isASCII && expected.isASCII {
                    // ASCII letters differ by case in one bit; anything else ASCII differs for real.
                    let (a, e) = (actual.value | 0x20, expected.value | 0x20)
                    guard a == e, a >= 0x61, a <= 0x7A else { return false }
                } else if folding(actual) != String(expected) {
                    return false
                }
            }
            position += 1
        }
        return true
    }

    /// `properties.numericType != nil`, answered for ASCII without the Unicode property tables: it
    /// runs at every position of every value cell (white space is `Cell.isSpace`).
    @inline(__always) private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? scalar.value >= 0x30 && scalar.value <= 0x39 : scalar.properties.numericType != nil
    }


    private static func skipSpaces(_ c: [Unicode.Scalar], _ index: Int) -> Int {
        var index = index
        while index < c.count, c[index] == " " { index += 1 }
        return index
    }

    private static func boundary(_ c: [Unicode.Scalar], _ index: Int) -> Bool {
        index >= c.count || Cell.isSpace(c[index])
    }
}
