/// One row of a table, its values named by column. Kept as pairs in the order written, not as a
/// dictionary: a row is built once and read once, and hashing every column name twice per row
/// cost more than rendering the row. Rows name their values in their table's column order, so
/// reading them in that order finds each value at the next place.
public struct CSVRow: ExpressibleByDictionaryLiteral, Sendable {
    /// The literal's own array, kept as it is: splitting it into keys and values cost two arrays a row.
    private var pairs: [(String, CellValue)]

    public init(dictionaryLiteral elements: (String, CellValue)...) {
        pairs = elements
    }

    public var keys: [String] { pairs.map(\.0) }

    public subscript(name: String) -> CellValue? {
        pairs.first { $0.0 == name }?.1
    }

    /// The values in the order of `columns`; null where the row names none.
    func values(in columns: [TableSpec.Column]) -> [CellValue] {
        var result: [CellValue] = []
        result.reserveCapacity(columns.count)
        forEachValue(in: columns) { result.append($1) }
        return result
    }

    /// Each column with its value, in the order of `columns`, without an array of them.
    func forEachValue(in columns: [TableSpec.Column], _ body: (TableSpec.Column, CellValue) -> Void) {
        var next = 0
        for column in columns {
            var found = CellValue.text(nil)
            for step in 0..<pairs.count {
                let index = next + step < pairs.count ? next + step : next + step - pairs.count
                if pairs[index].0 == column.name {
                    found = pairs[index].1
                    next = index + 1
                    break
                }
            }
            body(column, found)
        }
    }
}
