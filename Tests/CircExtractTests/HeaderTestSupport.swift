import CircTestSupport
import CircExtract
import CircReader

/// The whole pipeline on a probe text, and its addressees as "id role" pairs: what the header
/// rule tests ask of a page, in one place so that every round reads addressees alike.
enum HeaderHarness {
    static func extract(_ text: String) -> CircDocument {
        TestLexicons.pipeline.extract(SourceDocument(path: "probe.txt", text: text, format: .text))
    }

    static func addressees(_ text: String) -> Set<String> {
        Set(extract(text).addressees.map { "\($0.id) \($0.role.rawValue)" })
    }
}

/// The header rule suites' wrappers in one place: a suite adopts this to read a probe text's
/// whole extraction and its addressees through `HeaderHarness`.
protocol HeaderRuleTesting {}

extension HeaderRuleTesting {
    func extract(_ text: String) -> CircDocument { HeaderHarness.extract(text) }
    func addressees(_ text: String) -> Set<String> { HeaderHarness.addressees(text) }
}
