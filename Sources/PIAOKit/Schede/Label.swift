import Foundation

/// The printed labels of a sheet. Documents spell them many ways ("UNITÀ"/"UNITA'",
/// "FONTE"/"FONTI DEL DATO", "SCHEDA"/"SCHEMA", "(*)" suffixes); this is the one place that
/// knows them all.
public enum Label: String, Sendable, CaseIterable {
    case strategicSheet, operationalSheet
    case indicatorGrid, indicatorSection
    case mission, programme, area, strategicObjective, operationalObjective, description
    case objectiveWeight, indicatorWeight, weight, resources
    case algorithm, target, source, measure, type, unit, monitoring
    /// "Baseline", "Valore 2021", "Stato 2025": the value the targets start from.
    case baseline
    /// "Valore segnaletico": what the indicator signals (its description).
    case signal
    /// "Codice": the objective's code in a PIRA ("01_01_OS02").
    case code
    /// "Ufficio": the office inside the unit ("Area di responsabilità").
    case office
    /// Fields that flow text prints without a label: an indicator's code, its flags, its threshold.
    case indicatorCode, flags, threshold

    /// Longer spellings first: the first prefix that matches wins.
    private static let spellings: [(String, Label)] = [
        ("SCHEDA OBIETTIVO STRATEGICO", .strategicSheet), ("SCHEMA OBIETTIVO STRATEGICO", .strategicSheet),
        ("SCHEDA OBIETTIVO OPERATIVO", .operationalSheet), ("SCHEMA OBIETTIVO OPERATIVO", .operationalSheet),
        ("SCHEDA PROGRAMMAZIONE OPERATIVA", .operationalSheet), ("SCHEMA PROGRAMMAZIONE OPERATIVA", .operationalSheet),
        ("INDICATORE DESCRIZIONE", .indicatorGrid),
        ("INDICATORE/I", .indicatorSection), ("INDICATORI", .indicatorSection), ("INDICATORE", .indicatorGrid),
        // Other Chambers' spellings of the same rows.
        ("NOME INDICATORE", .indicatorGrid), ("DENOMINAZIONE INDICATORE", .indicatorGrid),
        ("DESCRIZIONE INDICATORE", .indicatorGrid), ("DESCRIZIONE KPI", .indicatorGrid), ("KPI", .indicatorGrid),
        ("METODO DI CALCOLO", .algorithm), ("MODALITA DI CALCOLO", .algorithm), ("FORMULA DI CALCOLO", .algorithm),
        ("FORMULA", .algorithm), ("U.M.", .measure), ("BUDGET", .resources),
        ("TIPO INDICATORE", .type), ("TIPO DI INDICATORE", .type), ("TIPO", .type),
        ("VALORE ATTESO", .target), ("VALORE TARGET", .target), ("VALORE OBIETTIVO", .target), ("RISULTATI ATTESI", .target),
        ("AREA STRATEGICA", .area), ("PRIORITA STRATEGICA", .area),
        ("STRUTTURA RESPONSABILE", .unit), ("CENTRO DI RESPONSABILITA", .unit), ("SERVIZIO RESPONSABILE", .unit),
        ("MISSIONE", .mission), ("PROGRAMMA", .programme),
        ("D.M. 27/03/2013 MISSIONE", .mission), ("D.M. 27/03/2013 PROGRAMMA", .programme),
        ("LINEA STRATEGICA", .area), ("AMBITO STRATEGICO", .area),
        ("OBIETTIVO STRATEGICO", .strategicObjective), ("OBIETTIVO OPERATIVO", .operationalObjective),
        ("OBIETTIVI OPERATIVI", .operationalObjective),
        ("VALORE SEGNALETICO", .signal), ("BASELINE", .baseline), ("STATO", .baseline),
        ("OBIETTIVO", .strategicObjective), ("CODICE", .code),
        ("AREA DI RESPONSABILITA", .unit), ("UFFICIO", .office),
        ("DESCRIZIONE", .description),
        ("PESO OBIETTIVO", .objectiveWeight), ("PESO INDICATORE", .indicatorWeight), ("PESO", .weight),
        ("RISORSE", .resources), ("ALGORITMO", .algorithm),
        ("RISULTATO ATTESO", .target), ("TARGET", .target),
        ("FONTE", .source), ("FONTI", .source),
        ("UNITA DI MISURA", .measure), ("UDM", .measure),
        ("TIPOLOGIA", .type),
        ("UNITA ORGANIZZATIVA", .unit), ("U.O.", .unit),
        ("MONITORAGGIO", .monitoring),
    ]

