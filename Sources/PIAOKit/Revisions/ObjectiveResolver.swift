import Foundation

/// Reads one sheet's objective-level fields (title, weight, resources, links) into an `Objective`.
struct ObjectiveResolver {
    var sheet: RawSheet

    struct Printed {
        var title: PrintedPair
        var description: PrintedPair?
        var weight: PrintedPair?
        var resources: [(year: Int, pair: PrintedPair)]
    }

    func printed() -> Printed {
        let titleLabel: Label = sheet.level == .strategic ? .strategicObjective : .operationalObjective
        return Printed(
            title: sheet.fields[titleLabel].map { FieldResolver.text($0, mode: .keepWhole) } ?? .unchanged(""),
            description: sheet.fields[.description].map { FieldResolver.text($0, mode: .keepWhole) },
            weight: sheet.fields[.objectiveWeight].map(FieldResolver.values),
            resources: zip(sheet.resources.years, sheet.resources.cells).map { ($0, FieldResolver.values($1)) }
        )
    }

    func resolve(_ printed: Printed) -> Objective {
        var objective = Objective(id: "", level: sheet.level, title: printed.title.text, line: sheet.line)
        objective.description = printed.description?.text
        objective.weight = printed.weight.map { $0.map(FieldResolver.number) }
        objective.weightBasis = sheet.weightLabel.flatMap(Self.parenthesis)
        objective.resources = printed.resources.map { YearAmount(year: $0.year, amount: $0.pair.map(FieldResolver.number)) }
        objective.section = sheet.section
        objective.unit = sheet.fields[.unit]?.text
        objective.area = sheet.fields[.area].flatMap { CodedTitles.read($0.text, shape: .number).first ?? CodedTitle(code: nil, title: $0.text) }
        objective.missions = sheet.fields[.mission].map { CodedTitles.read($0.text, shape: .number) } ?? []
        objective.programme = sheet.fields[.programme].flatMap { CodedTitles.read($0.text, shape: .number).first ?? CodedTitle(code: nil, title: $0.text) }
        if sheet.level == .strategic {
            objective.subObjectives = CodedTitles.read(printed.title.current ?? printed.title.original ?? "", shape: .dotted)
        } else if let reference = sheet.fields[.strategicObjective] {
            objective.strategicRef = CodedTitles.read(reference.text, shape: .dotted).first ?? CodedTitle(code: nil, title: reference.text)
        }
        objective.monitoring = sheet.fields[.monitoring].flatMap(Self.monitoring)
        objective.notes = sheet.notes.flatMap(NoteText.statements)
        return objective
    }

    /// "PESO OBIETTIVO (rispetto agli obt. str.)" → "rispetto agli obt. str.".
    static func parenthesis(_ label: String) -> String? {
        guard let open = label.firstIndex(of: "("), let close = label.lastIndex(of: ")"), open < close else { return nil }
        return Cell.clean(label[label.index(after: open)..<close])
    }

    /// "Rilevatore: A / Validatore: B".
    static func monitoring(_ cell: Cell) -> Monitoring? {
        let text = cell.text
        guard let collector = text.range(of: "Rilevatore:", options: .caseInsensitive),
              let validator = text.range(of: "Validatore:", options: .caseInsensitive), collector.upperBound < validator.lowerBound else { return nil }
        let who = Cell.clean(text[collector.upperBound..<validator.lowerBound]).trimmingCharacters(in: CharacterSet(charactersIn: " /"))
        let checker = Cell.clean(text[validator.upperBound...])
        return Monitoring(collector: .unchanged(who), validator: .unchanged(checker))
    }
}
