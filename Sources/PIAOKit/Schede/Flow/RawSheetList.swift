/// The sheets a reader has opened so far, written at their end: a line more of the last sheet's field or
/// of its last indicator's, in place (a field continued over many lines stays linear).
extension Array where Element == RawSheet {
    /// The last sheet's last indicator.
    var lastIndicator: RawIndicator? {
        get { last?.indicators.last }
        set {
            guard let newValue, let sheet = indices.last, let index = self[sheet].indicators.indices.last else { return }
            self[sheet].indicators[index] = newValue
        }
    }

    mutating func appendToLastSheet(_ label: Label, _ line: Cell) {
        guard let sheet = indices.last else { return }
        if self[sheet].fields[label] != nil {
            self[sheet].fields[label]!.append(line)
        } else {
            self[sheet].fields[label] = line
        }
    }

    mutating func appendToLastIndicator(_ label: Label, _ line: Cell) {
        guard let sheet = indices.last, let index = self[sheet].indicators.indices.last else { return }
        if self[sheet].indicators[index].fields[label] != nil {
            self[sheet].indicators[index].fields[label]!.append(line)
        } else {
            self[sheet].indicators[index].fields[label] = line
        }
    }
}
