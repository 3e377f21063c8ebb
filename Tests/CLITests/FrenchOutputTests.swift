import CircTestSupport
import Foundation
import XCTest

/// Issue 11: every command's human-readable output (text, tables, Markdown, HTML) on
/// Corpus speaks French — its words come from `Lexicons/labels.json` — and no English
/// label is left. Document text is French, so an English word in the output is a label
/// of ours; `english` lists the ones our outputs ever used, and the words of an English UI.
final class FrenchOutputTests: XCTestCase {
    typealias H = CLIRunner

    static let english: Set<String> = [
        "added", "removed", "modified", "unchanged", "moved", "failed", "stopped", "early", "undated", "none", "not",
        "the", "and", "of", "by", "to", "cc", "yes", "found", "old", "is", "empty", "matching", "or",
        "refs", "deadline", "deadlines", "emphasis", "file", "addressee", "addressees", "references", "reference",
        "cites", "cited", "reported", "reports", "earlier", "texts", "registry", "kind", "modality", "actor",
        "reminder", "recommendation", "prohibition", "subject", "signatory", "emitter", "superseded", "published",
        "names", "word", "number", "punct", "symbol", "elision", "abbreviation", "percent", "body", "starts",
        "wording", "similarity", "renumbering", "same", "rule", "changed", "obligation's", "written", "press", "item",
        "ingesting", "docs", "first", "last", "heading", "paragraph", "footnote", "strengthening", "weakening",
        "reversal", "lateral", "recurrence", "limit", "asap",
    ]

