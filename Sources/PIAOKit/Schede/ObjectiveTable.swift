/// The header of a table of objectives printed one indicator a row: "Obiettivo strategico | Peso |
/// Indicatore | Algoritmo | Target 2025 | Target 2026 | Target 2027". Plans that print their tree of
/// objectives as one table, not a sheet an objective, say in each column whose value it holds.
struct ObjectiveTable: Equatable {
    /// Whose value a column holds.
    enum Owner: Hashable { case objective(ObjectiveLevel), indicator }

    struct Column: Equatable {
        var label: Label
        var owner: Owner
        var year: Int?
        /// The header as printed ("Peso % rispetto all'area"): an objective weight's basis.
        var header: String
        /// "Peso rimodulato", "Target rivisto": the revised value of the column on its left.
        var revised = false
    }

    var columns: [Int: Column] = [:]
    /// The header's cells as printed: a page's repeated header is the same table.
    var headers: [String] = []
    /// Header rows printed above it ("Target | Target" over "2025 | 2026": docling writes a header of
    /// two rows as two, the merged cells repeated), also the same table when printed again.
    var rowsAbove: [[String]] = []
    /// Columns of notes ("Note"): revision notes are read from them.
    var noteColumns: [Int] = []
    /// Header cells that name nothing read here: their values are reported, not read.
    var unread: [Int: String] = [:]
    var width = 0
    var line = 0
    /// The objective levels it prints, coarsest first.
    var levels: [ObjectiveLevel] = []

    /// Whether the row is the header, or a row of it, printed again (on the next page).
    func prints(_ row: Row) -> Bool {
        ([headers] + rowsAbove).contains { printed in
            printed.count == row.cells.count && zip(row.cells, printed).allSatisfy { $0.text == $1 }
        }
    }

    func column(_ label: Label, of owner: Owner) -> Int? {
        columns.keys.sorted().first { columns[$0]!.label == label && columns[$0]!.owner == owner }
    }

    var lastTargetColumn: Int {
        columns.keys.filter { columns[$0]!.label == .target }.max() ?? width
    }

    /// The header, when the row names an objective column, an indicator column and a target column,
    /// and (nearly) every other cell names a column too: a data row names few.
    static func header(_ row: Row) -> ObjectiveTable? {
        let filled = row.cells.indices.filter { !row.cells[$0].isEmpty }
        guard filled.count >= 3, filled.allSatisfy({ row.cells[$0].text.utf8.count <= 90 }),
              row.cells.contains(where: { $0.text.utf8.count <= 90 && (ByteSearch.contains($0.text, "indicator") || ByteSearch.contains($0.text, "kpi")) }) else { return nil }
        var roles: [Int: (label: Label, level: ObjectiveLevel?)] = [:]
        var table = ObjectiveTable(headers: row.cells.map(\.text), width: row.cells.count, line: row.line)
        for index in filled {
            let key = Label.normalizedKey(row.cells[index].text)
            if key.hasPrefix("NOTE") {
                table.noteColumns.append(index)
            } else if let role = role(key: key, text: row.cells[index].text) {
                roles[index] = role
            } else {
                table.unread[index] = row.cells[index].text
            }
        }
        guard table.unread.count * 4 <= filled.count else { return nil }
        // Objective columns without a level said ("Obiettivo"): strategic first, then operational.
        var levels: [ObjectiveLevel] = []
        for index in roles.keys.sorted() where isTitle(roles[index]!.label) {
            let level = roles[index]!.level ?? (levels.contains(.strategic) ? .operational : .strategic)
            roles[index]!.level = level
            if !levels.contains(level) { levels.append(level) }
        }
        let nameColumns = roles.keys.filter { roles[$0]!.label == .description && roles[$0]!.level == nil && isIndicatorName(row.cells[$0].text) }
        guard !levels.isEmpty, nameColumns.count == 1, roles.values.contains(where: { $0.label == .target }) else { return nil }
        table.levels = levels.sorted { $0 == .strategic && $1 == .operational }
        let nameColumn = nameColumns[0]
        table.assignOwners(roles, row: row, nameColumn: nameColumn)
        table.settleBaselines()
        return table
    }

    /// Whether a row may be a header: cells open with "Obiettiv…", "Indicator…" (or "KPI") and "Target…", "Peso…",
    /// "Risultat…" or "Valore…" (a test on a few bytes before `header`, which a data row naming an
    /// objective and an indicator would otherwise go through).
    static func mayHead(_ row: Row) -> Bool {
        func opens(_ words: [String]) -> Bool {
            row.cells.contains { cell in
                cell.text.utf8.count <= 90 && words.contains { word in
                    cell.text.utf8.count >= word.utf8.count && zip(cell.text.utf8, word.utf8).allSatisfy { $0 | 0x20 == $1 }
                }
            }
        }
        return opens(["obiettiv"]) && opens(["indicator", "kpi"]) && opens(["target", "peso", "risultat", "valore"])
    }

