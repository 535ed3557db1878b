/// pandoc wraps a paragraph's text at 72 columns; in markdown the lines of a paragraph are one text
/// (a line ending in "\" breaks it, as `<br>` does). In a document pandoc wrote, a wrapped paragraph
/// is joined back onto its first line (the others left blank, so every line keeps its number): a
/// note wrapped over two lines is one note, as printed.
enum PandocParagraphs {
    static func joined(_ lines: [Substring], outside tables: [ClosedRange<Int>]) -> [Substring] {
        var output = lines
        let inTable = HTMLTableBlocks.mask(tables, count: lines.count)
        // The paragraph being joined: its first line's index and its lines' texts, written at its end.
        var paragraph: (first: Int, parts: [String])?
        func close() {
            if let (first, parts) = paragraph, parts.count > 1 { output[first] = Substring(parts.joined(separator: " ")) }
            paragraph = nil
        }
        for index in lines.indices {
            guard !inTable[index], isParagraphText(lines[index]) else {
                close()
                continue
            }
            if paragraph == nil {
                paragraph = (index, [String(lines[index])])
            } else {
                paragraph!.parts.append(lines[index].trimmingSpaces())
                output[index] = ""
            }
            // A hard line break ends the joined line here.
            if lines[index].utf8.last == UInt8(ascii: "\\") { close() }
        }
        close()
        return output
    }

    /// A line of running text: not blank, not a table row, heading, list item, quote or HTML block.
    private static func isParagraphText(_ line: Substring) -> Bool {
        guard let first = line.utf8.first(where: { $0 != UInt8(ascii: " ") }), !line.utf8.contains(UInt8(ascii: "\t")) else { return false }
        if "|#<>".utf8.contains(first) { return false }
        let text = line.drop { $0 == " " }
        if text.hasPrefix("- ") || text.hasPrefix("* ") || text.hasPrefix("+ ") { return false }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, text.dropFirst(digits.count).hasPrefix(". ") || text.dropFirst(digits.count).hasPrefix(") ") { return false }
        return true
    }
}
