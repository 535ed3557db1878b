import Foundation

/// One worker child process (`piao worker`): documents go in on its stdin one at a time, frames
/// come back on its stdout. If it dies on a document (a crash in our own code), only that
/// document is lost; the batch starts another worker for the rest.
final class WorkerProcess {
    private let process = Process()
    private let requests: Pipe
    private let replies: Pipe
    private let reader: PipeReader
    private let errorLog: URL

    init(executable: URL, arguments: [String]) throws {
        requests = Pipe()
        replies = Pipe()
        errorLog = FileManager.default.temporaryDirectory.appendingPathComponent("piao-worker-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: errorLog.path, contents: nil)
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = requests
        process.standardOutput = replies
        process.standardError = try FileHandle(forWritingTo: errorLog)
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"  // a crash report is one line, not a backtrace
        process.environment = environment
        try process.run()
        reader = PipeReader(descriptor: replies.fileHandleForReading.fileDescriptor)
    }

    /// Sends one document; its frame, or nil when the worker died on it.
    func read(_ index: Int, _ input: InputCollector.Input) -> (index: Int, result: Result<DocumentPiece, BatchRunner.Failure>)? {
        guard var request = try? JSONSerialization.data(withJSONObject: ["index": index, "id": input.id, "path": input.path]) else { return nil }
        request.append(0x0A)
        let written = request.withUnsafeBytes { writeAll(requests.fileHandleForWriting.fileDescriptor, $0) }
        guard written, let frame = DocumentPiece.read(from: reader), frame.index == index else { return nil }
        return frame
    }

    /// Why the worker stopped, once it has: its exit, and the runtime's one-line report if any.
    func death() -> String {
        try? requests.fileHandleForWriting.close()
        process.waitUntilExit()
        let how = process.terminationReason == .uncaughtSignal ? "signal \(process.terminationStatus)" : "exit code \(process.terminationStatus)"
        let log = (try? String(contentsOf: errorLog, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: errorLog)
        let report = log.split(separator: "\n").first { $0.contains("Fatal error") || $0.contains("error:") }
        return "piao stopped while reading this document (\(how)\(report.map { ": " + $0 } ?? "")); "
            + "this is a bug in piao, please report it with the file. The other documents were read."
    }

    /// Lets the worker finish (end of its input) and waits for it.
    func close() {
        try? requests.fileHandleForWriting.close()
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: errorLog)
    }
}
