import Foundation

/// Reads the front matter: which Chamber, which plan, which period, which act adopted it.
/// Only what is printed; a missing item stays nil.
enum MetadataReader {
    static func read(preamble: [Block], areaBlocks: [Block]) -> DocumentMetadata {
        let lines = textLines(Array(preamble.prefix(80)))
        // Flat text may print the front matter with no blank line between its lines, one paragraph:
        // its lines as printed give the subject and the act the paragraphs did not (an act line
        // with its number: a line of prose may open with "provvedimento" too).
        let printed = textLines(Array(preamble.prefix(80)), joined: false)
        var metadata = DocumentMetadata()
        metadata.title = subject(lines) ?? subject(printed) ?? titleBlock(Array(preamble.prefix(12))) ?? title(lines)
        metadata.act = act(lines) ?? act(printed).flatMap { $0.contains(where: \.isNumber) ? $0 : nil }
        metadata.entity = entity(lines)
        metadata.period = metadata.title.flatMap { period($0) ?? singleYear($0) } ?? lines.prefix(40).lazy.compactMap { period($0.text) }.first
            ?? textLines(preamble).lazy.filter { ByteSearch.contains($0.text, "triennio") }.compactMap { period($0.text) }.first
        metadata.kind = kind(title: metadata.title, head: lines.prefix(40).map(\.text).joined(separator: " "))
        metadata.areas = areas(textLines(areaBlocks))
        return metadata
    }

    /// Headings and paragraphs as text, a paragraph's lines joined; with `joined` false, each line of a
    /// paragraph as printed.
    private static func textLines(_ blocks: [Block], joined: Bool = true) -> [(text: String, isParagraphStart: Bool)] {
        blocks.flatMap { block -> [(text: String, isParagraphStart: Bool)] in
            switch block {
            case let .heading(_, cell): return [(cell.text, true)]
            case let .paragraph(cells) where joined: return [(Cell.clean(cells.map(\.text).joined(separator: " ")), true)]
            case let .paragraph(cells): return cells.enumerated().map { ($1.text, $0 == 0) }
            case let .table(rows):
                return centredRows(rows).map { ($0.nonEmptyCells[0].text, true) }
            }
        }
    }

    /// Lines centred on the page (pdftotext -layout: a cover) are rows of one cell right of empty ones,
    /// at the head of the table the lines below them make.
    static func centredRows(_ rows: [Row]) -> [Row] {
        Array(rows.prefix { $0.cells.first?.isEmpty == true && $0.nonEmptyCells.count == 1 })
    }

    /// What `read` looks at of a reading's blocks, so that a reading need not hold them all until the
    /// front matter is read: the first 80 blocks before the sheets and the later ones that speak of a
    /// "triennio" (the period's last resort), and the blocks that may name an area in 200 characters or
    /// fewer (`areas`' limit; a paragraph of k cells joins to at least k - 1 characters, its spaces).
    static func frontMatter(preamble: [Block], blocks: [Block]) -> (preamble: [Block], areaBlocks: [Block]) {
        let speaksOfTriennio = { (cell: Cell) in ByteSearch.contains(cell.text, "triennio") }
        let later = preamble.dropFirst(80).filter { block in
            switch block {
            case let .heading(_, cell): return speaksOfTriennio(cell)
            case let .paragraph(cells): return cells.contains(where: speaksOfTriennio)
            case .table: return false
            }
        }
        let short = areaBlocks(blocks).filter { block in
            guard case let .paragraph(cells) = block, cells.count > 201 else { return true }
            return cells.lazy.filter { !$0.isEmpty }.count <= 201
        }
        return (Array(preamble.prefix(80)) + later, short)
    }

    /// The blocks that may hold an area title, so the whole document is not joined for it.
    static func areaBlocks(_ blocks: [Block]) -> [Block] {
        blocks.filter(mayOpenWithA)
    }

    /// A block whose text may open with an A (both spellings of an area do). A paragraph's joined text
    /// opens as its first non-empty cell does, unless that cell holds only marks (then it is kept).
    private static func mayOpenWithA(_ block: Block) -> Bool {
        switch block {
        case let .heading(_, cell): return opensWithA(cell.text)
        case let .paragraph(cells):
            guard let first = cells.first(where: { !$0.text.isEmpty }) else { return false }
            return opensWithA(first.text) || holdsOnlyMarks(first.text)
        case .table: return false
        }
    }

