import CircExtract
import CircReader
import CircTestSupport
import Foundation
import Testing

/// The structure `StructureBuilder` finds in every Corpus document, as recorded in
/// `Tests/Snapshots/structure/`: a change to blocks, headings, section labels, list items,
/// footnotes, the header region or the signature shows as a diff of these files.
/// `RECORD_SNAPSHOTS=1 swift test --filter StructureSnapshotTests` records them again.
/// The consolidated codes (Corpus/ceseda*, 0.2–2 MB each, thousands of articles) are left out:
/// their dumps would be megabytes that nobody reads; the code tests cover their structure.
@Suite struct StructureSnapshotTests {
    static let documents = Fixtures.corpusPaths(codes: false)

    @Test func corpusHasDocumentsToSnapshot() {
        #expect(Self.documents.count >= 40)
    }

    @Test(arguments: documents)
    func structure(_ path: String) throws {
        let source = try TestLexicons.pipeline.reader.read(path: Fixtures.path(path))
        let dump = StructureDump.render(TestLexicons.pipeline.structure(source), path: path)
        assertSnapshot(dump, named: "structure/" + path.dropFirst("Corpus/".count) + ".structure.txt")
    }
}

/// A stable text form of a `DocumentStructure`: one line per section, footnote and unit, with
/// scalar offsets and the first words of each text (enough to see which sentence it is).
enum StructureDump {
    static func render(_ s: DocumentStructure, path: String) -> String {
        var out = ["structure of \(path)",
                   "body starts at \(s.bodyStart); consolidated code: \(s.isConsolidatedCode)",
                   "sections (\(s.sections.count)):"]
        for sec in s.sections {
            out.append("  \(sec.span.start)..<\(sec.span.end) level \(sec.level) label \(sec.label ?? "-") «\(clip(sec.title))»")
        }
        out.append("footnotes (\(s.footnotes.count)):")
        for f in s.footnotes {
            let call = f.call.map { "\($0.start)..<\($0.end)" } ?? "-"
            out.append("  \(f.number) \(f.span.start)..<\(f.span.end) call \(call) «\(clip(f.text))»")
        }
        out.append("units (\(s.units.count)): offsets, kind, block, section, footnote, list item, text")
        for u in s.units {
            out.append("  \(u.range.lowerBound)..<\(u.range.upperBound) \(u.kind.rawValue) b\(u.block) §\(u.section ?? "-")"
                       + (u.footnote.map { " fn\($0)" } ?? "") + (u.listItem ? " list" : "") + " «\(clip(s.clean(u)))»")
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// The first 70 characters, on one line.
    static func clip(_ text: String) -> String {
        let one = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: "⇥")
        return one.count <= 70 ? one : one.prefix(70) + "…"
    }
}
