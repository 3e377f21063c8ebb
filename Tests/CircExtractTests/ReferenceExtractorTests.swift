import CircExtract
import CircReader
import Foundation
import XCTest

final class ReferenceExtractorTests: XCTestCase, ReferenceRuleTesting {
    var snippetDate: String { "2024-10-28" }

    // MARK: code articles

    func testCodeByFullNameAndAcronym() {
        XCTAssertEqual(ids("Voir l'article L 612-6 du Code de l'entrée et du séjour des étrangers et du droit d'asile (CESEDA)."), ["CESEDA:L612-6"])
        XCTAssertEqual(ids("En application de l'article L. 722-2 CESEDA."), ["CESEDA:L722-2"])
        XCTAssertEqual(ids("Voir l'article R. 146-12 CESEDA."), ["CESEDA:R146-12"])
        XCTAssertEqual(ids("Selon l'art. 1240 C. civ., tout fait oblige."), ["CCIV:1240"])
        XCTAssertEqual(ids("Voir l'article 78-2 du CPP."), ["CPP:78-2"])
    }

    func testListsAndRanges() {
        XCTAssertEqual(ids("la visite prévue aux articles L. 733-7 et L. 733-8 du CESEDA."), ["CESEDA:L733-7", "CESEDA:L733-8"])
        XCTAssertEqual(ids("les articles L. 742-4 à L. 742-6 du CESEDA."), ["CESEDA:L742-4", "CESEDA:L742-5", "CESEDA:L742-6"])
        // A range is read in the code's article list (not counted): the articles inserted
        // between the ends are there, in code order (ReferenceGrammarTests has the version rules).
        let range = ids("les articles L. 313-11 à L. 314-2 du CESEDA.")
        XCTAssertEqual(range.first, "CESEDA:L313-11")
        XCTAssertEqual(range.last, "CESEDA:L314-2")
        XCTAssertTrue(range.contains("CESEDA:L313-11-1") && range.contains("CESEDA:L314-1-1"), "\(range)")
        XCTAssertEqual(ids("les articles L. 511-1 et suivants du CESEDA."), ["CESEDA:L511-1"])
        XCTAssertEqual(ids("les articles L. 511-1, L. 511-2 ou L. 511-3 du CESEDA."), ["CESEDA:L511-1", "CESEDA:L511-2", "CESEDA:L511-3"])
        XCTAssertEqual(ids("l'article L. 741-1 et l'article L. 742-4 du CESEDA."), ["CESEDA:L741-1", "CESEDA:L742-4"])
        XCTAssertEqual(ids("l'article L. 313-11 bis du CESEDA."), ["CESEDA:L313-11 bis"])
    }

    func testAlinea() {
        let r = RefHarness.refs("Deuxième alinéa de l'article L. 729-2 du code de procédure pénale.", date: "2024-10-28")
        XCTAssertEqual(r.references.map(\.id), ["CPP:729-2"])
        XCTAssertEqual(r.references.first?.alinea, 2)
        XCTAssertEqual(r.warnings.map(\.code), ["cpp-article-letter"])
        let r2 = RefHarness.refs("au premier alinéa de l'article L. 742-5 du CESEDA.")
        XCTAssertEqual(r2.references.first?.alinea, 1)
        let r3 = RefHarness.refs("l'article L. 313-11, alinéa 3, du CESEDA.")
        XCTAssertEqual(r3.references.map(\.id), ["CESEDA:L313-11"])
        XCTAssertEqual(r3.references.first?.alinea, 3)
    }

    func testLetterlessCodes() {
        let r = RefHarness.refs("la libération de l'article L. 720 du code de procédure pénale.")
        XCTAssertEqual(r.references.map(\.id), ["CPP:720"])
        XCTAssertEqual(r.references.first?.text, "L. 720")
        XCTAssertEqual(r.warnings.first?.code, "cpp-article-letter")
        XCTAssertEqual(ids("sur le fondement de l'article 40 du code de procédure pénale."), ["CPP:40"])
        XCTAssertEqual(ids("l'article 222-33 du code pénal."), ["CP:222-33"])
    }

    func testContextCarriesOver() {
        let t = """
        Les dispositions de l'article L. 741-1 nouveau du CESEDA vous permettent d'agir.

        Conformément à l'article L. 742-4, la rétention est prolongée, ainsi qu'à l'article L. 742-5.
        """
        let r = RefHarness.refs(t)
        XCTAssertEqual(r.references.map(\.id), ["CESEDA:L741-1", "CESEDA:L742-4", "CESEDA:L742-5"])
        XCTAssertEqual(r.references.map(\.resolvedBy), [nil, "context", "context"])
    }

