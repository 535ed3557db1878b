/// A JSON tree written deterministically: keys sorted, two-space indent, numbers in their
/// shortest form (20, not 20.0), explicit nulls (the contract spells out absent values).
public indirect enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public func serialized() -> String {
        var output = ByteBuffer()
        write(into: &output, indent: 0)
        output.append(0x0A)
        return String(decoding: output.take(), as: UTF8.self)
    }

    /// Two spaces a level, sixty-four at a time (one copy each).
    static func indentation(_ level: Int, into output: inout ByteBuffer) {
        let spaces: StaticString = "                                                                "
        var count = level * 2
        while count > 0 {
            output.append(UnsafeBufferPointer(start: spaces.utf8Start, count: min(count, spaces.utf8CodeUnitCount)))
            count -= spaces.utf8CodeUnitCount
        }
    }

    func write(into output: inout ByteBuffer, indent: Int) {
        switch self {
        case .null: output.append("null")
        case let .bool(value): output.append(value ? "true" : "false")
        case let .number(value): output.append(utf8: JSONNumber.format(value))
        case let .string(value): JSONValue.writeString(value, into: &output)
        case let .array(items):
            if items.isEmpty { output.append("[]"); return }
            output.append("[\n")
            for (index, item) in items.enumerated() {
                JSONValue.indentation(indent + 1, into: &output)
                item.write(into: &output, indent: indent + 1)
                output.append(index + 1 < items.count ? ",\n" : "\n")
            }
            JSONValue.indentation(indent, into: &output)
            output.append(UInt8(ascii: "]"))
        case let .object(fields):
            if fields.isEmpty { output.append("{}"); return }
            output.append("{\n")
            let sorted = fields.sorted { $0.key < $1.key }
            for (index, field) in sorted.enumerated() {
                JSONValue.indentation(indent + 1, into: &output)
                JSONValue.writeString(field.key, into: &output)
                output.append(": ")
                field.value.write(into: &output, indent: indent + 1)
                output.append(index + 1 < sorted.count ? ",\n" : "\n")
            }
            JSONValue.indentation(indent, into: &output)
            output.append(UInt8(ascii: "}"))
        }
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Escapes on bytes: UTF-8 passes through, only quotes, backslashes and controls change.
    static func writeString(_ value: String, into output: inout ByteBuffer) {
        var value = value
        value.withUTF8 { bytes in
            output.append(UInt8(ascii: "\""))
            // Most strings need no escape: copy them whole.
            if !bytes.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
                output.append(bytes)
                output.append(UInt8(ascii: "\""))
                return
            }
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): output.append("\\\"" as StaticString)
                case UInt8(ascii: "\\"): output.append("\\\\" as StaticString)
                case 0x0A: output.append("\\n" as StaticString)
                case 0x0D: output.append("\\r" as StaticString)
                case 0x09: output.append("\\t" as StaticString)
                case 0..<0x20:
                    output.append("\\u00")
                    output.append(hex[Int(byte >> 4)])
                    output.append(hex[Int(byte & 0x0F)])
                default: output.append(byte)
                }
            }
            output.append(UInt8(ascii: "\""))
        }
    }
}

/// Numbers as people print them: integers without a decimal point, others in shortest form.
public enum JSONNumber {
    public static func format(_ value: Double) -> String {
        if !value.isFinite { return "null" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}
