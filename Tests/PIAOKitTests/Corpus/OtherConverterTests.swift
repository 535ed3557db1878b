import Foundation
import XCTest
@testable import PIAOKit

/// The same document from another converter must give the same data. Each corpus document is
/// re-rendered as a full HTML page (tab rows → <table> with colspans, paragraphs → <p> with <br> between lines,
/// `#` headings → <hN>) and as markdown pipe tables, and its dataset compared with the original's:
/// every objective, indicator, weight, target, resource, revision and check verdict, line numbers aside.
final class OtherConverterTests: XCTestCase {
    private let tabular = ["000_1d5542a8a6ae3887", "001_923d46fa4cfb4ce4", "002_c7987879e2c83564", "004_9a45401b283646bf"]

    func testTablesAsAFullHTMLPageGiveTheSameData() throws {
        for name in tabular {
            let converted = try Pipeline.run(SourceDocument(id: name, file: name + ".html", bytes: Array(Rerender.html(try source(name)).utf8)))
            XCTAssertEqual(converted.document.format, .html, name)
            XCTAssertEqual(try comparable(converted), try comparable(corpusDataset(name)), name)
        }
    }

    func testTablesAsMarkdownPipeTablesGiveTheSameData() throws {
        for name in tabular {
            let converted = try Pipeline.run(SourceDocument(id: name, file: name + ".md", bytes: Array(Rerender.pipeTables(try source(name)).utf8)))
            XCTAssertEqual(try comparable(converted), try comparable(corpusDataset(name)), name)
        }
    }

    /// Torino's flat pdftotext lines wrapped in <p> and <br>: no tables, so the lines are read as flow text.
    func testFlatTextAsHTMLParagraphsIsReadAsFlowText() throws {
        let name = "003_2a2b79dc4b3c2b64"
        let converted = try Pipeline.run(SourceDocument(id: name, file: name + ".html", bytes: Array(Rerender.html(try source(name)).utf8)))
        XCTAssertEqual(converted.objectives.count, 67)
        XCTAssertTrue(converted.diagnostics.contains { $0.code == "read-as-flow" })
        XCTAssertEqual(try comparable(converted), try comparable(corpusDataset(name)))
    }

    /// 004 printed as `pdftotext -layout` prints a PDF table: each cell in a column of fixed width,
    /// long cells wrapped onto the next lines under their column. Names, algorithms, types, weights,
    /// targets, titles, areas and resources must come out as from the tab-separated text. One known
    /// exception: line 331 prints an indicator's name on a row of its own above the row it names, which
    /// layout text cannot tell from a paragraph (it stays in the objective's notes).
    func testWrappedLayoutColumnsGiveTheSameFields() throws {
        let name = "004_9a45401b283646bf"
        let original = fields(try corpusDataset(name))
        for width in [30, 40] {
            let layout = Rerender.layout(try source(name), width: width)
            let converted = try Pipeline.run(SourceDocument(id: name, file: name + ".txt", bytes: Array(layout.utf8)))
            XCTAssertTrue(converted.diagnostics.contains { $0.code == "layout-columns" })
            var read = fields(converted)
            XCTAssertEqual(read["os-01_04_OS02/i1"]?.hasPrefix("Grado di realizzazione delle azioni pianificate"), true)
            read["os-01_04_OS02/i1"] = original["os-01_04_OS02/i1"]
            XCTAssertEqual(read.count, 130)
            for (key, value) in original where read[key] != value {
                XCTFail("width \(width), \(key):\n  tab-separated: \(value)\n  layout:        \(read[key] ?? "missing")")
            }
        }
    }

