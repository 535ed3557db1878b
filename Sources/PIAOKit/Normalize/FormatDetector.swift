/// Which converter produced the text: decides nothing about parsing (every format goes
/// through the same runs), but is reported so users know how their file was read.
enum FormatDetector {
    static func detect(_ text: String, lines: [Substring]) -> DocumentFormat {
        let head = text.prefix(2048).drop { $0.isWhitespace }.lowercased()
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<?xml") && head.contains("<html") {
            return .html
        }
        var nonBlank = 0, tabbed = 0, tagged = 0, headings = 0, pipes = 0
        for line in lines where !line.allSatisfy(\.isWhitespace) {
            nonBlank += 1
            if line.contains("\t") { tabbed += 1 }
            if hasMarkup(line) { tagged += 1 }
            if InlineMarkdown.heading(String(line)) != nil { headings += 1 }
            if line.hasPrefix("|"), line.dropFirst().contains("|") { pipes += 1 }
        }
        if nonBlank == 0 { return .flowText }
        if headings > 0 || pipes * 20 >= nonBlank || tagged * 4 >= max(tabbed, 1) && tagged * 20 >= nonBlank {
            return .markdownHTML
        }
        if tabbed * 20 >= nonBlank { return .tabularText }
        return .flowText
    }

    /// A line with an HTML tag or entity, which libxml2 must read.
    static func hasMarkup(_ line: Substring) -> Bool {
        var index = line.startIndex
        while let found = line[index...].firstIndex(where: { $0 == "<" || $0 == "&" }) {
            let next = line.index(after: found)
            guard next < line.endIndex else { return false }
            let character = line[next]
            if line[found] == "<", character.isASCII, character.isLetter || character == "/" || character == "!" { return true }
            if line[found] == "&", character.isASCII, character.isLetter || character == "#",
               let semicolon = line[next...].prefix(10).firstIndex(of: ";"),
               line[next..<semicolon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }) {
                return true
            }
            index = next
        }
        return false
    }
}
