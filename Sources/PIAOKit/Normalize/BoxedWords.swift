/// `pdftotext -bbox` and `-bbox-layout` write a PDF's words as XHTML elements boxed in points
/// (`<word xMin="56.8" yMin="38.1" xMax="152.7" yMax="61.5">`), `-bbox-layout` inside the lines it
/// found. Words that follow each other on a line a space apart are one piece of text; the pieces are
/// then placed as `pdftohtml -c` places its runs, and read as those are (`PositionedText`).
enum BoxedWords {
    struct Word: Equatable {
        var page: Int
        /// The `<line>` element the word is in (`-bbox-layout`), 0 when there is none.
        var line: Int
        var xMin: Double
        var yMin: Double
        var xMax: Double
        var yMax: Double
        var text: String
        var sourceLine: Int
    }

    /// A gap wider than the usual space by this much parts two cells: pdftotext's own lines join
    /// cells of one row a few points apart ("ALGORITMO DI CALCOLO" and "TARGET 2024", "100%" and "100%").
    private static let spaceStretch = 1.25

    /// The usual space between two words of a line, as a share of their height (a font's space is a
    /// fifth to a quarter of its box): the median gap between words that follow each other on a line.
    private static func usualSpace(_ words: [Word]) -> Double {
        var gaps: [Double] = []
        for (previous, word) in zip(words, words.dropFirst()) where word.page == previous.page {
            let height = max(previous.yMax - previous.yMin, 1)
            let gap = (word.xMin - previous.xMax) / height
            if abs(word.yMin - previous.yMin) <= height * 0.3, gap >= 0, gap <= 0.6 { gaps.append(gap) }
        }
        guard !gaps.isEmpty else { return 0.21 }
        gaps.sort()
        return gaps[gaps.count / 2]
    }

    /// The words joined into pieces: those of one line (and one `<line>`), in the order written, each
    /// starting a space after the one before.
    static func pieces(_ words: [Word]) -> [PositionedText.Piece] {
        let words = scaled(words.filter { !$0.text.isEmpty })
        let widest = usualSpace(words) * spaceStretch
        var pieces: [PositionedText.Piece] = []
        var last: Word?
        for word in words {
            if let previous = last, goesOn(previous, with: word, widestSpace: widest) {
                pieces[pieces.count - 1].lines[0] += " " + word.text
                pieces[pieces.count - 1].right = pixels(word.xMax)
            } else {
                pieces.append(PositionedText.Piece(page: word.page, top: pixels(word.yMin), left: pixels(word.xMin), lines: [word.text],
                                                   sourceLine: word.sourceLine, right: pixels(word.xMax)))
            }
            last = word
        }
        return pieces
    }

    private static func goesOn(_ previous: Word, with word: Word, widestSpace: Double) -> Bool {
        let height = max(previous.yMax - previous.yMin, 1)
        let gap = word.xMin - previous.xMax
        return word.page == previous.page && word.line == previous.line && abs(word.yMin - previous.yMin) <= height * 0.3
            && gap >= -height * 0.1 && gap <= height * widestSpace
    }

    /// The words scaled to a usual height of 13 points (the box of a 10 to 11-point font): boxes in
    /// points and in pixels of a scan (Tesseract's: 300 dpi makes a 10-point word 54 pixels high) are
    /// then laid out with the same measures, and so are small and large print.
    private static func scaled(_ words: [Word]) -> [Word] {
        guard !words.isEmpty else { return words }
        let heights = words.map { $0.yMax - $0.yMin }.sorted()
        let usual = heights[heights.count / 2]
        guard usual > 0, usual != 13 else { return words }
        let scale = 13 / usual
        return words.map { word in
            var word = word
            (word.xMin, word.yMin, word.xMax, word.yMax) = (word.xMin * scale, word.yMin * scale, word.xMax * scale, word.yMax * scale)
            return word
        }
    }

    private static func pixels(_ points: Double) -> Int {
        // At pdftohtml's zoom: placed at those pixels, the pieces are read with the measures tuned on its pages.
        Int((points * PositionedText.pixelsPerPoint).rounded())
    }

    /// Whether an HTML page may be pdftotext's word boxes: its head names a `<doc>` and boxed words, cheaply
    /// told before any parse.
    static func mayBeBoxed(_ html: String) -> Bool {
        let head = String(decoding: html.utf8.prefix(4_096), as: UTF8.self)
        return ByteSearch.containsExactly(head, "<doc>") && ByteSearch.containsExactly(head, "<word xMin=")
    }

    /// A box's coordinate as written ("56.800000"): a finite number within what a page holds.
    private static func coordinate(_ text: String) -> Double? {
        guard let value = Double(text), value.isFinite, abs(value) < 100_000 else { return nil }
        return value
    }
}

extension BoxedWords.Word {
    /// A word from its box as written (xMin, yMin, xMax, yMax; with `sized`, left, top, width and height)
    /// and its text, spaces collapsed; nil when a coordinate is missing or no place on a page. The three
    /// readers of word boxes (an XHTML tree, an XHTML stream, a table of words) make their words here.
    init?(page: Int, line: Int, box: [String?], sized: Bool = false, text: String, sourceLine: Int) {
        let numbers = box.compactMap { $0.flatMap(BoxedWords.coordinate) }
        guard numbers.count == 4 else { return nil }
        self.init(page: page, line: line, xMin: numbers[0], yMin: numbers[1], xMax: numbers[2] + (sized ? numbers[0] : 0),
                  yMax: numbers[3] + (sized ? numbers[1] : 0), text: text.split(whereSeparator: \.isWhitespace).joined(separator: " "),
                  sourceLine: sourceLine)
    }
}
