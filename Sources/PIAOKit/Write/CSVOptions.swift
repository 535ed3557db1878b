/// How CSV files are written. The default suits portals (comma, decimal point, no BOM);
/// `;` is what Italian spreadsheets expect, with decimal commas; `excel` adds a UTF-8 BOM.
public struct CSVOptions: Sendable, Equatable {
    public var delimiter: Character
    public var excel: Bool

    public init(delimiter: Character = ",", excel: Bool = false) {
        self.delimiter = delimiter
        self.excel = excel
    }

    public var decimalComma: Bool { delimiter == ";" }
}
