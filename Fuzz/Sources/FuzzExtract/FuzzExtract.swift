import CircExtract
import CircReader
import CircText
import Foundation
import FuzzSupport

/// The whole extraction and its JSON contract, as `circ extract --format json` runs it.
let pipeline: Pipeline = {
    do { return try Pipeline() } catch { fatalError("fuzz setup: \(error)") }
}()
let encoder = CircDocument.makeEncoder(pretty: false)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard let source = FuzzInput.document(data, size) else { return 0 }
    let doc = pipeline.extract(source)
    let length = source.text.unicodeScalars.count
    FuzzInput.check(doc.source.length == length, "source.length \(doc.source.length) != \(length)")
    func inside(_ s: SourceSpan?, _ what: String) {
        guard let s else { return }
        FuzzInput.check(s.start >= 0 && s.start <= s.end && s.end <= length, "\(what) span \(s.start)..<\(s.end) outside 0..<\(length)")
    }
    doc.addressees.forEach { inside($0.span, "addressee") }
    doc.references.forEach { inside($0.span, "reference") }
    doc.deadlines.forEach { inside($0.span, "deadline") }
    doc.durations.forEach { inside($0.span, "duration") }
    doc.obligations.forEach { inside($0.span, "obligation") }
    doc.sections.forEach { inside($0.span, "section") }
    doc.footnotes.forEach { inside($0.span, "footnote"); inside($0.call, "footnote call") }
    do { _ = try encoder.encode(doc) } catch { fatalError("JSON encoding failed: \(error)") }
    return 0
}