    /// `pdftotext` without `-layout` prints each cell of a label/value sheet on a line of its own, and
    /// the PDF has no tags. The Monte Rosa revisions read that way give the same indicators, weights,
    /// targets and revisions as their tab-separated text but for what only the lost marks told (a struck
    /// word in 000) and cells of several paragraphs (001's oo-7 and oo-8 names, 000's oo-1 sub-row).
    func testCellsOnLinesOfTheirOwnAreReadAsLabelRows() throws {
        let cases: [(name: String, indicators: Int, revisions: Int, known: Set<String>)] = [
            ("001_923d46fa4cfb4ce4", 34, 35, ["oo-7/i1", "oo-8/i1", "oo-8/i2"]),
            // 000's oo-1/i1 prints its target and weight on the sub-header's row: its main row is short, not read.
            ("000_1d5542a8a6ae3887", 14, 8, ["oo-1", "oo-1/i1", "oo-3/i1"]),
        ]
        // Some converters print a blank line after every cell: the same must come out.
        for (name, indicators, revisions, known) in cases + cases.map({ ($0.name + " blank", $0.indicators, $0.revisions, $0.known) }) {
            let blank = name.hasSuffix(" blank")
            let name = String(name.prefix(20))
            let flat = Rerender.flat(try source(name), joiningCells: false, blankAfterCells: blank)
            let converted = try Pipeline.run(SourceDocument(id: name, file: name + ".txt", bytes: Array(flat.utf8)))
            XCTAssertTrue(converted.diagnostics.contains { $0.code == "label-rows" }, name)
            XCTAssertEqual(converted.document.kind, .piaoRevision, "\(name) blank: \(blank)")
            XCTAssertEqual(converted.checks.filter { $0.status == .fail }.count, 0, "\(name) blank: \(blank)")
            XCTAssertEqual(converted.objectives.flatMap(\.indicators).count, indicators, name)
            XCTAssertEqual(converted.revisions.count, revisions, name)
            let original = fields(try corpusDataset(name))
            let read = fields(converted)
            XCTAssertEqual(Set(read.keys), Set(original.keys).subtracting(known.subtracting(read.keys)), name)
            for (key, value) in original where !known.contains(key) && read[key] != value {
                XCTFail("\(name) \(key):\n  tab-separated: \(value)\n  flat:          \(read[key] ?? "missing")")
            }
        }
    }

    /// Some `pdftotext` output goes down a column before the next: a block of two-cell rows comes as
    /// its labels, then its values. The values are paired with the labels in order.
    func testALabelColumnThenItsValues() throws {
        let name = "001_923d46fa4cfb4ce4"
        let converted = try Pipeline.run(SourceDocument(id: name, file: name + ".txt", bytes: Array(Rerender.labelsThenValues(try source(name)).utf8)))
        XCTAssertEqual(converted.objectives.flatMap(\.indicators).count, 34)
        XCTAssertEqual(converted.revisions.count, 35)
        let original = fields(try corpusDataset(name))
        let read = fields(converted)
        // os-1/i4 keeps a printed rule line in its name; os-2/i1's description has a footnote line between
        // label and value; oo-7 and oo-8 as in the test above.
        let known: Set = ["os-1/i4", "os-2/i1", "oo-7/i1", "oo-8/i1", "oo-8/i2"]
        for (key, value) in original where !known.contains(key) && read[key] != value {
            XCTFail("\(key):\n  tab-separated: \(value)\n  labels first: \(read[key] ?? "missing")")
        }
    }

