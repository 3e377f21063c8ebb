import CircTestSupport
import CircExtract
import CircReader

/// What the OCR rule tests read: the normalised text a snippet tokenizes to (joins left
/// out), and its whole extraction. One place, for the three OCR suites.
enum OCRHarness {
    static func norm(_ text: String) -> String {
        let tt = TestLexicons.text.tokenize(text: text)
        return tt.text.string(0..<tt.text.scalars.count)
    }

    static func extract(_ text: String) -> CircDocument {
        TestLexicons.pipeline.extract(SourceDocument(path: "ocr.txt", text: text, format: .text))
    }
}

/// The OCR rule suites' wrappers in one place: a suite adopts this to read a snippet's
/// normalised text and its whole extraction through `OCRHarness`.
protocol OCRRuleTesting {}

extension OCRRuleTesting {
    func norm(_ text: String) -> String { OCRHarness.norm(text) }
    func extract(_ text: String) -> CircDocument { OCRHarness.extract(text) }
}
