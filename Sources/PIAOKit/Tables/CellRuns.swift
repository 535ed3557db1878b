/// How a cell keeps its runs. Most cells are one run whose text is the cell's text (`one`), or runs
/// whose texts joined are the cell's text (`spans`: where each ends, in bytes, and its style); only the
/// others keep their runs' strings. A run array and strings of its own for every cell were a third of
/// a large document's memory at its peak. The cell's text is handed in: it is not kept twice.
enum CellRuns: Sendable {
    case one(RunStyle)
    case spans([Span])
    case stored([StyledRun])

    struct Span: Sendable {
        var end: UInt32
        var style: RunStyle
    }

    /// Several runs whose `joined` texts cleaned are `text`: spans of it when cleaning left it as it was.
    init(_ runs: [StyledRun], joined: String, text: String) {
        guard !runs.isEmpty, text.utf8.count == joined.utf8.count, text.utf8.elementsEqual(joined.utf8), text.utf8.count < UInt32.max else {
            self = .stored(runs)
            return
        }
        var end = 0
        self = .spans(runs.map { run in
            end += run.text.utf8.count
            return Span(end: UInt32(end), style: run.style)
        })
    }

    func runs(_ text: String) -> [StyledRun] {
        switch self {
        case let .one(style): return [StyledRun(text, style)]
        case let .stored(runs): return runs
        case let .spans(spans):
            var text = text
            return text.withUTF8 { bytes in
                var start = 0
                return spans.map { span in
                    defer { start = Int(span.end) }
                    return StyledRun(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<Int(span.end)]), as: UTF8.self), span.style)
                }
            }
        }
    }

    /// The runs' texts joined.
    func rawText(_ text: String) -> String {
        guard case let .stored(runs) = self else { return text }
        return runs.count == 1 ? runs[0].text : runs.map(\.text).joined()
    }

    /// A space and `more` after the runs. They are taken out first, so appending to them does not copy them.
    mutating func append(_ more: [StyledRun], text: String) {
        var all: [StyledRun]
        if case let .stored(runs) = self { all = runs } else { all = runs(text) }
        self = .one([])
        all.append(StyledRun(" "))
        all.append(contentsOf: more)
        self = .stored(all)
    }
}
