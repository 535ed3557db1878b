import XCTest
@testable import PIAOKit

final class HTMLReportTests: XCTestCase {
    func testThePageHoldsEveryDocumentCheckAndRevision() throws {
        let datasets = [try corpusDataset("000_1d5542a8a6ae3887"), try corpusDataset("002_c7987879e2c83564")]
        let html = HTMLReport.render(datasets)
        func count(_ needle: String) -> Int { html.components(separatedBy: needle).count - 1 }
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertEqual(count("<section class=\"document\""), 2)
        XCTAssertEqual(count("<tr class=\"revision\">"), 11 + 57, "every revision is a row")
        XCTAssertEqual(count("<tr class=\"fail\">"), 5, "every failing check is highlighted")
        XCTAssertTrue(html.contains("<td class=\"redline\"><del>€ 868.000,00</del> <ins>€ 933.000,00(*)</ins>"), "old struck, new highlighted")
        XCTAssertTrue(html.contains("<td class=\"line\">107</td>"), "with the source line")
        XCTAssertTrue(html.contains("<td class=\"sum\">130 / 100</td>"), "a failing sum shown against the expected one")
        XCTAssertFalse(html.contains("http://") || html.contains("https://") || html.contains("<script") || html.contains("<link"),
                       "self-contained: no network, no scripts, no external stylesheet")
        XCTAssertEqual(count("<li class=\"objective"), datasets.reduce(0) { $0 + $1.objectives.count })
        XCTAssertTrue(html.contains("&quot;quadrante&quot;"), "text is escaped")
    }
}
