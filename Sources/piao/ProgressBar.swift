import Foundation
import PIAOKit

/// A progress bar on stderr when it is a terminal (documents done/total, current file, throughput),
/// nothing otherwise: plain logs stay clean.
final class ProgressBar: @unchecked Sendable {
    private let total: Int
    private let bytesTotal: Int
    private var done = 0
    private var bytes = 0
    private let started = Date()
    private let lock = NSLock()
    let enabled: Bool

    init(inputs: [InputCollector.Input]) {
        total = inputs.count
        bytesTotal = inputs.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1.path)[.size] as? Int) ?? 0) }
        enabled = isatty(STDERR_FILENO) == 1 && inputs.count > 1
    }

    func advance(_ file: String) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        done += 1
        bytes += (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        let width = 30
        let filled = total == 0 ? width : width * done / total
        let seconds = max(Date().timeIntervalSince(started), 0.001)
        let rate = Double(bytes) / 1_048_576 / seconds
        let name = (file as NSString).lastPathComponent
        let line = String(format: "\r[%@%@] %d/%d %.1f MB/s %@", String(repeating: "#", count: filled),
                          String(repeating: ".", count: width - filled), done, total, rate, String(name.prefix(40)))
        FileHandle.standardError.write(Data((line + "\u{1B}[K").utf8))
        if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
