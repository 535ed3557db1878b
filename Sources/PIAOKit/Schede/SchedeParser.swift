/// Stage 3: finds the sheets (schede) and reads each label row into raw fields.
/// It knows the shapes of a sheet, not what revisions mean: that is stage 4's job.
public enum SchedeParser {
    public static func parse(_ layout: Layout) -> ParsedSchede {
        var reader = SheetReader(runningLines: layout.runningLines)
        var preamble: [Block] = []
        for block in layout.blocks {
            if !reader.read(block) { preamble.append(block) }
        }
        var diagnostics = layout.diagnostics + reader.finish()
        if reader.sheets.isEmpty && reader.summaries.isEmpty {
            diagnostics.append(.warning("no-schede", "no objective sheet (scheda) was recognised in this document", line: nil))
        }
        let metadata = MetadataReader.read(preamble: preamble, all: layout.blocks)
        return ParsedSchede(format: layout.format, metadata: metadata, sheets: reader.sheets, summaries: reader.summaries, diagnostics: diagnostics)
    }
}
