import CircText
import Foundation
import Testing

/// The byte search stands in for Foundation's substring search on hot paths: it must find
/// exactly what Foundation finds on the strings circ searches (source text, folded keys).
@Suite struct ByteSearchTests {
    @Test func findsWhatFoundationFinds() {
        let hays = ["L. 612-6", "706–73–1", "Paris, le 3 mars", " le prefet de police ", "é-è", "", "a", "(AFP) -", "préfète — Île"]
        let needles = ["-", "–", " ", ", le ", "prefet", "é", "AFP", "(AFP)", "Île", "zz", "a"]
        for h in hays {
            for n in needles {
                #expect(h.containsBytes(n) == h.contains(n), "\(h) ∋ \(n)")
                #expect(Substring(h).containsBytes(n) == h.contains(n))
            }
        }
    }

    @Test func lastAndFirstOccurrenceAsByteOffsets() {
        let s = " les chefs de juridiction et la juridiction "
        #expect(s.firstByteRange(of: " juridiction ") == 13..<26)
        #expect(s.lastByteRange(of: " juridiction ") == 31..<44)
        #expect(s.lastByteRange(of: " tribunal ") == nil)
        // Offsets count bytes: "é" is two.
        #expect("é, le 3".firstByteRange(of: ", le ") == 2..<7)
    }

    @Test func emptyNeedleOrShortHaystackFindsNothing() {
        #expect(!"abc".containsBytes(""))
        #expect(!"ab".containsBytes("abc"))
        #expect("abc".containsBytes("abc"))
    }
}
