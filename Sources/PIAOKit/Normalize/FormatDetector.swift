/// Which converter produced the text: decides nothing about parsing (every format goes
/// through the same runs), but is reported so users know how their file was read.
enum FormatDetector {
    /// `markup[i]`: whether line i has markup (`hasMarkup`, worked out once for both uses).
    static func detect(_ text: String, lines: [Substring], markup: [Bool]) -> DocumentFormat {
        // An HTML document opens with "<" (after spaces): only then is its head lowered and read.
        let opening = text.utf8.first { !$0.isASCIIWhitespace }
        if opening == UInt8(ascii: "<") || opening.map({ $0 >= 0x80 }) == true {
            let head = text.prefix(2048).drop { $0.isSpace }.lowercased()
            // pdftohtml -xml: "<?xml …?><!DOCTYPE pdf2xml …><pdf2xml>", runs of text placed on pages as HTML's are.
            if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") || head.hasPrefix("<?xml") && (head.contains("<html") || head.contains("<pdf2xml")) {
                return .html
            }
        }
        var nonBlank = 0, tabbed = 0, tagged = 0, headings = 0, pipes = 0
        for (line, hasMarkup) in zip(lines, markup) where !line.isAllWhitespace {
            nonBlank += 1
            if line.containsByte(UInt8(ascii: "\t")) { tabbed += 1 }
            if hasMarkup { tagged += 1 }
            if line.utf8.first == UInt8(ascii: "#"), InlineMarkdown.heading(String(line)) != nil { headings += 1 }
            if isPipeRow(line) { pipes += 1 }
        }
        if nonBlank == 0 { return .flowText }
        if headings > 0 || pipes * 20 >= nonBlank || tagged * 4 >= max(tabbed, 1) && tagged * 20 >= nonBlank {
            return .markdownHTML
        }
        if tabbed * 20 >= nonBlank { return .tabularText }
        return .flowText
    }

    /// "| cell | cell |": a markdown table row (a bar opens the line and another follows).
    static func isPipeRow<S: StringProtocol>(_ line: S) -> Bool {
        line.utf8.first == UInt8(ascii: "|") && line.hasPrefix("|") && line.utf8.dropFirst().contains(UInt8(ascii: "|"))
    }

    /// A line with an HTML tag or entity, which libxml2 must read.
    static func hasMarkup(_ line: Substring) -> Bool {
        // Bytes, not Characters: this looks at every line of the input and all it seeks is ASCII.
        if !line.containsByte(UInt8(ascii: "<")) && !line.containsByte(UInt8(ascii: "&")) { return false }
        let bytes = line.utf8
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) {
            let next = bytes.index(after: found)
            guard next < bytes.endIndex else { return false }
            let byte = bytes[next]
            if bytes[found] == UInt8(ascii: "<"), isLetter(byte) || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "!") { return true }
            if bytes[found] == UInt8(ascii: "&"), isLetter(byte) || byte == UInt8(ascii: "#") {
                // An entity: "&amp;", "&#8805;": letters, digits or '#' up to ';' within ten bytes.
                var position = next
                var length = 0
                while position < bytes.endIndex, length < 10 {
                    let current = bytes[position]
                    if current == UInt8(ascii: ";") { return true }
                    guard isLetter(current) || isDigit(current) || current == UInt8(ascii: "#") else { break }
                    position = bytes.index(after: position)
                    length += 1
                }
            }
            index = next
        }
        return false
    }
}
