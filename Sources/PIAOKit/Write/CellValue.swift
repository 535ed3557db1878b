/// A table cell before it is written: text, or a number to format for the reader's locale.
public enum CellValue: Equatable, Sendable {
    case text(String?)
    case number(Double?)
    case integer(Int?)

    static func of(_ value: String?) -> CellValue { .text(value) }
    static func of(_ value: Double?) -> CellValue { .number(value) }
    static func of(_ value: Int?) -> CellValue { .integer(value) }

    var isNull: Bool {
        switch self {
        case let .text(value): return value == nil
        case let .number(value): return value == nil
        case let .integer(value): return value == nil
        }
    }
}
