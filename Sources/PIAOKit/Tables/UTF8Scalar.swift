/// One scalar read off valid UTF-8 bytes: for the byte loops that pass over ASCII and decode the rest.
enum UTF8Scalar {
    /// The length in bytes of the scalar whose first byte is `byte`.
    @inline(__always) static func length(_ byte: UInt8) -> Int {
        byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
    }

    /// The value of the scalar past ASCII at `index`, `length` (2 to 4) bytes long: the bytes are a
    /// String's, so they are all there.
    @inline(__always) static func value(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> UInt32 {
        var value = UInt32(bytes[index]) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        return value
    }
}