    /// Pistoia-Prato's PIRA with each cell on a line of its own: the indicator grids ("Indicatori",
    /// "Tipologia", …, "Peso indicatori", then eight cells per indicator, operators on lines of their
    /// own) are rebuilt. A row with an empty cell cannot be (the cell leaves no line): it is reported
    /// and not read. Every indicator read is the one the tab-separated text gives, but for the name
    /// printed above its row (line 331), as in the layout test.
    func testPIRAGridsWithCellsOnLinesOfTheirOwn() throws {
        let name = "004_9a45401b283646bf"
        let flat = Rerender.flat(try source(name), joiningCells: false)
        let converted = try Pipeline.run(SourceDocument(id: name, file: name + ".txt", bytes: Array(flat.utf8)))
        let original = try corpusDataset(name)
        XCTAssertEqual(converted.objectives.map(\.id), original.objectives.map(\.id))
        XCTAssertEqual(converted.objectives.map(\.title.current), original.objectives.map(\.title.current))
        XCTAssertEqual(converted.objectives.flatMap(\.indicators).count, 95)
        XCTAssertEqual(converted.diagnostics.filter { $0.code == "grid-row-not-aligned" }.count, 19)
        func summary(_ indicator: Indicator) -> String {
            [indicator.type?.current, indicator.measure?.current, indicator.algorithm?.current, indicator.weight?.current.map { "\($0)" },
             indicator.targets.map { "\($0.year) \($0.value.current?.raw ?? "")" }.joined(separator: ", ")].map { $0 ?? "nil" }.joined(separator: " | ")
        }
        for objective in converted.objectives {
            let printed = try XCTUnwrap(original.objectives.first { $0.id == objective.id }).indicators
            for indicator in objective.indicators where indicator.name.current != "Attuazione pianificazione operativa" {
                let sameName = printed.filter { $0.name.current == indicator.name.current }
                XCTAssertTrue(sameName.contains { summary($0) == summary(indicator) },
                              "\(objective.id) \(indicator.name.current ?? ""): \(summary(indicator)) vs \(sameName.map(summary))")
            }
        }
    }

    /// Cremona-Mantova-Pavia with each cell on a line of its own: a grid header's years ("2024" …
    /// "2027") come on lines of their own after its labels and are placed under its baseline and
    /// target columns, so each row's seven cells line up.
    func testGridYearsOnLinesOfTheirOwn() throws {
        let name = "002_c7987879e2c83564"
        let flat = Rerender.flat(try source(name), joiningCells: false)
        let converted = try Pipeline.run(SourceDocument(id: name, file: name + ".txt", bytes: Array(flat.utf8)))
        let objective = try converted.objective("os-1.1")
        XCTAssertEqual(objective.indicators.map { $0.weight?.current }, [35, 35, 30])
        XCTAssertEqual(objective.indicators.map { $0.targets.map(\.year) }, [[2025, 2026, 2027], [2025, 2026, 2027], [2025, 2026, 2027]])
        XCTAssertEqual(objective.indicators.map { $0.targets.map { $0.value.current?.raw ?? "" } },
                       [[">=525*", ">=450", ">=450"], [">=25", ">=25", ">=25"], [">=18%", ">=18%", ">=18%"]])
        XCTAssertEqual(objective.indicators.map { $0.algorithm?.current }, try corpusDataset(name).objective("os-1.1").indicators.map { $0.algorithm?.current })
    }

