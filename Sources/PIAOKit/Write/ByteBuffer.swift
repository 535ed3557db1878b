/// The writers' output: bytes appended behind a raw pointer. `Array.append(contentsOf:)` costs
/// about a hundred instructions a call, and a document's JSON and CSV are millions of short
/// appends (keys, quotes, indentation, values). Not copyable: one owner, freed once.
struct ByteBuffer: ~Copyable {
    private var start: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    private(set) var count = 0

    init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        start = .allocate(capacity: self.capacity)
    }

    deinit { start.deallocate() }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        start[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, bytes.count > 0 else { return }
        if capacity - count < bytes.count { grow(toHold: bytes.count) }
        (start + count).initialize(from: source, count: bytes.count)
        count += bytes.count
    }

    /// The tool's own words and punctuation (`withUTF8Buffer` serves a one-scalar literal too).
    @inline(__always)
    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    /// A string's UTF-8 bytes in one copy.
    @inline(__always)
    mutating func append(utf8 string: String) {
        var string = string
        string.withUTF8 { append($0) }
    }

    /// The bytes written so far, as an array; the buffer is left empty, its memory kept for more.
    mutating func take() -> [UInt8] {
        let bytes = [UInt8](UnsafeBufferPointer(start: start, count: count))
        count = 0
        return bytes
    }

    /// Appends the bytes written so far to `array` and leaves the buffer empty.
    mutating func move(to array: inout [UInt8]) {
        array.append(contentsOf: UnsafeBufferPointer(start: start, count: count))
        count = 0
    }

    @inline(never)
    private mutating func grow(toHold more: Int) {
        let newCapacity = max(capacity * 2, count + more)
        let grown = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        grown.initialize(from: start, count: count)
        start.deallocate()
        start = grown
        capacity = newCapacity
    }
}
