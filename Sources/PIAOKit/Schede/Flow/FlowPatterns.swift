/// The shapes of lines in `pdftotext` output, where a table's cells flow one after another:
/// indicator codes ("EC05.1 C", "kpi2.1.1-03a"), weights ("7,00%"), value runs ("6,43 % <= 8,00 %").
enum FlowPatterns {
    /// "EC05.1 C", "kpi1.1.1_03", "OC_TD_03 C", "B3.1_02 C": a code, then flags (C common, S
    /// semplificazione, A anticorruzione). Nil for any other line.
    static func indicatorCode(_ text: String) -> (code: String, flags: [String], text: String?, values: String?)? {
        // The first word decides; most lines are not codes, so the line is split only for those that are.
        guard mayOpenWithCode(text), isCode(String(text.drop { $0 == " " }.prefix { $0 != " " })) else { return nil }
        let words = text.spaceSeparatedWords().map(String.init)
        guard let code = words.first else { return nil }
        let flags = Array(words.dropFirst().prefix { ["C", "S", "A"].contains($0) })
        let rest = words.dropFirst(1 + flags.count).joined(separator: " ")
        if rest.isEmpty { return (code, flags, nil, nil) }
        // "kpi4.1.1_08 = 1,00 N. = 1,00 N.": the row's values printed on the code's line,
        // possibly after a cell of text ("kpi4.1.1_08  Numero fasi realizzate …  = 1,00 N. …").
        if ValueTokens.split(rest) != nil { return (code, flags, nil, rest) }
        guard let split = trailingValues(rest), let tokens = ValueTokens.split(split.values), tokens.count >= 2 else { return nil }
        return (code, flags, split.text, split.values)
    }

