/// A heading that names its objective: "Obiettivo strategico 1.1 – Digitalizzazione delle imprese
/// (peso 40%)", "OBIETTIVO OPERATIVO n. 3: Tempi del Registro". Plans without "SCHEDA" labels open each
/// objective so, its indicators in the grid below.
enum ObjectiveHeading {
    struct Match {
        var level: ObjectiveLevel
        /// A number printed before the title ("1.1"); a code such as "OS 1.1" stays in the title, where
        /// the title's own reading finds it.
        var code: Cell?
        var title: Cell
    }

    private static let labels: [(String, ObjectiveLevel)] = [("OBIETTIVO STRATEGICO", .strategic), ("OBIETTIVO OPERATIVO", .operational)]

    /// `acceptingCodes`: "OS 1.2 – …" names an objective too, where an indicator grid follows it (002 prints
    /// its strategic objectives so over summary tables, line 745, and those open nothing).
    static func read(_ cell: Cell, acceptingCodes: Bool = false) -> Match? {
        let raw = Array(cell.rawText.utf8)
        guard raw.count <= 400 else { return nil }
        var index = 0
        skip(" \t*", in: raw, at: &index)
        // "OS 1.2 – Transizione digitale", "OO 1.2.1 – …": the code names the level; it stays in the title,
        // whose own reading takes it.
        for (prefix, level) in [("OS", ObjectiveLevel.strategic), ("OO", .operational)] where acceptingCodes && spells(prefix, raw, at: index) {
            var after = index + 2
            skip(" ", in: raw, at: &after)
            guard after > index + 2, after < raw.count, (0x30...0x39).contains(raw[after]) else { continue }
            let title = cell.slice(utf8: index..<raw.count)
            guard numbered(cell.slice(utf8: after..<raw.count)) != nil else { continue }
            return Match(level: level, code: nil, title: title)
        }
        guard let (label, level) = labels.first(where: { spells($0.0, raw, at: index) }) else { return nil }
        index += label.utf8.count
        // "OBIETTIVO STRATEGICO:" or "– ", then the objective; a word glued to the label ("STRATEGICOS") is not one.
        guard index < raw.count, " \t:-.".utf8.contains(raw[index]) || raw[index] >= 0x80 else { return nil }
        skip(" \t:-.", in: raw, at: &index)
        skipDash(raw, at: &index)
        if spells("N.", raw, at: index) || spells("N°", raw, at: index) {
            index += spells("N.", raw, at: index) ? 2 : "N°".utf8.count
            skip(" ", in: raw, at: &index)
        }
        let rest = cell.slice(utf8: index..<raw.count)
        let (code, title) = numbered(rest).map { ($0.code, $0.title) } ?? (nil, rest)
        // A title of a word at least; a heading that is the label alone is the sheet's caption, not this.
        guard title.text.utf8.count >= 3, title.text.contains(where: \.isLetter) else { return nil }
        return Match(level: level, code: code, title: title)
    }

    /// A title that opens with its number ("1.1 – Digitalizzazione", "2.1.3 Registro"): the number, and
    /// the title after it. `lettered`: the number may have a capital or two before it ("A1.1 Digitalizzazione",
    /// in a column that holds objectives' titles).
    static func numbered(_ cell: Cell, lettered: Bool = false) -> (code: Cell, title: Cell)? {
        let raw = Array(cell.rawText.utf8)
        var index = 0
        if lettered { while index < min(raw.count, 2), (0x41...0x5A).contains(raw[index]) { index += 1 } }
        guard index < raw.count, (0x30...0x39).contains(raw[index]) else { return nil }
        while index < raw.count, (0x30...0x39).contains(raw[index]) || raw[index] == UInt8(ascii: ".") && index + 1 < raw.count && (0x30...0x39).contains(raw[index + 1]) {
            index += 1
        }
        guard index < raw.count, " \t:-.)".utf8.contains(raw[index]) || raw[index] >= 0x80 else { return nil }
        let code = cell.slice(utf8: 0..<index)
        skip(" \t:-.)", in: raw, at: &index)
        skipDash(raw, at: &index)
        let title = cell.slice(utf8: index..<raw.count)
        return title.text.contains(where: \.isLetter) ? (code, title) : nil
    }

    /// Text without headings (tab-separated, `pdftotext`, a line in bold) prints an objective's heading as
    /// a line of a short paragraph right above its indicator grid (a description paragraph between them
    /// at most). The paragraph's lines before the name, the name as one cell (with up to two lines its
    /// title wraps onto), and the lines from a caption on ("Descrizione: …"). A line that names an
    /// objective over anything else (a summary table of operational objectives) is not one.
    static func paragraph(_ blocks: [Block], at index: Int) -> (before: [Cell], heading: Cell, after: [Cell])? {
        guard case let .paragraph(cells) = blocks[index], cells.count <= 6, opensGrid(blocks, after: index),
              let start = cells.indices.first(where: { read(cells[$0], acceptingCodes: true) != nil }) else { return nil }
        // The name, and up to two lines its title wraps onto.
        var end = start + 1
        while end < cells.count, end - start <= 2, SheetReader.inlineCaption(cells[end]) == nil, !SheetReader.isCaption(cells[end].text) { end += 1 }
        let heading = cells[(start + 1)..<end].reduce(cells[start]) { $0.appending($1) }
        return (Array(cells[..<start]), heading, Array(cells[end...]))
    }

    /// A heading "OS 1.2 – …" over an indicator grid (a description between them at most).
    static func codedHeading(_ blocks: [Block], at index: Int) -> Cell? {
        guard case let .heading(_, cell) = blocks[index], read(cell) == nil, let match = read(cell, acceptingCodes: true) else { return nil }
        if opensGrid(blocks, after: index) { return cell }
        // "### OS 1.2 – …" over "#### OO 1.2.1 – …" over its grid.
        guard match.level == .strategic, index + 1 < blocks.count, case let .heading(_, next) = blocks[index + 1],
              read(next, acceptingCodes: true)?.level == .operational, read(next) != nil || codedHeading(blocks, at: index + 1) != nil else { return nil }
        return cell
    }

    private static func opensGrid(_ blocks: [Block], after index: Int) -> Bool {
        for next in blocks.indices.dropFirst(index + 1).prefix(2) {
            switch blocks[next] {
            case .heading: return false
            case .paragraph: continue
            case let .table(rows):
                return rows.first(where: { !$0.nonEmptyCells.isEmpty }).flatMap { Grid.header($0) } != nil
            }
        }
        return false
    }

    /// Whether the bytes at `index` spell the ASCII `word`, letters compared without case.
    private static func spells(_ word: String, _ bytes: [UInt8], at index: Int) -> Bool {
        let word = Array(word.utf8)
        guard index + word.count <= bytes.count else { return false }
        return zip(word, bytes[index...]).allSatisfy { expected, byte in expected == byte || expected >= 0x41 && expected <= 0x5A && byte == expected | 0x20 }
    }

    private static func skip(_ marks: String, in bytes: [UInt8], at index: inout Int) {
        while index < bytes.count, marks.utf8.contains(bytes[index]) { index += 1 }
    }

    /// An en or em dash ("–", "—", the three-byte case of `EmbeddedFields.dashOrSpaceLength`) and the spaces after it.
    private static func skipDash(_ bytes: [UInt8], at index: inout Int) {
        while index < bytes.count, EmbeddedFields.dashOrSpaceLength(bytes, at: index) == 3 {
            index += 3
            skip(" \t", in: bytes, at: &index)
        }
    }
}
