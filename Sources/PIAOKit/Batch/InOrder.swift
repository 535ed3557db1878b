import Foundation

/// Hands values on in index order although workers finish in any order, so a batch's tables are the
/// same with one job or many. Only the values waiting for an earlier index are held.
public final class InOrder<Value>: @unchecked Sendable {
    private var waiting: [Int: Value?] = [:]
    private var next = 0
    private let lock = NSLock()
    private let handle: (Value) -> Void

    public init(_ handle: @escaping (Value) -> Void) {
        self.handle = handle
    }

    /// `nil` for an index that has nothing to hand on (an unreadable document).
    public func put(_ index: Int, _ value: Value?) {
        lock.lock()
        defer { lock.unlock() }
        waiting[index] = .some(value)
        while let value = waiting.removeValue(forKey: next) {
            if let value { handle(value) }
            next += 1
        }
    }
}