    /// `isCode`'s test of the first word on its bytes, for ASCII words: it opens with a letter and holds
    /// "." or "_", or opens with "EC". Most lines fail here, before a Character is made.
    private static func mayOpenWithCode(_ text: String) -> Bool {
        var length = 0, first: UInt8 = 0, second: UInt8 = 0, marked = false
        for byte in text.utf8 {
            if byte == 0x20 {
                if length > 0 { break } else { continue }
            }
            if byte >= 0x80 { return true }
            if length == 0 { first = byte | 0x20 } else if length == 1 { second = byte | 0x20 }
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "_") { marked = true }
            length += 1
        }
        guard length >= 3, first >= 0x61, first <= 0x7A else { return false }
        return marked || first == UInt8(ascii: "e") && second == UInt8(ascii: "c")
    }

    private static func isCode(_ word: String) -> Bool {
        guard (3...20).contains(word.count), word.contains(where: \.isNumber), word.first?.isLetter == true,
              word.allSatisfy({ $0.isLetter || $0.isNumber || "._-".contains($0) }) else { return false }
        // A code mixes letters and digits with separators, unlike a word or a year.
        return word.contains(where: { "._".contains($0) }) || word.prefix(2).uppercased() == "EC"
    }

    /// "7,00%" or " 50,00% kpi…": a weight opening the line, and what follows it.
    static func leadingWeight(_ text: String) -> (weight: String, rest: String)? {
        let trimmed = text.drop { $0 == " " }
        let number = trimmed.prefix { $0.isNumber || $0 == "," || $0 == "." }
        guard !number.isEmpty, trimmed.dropFirst(number.count).first == "%" else { return nil }
        let rest = trimmed.dropFirst(number.count + 1)
        guard rest.isEmpty || rest.first == " " else { return nil }
        return (String(number) + "%", Cell.clean(rest))
    }

    /// "OP2.1.1-03 - Title", "kpi2.1.1-03a - Name", "Kpi8.2.1-05a - Name": a coded item.
    static func codedItem(_ text: String, prefixes: [String]) -> (code: String, rest: String)? {
        let trimmed = Cell.clean(text)
        guard prefixes.contains(where: { trimmed.hasASCIIPrefix($0) }) else { return nil }
        guard let dash = trimmed.range(ofASCII: " - ", caseInsensitive: false) else { return nil }
        let code = String(trimmed[..<dash.lowerBound]).replacingOccurrences(of: " ", with: "")
        guard code.contains(where: \.isNumber), code.count <= 24 else { return nil }
        return (code, String(trimmed[dash.upperBound...]))
    }

    /// The value tokens a line ends with ("… SOGLIA 4 GG <= 2 gg" → "<= 2 gg"), and the text before them.
    /// Only a run that starts with an operator, "Entro", or a number with a unit counts.
    /// With `single`, only the last value: an operational target is one value, and a number before it
    /// ("… del 20%  Entro 31-03-2022") belongs to the name.
    static func trailingValues(_ text: String, single: Bool = false) -> (text: String, values: String)? {
        let words = Cell.clean(text).spaceSeparatedWords().map(String.init)
        guard !words.isEmpty else { return nil }
        for start in words.indices where mayOpenValue(words[start]) {
            let candidate = words[start...].joined(separator: " ")
            guard let tokens = ValueTokens.split(candidate), let first = tokens.first, !single || tokens.count == 1 else { continue }
            let opens = opensWithOperator(first) || first.hasASCIIPrefix("entro") || first.hasSuffix("N.") || first.hasSuffix("%") || first.hasSuffix("gg")
            guard opens else { continue }
            // A threshold is not a target: "SOGLIA 80%", "SOGLIA >= 80%" keep their value. A value after
            // the threshold's ("SOGLIA 5 >= 10 N.") is the target, its operator with it.
            if start >= 1, words[start - 1].uppercased() == "SOGLIA" { continue }
            if start >= 2, words[start - 2].uppercased() == "SOGLIA", words[start - 1].allSatisfy({ "<>=≥≤".contains($0) }) { continue }
            return (words[..<start].joined(separator: " "), candidate)
        }
        return nil
    }

    /// ">= 80%", "≤ 5": a value printed with its comparison.
    static func opensWithOperator(_ token: String) -> Bool {
        [">", "<", "=", "≥", "≤"].contains { token.hasPrefix($0) }
    }

    /// Whether a value token can begin with this word: an operator, "€", a number or "Entro".
    /// Checked before tokenizing, so that trying every suffix of a long text stays cheap.
    private static func mayOpenValue(_ word: String) -> Bool {
        guard let first = word.unicodeScalars.first else { return false }
        return "<>=≥≤≠€-".unicodeScalars.contains(first) || ("0"..."9").contains(first) || word.lowercased().hasPrefix("entro")
    }

    /// "SOGLIA 70%", "(SOGLIA 0,5)", "SOGLIA >= 80%": the threshold, and the text without it.
    static func threshold(in text: String) -> (text: String, threshold: String)? {
        guard let range = text.range(ofASCII: "SOGLIA") else { return nil }
        var after = text[range.upperBound...].drop { $0 == " " }
        var value = ""
        let words = after.split(separator: " ", omittingEmptySubsequences: true)
        for count in stride(from: min(3, words.count), through: 1, by: -1) {
            let candidate = words.prefix(count).joined(separator: " ").trimmingCharacters(in: CharacterSet(charactersIn: ")"))
            if ValueTokens.split(candidate)?.count == 1 || (count == 2 && ["GG", "GIORNI"].contains(String(words[1]).uppercased())) {
                value = candidate
                after = after.dropFirst(words.prefix(count).joined(separator: " ").count)
                break
            }
        }
        guard !value.isEmpty else { return nil }
        var before = String(text[..<range.lowerBound])
        var rest = String(after)
        if before.hasSuffix("("), rest.hasPrefix(")") {
            before.removeLast()
            rest.removeFirst()
        }
        return (Cell.clean(before + " " + rest), value)
    }
}

import Foundation
