import XCTest
@testable import PIAOKit

final class ValidatorTests: XCTestCase {
    private func group(_ weights: [Double?], statuses: [ItemStatus]? = nil, incomplete: String? = nil) -> WeightGroup {
        WeightGroup(rule: "indicator-weights", scope: "os-1", members: weights.enumerated().map { index, weight in
            WeightGroup.Member(id: "os-1/i\(index + 1)", weight: weight.map(Revisable.unchanged), status: statuses?[index] ?? .active)
        }, incompleteReason: incomplete)
    }

    func testRoundedWeightsPassWithinPrintedPrecision() {
        let check = Validator.check(group([33.3, 33.3, 33.3]), phase: .current, id: "c1")
        XCTAssertEqual(check.status, .pass)
        XCTAssertEqual(check.tolerance, 0.15)
        XCTAssertEqual(check.sum, 99.9)
        let seven = Validator.check(group(Array(repeating: 14.3, count: 7) + [0]), phase: .current, id: "c2")
        XCTAssertEqual(seven.status, .pass)
    }

    func testCompleteGroupOffBy5Fails() {
        let check = Validator.check(group([50, 45]), phase: .original, id: "c1")
        XCTAssertEqual(check.status, .fail)
        XCTAssertEqual(check.tolerance, 0)
        XCTAssertTrue(check.message.contains("-5"), check.message)
        XCTAssertTrue(check.message.contains("os-1/i2 45"), check.message)
    }

    func testIncompleteGroupIsSkippedNotFailedButExcessFails() {
        XCTAssertEqual(Validator.check(group([50], incomplete: "partial"), phase: .current, id: "c1").status, .skipped)
        XCTAssertEqual(Validator.check(group([80, 40], incomplete: "partial"), phase: .current, id: "c1").status, .fail)
    }

    func testPhasesCountRemovedAndAddedItems() {
        let members = group([25, 75, 25], statuses: [.removed, .active, .added])
        XCTAssertEqual(Validator.check(members, phase: .original, id: "c1").members, ["os-1/i1", "os-1/i2"])
        XCTAssertEqual(Validator.check(members, phase: .current, id: "c2").members, ["os-1/i2", "os-1/i3"])
    }

    func testMissingWeightSkips() {
        let check = Validator.check(group([50, nil]), phase: .current, id: "c1")
        XCTAssertEqual(check.status, .skipped)
        XCTAssertEqual(check.message, "no weight printed for os-1/i2")
    }

    func testAnObjectiveWithoutWeightStaysInItsGroup() {
        func objective(_ id: String, weight: Double?) -> Objective {
            var objective = Objective(id: id, level: .operational, title: .unchanged("t"), line: 1)
            objective.parent = "os-1"
            objective.weight = weight.map(Revisable.unchanged)
            return objective
        }
        let groups = Validator.groups([objective("oo-1", weight: 50), objective("oo-2", weight: 50), objective("oo-3", weight: nil)], kind: .piao)
        let weights = groups.filter { $0.rule == "objective-weights" }
        XCTAssertEqual(weights.map(\.scope), ["parent:os-1"])
        let check = Validator.check(weights[0], phase: .current, id: "c1")
        XCTAssertEqual(check.status, .skipped, "50 + 50 is not a pass while oo-3's weight is unknown")
        XCTAssertEqual(check.message, "no weight printed for oo-3")
    }

    /// Strategic objectives one an area, weighed 60% and 40% of the plan: one group, where each area had
    /// failed alone (002's areas, each summing to 100, stay apart).
    func testAreasWhoseWeightsSumTogether() throws {
        let dataset = try dataset(of: "Piano Integrato di Attività e Organizzazione (PIAO) 2025-2027\n\nSCHEDA OBIETTIVO STRATEGICO\n\nAMBITO STRATEGICO\t1 - Imprese e innovazione\nOBIETTIVO STRATEGICO\t1.1 - Transizione digitale\nPESO OBIETTIVO\t60%\nINDICATORE\tAssessment digitali\nPESO INDICATORE\t100%\nTarget 2025\t≥ 80\n\nSCHEDA OBIETTIVO STRATEGICO\n\nAMBITO STRATEGICO\t2 - Ente efficiente\nOBIETTIVO STRATEGICO\t2.1 - Comunicazione istituzionale\nPESO OBIETTIVO\t40%\nINDICATORE\tPiano di comunicazione\nPESO INDICATORE\t100%\nTarget 2025\tSI\n")
        XCTAssertEqual(dataset.checkLines.filter { $0.hasPrefix("objective-weights") }, ["objective-weights strategic original: pass 100", "objective-weights strategic current: pass 100"])
        XCTAssertEqual(try corpusDataset("002_c7987879e2c83564").checkLines.filter { $0.hasPrefix("objective-weights area:1") }, [
            "objective-weights area:1 original: pass 100", "objective-weights area:1 current: pass 100",
        ])
    }
}
