import Foundation

/// Stage 1: bytes → styled lines. Decodes, unifies line ends and Unicode forms, and turns
/// inline HTML, markdown and LaTeX into runs that know whether they are struck or bold.
public enum Normalizer {
    /// `bytes` is consumed: the input is freed once decoded, before the lines are built.
    public static func normalize(bytes: consuming [UInt8], file: String) throws -> NormalizedText {
        var decoded = try TextDecoder.decode(consume bytes, file: file)
        var diagnostics = decoded.diagnostics
        var text = decoded.text
        decoded.text = ""
        // Foundation's string work is slow on large inputs: do it only when the text needs it.
        if text.containsByte(0x0D) {
            text = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        }
        if mayNeedComposition(text) { text = text.precomposedStringWithCanonicalMapping }
        var (format, lines) = read(consume text, firstLine: 1, acceptingHTML: true, &diagnostics)
        for index in lines.indices {
            lines[index] = finish(lines[index])
        }
        return NormalizedText(format: format, lines: lines, diagnostics: diagnostics)
    }

    /// Text placed on a page, laid out as lines and columns and read as `-layout` text; each line keeps
    /// the source line of its first piece, not its place in the laid-out text.
    private static func readPlaced(_ pieces: [PositionedText.Piece], _ diagnostics: inout [Diagnostic]) -> (DocumentFormat, [NormalizedLine]) {
        let (inner, sources) = PositionedText.layout(pieces)
        var (format, lines) = read(inner, firstLine: 1, acceptingHTML: false, estimatedColumns: true, &diagnostics)
        for index in lines.indices where sources.indices.contains(lines[index].number - 1) {
            lines[index].number = sources[lines[index].number - 1]
        }
        return (format, lines)
    }

    /// The text as numbered lines of runs, its first line numbered `firstLine`; and its format.
    /// `estimatedColumns`: the text was laid out from positions guessed at (`PositionedText`).
    private static func read(_ text: consuming String, firstLine: Int, acceptingHTML: Bool, estimatedColumns: Bool = false,
                             _ diagnostics: inout [Diagnostic]) -> (DocumentFormat, [NormalizedLine]) {
        var textLines: TextLines? = TextLines(copy text)
        var rawLines = Array(textLines!)
        // Whether `rawLines` are still the text's lines as split (no reading below made new ones).
        var asSplit = true
        if acceptingHTML, let words = WordTable.words(rawLines, firstLine: firstLine), words.count >= PositionedText.fewestPieces {
            diagnostics.append(.warning("word-table", "the text is a table of words and their boxes (as pdftotext -tsv and Tesseract write): laid out again as lines and columns", line: words[0].sourceLine))
            rawLines = []
            text = ""
            textLines = nil
            return readPlaced(BoxedWords.pieces(words), &diagnostics)
        }
        // Tables drawn in text (pandoc's markdown): one line of tab-separated cells a row, and the
        // text's marks for dashes and spans undone.
        var drawn = false
        if GridTables.mayHold(rawLines), let tabbed = GridTables.tabbed(rawLines) { (rawLines, drawn) = (tabbed, true) }
        if DashedTables.mayHold(rawLines), let tabbed = DashedTables.tabbed(rawLines) { (rawLines, drawn) = (tabbed, true) }
        if drawn {
            rawLines = rawLines.map(PandocMarks.plain)
            (asSplit, textLines) = (false, nil)
        }
        if LayoutColumns.isLayout(rawLines) {
            (asSplit, textLines) = (false, nil)
            rawLines = LayoutColumns.tabbed(rawLines, exactColumns: !estimatedColumns).map { Substring($0) }
            diagnostics.append(.warning("layout-columns", "columns aligned with spaces (pdftotext -layout) read as table cells", line: nil))
            // The lines are new strings now: of the text only its head is read from here on (the format's
            // test), unless it may be an HTML page, read whole. Keeping it all was a large -layout text's peak.
            if text.utf8.first(where: { !$0.isASCIIWhitespace }) != UInt8(ascii: "<") { text = String(text.prefix(2048)) }
        }
        var markup = rawLines.map(FormatDetector.hasMarkup)
        let format = FormatDetector.detect(text, lines: rawLines, markup: markup)
        if format == .html {
            let page = HTMLRuns.parseDocument(text, acceptingPreformatted: acceptingHTML)
            switch page {
            case let .preformatted(inner, firstLine: line):
                diagnostics.append(.warning("html-preformatted", "the HTML page is one preformatted text (as pdftotext -htmlmeta writes): read as that text", line: line))
                rawLines = []
                text = ""
                textLines = nil
                return read(inner, firstLine: line, acceptingHTML: false, &diagnostics)
            case let .positioned(pieces), let .boxed(pieces):
                if case .boxed = page {
                    diagnostics.append(.warning("html-boxed-words", "the HTML page boxes each word (as pdftotext -bbox writes): laid out again as lines and columns", line: pieces.first?.sourceLine))
                } else {
                    diagnostics.append(.warning("html-positioned", "the HTML page places its text at pixels (as pdftohtml -c writes): laid out again as lines and columns", line: pieces.first?.sourceLine))
                }
                rawLines = []
                text = ""
                textLines = nil
                return readPlaced(pieces, &diagnostics)
            case let .blocks(blocks):
                let lines = blocks.map { NormalizedLine(number: $0.line + firstLine - 1, runs: $0.runs, headingLevel: $0.level) }
                if lines.allSatisfy(\.isBlank) {
                    diagnostics.append(.warning("html-empty", "the HTML document holds no readable text", line: nil))
                }
                return (format, lines)
            }
        }
        let tables = HTMLTableBlocks.ranges(rawLines, markup: markup)
        // A document pandoc wrote (its tables drawn, or markdown with HTML tables over many lines) wraps
        // its paragraphs. Flat text keeps its lines: its readers work line by line.
        if drawn || !tables.isEmpty && format == .markdownHTML {
            rawLines = PandocParagraphs.joined(rawLines, outside: tables)
            markup = rawLines.map(FormatDetector.hasMarkup)
            (asSplit, textLines) = (false, nil)
        }
        var markupIndices: [Int] = []
        var lines: [NormalizedLine]
        if asSplit, tables.isEmpty {
            // The lines are copied out of the text read through the newlines' places: the array of
            // Substrings goes first.
            rawLines = []
            lines = plainLines(textLines!, markup: markup, firstLine: firstLine, markupIndices: &markupIndices)
        } else {
            lines = plainLines(rawLines, markup: markup, firstLine: firstLine, markupIndices: &markupIndices)
        }
        let tableLines = tables.map { HTMLTableBlocks.lines(rawLines[$0], first: $0.lowerBound + firstLine) }
        // The lines are copies now: the whole text goes before libxml2 reads the marked-up ones,
        // so a large document is not held twice over while its markup is parsed.
        rawLines = []
        text = ""
        textLines = nil
        if !tables.isEmpty {
            let inTable = HTMLTableBlocks.mask(tables, count: lines.count)
            markupIndices.removeAll { inTable[$0] }
        }
        parseMarkup(&lines, at: markupIndices)
        for (range, rows) in zip(tables, tableLines).reversed() { lines.replaceSubrange(range, with: rows) }
        return (format, lines)
    }

