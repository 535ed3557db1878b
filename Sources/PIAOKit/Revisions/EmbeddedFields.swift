import Foundation

/// Fields printed inside another cell: "Name <b>PESO: 35</b> (tipologia: Efficacia)",
/// "Algorithm (Fonte dei dati: Osservatorio camerale)", "OO 1.1.1 – TITLE (PESO: <del>5%</del> 7%)".
/// Each function returns the cell without the field, and the field itself. They read the cell's UTF-8
/// bytes and cut it at byte offsets (the keywords and marks are ASCII): an array of Characters for
/// every indicator's name and algorithm had been a fifth of a large PIAO's time.
enum EmbeddedFields {
    /// "PESO: 35", "PESO:50", "PESO: 70 100", "(Peso: 50%)", "(PES0: 15%)", "(20%)", "(<del>10%</del> 15%)".
    /// `bare`: a percentage in brackets closing the cell, without "PESO", counts too.
    static func weight(in cell: Cell, bare: Bool = true) -> (rest: Cell, weight: Cell)? {
        // Cheap byte tests first (most cells embed nothing): "PESO"/"PES0" somewhere, or a percentage in brackets closing it.
        guard ByteSearch.contains(cell.text, "pes") || cell.text.hasSuffix(")") && cell.text.containsByte(UInt8(ascii: "%")) else { return nil }
        let text = Array(cell.rawText.utf8)
        for keyword in ["peso", "pes0"] {
            guard let start = find(keyword, in: text) else { continue }
            var index = start + keyword.utf8.count
            // A line break may part the keyword and its value, or an old value and the new ("(PESO:<br>40% 50%)").
            while index < text.count, isOneOf(text[index], ": \n\t\r") { index += 1 }
            let valueStart = index
            while index < text.count, let length = numberLength(text, at: index) ?? (isOneOf(text[index], ".,% \n\t\r") ? 1 : nil) { index += length }
            var valueEnd = index
            while valueEnd > valueStart, isOneOf(text[valueEnd - 1], " \n\t\r") { valueEnd -= 1 }
            guard valueEnd > valueStart, containsNumber(text, valueStart..<valueEnd) else { continue }
            var removeStart = start
            var removeEnd = valueEnd
            if let open = previousNonSpace(text, before: start), text[open] == UInt8(ascii: "("), index < text.count, text[index] == UInt8(ascii: ")") {
                removeStart = open
                removeEnd = index + 1
            }
            return (cell.removing(utf8: removeStart..<removeEnd), cell.slice(utf8: valueStart..<valueEnd))
        }
        // A bare trailing percentage in parentheses: "TITLE (20%)".
        guard bare, let close = text.lastIndex(of: UInt8(ascii: ")")), isAllSpace(text, (close + 1)..<text.count),
              let open = text[..<close].lastIndex(of: UInt8(ascii: "(")),
              isNumeric(text, (open + 1)..<close, orOneOf: ".,% "),
              text[(open + 1)..<close].contains(UInt8(ascii: "%")) else { return nil }
        return (cell.removing(utf8: open..<(close + 1)), cell.slice(utf8: (open + 1)..<close))
    }

    /// "(tipologia: Efficacia)", "Tipologia: Qualità - Outcome", "Tipologia di indicatore: Efficacia", "( Tipologia indicatore: X )".
    static func type(in cell: Cell) -> (rest: Cell, type: String)? {
        guard ByteSearch.contains(cell.text, "tipologia") else { return nil }
        let text = Array(cell.rawText.utf8)
        guard let start = find("tipologia", in: text) else { return nil }
        var index = start + "tipologia".utf8.count
        for filler in [" di indicatore", " indicatore"] { if let end = matchEnd(filler, in: text, at: index) { index = end; break } }
        while index < text.count, isOneOf(text[index], ": \n\t\r") { index += 1 }
        var removeStart = start
        var valueEnd = text.count
        var removeEnd = text.count
        if let open = previousNonSpace(text, before: start), text[open] == UInt8(ascii: "("), let close = text[index...].firstIndex(of: UInt8(ascii: ")")) {
            removeStart = open
            valueEnd = close
            removeEnd = close + 1
        }
        let value = Cell.clean(String(decoding: text[index..<valueEnd], as: UTF8.self))
        guard !value.isEmpty else { return nil }
        return (cell.removing(utf8: removeStart..<removeEnd), value)
    }

    /// "(fonte: Osservatorio camerale)", "(Fonte dei dati: Dintec e Movimprese)", "(Fonte IC-Priamo)".
    static func source(in cell: Cell) -> (rest: Cell, source: Cell)? {
        guard ByteSearch.contains(cell.text, "fonte") else { return nil }
        let text = Array(cell.rawText.utf8)
        guard let keyword = find("fonte", in: text), let open = previousNonSpace(text, before: keyword), text[open] == UInt8(ascii: "(") else { return nil }
        var index = keyword + "fonte".utf8.count
        if let end = matchEnd(" dei dati", in: text, at: index) { index = end }
        while index < text.count, isOneOf(text[index], ": \n\t\r") { index += 1 }
        var depth = 1
        var close = index
        while close < text.count {
            if text[close] == UInt8(ascii: "(") { depth += 1 }
            if text[close] == UInt8(ascii: ")") { depth -= 1; if depth == 0 { break } }
            close += 1
        }
        let valueEnd = min(close, text.count)
        guard valueEnd > index else { return nil }
        return (cell.removing(utf8: open..<min(close + 1, text.count)), cell.slice(utf8: index..<valueEnd))
    }

