/// Converters write formulas as LaTeX (`$\geq 15$`, `\frac{a}{b}`); readers want "≥ 15", "a/b".
enum LatexMath {
    private static let symbols: [(String, String)] = [
        ("\\left", ""), ("\\right", ""), ("\\geqslant", "≥"), ("\\leqslant", "≤"), ("\\geq", "≥"), ("\\leq", "≤"), ("\\ge", "≥"), ("\\le", "≤"),
        ("\\neq", "≠"), ("\\times", "×"), ("\\cdot", "·"), ("\\div", "÷"), ("\\pm", "±"), ("\\Sigma", "Σ"),
        ("\\sum", "Σ"), ("\\%", "%"), ("\\&", "&"), ("\\_", "_"), ("\\euro", "€"), ("\\EUR", "€"),
        ("\\,", " "), ("\\;", " "), ("\\:", " "), ("\\!", ""), ("\\quad", " "),
        ("\\ ", " "), ("\\{", "{"), ("\\}", "}"),
    ]
    private static let unwrapped = ["\\text", "\\mathrm", "\\textit", "\\textbf", "\\mathit", "\\mathbf", "\\operatorname", "\\mbox"]

    /// Replaces every `$…$` span of a line that looks like math with its Unicode reading.
    static func replaceInlineMath(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "$")) else { return text }
        var output = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "$") {
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "$") else { break }
            let inner = rest[afterOpen..<close]
            output += rest[..<open]
            if looksLikeMath(inner) {
                output += toUnicode(String(inner))
            } else {
                output += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return output + rest
    }

    private static func looksLikeMath(_ inner: Substring) -> Bool {
        if inner.isEmpty { return false }
        return inner.contains("\\") || inner.allSatisfy { $0.isNumber || " ,.%<>=*^+-/()".contains($0) }
    }

    /// LaTeX (or the text of a MathML element) → plain Unicode.
    static func toUnicode(_ latex: String) -> String {
        var text = expandFractions(latex)
        for command in unwrapped { text = text.replacingBytes(of: command, with: "") }
        for (command, symbol) in symbols { text = text.replacingBytes(of: command, with: symbol) }
        text = text.replacingBytes(of: "^{*}", with: "*").replacingBytes(of: "^*", with: "*")
        text = text.replacingBytes(of: "{", with: "").replacingBytes(of: "}", with: "")
        return collapseSpaces(text)
    }

    /// `\frac{A}{B}` → `A/B`, innermost braces matched by depth.
    private static func expandFractions(_ latex: String) -> String {
        var text = latex
        while let range = text.range(of: "\\frac") {
            var index = range.upperBound
            guard let numerator = bracedGroup(in: text, from: &index), let denominator = bracedGroup(in: text, from: &index) else {
                text.replaceSubrange(range, with: "")
                continue
            }
            text.replaceSubrange(range.lowerBound..<index, with: numerator + "/" + denominator)
        }
        return text
    }

    private static func bracedGroup(in text: String, from index: inout String.Index) -> String? {
        while index < text.endIndex, text[index] == " " { index = text.index(after: index) }
        guard index < text.endIndex, text[index] == "{" else { return nil }
        var depth = 0
        var cursor = index
        while cursor < text.endIndex {
            if text[cursor] == "{" { depth += 1 }
            if text[cursor] == "}" {
                depth -= 1
                if depth == 0 {
                    let group = String(text[text.index(after: index)..<cursor])
                    index = text.index(after: cursor)
                    return group
                }
            }
            cursor = text.index(after: cursor)
        }
        return nil
    }

    static func collapseSpaces(_ text: String) -> String {
        var output = ""
        var pendingSpace = false
        for character in text {
            if character == " " {
                pendingSpace = true
                continue
            }
            if pendingSpace, !output.isEmpty, character != ")" { output.append(" ") }
            pendingSpace = false
            output.append(character)
        }
        return output.replacingBytes(of: "( ", with: "(")
    }
}
