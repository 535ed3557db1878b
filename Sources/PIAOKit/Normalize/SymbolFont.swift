/// Word writes "≥" and "≤" typed from its Symbol font as that font's own codes: "³ 80" and "£ 5 gg"
/// in a span whose style names the font, or private-use characters (U+F0B3). Read as the signs they print.
enum SymbolFont {
    private static let signs: [Unicode.Scalar: Unicode.Scalar] = [
        "\u{B3}": "≥", "\u{A3}": "≤", "\u{B9}": "≠", "\u{B4}": "×", "\u{B8}": "÷", "\u{AE}": "→",
    ]

    /// A byte test first: the codes are past ASCII.
    static func mayHold(_ text: String) -> Bool {
        text.utf8.contains { $0 >= 0xC2 }
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
