/// One table cell (or one paragraph line): styled runs and the line they came from.
public struct Cell: Equatable, Sendable {
    private var storage: CellRuns
    public var line: Int
    /// The text as a reader sees it: paragraphs joined, spaces collapsed. Kept, not recomputed:
    /// every stage reads it, many times.
    public private(set) var text: String

    public init(runs: [StyledRun], line: Int) {
        self.line = line
        if runs.count == 1 {
            text = Cell.clean(runs[0].text)
            // A run that only has spaces around its text (flat text lines end with one) is kept as that
            // text: keeping both strings doubled such a line. Not a line break: joined to another cell's
            // text, it parts paragraphs.
            let isWhole = !text.isEmpty && (text == runs[0].text || !runs[0].text.containsByte(0x0A) && Cell.isPadded(text, as: runs[0].text))
            storage = isWhole ? .one(runs[0].style) : .stored(runs)
        } else {
            let joined = runs.map(\.text).joined()
            text = Cell.clean(joined)
            storage = CellRuns(runs, joined: joined, text: text)
        }
    }

    public var runs: [StyledRun] { storage.runs(text) }

    /// The cell's text as printed, runs joined (`slice` offsets count its characters).
    var rawText: String { storage.rawText(text) }

    public static func == (lhs: Cell, rhs: Cell) -> Bool {
        lhs.line == rhs.line && lhs.text == rhs.text && lhs.runs == rhs.runs
    }

    public var isEmpty: Bool { text.isEmpty }

    /// Paragraphs inside the cell (`<p>…</p> <p>…</p>`), each as its own cell.
    public var paragraphs: [Cell] {
        guard runs.contains(where: { $0.text.utf8.contains(0x0A) }) else {
            return isEmpty ? [] : [Cell(runs: runs.filter { !$0.text.isEmpty }, line: line)]
        }
        return StyledRun.split(runs, on: 0x0A).map { Cell(runs: $0, line: line) }.filter { !$0.isEmpty }
    }

    /// The cell without its first `count` characters of text (an inline "Anno 2025" header).
    public func dropping(prefix count: Int) -> Cell {
        var remaining = count
        var result: [StyledRun] = []
        for run in runs {
            if remaining >= run.text.count {
                remaining -= run.text.count
                continue
            }
            result.append(StyledRun(String(run.text.dropFirst(remaining)), run.style))
            remaining = 0
        }
        return Cell(runs: result, line: line)
    }

    /// Every run that holds text has this style (a heading, a new wording set in bold).
    public func isWholly(_ style: RunStyle) -> Bool {
        let runs = runs.filter { !$0.text.isAllWhitespace }
        return !runs.isEmpty && runs.allSatisfy { $0.style.contains(style) }
    }

    /// Two cells read as one (a cell continued after a page break). Both texts are clean already,
    /// so the joined text is theirs with one space between: readers join a wrapped paragraph a line
    /// at a time, and cleaning the whole text again at each line made that quadratic.
    public func appending(_ other: Cell) -> Cell {
        var result = self
        result.append(other)
        return result
    }

    /// `appending` in place: a paragraph joined a line at a time stays linear.
    public mutating func append(_ other: Cell) {
        storage.append(other.runs, text: text)
        if text.isEmpty {
            text = other.text
        } else if !other.text.isEmpty {
            text += " "
            text += other.text
        }
    }

    /// Whitespace collapsed to single spaces, none at the ends. Works on UTF-8 bytes (Unicode spaces
    /// included): this runs on every cell of every document.
    static func clean<S: StringProtocol>(_ text: S) -> String {
        if let result = text.utf8.withContiguousStorageIfAvailable({ clean(bytes: $0, original: text) }) { return result }
        // Small strings (held inline) have no contiguous storage to lend: `withUTF8` copies them
        // to the stack, where building an Array from the UTF-8 view goes byte by byte.
        let original = String(text)
        var copy = original
        return copy.withUTF8 { clean(bytes: $0, original: original) }
    }

    private static func clean<S: StringProtocol>(bytes: UnsafeBufferPointer<UInt8>, original: S) -> String {
        let count = bytes.count
        var index = 0
        var clean = true
        var previousSpace = true
        // Eight bytes at a time while they are ASCII with single spaces between words: nothing to
        // collapse there. Any other byte (a control, a byte past ASCII, a second space) is read alone.
        let base = bytes.baseAddress
        while index < count {
            if let base, index + 8 <= count {
                // Byte i of the text is byte i of the word counted from the low end, whatever the machine.
                let word = UInt64(littleEndian: UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                let control = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                // 0x80 in each byte that is a space (exact per byte: no carry crosses bytes).
                let flipped = word ^ 0x2020_2020_2020_2020
                let spaces = ~(((flipped & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | flipped) & 0x8080_8080_8080_8080
                if control | (word & 0x8080_8080_8080_8080) == 0, spaces & (spaces << 8) == 0, !(previousSpace && spaces & 0x80 != 0) {
                    previousSpace = spaces & 0x8000_0000_0000_0000 != 0
                    index += 8
                    continue
                }
            }
            let width = spaceWidth(bytes, index)
            if width > 0 {
                if previousSpace || width > 1 || bytes[index] != 0x20 { clean = false; break }
                previousSpace = true
            } else {
                previousSpace = false
            }
            index += 1
        }
        if clean && (count == 0 || !previousSpace) { return String(original) }
        var output: [UInt8] = []
        output.reserveCapacity(count)
        var pending = false
        index = 0
        while index < count {
            let width = spaceWidth(bytes, index)
            if width > 0 {
                pending = true
                index += width
                continue
            }
            if pending, !output.isEmpty { output.append(0x20) }
            pending = false
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The length in bytes of the whitespace character at `index` (ASCII and Unicode spaces), or 0.
    @inline(__always)
    private static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Int {
        let byte = bytes[index]
        if byte < 0x80 { return byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) ? 1 : 0 }
        let count = bytes.count
        switch byte {
        case 0xC2 where index + 1 < count && (bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0): return 2
        case 0xE1 where index + 2 < count && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80: return 3
        case 0xE2 where index + 2 < count:
            let second = bytes[index + 1], third = bytes[index + 2]
            if second == 0x80 && ((0x80...0x8A).contains(third) || third == 0xA8 || third == 0xA9 || third == 0xAF) { return 3 }
            if second == 0x81 && third == 0x9F { return 3 }
            return 0
        case 0xE3 where index + 2 < count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80: return 3
        default: return 0
        }
    }

    /// Whether `raw` is `text` with white space around it and nothing else.
    private static func isPadded(_ text: String, as raw: String) -> Bool {
        guard raw.utf8.count > text.utf8.count else { return false }
        var raw = raw, text = text
        return raw.withUTF8 { raw in
            text.withUTF8 { text in
                var start = 0
                while start < raw.count, case let width = spaceWidth(raw, start), width > 0 { start += width }
                guard start + text.count <= raw.count, raw[start..<start + text.count].elementsEqual(text) else { return false }
                var index = start + text.count
                while index < raw.count {
                    let width = spaceWidth(raw, index)
                    if width == 0 { return false }
                    index += width
                }
                return true
            }
        }
    }

    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }
}
