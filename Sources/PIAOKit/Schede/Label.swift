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

    /// The label a cell holds, if the whole cell is a label (not text that starts like one).
    public static func match(_ text: String) -> Label? {
        guard text.utf8.count <= 280, text.count <= 70 else { return nil }
        let key = normalizedKey(text)
        for (spelling, label) in spellings where key.hasPrefix(spelling) {
            let rest = key.dropFirst(spelling.count)
            guard let next = rest.first else { return label }
            if next.isLetter { continue }
            // After the label only qualifiers may follow: "(*)", "(rispetto agli obt. str.)", "2025", "- TARGET",
            // "Anno 2025", or a short completion ("DI CALCOLO", "DEL DATO", "STANZIATE").
            let tail = rest.drop { $0 == " " || $0 == ":" }
            let qualifier = tail.isEmpty || "(-/".contains(tail.first!) || tail.first!.isNumber || tail.hasPrefix("ANNO ")
            let completion = tail.count <= 14 && tail.allSatisfy({ $0.isLetter || " -.".contains($0) }) && label != .description && label != .target
            if qualifier || completion || label == .indicatorGrid { return label }
        }
        return nil
    }

    /// The key of the text's first 80 characters: enough to test its opening words ("CAUSA", "OO"),
    /// without normalizing a whole paragraph for it.
    static func openingKey(_ text: String) -> String {
        normalizedKey(String(text.prefix(80)))
    }

    /// Upper case, accents and apostrophes removed, dashes unified, spaces collapsed.
    public static func normalizedKey(_ text: String) -> String {
        if let key = asciiKey(text) { return key }
        var output = String.UnicodeScalarView()
        for scalar in Cell.clean(text).uppercased().unicodeScalars {
            switch scalar {
            case "À", "Á": output.append("A")
            case "È", "É": output.append("E")
            case "Ì", "Í": output.append("I")
            case "Ò", "Ó": output.append("O")
            case "Ù", "Ú": output.append("U")
            case "'", "’", "`", "´", "*": continue
            case "–", "—": output.append("-")
            case ")" where output.last == "(": output.removeLast()  // "(*)" leaves nothing
            default: output.append(scalar)
            }
        }
        return Cell.clean(String(output)).trimmingSuffix(":")
    }

    /// `normalizedKey` of ASCII text, on bytes (most labels and cells are ASCII); nil otherwise.
    private static func asciiKey(_ text: String) -> String? {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case 0x80...: return nil
            case UInt8(ascii: "a")...UInt8(ascii: "z"): output.append(byte - 0x20)
            case UInt8(ascii: "'"), UInt8(ascii: "`"), UInt8(ascii: "*"): continue
            case UInt8(ascii: ")") where output.last == UInt8(ascii: "("): output.removeLast()
            default: output.append(byte)
            }
        }
        return Cell.clean(String(decoding: output, as: UTF8.self)).trimmingSuffix(":")
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
