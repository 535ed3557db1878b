/// `pdftotext -tsv` and Tesseract's TSV write a page as a table of its words, one a line with its
/// box: "level page_num par_num block_num line_num word_num left top width height conf text" (level 5
/// a word; the levels above it a page, block, paragraph or line, without text; Tesseract names the
/// block before the paragraph). The words are read as `pdftotext -bbox` words are (`BoxedWords`), each
/// text line of the table keeping its number.
enum WordTable {
    private static let headers = [
        ["level", "page_num", "par_num", "block_num", "line_num", "word_num", "left", "top", "width", "height", "conf", "text"],
        ["level", "page_num", "block_num", "par_num", "line_num", "word_num", "left", "top", "width", "height", "conf", "text"],
    ]

    /// The words, when the text is such a table (its first line the header, maybe with more columns after
    /// "text": "right", "bottom"…); nil otherwise.
    static func words(_ lines: [Substring], firstLine: Int) -> [BoxedWords.Word]? {
        guard let first = lines.first, first.utf8.count < 400 else { return nil }
        let names = first.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard headers.contains(Array(names.prefix(12))) else { return nil }
        // A word's text is the twelfth field, or the rest of its line when no column follows it.
        let splits = names.count == 12 ? 11 : names.count
        var words: [BoxedWords.Word] = []
        var lineKey: [Substring] = []
        var lineNumber = 0
        for (index, row) in lines.enumerated().dropFirst() {
            let fields = row.split(separator: "\t", maxSplits: splits, omittingEmptySubsequences: false)
            guard fields.count >= 12, fields[0] == "5", let page = Int(fields[1]),
                  var word = BoxedWords.Word(page: page, line: 0, box: fields[6...9].map { String($0) }, sized: true, text: String(fields[11]),
                                             sourceLine: firstLine + index), !word.text.isEmpty else { continue }
            // The page, block, paragraph and line numbers name a line; a new name, a new line.
            let key = Array(fields[1...4])
            if key != lineKey { (lineKey, lineNumber) = (key, lineNumber + 1) }
            word.line = lineNumber
            words.append(word)
        }
        return words
    }
}
