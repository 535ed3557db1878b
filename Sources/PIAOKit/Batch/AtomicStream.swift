import Foundation

/// A file written piece by piece into a temporary file beside its target and renamed only by
/// `commit`: readers see it complete or not at all, however long the writing takes.
final class AtomicStream {
    let path: String
    private let temporary: String
    private var file: UnsafeMutablePointer<FILE>?

    init(_ path: String) throws {
        self.path = path
        temporary = AtomicFile.temporaryPath(for: path)
        guard let file = fopen(temporary, "wb") else { throw Self.error(path) }
        self.file = file
    }

    deinit { abandon() }

    func write(_ bytes: [UInt8]) throws {
        guard let file else { throw Self.error(path) }
        if bytes.isEmpty { return }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != bytes.count { throw Self.error(path) }
    }

    func commit() throws {
        guard let file else { throw Self.error(path) }
        self.file = nil
        let flushed = fflush(file) == 0
        if fclose(file) != 0 || !flushed || rename(temporary, path) != 0 {
            unlink(temporary)
            throw Self.error(path)
        }
    }

    /// Drops the temporary file (after a failure); nothing appears at `path`.
    func abandon() {
        guard let file else { return }
        self.file = nil
        fclose(file)
        unlink(temporary)
    }

    private static func error(_ path: String) -> Error {
        CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path, NSLocalizedDescriptionKey: "cannot write \(path): \(String(cString: strerror(errno)))"])
    }
}
