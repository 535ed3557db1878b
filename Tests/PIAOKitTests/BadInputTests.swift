import XCTest
@testable import PIAOKit

/// Hostile and broken inputs: each gets a clear message naming the file, or a dataset with
/// diagnostics — never a crash.
final class BadInputTests: XCTestCase {
    private let sheet = "SCHEDA OBIETTIVO STRATEGICO\nLINEA STRATEGICA\t1 - Prova\nOBIETTIVO STRATEGICO\t1.1 - Prova\nPESO OBIETTIVO\t100%\n"

    private func run(_ bytes: [UInt8], file: String = "in.txt") throws -> Dataset {
        try Pipeline.run(SourceDocument(id: "in", file: file, bytes: bytes))
    }

    private func refusal(_ bytes: [UInt8], file: String) -> String? {
        do {
            _ = try run(bytes, file: file)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    func testEmptyPDFAndBinaryAreRefusedByName() {
        XCTAssertEqual(refusal([], file: "vuoto.txt"), "vuoto.txt: the file is empty")
        XCTAssertEqual(refusal(Array("%PDF-1.5\n%âãÏÓ".utf8), file: "piano.pdf")?.hasPrefix("piano.pdf: this is a PDF, not text; convert it first (e.g. `pdftotext"), true)
        XCTAssertEqual(refusal(Array("SCHEDA\u{0}OBIETTIVO".utf8), file: "nul.txt"), "nul.txt: binary data (NUL or control bytes), not a text or HTML document")
        XCTAssertNotNil(refusal([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + Array(repeating: 0x00, count: 64), file: "a.out"))
        // A .docx is a zip; an old .doc an OLE file: each named, with the way to a readable form.
        XCTAssertEqual(refusal([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array(repeating: 0x00, count: 32), file: "piao.docx")?
            .hasPrefix("piao.docx: this is a zip file (a Word .docx or OpenDocument .odt document, or a spreadsheet), not text; save it as HTML"), true)
        XCTAssertEqual(refusal([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0x00, count: 32), file: "piao.doc")?
            .hasPrefix("piao.doc: this is an old Office file (Word .doc or Excel .xls), not text"), true)
    }

    func testUTF16WithBOMIsRead() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in sheet.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let dataset = try run(bytes)
        XCTAssertEqual(dataset.objectives.first?.weight?.current, 100)
        XCTAssertEqual(dataset.diagnostics.map(\.code), ["encoding-utf16"])
    }

    func testInvalidUTF8MidLineIsReadAsWindows1252AndTheLineIsNamed() throws {
        var bytes = Array(sheet.utf8)
        bytes.insert(0xFF, at: Array(sheet.utf8).firstIndex(of: UInt8(ascii: "%"))!)
        let dataset = try run(bytes)
        XCTAssertEqual(dataset.diagnostics.first?.code, "encoding-fallback")
        XCTAssertEqual(dataset.diagnostics.first?.line, 4, "the line with the bad byte")
        XCTAssertEqual(dataset.objectives.count, 1)
    }

    func testLatin1AccentsSurvive() throws {
        let latin1: [UInt8] = Array("LINEA STRATEGICA\t2 - Qualit".utf8) + [0xE0] + Array("\n".utf8)
        let dataset = try run(Array("SCHEDA OBIETTIVO STRATEGICO\n".utf8) + latin1)
        XCTAssertEqual(dataset.objectives.first?.area?.title, "Qualità")
    }

    func testTruncatedUnbalancedAndDeeplyNestedHTML() throws {
        _ = try run(Array("<!DOCTYPE html><html><body><table><tr><td><b>PESO OBIETTIVO</td><td><del>20%".utf8), file: "cut.html")
        let nested = "<!DOCTYPE html><html><body>" + String(repeating: "<div><b>", count: 10_000) + "SCHEDA" + "</body></html>"
        _ = try run(Array(nested.utf8), file: "deep.html")
        let inline = String(repeating: "<span>", count: 10_000) + "x\t<del>y"
        _ = try run(Array(inline.utf8), file: "deep.md")
    }

    func testASheetWithLabelsButNoValues() throws {
        let dataset = try run(Array("SCHEDA OBIETTIVO STRATEGICO\nLINEA STRATEGICA\t\nOBIETTIVO STRATEGICO\t\nPESO OBIETTIVO\t\nINDICATORE/I\nDESCRIZIONE\t\nPESO INDICATORE\t\n".utf8))
        XCTAssertEqual(dataset.objectives.count, 1)
        XCTAssertNil(dataset.objectives[0].weight?.current)
        XCTAssertTrue(dataset.diagnostics.contains { $0.code == "sheet-without-title" })
        XCTAssertTrue(dataset.checks.allSatisfy { $0.status != .fail })
    }

    func testALongLineAndALargeDocumentComplete() throws {
        // Smaller than the full-size cases (a 10 MB line, a 50 MB document) of the end-to-end tests.
        let line = String(repeating: "obiettivo peso 25% target ≥ 80 revisione ", count: 25_000)
        let dataset = try run(Array(line.utf8))
        XCTAssertTrue(dataset.objectives.isEmpty)
        let base = try String(contentsOf: corpusFolder.appendingPathComponent("000_1d5542a8a6ae3887.txt"), encoding: .utf8)
        let large = try run(Array(String(repeating: base + "\n", count: 20).utf8))
        XCTAssertEqual(large.objectives.count, 7 * 20)
        XCTAssertEqual(Set(large.objectives.map(\.id)).count, 7 * 20, "ids stay unique when sheets repeat")
    }

    /// A field followed by thousands of lines (a description wrapped without end, notes after an
    /// indicator) is joined a line at a time, and flat text's paragraphs are merged: that stays linear. Each took over 30 s in a release
    /// build when every join copied and cleaned the whole text again.
    func testThousandsOfContinuationLinesStayLinear() throws {
        let continuation = String(repeating: "riga di testo che continua la descrizione\n", count: 20_000)
        let started = Date()
        let flow = try run(Array(("Obiettivo strategico OS01 - Prova\nIndicatore Algoritmo Valore 2021 Target 2022\nEC05.1 C\nnome\n" + continuation).utf8))
        let labelled = try run(Array(("SCHEDA OBIETTIVO STRATEGICO\nINDICATORE/I\nDESCRIZIONE\n" + continuation).utf8))
        // A blank line after every cell, 40,000 cells: the paragraphs are merged once, not copied at each.
        let apart = (0..<20_000).map { "PESO INDICATORE\n\n\($0)%\n\n" }.joined()
        _ = try run(Array(("SCHEDA OBIETTIVO STRATEGICO\n\n" + apart).utf8))
        XCTAssertLessThan(Date().timeIntervalSince(started), 20, "debug build; quadratic joins took minutes")
        XCTAssertEqual(flow.objectives.count, 1)
        XCTAssertEqual(labelled.objectives.count, 1)
    }
}
