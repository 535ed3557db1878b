import Foundation

/// Reads one sheet's objective-level fields (title, weight, resources, links) into an `Objective`.
struct ObjectiveResolver {
    var sheet: RawSheet

    struct Printed {
        var title: PrintedPair
        var description: PrintedPair?
        var weight: PrintedPair?
        var resources: [(year: Int, pair: PrintedPair)]
        /// The code printed in the title cell ("OS 1.1"), when the sheet has no code field.
        var titleCode: String?
    }

    /// The title cell split into its printed code ("OS 1.1"), the title, and a weight printed inside it.
    struct TitleParts {
        var code: String?
        var title: Cell?
        var weight: Cell?
    }

    /// `printsWeight`: the sheet prints the objective's weight on a row of its own, so a bare "(20%)" closing
    /// the title is the title's (001 line 328: "… digitale ed ecologica" (20%), weight 15%), not a weight.
    static func titleParts(_ cell: Cell?, printsWeight: Bool = false) -> TitleParts {
        guard var title = cell else { return TitleParts() }
        var parts = TitleParts()
        if let found = EmbeddedFields.code(in: title) {
            parts.code = found.code
            title = found.rest
        } else if case let coded = leadingCode(title.text), let code = coded.code, code.contains("_") {
            // "03_01_OS06 Salute finanziaria".
            let raw = title.rawText
            let start = raw.distance(from: raw.startIndex, to: raw.range(of: code)?.upperBound ?? raw.startIndex)
            let rest = raw.dropFirst(start).prefix { " -–—:".contains($0) }.count
            parts.code = code
            title = title.slice((start + rest)..<raw.count)
        }
        if let found = EmbeddedFields.weight(in: title, bare: !printsWeight) {
            parts.weight = found.weight
            title = found.rest
        }
        parts.title = title
        return parts
    }

    /// "2.1.1 - Title" → "2.1.1" and the title: one dotted code at the start, a dash after it.
    static func dottedCode(_ title: Cell) -> (String, Cell)? {
        let listed = CodedTitles.read(title.text, shape: .dotted)
        guard listed.count == 1, let code = listed[0].code, code.contains("."), title.text.hasPrefix(code + " ") else { return nil }
        let raw = title.rawText
        guard let found = raw.range(of: code) else { return nil }
        let start = raw.distance(from: raw.startIndex, to: found.upperBound)
        let gap = raw.dropFirst(start).prefix { " -–—:".contains($0) }.count
        return (code, title.slice((start + gap)..<raw.count))
    }

    /// Resources printed without a year belong to the plan's year, when the plan covers one.
    var planYear: Int?

    func printed() -> Printed {
        var parts = Self.titleParts(sheet.fields[sheet.titleLabel], printsWeight: sheet.fields[.objectiveWeight] != nil)
        // "2.1.1 - Riduzione dei tempi": an operational objective's own code. (A strategic sheet's
        // "1.1 - …" lists the objectives it groups, 000 line 42, and stays as printed.)
        if sheet.level == .operational, parts.code == nil, let title = parts.title, let coded = Self.dottedCode(title) {
            (parts.code, parts.title) = coded
        }
        var resources = sheet.resources
        if resources.years.isEmpty, resources.cells.count == 1, let planYear { resources.years = [planYear] }
        return Printed(
            title: parts.title.map { FieldResolver.text($0, mode: .keepWhole).trimmingEdges() } ?? .unchanged(""),
            description: sheet.fields[.description].map { FieldResolver.text($0, mode: .keepWhole) },
            weight: (sheet.fields[.objectiveWeight] ?? parts.weight).map(FieldResolver.values),
            resources: zip(resources.years, resources.cells).map { ($0, FieldResolver.values($1)) },
            titleCode: parts.code
        )
    }

