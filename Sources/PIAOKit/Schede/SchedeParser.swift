/// Stage 3: finds the sheets (schede) and reads each label row into raw fields.
/// It knows the shapes of a sheet, not what revisions mean: that is stage 4's job.
public enum SchedeParser {
    public static func parse(_ layout: Layout) -> ParsedSchede {
        read(layout).withFrontMatter
    }

    /// One reading's sheets, and the blocks its front matter is read from. The front matter is read
    /// once, for the reading kept (it plays no part in choosing one). A label-row reading's blocks are of
    /// a layout rebuilt for it, and holding them while the next reading was made was a large flat text's
    /// peak of memory: it keeps only what the front matter is read from (`MetadataReader.frontMatter`).
    private struct Reading {
        var schede: ParsedSchede
        private var preamble: [Block]
        private var blocks: [Block]
        private var areaBlocks: [Block]?

        init(_ schede: ParsedSchede, preamble: [Block], blocks: [Block]) {
            (self.schede, self.preamble, self.blocks) = (schede, preamble, blocks)
        }

        /// Lets go of the blocks the front matter is not read from.
        mutating func compact() {
            (preamble, areaBlocks) = MetadataReader.frontMatter(preamble: preamble, blocks: blocks)
            blocks = []
        }

        var withFrontMatter: ParsedSchede {
            var schede = schede
            schede.metadata = MetadataReader.read(preamble: preamble, areaBlocks: areaBlocks ?? MetadataReader.areaBlocks(blocks))
            return schede
        }
    }

    private static func read(_ layout: Layout) -> Reading {
        if layout.format == .flowText {
            return parseFlow(layout)
        }
        let tabular = parseTables(layout)
        // HTML or markdown can be flat too (a PDF converted line by line, no tables): when no indicator
        // is found in its tables, read its lines as flow text, and keep that reading if it finds more.
        if tabular.schede.summaries.isEmpty, indicators(tabular.schede) == 0 {
            var flow = parseFlow(layout)
            // Not at the cost of sheets the tables gave.
            if finds(flow.schede, moreThan: tabular.schede), flow.schede.sheets.count >= tabular.schede.sheets.count {
                flow.schede.diagnostics.insert(.warning("read-as-flow", "no indicator was found in tables: the lines were read as flow text", line: nil), at: 0)
                return flow
            }
        }
        return tabular
    }

    /// Sheets told in tables and labelled lines.
    private static func parseTables(_ layout: Layout) -> Reading {
        var reader = SheetReader(runningLines: layout.runningLines)
        var objectiveTables = ObjectiveTableReader()
        var preamble: [Block] = []
        var unattached: [Diagnostic] = []
        var lastRead = Int.min / 2
        for (index, block) in layout.blocks.enumerated() {
            if objectiveTables.read(block, under: reader.openSheet) { continue }
            if let heading = ObjectiveHeading.codedHeading(layout.blocks, at: index) {
                _ = reader.read(.heading(level: 9, heading))
                continue
            }
            if let (before, heading, after) = ObjectiveHeading.paragraph(layout.blocks, at: index) {
                // Read as the heading it stands for, below every level a document's headings use.
                if !before.isEmpty, !reader.read(.paragraph(before)) { preamble.append(.paragraph(before)) }
                _ = reader.read(.heading(level: 9, heading))
                if !after.isEmpty { _ = reader.read(.paragraph(after)) }
                continue
            }
            let beforeSheets = reader.sheets.isEmpty && reader.openSheet == nil
            if reader.read(block) {
                lastRead = index
                // A cover centred over the first sheet in one table (pdftotext -layout) is front matter all the same.
                if beforeSheets, case let .table(rows) = block, case let cover = MetadataReader.centredRows(rows), !cover.isEmpty {
                    preamble.append(.table(cover))
                }
                // So are the lines of a paragraph before the first sheet's title (lines not parted by blank ones).
                if beforeSheets, case let .paragraph(cells) = block,
                   let start = cells.firstIndex(where: { [.strategicSheet, .operationalSheet].contains(Label.match($0.text)) }), start > 0 {
                    preamble.append(.paragraph(Array(cells[..<start])))
                }
            } else {
                preamble.append(block)
                // A note right after a sheet (a title between at most) belongs to the plan; one under another table does not.
                if !reader.sheets.isEmpty, index - lastRead <= 2 { unattached += NoteText.outsideSheets(block) }
            }
        }
        var diagnostics = layout.diagnostics + reader.finish() + objectiveTables.diagnostics + unattached
        // Sheets and tables of objectives, in the order printed.
        let tableSheets = ObjectiveTableReader.withoutRepeats(objectiveTables.sheets, of: reader.sheets, diagnostics: &diagnostics)
        let sheets = tableSheets.isEmpty ? reader.sheets : (reader.sheets + tableSheets).sorted { $0.line < $1.line }
        if sheets.isEmpty && reader.summaries.isEmpty {
            diagnostics.append(.warning("no-schede", "no objective sheet (scheda) was recognised in this document", line: nil))
        }
        let schede = ParsedSchede(format: layout.format, metadata: DocumentMetadata(), sheets: sheets, summaries: reader.summaries, diagnostics: diagnostics)
        return Reading(schede, preamble: preamble, blocks: layout.blocks)
    }

