import XCTest
@testable import PIAOKit
final class TmpDebugTests: XCTestCase {
    func testDump() throws {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: "/tmp/x3.txt")))
        let text = try Normalizer.normalize(bytes: bytes, file: "x")
        let layout = TableDetector.detect(text)
        let rebuilt = LabelledLines.rebuild(layout)!
        for block in rebuilt.blocks {
            switch block {
            case let .table(rows): for row in rows { print("ROW L\(row.line): " + row.cells.map(\.text).joined(separator: " | ")) }
            case let .paragraph(cells): for cell in cells { print("PAR L\(cell.line): " + cell.text) }
            case let .heading(_, cell): print("HEAD " + cell.text)
            }
            print("--")
        }
    }
}