    /// "Oggetto: Piano Integrato … - Revisione" in an act that adopts the plan.
    private static func subject(_ lines: [(text: String, isParagraphStart: Bool)]) -> String? {
        guard let index = lines.firstIndex(where: { $0.text.prefix(8).lowercased() == "oggetto:" }) else { return nil }
        var text = Cell.clean(lines[index].text.dropFirst("oggetto:".count))
        // "… 2025-2027 -" then "Revisione" on the next line: a subject wrapped after its dash.
        if text.hasSuffix("-") || text.hasSuffix("–"), index + 1 < lines.count { text += " " + lines[index + 1].text }
        return text
    }

    private static func title(_ lines: [(text: String, isParagraphStart: Bool)]) -> String? {
        // A short line that opens with the plan's name: "IL PIANO DEGLI INDICATORI … 2026".
        let planWords = ["piano integrato", "piao", "p.i.a.o", "piano degli indicatori", "pira", "piano della performance", "piano triennale"]
        return lines.prefix(40).first { line in
            guard line.text.utf8.count <= 600, line.text.count <= 150 else { return false }
            let lower = line.text.lowercased()
            // "Il piano …", "Estratto del piano …": an article or an extract's words before the name.
            let opening = ["il ", "estratto del ", "estratto dal "].first { lower.hasPrefix($0) }.map { String(lower.dropFirst($0.count)) } ?? lower
            return planWords.contains { opening.hasPrefix($0) }
        }?.text
    }

    /// The cover: the leading run of wholly bold lines ("**P.I.A.O.**", "**2025-2027**", "**Aggiornamento**").
    private static func titleBlock(_ blocks: [Block]) -> String? {
        var parts: [String] = []
        for block in blocks {
            let cells: [Cell]
            switch block {
            case let .heading(_, cell): cells = [cell]
            case let .paragraph(lines): cells = lines
            case .table: cells = []
            }
            guard !cells.isEmpty, cells.allSatisfy({ $0.isWholly(.bold) }) else { break }
            parts += cells.map(\.text)
        }
        let text = Cell.clean(parts.joined(separator: " "))
        let lower = text.lowercased()
        guard text.count <= 250, ["piano", "p.i.a.o", "piao"].contains(where: lower.contains) else { return nil }
        return text
    }

    private static func act(_ lines: [(text: String, isParagraphStart: Bool)]) -> String? {
        let acts = ["disposizione", "determinazione", "deliberazione", "delibera", "decreto", "provvedimento"]
        // Lower-case only the opening: a paragraph may be megabytes long.
        for (index, line) in lines.prefix(12).enumerated() where acts.contains(where: { line.text.prefix(16).lowercased().hasPrefix($0) }) {
            var text = line.text
            if !text.contains(" n. "), index + 1 < lines.count, lines[index + 1].text.prefix(2).lowercased() == "n." {
                text += " " + lines[index + 1].text
            }
            return text.count <= 200 ? text : nil
        }
        // "Revisione approvata con delibera di Giunta n. 58 del 15 luglio 2025": the act that adopted this
        // text, named inside a short line with its number (not one cited: "VISTO il Piano approvato con …").
        for line in lines.prefix(12) where line.text.count <= 200 {
            let lower = line.text.lowercased()
            // The line speaks of this text: it opens with its name or with the adoption ("Approvata con …",
            // "Allegato alla determinazione …"); a wrapped sentence citing an earlier act does not.
            let opening = lower.prefix { $0.isLetter }
            guard ["revisione", "piano", "piao", "pira", "aggiornamento", "approvato", "approvata", "adottato", "adottata",
                   "allegato", "allegata"].contains(String(opening)) else { continue }
            for act in acts {
                guard let range = lower.range(of: " " + act),
                      lower[range.upperBound...].contains(" n.") || lower[range.upperBound...].contains(" n°") else { continue }
                // The offset in the lower-cased copy, bounded: lower-casing may change a character's count.
                guard let start = line.text.index(line.text.startIndex, offsetBy: lower.distance(from: lower.startIndex, to: range.lowerBound) + 1,
                                                  limitedBy: line.text.endIndex) else { continue }
                let named = line.text[start...].prefix { $0 != ";" && $0 != "," }
                return String(named).trimmingCharacters(in: CharacterSet(charactersIn: " ."))
            }
        }
        return nil
    }

