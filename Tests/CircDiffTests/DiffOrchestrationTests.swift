import CircDiff
import Testing

/// Which diff two inputs get is decided before anything is extracted.
@Suite struct DiffOrchestrationTests {
    @Test func twoCodesAreComparedArticleByArticle() throws {
        #expect(try DiffOrchestration.mode(old: .code(stored: false), new: .code(stored: true)) == .articles)
    }

    @Test func aCodeFileAgainstATextIsExtractedLikeAnyText() throws {
        #expect(try DiffOrchestration.mode(old: .code(stored: false), new: .text) == .obligations)
        #expect(try DiffOrchestration.mode(old: .text, new: .text) == .obligations)
    }

    @Test func aRegistryCodeAgainstATextIsRefusedNamingTheCodeSide() {
        #expect(throws: DiffOrchestration.Refusal.codeAgainstText(codeIsOld: true)) {
            try DiffOrchestration.mode(old: .code(stored: true), new: .text)
        }
        #expect(throws: DiffOrchestration.Refusal.codeAgainstText(codeIsOld: false)) {
            try DiffOrchestration.mode(old: .text, new: .code(stored: true))
        }
    }
}
