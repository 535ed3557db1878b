/// `pdftotext -layout` keeps columns apart with runs of spaces. When many lines do that (and none
/// uses tabs), each run of three or more spaces becomes a tab, so the columns are cells again.
enum LayoutColumns {
    static func isLayout(_ lines: [Substring]) -> Bool {
        var nonBlank = 0, gapped = 0
        for line in lines where !isBlank(line) {
            if line.utf8.contains(UInt8(ascii: "\t")) { return false }
            nonBlank += 1
            if hasInnerGap(line) { gapped += 1 }
        }
        return nonBlank > 0 && gapped * 5 >= nonBlank
    }

    /// "LABEL      value   other" → "LABEL\tvalue\tother"; a line indented by a wide gap starts with an empty cell.
    static func tabbed(_ line: Substring) -> String {
        var output = ""
        var spaces = 0
        var sawText = false
        for character in line {
            if character == " " {
                spaces += 1
                continue
            }
            if spaces > 0 {
                if spaces >= 3 && (sawText || spaces >= 8) { output.append("\t") } else if sawText { output += String(repeating: " ", count: spaces) }
                spaces = 0
            }
            sawText = true
            output.append(character)
        }
        return output
    }

    /// Every line of every input passes here: bytes first, Characters only for non-ASCII spaces.
    private static func isBlank(_ line: Substring) -> Bool {
        for byte in line.utf8 {
            switch byte {
            case 0x09...0x0D, 0x20: continue
            case 0x80...: return line.allSatisfy(\.isWhitespace)
            default: return false
            }
        }
        return true
    }

    private static func hasInnerGap(_ line: Substring) -> Bool {
        var spaces = 0
        var sawText = false
        for byte in line.utf8 {
            if byte == UInt8(ascii: " ") {
                spaces += 1
            } else {
                if sawText && spaces >= 3 { return true }
                spaces = 0
                sawText = true
            }
        }
        return false
    }
}