    private static func entity(_ lines: [(text: String, isParagraphStart: Bool)]) -> String? {
        // "Camera di commercio di Torino"; failing that, a Chamber named by its place alone ("la Camera di
        // Pistoia – Prato ha individuato"): "Camera di" and a capital, as printed.
        entity(lines) { $0.range(ofASCII: "camera di commercio") }
            ?? entity(lines) { text in
                guard let range = text.range(ofASCII: "Camera di ", caseInsensitive: false),
                      text[range.upperBound...].first?.isUppercase == true else { return nil }
                return range
            }
    }

    private static func entity(_ lines: [(text: String, isParagraphStart: Bool)], _ find: (String) -> Range<String.Index>?) -> String? {
        for line in lines where line.text.count <= 150 {
            guard let range = find(line.text) else { continue }
            // The name ends where the sentence goes on: "Camera di commercio di Torino, istituita nel 1825 …".
            var entity = String(line.text[range.lowerBound...])
            if let stop = nameEnd(entity) { entity = String(entity[..<stop]) }
            // "… di Varese - Anno 2016": a dash before a year or the plan's words ends the name (a dash
            // between places is the name's: "Cremona - Mantova - Pavia").
            for dash in [" - ", " – "] {
                guard let found = entity.range(of: dash) else { continue }
                let next = entity[found.upperBound...].lowercased()
                if next.first?.isNumber == true || ["anno", "piano", "triennio", "esercizio", "bilancio", "allegato", "pira", "piao",
                                                      "revisione", "aggiornamento"].contains(where: next.hasPrefix) {
                    entity = String(entity[..<found.lowerBound])
                }
            }
            // A cover's lines joined: the plan's name after the Chamber's ("… DEL BRENTA Piano Integrato …").
            for plan in [" piano integrato", " piano degli indicatori", " piano della performance", " piao "] {
                if let found = entity.range(ofASCII: plan) { entity = String(entity[..<found.lowerBound]) }
            }
            for verb in [" è ", " ha ", " per ", " che ", " in "] {
                if let found = entity.range(of: verb, range: entity.index(entity.startIndex, offsetBy: line.text[range].count)..<entity.endIndex) {
                    entity = String(entity[..<found.lowerBound])
                }
            }
            return entity.trimmingCharacters(in: CharacterSet(charactersIn: " .,;:*"))
        }
        return nil
    }

    /// Where a Chamber's name ends: at a comma, colon or bracket, except the commas of its full title
    /// ("Camera di commercio, industria, artigianato e agricoltura di …").
    private static func nameEnd(_ text: String) -> String.Index? {
        var index = text.startIndex
        while let stop = text[index...].firstIndex(where: { ",;:(".contains($0) }) {
            let next = text[text.index(after: stop)...].drop { $0 == " " }.lowercased()
            guard text[stop] == ",", ["industria", "artigianato", "agricoltura"].contains(where: next.hasPrefix) else { return stop }
            index = text.index(after: stop)
        }
        return nil
    }

    /// "AMBITO STRATEGICO 1 – COMPETITIVITA' DEL SISTEMA ECONOMICO", or the shorter "AS 2 - Servizi anagrafici":
    /// the first full spelling of each area wins.
    static func areas(_ lines: [(text: String, isParagraphStart: Bool)]) -> [String: String] {
        var areas: [String: String] = [:]
        var short: [String: String] = [:]
        for line in lines where opensWithA(line.text) && line.text.hasAtMost(characters: 200) {
            let key = Label.normalizedKey(line.text)
            for (prefix, isFull) in [("AMBITO STRATEGICO ", true), ("AS ", false)] where key.hasPrefix(prefix) {
                let body = Substring(key.dropFirst(prefix.count))
                let code = body.prefix { $0.isNumber }
                guard !code.isEmpty else { continue }
                // Take the title from the printed text (accents kept): what follows the code and its dash.
                guard let codeRange = line.text.range(of: String(code)) else { continue }
                let title = Cell.clean(line.text[codeRange.upperBound...].drop { " -–—:".contains($0) })
                    .trimmingCharacters(in: CharacterSet(charactersIn: "*"))
                guard !title.isEmpty else { continue }
                if isFull {
                    if areas[String(code)] == nil { areas[String(code)] = title }
                } else if short[String(code)] == nil {
                    short[String(code)] = title
                }
            }
        }
        return short.merging(areas) { _, full in full }
    }

