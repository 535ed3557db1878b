/// A document to process: its bytes, where they came from, and its id in the batch.
public struct SourceDocument: Sendable {
    public var id: String
    public var file: String
    public var bytes: [UInt8]

    public init(id: String, file: String, bytes: [UInt8]) {
        self.id = id
        self.file = file
        self.bytes = bytes
    }
}
