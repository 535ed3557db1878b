import Foundation
import XCTest
@testable import PIAOKit

/// Corpus documents as full HTML pages (Tests/Fixtures/html, made by scripts/md2html.py): bordered
/// tables written one `<td>` a line, as converters and editors indent them, `<ul>` lists, a `<title>`
/// holding the file name. The same document must give the same data in either form.
final class HTMLRenderingTests: XCTestCase {
    private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/html")

    private func htmlDataset(_ name: String) throws -> Dataset {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        return try Pipeline.run(SourceDocument(id: name, file: name, bytes: bytes))
    }

    /// The dataset's JSON without what must differ between two files: where each value was printed
    /// (line numbers, also inside check messages) and the file itself: its id, name, hash, size and format.
    private func content(_ dataset: Dataset) throws -> [String: Any] {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { !["line", "message", "file", "sha256", "bytes", "format"].contains($0.key) }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let json = try JSONSerialization.jsonObject(with: Data(DatasetJSON.bytes(dataset)))
        var content = try XCTUnwrap(strip(json) as? [String: Any])
        content["document"] = (content["document"] as? [String: Any])?.filter { $0.key != "id" }
        return content
    }

    private func assertSameData(html: String, markdown: String, file: StaticString = #filePath, line: UInt = #line) throws {
        let fromHTML = try content(htmlDataset(html)), fromMarkdown = try content(corpusDataset(markdown))
        for key in ["document", "objectives", "revisions", "checks", "diagnostics"] {
            let same = NSDictionary(dictionary: [key: fromHTML[key] ?? NSNull()]).isEqual(to: [key: fromMarkdown[key] ?? NSNull()])
            XCTAssertTrue(same, "\(key) differ between \(html) and \(markdown)", file: file, line: line)
        }
    }

    /// Monte Rosa's 2025 revision. Before, the whitespace between `<tr>` and its first `<td>` was read
    /// as an empty first cell: every row slid one column right and 12 of 15 indicators were lost.
    func testRevisionAsHTMLGivesTheSameData() throws {
        try assertSameData(html: "000-html.html", markdown: "000_1d5542a8a6ae3887")
        let dataset = try htmlDataset("000-html.html")
        XCTAssertEqual(dataset.document.format, .html)
        // HTML lines 59–71: RISORSE STANZIATE over Anno 2025–2027, then "€ 1.366.000,00 <b>€ 1.622.100,00(*)</b>".
        let resources = try dataset.objective("os-1").resources
        XCTAssertEqual(resources.first?.year, 2025)
        XCTAssertEqual(resources.first?.amount, Revisable(current: 1_622_100, original: 1_366_000, evidence: .adjacentValues))
        XCTAssertEqual(dataset.revisions.count, 11)
    }

    /// Pistoia-Prato's PIRA: "Descrizione:" with its text in the same paragraph (markdown's soft line
    /// break, one line in HTML) is the objective's description, not a note; list items keep their "- ".
    func testPIRAAsHTMLGivesTheSameData() throws {
        try assertSameData(html: "004-html.html", markdown: "004_9a45401b283646bf")
        let finances = try htmlDataset("004-html.html").objective("os-03_01_OS06")
        XCTAssertEqual(finances.description?.current?.hasPrefix("Il contesto economico, politico-istituzionale e normativo"), true)
        XCTAssertFalse(finances.notes.contains { $0.hasPrefix("Descrizione") })
    }

    /// A `<title>` that names a file is not the document's title; one that names the plan still is.
    func testTitleElementNamingAFileIsSkipped() throws {
        let cover = "<p><strong>P.I.A.O.</strong></p><p><strong>Piano Integrato di Attività e Organizzazione</strong></p><p><strong>2025-2027</strong></p>"
        let named = try dataset(of: "<!DOCTYPE html><html><head><title>Microsoft Word - PIAO_2025.docx</title></head><body>\(cover)</body></html>")
        XCTAssertEqual(named.document.title, "P.I.A.O. Piano Integrato di Attività e Organizzazione 2025-2027")
        XCTAssertEqual(named.document.period, Period(start: 2025, end: 2027))
        let titled = try dataset(of: "<!DOCTYPE html><html><head><title>Piano Integrato di Attività e Organizzazione 2026-2028</title></head><body><p>Testo.</p></body></html>")
        XCTAssertEqual(titled.document.title, "Piano Integrato di Attività e Organizzazione 2026-2028")
    }
}
