import Foundation

/// Stage 5: checks that printed weights sum to 100, for the plan as first approved and as
/// revised. Removed items count only in the original phase, added ones only in the current.
public enum Validator {
    public static func validate(_ plan: ResolvedPlan, document: DocumentInfo) -> Dataset {
        var checks: [Check] = []
        for group in groups(plan.objectives, kind: document.kind) {
            for phase in Phase.allCases {
                checks.append(check(group, phase: phase, id: "c\(checks.count + 1)"))
            }
        }
        for objective in plan.objectives {
            for other in objective.weightElsewhere {
                for phase in Phase.allCases {
                    checks.append(consistency(objective, other, phase: phase, id: "c\(checks.count + 1)"))
                }
            }
        }
        return Dataset(document: document, objectives: plan.objectives, revisions: plan.revisions, checks: checks, diagnostics: plan.diagnostics)
    }

    static func groups(_ objectives: [Objective], kind: DocumentKind) -> [WeightGroup] {
        let isRevision = kind == .piaoRevision
        let revisionReason = isRevision ? "a revision document prints only the sheets that changed" : nil
        var groups: [WeightGroup] = []
        for objective in objectives {
            let members = objective.indicators.map { WeightGroup.Member(id: $0.id, weight: $0.weight, status: $0.status) }
            groups.append(WeightGroup(rule: "indicator-weights", scope: objective.id, members: members, incompleteReason: revisionReason))
        }
        // Every objective joins its group, weighted or not: a group with an unprinted weight is
        // reported as not checkable, naming the objectives, rather than summed without them.
        var keyed: [(key: String, members: [Objective])] = []
        for objective in objectives {
            let key = groupKey(objective)
            if let index = keyed.firstIndex(where: { $0.key == key }) {
                keyed[index].members.append(objective)
            } else {
                keyed.append((key, [objective]))
            }
        }
        keyed = mergingAreas(keyed)
        for (key, members) in keyed {
            var reason = revisionReason
            if let gap = missingAreas(members) { reason = gap + (reason.map { "; " + $0 } ?? "") }
            groups.append(WeightGroup(rule: "objective-weights", scope: key,
                                      members: members.map { WeightGroup.Member(id: $0.id, weight: $0.weight, status: $0.status) },
                                      incompleteReason: reason))
        }
        return groups
    }

    /// What an objective's weight is relative to: all strategic objectives, its unit (U.O.),
    /// its area, or its parent.
    private static func groupKey(_ objective: Objective) -> String {
        let basis = (objective.weightBasis ?? "").lowercased()
        if objective.level == .strategic {
            if ByteSearch.containsExactly(basis, "str") || objective.area == nil { return "strategic" }
            return "area:" + (objective.area?.code ?? objective.area?.title ?? "")
        }
        if ByteSearch.containsExactly(basis, "u.o") || ByteSearch.containsExactly(basis, "unità") || ByteSearch.containsExactly(basis, "unita") || ByteSearch.containsExactly(basis, "area"), let unit = objective.unit {
            return "unit:" + unit
        }
        if let parent = objective.parent { return "parent:" + parent }
        if let reference = objective.strategicRef { return "parent:" + (reference.code ?? reference.title) }
        return "operational"
    }

    /// Strategic objectives are weighed within their area (002: each area's sum to 100) unless the
    /// areas' weights do not and all of them together do (one objective an area, 60% and 40%): then
    /// they are one group.
    private static func mergingAreas(_ keyed: [(key: String, members: [Objective])]) -> [(key: String, members: [Objective])] {
        let areas = keyed.filter { $0.key.hasPrefix("area:") }
        guard areas.count >= 2 else { return keyed }
        func sum(_ members: [Objective]) -> Double? {
            let weights = members.filter { $0.status != .removed }.map { $0.weight?.value(in: .current) }
            return weights.contains(where: { $0 == nil }) ? nil : weights.compactMap { $0 }.reduce(0, +)
        }
        let all = areas.flatMap(\.members) + (keyed.first { $0.key == "strategic" }?.members ?? [])
        guard let total = sum(all), abs(total - 100) <= tolerance(all.compactMap { $0.weight?.value(in: .current) }) + 1e-9,
              areas.contains(where: { sum($0.members).map { abs($0 - 100) > 1e-9 } ?? true }) else { return keyed }
        var merged = keyed.filter { !$0.key.hasPrefix("area:") && $0.key != "strategic" }
        let position = keyed.firstIndex { $0.key.hasPrefix("area:") || $0.key == "strategic" } ?? 0
        merged.insert((key: "strategic", members: keyed.filter { $0.key.hasPrefix("area:") || $0.key == "strategic" }.flatMap(\.members)), at: min(position, merged.count))
        return merged
    }

