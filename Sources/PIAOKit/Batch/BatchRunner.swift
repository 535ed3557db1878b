import Foundation

/// Runs the pipeline over many documents. One unreadable document never stops the others:
/// it becomes a failure with a message naming the file.
public enum BatchRunner {
    public struct Failure: Error, Sendable, Equatable {
        public var file: String
        public var message: String
    }

    public struct Result: Sendable {
        /// In input order; empty when the datasets went to a `BatchOutput`.
        public var datasets: [Dataset]
        /// Every document read, in input order.
        public var summaries: [DocumentSummary]
        public var failures: [Failure]
    }

    /// With an `output`, each dataset is written as soon as it is read (from worker threads when
    /// jobs > 1) and only its summary is kept; a write error becomes that document's failure.
    public static func run(_ inputs: [InputCollector.Input], jobs: Int = 1, into output: BatchOutput? = nil,
                           progress: (@Sendable (String) -> Void)? = nil) -> Result {
        let outcomes = Outcomes(count: inputs.count)
        let work: @Sendable (Int) -> Void = { index in
            let input = inputs[index]
            let outcome: Outcome
            if let output {
                switch read(index, input, into: output) {
                case let .success(summary): outcome = .summary(summary)
                case let .failure(failure): outcome = .failure(failure)
                }
            } else {
                switch read(input) {
                case let .success(dataset): outcome = .dataset(dataset)
                case let .failure(failure): outcome = .failure(failure)
                }
            }
            outcomes.set(index, outcome)
            progress?(input.path)
        }
        if jobs <= 1 {
            for index in inputs.indices { work(index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: inputs.count, execute: work)
        }
        var result = Result(datasets: [], summaries: [], failures: [])
        for outcome in outcomes.all() {
            switch outcome {
            case let .dataset(dataset):
                result.datasets.append(dataset)
                result.summaries.append(DocumentSummary(dataset))
            case let .summary(summary): result.summaries.append(summary)
            case let .failure(failure): result.failures.append(failure)
            case nil: continue
            }
        }
        return result
    }

    /// Reads one document in this process: its dataset, or why it could not be read.
    static func read(_ input: InputCollector.Input) -> Swift.Result<Dataset, Failure> {
        do {
            return .success(try Pipeline.run(SourceDocument(id: input.id, file: input.path, bytes: try readBytes(input.path))))
        } catch {
            return .failure(Failure(file: input.path, message: (error as? UnusableInput)?.reason ?? error.localizedDescription))
        }
    }

    /// Reads one document into `output` in this process: its summary, or why it was not read.
    static func read(_ index: Int, _ input: InputCollector.Input, into output: BatchOutput) -> Swift.Result<DocumentSummary, Failure> {
        switch read(input) {
        case let .failure(failure):
            output.skip(index)
            return .failure(failure)
        case let .success(dataset):
            do {
                try output.add(index, dataset)  // skips the document itself when its JSON cannot be written
                return .success(DocumentSummary(dataset))
            } catch {
                return .failure(Failure(file: input.path, message: (error as? BatchOutput.WriteError)?.message ?? error.localizedDescription))
            }
        }
    }

    static func readBytes(_ path: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw UnusableInput(file: path, reason: "the file cannot be opened (missing or no permission)")
        }
        defer { try? handle.close() }
        do {
            return [UInt8](try handle.readToEnd() ?? Data())
        } catch {
            throw UnusableInput(file: path, reason: "the file cannot be read: \(error.localizedDescription)")
        }
    }

    private enum Outcome: Sendable {
        case dataset(Dataset)
        case summary(DocumentSummary)
        case failure(Failure)
    }

    /// Results by input index, filled from worker threads.
    private final class Outcomes: @unchecked Sendable {
        private var values: [Outcome?]
        private let lock = NSLock()

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Outcome) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }

        func all() -> [Outcome?] {
            lock.lock()
            defer { lock.unlock() }
            return values
        }
    }
}
