/// Cells cut out of a flat text line, their styles kept: year headers, values under years, a
/// value's wrapped continuation. Used by `LabelledLines` to rebuild a sheet's rows.
enum FlatCells {
    /// A value wrapped onto the next line goes on in lower case, or after a word or mark that cannot end it.
    static func continues(_ text: String, with next: String) -> Bool {
        next.first?.isLowercase == true || endsOpen(text)
    }

    /// A name cut after a word that cannot end it goes on in `next`'s words ("… entro il" / "2022 SOGLIA 80%";
    /// "% di raggiungimento …" after "… dei KPI del" is something else).
    static func goesOnInWords(_ name: String, with next: String) -> Bool {
        next.first.map { $0.isLetter || $0.isNumber } == true && endsOpen(name)
    }

    /// The text ends on a mark or a word that cannot end it ("… entro il").
    static func endsOpen(_ text: String) -> Bool {
        if let last = text.last, ",;-–(/".contains(last) { return true }
        let lastWord = text.spaceSeparatedWords().last.map { $0.lowercased() } ?? ""
        return ["e", "o", "di", "del", "della", "dei", "delle", "degli", "per", "a", "al", "alla", "in", "con", "da", "su", "tra", "il", "la", "le", "i", "gli", "un", "una"].contains(lastWord)
    }

    /// "Anno 2024 Anno 2025 Anno 2026" → three header cells; nil unless the cell holds only year headers.
    static func yearHeaders(_ cell: Cell) -> [Cell]? {
        guard YearHeader.mayOpen(cell.text), mayBeYearHeaders(cell.text) else { return nil }
        var cells: [Cell] = []
        var rest = cell
        while !rest.isEmpty {
            guard let match = YearHeader.read(rest) else { return nil }
            let length = rest.rawText.count - match.value.rawText.count
            cells.append(rest.slice(0..<length))
            let raw = match.value.rawText
            let spaces = raw.prefix(while: \.isSpace).count
            rest = spaces > 0 ? match.value.slice(spaces..<raw.count) : match.value
        }
        return cells.isEmpty ? nil : cells
    }

    /// A byte test before the cells are cut: in ASCII text, year headers are words that are a
    /// qualifier ("Anno"), four digits, or both run together ("Anno2025"). Other text is left to `read`.
    private static func mayBeYearHeaders(_ text: String) -> Bool {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return true }
        return text.utf8.split(whereSeparator: \.isASCIIWhitespace).allSatisfy { word in
            let letters = word.filter { (0x61...0x7A).contains($0 | 0x20) }.count
            let digits = word.filter { (0x30...0x39).contains($0) }.count
            guard letters + digits == word.count else { return false }
            if digits == 0 { return YearHeader.qualifiers.contains(String(decoding: word.map { $0 | 0x20 }, as: UTF8.self)) }
            return letters > 0 || digits == 4
        }
    }

    /// "Anno 2025 € 70.000,00 Anno 2026 € 30.000,00" → a cell per year, each with its value; nil
    /// unless the text opens with "Anno" and a year and has two such cells at least.
    static func yearValueCells(_ cell: Cell) -> [Cell]? {
        let text = cell.rawText
        guard text.utf8.count <= 400 else { return nil }
        var starts: [Int] = []
        var offset = 0
        var index = text.startIndex
        while index < text.endIndex {
            let atWord = index == text.startIndex || text[text.index(before: index)].isSpace
            if atWord, text[index...].prefix(5).lowercased() == "anno ", YearHeader.read(Cell(runs: [StyledRun(String(text[index...].prefix(16)))], line: 0)) != nil {
                starts.append(offset)
            }
            offset += 1
            index = text.index(after: index)
        }
        guard starts.count >= 2, starts[0] == text.prefix(while: \.isSpace).count else { return nil }
        return zip(starts, starts.dropFirst() + [offset]).map { cell.slice($0..<$1) }
    }

    /// "≥ 30 ≥ 30 //" → three cells, their styles kept; nil when the line is not all values.
    static func valueCells(_ line: Cell) -> [Cell]? {
        guard let tokens = ValueTokens.split(line.rawText) else { return nil }
        let characters = Array(line.rawText)
        var cells: [Cell] = []
        var position = 0
        for token in tokens {
            let wanted = Array(token)
            guard let start = (position...max(position, characters.count - wanted.count)).first(where: {
                $0 + wanted.count <= characters.count && Array(characters[$0..<$0 + wanted.count]) == wanted
            }) else { return nil }
            cells.append(line.slice(start..<start + wanted.count))
            position = start + wanted.count
        }
        return cells
    }

    /// A value, after the operator that may open it ("= 100%", ">= n.d.").
    static func isValue(_ text: String) -> Bool {
        let rest = text.drop { ">=<≥≤ ".contains($0) }
        return rest.isEmpty || ValueTokens.split(String(rest)) != nil
    }
}
