/// Markdown inside a line: `**bold**`, `~~strike~~`, backslash escapes, `$math$`.
/// Single `*` is left alone: in these documents it is a footnote mark ("(*)", "≥ 340*").
enum InlineMarkdown {
    static func apply(to runs: [StyledRun]) -> [StyledRun] {
        // "*Area Anagrafica 2025*": a whole line in single stars is italic, not a footnote.
        if runs.count == 1, let text = Optional(runs[0].text), text.hasPrefix("*"), text.hasSuffix("*"), text.utf8.count > 2,
           !text.hasPrefix("**"), !text.hasSuffix("**"), !text.dropFirst().first!.isWhitespace {
            return apply(to: [StyledRun(String(text.dropFirst().dropLast()), runs[0].style.union(.italic))])
        }
        var output: [StyledRun] = []
        // In a table row a lone "**" after a word is a footnote mark ("società di persone**"), not emphasis.
        let inTable = runs.contains { $0.text.utf8.contains(UInt8(ascii: "\t")) } || isPipeRow(runs)
        var bold = false
        var struck = false
        for run in runs {
            // Most runs hold no markdown at all: pass them through with the emphasis in force.
            if !run.text.utf8.contains(where: { $0 == 0x2A || $0 == 0x7E || $0 == 0x5C || $0 == 0x24 }) {
                var style = run.style
                if bold { style.insert(.bold) }
                if struck { style.insert(.struck) }
                if !run.text.isEmpty { output.append(StyledRun(run.text, style)) }
                continue
            }
            let text = LatexMath.replaceInlineMath(run.text)
            var current = ""
            let marks = boldMarks(in: text, allowLoneCloser: !inTable)
            var index = text.startIndex
            func flush() {
                guard !current.isEmpty else { return }
                var style = run.style
                if bold { style.insert(.bold) }
                if struck { style.insert(.struck) }
                output.append(StyledRun(current, style))
                current = ""
            }
            while index < text.endIndex {
                let character = text[index]
                let next = text.index(after: index)
                if character == "\\", next < text.endIndex, text[next].isASCII, text[next].isPunctuation || text[next].isSymbol {
                    current.append(text[next])
                    index = text.index(after: next)
                    continue
                }
                if character == "~", next < text.endIndex, text[next] == "~" {
                    flush()
                    struck.toggle()
                    index = text.index(after: next)
                    continue
                }
                if character == "*", marks.contains(index) {
                    flush()
                    bold.toggle()
                    index = text.index(after: next)
                    continue
                }
                current.append(character)
                index = next
            }
            flush()
        }
        return output
    }

    /// The `**` that are emphasis marks: paired ones, and a lone one that opens a line or closes a
    /// word (emphasis across a soft line break). "≥ 12%**" is a footnote mark, not emphasis.
    static func boldMarks(in text: String, allowLoneCloser: Bool = true) -> Set<String.Index> {
        var positions: [String.Index] = []
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if text[index] == "\\" { index = next < text.endIndex ? text.index(after: next) : next; continue }
            if text[index] == "*", next < text.endIndex, text[next] == "*" {
                let after = text.index(after: next)
                if after < text.endIndex, text[after] == "*" {
                    // "***" after a value is a footnote mark; skip the run of stars.
                    var end = after
                    while end < text.endIndex, text[end] == "*" { end = text.index(after: end) }
                    index = end
                    continue
                }
                positions.append(index)
                index = after
                continue
            }
            index = next
        }
        var marks = Set(positions.prefix(positions.count - positions.count % 2))
        if positions.count % 2 == 1, let last = positions.last {
            let after = text.index(last, offsetBy: 2)
            let opensLine = last == text.startIndex && after < text.endIndex && !text[after].isWhitespace
            let closesWord = allowLoneCloser && last > text.startIndex && text[text.index(before: last)].isLetter
            if opensLine || closesWord { marks.insert(last) }
        }
        return marks
    }

    /// `## Title` → (2, "Title").
    /// "| cell | cell |": a markdown table row.
    private static func isPipeRow(_ runs: [StyledRun]) -> Bool {
        guard let first = runs.first(where: { !$0.text.isEmpty }), first.text.hasPrefix("|") else { return false }
        return runs.reduce(0) { $0 + $1.text.utf8.count { $0 == UInt8(ascii: "|") } } >= 2
    }

    static func heading(_ line: String) -> (level: Int, rest: String)? {
        var level = 0
        var index = line.startIndex
        while index < line.endIndex, line[index] == "#", level < 7 {
            level += 1
            index = line.index(after: index)
        }
        guard (1...6).contains(level), index < line.endIndex, line[index] == " " else { return nil }
        return (level, String(line[line.index(after: index)...]))
    }
}