    /// "INDICATORE", "Nome indicatore:": a label, whole, that the indicator's name follows in the next
    /// cell ("INDICATORE | Tempo medio di evasione"); not a wrapped line ("indicatore: Efficacia").
    static func namesAnIndicator(_ text: String) -> Bool {
        // A line in lower case goes on from the one above ("Tipologia di" / "indicatore: Efficacia").
        guard text.first?.isUppercase == true else { return false }
        var key = Substring(normalizedKey(text).trimmingCharacters(in: CharacterSet(charactersIn: " :")))
        // "INDICATORE N. 1", "KPI 2": a numbered label.
        for number in [" N. ", " N.", " N° ", " "] {
            if let range = key.range(of: number, options: .backwards), key[range.upperBound...].allSatisfy(\.isNumber),
               !key[range.upperBound...].isEmpty { key = key[..<range.lowerBound]; break }
        }
        return ["INDICATORE", "NOME INDICATORE", "DENOMINAZIONE INDICATORE", "DENOMINAZIONE DELL'INDICATORE",
                "DESCRIZIONE INDICATORE", "DESCRIZIONE KPI", "KPI"].contains(String(key))
    }

    /// The label a cell holds, if the whole cell is a label (not text that starts like one).
    public static func match(_ text: String) -> Label? {
        guard text.utf8.count <= 280, mayStartLabel(text), text.hasAtMost(characters: 70) else { return nil }
        let key = keyBytes(text)
        guard let initial = key.first, initial >= 0x41, initial <= 0x5A else { return nil }
        // A key in ASCII (nearly every one: accents are dropped) is read on its bytes, a Character each.
        guard key.allSatisfy({ $0 < 0x80 }) else { return match(key: String(decoding: key, as: UTF8.self)).flatMap { continuation($0, text) } }
        for index in spellingsByInitial[Int(initial - 0x41)] where key.starts(with: spellingBytes[index]) {
            let label = spellings[index].1
            var position = spellingBytes[index].count
            guard position < key.count else { return label }
            if isASCIILetter(key[position]) { continue }
            while position < key.count, key[position] == UInt8(ascii: " ") || key[position] == UInt8(ascii: ":") { position += 1 }
            let tail = key[position...]
            if accepts(label, tail: tail.first.map { "(-/%".utf8.contains($0) || (0x30...0x39).contains($0) } ?? true || tail.starts(with: "ANNO ".utf8),
                       completion: tail.count <= 14 && tail.allSatisfy { isASCIILetter($0) || " -.".utf8.contains($0) }) { return continuation(label, text) }
        }
        return nil
    }

    /// "indicatore: Efficacia" in lower case, words after it: a wrapped line going on from the one above
    /// ("Tipologia di" / "indicatore: Efficacia"), not the label that a grid's header opens with.
    private static func continuation(_ label: Label, _ text: String) -> Label? {
        guard label == .indicatorGrid, let first = text.utf8.first, (0x61...0x7A).contains(first) else { return label }
        return isSpelling(orStartOf: text) ? label : nil
    }

    /// `match` by Characters, for a key past ASCII.
    static func match(key: String) -> Label? {
        guard let initial = key.utf8.first, initial >= 0x41, initial <= 0x5A else { return nil }
        let keyBytes = Array(key.utf8)
        for index in spellingsByInitial[Int(initial - 0x41)] where keyBytes.starts(with: spellingBytes[index]) {
            let (spelling, label) = spellings[index]
            guard key.hasPrefix(spelling) else { continue }
            let rest = key.dropFirst(spelling.count)
            guard let next = rest.first else { return label }
            if next.isLetter { continue }
            let tail = rest.drop { $0 == " " || $0 == ":" }
            if accepts(label, tail: tail.isEmpty || "(-/%".contains(tail.first!) || tail.first!.isNumber || tail.hasPrefix("ANNO "),
                       completion: tail.count <= 14 && tail.allSatisfy({ $0.isLetter || " -.".contains($0) })) { return label }
        }
        return nil
    }

