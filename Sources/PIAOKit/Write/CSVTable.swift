/// One CSV file: a header row and rows of the same width, written per RFC 4180.
public struct CSVTable: Sendable {
    public var spec: TableSpec
    public var rows: [CSVRow] = []

    public init(spec: TableSpec) {
        self.spec = spec
    }

    public var name: String { spec.name }
    public var header: [String] { spec.columns.map(\.name) }

    public mutating func append(_ row: CSVRow) {
        // A programming error, checked in debug builds (the tests): two Sets per row cost too much in a batch.
        assert(Set(row.keys).isSubset(of: Set(header)), "\(name): unknown columns \(Set(row.keys).subtracting(header))")
        rows.append(row)
    }

    /// The rows as text, in header order; nulls are empty cells.
    public func textRows(_ options: CSVOptions = CSVOptions()) -> [[String]] {
        rows.map { Self.fields($0, spec: spec, options) }
    }

    private static func fields(_ row: CSVRow, spec: TableSpec, _ options: CSVOptions) -> [String] {
        // Closed vocabularies (enums) are the tool's own words, not document text: they are not neutralised.
        zip(spec.columns, row.values(in: spec.columns)).map { render($1, options, guardFormulas: $0.values == nil) }
    }

    public func serialized(_ options: CSVOptions = CSVOptions()) -> String {
        String(decoding: headerBytes(options) + rowBytes(options), as: UTF8.self)
    }

    /// The header line, after a byte order mark when the options ask for one.
    public func headerBytes(_ options: CSVOptions = CSVOptions()) -> [UInt8] {
        var output = ByteBuffer()
        if options.excel { output.append("\u{FEFF}") }
        Self.append(fields: header, to: &output, options)
        return output.take()
    }

    /// The rows alone, without the header.
    public func rowBytes(_ options: CSVOptions = CSVOptions()) -> [UInt8] {
        var output = ByteBuffer(capacity: 64 * rows.count * header.count)
        for row in rows { Self.append(row, spec: spec, to: &output, options) }
        return output.take()
    }

    /// One row as a CSV line, so a batch can write rows without keeping them. Each value goes
    /// straight into the bytes: no array of field texts per row.
    static func append(_ row: CSVRow, spec: TableSpec, to output: inout ByteBuffer, _ options: CSVOptions) {
        let delimiter = options.delimiter.asciiValue ?? UInt8(ascii: ",")
        var first = true
        row.forEachValue(in: spec.columns) { column, value in
            if !first { output.append(delimiter) }
            first = false
            switch value {
            // Most text cells need no guard: quoted as they are, without a rendered copy.
            case let .text(text?) where column.values != nil || !FormulaGuard.mayNeedGuard(text):
                appendQuoted(text, delimiter: delimiter, to: &output)
            default:
                appendQuoted(render(value, options, guardFormulas: column.values == nil), delimiter: delimiter, to: &output)
            }
        }
        output.append("\r\n")
    }

    private static func append(fields: [String], to output: inout ByteBuffer, _ options: CSVOptions) {
        let delimiter = options.delimiter.asciiValue ?? UInt8(ascii: ",")
        for (index, field) in fields.enumerated() {
            if index > 0 { output.append(delimiter) }
            appendQuoted(field, delimiter: delimiter, to: &output)
        }
        output.append("\r\n")
    }

    static func render(_ value: CellValue, _ options: CSVOptions, guardFormulas: Bool = true) -> String {
        switch value {
        case let .text(text): return text.map { guardFormulas ? FormulaGuard.neutralised($0) : $0 } ?? ""
        case let .integer(number): return number.map(String.init) ?? ""
        case let .number(number):
            guard let number else { return "" }
            let text = JSONNumber.format(number)
            return options.decimalComma ? String(text.map { $0 == "." ? "," : $0 }) : text
        }
    }

    /// RFC 4180 on bytes: a field holding the delimiter, a quote or a line break is quoted, its quotes doubled.
    private static func appendQuoted(_ field: String, delimiter: UInt8, to output: inout ByteBuffer) {
        var field = field
        field.withUTF8 { bytes in
            guard needsQuotes(bytes, delimiter: delimiter) else {
                output.append(bytes)
                return
            }
            output.append(0x22)
            for byte in bytes {
                if byte == 0x22 { output.append(0x22) }
                output.append(byte)
            }
            output.append(0x22)
        }
    }

    /// A plain loop over the bytes (the closure form of `contains` cost twice as much on every field).
    @inline(__always)
    private static func needsQuotes(_ bytes: UnsafeBufferPointer<UInt8>, delimiter: UInt8) -> Bool {
        for byte in bytes where byte == delimiter || byte == 0x22 || byte == 0x0A || byte == 0x0D { return true }
        return false
    }
}
