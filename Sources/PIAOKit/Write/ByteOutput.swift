extension Array where Element == UInt8 {
    /// Appends a string's UTF-8 bytes in one copy: `append(contentsOf: string.utf8)` goes byte by
    /// byte through the generic sequence path, and the writers append millions of short strings.
    @inline(__always)
    mutating func append(utf8 string: String) {
        var string = string
        string.withUTF8 { append(contentsOf: $0) }
    }
}
