extension String {
    /// `split(separator: " ")`, cut at the space bytes: Character by Character this runs grapheme
    /// breaking over every line it splits. A space that joins its neighbour into one character (a
    /// combining mark or joiner after it, a prepended mark before it) is not a separator there, so
    /// such text is split by Character.
    func spaceSeparatedWords() -> [Substring] {
        var words: [Substring] = []
        let utf8 = self.utf8
        var start = utf8.startIndex
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == 0x20 {
                if Self.mayJoin(utf8, space: index) { return split(separator: " ") }
                if start < index { words.append(self[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if start < utf8.endIndex { words.append(self[start...]) }
        return words
    }

    /// Whether the space at `index` may belong to one grapheme with the scalar after it (Extend,
    /// SpacingMark, ZWJ) or before it (Prepend): only scalars past ASCII can.
    private static func mayJoin(_ utf8: UTF8View, space index: Index) -> Bool {
        let next = utf8.index(after: index)
        if next < utf8.endIndex, utf8[next] >= 0x80 {
            // The scalar's own bytes only (four at most), not the rest of the text.
            let end = utf8.index(next, offsetBy: 4, limitedBy: utf8.endIndex) ?? utf8.endIndex
            let scalar = String(decoding: utf8[next..<end], as: UTF8.self).unicodeScalars.first!
            let category = scalar.properties.generalCategory
            if scalar.properties.isGraphemeExtend || category == .spacingMark || category == .nonspacingMark || category == .enclosingMark
                || scalar.value == 0x200D || (0x1F3FB...0x1F3FF).contains(scalar.value) { return true }
        }
        if index > utf8.startIndex, utf8[utf8.index(before: index)] >= 0x80 {
            // Prepend scalars are format characters and Indic or Arabic signs, none below U+0600.
            var lead = utf8.index(before: index)
            while lead > utf8.startIndex, utf8[lead] & 0xC0 == 0x80 { lead = utf8.index(before: lead) }
            let scalar = String(decoding: utf8[lead..<index], as: UTF8.self).unicodeScalars.last!
            if scalar.value >= 0x0600 && (scalar.properties.generalCategory == .format || scalar.properties.generalCategory == .otherLetter
                                          || scalar.properties.generalCategory == .spacingMark) { return true }
        }
        return false
    }
}