    /// An objective title as printed: "OS 1.1 – TITLE", "OO 1.1.3. – TITLE", "OS 3.1 TITLE" → ("OS 1.1", rest).
    static func code(in cell: Cell) -> (code: String, rest: Cell)? {
        // The first printed byte, when ASCII, must be an O: most titles are turned down before their bytes are copied.
        if let first = cell.rawText.utf8.first(where: { $0 != UInt8(ascii: " ") }), first < 0x80, first | 0x20 != UInt8(ascii: "o") { return nil }
        let text = Array(cell.rawText.utf8)
        var index = 0
        while index < text.count, text[index] == UInt8(ascii: " ") { index += 1 }
        guard index + 2 < text.count, text[index] | 0x20 == UInt8(ascii: "o") else { return nil }
        let prefix = text[index + 1] | 0x20 == UInt8(ascii: "s") ? "OS" : text[index + 1] | 0x20 == UInt8(ascii: "o") ? "OO" : nil
        guard let prefix else { return nil }
        index += 2
        while index < text.count, text[index] == UInt8(ascii: " ") { index += 1 }
        let numberStart = index
        while index < text.count, let length = numberLength(text, at: index) ?? (text[index] == UInt8(ascii: ".") ? 1 : nil) { index += length }
        let number = trimming(text[numberStart..<index], ".")
        guard !number.isEmpty, numberLength(Array(number.utf8), at: 0) != nil else { return nil }
        // The code as printed ("OS 1.1", "OS01.1.1"), without a closing full stop.
        let printed = trimming(text[(numberStart - (numberStart > 0 && text[numberStart - 1] == UInt8(ascii: " ") ? 3 : 2))..<index], ". ")
        while index < text.count, let length = dashOrSpaceLength(text, at: index) { index += length }
        return (printed.hasPrefix(prefix) ? printed : prefix + " " + number, cell.slice(utf8: index..<Int.max))
    }

    /// The bytes without `marks` (ASCII) at either end, as a String.
    private static func trimming(_ bytes: ArraySlice<UInt8>, _ marks: String) -> String {
        var lower = bytes.startIndex, upper = bytes.endIndex
        while lower < upper, marks.utf8.contains(bytes[lower]) { lower += 1 }
        while upper > lower, marks.utf8.contains(bytes[upper - 1]) { upper -= 1 }
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The byte offset where the ASCII `needle` (in lower case) is spelled, letters compared without case.
    private static func find(_ needle: String, in text: [UInt8]) -> Int? {
        let pattern = Array(needle.utf8)
        return text.withUnsafeBufferPointer { bytes in
            pattern.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: bytes, from: 0, caseInsensitive: true) }
        }
    }

    /// Where the words of `needle` (in lower case, a space before each) end when spelled from `start`:
    /// any run of spaces or line breaks between them (an HTML source wraps its lines anywhere).
    private static func matchEnd(_ needle: String, in text: [UInt8], at start: Int) -> Int? {
        var index = start
        for byte in needle.utf8 {
            if byte == UInt8(ascii: " ") {
                guard index < text.count, isOneOf(text[index], " \n\t\r") else { return nil }
                while index < text.count, isOneOf(text[index], " \n\t\r") { index += 1 }
                continue
            }
            guard index < text.count, folded(text[index]) == byte else { return nil }
            index += 1
        }
        return index
    }

    @inline(__always) private static func folded(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    @inline(__always) private static func isOneOf(_ byte: UInt8, _ marks: StaticString) -> Bool {
        marks.withUTF8Buffer { $0.contains(byte) }
    }

    /// The scalar at `index` (a String's bytes: it is whole).
    private static func scalar(_ text: [UInt8], at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let length = UTF8Scalar.length(text[index])
        guard length > 1 else { return (Unicode.Scalar(text[index]), 1) }
        let value = text.withUnsafeBufferPointer { UTF8Scalar.value($0, at: index, length: length) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The length of the character at `index` when it is a number (`Character.isNumber`: "7", "½"), else nil.
    private static func numberLength(_ text: [UInt8], at index: Int) -> Int? {
        let byte = text[index]
        if byte < 0x80 { return byte >= 0x30 && byte <= 0x39 ? 1 : nil }
        let (scalar, length) = scalar(text, at: index)
        return scalar.properties.numericType != nil ? length : nil
    }

    private static func containsNumber(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if numberLength(text, at: index) != nil { return true }
            index += UTF8Scalar.length(text[index])
        }
        return false
    }

    /// Every character in `range` is a number or one of the ASCII `marks`.
    private static func isNumeric(_ text: [UInt8], _ range: Range<Int>, orOneOf marks: StaticString) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            if let length = numberLength(text, at: index) { index += length; continue }
            guard isOneOf(text[index], marks) else { return false }
            index += 1
        }
        return true
    }

    /// White space only (Unicode spaces too), or nothing.
    private static func isAllSpace(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        var index = range.lowerBound
        while index < range.upperBound {
            let (scalar, length) = scalar(text, at: index)
            guard scalar.properties.isWhitespace else { return false }
            index += length
        }
        return true
    }

    /// A space, a hyphen or a dash ("–", "—") at `index`: its length in bytes.
    static func dashOrSpaceLength(_ text: [UInt8], at index: Int) -> Int? {
        if text[index] == UInt8(ascii: " ") || text[index] == UInt8(ascii: "-") { return 1 }
        guard index + 2 < text.count, text[index] == 0xE2, text[index + 1] == 0x80, text[index + 2] == 0x93 || text[index + 2] == 0x94 else { return nil }
        return 3
    }

    private static func previousNonSpace(_ text: [UInt8], before index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= 0, isOneOf(text[cursor], " \n\t\r") { cursor -= 1 }
        return cursor >= 0 ? cursor : nil
    }
}
