// libFuzzer entry point: the whole pipeline (normalizer included) and the writers, on any bytes.
// Built by scripts/fuzz with -sanitize=fuzzer,address; not part of the Swift package.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let dataset = try? Pipeline.run(SourceDocument(id: "fuzz", file: "fuzz.txt", bytes: bytes)) else { return 0 }
    _ = DatasetJSON.encode(dataset)
    for table in BatchCSV.tables([dataset]) { _ = table.serialized() }
    _ = HTMLReport.render([dataset])
    return 0
}