    func resolve(_ printed: Printed, areas: [String: String] = [:]) -> Objective {
        var objective = Objective(id: "", level: sheet.level, title: printed.title.text, line: sheet.line)
        objective.code = sheet.fields[.code]?.text ?? printed.titleCode
        objective.description = printed.description?.text
        objective.weight = printed.weight.map { $0.map(FieldResolver.number) }
        objective.weightBasis = sheet.weightLabel.flatMap(Self.parenthesis)
        objective.resources = printed.resources.map { YearAmount(year: $0.year, amount: $0.pair.map(FieldResolver.number)) }
        objective.section = sheet.section
        // "Area di responsabilità: X" and "Ufficio: Y" name one unit, as "X / Y" does elsewhere.
        var units = [sheet.fields[.unit]?.text, sheet.fields[.office]?.text].compactMap { $0 }
        if units.count == 2, units[0].lowercased() == units[1].lowercased() { units.removeLast() }
        objective.unit = units.isEmpty ? nil : units.joined(separator: " / ")
        objective.area = sheet.fields[.area].flatMap { CodedTitles.read($0.text, shape: .number).first ?? Self.leadingCode($0.text) }
        if objective.area == nil, let code = objective.code, code.hasPrefix("OS"), let area = code.dropFirst(3).split(separator: ".").first {
            // "OS 2.3" belongs to ambito 2, whose title the document announces elsewhere.
            objective.area = areas[String(area)].map { CodedTitle(code: String(area), title: $0) }
        }
        if let programme = sheet.fields[.programme], let both = MissionProgramme.read(programme.text) {
            objective.missions = both.missions
            objective.programme = both.programme
        } else {
            // A mission or programme printed as its code alone ("032"), or without a dash, is kept as printed.
            objective.missions = sheet.fields[.mission].map { cell in
                let listed = CodedTitles.read(cell.text, shape: .number)
                return listed.isEmpty && !cell.isEmpty ? [MissionProgramme.coded(cell.text)] : listed
            } ?? []
            objective.programme = sheet.fields[.programme].flatMap { CodedTitles.read($0.text, shape: .number).first ?? MissionProgramme.coded($0.text) }
        }
        if sheet.level == .strategic {
            objective.subObjectives = CodedTitles.read(printed.title.current ?? printed.title.original ?? "", shape: .dotted)
        } else if let reference = sheet.fields[.strategicObjective] {
            let parts = Self.titleParts(reference)
            if let code = parts.code {
                objective.strategicRef = CodedTitle(code: code, title: parts.title?.text ?? "")
            } else {
                objective.strategicRef = CodedTitles.read(reference.text, shape: .dotted).first ?? CodedTitle(code: nil, title: reference.text)
            }
        }
        objective.monitoring = sheet.fields[.monitoring].flatMap(Self.monitoring)
        objective.notes = sheet.notes.flatMap(NoteText.statements)
        return objective
    }

    /// "01_01 Sostegno alla digitalizzazione …", "03_01 - L'ottimizzazione …": a code of digits, dots and
    /// underscores, then the title.
    static func leadingCode(_ text: String) -> CodedTitle {
        let first = text.prefix { !$0.isSpace }.reversed().drop { "-–—:".contains($0) }.reversed().map { $0 }
        // "AS 1 – Competitività": letters, then the number as a word of its own.
        let rest = text.dropFirst(first.count).drop(while: \.isSpace)
        let number = rest.prefix { !$0.isSpace }.reversed().drop { "-–—:".contains($0) }.reversed().map { $0 }
        if (1...4).contains(first.count), first.allSatisfy(\.isUppercase), number.first?.isNumber == true,
           number.allSatisfy({ $0.isNumber || $0 == "." }) {
            let title = rest.dropFirst(number.count).drop { " -–—:".contains($0) }
            return CodedTitle(code: String(first) + " " + String(number), title: Cell.clean(title))
        }
        guard first.contains(where: \.isNumber), first.allSatisfy({ $0.isNumber || "._".contains($0) || $0.isUppercase }) else {
            return CodedTitle(code: nil, title: text)
        }
        let title = text.dropFirst(first.count).drop { " -–—:".contains($0) }
        return CodedTitle(code: String(first), title: Cell.clean(title))
    }

    /// "PESO OBIETTIVO (rispetto agli obt. str.)" → "rispetto agli obt. str.".
    static func parenthesis(_ label: String) -> String? {
        guard let open = label.firstIndex(of: "("), let close = label.lastIndex(of: ")"), open < close else { return nil }
        return Cell.clean(label[label.index(after: open)..<close])
    }

    /// "Rilevatore: A / Validatore: <del>B</del> C" (the people may be revised too).
    static func monitoring(_ cell: Cell) -> Monitoring? {
        let text = cell.rawText
        guard let collector = text.range(ofASCII: "Rilevator"),
              let validator = text.range(ofASCII: "Validator"), collector.upperBound < validator.lowerBound else { return nil }
        func value(after range: Range<String.Index>, to end: String.Index) -> Cell {
            var start = text[range.upperBound...].firstIndex(of: ":").map { text.index(after: $0) } ?? range.upperBound
            if start > end { start = range.upperBound }
            let lower = text.distance(from: text.startIndex, to: start)
            let upper = text.distance(from: text.startIndex, to: end)
            return cell.slice(lower..<upper)
        }
        let who = value(after: collector, to: validator.lowerBound)
        let checker = value(after: validator, to: text.endIndex)
        func pair(_ cell: Cell) -> Revisable<String> {
            // A person's name is a value: the struck name is the old one, the other the new.
            let pair = FieldResolver.values(cell)
            func trim(_ text: String?) -> String? { text.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " /")) } }
            return Revisable(current: trim(pair.current), original: trim(pair.original), evidence: pair.evidence)
        }
        return Monitoring(collector: pair(who), validator: pair(checker))
    }
}