    /// After the label only qualifiers may follow: "(*)", "(rispetto agli obt. str.)", "2025", "- TARGET",
    /// "Anno 2025", or a short completion ("DI CALCOLO", "DEL DATO", "STANZIATE").
    private static func accepts(_ label: Label, tail qualifier: Bool, completion: Bool) -> Bool {
        qualifier || completion && label != .description && label != .target || label == .indicatorGrid
    }

    @inline(__always) private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    /// The spellings' bytes: comparing bytes turns down most of them before `hasPrefix` compares characters.
    private static let spellingBytes = spellings.map { Array($0.0.utf8) }

    /// The indices of the spellings opening with each letter A–Z, in their order: a key is compared
    /// with the few that share its first letter, not with all of them.
    private static let spellingsByInitial: [[Int]] = (0..<26).map { letter in
        spellings.indices.filter { spellingBytes[$0][0] == 0x41 + UInt8(letter) }
    }

    /// Whether the text is a spelling of a label, or its first words ("INDICATORE" of "INDICATORE DESCRIZIONE").
    static func isSpelling(orStartOf text: String) -> Bool {
        let key = normalizedKey(text)
        return spellings.contains { spelling, _ in
            spelling.hasPrefix(key) && (spelling.count == key.count || spelling.dropFirst(key.count).first == " ")
        }
    }

    /// Whether a word could open a label: it is the first word of a spelling ("PESO", "UNITÀ", "D.M."),
    /// or that word with marks after it ("PESO:", "TARGET(*)").
    static func mayOpenLabel(_ word: Substring) -> Bool {
        // A word of ASCII letters only (most first words) is its own key in capitals: it opens a
        // label when it is a spelling's first word, whole (a longer run of letters is another word).
        if let isFirstWord = isASCIIFirstWord(word) { return isFirstWord }
        let key = normalizedKey(String(word))
        let keyBytes = Array(key.utf8)
        // Every first word opens with a letter A–Z.
        guard let initial = keyBytes.first, initial >= 0x41, initial <= 0x5A else { return false }
        return firstWords.contains { first in
            first.bytes[0] == initial && keyBytes.starts(with: first.bytes) && key.hasPrefix(first.text)
                && (key.count == first.text.count || !key.dropFirst(first.text.count).first!.isLetter)
        }
    }

    /// The first word of each spelling, with its bytes for a quick first comparison.
    private static let firstWords = Set(spellings.map { String($0.0.prefix { $0 != " " }) }).map { (text: $0, bytes: Array($0.utf8)) }
    /// The first words' bytes by their length: a word is compared with the few as long as it.
    private static let firstWordsByLength: [[[UInt8]]] = {
        var byLength = Array(repeating: [[UInt8]](), count: (firstWords.map(\.bytes.count).max() ?? 0) + 1)
        for first in firstWords { byLength[first.bytes.count].append(first.bytes) }
        return byLength
    }()

    /// For a word of ASCII letters and nothing else: whether, in capitals, it is a spelling's first word.
    /// Nil for any other word. Compared in place: no key is built for the many words that open lines.
    private static func isASCIIFirstWord(_ word: Substring) -> Bool? {
        let utf8 = word.utf8
        guard !utf8.isEmpty else { return nil }
        for byte in utf8 {
            let upper = byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
            guard upper >= 0x41 && upper <= 0x5A else { return nil }
        }
        let count = utf8.count
        guard count < firstWordsByLength.count else { return false }
        return firstWordsByLength[count].contains { first in
            zip(first, utf8).allSatisfy { expected, byte in expected == (byte >= 0x61 ? byte - 0x20 : byte) }
        }
    }

