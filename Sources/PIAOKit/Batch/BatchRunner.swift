import Foundation

/// Runs the pipeline over many documents. One unreadable document never stops the others:
/// it becomes a failure with a message naming the file.
public enum BatchRunner {
    public struct Failure: Sendable, Equatable {
        public var file: String
        public var message: String
    }

    public struct Result: Sendable {
        /// In input order.
        public var datasets: [Dataset]
        public var failures: [Failure]
    }

    /// `finished` is called with each dataset as soon as it is read (from worker threads when jobs > 1);
    /// an error it throws becomes that document's failure.
    public static func run(_ inputs: [InputCollector.Input], jobs: Int = 1, progress: (@Sendable (String) -> Void)? = nil,
                           finished: (@Sendable (Dataset) throws -> Void)? = nil) -> Result {
        let outcomes = Outcomes(count: inputs.count)
        let work: @Sendable (Int) -> Void = { index in
            let input = inputs[index]
            let outcome: Outcome
            do {
                let bytes = try readBytes(input.path)
                let dataset = try Pipeline.run(SourceDocument(id: input.id, file: input.path, bytes: bytes))
                try finished?(dataset)
                outcome = .dataset(dataset)
            } catch let error as UnusableInput {
                outcome = .failure(Failure(file: input.path, message: error.reason))
            } catch {
                outcome = .failure(Failure(file: input.path, message: error.localizedDescription))
            }
            outcomes.set(index, outcome)
            progress?(input.path)
        }
        if jobs <= 1 {
            for index in inputs.indices { work(index) }
        } else {
            DispatchQueue.concurrentPerform(iterations: inputs.count, execute: work)
        }
        var datasets: [Dataset] = []
        var failures: [Failure] = []
        for outcome in outcomes.all() {
            switch outcome {
            case let .dataset(dataset): datasets.append(dataset)
            case let .failure(failure): failures.append(failure)
            case nil: continue
            }
        }
        return Result(datasets: datasets, failures: failures)
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
