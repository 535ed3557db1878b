import Foundation

/// Searches for ASCII words on UTF-8 bytes, ASCII letters compared without case. Foundation's
/// `range(of:options: .caseInsensitive)` is a locale-aware search that costs far more, and these
/// run on every line and cell.
enum ByteSearch {
    static func contains(_ text: String, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        var text = text
        return text.withUTF8 { firstOffset(of: pattern, in: $0, from: 0, caseInsensitive: true) } != nil
    }

    /// Whether the text holds `needle` byte for byte (any UTF-8): what Foundation's `contains` answers
    /// for these needles, without bridging the text to UTF-16 for a locale-aware search.
    static func containsExactly(_ text: some StringProtocol, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        let search = { (bytes: UnsafeBufferPointer<UInt8>) in firstOffset(of: pattern, in: bytes, from: 0, caseInsensitive: false) != nil }
        return text.utf8.withContiguousStorageIfAvailable(search) ?? Array(text.utf8).withUnsafeBufferPointer(search)
    }

    /// The byte offset of the first match at or after `start`.
    static func firstOffset(of pattern: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                            caseInsensitive: Bool) -> Int? {
        guard !pattern.isEmpty else { return start }
        guard bytes.count >= pattern.count, start <= bytes.count - pattern.count else { return nil }
        @inline(__always) func fold(_ byte: UInt8) -> UInt8 {
            caseInsensitive && byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
        }
        let first = fold(pattern[0])
        for offset in start...(bytes.count - pattern.count) where fold(bytes[offset]) == first {
            var matched = 1
            while matched < pattern.count, fold(bytes[offset + matched]) == fold(pattern[matched]) { matched += 1 }
            if matched == pattern.count { return offset }
        }
        return nil
    }
}

extension StringProtocol {
    /// The first occurrence of an ASCII `needle` at or after `start`, by `ByteSearch`.
    func range(ofASCII needle: String, caseInsensitive: Bool = true, from start: Index? = nil) -> Range<Index>? {
        let skip = start.map { utf8.distance(from: utf8.startIndex, to: $0) } ?? 0
        var needle = needle
        let search = { (bytes: UnsafeBufferPointer<UInt8>) in
            needle.withUTF8 { ByteSearch.firstOffset(of: $0, in: bytes, from: skip, caseInsensitive: caseInsensitive) }
        }
        guard let offset = utf8.withContiguousStorageIfAvailable(search) ?? Array(utf8).withUnsafeBufferPointer(search) else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: offset)
        return lower..<utf8.index(lower, offsetBy: needle.utf8.count)
    }
}

extension StringProtocol {
    /// Whether the text holds this byte: `memchr` over the UTF-8 storage, where `utf8.contains`
    /// walks the generic iterator a byte at a time.
    func containsByte(_ byte: UInt8) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress, bytes.count > 0 else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
        return found ?? utf8.contains(byte)
    }

    /// The last occurrence of an ASCII `needle`, compared exactly (Foundation's `.backwards` search, on bytes).
    func lastRange(ofASCII needle: String) -> Range<Index>? {
        let pattern = Array(needle.utf8)
        let bytes = Array(utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        for start in stride(from: bytes.count - pattern.count, through: 0, by: -1) where bytes[start..<start + pattern.count].elementsEqual(pattern) {
            let lower = utf8.index(utf8.startIndex, offsetBy: start)
            return lower..<utf8.index(lower, offsetBy: pattern.count)
        }
        return nil
    }

    /// Whether the text opens with an ASCII `prefix`, ASCII letters compared without case: the
    /// same answer as `lowercased().hasPrefix(prefix.lowercased())` without lowercasing a whole line.
    func hasASCIIPrefix(_ prefix: String) -> Bool {
        var bytes = utf8.makeIterator()
        for expected in prefix.utf8 {
            guard let byte = bytes.next() else { return false }
            let fold = { (value: UInt8) in value >= 0x41 && value <= 0x5A ? value + 0x20 : value }
            if fold(byte) != fold(expected) { return false }
        }
        return true
    }
}

extension String {
    /// Every occurrence of `needle` replaced, compared byte for byte: Foundation's
    /// `replacingOccurrences` bridges the text to UTF-16 for each call, even when the needle is absent.
    func replacingBytes(of needle: String, with replacement: String) -> String {
        var text = self, needle = needle
        return text.withUTF8 { bytes in
            needle.withUTF8 { pattern in
                guard var found = ByteSearch.firstOffset(of: pattern, in: bytes, from: 0, caseInsensitive: false) else { return self }
                var output: [UInt8] = []
                output.reserveCapacity(bytes.count)
                var start = 0
                while true {
                    output.append(contentsOf: bytes[start..<found])
                    output.append(contentsOf: replacement.utf8)
                    start = found + pattern.count
                    guard let next = ByteSearch.firstOffset(of: pattern, in: bytes, from: start, caseInsensitive: false) else { break }
                    found = next
                }
                output.append(contentsOf: bytes[start...])
                return String(decoding: output, as: UTF8.self)
            }
        }
    }
}
