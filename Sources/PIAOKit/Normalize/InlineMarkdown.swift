/// Markdown inside a line: `**bold**`, `~~strike~~`, backslash escapes, `$math$`.
/// Single `*` is left alone: in these documents it is a footnote mark ("(*)", "≥ 340*").
enum InlineMarkdown {
    static func apply(to runs: [StyledRun]) -> [StyledRun] {
        // Most lines hold no markdown at all: they pass through as they are, empty runs dropped.
        if !runs.contains(where: { hasMarkdownByte($0.text) }) {
            return runs.contains { $0.text.isEmpty } ? runs.filter { !$0.text.isEmpty } : runs
        }
        // "*Area Anagrafica 2025*": a whole line in single stars is italic, not a footnote.
        if runs.count == 1, let text = Optional(runs[0].text), text.hasPrefix("*"), text.hasSuffix("*"), text.utf8.count > 2,
           !text.hasPrefix("**"), !text.hasSuffix("**"), !text.dropFirst().first!.isSpace {
            return apply(to: [StyledRun(String(text.dropFirst().dropLast()), runs[0].style.union(.italic))])
        }
        var output: [StyledRun] = []
        // In a table row a lone "**" after a word is a footnote mark ("società di persone**"), not emphasis.
        let inTable = runs.contains { $0.text.containsByte(UInt8(ascii: "\t")) } || isPipeRow(runs)
        var bold = false
        var struck = false
        for run in runs {
            // Most runs hold no markdown at all: pass them through with the emphasis in force.
            if !hasMarkdownByte(run.text) {
                var style = run.style
                if bold { style.insert(.bold) }
                if struck { style.insert(.struck) }
                if !run.text.isEmpty { output.append(StyledRun(run.text, style)) }
                continue
            }
            // The marks are ASCII: read the run on UTF-8 bytes, not Character by Character.
            let bytes = Array(LatexMath.replaceInlineMath(run.text).utf8)
            let marks = boldMarks(in: bytes, allowLoneCloser: !inTable)
            var current: [UInt8] = []
            func flush() {
                guard !current.isEmpty else { return }
                var style = run.style
                if bold { style.insert(.bold) }
                if struck { style.insert(.struck) }
                output.append(StyledRun(String(decoding: current, as: UTF8.self), style))
                current.removeAll()
            }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                let next = index + 1 < bytes.count ? bytes[index + 1] : nil
                if byte == UInt8(ascii: "\\"), let next, isASCIIPunctuationOrSymbol(next) {
                    current.append(next)
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "~"), next == UInt8(ascii: "~") {
                    flush()
                    struck.toggle()
                    index += 2
                    continue
                }
                if byte == UInt8(ascii: "*"), marks.contains(index) {
                    // A mark between two words stands for the space a converter dropped at the edge of
                    // a bold span (pymupdf4llm: "di**info-forma**", "**INDICATORE**Descrizione").
                    let between = index > 0 && isWordByte(bytes[index - 1]) && index + 2 < bytes.count && isWordByte(bytes[index + 2])
                    if between, !bold { current.append(0x20) }
                    flush()
                    bold.toggle()
                    if between, !bold { current.append(0x20) }
                    index += 2
                    continue
                }
                current.append(byte)
                index += 1
            }
            flush()
        }
        return output
    }

    /// A letter or digit, or a byte of a character past ASCII (accented letters).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        byte >= 0x80 || (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20)
    }

    /// `*`, `~`, a backslash or `$`: the bytes every markdown mark here starts with.
    static func hasMarkdownByte(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes where byte == 0x2A || byte == 0x7E || byte == 0x5C || byte == 0x24 { return true }
            return false
        } ?? text.utf8.contains { $0 == 0x2A || $0 == 0x7E || $0 == 0x5C || $0 == 0x24 }
    }

    /// `!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~`: what a backslash escapes in markdown.
    private static func isASCIIPunctuationOrSymbol(_ byte: UInt8) -> Bool {
        (0x21...0x2F).contains(byte) || (0x3A...0x40).contains(byte) || (0x5B...0x60).contains(byte) || (0x7B...0x7E).contains(byte)
    }

    /// The byte offsets of the `**` that are emphasis marks: paired ones, and a lone one that opens
    /// a line or closes a word (emphasis across a soft line break). "≥ 12%**" is a footnote mark.
    static func boldMarks(in bytes: [UInt8], allowLoneCloser: Bool = true) -> Set<Int> {
        let star = UInt8(ascii: "*")
        var positions: [Int] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\\") { index += 2; continue }
            if bytes[index] == star, index + 1 < bytes.count, bytes[index + 1] == star {
                if index + 2 < bytes.count, bytes[index + 2] == star {
                    // "***" after a value is a footnote mark; skip the run of stars.
                    index += 2
                    while index < bytes.count, bytes[index] == star { index += 1 }
                    continue
                }
                positions.append(index)
                index += 2
                continue
            }
            index += 1
        }
        var marks = Set(positions.prefix(positions.count - positions.count % 2))
        if positions.count % 2 == 1, let last = positions.last {
            let after = last + 2
            let opensLine = last == 0 && after < bytes.count && !character(in: bytes[after...], last: false).isSpace
            let closesWord = allowLoneCloser && last > 0 && character(in: bytes[..<last], last: true).isLetter
            if opensLine || closesWord { marks.insert(last) }
        }
        return marks
    }

    /// The first or last character of some UTF-8 bytes (decoding a few bytes only).
    private static func character(in bytes: ArraySlice<UInt8>, last: Bool) -> Character {
        let window = last ? bytes.suffix(16) : bytes.prefix(16)
        let text = String(decoding: window, as: UTF8.self)
        return (last ? text.last : text.first) ?? " "
    }

    private static func isPipeRow(_ runs: [StyledRun]) -> Bool {
        runs.count == 1 ? FormatDetector.isPipeRow(runs[0].text) : FormatDetector.isPipeRow(runs.map(\.text).joined())
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