    /// Text without table structure: lines read in order by `FlowSheetReader`, or, when the text is
    /// a label/value sheet flattened line by line, its label lines rebuilt as rows and read as tables
    /// (whichever reading finds more).
    private static func parseFlow(_ layout: Layout) -> Reading {
        // Whether blank lines part cells or rows is told by how many paragraphs are one line, a share
        // that pdftotext's irregular blank lines put near the threshold: the other reading is tried too.
        // A label-row reading rebuilds the layout for itself and lets it go once read: only sheets
        // and front matter are held while the next reading is made.
        let merged = LabelledLines.printsCellsApart(layout.blocks)
        let labels = LabelPrefix.Memo()
        var labelRows = parseLabelRows(layout, mergingParagraphs: merged, labels: labels)
        // Kept only when it finds more without losing sheets (as a flat reading must to replace the tables').
        if let rows = labelRows, let other = parseLabelRows(layout, mergingParagraphs: !merged, labels: labels), finds(other.schede, moreThan: rows.schede),
           other.schede.sheets.count >= rows.schede.sheets.count { labelRows = other }
        let flow = readFlow(layout)
        guard var rows = labelRows, finds(rows.schede, moreThan: flow.schede) else { return flow }
        rows.schede.diagnostics.insert(.warning("label-rows", "flat text read as label rows (\"PESO INDICATORE 25%\"): cells were told apart by their labels", line: nil), at: 0)
        return rows
    }

    /// The sheets of a flat text's label lines rebuilt as rows, its blank-line paragraphs merged or not.
    private static func parseLabelRows(_ layout: Layout, mergingParagraphs: Bool, labels: LabelPrefix.Memo) -> Reading? {
        guard let rebuilt = LabelledLines.rebuild(layout, mergingParagraphs: mergingParagraphs, labels: labels) else { return nil }
        var rows = parseTables(rebuilt)
        rows.schede.labelRowsMergedParagraphs = mergingParagraphs
        rows.compact()
        return rows
    }

    /// One reading beats another by finding more indicators, or any sheet where the other found none.
    private static func finds(_ reading: ParsedSchede, moreThan other: ParsedSchede) -> Bool {
        indicators(reading) > indicators(other) || other.sheets.isEmpty && !reading.sheets.isEmpty
    }

    private static func indicators(_ schede: ParsedSchede) -> Int {
        schede.sheets.reduce(0) { $0 + $1.indicators.count }
    }

    private static func readFlow(_ layout: Layout) -> Reading {
        // The lines that hold text, read from the blocks as they come: an array of them (a flat text
        // has one a line) was a tenth of a large flat text's peak of memory.
        // Each block's first line opens a paragraph (a table's rows are one).
        let lines = layout.blocks.lazy.flatMap { block -> [FlowLine] in
            let cells: [Cell]
            switch block {
            case let .heading(_, cell): cells = [cell]
            case let .paragraph(lines): cells = lines
            case let .table(rows): cells = rows.map { row in Cell(runs: row.cells.flatMap { $0.runs + [StyledRun(" ")] }, line: row.line) }
            }
            return cells.filter { !$0.isEmpty }.enumerated().map { FlowLine(cell: $1, opensParagraph: $0 == 0) }
        }
        let (sheets, flowDiagnostics) = FlowSheetReader.read(lines)
        var diagnostics = layout.diagnostics + flowDiagnostics
        if sheets.isEmpty {
            diagnostics.append(.warning("no-schede", "no objective sheet was recognised in this text", line: nil))
        }
        let firstSheetLine = sheets.first?.line ?? Int.max
        let preamble = layout.blocks.filter { $0.line < firstSheetLine }
        let schede = ParsedSchede(format: layout.format, metadata: DocumentMetadata(), sheets: sheets, diagnostics: diagnostics)
        return Reading(schede, preamble: preamble, blocks: layout.blocks)
    }
}
