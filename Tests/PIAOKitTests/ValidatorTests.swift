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
}