    /// Strategic lines numbered 1, 2, 3, 5: line 4 has no sheet here.
    private static func missingAreas(_ members: [Objective]) -> String? {
        let codes = Set(members.filter { $0.level == .strategic }.compactMap { $0.area?.code.flatMap { Int($0) } })
        guard let highest = codes.max(), codes.count >= 2 else { return nil }
        let missing = (1...highest).filter { !codes.contains($0) }
        guard !missing.isEmpty else { return nil }
        return "no sheet for line " + missing.map(String.init).joined(separator: ", ")
    }

    static func check(_ group: WeightGroup, phase: Phase, id: String) -> Check {
        let inPhase = group.members.filter { phase == .original ? $0.status != .added : $0.status != .removed }
        var result = Check(id: id, rule: group.rule, scope: group.scope, phase: phase, members: inPhase.map(\.id),
                           sum: nil, expected: 100, tolerance: 0, status: .skipped, message: "")
        if inPhase.isEmpty {
            result.message = "nothing to check: no \(group.rule == "indicator-weights" ? "indicators" : "weighted objectives") in this phase"
            return result
        }
        let weights = inPhase.map { $0.weight?.value(in: phase) }
        let missing = zip(inPhase, weights).filter { $0.1 == nil }.map(\.0.id)
        if !missing.isEmpty {
            result.message = "no weight printed for " + missing.joined(separator: ", ")
            return result
        }
        let values = weights.compactMap { $0 }
        let sum = rounded(values.reduce(0, +))
        let tolerance = Self.tolerance(values)
        result.sum = sum
        result.tolerance = tolerance
        let difference = rounded(sum - 100)
        if abs(difference) <= tolerance + 1e-9 {
            result.status = .pass
            result.message = "\(values.count) \(values.count == 1 ? "weight sums" : "weights sum") to \(format(sum))" + (tolerance > 0 ? " (within ±\(format(tolerance)) for rounded printed weights)" : "")
        } else if difference < 0, let reason = group.incompleteReason {
            result.message = "incomplete group: the printed weights sum to \(format(sum)) of 100, and \(reason); not judged"
        } else {
            result.status = .fail
            result.message = "weights sum to \(format(sum)), expected 100 (\(difference > 0 ? "+" : "")\(format(difference))): "
                + zip(inPhase, values).map { "\($0.0.id) \(format($0.1))" }.joined(separator: ", ")
        }
        return result
    }

    /// The same objective's weight printed in two places must agree.
    static func consistency(_ objective: Objective, _ other: PrintedWeight, phase: Phase, id: String) -> Check {
        let first = objective.weight?.value(in: phase)
        let second = other.weight.value(in: phase)
        var check = Check(id: id, rule: "weight-consistency", scope: objective.id, phase: phase, members: [objective.id],
                          sum: second, expected: first ?? 0, tolerance: 0, status: .skipped, message: "")
        switch (first, second) {
        case let (first?, second?) where abs(first - second) < 1e-9:
            check.status = .pass
            check.message = "weight \(format(first)) at line \(objective.line) and at line \(other.line)"
        case let (first?, second?):
            check.status = .fail
            check.message = "weight printed as \(format(first)) at line \(objective.line) but as \(format(second)) at line \(other.line)"
        default:
            check.message = "the weight is not printed in both places in this phase"
        }
        return check
    }

    /// Printed with d decimals, each weight may be off by half a unit of the last digit.
    /// Whole numbers are exact unless they are equal shares that cannot be (3 × 33%).
    static func tolerance(_ values: [Double]) -> Double {
        let decimals = values.map { value -> Int in
            let text = format(value)
            guard let dot = text.firstIndex(of: ".") else { return 0 }
            return text.distance(from: dot, to: text.endIndex) - 1
        }.max() ?? 0
        if decimals == 0 {
            let shares = values.filter { $0 != 0 }
            let equalShares = shares.count > 1 && Set(shares).count == 1 && 100.0.truncatingRemainder(dividingBy: Double(shares.count)) != 0
            return equalShares ? rounded(Double(values.count) * 0.5) : 0
        }
        return rounded(Double(values.count) * 0.5 * pow(10, -Double(decimals)))
    }

    static func rounded(_ value: Double) -> Double { (value * 1_000_000).rounded() / 1_000_000 }

    static func format(_ value: Double) -> String { JSONNumber.format(value) }
}
