import Foundation

/// Makes the registry benchmark's documents from the Corpus seeds: document `i` is always
/// the same text (a seeded generator, no global randomness), and every one is distinct.
/// Varied: the date and NOR, the order of some body paragraphs, and the wording of common
/// directive phrases — so extraction, deduplication and the indexes see realistic variety.
struct RegistryBenchGenerator {
    let seeds: [(name: String, text: String)]

    init(corpus: BenchCorpus) throws {
        var s: [(String, String)] = []
        for f in corpus.files where f.path.contains("/seeds/") {
            s.append((f.deletingPathExtension().lastPathComponent, try String(contentsOf: f, encoding: .utf8)))
        }
        guard !s.isEmpty else { throw BenchError.noSeeds(corpus.root.path) }
        // The circular is the typical registry document: weigh it up.
        let circular = s.filter { $0.0.contains("circulaire") }
        seeds = s + circular + circular
    }

    enum BenchError: Error, CustomStringConvertible {
        case noSeeds(String)
        var description: String { if case .noSeeds(let p) = self { return "no seed texts under \(p)" }; return "" }
    }

    /// SplitMix64: tiny, seeded, the same on every platform.
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func int(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let wording: [(String, [String])] = [
        ("Je vous demande", ["Je vous demande", "Je vous prie", "Je vous invite"]),
        ("chaque mois", ["chaque mois", "chaque trimestre", "chaque semaine", "tous les mois"]),
        ("systématiquement", ["systématiquement", "de manière systématique", "sans exception"]),
        ("Vous veillerez", ["Vous veillerez", "Vous vous assurerez", "Il vous appartient de veiller"]),
        ("dans les meilleurs délais", ["dans les meilleurs délais", "sans délai", "immédiatement"]),
        ("rétention", ["rétention", "rétention administrative"]),
    ]
    static let months = ["JANV.", "FÉVR.", "MARS", "AVR.", "MAI", "JUIN", "JUIL.", "AOÛT", "SEPT.", "OCT.", "NOV.", "DÉC."]

    /// Document `i`: (a file name, its text).
    func document(_ i: Int) -> (path: String, text: String) {
        var rng = Rng(state: UInt64(i) &* 0x2545F4914F6CDD1D &+ 17)
        let seed = seeds[rng.int(seeds.count)]
        var paragraphs = seed.text.components(separatedBy: "\n\n")
        // Swap a few body paragraphs (the first fifth is the header: kept in place).
        let head = max(1, paragraphs.count / 5)
        if paragraphs.count - head > 2 {
            for _ in 0..<3 {
                let a = head + rng.int(paragraphs.count - head - 1)
                paragraphs.swapAt(a, a + 1)
            }
        }
        var text = paragraphs.joined(separator: "\n\n")
        for (phrase, alternatives) in Self.wording where text.contains(phrase) {
            text = text.replacingOccurrences(of: phrase, with: alternatives[rng.int(alternatives.count)])
        }
        let year = 2010 + rng.int(16), month = 1 + rng.int(12), day = 1 + rng.int(28)
        text = text.replacingOccurrences(of: "28 OCT. 2024", with: "\(day) \(Self.months[month - 1]) \(year)")
        let nor = String(format: "INTK%02d%05d%@", year % 100, i % 100_000, ["J", "C", "D"][rng.int(3)])
        text = text.replacingOccurrences(of: "INTK2428339J", with: nor)
        text += "\n\nRéférence interne : BENCH-\(i).\n"
        return (String(format: "bench/%05d-%@.txt", i, seed.name), text)
    }
}