    /// Whether the text's first byte could open a label: most cells are values ("25%", "≥ 80",
    /// "2025"), turned down here before their key is built. Spaces, and the marks the key drops,
    /// are left to the full test.
    static func mayStartLabel(_ text: String) -> Bool {
        guard let first = text.utf8.first, first < 0x80 else { return true }
        let upper = first >= 0x61 && first <= 0x7A ? first - 0x20 : first
        if upper >= 0x41 && upper <= 0x5A { return initials & (1 << UInt32(upper - 0x41)) != 0 }
        return (first >= 0x09 && first <= 0x0D) || " '`*()".utf8.contains(first)
    }

    /// The first letters of the spellings, one bit per letter A–Z.
    private static let initials: UInt32 = spellings.reduce(0) { $0 | 1 << UInt32($1.0.utf8.first! - 0x41) }

    /// The key of the text's first 80 characters: enough to test its opening words ("CAUSA", "OO"),
    /// without normalizing a whole paragraph for it.
    static func openingKey(_ text: String) -> String {
        normalizedKey(String(text.prefix(80)))
    }

    /// Upper case, accents and apostrophes removed, dashes unified, spaces collapsed. Built on
    /// UTF-8 bytes, one scalar at a time: it runs on most cells of every sheet.
    public static func normalizedKey(_ text: String) -> String {
        String(decoding: keyBytes(text), as: UTF8.self)
    }

    /// `normalizedKey`'s bytes. An ASCII key is cleaned on its bytes; one past ASCII by Characters.
    static func keyBytes(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        // On the UTF-8 bytes (a String's are valid): ASCII bytes need no scalar at all.
        let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    appendASCII(byte, to: &output)
                    index += 1
                    continue
                }
                let length = UTF8Scalar.length(byte)
                appendUppercased(Unicode.Scalar(UTF8Scalar.value(bytes, at: index, length: length))!, to: &output)
                index += length
            }
        }
        if done == nil {
            for scalar in text.unicodeScalars {
                if scalar.isASCII { appendASCII(UInt8(truncatingIfNeeded: scalar.value), to: &output) } else { appendUppercased(scalar, to: &output) }
            }
        }
        guard output.allSatisfy({ $0 < 0x80 }) else {
            return Array(Cell.clean(String(decoding: output, as: UTF8.self)).trimmingSuffix(":").utf8)
        }
        var key = collapsingSpaces(output)
        if key.last == UInt8(ascii: ":") {
            while key.last == UInt8(ascii: ":") { key.removeLast() }
            key = collapsingSpaces(key)
        }
        return key
    }

    /// ASCII bytes with their white space collapsed to single spaces, none at the ends (`Cell.clean`).
    private static func collapsingSpaces(_ bytes: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var pending = false
        for byte in bytes {
            if byte.isASCIIWhitespace {
                pending = true
                continue
            }
            if pending, !result.isEmpty { result.append(UInt8(ascii: " ")) }
            pending = false
            result.append(byte)
        }
        return result
    }

    private static func appendUppercased(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        for upper in scalar.properties.uppercaseMapping.unicodeScalars { append(upper, to: &output) }
    }

    /// An ASCII byte of the key: most of them, so without building a scalar's UTF-8.
    @inline(__always) private static func appendASCII(_ byte: UInt8, to output: inout [UInt8]) {
        switch byte {
        case 0x61...0x7A: output.append(byte - 0x20)
        case UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "*"): return
        case UInt8(ascii: ")") where output.last == UInt8(ascii: "("): output.removeLast()  // "(*)" leaves nothing
        default: output.append(byte)
        }
    }

    private static func append(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        if scalar.isASCII { return appendASCII(UInt8(truncatingIfNeeded: scalar.value), to: &output) }
        switch scalar {
        case "À", "Á": output.append(UInt8(ascii: "A"))
        case "È", "É": output.append(UInt8(ascii: "E"))
        case "Ì", "Í": output.append(UInt8(ascii: "I"))
        case "Ò", "Ó": output.append(UInt8(ascii: "O"))
        case "Ù", "Ú": output.append(UInt8(ascii: "U"))
        case "’", "´": return
        case "–", "—": output.append(UInt8(ascii: "-"))
        default: output.append(contentsOf: UTF8.encode(scalar)!)
        }
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        guard hasSuffix(suffix) else { return self }
        var text = self
        while text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return Cell.clean(text)
    }
}
