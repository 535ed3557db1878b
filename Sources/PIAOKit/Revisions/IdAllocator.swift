/// Stable, unique ids: "os-1.1" from a printed code, "os-4" from the strategic line (linea) when
/// the sheet has no code of its own, "oo-3" by order otherwise. A repeated id gets "-2", "-3".
struct IdAllocator {
    private var used: Set<String> = []
    private var operationalCount = 0
    private var strategicCount = 0

    mutating func objectiveId(for objective: Objective) -> String {
        let prefix = objective.level == .strategic ? "os" : "oo"
        let base: String
        if let code = objective.code {
            // "OS 1.1" → os-1.1, "OP2.1.1-03" → oo-2.1.1-03, "01_01_OS02" → os-01_01_OS02.
            let compact = code.filter { $0.isNumber || $0.isLetter || "._-".contains($0) }
            let letters = compact.prefix { $0.isLetter }
            base = prefix + "-" + (letters.count == 2 ? String(compact.dropFirst(2)) : compact)
        } else if objective.level == .strategic, let area = objective.area?.code {
            base = prefix + "-" + area
        } else if objective.level == .strategic {
            strategicCount += 1
            base = prefix + "-\(strategicCount)"
        } else {
            operationalCount += 1
            base = prefix + "-\(operationalCount)"
        }
        var id = base
        var suffix = 2
        while used.contains(id) {
            id = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(id)
        return id
    }
}
