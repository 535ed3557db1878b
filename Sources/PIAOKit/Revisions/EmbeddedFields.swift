import Foundation

/// Fields printed inside another cell: "Name <b>PESO: 35</b> (tipologia: Efficacia)",
/// "Algorithm (Fonte dei dati: Osservatorio camerale)", "OO 1.1.1 – TITLE (PESO: <del>5%</del> 7%)".
/// Each function returns the cell without the field, and the field itself.
enum EmbeddedFields {
    /// "PESO: 35", "PESO:50", "PESO: 70 100", "(Peso: 50%)", "(PES0: 15%)", "(20%)", "(<del>10%</del> 15%)".
    static func weight(in cell: Cell) -> (rest: Cell, weight: Cell)? {
        // Cheap byte tests first (most cells embed nothing): "PESO"/"PES0" somewhere, or a percentage in brackets closing it.
        guard ByteSearch.contains(cell.text, "pes") || cell.text.hasSuffix(")") && cell.text.containsByte(UInt8(ascii: "%")) else { return nil }
        let text = Array(cell.rawText)
        let keys = foldedKeys(text)
        for keyword in ["PESO", "PES0"] {
            guard let start = find(keyword, in: keys) else { continue }
            var index = start + keyword.count
            while index < text.count, text[index] == ":" || text[index] == " " { index += 1 }
            let valueStart = index
            while index < text.count, text[index].isNumber || ".,% ".contains(text[index]) { index += 1 }
            var valueEnd = index
            while valueEnd > valueStart, text[valueEnd - 1] == " " { valueEnd -= 1 }
            guard valueEnd > valueStart, text[valueStart..<valueEnd].contains(where: \.isNumber) else { continue }
            var removeStart = start
            var removeEnd = valueEnd
            if let open = previousNonSpace(text, before: start), text[open] == "(", index < text.count, text[index] == ")" {
                removeStart = open
                removeEnd = index + 1
            }
            return (cell.removing(removeStart..<removeEnd), cell.slice(valueStart..<valueEnd))
        }
        // A bare trailing percentage in parentheses: "TITLE (20%)".
        guard let close = text.lastIndex(of: ")"), text[(close + 1)...].allSatisfy(\.isSpace),
              let open = text[..<close].lastIndex(of: "("),
              text[(open + 1)..<close].allSatisfy({ $0.isNumber || ".,% ".contains($0) }),
              text[(open + 1)..<close].contains("%") else { return nil }
        return (cell.removing(open..<(close + 1)), cell.slice((open + 1)..<close))
    }

    /// "(tipologia: Efficacia)", "Tipologia: Qualità - Outcome", "Tipologia di indicatore: Efficacia", "( Tipologia indicatore: X )".
    static func type(in cell: Cell) -> (rest: Cell, type: String)? {
        guard ByteSearch.contains(cell.text, "tipologia") else { return nil }
        let text = Array(cell.rawText)
        let keys = foldedKeys(text)
        guard let start = find("tipologia", in: keys) else { return nil }
        var index = start + "tipologia".count
        for filler in [" di indicatore", " indicatore"] where matches(filler, in: keys, at: index) { index += filler.count; break }
        while index < text.count, text[index] == ":" || text[index] == " " { index += 1 }
        var removeStart = start
        var valueEnd = text.count
        var removeEnd = text.count
        if let open = previousNonSpace(text, before: start), text[open] == "(", let close = text[index...].firstIndex(of: ")") {
            removeStart = open
            valueEnd = close
            removeEnd = close + 1
        }
        let value = Cell.clean(String(text[index..<valueEnd]))
        guard !value.isEmpty else { return nil }
        return (cell.removing(removeStart..<removeEnd), value)
    }

    /// "(fonte: Osservatorio camerale)", "(Fonte dei dati: Dintec e Movimprese)", "(Fonte IC-Priamo)".
    static func source(in cell: Cell) -> (rest: Cell, source: Cell)? {
        guard ByteSearch.contains(cell.text, "fonte") else { return nil }
        let text = Array(cell.rawText)
        let keys = foldedKeys(text)
        guard let keyword = find("fonte", in: keys), let open = previousNonSpace(text, before: keyword), text[open] == "(" else { return nil }
        var index = keyword + "fonte".count
        if matches(" dei dati", in: keys, at: index) { index += " dei dati".count }
        while index < text.count, text[index] == ":" || text[index] == " " { index += 1 }
        var depth = 1
        var close = index
        while close < text.count {
            if text[close] == "(" { depth += 1 }
            if text[close] == ")" { depth -= 1; if depth == 0 { break } }
            close += 1
        }
        let valueEnd = min(close, text.count)
        guard valueEnd > index else { return nil }
        return (cell.removing(open..<min(close + 1, text.count)), cell.slice(index..<valueEnd))
    }

