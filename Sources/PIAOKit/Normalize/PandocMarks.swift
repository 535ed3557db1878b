/// pandoc's own markdown writes typography and spans as marks: "--" for an en dash, "---" for an em
/// dash, "[text]{.underline}" for text with a style. Undone only in a document whose tables are drawn
/// as pandoc draws them: elsewhere "--" is what was printed. A backslash-escaped dash ("\-\-") is a
/// dash as printed and stays.
enum PandocMarks {
    static func plain(_ line: Substring) -> Substring {
        guard line.utf8.contains(UInt8(ascii: "-")) || line.utf8.contains(UInt8(ascii: "{")) else { return line }
        var text = String(line)
        text = withoutSpans(text)
        if text.contains("--") {
            text = dashes(text)
        }
        return Substring(text)
    }

    /// "--" and "---" not escaped by a backslash, as the dashes they stand for.
    private static func dashes(_ text: String) -> String {
        var output = ""
        var characters = text[...]
        var previous: Character?
        while let character = characters.first {
            if character == "-", previous != "\\", characters.hasPrefix("--") {
                let long = characters.hasPrefix("---")
                output.append(long ? "—" : "–")
                characters = characters.dropFirst(long ? 3 : 2)
                previous = nil
                continue
            }
            output.append(character)
            previous = character
            characters = characters.dropFirst()
        }
        return output
    }

    /// "[text]{.underline}" → "text": a bracketed span with attributes, on one line.
    private static func withoutSpans(_ text: String) -> String {
        var text = text
        while let close = text.range(of: "]{"), let end = text[close.upperBound...].firstIndex(of: "}"),
              let open = text[..<close.lowerBound].lastIndex(of: "[") {
            let attributes = text[close.upperBound..<end]
            guard attributes.hasPrefix(".") else { break }
            text.replaceSubrange(open..<text.index(after: end), with: text[text.index(after: open)..<close.lowerBound])
        }
        return text
    }
}