    /// Only spaces and the marks a key drops ("*", "'", "’", "`", "´"). An ASCII first byte that is
    /// neither, with no mark able to join it, answers without a Character being made.
    private static func holdsOnlyMarks(_ text: String) -> Bool {
        let utf8 = text.utf8
        if let first = utf8.first, first < 0x80, !first.isASCIIWhitespace, first != UInt8(ascii: "*"), first != UInt8(ascii: "'"),
           first != UInt8(ascii: "`"), utf8.dropFirst().first.map({ $0 < 0x80 }) ?? true { return false }
        return !text.contains(where: { !($0.isSpace || "*'’`´".contains($0)) })
    }

    /// Both spellings open with an A once marks and apostrophes are dropped: a cheap test before the key.
    private static func opensWithA(_ text: String) -> Bool {
        // Bytes first: ASCII spaces and marks skipped, an ASCII letter answers unless a mark may follow it.
        let decided: Bool?? = text.utf8.withContiguousStorageIfAvailable { utf8 in
            for index in 0..<min(utf8.count, 64) {
                let byte = utf8[index]
                if byte.isASCIIWhitespace || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "`") { continue }
                guard byte < 0x80, index + 1 == utf8.count || utf8[index + 1] < 0x80 else { return nil }
                return byte == UInt8(ascii: "A") || byte == UInt8(ascii: "a")
            }
            return nil
        }
        if let decided = decided ?? nil { return decided }
        guard let first = text.first(where: { !($0.isSpace || "*'’`´".contains($0)) }) else { return false }
        return "AaÀÁàá".contains(first)
    }

    /// "2025-2027", "2025/2027", "2025 – 2027"; or a single year "2026".
    static func period(_ text: String) -> Period? {
        // Bytes: years are ASCII digits, and a title line may be a whole flattened document.
        let bytes = Array(text.utf8)
        func isDigit(_ index: Int) -> Bool { bytes[index] >= UInt8(ascii: "0") && bytes[index] <= UInt8(ascii: "9") }
        var years: [(value: Int, start: Int, end: Int)] = []
        var index = 0
        while index + 4 <= bytes.count {
            let bounded = (index == 0 || !isDigit(index - 1)) && (index + 4 == bytes.count || !isDigit(index + 4))
            if bounded, (index..<index + 4).allSatisfy(isDigit) {
                let year = bytes[index..<index + 4].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
                if (2000...2100).contains(year) {
                    years.append((year, index, index + 4))
                    index += 4
                    continue
                }
            }
            index += 1
        }
        for (first, second) in zip(years, years.dropFirst()) where second.value > first.value && second.value - first.value <= 5 {
            let between = String(decoding: bytes[first.end..<second.start], as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if ["-", "/", "–", "—"].contains(between) { return Period(start: first.value, end: second.value) }
        }
        return nil
    }

    /// A plan for one year: "… DI BILANCIO 2026".
    static func singleYear(_ text: String) -> Period? {
        let years = years(in: text)
        return years.count == 1 ? Period(start: years[0], end: years[0]) : nil
    }

    /// The years printed in a text, in order: runs of digits between 2000 and 2100.
    static func years(in text: String) -> [Int] {
        text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }.filter { (2000...2100).contains($0) }
    }

    private static func kind(title: String?, head: String) -> DocumentKind {
        let title = (title ?? "").lowercased()
        let text = title + " " + head
        if ByteSearch.contains(text, "piano degli indicatori e dei risultati attesi") || ByteSearch.contains(text, "piano degli indicatori e risultati attesi")
            || title.contains("pira") || title.contains("p.i.r.a") { return .pira }
        let isPIAO = ByteSearch.contains(text, "piano integrato di attività e organizzazione") || ByteSearch.contains(text, "piao")
        if isPIAO && (title.contains("revisione") || title.contains("variazione")) { return .piaoRevision }
        if isPIAO { return .piao }
        if ByteSearch.contains(text, "piano della performance") { return .performancePlan }
        return .unknown
    }
}
