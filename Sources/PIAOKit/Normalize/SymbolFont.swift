/// Word writes "≥" and "≤" typed from its Symbol font as that font's own codes: "³ 80" and "£ 5 gg"
/// in a span whose style names the font, or private-use characters (U+F0B3). Read as the signs they print.
enum SymbolFont {
    private static let signs: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{B3}": "≥", "\u{A3}": "≤", "\u{B9}": "≠", "\u{B4}": "×", "\u{B8}": "÷", "\u{AE}": "→",
    ]

    /// A byte test first, so that accented letters (0xC3 …) pass by: the codes are U+00A3 … U+00B9
    /// (0xC2 then their byte) or private-use U+F0A0 … U+F0FF (0xEF 0x82 or 0xEF 0x83).
    static func mayHold(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if previous == 0xC2, byte >= 0xA3 && byte <= 0xB9 { return true }
            if previous == 0xEF, byte == 0x82 || byte == 0x83 { return true }
            previous = byte
        }
        return false
    }

    /// Whether an element's style attribute sets the Symbol font.
    static func isSet(byStyle css: String) -> Bool {
        let lower = css.lowercased().filter { $0 != " " }
        return lower.contains("font-family:symbol") || lower.contains("symbol-font-family:symbol")
    }

    /// The text's Symbol codes as signs; `inSymbolFont` false: only the private-use ones.
    static func unicode(_ text: String, inSymbolFont: Bool) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            if inSymbolFont, let sign = signs[scalar] { return sign }
            // U+F0xx: the Symbol font's code xx in the private-use area.
            if (0xF0A0...0xF0FF).contains(scalar.value), let code = Unicode.Scalar(scalar.value - 0xF000), let sign = signs[code] { return sign }
            return scalar
        }))
    }
}
