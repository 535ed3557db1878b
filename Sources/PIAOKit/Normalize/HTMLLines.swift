/// What a block of an HTML page becomes as lines of text, apart from libxml2.
enum HTMLLines {
    /// The runs of one block element cut at its line breaks ("\n" from <br>, nested <p> or <li>).
    static func splitAtBreaks(_ runs: [StyledRun]) -> [[StyledRun]] {
        var pieces: [[StyledRun]] = [[]]
        for run in runs {
            for (index, part) in run.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if index > 0 { pieces.append([]) }
                if !part.isEmpty { pieces[pieces.count - 1].append(StyledRun(String(part), run.style)) }
            }
        }
        // Spaces at a line's edges are the source's indentation, not text.
        let kept = pieces.filter { !$0.allSatisfy { $0.text.isAllWhitespace } }.map { piece in
            var piece = Array(piece.drop { $0.text.isAllWhitespace })
            while let last = piece.last, last.text.isAllWhitespace { piece.removeLast() }
            piece[0].text = String(piece[0].text.drop { $0 == " " })
            piece[piece.count - 1].text = String(piece[piece.count - 1].text.reversed().drop { $0 == " " }.reversed())
            return piece
        }
        return kept.isEmpty ? [[]] : kept
    }

    /// A converter's `<title>` is often the file it read ("src/piao.txt", "Microsoft Word - PIAO.docx"):
    /// not a line of the document, and first in the front matter it hid the printed cover title.
    static func isFileName(_ runs: [StyledRun]) -> Bool {
        let text = runs.map(\.text).joined().trimmingCharacters(in: .whitespaces).lowercased()
        return fileExtensions.contains { text.hasSuffix($0) }
    }

    private static let fileExtensions = [".pdf", ".doc", ".docx", ".odt", ".rtf", ".txt", ".md", ".htm", ".html", ".xls", ".xlsx"]
}
