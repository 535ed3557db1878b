/// The styled runs of one HTML line as its text arrives: runs of one style merged, "\n" marking a
/// paragraph and "\t" a cell.
struct RunBuffer {
    private var runs: [StyledRun] = []
    /// Whole documents only: a markdown line's spaces are kept as its text has them.
    var trimsBlockEdges = false

    mutating func append(_ text: String, _ style: RunStyle) {
        var text = text
        if trimsBlockEdges {
            // As a browser shows it: no space at the start or end of a paragraph or cell, and no
            // paragraph break opening or closing a cell. Editors indent the text inside <td> and <p>
            // (LibreOffice: "<td>\n\t\t\t<p>\n\t\t\tOS 1.1 …</p>\n\t\t</td>").
            let cellBreak = text.utf8.first == 0x09
            if cellBreak || text == "\n" { dropTrailingBlanks(newlines: cellBreak) }
            if runs.last.map({ $0.text.utf8.last == 0x0A || $0.text.utf8.last == 0x09 }) ?? true {
                if text == "\n" { return }
                if !cellBreak { text = String(text.drop { $0 == " " }) }
            }
        }
        if text.isEmpty { return }
        if let last = runs.last, last.style == style {
            runs[runs.count - 1].text += text
        } else {
            runs.append(StyledRun(text, style))
        }
    }

    private mutating func dropTrailingBlanks(newlines: Bool) {
        while let last = runs.last, last.text.utf8.last == 0x20 || newlines && last.text.utf8.last == 0x0A {
            runs[runs.count - 1].text.removeLast()
            if runs[runs.count - 1].text.isEmpty { runs.removeLast() }
        }
    }

    /// Paragraph marks at the edges of a line carry no meaning; inner ones separate paragraphs.
    mutating func finish() -> [StyledRun] {
        if trimsBlockEdges { dropTrailingBlanks(newlines: true) }
        var result = runs.filter { !$0.text.isEmpty }
        while let first = result.first, first.text.allSatisfy({ $0 == "\n" }) { result.removeFirst() }
        while let last = result.last, last.text.allSatisfy({ $0 == "\n" }) { result.removeLast() }
        return result
    }
}
