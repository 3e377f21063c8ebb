import CircExtract
import CircReader
import CircText
import FuzzSupport

/// Reader + normaliser + tokenizer + segmenter. Lexicons are found from the executable's
/// location (the checkout's `Lexicons/`) or `$CIRC_LEXICONS`.
let pipeline: TextPipeline = {
    do { return try TextPipeline(store: LexiconStore.locate()) } catch { fatalError("fuzz setup: \(error)") }
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let doc = FuzzInput.document(data, size) else { return 0 }
    let tt = pipeline.tokenize(doc)
    FuzzInput.checkTokenized(tt)
    // Every token's text, normalised and source, can be taken (what `circ tokenize` prints).
    for t in tt.tokens {
        _ = tt.string(t)
        _ = tt.text.sourceString(t.range)
        _ = tt.folded(t)
    }
    return 0
}
