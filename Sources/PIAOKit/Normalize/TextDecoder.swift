/// Bytes → text. UTF-8 (with or without BOM), UTF-16 with BOM, and Windows-1252 as the
/// fallback for bytes that are not UTF-8 (old Italian office files); binary input is refused.
enum TextDecoder {
    struct Decoded {
        var text: String
        var diagnostics: [Diagnostic]
    }

    static func decode(_ bytes: consuming [UInt8], file: String) throws -> Decoded {
        if bytes.isEmpty { throw UnusableInput(file: file, reason: "the file is empty") }
        if bytes.starts(with: Array("%PDF".utf8)) {
            throw UnusableInput(file: file, reason: "this is a PDF, not text; convert it first (e.g. `pdftotext -bbox-layout file.pdf file.html`, which keeps where each word stands, or `pdftotext -layout file.pdf file.txt`)")
        }
        // Office files given by mistake: they are read well once saved as HTML or markdown.
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            throw UnusableInput(file: file, reason: "this is a zip file (a Word .docx or OpenDocument .odt document, or a spreadsheet), not text; save it as HTML (`soffice --headless --convert-to html file.docx`) or markdown (`pandoc file.docx -t gfm -o file.md`) first")
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw UnusableInput(file: file, reason: "this is an old Office file (Word .doc or Excel .xls), not text; save it as HTML (`soffice --headless --convert-to html file.doc`) first")
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            return Decoded(text: decodeUTF16(bytes.dropFirst(2), littleEndian: littleEndian),
                           diagnostics: [.warning("encoding-utf16", "decoded as UTF-16 (byte order mark found)", line: nil)])
        }
        if looksBinary(bytes) {
            throw UnusableInput(file: file, reason: "binary data (NUL or control bytes), not a text or HTML document")
        }
        var body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        // Soft hyphens (U+00AD) are invisible where the line does not break there: "rag\u{AD}giungimento".
        if let first = softHyphen(in: body) { body = withoutSoftHyphens(body, from: first) }
        if let text = String(validating: body, as: UTF8.self) {
            return Decoded(text: text, diagnostics: [])
        }
        let line = firstInvalidUTF8Line(body)
        return Decoded(text: decodeWindows1252(body),
                       diagnostics: [.warning("encoding-fallback", "not valid UTF-8 (first bad byte on this line); read as Windows-1252", line: line)])
    }

    private static func softHyphen(in bytes: [UInt8]) -> Int? {
        var from = 0
        while let index = bytes[from...].firstIndex(of: 0xAD) {
            if index > 0, bytes[index - 1] == 0xC2 { return index - 1 }
            from = index + 1
        }
        return nil
    }

    private static func withoutSoftHyphens(_ bytes: [UInt8], from first: Int) -> [UInt8] {
        var output = Array(bytes[..<first])
        output.reserveCapacity(bytes.count)
        var index = first
        while index < bytes.count {
            if bytes[index] == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xAD {
                index += 2
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        return output
    }

    /// Many NULs or C0 controls (other than tab, CR, LF, FF) mean this is not a text file.
    private static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let sample = bytes.prefix(65_536)
        var controls = 0
        for byte in sample where byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C {
            if byte == 0 { return true }
            controls += 1
        }
        return controls * 20 > sample.count
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length = byte < 0x80 ? 1 : byte >> 5 == 0b110 ? 2 : byte >> 4 == 0b1110 ? 3 : byte >> 3 == 0b11110 ? 4 : 0
            if length == 0 || index + length > bytes.count { return line }
            if length > 1, String(validating: bytes[index..<index + length], as: UTF8.self) == nil { return line }
            if byte == 0x0A { line += 1 }
            index += length
        }
        return line
    }

    private static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    private static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes where byte != 0xAD {  // the soft hyphen
            let value = (0x80...0x9F).contains(byte) ? cp1252High[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(scalars)
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index + 1 < bytes.endIndex {
            let (low, high) = littleEndian ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
            units.append(UInt16(high) << 8 | UInt16(low))
            index += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
