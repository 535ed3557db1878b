import Foundation

/// Reads a printed target: "≥ 80" → number >= 80; "SI" → boolean; "Entro 30.06" → date;
/// "//" → not applicable. Footnote marks stay in `raw` only.
enum TargetReader {
    static func read(_ raw: String) -> Target {
        let text = Cell.clean(raw)
        let bare = text.replacingOccurrences(of: "(*)", with: "").replacingOccurrences(of: "*", with: "").trimmingCharacters(in: .whitespaces)
        let upper = bare.uppercased()
        if ["//", "/", "-", "—", "–", "N/A", "NA"].contains(upper) { return Target(raw: text, kind: .notApplicable) }
        if ["N.D.", "N.D", "ND", "N.D.*", "NON DISPONIBILE"].contains(upper) { return Target(raw: text, kind: .notAvailable) }
        if ["SI", "SÌ", "SÍ", "NO"].contains(upper) { return Target(raw: text, kind: .boolean) }
        if upper.hasPrefix("ENTRO ") || upper.hasPrefix("ENTRO IL ") { return Target(raw: text, kind: .date) }
        if let number = readNumber(bare) {
            return Target(raw: text, kind: .number, operator: number.operator, value: number.value, unit: number.unit)
        }
        if bare.count <= 10, bare.contains(where: \.isNumber), ValueTokens.split(bare)?.count == 1, !bare.contains(where: \.isLetter) {
            return Target(raw: text, kind: .date)
        }
        return Target(raw: text, kind: .text)
    }

    private static let operatorSpellings: [(String, String)] = [
        (">=", ">="), ("=>", ">="), ("≥", ">="), ("<=", "<="), ("=<", "<="), ("≤", "<="), (">", ">"), ("<", "<"), ("=", "="),
    ]
    private static let unitSpellings: [(String, String)] = [
        ("%", "%"), ("‰", "‰"), ("€", "€"), ("euro", "€"), ("gg", "gg"), ("giorni", "gg"), ("mesi", "mesi"), ("ore", "ore"),
    ]

    static func readNumber(_ text: String) -> (operator: String?, value: Double, unit: String?)? {
        var rest = Substring(text.trimmingCharacters(in: .whitespaces))
        var unit: String?
        if rest.hasPrefix("€") {
            unit = "€"
            rest = rest.dropFirst().drop(while: { $0 == " " })
        }
        var op: String?
        for (spelling, canonical) in operatorSpellings where rest.hasPrefix(spelling) {
            op = canonical
            rest = rest.dropFirst(spelling.count).drop(while: { $0 == " " })
            break
        }
        if rest.hasPrefix("€") {
            unit = "€"
            rest = rest.dropFirst().drop(while: { $0 == " " })
        }
        let numberPart = rest.prefix { $0.isNumber || $0 == "." || $0 == "," || $0 == "-" }
        guard let value = ItalianNumber.parse(numberPart) else { return nil }
        let tail = rest.dropFirst(numberPart.count).trimmingCharacters(in: .whitespaces)
        if tail.isEmpty { return (op, value, unit) }
        for (spelling, canonical) in unitSpellings where tail.lowercased() == spelling {
            return (op, value, canonical)
        }
        return nil
    }
}
