/// Writes JSON straight into bytes, in exactly the layout `JSONValue.write` produces (two-space
/// indent, one member per line, `[]` for an empty array), without building a tree first: the
/// per-document JSON is most of what a batch writes, and a dictionary per object cost a fifth of
/// a document's time. Callers name an object's keys in sorted order, as `JSONValue` sorts them;
/// debug builds check it.
struct JSONWriter: ~Copyable {
    var bytes: ByteBuffer
    /// Members written so far in each open container, innermost last.
    private var counts: [Int] = []
    #if DEBUG
    private var lastKeys: [String?] = []
    #endif

    /// `level` is the indentation of the first value's container (the top-level arrays of a dataset start at 2).
    init(level: Int = 0, capacity: Int = 4096) {
        bytes = ByteBuffer(capacity: capacity)
        begin(level: level)
    }

    /// Starts a value afresh at `level`, after whatever the buffer holds (a dataset's top-level
    /// arrays write their elements one at a time at level 2).
    mutating func begin(level: Int) {
        counts.removeAll(keepingCapacity: true)
        for _ in 0..<level { counts.append(1) }
        #if DEBUG
        lastKeys = Array(repeating: nil, count: level)
        #endif
    }

    mutating func object(_ members: (inout JSONWriter) -> Void) {
        open(UInt8(ascii: "{"))
        members(&self)
        close(UInt8(ascii: "}"))
    }

    mutating func array<T>(_ items: [T], _ element: (inout JSONWriter, T) -> Void) {
        open(UInt8(ascii: "["))
        for item in items {
            nextMember()
            element(&self, item)
        }
        close(UInt8(ascii: "]"))
    }

    /// `"name": ` on its own line inside an object; the value follows.
    /// Keys are the tool's own names, ASCII without quotes or backslashes: copied as they are.
    mutating func key(_ name: StaticString) {
        let spelled = UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)
        #if DEBUG
        let text = name.description
        assert(spelled.allSatisfy { $0 >= 0x20 && $0 < 0x80 && $0 != 0x22 && $0 != 0x5C }, "JSON key needs escaping: \(text)")
        if let last = lastKeys[lastKeys.count - 1] { assert(last < text, "JSON keys out of order: \(last) before \(text)") }
        lastKeys[lastKeys.count - 1] = text
        #endif
        nextMember()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(spelled)
        bytes.append("\": ")
    }

    mutating func string(_ value: String?) {
        if let value { JSONValue.writeString(value, into: &bytes) } else { null() }
    }

    mutating func number(_ value: Double?) {
        if let value { bytes.append(utf8: JSONNumber.format(value)) } else { null() }
    }

    mutating func integer(_ value: Int?) {
        if let value { bytes.append(utf8: String(value)) } else { null() }
    }

    mutating func null() { bytes.append("null") }

    mutating func strings(_ values: [String]) { array(values) { $0.string($1) } }

    private mutating func open(_ bracket: UInt8) {
        bytes.append(bracket)
        counts.append(0)
        #if DEBUG
        lastKeys.append(nil)
        #endif
    }

    private mutating func close(_ bracket: UInt8) {
        let members = counts.removeLast()
        #if DEBUG
        lastKeys.removeLast()
        #endif
        if members > 0 { lineBreak(comma: false) }
        bytes.append(bracket)
    }

    private mutating func nextMember() {
        lineBreak(comma: counts[counts.count - 1] > 0)
        counts[counts.count - 1] += 1
    }

    /// ",\n" and the indentation of the current level, in one copy from `breaks`.
    private mutating func lineBreak(comma: Bool) {
        let breaks: StaticString = ",\n                                                                "
        let end = 2 + 2 * counts.count
        guard end <= breaks.utf8CodeUnitCount else {
            if comma { bytes.append(UInt8(ascii: ",")) }
            bytes.append(0x0A)
            JSONValue.indentation(counts.count, into: &bytes)
            return
        }
        let first = comma ? 0 : 1
        bytes.append(UnsafeBufferPointer(start: breaks.utf8Start + first, count: end - first))
    }
}
