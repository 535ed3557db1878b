/// Cutting a cell by character offsets of its raw text while keeping each run's style, so a
/// weight embedded in a name ("… PESO: <del>5%</del> 7%") can be read with its strike marks.
extension Cell {
    func slice(_ range: Range<Int>) -> Cell {
        var result: [StyledRun] = []
        var offset = 0
        for run in runs {
            let count = run.text.count
            let start = max(range.lowerBound - offset, 0)
            let end = min(range.upperBound - offset, count)
            if start < end {
                let text = run.text
                let lower = text.index(text.startIndex, offsetBy: start)
                let upper = text.index(lower, offsetBy: end - start)
                result.append(StyledRun(String(text[lower..<upper]), run.style))
            }
            offset += count
        }
        return Cell(runs: result, line: line)
    }

    func removing(_ range: Range<Int>) -> Cell {
        let total = rawText.count
        let before = slice(0..<range.lowerBound)
        let after = slice(range.upperBound..<total)
        return Cell(runs: before.runs + [StyledRun(" ")] + after.runs, line: line)
    }
}

/// The same cuts by UTF-8 offsets of the raw text, which must fall between scalars: readers that
/// find their cut on bytes need not count Characters for it.
extension Cell {
    func slice(utf8 range: Range<Int>) -> Cell {
        var result: [StyledRun] = []
        var offset = 0
        for run in runs {
            var text = run.text
            let count = text.utf8.count
            let start = max(range.lowerBound - offset, 0)
            let end = min(range.upperBound - offset, count)
            if start < end {
                let piece = start == 0 && end == count ? text : text.withUTF8 { String(decoding: UnsafeBufferPointer(rebasing: $0[start..<end]), as: UTF8.self) }
                result.append(StyledRun(piece, run.style))
            }
            offset += count
        }
        return Cell(runs: result, line: line)
    }

    func removing(utf8 range: Range<Int>) -> Cell {
        let before = slice(utf8: 0..<range.lowerBound)
        let after = slice(utf8: range.upperBound..<Int.max)
        return Cell(runs: before.runs + [StyledRun(" ")] + after.runs, line: line)
    }
}
