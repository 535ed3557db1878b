/// The styles a page gives by class in its style sheet, as Google Docs and other editors export:
/// ".c5{…text-decoration:line-through…}" then `<span class="c5">40%</span>`. Read from rules whose
/// selector is one class (".c5", "span.Barrato" as Word names a character style, or a list of them);
/// anything fancier is left alone.
enum ClassStyles {
    static func read(_ sheets: [String]) -> [String: RunStyle] {
        var classes: [String: RunStyle] = [:]
        for (selectors, declarations) in sheets.flatMap(rules) {
            let style = style(of: declarations)
            guard !style.isEmpty else { continue }
            for selector in selectors {
                let name = selector.drop(while: \.isLetter)
                guard name.hasPrefix("."), name.count > 1, name.dropFirst().allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { continue }
                classes[String(name.dropFirst()), default: []].formUnion(style)
            }
        }
        return classes
    }

    /// A sheet's rules: each one's selectors that are one word (rules stand a line each in Acrobat's and
    /// Word's sheets: a line break before a selector is no descendant's), and its declarations.
    private static func rules(_ sheet: String) -> [(selectors: [Substring], declarations: Substring)] {
        withoutComments(sheet).split(separator: "}").compactMap { rule in
            let parts = rule.split(separator: "{", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            let selectors = parts[0].split(separator: ",").compactMap { selector -> Substring? in
                let words = selector.split(whereSeparator: \.isWhitespace)
                return words.count == 1 ? words[0] : nil
            }
            return (selectors, parts[1])
        }
    }

    /// The sheet without `/* … */` comments and the `<!--` `-->` that hide it from old browsers (Word).
    private static func withoutComments(_ sheet: String) -> String {
        var text = sheet.replacingOccurrences(of: "<!--", with: " ").replacingOccurrences(of: "-->", with: " ")
        while let open = text.range(of: "/*") {
            let close = text[open.upperBound...].range(of: "*/")?.upperBound ?? text.endIndex
            text.replaceSubrange(open.lowerBound..<close, with: " ")
        }
        return text
    }

    /// What the declarations say of the marks that matter here.
    private static func style(of declarations: Substring) -> RunStyle {
        let text = declarations.lowercased().filter { $0 != " " && $0 != "\n" && $0 != "\t" }
        var style: RunStyle = []
        if text.contains("line-through") { style.insert(.struck) }
        if text.contains("font-weight:700") || text.contains("font-weight:800") || text.contains("font-weight:900")
            || text.contains("font-weight:bold") { style.insert(.bold) }
        if text.contains("font-style:italic") { style.insert(.italic) }
        if text.contains("text-decoration:underline") { style.insert(.underline) }
        return style
    }

    /// pdf2htmlEX's gaps: an empty `<span class="_ _4">` stands for the space its class's width (or left
    /// margin) makes, "._4{width:96.768000px;}". The widths by class name.
    static func gapWidths(_ sheets: [String]) -> [String: Double] {
        var widths: [String: Double] = [:]
        for (selectors, declarations) in sheets.filter({ $0.contains("._") }).flatMap(rules) {
            for selector in selectors where selector.hasPrefix("._") && selector.count > 2 && selector.dropFirst(2).allSatisfy({ $0.isLetter || $0.isNumber }) {
                for declaration in declarations.split(separator: ";") {
                    let pair = declaration.split(separator: ":", maxSplits: 1).map { $0.filter { !$0.isWhitespace } }
                    guard pair.count == 2, pair[0] == "width" || pair[0] == "margin-left", pair[1].hasSuffix("px"),
                          let value = Double(pair[1].dropLast(2)) else { continue }
                    widths[String(selector.dropFirst())] = value
                }
            }
        }
        return widths
    }
}
