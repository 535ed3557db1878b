/// One table cell (or one paragraph line): styled runs and the line they came from.
public struct Cell: Equatable, Sendable {
    public var runs: [StyledRun] {
        didSet { text = Cell.clean(runs.map(\.text).joined()) }
    }
    public var line: Int
    /// The text as a reader sees it: paragraphs joined, spaces collapsed. Kept, not recomputed:
    /// every stage reads it, many times.
    public private(set) var text: String

    public init(runs: [StyledRun], line: Int) {
        self.runs = runs
        self.line = line
        text = runs.count == 1 ? Cell.clean(runs[0].text) : Cell.clean(runs.map(\.text).joined())
    }

    public var isEmpty: Bool { text.isEmpty }

    /// Paragraphs inside the cell (`<p>…</p> <p>…</p>`), each as its own cell.
    public var paragraphs: [Cell] {
        var result: [Cell] = [Cell(runs: [], line: line)]
        for run in runs {
            let parts = run.text.split(separator: "\n", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                if index > 0 { result.append(Cell(runs: [], line: line)) }
                if !part.isEmpty { result[result.count - 1].runs.append(StyledRun(String(part), run.style)) }
            }
        }
        return result.filter { !$0.isEmpty }
    }

    /// The cell without its first `count` characters of text (an inline "Anno 2025" header).
    public func dropping(prefix count: Int) -> Cell {
        var remaining = count
        var result: [StyledRun] = []
        for run in runs {
            if remaining >= run.text.count {
                remaining -= run.text.count
                continue
            }
            result.append(StyledRun(String(run.text.dropFirst(remaining)), run.style))
            remaining = 0
        }
        return Cell(runs: result, line: line)
    }

    /// Two cells read as one (a cell continued after a page break).
    public func appending(_ other: Cell) -> Cell {
        Cell(runs: runs + [StyledRun(" ")] + other.runs, line: line)
    }

    /// Whitespace collapsed to single spaces, none at the ends. Works on Unicode scalars with an ASCII
    /// fast path: this runs on every cell of every document.
    static func clean<S: StringProtocol>(_ text: S) -> String {
        var needsWork = false
        var previousSpace = true
        for byte in text.utf8 {
            if byte == 0x20 {
                if previousSpace { needsWork = true; break }
                previousSpace = true
            } else if byte < 0x20 || byte >= 0x80 {
                needsWork = true
                break
            } else {
                previousSpace = false
            }
        }
        if !needsWork && !previousSpace { return String(text) }
        if !needsWork && text.isEmpty { return "" }
        var output = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = true
            } else {
                if pendingSpace, !output.isEmpty { output.append(" ") }
                pendingSpace = false
                output.append(scalar)
            }
        }
        return String(output)
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }
}
