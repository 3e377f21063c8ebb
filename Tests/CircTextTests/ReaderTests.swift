import CircTestSupport
import CircReader
import Foundation
import Testing

@Suite struct ReaderTests {
    let reader = DocumentReader()

    func temp(_ bytes: [UInt8], ext: String = "txt") -> String {
        let path = Fixtures.tempFile("circ-reader", ext: ext).path
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }

    @Test func missingFile() {
        #expect(throws: ReadError.notFound("/nonexistent/x.txt")) { try reader.read(path: "/nonexistent/x.txt") }
    }

    @Test func directory() {
        let dir = NSTemporaryDirectory()
        #expect(throws: ReadError.isDirectory(dir)) { try reader.read(path: dir) }
    }

    @Test func emptyAndWhitespace() {
        let p1 = temp([]), p2 = temp(Array(" \n\t \n".utf8))
        #expect(throws: ReadError.empty(p1)) { try reader.read(path: p1) }
        #expect(throws: ReadError.empty(p2)) { try reader.read(path: p2) }
    }

    @Test func invalidUTF8GivesByteOffset() {
        let p = temp(Array("Le préfet".utf8) + [0xE9, 0x20] + Array("ok".utf8))   // Latin-1 é
        #expect(throws: ReadError.invalidUTF8(p, offset: 10)) { try reader.read(path: p) }
        let e = ReadError.invalidUTF8(p, offset: 10)
        #expect(e.description.contains("offset 10"))
        #expect(!e.description.contains("\n"))
    }

    @Test func truncatedSequenceAtEnd() {
        #expect(DocumentReader.firstInvalidUTF8(ArraySlice(Array("abc".utf8) + [0xC3])) == 3)
        #expect(DocumentReader.firstInvalidUTF8(ArraySlice([0xED, 0xA0, 0x80])) == 0)   // surrogate
        #expect(DocumentReader.firstInvalidUTF8(ArraySlice([0xC0, 0x80])) == 0)         // overlong
        #expect(DocumentReader.firstInvalidUTF8(ArraySlice(Array("é€😀".utf8))) == nil)
    }

    /// A text cut at a byte count inside its last character keeps everything before it;
    /// a bad byte anywhere else, or a lead byte followed by a non-continuation byte, refuses.
    @Test func characterCutAtEndIsDropped() throws {
        let doc = try reader.read(path: temp(Array("Le préfet d".utf8) + [0xE2, 0x80]))
        #expect(doc.text == "Le préfet d")
        #expect(try reader.read(path: temp(Array("ab".utf8) + [0xF0, 0x9F, 0x98])).text == "ab")
        #expect(DocumentReader.isCutSequence(ArraySlice([0xC3])))
        #expect(!DocumentReader.isCutSequence(ArraySlice([0xC3, 0x28])))
        #expect(!DocumentReader.isCutSequence(ArraySlice([0xFF])))
        #expect(!DocumentReader.isCutSequence(ArraySlice([0xE2, 0x80, 0x99, 0x80])))
        let mid = temp(Array("Le ".utf8) + [0xE2, 0x80] + Array(" préfet".utf8))
        #expect(throws: ReadError.invalidUTF8(mid, offset: 3)) { try reader.read(path: mid) }
    }

    @Test func binaryWithNUL() {
        let p = temp([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00])
        #expect(throws: ReadError.binary(p, offset: 4)) { try reader.read(path: p) }
    }

    @Test func utf16WithBOMDecodes() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for u in "Le préfet".utf16 { bytes.append(UInt8(u & 0xFF)); bytes.append(UInt8(u >> 8)) }
        let doc = try reader.read(path: temp(bytes))
        #expect(doc.text == "Le préfet")
    }

    @Test func utf8BOMIsSkipped() throws {
        let doc = try reader.read(path: temp([0xEF, 0xBB, 0xBF] + Array("Objet".utf8)))
        #expect(doc.text == "Objet")
    }

    @Test func formatFromExtensionAndSniffing() throws {
        #expect(try reader.read(path: temp(Array("<p>x</p>".utf8), ext: "html")).format == .html)
        #expect(try reader.read(path: temp(Array("<!DOCTYPE html><p>x</p>".utf8))).format == .html)
        #expect(try reader.read(path: temp(Array("# Titre".utf8), ext: "md")).format == .markdown)
    }

    @Test func pdfWithoutPdftotextIsExplained() {
        let p = temp(Array("%PDF-1.4\n".utf8), ext: "pdf")
        let r = DocumentReader(pdftotext: "/nonexistent/pdftotext")
        #expect(throws: ReadError.pdfToolMissing(p)) { try r.read(path: p) }
    }
}
