import Foundation

/// Reads a printed target: "≥ 80" → number >= 80; "SI" → boolean; "Entro 30.06" → date;
/// "//" → not applicable. Footnote marks stay in `raw` only.
enum TargetReader {
    static func read(_ raw: String) -> Target {
        let text = Cell.clean(raw)
        let bare = FootnoteMarks.stripped(text)
        // The words below open with "/", a dash, N, S or E: a target opening with another ASCII byte
        // (a digit, an operator) is not upper-cased to be compared with them.
        if let first = bare.utf8.first, first >= 0x80 || "/-nse".utf8.contains(first | (first >= 0x41 ? 0x20 : 0)) {
            let upper = bare.uppercased()
            if let kind = wordKind(upper) { return Target(raw: text, kind: kind) }
            if upper.hasPrefix("ENTRO ") || upper.hasPrefix("ENTRO IL ") { return Target(raw: text, kind: .date) }
        }
        if let word = operatedWord(bare) { return Target(raw: text, kind: word.kind, operator: word.operator) }
        if let dated = datedOperator(bare) { return Target(raw: text, kind: .date, operator: dated) }
        if let number = readNumber(bare) {
            return Target(raw: text, kind: .number, operator: number.operator, value: number.value, unit: number.unit)
        }
        if let worded = WordedOperators.split(bare), let number = readNumber(String(worded.rest)), number.operator == nil {
            return Target(raw: text, kind: .number, operator: worded.operator, value: number.value, unit: number.unit)
        }
        if bare.count <= 10, bare.contains(where: \.isNumber), ValueTokens.split(bare)?.count == 1, !bare.contains(where: \.isLetter) {
            return Target(raw: text, kind: .date)
        }
        return Target(raw: text, kind: .text)
    }

    /// A target revised side by side ("≥ 12 80"): an operator printed once, before the old number, is the
    /// new number's too (the struck number stood between them). `raw` stays as printed.
    static func read(_ pair: PrintedPair) -> Revisable<Target> {
        var targets = pair.map { read($0) }
        if targets.evidence == .adjacentValues, let original = targets.original, let op = original.operator, original.kind == .number,
           targets.current?.kind == .number, targets.current?.operator == nil {
            targets.current?.operator = op
        }
        return targets
    }

    /// "//", "N.D.", "SI": a target that is a word (upper-cased), and its kind.
    private static func wordKind(_ upper: String) -> Target.Kind? {
        if ["//", "/", "-", "—", "–", "N/A", "NA"].contains(upper) { return .notApplicable }
        if ["N.D.", "N.D", "ND", "N.D.*", "NON DISPONIBILE"].contains(upper) { return .notAvailable }
        if ["SI", "SÌ", "SÍ", "NO"].contains(upper) { return .boolean }
        return nil
    }

    /// "= si", ">= n.d.": a yes/no or not-available target with its operator.
    private static func operatedWord(_ text: String) -> (kind: Target.Kind, operator: String)? {
        guard mayOpenOperator(text) else { return nil }
        for (spelling, canonical) in operatorSpellings where text.hasPrefix(spelling) {
            guard let kind = wordKind(text.dropFirst(spelling.count).trimmingSpaces().uppercased()), kind != .notApplicable else { return nil }
            return (kind, canonical)
        }
        return nil
    }

    /// "<= 31.12.2026": a deadline with its operator.
    private static func datedOperator(_ text: String) -> String? {
        // Three parts need two separators: ASCII text with fewer is no date.
        if text.utf8.allSatisfy({ $0 < 0x80 }), text.utf8.filter({ $0 == 0x2E || $0 == 0x2F || $0 == 0x2D }).count < 2 { return nil }
        for (spelling, canonical) in operatorSpellings where mayOpenOperator(text) && text.hasPrefix(spelling) {
            let rest = text.dropFirst(spelling.count).trimmingSpaces()
            let parts = rest.split(whereSeparator: { "./-".contains($0) })
            guard parts.count == 3, parts.allSatisfy({ $0.allSatisfy(\.isNumber) }), parts[2].count == 4 else { return nil }
            return canonical
        }
        return nil
    }

    /// Every operator opens with ">", "<", "=" or the lead byte of "≥"/"≤": most targets open with a
    /// digit and skip the nine comparisons.
    private static func mayOpenOperator(_ text: some StringProtocol) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first == UInt8(ascii: ">") || first == UInt8(ascii: "<") || first == UInt8(ascii: "=") || first == 0xE2
    }

    /// `hasPrefix("€")` after a byte test: most targets open with a digit.
    private static func opensWithEuro(_ text: Substring) -> Bool {
        text.utf8.first == 0xE2 && text.hasPrefix("€")
    }

    static let operatorSpellings: [(String, String)] = [
        (">=", ">="), ("=>", ">="), ("≥", ">="), ("> =", ">="), ("<=", "<="), ("=<", "<="), ("≤", "<="), ("< =", "<="), (">", ">"), ("<", "<"), ("=", "="),
    ]
    static let unitSpellings: [(String, String)] = [
        ("%", "%"), ("‰", "‰"), ("€", "€"), ("euro", "€"), ("gg", "gg"), ("giorni", "gg"), ("mesi", "mesi"), ("ore", "ore"), ("n.", "N."), ("n", "N."),
    ]

    static func readNumber(_ text: String) -> (operator: String?, value: Double, unit: String?)? {
        if let reading = NumberBytes.read(text) { return reading }
        return readNumberByCharacters(text)
    }

    /// The reading `NumberBytes` gives on bytes, for any text.
    static func readNumberByCharacters(_ text: String) -> (operator: String?, value: Double, unit: String?)? {
        var rest = Substring(text.trimmingSpaces())
        var unit: String?
        if opensWithEuro(rest) {
            unit = "€"
            rest = rest.dropFirst().drop(while: { $0 == " " })
        }
        var op: String?
        for (spelling, canonical) in operatorSpellings where mayOpenOperator(rest) && rest.hasPrefix(spelling) {
            op = canonical
            rest = rest.dropFirst(spelling.count).drop(while: { $0 == " " })
            break
        }
        if opensWithEuro(rest) {
            unit = "€"
            rest = rest.dropFirst().drop(while: { $0 == " " })
        }
        // "- 2 gg": a minus sign set apart from its digits.
        if rest.utf8.first == UInt8(ascii: "-"), rest.hasPrefix("- "), rest.dropFirst(2).first?.isNumber == true { rest = "-" + rest.dropFirst(2) }
        let numberPart = rest.prefix { $0.isNumber || $0 == "." || $0 == "," || $0 == "-" }
        guard let value = ItalianNumber.parse(numberPart.last == "." ? numberPart.dropLast() : numberPart) else { return nil }
        var tail = rest.dropFirst(numberPart.count).trimmingSpaces()
        // A closing full stop ("30 gg.") and a gloss in brackets (">=175 (16 su 10.000)") are not part of the value.
        if let open = tail.firstIndex(of: "("), tail.last == ")" { tail = tail[..<open].trimmingSpaces() }
        if tail.last == "." { tail.removeLast() }
        if tail.isEmpty { return (op, value, unit) }
        let lowered = tail.lowercased()
        for (spelling, canonical) in unitSpellings where lowered == spelling {
            return (op, value, canonical)
        }
        return nil
    }
}
