/// A cell that names the year of each of its values, under a column that names none: a PIRA's
/// single "Target" column ("Anno 2015: >= 90% Anno 2016: >= 95% Anno 2017: >= 100%",
/// "2024: ≥ 80%; 2025: ≥ 85%", one per line). Read as one cell a year, each keeping its runs'
/// styles, so a struck value inside stays a revision.
enum YearLabelledValues {
    struct Part {
        var year: Int
        var cell: Cell
    }

    /// The cell's parts, when it opens with a year label and every label is followed by a value.
    /// A year is a label only at a word's start, after a qualifier ("Anno 2025 …") or before a colon
    /// ("2025: …"): a year inside a date ("31/12/2025") or a sentence ("entro il 2025") is a value's.
    static func split(_ cell: Cell) -> [Part]? {
        let raw = Array(cell.rawText.utf8)
        let labels = self.labels(in: raw)
        guard let first = labels.first, raw[..<first.start].allSatisfy(\.isASCIIWhitespace) else { return nil }
        var parts: [Part] = []
        for (index, label) in labels.enumerated() {
            let end = index + 1 < labels.count ? labels[index + 1].start : raw.count
            guard let range = trimmed(raw, label.end..<end), !parts.contains(where: { $0.year == label.year }) else { return nil }
            parts.append(Part(year: label.year, cell: cell.slice(utf8: range)))
        }
        return parts
    }

    /// Every filled cell's parts, when each cell is year-labelled and no year comes twice.
    static func split(_ cells: [Cell]) -> [Part]? {
        let filled = cells.filter { !$0.isEmpty }
        guard !filled.isEmpty else { return nil }
        var parts: [Part] = []
        for cell in filled {
            guard let cellParts = split(cell) else { return nil }
            parts += cellParts
        }
        return Set(parts.map(\.year)).count == parts.count ? parts : nil
    }

    private struct Label {
        var start: Int
        var end: Int
        var year: Int
    }

    private static func labels(in raw: [UInt8]) -> [Label] {
        var labels: [Label] = []
        var index = 0
        while index < raw.count {
            let atWord = index == 0 || raw[index - 1].isASCIIWhitespace || separators.contains(raw[index - 1])
            if atWord, let label = label(in: raw, at: index) {
                labels.append(label)
                index = label.end
            } else {
                index += 1
            }
        }
        return labels
    }

    /// "Anno 2025", "Target 2025:", "2025:" at `start`, with the spaces and colon after it.
    private static func label(in raw: [UInt8], at start: Int) -> Label? {
        var index = start
        var qualified = false
        if let word = qualifiers.first(where: { spells($0, raw, at: start) }), start + word.count < raw.count, raw[start + word.count].isASCIIWhitespace {
            index = start + word.count
            while index < raw.count, raw[index].isASCIIWhitespace { index += 1 }
            qualified = true
        }
        let digits = index
        while index < raw.count, (0x30...0x39).contains(raw[index]) { index += 1 }
        guard index - digits == 4, let year = Int(String(decoding: raw[digits..<index], as: UTF8.self)), (1990...2100).contains(year) else { return nil }
        var end = index
        while end < raw.count, raw[end] == 0x20 || raw[end] == 0x09 { end += 1 }
        if end < raw.count, raw[end] == 0x3A {
            end += 1
        } else if !qualified || index < raw.count && !raw[index].isASCIIWhitespace {
            return nil
        }
        return Label(start: start, end: end, year: year)
    }

    /// The range without spaces and the separators printed between parts ("…; 2025: …", "… | 2025").
    private static func trimmed(_ raw: [UInt8], _ range: Range<Int>) -> Range<Int>? {
        var (lower, upper) = (range.lowerBound, range.upperBound)
        while lower < upper, raw[lower].isASCIIWhitespace { lower += 1 }
        while upper > lower, raw[upper - 1].isASCIIWhitespace { upper -= 1 }
        // A dash alone is the value ("Risorse 2025: -", nothing allotted), not a separator.
        if upper == lower + 1, raw[lower] == 0x2D { return lower..<upper }
        while upper > lower, raw[upper - 1].isASCIIWhitespace || separators.contains(raw[upper - 1]) { upper -= 1 }
        return lower < upper ? lower..<upper : nil
    }

    /// Whether `word` (lower-case ASCII) is spelled at `start`, letters compared without case.
    private static func spells(_ word: [UInt8], _ raw: [UInt8], at start: Int) -> Bool {
        start + word.count <= raw.count && word.indices.allSatisfy { raw[start + $0] | 0x20 == word[$0] }
    }

    private static let qualifiers = ["anno", "target", "valore", "obiettivo", "risorse"].map { Array($0.utf8) }

    /// ";", ",", "|", "-": printed between one year's value and the next label.
    private static let separators: [UInt8] = [0x3B, 0x2C, 0x7C, 0x2D]
}

extension YearCells {
    /// A year-labelled cell's parts, each under its year (joined to a value that year already has).
    mutating func add(_ parts: [YearLabelledValues.Part]) {
        for part in parts {
            if let existing = years.firstIndex(of: part.year) {
                cells[existing] = cells[existing].appending(part.cell)
            } else {
                years.append(part.year)
                cells.append(part.cell)
            }
        }
    }
}