    /// The same with each row on one line, its cells joined by spaces: label rows are told apart by
    /// their labels, but a grid's row cannot be, nor values revised side by side under several years
    /// ("€ 749.000,00 € 867.414,46 (*) € 749.000,00 € 500.000,00"): those are said, never guessed.
    func testRowsOnOneLineGiveTheLabelRowsAndSayWhatCannotBeTold() throws {
        let name = "001_923d46fa4cfb4ce4"
        let flat = Rerender.flat(try source(name), joiningCells: true)
        let converted = try Pipeline.run(SourceDocument(id: name, file: name + ".txt", bytes: Array(flat.utf8)))
        let original = try corpusDataset(name)
        let strategic = converted.objectives.filter { $0.level == .strategic }
        XCTAssertEqual(strategic.map(\.id), original.objectives.filter { $0.level == .strategic }.map(\.id))
        XCTAssertEqual(strategic.flatMap(\.indicators).count, 8)
        let os2 = try XCTUnwrap(strategic.first { $0.id == "os-2" })
        XCTAssertEqual(os2.weight?.current, 20)
        XCTAssertEqual(os2.resources.count, 0, "four amounts for three years: not placed")
        XCTAssertTrue(converted.diagnostics.contains { $0.code == "values-not-aligned" && $0.line == 116 })
        let i1 = try XCTUnwrap(os2.indicators.first)
        XCTAssertEqual(i1.targets.map(\.year), [2024, 2025, 2026])
        XCTAssertEqual(i1.targets.map { $0.value.current?.raw }, ["≥ 30", "≥ 30", "//"])
        XCTAssertEqual(i1.weight?.current, 40)
        XCTAssertEqual(i1.type?.current, "Realizzazione fisica")
        // What was placed is what the tab-separated text gives: names, algorithms, types, weights, and
        // the targets of every indicator whose targets could be placed.
        let originalIndicators = Dictionary(uniqueKeysWithValues: original.objectives.flatMap(\.indicators).map { ($0.id, $0) })
        for indicator in strategic.flatMap(\.indicators) {
            let expected = try XCTUnwrap(originalIndicators[indicator.id])
            XCTAssertEqual(indicator.name.current, expected.name.current, indicator.id)
            XCTAssertEqual(indicator.type?.current, expected.type?.current, indicator.id)
            XCTAssertEqual(indicator.weight?.current, expected.weight?.current, indicator.id)
            if !indicator.targets.isEmpty {
                XCTAssertEqual(indicator.targets.map { $0.value.current?.raw }, expected.targets.map { $0.value.current?.raw }, indicator.id)
            }
        }
    }

    private func fields(_ dataset: Dataset) -> [String: String] {
        var result: [String: String] = [:]
        for objective in dataset.objectives {
            result[objective.id] = [objective.title.current ?? "", objective.area?.title ?? "", "\(objective.weight?.current ?? -1)",
                                    objective.resources.map { "\($0.year) \($0.amount.current ?? -1)" }.joined(separator: ", ")].joined(separator: " | ")
            for indicator in objective.indicators {
                result[indicator.id] = [indicator.name.current ?? "", indicator.algorithm?.current ?? "", indicator.type?.current ?? "",
                                        "\(indicator.weight?.current ?? -1)",
                                        indicator.targets.map { "\($0.year) \($0.value.current?.raw ?? "")" }.joined(separator: ", ")].joined(separator: " | ")
            }
        }
        return result
    }

    private func source(_ name: String) throws -> String {
        try String(contentsOf: corpusFolder.appendingPathComponent(name + ".txt"), encoding: .utf8)
    }

    /// The dataset as JSON without what depends on the file's layout: line numbers, messages that
    /// quote them, the document block and the diagnostics.
    private func comparable(_ dataset: Dataset) throws -> NSDictionary {
        func strip(_ value: Any) -> Any {
            if let object = value as? [String: Any] {
                return object.filter { !["line", "lines", "message", "document", "diagnostics"].contains($0.key) }.mapValues(strip)
            }
            if let array = value as? [Any] { return array.map(strip) }
            return value
        }
        let json = try JSONSerialization.jsonObject(with: Data(DatasetJSON.encode(dataset).utf8))
        return try XCTUnwrap(strip(json) as? [String: Any]) as NSDictionary
    }
}

