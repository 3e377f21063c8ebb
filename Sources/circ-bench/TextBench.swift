import CircExtract
import CircReader
import CircText
import Foundation

/// Tokenizer throughput over all of Corpus repeated to at least 20 MB, sentences included,
/// against a plain pass over the same bytes that only counts word starts.
enum TextBench {
    static func run(_ corpus: BenchCorpus) throws {
        let store = try LexiconStore.locate()
        let text = try TextPipeline(store: store)
        let reader = DocumentReader()
        let docs = try corpus.files.map { try reader.read(path: $0.path) }
        let once = docs.reduce(0) { $0 + $1.text.utf8.count }
        let repeats = max(1, (20_000_000 + once - 1) / once)
        let bytes = Double(once * repeats)

        var tokens = 0
        let tTok = BenchCorpus.time {
            tokens = 0
            for _ in 0..<repeats { for d in docs { tokens += text.tokenize(d).tokens.count } }
        }
        var starts = 0
        let tScan = BenchCorpus.time {
            starts = 0
            for _ in 0..<repeats { for d in docs { starts += wordStarts(d.text) } }
        }
        figure("tokenize_mb_s", bytes / tTok / 1e6, "MB/s")
        figure("scan_mb_s", bytes / tScan / 1e6, "MB/s")
        figure("tokenize_vs_scan", tScan / tTok, "ratio")
        figure("tokenize_tokens", Double(tokens), "tokens")
        figure("scan_word_starts", Double(starts), "starts")
        figure("tokenize_input_mb", bytes / 1e6, "MB")
    }

    /// The baseline: decode UTF-8, count transitions from non-letter to letter or digit.
    static func wordStarts(_ s: String) -> Int {
        var copy = s
        return copy.withUTF8 { buf in
            var n = 0
            var inWord = false
            for b in buf {
                let isWordByte = (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b >= 0x80
                if isWordByte && !inWord { n += 1 }
                inWord = isWordByte
            }
            return n
        }
    }
}
