/// Case-insensitive ASCII search over UTF-8 bytes: a cheap test before slower text work
/// ("does this cell mention 'tipologia' at all?").
enum ByteSearch {
    static func contains(_ text: String, _ needle: StaticString) -> Bool {
        let pattern = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
        guard !pattern.isEmpty else { return true }
        var text = text
        return text.withUTF8 { bytes in
            guard bytes.count >= pattern.count else { return false }
            let first = pattern[0] | 0x20
            for start in 0...(bytes.count - pattern.count) where bytes[start] | 0x20 == first {
                var offset = 1
                while offset < pattern.count, bytes[start + offset] | 0x20 == pattern[offset] | 0x20 { offset += 1 }
                if offset == pattern.count { return true }
            }
            return false
        }
    }
}
