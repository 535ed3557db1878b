import Foundation

/// Buffered reads from a pipe's file descriptor: a line, or an exact number of bytes. Nil when
/// the stream ends first (the process at the other end exited or died).
final class PipeReader {
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var ended = false

    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    func line() -> [UInt8]? {
        var searched = 0  // bytes after `start` already searched (`fill` may move them)
        while true {
            if let newline = buffer[(start + searched)...].firstIndex(of: 0x0A) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return line
            }
            searched = buffer.count - start
            guard fill() else { return nil }
        }
    }

    func bytes(_ count: Int) -> [UInt8]? {
        let buffered = min(count, buffer.count - start)
        var bytes = Array(buffer[start..<start + buffered])
        start += buffered
        guard buffered < count else { return bytes }
        // The rest straight into the result: a large document's rows are not copied twice.
        bytes.reserveCapacity(count)
        var chunk = [UInt8](repeating: 0, count: min(count - buffered, 1 << 20))
        while bytes.count < count {
            let wanted = min(count - bytes.count, chunk.count)
            let read = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, wanted) }
            if read < 0 && errno == EINTR { continue }
            if read <= 0 {
                ended = true
                return nil
            }
            bytes.append(contentsOf: chunk[0..<read])
        }
        return bytes
    }

    /// Reads more; false at the end of the stream.
    private func fill() -> Bool {
        if ended { return false }
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count <= 0 {
            if count < 0 && errno == EINTR { return true }
            ended = true
            return false
        }
        buffer.append(contentsOf: chunk[0..<count])
        return true
    }
}

/// Writes all the bytes to a pipe or file descriptor; false when the other end is gone.
func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer) -> Bool {
    var offset = 0
    while offset < bytes.count {
        let count = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
        if count < 0 && errno == EINTR { continue }
        if count <= 0 { return false }
        offset += count
    }
    return true
}