    /// Whose each column is: said by its header ("Peso indicatore"), or else by where it stands. A code
    /// stands before the objective it numbers; a weight or description after what it weighs or describes.
    private mutating func assignOwners(_ roles: [Int: (label: Label, level: ObjectiveLevel?)], row: Row, nameColumn: Int) {
        let sorted = roles.keys.sorted()
        let titles = sorted.filter { Self.isTitle(roles[$0]!.label) }
        var lastOwner: Owner?
        for index in sorted {
            let (label, level) = roles[index]!
            let header = row.cells[index].text
            let owner: Owner
            var columnLabel = label
            switch label {
            case _ where index == nameColumn:
                owner = .indicator
                columnLabel = .description
            case _ where Self.isTitle(label):
                owner = .objective(level!)
                columnLabel = level == .strategic ? .strategicObjective : .operationalObjective
            case .objectiveWeight:
                // "Obiettivo strategico | Peso obiettivo | Obiettivo operativo": the objective on its left.
                if let level {
                    owner = .objective(level)
                } else if case let .objective(left)? = lastOwner {
                    owner = .objective(left)
                } else {
                    owner = .objective(levels.last!)
                }
            case .indicatorWeight, .algorithm, .source, .measure, .type, .target, .baseline, .indicatorCode, .signal:
                owner = .indicator
            case .area, .mission, .programme:
                owner = .objective(levels.first!)
            case .unit, .office:
                owner = .objective(levels.last!)
            case .code:
                // Before the indicator: the code of the next objective column (or of the one before).
                if let level {
                    owner = .objective(level)
                } else if index < nameColumn, let next = titles.first(where: { $0 > index && $0 < nameColumn }) {
                    owner = .objective(roles[next]!.level!)
                } else {
                    owner = index > nameColumn ? .indicator : lastOwner ?? .objective(levels.last!)
                }
                if owner == .indicator { columnLabel = .indicatorCode }
            case .resources:
                // An objective's: of the objective on its left (the finest, right of an indicator).
                owner = level.map(Owner.objective) ?? (lastOwner == .indicator ? nil : lastOwner) ?? .objective(levels.last!)
            default:
                // A weight or description: of the column on its left.
                owner = level.map(Owner.objective) ?? lastOwner ?? .objective(levels.last!)
                if label == .weight || label == .objectiveWeight { columnLabel = owner == .indicator ? .indicatorWeight : .objectiveWeight }
                if label == .description, owner == .indicator { columnLabel = .signal }
            }
            // A parent's column right of its child's ("Obiettivo operativo | Obiettivo strategico | Peso") only
            // names the parent: the columns after it are still the child's.
            let namesParent: Bool
            if case let .objective(level) = owner, case let .objective(left)? = lastOwner,
               let mine = levels.firstIndex(of: level), let theirs = levels.firstIndex(of: left) { namesParent = mine < theirs } else { namesParent = false }
            if index == nameColumn || Self.isTitle(label), !namesParent { lastOwner = owner }
            var year = [.target, .baseline, .resources].contains(label) ? YearHeader.read(row.cells[index])?.year ?? MetadataReader.years(in: header).first : nil
            let key = Label.normalizedKey(header)
            let revised = ["RIMODULAT", "RIVIST", "MODIFICAT", "AGGIORNAT", "REVISIONAT"].contains(where: key.contains)
            // "Target 2025 | Target rimodulato": the revised target is of the year on its left.
            if revised, year == nil, label == .target, let left = columns.keys.filter({ $0 < index && columns[$0]!.label == .target }).max() {
                year = columns[left]!.year
            }
            columns[index] = Column(label: columnLabel, owner: owner, year: year, header: header, revised: revised)
        }
    }

    /// "Valore 2024" before "Target 2025": the value the targets start from, not a target.
    private mutating func settleBaselines() {
        let valued = columns.keys.filter { columns[$0]!.label == .target && Label.normalizedKey(columns[$0]!.header).hasPrefix("VALORE") }
        guard let firstTarget = columns.values.filter({ $0.label == .target && !Label.normalizedKey($0.header).hasPrefix("VALORE") }).compactMap(\.year).min() else { return }
        for index in valued where (columns[index]!.year ?? firstTarget) < firstTarget { columns[index]!.label = .baseline }
    }

    /// The years printed under the header ("| | Target | | " over "| | 2025 | 2026 | 2027"): the
    /// yearless target column takes the first, the unnamed columns on its right the others.
    mutating func assignYears(_ row: Row) -> Bool {
        guard YearHeader.headerYears(row.cells) != nil else { return false }
        // A header cell spanning the years' columns is one cell: the row of years is as wide as the data.
        width = max(width, row.cells.count)
        for (index, cell) in row.cells.enumerated() where !cell.isEmpty {
            guard let year = YearHeader.read(cell)?.year else { continue }
            if let column = columns[index], column.label == .target || column.label == .baseline {
                columns[index]!.year = year
            } else if columns[index] == nil, let left = columns.keys.filter({ $0 < index }).max(),
                      columns[left]!.label == .target || columns[left]!.label == .baseline {
                columns[index] = Column(label: columns[left]!.label, owner: .indicator, year: year, header: columns[left]!.header)
                unread[index] = nil
            }
        }
        settleBaselines()
        return true
    }
}