    var dir: URL!
    var db: String { dir.appendingPathComponent("r.sqlite").path }
    override func setUpWithError() throws { dir = Fixtures.tempDir("circ-cli") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    /// The English words of `output`, each with the line it is in.
    static func englishWords(_ output: String) -> [String] {
        var hits: [String] = []
        // What a reader sees: an HTML page without its style sheet and tags (class names
        // such as "added" are not read), and canonical ids ("cc:2019-789-QPC") are codes.
        var visible = output.replacingOccurrences(of: "(?s)<style>.*?</style>", with: "", options: .regularExpression)
        visible = visible.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        // A command quoted as code ("`circ refs --ref …`") is a command, not a label.
        visible = visible.replacingOccurrences(of: "`[^`\n]*`", with: " ", options: .regularExpression)
        visible = visible.replacingOccurrences(of: "\\b[A-Za-z][\\w-]*:[\\w/.*-]+", with: " ", options: .regularExpression)
        // A file's path is the user's ("/tmp/…/circ-cli-D0CC667E…/r.sqlite"), not a label.
        visible = visible.replacingOccurrences(of: "(?<![\\w])/[^\\s|)<]+", with: " ", options: .regularExpression)
        for line in visible.split(separator: "\n") {
            // Words: letters and apostrophes; ids such as "prefet-de-police" or "CESEDA:L742-5"
            // split into their parts, which are French or codes.
            let words = line.split { !($0.isLetter || $0 == "'") }.map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'")) }
            for w in words where english.contains(w.lowercased()) { hits.append("«\(w)» in: \(line.prefix(160))") }
        }
        return hits
    }

    func check(_ args: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let r = try H.run(args)
        XCTAssertEqual(r.status, 0, "\(args.joined(separator: " ")): \(r.stderr)", file: file, line: line)
        XCTAssertFalse(r.stdout.isEmpty, args.joined(separator: " "), file: file, line: line)
        let hits = Self.englishWords(r.stdout)
        XCTAssertTrue(hits.isEmpty, "circ \(args.joined(separator: " ")):\n" + hits.prefix(8).joined(separator: "\n"), file: file, line: line)
        checked += 1
    }
    var checked = 0

    func testTheDenylistCatchesEnglish() {
        XCTAssertEqual(Self.englishWords("Addressees\n  to prefet-de-police\nrefs: CESEDA:L742-5").count, 3)
        XCTAssertEqual(Self.englishWords("<p class=\"added\">Obligation added</p>").count, 1, "what is shown counts, not the markup")
        XCTAssertEqual(Self.englishWords("Destinataires\n  destinataire prefet-de-police\nréférences : CESEDA:L742-5 · échéances : chaque mois").count, 0)
        XCTAssertEqual(Self.englishWords("Nouveau : /tmp/circ-cli-D0CC667E-ADD/edited.txt · 28 octobre 2024").count, 0, "a path is no label")
    }

    func testEveryCommandSpeaksFrenchOnCorpus() throws {
        try check(["ingest", "--db", db, Fixtures.corpus.path])
        let corpusFiles = try FileManager.default.subpathsOfDirectory(atPath: Fixtures.corpus.path)
            .filter { ["txt", "md"].contains(($0 as NSString).pathExtension) && !$0.hasSuffix("README.md") }.sorted()
        XCTAssertGreaterThan(corpusFiles.count, 40)
        for f in corpusFiles where !f.hasPrefix("ceseda/") {
            try check(["extract", Fixtures.corpus.appendingPathComponent(f).path, "--format", "text"])
        }
        let seed = Fixtures.seeds.appendingPathComponent("2024-10-28_circulaire_INTK2428339J_pilotage-politique-migratoire.txt").path
        try check(["tokenize", seed])
        try check(["tokenize", "--units", seed])
        for fmt in ["table", "markdown"] {
            try check(["obligations", "--db", db, "--format", fmt])
            try check(["obligations", "--db", db, "--deadline", "monthly", "--format", fmt])
            try check(["history", "--db", db, "--ref", "CESEDA:L742-5", "--format", fmt])
            try check(["refs", "--db", db, "--format", fmt])
            try check(["refs", "--db", db, "--ref", "CESEDA:L742-5", "--format", fmt])
            try check(["docs", "--db", db, "--format", fmt])
            try check(["history", "--db", db, "--article", "CESEDA:L571-1", "--format", fmt])
            try check(["refs", "--db", db, "--ref", "CESEDA:L551-1", "--as-of", "2017-01-01", "--format", fmt])
        }
        let ids = (H.json(try H.run(["docs", "--db", db, "--format", "json"]).stdout) as? [[String: Any]] ?? []).compactMap { $0["id"] as? Int }
        XCTAssertGreaterThan(ids.count, 40)
        for id in ids {
            try check(["show", "--db", db, String(id)])
            try check(["lineage", "--db", db, String(id)])
        }
        // diff: two circulars (both layers, every format), registry documents, two codes.
        let edited = dir.appendingPathComponent("edited.txt").path
        var text = try String(contentsOfFile: seed, encoding: .utf8)
        for (a, b) in [("J'attends donc, chaque mois,", "J'attends donc, chaque trimestre,"), ("(article L 612-6 du Code", "(article L 612-7 du Code"),
                       ("Vous me signalerez les difficultés", "Vous pourrez me signaler les difficultés"),
                       ("Près de 2 200 mesures", "Près de 2 400 mesures")] {
            text = text.replacingOccurrences(of: a, with: b)
        }
        text += "\n\nVous adresserez chaque semaine à la DGEF un état des mesures prises, au plus tard le 1er mars 2025.\n"
        try text.write(toFile: edited, atomically: true, encoding: .utf8)
        let ceseda = Fixtures.corpus.appendingPathComponent("ceseda")
        for fmt in ["text", "markdown", "html"] {
            try check(["diff", seed, edited, "--format", fmt, "--color", "never"])
            try check(["diff", seed, edited, "--format", fmt, "--color", "never", "--obligations-only", "--all"])
            try check(["diff", "--db", db, "2015-02-19", "INTK2428339J", "--format", fmt, "--color", "never"])
            try check(["diff", ceseda.appendingPathComponent("2016-10-31_ceseda-consolide.md").path,
                       ceseda.appendingPathComponent("2016-11-01_ceseda-consolide.md").path, "--format", fmt, "--color", "never"])
        }
        // `circ concordance` prints a lexicon file (JSON, read by programs): not human output.
        XCTAssertGreaterThan(checked, 100)
        print("FrenchOutputTests: \(checked) outputs of circ checked")
    }
}