    func testExplicitCodeWinsOverContext() {
        let t = "L'article L. 741-1 du CESEDA s'applique. L'article L. 114-10-2 du code de la sécurité sociale aussi. Puis l'article L. 742-4."
        XCTAssertEqual(ids(t), ["CESEDA:L741-1", "CSS:L114-10-2", "CSS:L742-4"])
        // In a consolidated code, the code is the default but a named code still wins.
        let code = """
        Code de l'entrée et du séjour des étrangers et du droit d'asile

        Les dispositions de l'article L. 821-1 du code de la sécurité sociale et de l'article L. 313-11 s'appliquent.
        """
        let r = RefHarness.refs(code, date: nil, kind: .unknown)
        XCTAssertEqual(r.references.map(\.id), ["CSS:L821-1", "CESEDA:L313-11"])
        XCTAssertEqual(r.references.last?.resolvedBy, "document-default")
    }

    func testMemeCode() {
        XCTAssertEqual(ids("l'article L. 212-1 du code du travail et l'article L. 112-2 du même code."), ["CT:L212-1", "CT:L112-2"])
        XCTAssertEqual(ids("l'article 47 du code civil et l'article 48 dudit code."), ["CCIV:47", "CCIV:48"])
        // A code the lexicon does not know stays unknown, and so does "du même code" after it.
        XCTAssertEqual(ids("l'article L. 1 du code des ports maritimes et l'article L. 2 du même code."), ["unknown:L1", "unknown:L2"])
        // The code minier is read now (outside the contract): "du même code" takes it.
        XCTAssertEqual(ids("l'article L. 1 du code minier et l'article L. 2 du même code."), ["CMIN:L1", "CMIN:L2"])
    }

    func testFootnoteTakesTheContextOfItsCall() {
        let t = """
        Je vous demande de faire appel<sup>4</sup>. Le parquet peut demander l'effet suspensif conformément à l'article L 743-22 du CESEDA.

        <sup>4</sup> Aux termes de la nouvelle rédaction de l'article L.743-12, seules les irrégularités comptent.
        """
        let r = RefHarness.refs(t, format: .markdown)
        XCTAssertEqual(r.references.map(\.id), ["CESEDA:L743-22", "CESEDA:L743-12"])
        XCTAssertEqual(r.references.last?.resolvedBy, "footnote")
    }

    func testUnknownNeverDropped() {
        XCTAssertEqual(ids("Voir l'article L. 612-6."), ["unknown:L612-6"])
        XCTAssertEqual(ids("Voir l'article 40."), ["unknown:40"])
        // A bare number does not take a lettered code from the context.
        XCTAssertEqual(ids("l'article L. 741-1 du CESEDA. Voir l'article 40."), ["CESEDA:L741-1", "unknown:40"])
        // Articles of a law or a décret are not code articles.
        XCTAssertEqual(ids("l'article 3 de la loi n° 2024-42 du 26 janvier 2024."), ["loi:2024-42"])
    }

    func testArticlesOfOtherTexts() {
        XCTAssertEqual(ids("sans se conformer aux stipulations de l'article 19, paragraphe 1 ou 2, de l'article 20, paragraphe 1, et de l'article 21, paragraphe 1 ou 2, de ladite convention."), [])
        XCTAssertEqual(ids("la déclaration prévue par l'article 22 de la même convention."), [])
        XCTAssertEqual(ids("sans se conformer aux stipulations de ses articles 19, paragraphe 1 ou 2, 20, paragraphe 1, et 21."), [])
        XCTAssertEqual(ids("au paragraphe 4 de l'article 5 de ce même règlement."), [])
        XCTAssertEqual(ids("les articles 39 et 40 de la loi n° 78-17 du 6 janvier 1978."), ["loi:1978-17"])
        // Roads are not articles.
        XCTAssertEqual(ids("un accident sur la D 940 et sur l'A 16."), [])
    }

    func testConsolidatedCodeLetterlessNeighbours() {
        let code = """
        Code de l'entrée et du séjour des étrangers et du droit d'asile

        La carte peut être retirée pour les condamnations prévues aux articles 222-34 à 222-36 du code pénal. L'interdiction visée au 2° de l'article 131-39 du même code porte sur l'activité.

        Les infractions prévues aux articles 431-14 à 431-15 ne sont pas concernées.
        """
        // The code pénal has no article list: its range is counted; a range of no code keeps its ends.
        XCTAssertEqual(RefHarness.refs(code, date: nil, kind: .unknown).references.map(\.id),
                       ["CP:222-34", "CP:222-35", "CP:222-36", "CP:131-39", "unknown:431-14", "unknown:431-15"])
    }

    func testArticleHeadingIsNotAReference() {
        let t = "Code de l'entrée et du séjour des étrangers et du droit d'asile\n\n#### Article L111-1\n\nSont considérées comme étrangers…\n"
        XCTAssertEqual(RefHarness.refs(t, format: .markdown).references.map(\.id), [])
    }

    // MARK: texts

