import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rules of the reference grammar, each on sentences written for it: codes named before
/// their articles, lower-case abbreviations, anaphora, a code switch inside a list, texts
/// numbered without "n°", EU texts, asterisked articles, article headings, ranges read from
/// a code's article list, and the NOR.
final class ReferenceGrammarTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-10-28" }

    // MARK: 1. the code before the article

    func testCodeNamedBeforeTheArticle() {
        XCTAssertEqual(ids("Voir C. trav., art. L. 3121-1, sur la durée du travail."), ["CT:L3121-1"])
        XCTAssertEqual(ids("La rébellion (C. pén., art. 433-5) est punie."), ["CP:433-5"])
        XCTAssertEqual(ids("Voir C. civ., art. 1240, sur la responsabilité."), ["CCIV:1240"])
        XCTAssertEqual(ids("La prescription (code civil, article 2224) est de cinq ans."), ["CCIV:2224"])
        // After the article, behind a comma.
        XCTAssertEqual(ids("La prescription (art. 2224, C. civ.) est de cinq ans."), ["CCIV:2224"])
        XCTAssertEqual(ids("Voir l'article L. 612-6, CESEDA."), ["CESEDA:L612-6"])
        // A code written after the list still wins over one written before it.
        XCTAssertEqual(ids("Voir C. pén., art. 40 du code de procédure pénale."), ["CPP:40"])
        // A code named in another sentence is context, not the list's code: a bare number
        // does not take a lettered code.
        XCTAssertEqual(ids("Le CESEDA s'applique. Voir l'article 40."), ["unknown:40"])
    }

    // MARK: 2. lower-case abbreviations

    func testLowerCaseAbbreviations() {
        XCTAssertEqual(ids("Le contrôle de l'article 78-2 du c. pr. pén. est possible."), ["CPP:78-2"])
        // Each article takes its own code, not the last one of the sentence.
        XCTAssertEqual(ids("l'article 433-5 c. pén. et l'article 1240 c. civ. et l'article 78-2 C.P.P. s'appliquent."),
                       ["CP:433-5", "CCIV:1240", "CPP:78-2"])
        XCTAssertEqual(ids("Le contrôle de l'article 78-2 du C.P.P. est possible."), ["CPP:78-2"])
        XCTAssertEqual(ids("Voir c. trav., art. L. 8251-1."), ["CT:L8251-1"])
    }

    // MARK: 3. anaphora

    func testAnaphoraTakesTheLastCodeNamed() {
        let t = "L'article L. 741-1 du CESEDA et l'article L. 5221-2 du code du travail s'appliquent ; l'article L. 5221-5 du même code, l'article L. 5221-7 dudit code, l'article L. 5221-8 de ce code et l'article L. 5221-9 de ce même code aussi."
        let r = RefHarness.refs(t, date: "2024-10-28")
        XCTAssertEqual(r.references.map(\.id), ["CESEDA:L741-1", "CT:L5221-2", "CT:L5221-5", "CT:L5221-7", "CT:L5221-8", "CT:L5221-9"])
        XCTAssertEqual(r.references.suffix(4).map(\.resolvedBy), ["meme-code", "meme-code", "meme-code", "meme-code"])
    }

    func testSameCodeThatNamesItsCode() {
        let r = RefHarness.refs("L'article L. 741-1 du CESEDA et l'article L. 228-1 du même code de la sécurité intérieure.", date: "2024-10-28")
        XCTAssertEqual(r.references.map(\.id), ["CESEDA:L741-1", "CSI:L228-1"])
        XCTAssertNil(r.references.last?.resolvedBy, "named, not carried over")
    }

    func testAnaphoraAcrossSentencesOfAParagraph() {
        let t = """
        L'article L. 5221-2 du code du travail impose une autorisation. L'article L. 5221-5 de ce code en fixe les conditions, et l'article L. 5221-7 du même code sa durée.

        L'article L. 741-1 du CESEDA régit la rétention. L'article L. 741-3 dudit code la limite.
        """
        XCTAssertEqual(ids(t), ["CT:L5221-2", "CT:L5221-5", "CT:L5221-7", "CESEDA:L741-1", "CESEDA:L741-3"])
    }

    // MARK: 4. a list that switches code; letter components

    func testListSwitchesCode() {
        let r = RefHarness.refs("Les articles 226-4 du code pénal, 53 et 73 du code de procédure pénale sont applicables.", date: "2024-10-28")
        XCTAssertEqual(r.references.map(\.id), ["CP:226-4", "CPP:53", "CPP:73"])
        XCTAssertEqual(r.references.map(\.text), ["226-4", "53", "73"])
        XCTAssertEqual(ids("l'article 226-4 du code pénal et 53 du CPP"), ["CP:226-4", "CPP:53"])
    }

    func testNumberAfterACodeIsNotAnArticleUnlessItsListNamesACode() {
        XCTAssertEqual(ids("l'article 40 du code de procédure pénale, 3 ans d'emprisonnement et 45 000 euros d'amende."), ["CPP:40"])
        XCTAssertEqual(ids("l'article 40 du code de procédure pénale, 12 et 13 mois plus tard."), ["CPP:40"])
        XCTAssertEqual(ids("l'article 40 du code de procédure pénale, 2024-42 dossiers."), ["CPP:40"])
    }

    func testLetterComponentKeepsTheListWhole() {
        let r = RefHarness.refs("Les condamnations prévues aux articles 222-34 à 222-40, 224-1-A à 224-1-C et 225-5 du code pénal.", date: "2024-10-28")
        XCTAssertEqual(r.references.map(\.id), ["CP:222-34", "CP:222-35", "CP:222-36", "CP:222-37", "CP:222-38", "CP:222-39", "CP:222-40",
                                                 "CP:224-1-A", "CP:224-1-C", "CP:225-5"])
        XCTAssertEqual(r.references.filter { !$0.text.contains(" à ") }.map(\.text), ["222-34", "222-40", "224-1-A", "224-1-C", "225-5"])
        // The code pénal has no article list: the numbered range is counted, the lettered one
        // keeps its ends; each says so.
        XCTAssertEqual(r.warnings.filter { $0.code == "range-counted" }.count, 1)
        XCTAssertEqual(r.warnings.filter { $0.code == "range-not-expanded" }.count, 1)
    }

    // MARK: 5. text numbers without "n°"

    func testTextNumbersWithoutSign() {
        XCTAssertEqual(ids("le décret numéro 2019-1012 du 2 octobre 2019"), ["decret:2019-1012"])
        XCTAssertEqual(ids("La loi 2018-778 du 10 septembre 2018 pour une immigration maîtrisée. La loi du 10 septembre 2018 a modifié le CESEDA."),
                       ["loi:2018-778", "loi:2018-778"])
        XCTAssertEqual(ids("Le décret 2020-1734 précise la procédure."), ["decret:2020-1734"])
        XCTAssertEqual(ids("la loi n°2016-274 du 7 mars 2016"), ["loi:2016-274"])
        XCTAssertEqual(ids("la loi n° 98-349 du 11 mai 1998"), ["loi:1998-349"])
        XCTAssertEqual(ids("la loi organique 2009-403 du 15 avril 2009"), ["loi:2009-403"])
    }

    func testDateOrYearIsNoTextNumber() {
        XCTAssertEqual(ids("La loi 2018 a changé la procédure."), [])
        XCTAssertEqual(ids("La loi du 10 septembre 2018 a changé la procédure."), ["loi:2018-09-10"])
        XCTAssertEqual(ids("Le décret 2018-09-10 est introuvable."), [])
        XCTAssertEqual(ids("Le décret 12/05/2019 est introuvable."), [])
    }

    // MARK: 6. EU texts

    func testEUTexts() {
        XCTAssertEqual(ids("le règlement (UE) n° 2016/679 du 27 avril 2016"), ["ue-reglement:679/2016"])
        XCTAssertEqual(ids("le règlement européen (CE) n° 562/2006 (code frontières Schengen)"), ["ue-reglement:562/2006"])
        XCTAssertEqual(ids("le règlement (CE) n° 810/2009 (code des visas)"), ["ue-reglement:810/2009"])
        XCTAssertEqual(ids("le règlement n° 1030/2002 établissant un modèle uniforme"), ["ue-reglement:1030/2002"])
        XCTAssertEqual(ids("la directive 2004/38/CE relative au droit des citoyens"), ["ue-directive:2004/38"])
        XCTAssertEqual(ids("le règlement (CEE) n° 1612/68 relatif à la libre circulation"), ["ue-reglement:1612/1968"])
        XCTAssertEqual(ids("la directive (UE) 2016/681 relative aux données PNR"), ["ue-directive:2016/681"])
        XCTAssertEqual(ids("la directive européenne 2008/115/CE"), ["ue-directive:2008/115"])
        // A second part that cannot be a year: the first one is.
        XCTAssertEqual(ids("le règlement 2019/1157 relatif aux cartes d'identité"), ["ue-reglement:1157/2019"])
    }

    // MARK: 7. asterisked articles

    func testAsteriskedArticles() {
        for (t, format) in [("la décision prévue à l'article [R\\*. 311-12](#article-r311-12) du CESEDA.", SourceFormat.markdown),
                            ("la décision prévue à l'article R*. 311-12 du CESEDA.", .text),
                            ("la décision prévue à l'article R*311-12 du CESEDA.", .text)] {
            let r = RefHarness.refs(t, date: "2017-01-11", format: format)
            XCTAssertEqual(r.references.map(\.id), ["CESEDA:R311-12"], t)
            let src = Array(t.unicodeScalars)
            for ref in r.references {
                let quoted = String(String.UnicodeScalarView(src[ref.span.start..<ref.span.end]))
                XCTAssertEqual(quoted, ref.text)
                XCTAssertTrue(quoted.hasPrefix("R") && quoted.contains("*") && quoted.hasSuffix("311-12"), quoted)
            }
        }
        // Emphasis is still emphasis.
        XCTAssertEqual(ids("Le *CESEDA* et l'article L. 311-1 du CESEDA."), ["CESEDA:L311-1"])
    }

    /// The 2017 consolidation writes its asterisked articles "R\*. 311-12": every one of them
    /// outside a heading is a reference starting where it is written, its id without the star.
    func testNoAsteriskedCitationDroppedInTheConsolidation() throws {
        let (src, r) = try Self.consolidation2017()
        let starts = Dictionary(grouping: r.references, by: \.span.start)
        var found = 0
        for line in Self.lines(src) where line.text.first != "#" {
            let l = Array(line.text)
            var k = 0
            while k < l.count {
                // A prefix letter at a word start, an optional backslash, the star.
                if ["R", "D", "L", "A"].contains(l[k]), k == 0 || !l[k - 1].properties.isAlphabetic {
                    var m = k + 1
                    if m < l.count, l[m] == "\\" { m += 1 }
                    if m < l.count, l[m] == "*" {
                        found += 1
                        let refs = starts[line.start + k] ?? []
                        XCTAssertEqual(refs.count, 1, "asterisked citation at \(line.start + k) not read: \(String(String.UnicodeScalarView(l[k..<min(l.count, k + 20)])))")
                        if let ref = refs.first {
                            XCTAssertTrue(ref.id.hasPrefix("CESEDA:\(l[k])") && !ref.id.contains("*"), ref.id)
                        }
                    }
                }
                k += 1
            }
        }
        XCTAssertGreaterThanOrEqual(found, 20)
    }

    // MARK: 8. article headings

    func testArticleHeadingsAreNotReferences() {
        let t = """
        Code de l'entrée et du séjour des étrangers et du droit d'asile

        ###### Article L. 311-1

        Sous réserve des engagements internationaux, l'étranger doit présenter les documents prévus à l'article L. 211-1.

        ####### Article R*311-12

        Le silence gardé vaut rejet.

        ###### Article R553-14 bis

        Les étrangers retenus en bénéficient.

        ## Annexe 6-8 mentionnée à l'article R. 611-36
        """
        XCTAssertEqual(RefHarness.refs(t, format: .markdown).references.map(\.id), ["CESEDA:L211-1", "CESEDA:R611-36"])
    }

    func testNoReferenceFromTheConsolidationsOwnArticleHeadings() throws {
        let (src, r) = try Self.consolidation2017()
        var headings: [Range<Int>] = []
        for line in Self.lines(src) {
            let s = String(String.UnicodeScalarView(line.text))
            if let h = Self.articleHeading(s), !h.isEmpty { headings.append(line.start..<(line.start + line.text.count)) }
        }
        XCTAssertGreaterThan(headings.count, 1100)
        let inHeading = r.references.filter { ref in headings.contains { $0.contains(ref.span.start) } }
        XCTAssertEqual(inHeading.map(\.id), [])
    }

    // MARK: 9. ranges from the code's article list

    func testRangeExpandedFromTheVersionOfTheDocumentsDate() {
        let t = "les articles L. 314-8 à L. 314-12 du CESEDA."
        // 2012: the version of 18 July 2011, before L. 314-8-1 and L. 314-8-2 were inserted.
        XCTAssertEqual(ids(t, date: "2012-06-01"), ["CESEDA:L314-8", "CESEDA:L314-9", "CESEDA:L314-10", "CESEDA:L314-11", "CESEDA:L314-12"])
        // 2015: they are there (counting would never find them).
        XCTAssertEqual(ids(t, date: "2015-06-01"),
                       ["CESEDA:L314-8", "CESEDA:L314-8-1", "CESEDA:L314-8-2", "CESEDA:L314-9", "CESEDA:L314-10", "CESEDA:L314-11", "CESEDA:L314-12"])
        let r = RefHarness.refs(t, date: "2015-06-01")
        XCTAssertEqual(r.warnings.map(\.code), [])
        // The articles between quote the whole range; the ends quote themselves.
        XCTAssertEqual(r.references.map(\.text), ["L. 314-8"] + Array(repeating: "L. 314-8 à L. 314-12", count: 5) + ["L. 314-12"])
    }

    func testRangeVersionChoice() {
        // No version on or before the date holds both ends: the earliest that does (2016-04-15,
        // before L. 511-3-2 was inserted on 1 November 2016).
        XCTAssertEqual(ids("les articles L. 511-1 à L. 511-5 du CESEDA.", date: "2012-01-01"),
                       ["CESEDA:L511-1", "CESEDA:L511-2", "CESEDA:L511-3", "CESEDA:L511-3-1", "CESEDA:L511-4", "CESEDA:L511-5"])
        // Undated: the latest version holding both ends (2025, where L. 611-1-1 is gone).
        XCTAssertEqual(ids("les articles L. 611-1 à L. 611-3 du CESEDA.", date: nil), ["CESEDA:L611-1", "CESEDA:L611-2", "CESEDA:L611-3"])
        XCTAssertEqual(ids("les articles L. 611-1 à L. 611-3 du CESEDA.", date: "2016-06-01"),
                       ["CESEDA:L611-1", "CESEDA:L611-1-1", "CESEDA:L611-2", "CESEDA:L611-3"])
    }

    func testRangeCountedOrKeptAsItsEndsWithoutAList() {
        // A code without an article list: the base numbering between the ends, counted.
        let r = RefHarness.refs("les articles L. 5221-1 à L. 5221-3 du code du travail.", date: "2024-10-28")
        XCTAssertEqual(r.references.map(\.id), ["CT:L5221-1", "CT:L5221-2", "CT:L5221-3"])
        XCTAssertEqual(r.warnings.map(\.code), ["range-counted"])
        // Ends that differ before their last part, or too far apart, keep their ends.
        let deep = RefHarness.refs("les articles L. 5221-1 à L. 5223-3 du code du travail.", date: "2024-10-28")
        XCTAssertEqual(deep.references.map(\.id), ["CT:L5221-1", "CT:L5223-3"])
        XCTAssertEqual(deep.warnings.map(\.code), ["range-not-expanded"])
        let wide = RefHarness.refs("les articles L. 5221-1 à L. 5221-90 du code du travail.", date: "2024-10-28")
        XCTAssertEqual(wide.references.map(\.id), ["CT:L5221-1", "CT:L5221-90"])
        // A code with a list, but no version holds both ends (nor in that order).
        let r2 = RefHarness.refs("les articles L. 111-1 à L. 111-99 du CESEDA.", date: "2016-06-01")
        XCTAssertEqual(r2.references.map(\.id), ["CESEDA:L111-1", "CESEDA:L111-99"])
        XCTAssertEqual(r2.warnings.map(\.code), ["range-not-expanded"])
        let r3 = RefHarness.refs("les articles L. 314-12 à L. 314-8 du CESEDA.", date: "2016-06-01")
        XCTAssertEqual(r3.references.map(\.id), ["CESEDA:L314-12", "CESEDA:L314-8"])
        XCTAssertEqual(r3.warnings.map(\.code), ["range-not-expanded"])
    }

    /// On the 2017-01-11 consolidation, every id a CESEDA range yields is an article of that
    /// version, checked against the document's own headings (not the lexicon).
    func testConsolidationRangesYieldArticlesOfItsVersion() throws {
        let (src, r) = try Self.consolidation2017()
        var own = Set<String>()
        for line in Self.lines(src) {
            if let h = Self.articleHeading(String(String.UnicodeScalarView(line.text))), !h.isEmpty { own.insert(h) }
        }
        XCTAssertGreaterThan(own.count, 1100)
        let ranged = r.references.filter { $0.id.hasPrefix("CESEDA:") && $0.text.contains(" à ") }
        XCTAssertGreaterThan(ranged.count, 100)
        for ref in ranged {
            XCTAssertTrue(own.contains(String(ref.id.dropFirst("CESEDA:".count))), "\(ref.id) (\(ref.text)) is not an article of the 2017-01-11 version")
        }
    }

    /// The lexicon's 2017-01-11 list is the consolidation's own headings, in order.
    func testArticleListMatchesTheConsolidationHeadings() throws {
        let lists = try CodeArticleLists.load(from: TestLexicons.store, knownCodes: ["CESEDA"])
        let v = try XCTUnwrap(lists.versions["CESEDA"]?.first { $0.date == CivilDate(iso: "2017-01-11") })
        let (src, _) = try Self.consolidation2017(extract: false)
        var own: [String] = []
        for line in Self.lines(src) {
            if let h = Self.articleHeading(String(String.UnicodeScalarView(line.text))), !h.isEmpty, !own.contains(h) { own.append(h) }
        }
        XCTAssertEqual(v.articles, own)
    }

    // MARK: 10. NOR

    func testOwnNORIsNeverAReference() {
        let flat = "MINISTERE DE L'INTERIEUR Paris, le 3 mars 2013 Le ministre de l'Intérieur à Mesdames et Messieurs les préfets de département NOR : INTA1234567C Objet : Contrôles. Je vous rappelle la circulaire NOR INTK1233053C du 26 août 2012. La présente circulaire (NOR : INTA1234567C) abroge la note NOR IOCB091 5243 C."
        let doc = TestLexicons.pipeline.extract(SourceDocument(path: "flat.txt", text: flat, format: .text))
        XCTAssertEqual(doc.metadata.nor, "INTA1234567C")
        XCTAssertEqual(doc.references.map(\.id), ["circulaire:2012-08-26", "nor:IOCB0915243C"])
        XCTAssertEqual(doc.references.first?.nor, "INTK1233053C")

        let lines = """
        Paris, le 3 mars 2013

        Le ministre de l'Intérieur

        à

        Mesdames et Messieurs les préfets

        NOR : INTA 1234567 C

        Objet : Contrôles.

        Je vous rappelle la note NOR/INT/D/99/00095/C. Voir aussi JUSD 1402885 C, NOR JUSD 1402885 C et NOR : INTA1234567C.
        """
        let d2 = TestLexicons.pipeline.extract(SourceDocument(path: "lines.txt", text: lines, format: .text))
        XCTAssertEqual(d2.references.map(\.id), ["nor:INTD9900095C", "nor:JUSD1402885C"])
        let src = Array(lines.unicodeScalars)
        XCTAssertEqual(d2.references.map { String(String.UnicodeScalarView(src[$0.span.start..<$0.span.end])) },
                       ["note NOR/INT/D/99/00095/C", "JUSD 1402885 C"])
    }

    // MARK: helpers

    static func consolidation2017(extract: Bool = true) throws -> ([Unicode.Scalar], ReferenceResult) {
        let path = Fixtures.root.appendingPathComponent("Corpus/ceseda/2017-01-11_ceseda-consolide.md").path
        let src = try DocumentReader().read(path: path)
        let scalars = Array(src.text.unicodeScalars)
        guard extract else { return (scalars, ReferenceResult()) }
        let ctx = ExtractionContext(structure: TestLexicons.pipeline.structure(src), documentDate: CivilDate(iso: "2017-01-11"), kind: .unknown)
        return (scalars, RefHarness.extractor.extract(ctx))
    }

    /// Lines with their scalar offsets.
    static func lines(_ s: [Unicode.Scalar]) -> [(start: Int, text: ArraySlice<Unicode.Scalar>)] {
        var out: [(Int, ArraySlice<Unicode.Scalar>)] = []
        var a = 0
        for i in s.indices where s[i] == "\n" { out.append((a, s[a..<i])); a = i + 1 }
        out.append((a, s[a..<s.count]))
        return out.map { (start: $0.0, text: $0.1) }
    }

    /// "###### Article R*311-12" → "R311-12"; "#### Article R553-14 bis" → "R553-14 bis";
    /// "" for an article heading that is no code article ("Article Annexe 6-4"); nil for
    /// another line.
    static func articleHeading(_ line: String) -> String? {
        var t = Substring(line)
        guard t.hasPrefix("#") else { return nil }
        while t.first == "#" { t = t.dropFirst() }
        guard t.hasPrefix(" Article ") else { return nil }
        t = t.dropFirst(" Article ".count)
        let words = t.split(separator: " ")
        guard let w = words.first else { return "" }
        var prefix = "", rest = Substring(w)
        while let c = rest.first, c.isUppercase || c == "*" || c == "\\" || c == "." { if c.isUppercase { prefix.append(c) }; rest = rest.dropFirst() }
        guard ["L", "LO", "R", "D", "A"].contains(prefix), rest.first?.isNumber == true else { return "" }
        return prefix + rest + (words.count > 1 ? " " + words[1] : "")
    }
}
