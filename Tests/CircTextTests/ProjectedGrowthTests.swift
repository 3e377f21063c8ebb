import CircText
import Testing

/// Growth by projection: the same elements as a plain append, and for a producer that makes
/// items at an even rate the buffer ends near the final count instead of up to twice it.
@Suite struct ProjectedGrowthTests {
    @Test func evenRateEndsNearTheFinalCount() {
        let total = 1_000_000
        var a: [Int32] = []
        var plain: [Int32] = []
        for i in stride(from: 0, to: total, by: 10) {
            a.append(Int32(i), projectingFrom: i, of: total)
            plain.append(Int32(i))
        }
        #expect(a == plain)
        #expect(a.count == 100_000)
        #expect(a.capacity <= a.count + a.count / 8, "capacity \(a.capacity) for \(a.count)")
    }

    @Test func frontLoadedInputStillGrows() {
        // Everything at the start, nothing after: the projection overshoots only within the total.
        var a: [UInt8] = []
        for i in 0..<5_000 { a.append(1, projectingFrom: i, of: 10_000) }
        #expect(a.count == 5_000)
        #expect(a.capacity <= 10_200)   // the total, plus the margin and malloc's rounding
    }
}
