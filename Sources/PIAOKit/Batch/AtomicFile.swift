import Foundation

/// Writes a file so that it is either complete or absent: a temporary file beside the
/// target, then a rename (atomic on one file system).
public enum AtomicFile {
    /// Temporary files (".name.PID.N.tmp") whose writer is no longer running.
    public static func removeAbandoned(in folder: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(".") && name.hasSuffix(".tmp") {
            let parts = name.split(separator: ".")
            guard parts.count >= 4, let pid = Int32(parts[parts.count - 3]), pid != getpid(), kill(pid, 0) != 0 else { continue }
            try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(name))
        }
    }

    public static func write(_ contents: String, to path: String) throws {
        try write(Array(contents.utf8), to: path)
    }

    public static func write(_ bytes: [UInt8], to path: String) throws {
        try write(to: path) { try $0.write(bytes) }
    }

    /// A file written in pieces by `body`; it appears only if `body` and the writing succeed.
    static func write(to path: String, _ body: (AtomicStream) throws -> Void) throws {
        let stream = try AtomicStream(path)
        do {
            try body(stream)
            try stream.commit()
        } catch {
            stream.abandon()
            throw error
        }
    }

    static func temporaryPath(for path: String) -> String {
        let url = URL(fileURLWithPath: path)
        return url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp").path
    }
}
