import XCTest
@testable import PIAOKit

final class WriterTests: XCTestCase {
    func testJSONIsDeterministicAndFollowsTheContract() throws {
        let first = DatasetJSON.encode(try corpusDataset("000_1d5542a8a6ae3887"))
        let bytes = [UInt8](try Data(contentsOf: corpusFolder.appendingPathComponent("000_1d5542a8a6ae3887.txt")))
        let second = DatasetJSON.encode(try Pipeline.run(SourceDocument(id: "000_1d5542a8a6ae3887", file: "corpus/000_1d5542a8a6ae3887.txt", bytes: bytes)))
        XCTAssertEqual(first, second)
        let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        XCTAssertEqual(object["schema"] as? String, "piao-dataset/1")
        XCTAssertEqual(Set(object.keys), ["schema", "document", "objectives", "revisions", "checks", "diagnostics"])
        let document = try XCTUnwrap(object["document"] as? [String: Any])
        XCTAssertEqual(document["sha256"] as? String, SHA256.hex(bytes))
        XCTAssertTrue(document["entity"] is NSNull, "null is written, not omitted")
        let objective = try XCTUnwrap((object["objectives"] as? [[String: Any]])?.first)
        let weight = try XCTUnwrap(objective["weight"] as? [String: Any])
        XCTAssertEqual(Set(weight.keys), ["current", "original", "evidence"])
        XCTAssertTrue(first.contains("\"current\": 20,"), "whole numbers print without a decimal point")
    }

    /// The dataset JSON is written directly, not through `JSONValue`; it must keep the layout every
    /// other JSON file has: parsed back and written by `JSONValue`, each document gives the same text.
    func testDatasetJSONHasTheLayoutOfJSONValue() throws {
        for name in ["002_c7987879e2c83564", "003_2a2b79dc4b3c2b64"] {
            let text = DatasetJSON.encode(try corpusDataset(name))
            let parsed = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            XCTAssertEqual(jsonValue(parsed).serialized(), text, name)
        }
    }

    private func jsonValue(_ object: Any) -> JSONValue {
        switch object {
        case let dictionary as [String: Any]: return .object(dictionary.mapValues(jsonValue))
        case let array as [Any]: return .array(array.map(jsonValue))
        case let string as String: return .string(string)
        case let number as NSNumber: return .number(number.doubleValue)
        default: return .null
        }
    }

    func testSHA256() {
        XCTAssertEqual(SHA256.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        // FIPS 180-2 vectors: 56 bytes (the padding needs a second block), and a million bytes.
        XCTAssertEqual(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        XCTAssertEqual(SHA256.hex([UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000)),
                       "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testCSVQuotingFollowsRFC4180() {
        let spec = TableSpec(name: "t", title: "t", columns: [TableSpec.column("a", "a"), TableSpec.column("b", "b")], primaryKey: ["a"], foreignKeys: [])
        var table = CSVTable(spec: spec)
        table.append(["a": .text("plain"), "b": .text("with, comma")])
        table.append(["a": .text("say \"sì\""), "b": .text("two\nlines")])
        XCTAssertEqual(table.serialized(), "a,b\r\nplain,\"with, comma\"\r\n\"say \"\"sì\"\"\",\"two\nlines\"\r\n")
    }

    func testFormulasAreNeutralisedButNumbersStayNumbers() {
        XCTAssertEqual(FormulaGuard.neutralised("=HYPERLINK(\"http://x\")"), "'=HYPERLINK(\"http://x\")")
        XCTAssertEqual(FormulaGuard.neutralised("+39 011"), "'+39 011")
        XCTAssertEqual(FormulaGuard.neutralised("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(FormulaGuard.neutralised("\tx"), "'\tx")
        XCTAssertEqual(FormulaGuard.neutralised("-5"), "-5")
        XCTAssertEqual(FormulaGuard.neutralised("-3,36"), "-3,36")
        XCTAssertEqual(FormulaGuard.neutralised("- Svolgimento di controlli"), "'- Svolgimento di controlli")
        XCTAssertEqual(FormulaGuard.neutralised("Interna"), "Interna")
        let spec = TableSpec(name: "t", title: "t", columns: [TableSpec.column("n", "n", type: .number), TableSpec.column("s", "s")], primaryKey: [], foreignKeys: [])
        var table = CSVTable(spec: spec)
        table.append(["n": .number(-5), "s": .text("=1+1")])
        XCTAssertEqual(table.serialized(), "n,s\r\n-5,'=1+1\r\n", "a number column is never prefixed")
    }

    func testItalianSpreadsheetOptions() {
        let spec = TableSpec(name: "t", title: "t", columns: [TableSpec.column("n", "n", type: .number), TableSpec.column("s", "s")], primaryKey: [], foreignKeys: [])
        var table = CSVTable(spec: spec)
        table.append(["n": .number(33.3), "s": .text("a;b")])
        XCTAssertEqual(table.serialized(CSVOptions(delimiter: ";", excel: true)), "\u{FEFF}n;s\r\n33,3;\"a;b\"\r\n")
    }

    func testBatchTablesHaveOneRowPerItemAndRevisableColumns() throws {
        let dataset = try corpusDataset("000_1d5542a8a6ae3887")
        let tables = Dictionary(uniqueKeysWithValues: BatchCSV.tables([dataset]).map { ($0.name, $0) })
        XCTAssertEqual(tables.keys.sorted(), ["checks", "documents", "indicators", "objectives", "resources", "revisions", "targets"])
        XCTAssertEqual(tables["objectives"]?.rows.count, 7)
        XCTAssertEqual(tables["indicators"]?.rows.count, 15)
        XCTAssertEqual(tables["revisions"]?.rows.count, 11)
        XCTAssertTrue(tables["indicators"]!.header.contains("weight_percent_original"))
        let header = tables["indicators"]!.header
        let idColumn = header.firstIndex(of: "indicator_id")!
        let removed = try XCTUnwrap(tables["indicators"]?.textRows().first { $0[idColumn] == "os-5/i1" })
        XCTAssertEqual(removed[header.firstIndex(of: "weight_percent")!], "", "null is an empty cell")
        XCTAssertEqual(removed[header.firstIndex(of: "weight_percent_original")!], "25")
        XCTAssertTrue(tables.values.allSatisfy { table in
            let column = table.header.firstIndex(of: "document_id")!
            return table.textRows().allSatisfy { $0[column] == "000_1d5542a8a6ae3887" }
        })
        XCTAssertTrue(tables.values.allSatisfy { table in table.textRows().allSatisfy { $0.count == table.header.count } }, "every row the same width")
    }
}
