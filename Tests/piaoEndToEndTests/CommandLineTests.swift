import Foundation
import XCTest

/// Runs the built `piao` binary as a user would, and checks what it prints, writes and exits with.
final class CommandLineTests: XCTestCase {
    private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private var binary: URL {
        var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 where !FileManager.default.fileExists(atPath: directory.appendingPathComponent("piao").path) {
            directory = directory.deletingLastPathComponent()
        }
        return directory.appendingPathComponent("piao")
    }

    private struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    private func piao(_ arguments: [String], environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = repository
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("piao-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    func testExtractOnTheCorpusWritesEveryOutput() throws {
        let output = try temporaryFolder()
        let run = try piao(["extract", "--output", output.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        let files = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
        XCTAssertEqual(files, ["000_1d5542a8a6ae3887.json", "001_923d46fa4cfb4ce4.json", "002_c7987879e2c83564.json", "003_2a2b79dc4b3c2b64.json",
                               "004_9a45401b283646bf.json", "checks.csv", "datapackage.json", "dcat.jsonld", "documents.csv", "indicators.csv", "objectives.csv", "resources.csv",
                               "revisions.csv", "targets.csv"])
        XCTAssertTrue(run.stderr.contains("000_1d5542a8a6ae3887: piao-revision, 7 objectives, 15 indicators, 11 revisions, 0 failed checks"), run.stderr)
        XCTAssertTrue(run.stderr.contains("total: 5 documents written"), run.stderr)
    }

    func testCorpusOutputMatchesTheJSONSchema() throws {
        let probe = Process()
        probe.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        probe.arguments = ["python3", "-c", "import jsonschema"]
        try? probe.run()
        probe.waitUntilExit()
        guard probe.terminationStatus == 0 else { throw XCTSkip("python3 with jsonschema is not installed (.ci/run installs it)") }
        let output = try temporaryFolder()
        XCTAssertEqual(try piao(["extract", "corpus", "--output", output.path]).status, 0)
        let validate = Process()
        validate.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        validate.arguments = ["python3", repository.appendingPathComponent("scripts/validate-json").path, output.path]
        let pipe = Pipe()
        validate.standardOutput = pipe
        try validate.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        validate.waitUntilExit()
        XCTAssertEqual(validate.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("5 passed, 0 failed"), text)
    }

    func testOutputIsIdenticalAcrossRunsAndJobCounts() throws {
        let first = try temporaryFolder(), second = try temporaryFolder()
        XCTAssertEqual(try piao(["extract", "corpus", "--output", first.path, "--jobs", "1"]).status, 0)
        XCTAssertEqual(try piao(["extract", "corpus", "--output", second.path, "--jobs", "2"]).status, 0)
        for name in try FileManager.default.contentsOfDirectory(atPath: first.path) {
            XCTAssertEqual(try Data(contentsOf: first.appendingPathComponent(name)), try Data(contentsOf: second.appendingPathComponent(name)), name)
        }
    }

    func testValidatePrintsATableAndExitsOneOnAFailure() throws {
        let passing = try piao(["validate", "corpus/000_1d5542a8a6ae3887.txt"])
        XCTAssertEqual(passing.status, 0, passing.stdout + passing.stderr)
        XCTAssertTrue(passing.stdout.contains("indicator-weights  os-5"), passing.stdout)
        XCTAssertTrue(passing.stdout.contains("0 failed checks"))

        let folder = try temporaryFolder()
        let sheet = """
        SCHEDA OBIETTIVO STRATEGICO
        LINEA STRATEGICA\t1 - Prova
        OBIETTIVO STRATEGICO\t1.1 - Prova
        PESO OBIETTIVO\t100%
        INDICATORE/I
        DESCRIZIONE\tPrimo
        PESO INDICATORE\t60%
        DESCRIZIONE\tSecondo
        PESO INDICATORE\t30%
        """
        try Data(sheet.utf8).write(to: folder.appendingPathComponent("bad-weights.txt"))
        let failing = try piao(["validate", folder.path])
        XCTAssertEqual(failing.status, 1)
        XCTAssertTrue(failing.stdout.contains("FAIL"), failing.stdout)
        XCTAssertTrue(failing.stdout.contains("weights sum to 90, expected 100 (-10)"), failing.stdout)
    }

    func testValidateJSONReadsLikeAFrictionlessReport() throws {
        let run = try piao(["validate", "--json", "corpus/002_c7987879e2c83564.txt", "corpus/000_1d5542a8a6ae3887.txt"])
        XCTAssertEqual(run.status, 1, "002 has failing checks")
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(report["valid"] as? Bool, false)
        let tasks = try XCTUnwrap(report["tasks"] as? [[String: Any]])
        XCTAssertEqual(tasks.map { $0["name"] as? String }, ["002_c7987879e2c83564", "000_1d5542a8a6ae3887"], "files in the order given")
        XCTAssertEqual(tasks.map { $0["valid"] as? Bool }, [false, true])
        let errors = try XCTUnwrap(tasks[0]["errors"] as? [[String: Any]])
        XCTAssertEqual(errors.compactMap { $0["type"] as? String }, ["weight-sum", "weight-sum", "weight-sum", "weight-consistency", "weight-consistency"])
        XCTAssertEqual((report["stats"] as? [String: Any])?["errors"] as? Int, 5)
    }

    func testSummaryTableAndExitCodesInHelp() throws {
        let run = try piao(["extract", "corpus/000_1d5542a8a6ae3887.txt", "corpus/001_923d46fa4cfb4ce4.txt", "--output", try temporaryFolder().path])
        XCTAssertTrue(run.stderr.contains("document              kind           objectives  indicators  revisions  failed checks  diagnostics"), run.stderr)
        let help = try piao(["--help"])
        XCTAssertTrue(help.stdout.contains("some inputs could not be read"), help.stdout)
        XCTAssertEqual(try piao(["extract", "--delimiter", "x"]).status, 2, "a usage error")
        XCTAssertEqual(try piao(["validate", "--no-such-option"]).status, 2)
    }

    func testUnreadableInputIsNamedAndTheRestIsWritten() throws {
        let input = try temporaryFolder(), output = try temporaryFolder()
        try Data().write(to: input.appendingPathComponent("empty.txt"))
        try FileManager.default.copyItem(at: repository.appendingPathComponent("corpus/001_923d46fa4cfb4ce4.txt"), to: input.appendingPathComponent("good.txt"))
        let run = try piao(["extract", input.path, "--output", output.path])
        XCTAssertEqual(run.status, 3)
        XCTAssertTrue(run.stderr.contains("empty.txt: not read: the file is empty"), run.stderr)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("good.json").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.appendingPathComponent("empty.json").path))
    }

    func testAFolderOfOtherFormatsGivesOutputForEach() throws {
        let output = try temporaryFolder()
        let run = try piao(["extract", "Tests/Fixtures/unseen", "--output", output.path])
        XCTAssertEqual(run.status, 0, run.stderr)
        for name in ["esempio-revisione", "esempio-operativo", "esempio-layout", "esempio-layout-a-capo", "esempio-cp1252", "esempio-pdftotext-piatto",
                     "esempio-albero-obiettivi", "esempio-tabella-obiettivi", "esempio-obiettivi-titolati"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent(name + ".json").path), name)
            XCTAssertTrue(run.stderr.contains("\(name): "), run.stderr)
        }
        XCTAssertTrue(run.stderr.contains("total: 9 documents written"), run.stderr)
    }

    func testAnOutputFolderThatCannotBeWrittenIsNamed() throws {
        let blocker = try temporaryFolder().appendingPathComponent("a-file")
        try Data("x".utf8).write(to: blocker)
        let run = try piao(["extract", "corpus/000_1d5542a8a6ae3887.txt", "--output", blocker.appendingPathComponent("out").path])
        XCTAssertEqual(run.status, 3)
        XCTAssertTrue(run.stderr.contains("cannot write to \(blocker.appendingPathComponent("out").path)"), run.stderr)
    }

    /// Full size, as a user would meet them: a 50 MB document (the Torino plan 255 times over) and a
    /// single 10 MB line, in one batch with two jobs. Both complete, nothing is lost, ids stay unique.
    func testA50MBDocumentAndA10MBLineComplete() throws {
        let input = try temporaryFolder(), output = try temporaryFolder()
        let torino = try Data(contentsOf: repository.appendingPathComponent("corpus/003_2a2b79dc4b3c2b64.txt"))
        var large = Data()
        for _ in 0..<255 { large.append(torino); large.append(0x0A) }
        XCTAssertGreaterThan(large.count, 50_000_000)
        try large.write(to: input.appendingPathComponent("grande.txt"))
        try Data(String(repeating: "obiettivo peso 25% target ≥ 80 revisione ", count: 240_000).utf8).write(to: input.appendingPathComponent("riga.txt"))
        let run = try piao(["extract", input.path, "--output", output.path, "--jobs", "2"])
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stderr.contains("grande: piao, \(67 * 255) objectives, \(158 * 255) indicators, 0 revisions"), run.stderr)
        XCTAssertTrue(run.stderr.contains("riga: unknown, 0 objectives"), run.stderr)
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("grande.json"))) as? [String: Any]
        let ids = (json?["objectives"] as? [[String: Any]])?.compactMap { $0["id"] as? String } ?? []
        XCTAssertEqual(Set(ids).count, 67 * 255)
    }

    func testDuplicateNamesInDifferentFoldersKeepUniqueStableIds() throws {
        let input = try temporaryFolder(), output = try temporaryFolder()
        for folder in ["a", "b"] {
            try FileManager.default.createDirectory(at: input.appendingPathComponent(folder), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: repository.appendingPathComponent("corpus/000_1d5542a8a6ae3887.txt"),
                                             to: input.appendingPathComponent("\(folder)/piano.txt"))
        }
        XCTAssertEqual(try piao(["extract", input.path, "--output", output.path]).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("piano.json").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: output.appendingPathComponent("piano-2.json").path))
    }

    /// Kills a batch midway: every output is complete or absent, never truncated; a re-run completes it.
    func testAnInterruptedBatchLeavesNoTruncatedFile() throws {
        let input = try temporaryFolder(), output = try temporaryFolder()
        for index in 0..<40 {
            try FileManager.default.copyItem(at: repository.appendingPathComponent("corpus/002_c7987879e2c83564.txt"),
                                             to: input.appendingPathComponent("doc\(index).txt"))
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["extract", input.path, "--output", output.path, "--jobs", "1"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until some documents are written, then kill without warning.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let written = (try? FileManager.default.contentsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".json") }.count) ?? 0
            if written >= 3 { break }
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path).filter { !$0.hasPrefix(".") }
        XCTAssertFalse(names.isEmpty)
        XCTAssertLessThan(names.count, 40, "killed before the end")
        for name in names where name.hasSuffix(".json") {
            let data = try Data(contentsOf: output.appendingPathComponent(name))
            XCTAssertNoThrow(try JSONSerialization.jsonObject(with: data), "\(name) is complete")
        }
        let rerun = try piao(["extract", input.path, "--output", output.path, "--jobs", "2"])
        XCTAssertEqual(rerun.status, 0)
        let after = try FileManager.default.contentsOfDirectory(atPath: output.path)
        XCTAssertEqual(after.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.count, 41, "40 documents and datapackage.json")
        XCTAssertTrue(after.filter { $0.hasSuffix(".tmp") }.isEmpty, "the re-run removed the killed run's temporary files")
    }

    func testInspectShowsEachStage() throws {
        let run = try piao(["inspect", "corpus/000_1d5542a8a6ae3887.txt"])
        XCTAssertEqual(run.status, 0, run.stderr)
        for heading in ["== text", "== tables", "== schede", "== checks"] { XCTAssertTrue(run.stdout.contains(heading), heading) }
        XCTAssertTrue(run.stdout.contains("L107:  ⇥ [del:€ 868.000,00] [b:€ 933.000,00(*)] ⇥ € 459.000,00"), run.stdout)
        let missing = try piao(["inspect", "no/such/file.txt"])
        XCTAssertEqual(missing.status, 3)
        XCTAssertTrue(missing.stderr.contains("no/such/file.txt"))
        // Flat text read as label rows: the rows it was rebuilt into are shown too.
        let flat = try piao(["inspect", "Tests/Fixtures/unseen/esempio-pdftotext-piatto.txt", "--stage", "tables"])
        XCTAssertTrue(flat.stdout.contains("== tables rebuilt from labels (flat text)"), flat.stdout)
        XCTAssertTrue(flat.stdout.contains("  L31: PESO INDICATORE | 60%"), flat.stdout)
        XCTAssertTrue(flat.stdout.contains("  L42: RISULTATO ATTESO - TARGET | Anno 2026 | Anno 2027"), flat.stdout)
        // Real pdftotext output read with its blank lines between cells ignored: the rows shown are
        // those the sheets were read from (lines 244–248, "≥3" three times with blank lines between).
        let real = try piao(["inspect", "Tests/Fixtures/pdftotext/001-pdftotext.txt", "--stage", "tables"])
        XCTAssertTrue(real.stdout.contains("== tables rebuilt from labels (flat text, blank lines between cells ignored)"), real.stdout)
        XCTAssertTrue(real.stdout.contains("  L244:  | ≥3 | ≥3 | ≥3"), real.stdout)
    }

    /// A crash of our own code on one document (injected here: the worker traps on the named file)
    /// costs that document only. The others are read, the tables hold their rows in input order,
    /// and the message names the file.
    func testACrashOnOneDocumentDoesNotStopTheBatch() throws {
        let input = try temporaryFolder(), output = try temporaryFolder()
        for (index, name) in ["000_1d5542a8a6ae3887", "002_c7987879e2c83564", "001_923d46fa4cfb4ce4", "004_9a45401b283646bf"].enumerated() {
            try FileManager.default.copyItem(at: repository.appendingPathComponent("corpus/\(name).txt"), to: input.appendingPathComponent("d\(index).txt"))
        }
        let run = try piao(["extract", input.path, "--output", output.path, "--jobs", "2"], environment: ["PIAO_TEST_CRASH_ON": "d1.txt"])
        XCTAssertEqual(run.status, 3, run.stderr)
        XCTAssertTrue(run.stderr.contains("d1.txt: not read: piao stopped while reading this document (signal 4"), run.stderr)
        XCTAssertTrue(run.stderr.contains("Fatal error: crash requested by PIAO_TEST_CRASH_ON); this is a bug in piao"), run.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        XCTAssertEqual(names.filter { $0.hasSuffix(".json") }.sorted(), ["d0.json", "d2.json", "d3.json", "datapackage.json"])
        let documents = try String(contentsOf: output.appendingPathComponent("documents.csv"), encoding: .utf8)
        XCTAssertEqual(documents.split(separator: "\r\n").dropFirst().map { String($0.prefix(2)) }, ["d0", "d2", "d3"])
        let objectives = try String(contentsOf: output.appendingPathComponent("objectives.csv"), encoding: .utf8)
        XCTAssertEqual(objectives.split(separator: "\r\n").count, 1 + 7 + 15 + 18, "the objectives of 000, 001 and 004")
        XCTAssertTrue(names.filter { $0.hasSuffix(".tmp") }.isEmpty, "\(names)")
    }

    /// A document that never finishes (injected: the worker sleeps on it) is given up after --timeout;
    /// the batch goes on.
    func testADocumentThatNeverEndsIsGivenUpAfterTheTimeout() throws {
        let input = try temporaryFolder(), output = try temporaryFolder()
        for (index, name) in ["000_1d5542a8a6ae3887", "001_923d46fa4cfb4ce4", "004_9a45401b283646bf"].enumerated() {
            try FileManager.default.copyItem(at: repository.appendingPathComponent("corpus/\(name).txt"), to: input.appendingPathComponent("d\(index).txt"))
        }
        let started = Date()
        let run = try piao(["extract", input.path, "--output", output.path, "--jobs", "1", "--timeout", "2"], environment: ["PIAO_TEST_HANG_ON": "d0.txt"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 30)
        XCTAssertEqual(run.status, 3, run.stderr)
        XCTAssertTrue(run.stderr.contains("d0.txt: not read: piao was still reading this document after the time allowed (--timeout)"), run.stderr)
        let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
        XCTAssertEqual(names.filter { $0.hasSuffix(".json") }.sorted(), ["d1.json", "d2.json", "datapackage.json"])
    }
}