    /// An objective title as printed: "OS 1.1 – TITLE", "OO 1.1.3. – TITLE", "OS 3.1 TITLE" → ("OS 1.1", rest).
    static func code(in cell: Cell) -> (code: String, rest: Cell)? {
        // The first printed byte, when ASCII, must be an O: most titles are turned down before their characters are made.
        if let first = cell.rawText.utf8.first(where: { $0 != UInt8(ascii: " ") }), first < 0x80, first | 0x20 != UInt8(ascii: "o") { return nil }
        // The code is at the start: its reading on the first characters stands unless it ran up to their end.
        let raw = cell.rawText
        let head = Array(raw.prefix(64))
        var reading = readCode(head)
        if head.count == 64, reading.stop + 3 >= head.count { reading = readCode(Array(raw)) }
        return reading.code.map { ($0.code, cell.slice($0.restStart..<Int.max)) }
    }

    /// The code and where the title after it starts; `stop` is where the reading stopped.
    private static func readCode(_ text: [Character]) -> (code: (code: String, restStart: Int)?, stop: Int) {
        var index = 0
        while index < text.count, text[index] == " " { index += 1 }
        guard index + 2 < text.count else { return (nil, index) }
        let prefix = String(text[index..<index + 2]).uppercased()
        guard prefix == "OS" || prefix == "OO" else { return (nil, index) }
        index += 2
        while index < text.count, text[index] == " " { index += 1 }
        let numberStart = index
        while index < text.count, text[index].isNumber || text[index] == "." { index += 1 }
        let number = trimming(text[numberStart..<index], ["."])
        guard number.first?.isNumber == true else { return (nil, index) }
        // The code as printed ("OS 1.1", "OS01.1.1"), without a closing full stop.
        let printed = trimming(text[(numberStart - (numberStart > 0 && text[numberStart - 1] == " " ? 3 : 2))..<index], [".", " "])
        while index < text.count, " -–—".contains(text[index]) { index += 1 }
        return ((printed.hasPrefix(prefix) ? printed : prefix + " " + number, index), index)
    }

    /// The characters without `marks` at either end (Foundation's CharacterSet trimming, without bridging).
    private static func trimming(_ characters: ArraySlice<Character>, _ marks: [Character]) -> String {
        var lower = characters.startIndex, upper = characters.endIndex
        while lower < upper, marks.contains(characters[lower]) { lower += 1 }
        while upper > lower, marks.contains(characters[upper - 1]) { upper -= 1 }
        return String(characters[lower..<upper])
    }

    /// Each character as a byte for keyword searches: one-scalar ASCII characters with letters in
    /// lower case, 0 for any other character (no keyword holds it).
    private static func foldedKeys(_ text: [Character]) -> [UInt8] {
        text.map { character in
            // One UTF-8 byte: a one-scalar ASCII character ("\r\n" has two).
            let utf8 = character.utf8
            return utf8.count == 1 ? folded(utf8.first!) : 0
        }
    }

    /// The first character offset where the ASCII `needle` is spelled, letters compared without case.
    private static func find(_ needle: String, in keys: [UInt8]) -> Int? {
        let pattern = needle.utf8.map(folded)
        return keys.withUnsafeBufferPointer { bytes in
            pattern.withUnsafeBufferPointer { ByteSearch.firstOffset(of: $0, in: bytes, from: 0, caseInsensitive: false) }
        }
    }

    private static func matches(_ needle: String, in keys: [UInt8], at start: Int) -> Bool {
        guard start + needle.utf8.count <= keys.count else { return false }
        return zip(keys[start...], needle.utf8).allSatisfy { $0 == folded($1) }
    }

    @inline(__always) private static func folded(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte
    }

    private static func previousNonSpace(_ text: [Character], before index: Int) -> Int? {
        var cursor = index - 1
        while cursor >= 0, text[cursor] == " " { cursor -= 1 }
        return cursor >= 0 ? cursor : nil
    }
}
