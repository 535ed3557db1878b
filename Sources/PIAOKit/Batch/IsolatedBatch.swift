import Foundation

/// Runs a batch in worker processes, so that a crash on one document (a bug of ours: an index out
/// of range, an overflow) costs that document only: the worker that died is replaced and the rest
/// of the batch goes on. Each worker writes its documents' JSON; the rows come back here, to be
/// written in input order by `BatchOutput`.
public enum IsolatedBatch {
    /// `worker` is the command that starts a worker (`piao worker …`); a document not read within
    /// `timeout` seconds is given up. Returns the documents not read, in input order; the others are in `output`.
    public static func run(_ inputs: [InputCollector.Input], jobs: Int, worker: (executable: URL, arguments: [String]), timeout: Double = 600,
                           into output: BatchOutput, progress: (@Sendable (String) -> Void)? = nil) -> [BatchRunner.Failure] {
        signal(SIGPIPE, SIG_IGN)  // a worker that died must not take us with it when we write to it
        let queue = WorkQueue(count: inputs.count)
        let failures = FailureList()
        let lanes = max(1, min(jobs, inputs.count))
        DispatchQueue.concurrentPerform(iterations: lanes) { _ in
            var process: WorkerProcess?
            while let index = queue.next() {
                let input = inputs[index]
                if process == nil {
                    process = try? WorkerProcess(executable: worker.executable, arguments: worker.arguments)
                }
                guard let current = process else {
                    // No worker could be started (a process limit, a sandbox): read it here, unprotected.
                    if case let .failure(failure) = BatchRunner.read(index, input, into: output) { failures.add(index, failure) }
                    progress?(input.path)
                    continue
                }
                switch current.read(index, input, timeout: timeout) {
                case let (_, .success(piece))?:
                    output.add(index, piece: piece)
                    if current.wasStopped {
                        current.close()
                        process = nil
                    }
                case let (_, .failure(notRead))?:
                    failures.add(index, BatchRunner.Failure(file: input.path, message: notRead.message))
                    output.skip(index)
                case nil:
                    failures.add(index, BatchRunner.Failure(file: input.path, message: current.death()))
                    output.skip(index)
                    process = nil
                }
                progress?(input.path)
            }
            process?.close()
        }
        return failures.inOrder()
    }

    /// Hands out the next document index to whichever lane asks.
    private final class WorkQueue: @unchecked Sendable {
        private var nextIndex = 0
        private let count: Int
        private let lock = NSLock()

        init(count: Int) { self.count = count }

        func next() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard nextIndex < count else { return nil }
            nextIndex += 1
            return nextIndex - 1
        }
    }

    private final class FailureList: @unchecked Sendable {
        private var failures: [(Int, BatchRunner.Failure)] = []
        private let lock = NSLock()

        func add(_ index: Int, _ failure: BatchRunner.Failure) {
            lock.lock()
            failures.append((index, failure))
            lock.unlock()
        }

        func inOrder() -> [BatchRunner.Failure] {
            lock.lock()
            defer { lock.unlock() }
            return failures.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }
}
