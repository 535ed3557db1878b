import Foundation

/// One worker child process (`piao worker`): documents go in on its stdin one at a time, frames
/// come back on its stdout. If it dies on a document (a crash in our own code), only that
/// document is lost; the batch starts another worker for the rest.
final class WorkerProcess {
    private let process = Process()
    private let requests: Pipe
    private let replies: Pipe
    private let reader: PipeReader
    /// The worker's stderr: a file already unlinked, so nothing is left behind however the batch ends.
    private let errorLog: FileHandle

    init(executable: URL, arguments: [String]) throws {
        requests = Pipe()
        replies = Pipe()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("piao-worker-\(UUID().uuidString).log").path
        let descriptor = open(path, O_RDWR | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        unlink(path)
        errorLog = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = requests
        process.standardOutput = replies
        process.standardError = errorLog
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"  // a crash report is one line, not a backtrace
        process.environment = environment
        try process.run()
        reader = PipeReader(descriptor: replies.fileHandleForReading.fileDescriptor)
    }

    /// Sends one document; its frame, or nil when the worker died on it. A worker still on it after
    /// `timeout` seconds is killed (a loop that never ends is a bug too).
    func read(_ index: Int, _ input: InputCollector.Input, timeout: Double) -> (index: Int, result: Result<DocumentPiece, NotRead>)? {
        guard var request = try? JSONSerialization.data(withJSONObject: ["index": index, "id": input.id, "path": input.path]) else { return nil }
        request.append(0x0A)
        let watchdog = DispatchWorkItem { [process, timedOut] in
            timedOut.set()
            kill(process.processIdentifier, SIGKILL)
        }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        let written = request.withUnsafeBytes { writeAll(requests.fileHandleForWriting.fileDescriptor, $0) }
        guard written, let frame = DocumentPiece.read(from: reader), frame.index == index else { return nil }
        return frame
    }

    private let timedOut = Flag()

    /// The watchdog fired (possibly just as the frame arrived): this worker is gone.
    var wasStopped: Bool { timedOut.isSet }

    /// Set once, from the watchdog's thread.
    private final class Flag: @unchecked Sendable {
        private var value = false
        private let lock = NSLock()
        func set() { lock.lock(); value = true; lock.unlock() }
        var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    }

    /// Why the worker stopped, once it has: its exit, and the runtime's one-line report if any.
    func death() -> String {
        try? requests.fileHandleForWriting.close()
        process.waitUntilExit()
        let how = process.terminationReason == .uncaughtSignal ? "signal \(process.terminationStatus)" : "exit code \(process.terminationStatus)"
        try? errorLog.seek(toOffset: 0)
        let log = String(decoding: (try? errorLog.readToEnd()) ?? Data(), as: UTF8.self)
        if timedOut.isSet {
            return "piao was still reading this document after the time allowed (--timeout) and stopped it; "
                + "this is likely a bug in piao, please report it with the file. The other documents were read."
        }
        let report = log.split(separator: "\n").first { $0.contains("Fatal error") || $0.contains("error:") }
        return "piao stopped while reading this document (\(how)\(report.map { ": " + $0 } ?? "")); "
            + "this is a bug in piao, please report it with the file. The other documents were read."
    }

    /// Lets the worker finish (end of its input) and waits for it.
    func close() {
        try? requests.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