    func testLaws() {
        XCTAssertEqual(ids("la loi n° 2024-42 du 26 janvier 2024 pour contrôler l'immigration. La loi du 26 janvier 2024 a renforcé."),
                       ["loi:2024-42", "loi:2024-42"])
        XCTAssertEqual(ids("La loi du 7 mars 2016 a renforcé."), ["loi:2016-03-07"])
        XCTAssertEqual(ids("la loi n°2024-42 permet"), ["loi:2024-42"])
        XCTAssertEqual(ids("5. Loi n° 71-569 du 15 juillet 1971 relative au territoire."), ["loi:1971-569"])
        XCTAssertEqual(ids("l'ordonnance n° 2020-1733 du 16 décembre 2020 et le décret n° 2020-1734"), ["ordonnance:2020-1733", "decret:2020-1734"])
        XCTAssertEqual(ids("l'ordonnance n° 45-2658 du 2 novembre 1945"), ["ordonnance:1945-2658"])
    }

    func testEarlierTextsByDate() {
        XCTAssertEqual(ids("Réf :\n\n- Circulaire du 16 août 2019 relative à l'amélioration\n- Instruction du 3 août 2022 relative aux mesures\n"),
                       ["circulaire:2019-08-16", "instruction:2022-08-03"])
        XCTAssertEqual(ids("Dans le prolongement de mon instruction du 4 décembre dernier, je vous demande", date: "2015-02-19", kind: .note),
                       ["instruction:2014-12-04"])
        XCTAssertEqual(ids("Par la circulaire du 29 avril 2014, je vous ai demandé", date: "2015-02-19", kind: .note), ["circulaire:2014-04-29"])
        XCTAssertEqual(ids("Ainsi que la circulaire n° NOR IOMV2402713J du 5 février 2024 relative à l'expulsion"), ["circulaire:2024-02-05"])
        XCTAssertEqual(ids("Un protocole a été conclu le 29 décembre 2021 entre les administrations"), ["protocole:2021-12-29"])
        XCTAssertEqual(ids("la note du 12 mars 2020 précise"), ["note:2020-03-12"])
        // The document itself is no reference.
        XCTAssertEqual(ids("La présente circulaire du 28 octobre 2024 abroge la circulaire du 5 février 2024."), ["circulaire:2024-02-05"])
        XCTAssertEqual(ids("les protocoles que vous avez signés constituent le cadre"), [])
    }

    func testNOR() {
        let t = "Référence\t<b>NOR : INTK2428339J</b>\nObjet\tPilotage\n\nVoir la note NOR INTV1900001C et NOR IOMV2402713J.\n"
        XCTAssertEqual(RefHarness.refs(t, format: .markdown).references.map(\.id), ["nor:INTV1900001C", "nor:IOMV2402713J"])
    }

    func testEU() {
        XCTAssertEqual(ids("la directive 2008/115/CE du Parlement européen"), ["ue-directive:2008/115"])
        XCTAssertEqual(ids("le règlement (UE) n° 604/2013 du 26 juin 2013"), ["ue-reglement:604/2013"])
        XCTAssertEqual(ids("le règlement (UE) 2016/679"), ["ue-reglement:679/2016"])
        XCTAssertEqual(ids("le règlement (CE) n° 390-2009 du Parlement européen"), ["ue-reglement:390/2009"])
    }

    func testDecisionsAndRulings() {
        XCTAssertEqual(ids("un objectif de valeur constitutionnelle (décision n° 2019-789 QPC du 14 juin 2019)."), ["cc:2019-789-QPC"])
        XCTAssertEqual(ids("décision n° 2023-863 DC du 25 janvier 2024"), ["cc:2023-863-DC"])
        let t = "les décisions des cours d'appel de Metz (20 septembre 2024 ; 24/00755) qui dispose que « la loi du 26 janvier 2024 a introduit un critère » ou de Versailles (5 septembre 2024 ; 24/05878) qui juge que « … »."
        XCTAssertEqual(ids(t), ["juris:CA-Metz:24/00755", "loi:2024-01-26", "juris:CA-Versailles:24/05878"])
        XCTAssertEqual(ids("CE, 12 juin 2020, n° 428478."), ["juris:CE:428478"])
        XCTAssertEqual(ids("Cass. crim., 5 mars 2019, n° 18-82.123."), ["juris:Cass:18-82.123"])
        XCTAssertEqual(ids("la chambre de la cour d'appel prévue à l'article 2 de la loi n° 71-498 du 31 décembre 1971"), ["loi:1971-498"])
        XCTAssertEqual(ids("la jurisprudence à venir de la Cour de cassation sur un pourvoi en cours."), [])
    }

    func testSpansQuoteTheSource() {
        let t = "**Vu** l'article L 612-6 du CESEDA, la loi n° 2024-42 du 26 janvier 2024 et la directive 2008/115/CE."
        let src = Array(t.unicodeScalars)
        let r = RefHarness.refs(t, format: .markdown)
        XCTAssertEqual(r.references.count, 3)
        for ref in r.references {
            XCTAssertEqual(String(String.UnicodeScalarView(src[ref.span.start..<ref.span.end])), ref.text)
        }
    }
}
