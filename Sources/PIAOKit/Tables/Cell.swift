/// One table cell (or one paragraph line): styled runs and the line they came from.
public struct Cell: Equatable, Sendable {
    public var runs: [StyledRun]
    public var line: Int

    public init(runs: [StyledRun], line: Int) {
        self.runs = runs
        self.line = line
    }

    /// The text as a reader sees it: paragraphs joined, spaces collapsed.
    public var text: String { Cell.clean(runs.map(\.text).joined()) }
    public var isEmpty: Bool { runs.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }

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

    static func clean<S: StringProtocol>(_ text: S) -> String {
        var output = ""
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = true
            } else {
                if pendingSpace, !output.isEmpty { output.append(" ") }
                pendingSpace = false
                output.append(character)
            }
        }
        return output
    }
}
