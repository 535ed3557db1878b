/// Year headers of a grid: "Anno 2025", "2025", "TARGET 2025", possibly followed by the value
/// itself on the same cell ("Anno 2025 € 70.000,00").
enum YearHeader {
    struct Match {
        var year: Int
        var value: Cell
    }

    static func read(_ cell: Cell) -> Match? {
        let raw = cell.rawText
        guard mayHoldYear(raw) else { return nil }
        // The year comes within the first words: only their characters are made. The reading of
        // them stands when it stopped well before their end (a qualifier is tested up to 9 characters on).
        let head = Array(raw.prefix(48))
        var reading = parse(head)
        if head.count == 48, reading.stop + 9 >= head.count { reading = parse(Array(raw)) }
        return reading.year.map { Match(year: $0, value: cell.dropping(prefix: reading.stop)) }
    }

    /// Whether the first printed byte could open a year or a qualifier ("2025", "Anno", "Target",
    /// "Valore", "Stato", "Baseline"): most cells are turned down here, before any Character is made.
    /// Bytes past ASCII are left to the full reading.
    private static func mayHoldYear(_ raw: String) -> Bool {
        for byte in raw.utf8 {
            if byte.isASCIIWhitespace { continue }
            if byte >= 0x80 || (0x30...0x39).contains(byte) { return true }
            return "abstv".utf8.contains(byte | 0x20)
        }
        return false
    }

    /// The year, if any, and the character offset where the reading stopped (just past the year).
    private static func parse(_ characters: [Character]) -> (year: Int?, stop: Int) {
        var index = 0
        func skipSpaces() { while index < characters.count, characters[index].isSpace { index += 1 } }
        skipSpaces()
        // "Target Anno 2025", "Baseline 2024", "Anno 2025": qualifying words before the year.
        var matched = true
        while matched {
            matched = false
            for word in qualifiers {
                let end = index + word.utf8.count
                if end <= characters.count, spells(word, characters[index..<end]),
                   end == characters.count || !characters[end].isLetter {
                    index = end
                    skipSpaces()
                    matched = true
                    break
                }
            }
        }
        let digitsStart = index
        while index < characters.count, characters[index].isASCII, characters[index].isNumber { index += 1 }
        guard index - digitsStart == 4, let year = Int(String(characters[digitsStart..<index])), (1990...2100).contains(year) else { return (nil, index) }
        if index < characters.count, !characters[index].isSpace { return (nil, index) }
        return (year, index)
    }

    /// Whether the characters spell the lower-case ASCII `word`, letters compared without case.
    private static func spells(_ word: String, _ characters: ArraySlice<Character>) -> Bool {
        zip(word.utf8, characters).allSatisfy { expected, character in character.asciiValue.map { $0 | 0x20 } == expected }
    }

    /// The words that may stand before a year: "Anno 2025", "Target 2026", "Stato 2025".
    static let qualifiers = ["anno", "target", "valore", "stato", "baseline"]

    /// Whether a short text opens with a year or one of its qualifiers: a cheap test before `read`.
    static func mayOpen(_ text: String) -> Bool {
        guard text.utf8.count <= 200, let first = text.utf8.first else { return false }
        if first >= 0x30 && first <= 0x39 { return true }
        // A line whose first letter opens no qualifier is turned down before its bytes are copied.
        let lower = first | 0x20
        guard lower >= 0x61, lower <= 0x7A, qualifierInitials & (1 << UInt32(lower - 0x61)) != 0 else { return false }
        let opening = text.utf8.prefix(9).map { $0 | 0x20 }
        return spacedQualifiers.contains { opening.starts(with: $0) }
    }

    /// The qualifiers' first letters, one bit per letter a–z.
    private static let qualifierInitials: UInt32 = qualifiers.reduce(0) { $0 | 1 << UInt32($1.utf8.first! - 0x61) }

    /// The qualifiers' bytes with the space after them ("anno "), made once.
    private static let spacedQualifiers = qualifiers.map { Array(($0 + " ").utf8) }

    /// Whether a text is a year header and nothing else ("2025", "Target 2026").
    static func isHeaderAlone(_ text: some StringProtocol) -> Bool {
        read(Cell(runs: [StyledRun(String(text))], line: 0)).map { $0.value.isEmpty } == true
    }

    /// All non-empty cells are year headers: the years, or nil.
    static func headerYears(_ cells: [Cell]) -> [Int]? {
        let filled = cells.filter { !$0.isEmpty }
        guard !filled.isEmpty else { return nil }
        var years: [Int] = []
        for cell in filled {
            guard let match = read(cell), match.value.isEmpty else { return nil }
            years.append(match.year)
        }
        return years
    }
}
