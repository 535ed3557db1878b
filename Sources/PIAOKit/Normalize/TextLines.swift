import Foundation

/// A text's lines as the places of its newlines: each line's `Substring` is made when it is read.
/// An array of Substrings takes 32 bytes a line and was, beside the text and the lines copied out of
/// it, a large flat text's peak of memory while normalized; a newline's place takes 8.
struct TextLines: RandomAccessCollection {
    let text: String
    /// Where each "\n" stands.
    private let newlines: [String.Index]

    /// The lines split on the newline byte (memchr): splitting by Character would run grapheme
    /// breaking on every byte of the input, and "\r\n" is already gone.
    init(_ text: String) {
        var copy = text
        let offsets: [Int] = copy.withUTF8 { bytes in
            var found: [Int] = []
            guard let base = bytes.baseAddress else { return found }
            var from = 0
            while from < bytes.count, let hit = memchr(base + from, Int32(UInt8(ascii: "\n")), bytes.count - from) {
                let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                found.append(offset)
                from = offset + 1
            }
            return found
        }
        // `withUTF8` may have made the copy native: the indices are taken in it.
        self.text = copy
        let utf8 = copy.utf8
        var places: [String.Index] = []
        places.reserveCapacity(offsets.count)
        var index = utf8.startIndex
        var previous = 0
        for offset in offsets {
            index = utf8.index(index, offsetBy: offset - previous)
            places.append(index)
            previous = offset
        }
        newlines = places
    }

    var startIndex: Int { 0 }
    var endIndex: Int { newlines.count + 1 }

    subscript(line: Int) -> Substring {
        let start = line == 0 ? text.startIndex : text.utf8.index(after: newlines[line - 1])
        let end = line < newlines.count ? newlines[line] : text.endIndex
        return text[start..<end]
    }
}
