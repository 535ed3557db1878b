/// Footnotes such as "* target innalzato …" are printed after a table but explain the value
/// that carries the same mark ("≥ 525*"): they move to the indicator whose target or weight
/// ends with exactly that many stars. Notes whose mark matches nothing stay where they were.
enum FootnoteMarks {
    static func attach(in objective: inout Objective) {
        var loose: [(note: String, from: Int?)] = []
        for (index, indicator) in objective.indicators.enumerated() {
            for note in indicator.notes where stars(leading: note) > 0 { loose.append((note, index)) }
        }
        for note in objective.notes where stars(leading: note) > 0 { loose.append((note, nil)) }
        for (note, from) in loose {
            let count = stars(leading: note)
            let marked = objective.indicators.indices.filter { index in
                marks(of: objective.indicators[index]).contains(count)
            }
            guard !marked.isEmpty, marked != from.map({ [$0] }) else { continue }
            if let from {
                objective.indicators[from].notes.removeAll { $0 == note }
            } else {
                objective.notes.removeAll { $0 == note }
            }
            for index in marked where !objective.indicators[index].notes.contains(note) {
                objective.indicators[index].notes.append(note)
            }
        }
    }

    /// "* Kpi MN stralciato …", "*** KPI eliminato …": a footnote that withdraws the indicator it marks.
    static func withdraws(_ note: String) -> Bool {
        guard stars(leading: note) > 0 else { return false }
        let lower = note.lowercased()
        return ["stralciat", "eliminat", "stralcio"].contains { lower.contains($0) }
    }

    /// The value without its footnote marks: "62.150,00(*)" → "62.150,00", "≥ 525*" → "≥ 525".
    static func stripped(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "*")) else { return text }
        var bytes = Array(text.utf8)
        bytes.removeAll { $0 == UInt8(ascii: "*") }
        var result = String(decoding: bytes, as: UTF8.self)
        while let empty = result.range(ofASCII: "()", caseInsensitive: false) { result.removeSubrange(empty) }
        return result.trimmingSpaces()
    }

    /// "** nuovo automatismo …" → 2: the mark a footnote explains.
    static func stars(leading text: String) -> Int {
        text.prefix { $0 == "*" }.count
    }

    /// "≥ 12%**" → 2: the mark a printed value carries.
    static func stars(trailing text: String) -> Int {
        text.reversed().prefix { $0 == "*" }.count
    }

    /// The star counts that close the indicator's printed targets and weight.
    private static func marks(of indicator: Indicator) -> Set<Int> {
        var raws: [String] = indicator.targets.flatMap { [$0.value.current?.raw, $0.value.original?.raw].compactMap { $0 } }
        if let baseline = indicator.baseline { raws.append(baseline.value.raw) }
        for text in [indicator.name, indicator.algorithm, indicator.description].compactMap({ $0 }) {
            raws += [text.current, text.original].compactMap { $0 }
        }
        return Set(raws.map { stars(trailing: $0) }.filter { $0 > 0 })
    }
}
