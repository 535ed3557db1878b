/// Markdown inside a line: `**bold**`, `~~strike~~`, backslash escapes, `$math$`.
/// Single `*` is left alone: in these documents it is a footnote mark ("(*)", "≥ 340*").
enum InlineMarkdown {
    static func apply(to runs: [StyledRun]) -> [StyledRun] {
        var output: [StyledRun] = []
        var bold = false
        var struck = false
        for run in runs {
            let text = LatexMath.replaceInlineMath(run.text)
            var current = ""
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
                if (character == "*" || character == "~"), next < text.endIndex, text[next] == character {
                    flush()
                    if character == "*" { bold.toggle() } else { struck.toggle() }
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

    /// `## Title` → (2, "Title").
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