/// What another converter might have written for the same PDF.
private enum Rerender {
    static func html(_ text: String) -> String {
        var output = ["<!DOCTYPE html>", "<html><head><meta charset=\"utf-8\"><title>documento</title></head><body>"]
        var inTable = false, inParagraph = false
        for line in text.components(separatedBy: "\n") {
            if line.contains("\t") {
                if inParagraph { output[output.count - 1] += "</p>"; inParagraph = false }
                if !inTable { output.append("<table>"); inTable = true }
                // Trailing empty cells become a colspan on the last filled one, as HTML exporters write it.
                var cells = line.components(separatedBy: "\t")
                var span = 1
                while cells.count > 1, cells.last == "" { cells.removeLast(); span += 1 }
                let last = cells.removeLast()
                output.append("<tr>" + cells.map { "<td>\($0)</td>" }.joined() + (span > 1 ? "<td colspan=\"\(span)\">\(last)</td>" : "<td>\(last)</td>") + "</tr>")
                continue
            }
            if inTable { output.append("</table>"); inTable = false }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty {
                if inParagraph { output[output.count - 1] += "</p>"; inParagraph = false }
            } else if let heading = InlineMarkdown.heading(line) {
                if inParagraph { output[output.count - 1] += "</p>"; inParagraph = false }
                output.append("<h\(heading.level)>\(heading.rest)</h\(heading.level)>")
            } else if inParagraph {
                output[output.count - 1] += "<br>"
                output.append(line)
            } else {
                output.append("<p>" + line)
                inParagraph = true
            }
        }
        if inParagraph { output[output.count - 1] += "</p>" }
        if inTable { output.append("</table>") }
        return (output + ["</body></html>"]).joined(separator: "\n")
    }

    /// Tab rows as fixed-width columns, each cell word-wrapped to its column (words are never cut),
    /// inline tags dropped (a PDF's text layer has none).
    static func layout(_ text: String, width: Int) -> String {
        var output: [String] = []
        for line in text.components(separatedBy: "\n") {
            let plain = line.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            guard plain.contains("\t") else {
                output.append(plain)
                continue
            }
            let cells = plain.components(separatedBy: "\t").map { wrap($0.trimmingCharacters(in: .whitespaces), width - 3) }
            for index in 0..<(cells.map(\.count).max() ?? 0) {
                let parts = cells.enumerated().map { column, lines in
                    let part = index < lines.count ? lines[index] : ""
                    return column < cells.count - 1 ? part.padding(toLength: max(width, part.count + 3), withPad: " ", startingAt: 0) : part
                }
                output.append(parts.joined().replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
            }
        }
        return output.joined(separator: "\n")
    }

    private static func wrap(_ text: String, _ width: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        return lines + (current.isEmpty ? [""] : [current])
    }

    /// `pdftotext` without `-layout`: tags gone, each cell on a line of its own (empty cells vanish),
    /// or each row on one line with its cells joined by a space.
    static func flat(_ text: String, joiningCells: Bool, blankAfterCells: Bool = false) -> String {
        var output: [String] = []
        for line in text.components(separatedBy: "\n") {
            let plain = line.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            let cells = plain.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if cells.isEmpty {
                output.append("")
            } else if joiningCells {
                output.append(cells.joined(separator: " "))
            } else {
                output += blankAfterCells ? cells.flatMap { [$0, ""] } : cells
            }
        }
        return output.joined(separator: "\n")
    }

    /// Runs of two-cell label rows printed as their labels, then their values; other rows cell by cell.
    static func labelsThenValues(_ text: String) -> String {
        var output: [String] = []
        var group: [(String, String)] = []
        func flush() {
            output += group.map(\.0) + group.map(\.1)
            group = []
        }
        for line in text.components(separatedBy: "\n") {
            let plain = line.replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
            let cells = plain.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
            let filled = cells.filter { !$0.isEmpty }
            if cells.count > 1, filled.count == 2, !cells[0].isEmpty {
                group.append((filled[0], filled[1]))
                continue
            }
            flush()
            output += filled.isEmpty ? [""] : filled
        }
        flush()
        return output.joined(separator: "\n")
    }

    static func pipeTables(_ text: String) -> String {
        var output: [String] = []
        var inTable = false
        for line in text.components(separatedBy: "\n") {
            guard line.contains("\t") else {
                if inTable { output.append("") }
                inTable = false
                output.append(line)
                continue
            }
            let cells = line.components(separatedBy: "\t").map { $0.replacingOccurrences(of: "|", with: "\\|") }
            output.append("| " + cells.joined(separator: " | ") + " |")
            if !inTable { output.append("|" + String(repeating: "---|", count: cells.count)) }
            inTable = true
        }
        return output.joined(separator: "\n")
    }
}
