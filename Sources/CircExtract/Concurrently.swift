import Foundation
import Synchronization

/// Two independent stages of one document at once, one on each core. A juriste who extracts a
/// consolidated code (1 MB, half a second) waits for the longest stage rather than for their
/// sum; the stages share only immutable values (the structure, the word keys, the context), so
/// their results are those of the stages run one after the other.
///
/// `concurrentPerform` runs the first on the calling thread and the second on a pool thread;
/// inside ingest, which already runs documents side by side, the pool is busy and both end up
/// on the calling thread one after the other, at the cost of a hand-off.
func concurrently<A: Sendable, B: Sendable>(_ a: @Sendable () -> A, _ b: @Sendable () -> B) -> (A, B) {
    let first = Mutex<A?>(nil), second = Mutex<B?>(nil)
    withoutActuallyEscaping(a) { a in
        withoutActuallyEscaping(b) { b in
            DispatchQueue.concurrentPerform(iterations: 2) { i in
                if i == 0 {
                    let r = a()
                    first.withLock { $0 = r }
                } else {
                    let r = b()
                    second.withLock { $0 = r }
                }
            }
        }
    }
    // Both iterations have returned: both results are there.
    return (first.withLock { $0.take()! }, second.withLock { $0.take()! })
}

/// A value handed to the other core that the type system cannot prove safe there: a
/// reference scanner (a class) that only one thread reads and writes until `concurrently`
/// returns.
struct Unshared<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
