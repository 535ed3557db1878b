/// Stage 2: groups styled lines into headings, paragraphs and tables. Tab-separated and
/// markdown pipe rows are table rows; a run of rows survives blank lines (page breaks).
public enum TableDetector {
    /// `text` is consumed: each line is freed as its block takes it over, so the text and its
    /// layout are not both whole in memory.
    public static func detect(_ text: consuming NormalizedText) -> Layout {
        let format = text.format
        let diagnostics = text.diagnostics
        var lines = (consume text).lines
        var blocks: [Block] = []
        var paragraph: [Cell] = []
        var rows: [Row] = []

        func closeParagraph() {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph)) }
            paragraph = []
        }
        func closeTable() {
            if !rows.isEmpty { blocks.append(.table(rows)) }
            rows = []
        }

        for index in lines.indices {
            let line = lines[index]
            lines[index].runs = []
            if line.isBlank {
                closeParagraph()
                continue
            }
            let runs = line.runs
            if line.headingLevel > 0 {
                closeParagraph()
                closeTable()
                blocks.append(.heading(level: line.headingLevel, Cell(runs: runs, line: line.number)))
                continue
            }
            if let cells = cells(of: runs, line: line.number) {
                if cells.isEmpty { continue }  // a markdown separator row: |---|---|
                closeParagraph()
                rows.append(Row(cells: cells, line: line.number))
                continue
            }
            closeTable()
            paragraph.append(Cell(runs: trimmed(runs), line: line.number))
        }
        closeParagraph()
        closeTable()
        return Layout(format: format, blocks: blocks, diagnostics: diagnostics, runningLines: runningLines(blocks))
    }

    static func runningLines(_ blocks: [Block]) -> Set<String> {
        var counts: [String: Int] = [:]
        for case let .paragraph(cells) in blocks {
            for cell in cells {
                let text = cell.text
                // Bytes first: counting Characters of every paragraph costs more than the rest of this stage.
                if text.utf8.count <= 320, text.hasAtMost(characters: 80) { counts[text, default: 0] += 1 }
            }
        }
        return Set(counts.filter { $0.value >= 3 }.keys)
    }

    /// The cells of a table row, or nil for a line of running text.
    private static func cells(of runs: [StyledRun], line: Int) -> [Cell]? {
        // The runs are looked at before their text is joined: most lines are neither pipe rows nor tabbed.
        let opensWithPipe = runs.first(where: { !$0.text.isEmpty })?.text.utf8.first == UInt8(ascii: "|")
        let isPipeRow = opensWithPipe && FormatDetector.isPipeRow(runs.count == 1 ? runs[0].text : runs.map(\.text).joined())
        let separator = isPipeRow ? UInt8(ascii: "|") : UInt8(ascii: "\t")
        guard isPipeRow || runs.contains(where: { $0.text.containsByte(UInt8(ascii: "\t")) }) else { return nil }
        // Each cell's runs are collected first and the cell made once (trimming blank edge runs
        // leaves its text as it was: the text is trimmed anyway).
        var cells = StyledRun.split(runs, on: separator).map { Cell(runs: trimmed($0), line: line) }
        if isPipeRow {
            cells = Array(cells.dropFirst())
            if let last = cells.last, last.isEmpty { cells.removeLast() }
            // pymupdf4llm names a header cell the PDF left empty "Col3": the cell is empty.
            for index in cells.indices where isPlaceholder(cells[index].text) { cells[index] = Cell(runs: [], line: line) }
        }
        while let last = cells.last, last.isEmpty { cells.removeLast() }
        if cells.allSatisfy({ $0.text.allSatisfy { "-:| ".contains($0) } }) { return [] }
        return cells
    }

    /// "Col1" … "Col99": pymupdf4llm's name for a column without a header.
    private static func isPlaceholder(_ text: String) -> Bool {
        let bytes = text.utf8
        return bytes.count >= 4 && bytes.count <= 5 && text.hasPrefix("Col") && bytes.dropFirst(3).allSatisfy { (0x30...0x39).contains($0) }
    }

    /// Drops blank runs at the edges so that a cell's first run is its first word.
    static func trimmed(_ runs: [StyledRun]) -> [StyledRun] {
        // Most cells have nothing to drop: they keep their array.
        if let first = runs.first, let last = runs.last, !runs.contains(where: { $0.text.isEmpty }),
           !first.text.isAllWhitespace, !last.text.isAllWhitespace { return runs }
        var runs = runs.filter { !$0.text.isEmpty }
        while let first = runs.first, first.text.isAllWhitespace { runs.removeFirst() }
        while let last = runs.last, last.text.isAllWhitespace { runs.removeLast() }
        return runs
    }
}