    /// Each line as its own string, a markdown heading's marks taken off; `markupIndices` gets the
    /// lines that hold HTML for `parseMarkup`.
    private static func plainLines(_ rawLines: some RandomAccessCollection<Substring>, markup: [Bool], firstLine: Int, markupIndices: inout [Int]) -> [NormalizedLine] {
        var lines: [NormalizedLine] = []
        lines.reserveCapacity(rawLines.count)
        for (offset, raw) in rawLines.enumerated() {
            var body = String(raw)
            var level = 0
            if let heading = InlineMarkdown.heading(body) {
                level = heading.level
                body = heading.rest
            }
            // Markdown's hard line break ("… nazionale\\" at a line's end, as pandoc writes <br>) is no text.
            if body.utf8.last == UInt8(ascii: "\\"), !body.hasSuffix("\\\\") { body.removeLast() }
            if markup[offset] { markupIndices.append(offset) }
            lines.append(NormalizedLine(number: offset + firstLine, runs: [StyledRun(body)], headingLevel: level))
        }
        return lines
    }

    /// Lines with markup go to libxml2 a few thousand at a time: one parse per line costs set-up,
    /// one parse of the whole document costs a tree as large as the text.
    private static func parseMarkup(_ lines: inout [NormalizedLine], at indices: [Int]) {
        var start = 0
        while start < indices.count {
            // A batch ends at `markupBatch` lines or `markupBatchBytes` bytes: libxml2's tree of it is
            // many times its size, and was the largest thing in memory while a document was normalized.
            var end = start, bytes = 0
            while end < indices.count, end - start < markupBatch, bytes < markupBatchBytes {
                bytes += lines[indices[end]].text.utf8.count
                end += 1
            }
            let batch = indices[start..<end]
            for (index, runs) in zip(batch, HTMLRuns.parseLines(batch.map { lines[$0].text })) {
                lines[index].runs = runs
            }
            start = end
        }
    }

    private static let markupBatch = 2_000
    private static let markupBatchBytes = 1 << 16

    /// Combining marks (U+0300–U+036F, UTF-8 lead bytes 0xCC/0xCD) are what NFC composes in these texts.
    private static func mayNeedComposition(_ text: String) -> Bool {
        text.containsByte(0xCC) || text.containsByte(0xCD)
    }

    /// Whether the text holds U+00A0, U+202F or U+2009 (C2 A0, E2 80 AF, E2 80 89): tested on bytes,
    /// since nearly no line does.
    private static func holdsFixedSpace(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            var index = 0
            while index + 1 < bytes.count {
                let byte = bytes[index]
                if byte == 0xC2, bytes[index + 1] == 0xA0 { return true }
                if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xAF || bytes[index + 2] == 0x89 { return true }
                index += 1
            }
            return false
        }
        return found ?? text.unicodeScalars.contains { $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{2009}" }
    }

    /// Markdown inline marks, and one kind of space (converters emit NBSP and thin spaces).
    private static func finish(_ line: NormalizedLine) -> NormalizedLine {
        // Most lines are one plain run with nothing to undo: kept as they are, without making their runs.
        if let plain = line.plainText, !plain.isEmpty, !InlineMarkdown.hasMarkdownByte(plain), !holdsFixedSpace(plain) { return line }
        var line = line
        line.runs = InlineMarkdown.apply(to: line.runs).map { run in
            var run = run
            if holdsFixedSpace(run.text) {
                run.text = String(run.text.map { $0 == "\u{00A0}" || $0 == "\u{202F}" || $0 == "\u{2009}" ? " " : $0 })
            }
            return run
        }
        return line
    }
}
