import CircTestSupport
@testable import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests for a press or blog page whose lines a web copy flattened: its byline runs
/// into the headline ("Posté par … le …", "par la rédaction, le …", "Article publié le …",
/// "Publié le : …", "mis en ligne le …", "Édition du …"), and a NOR it quotes is the cited
/// text's. Each class is tested lined and flattened (the same page must read the same), with
/// a counter-example.
final class FlattenedPressBylineTests: XCTestCase, HeaderRuleTesting {
    /// The lined page and the same page with every line break made a space.
    func bothLayouts(_ lines: [String]) -> [CircDocument] {
        [extract(lines.joined(separator: "\n")), extract(lines.joined(separator: " "))]
    }

    /// The page's structure, for the byline readers on their own (other readers may date a
    /// counter-example's page by its prose).
    func structure(_ text: String) -> DocumentStructure {
        StructureBuilder(tt: TestLexicons.text.tokenize(text: text)).build()
    }

    func testPostedByAuthorBylineDatesAnArticle() {
        for d in bothLayouts(["Blog de Maître Martin - avocat", "La circulaire du 23 janvier 2025 sur l'admission exceptionnelle au séjour",
                              "Posté par Me Jean Martin le 27/01/2025 · 3 commentaires",
                              "Le ministre de l'intérieur a signé le 23 janvier 2025 une circulaire adressée aux préfets.",
                              "3 commentaires", "Sophie — 28/01/2025", "Merci pour cet article."]) {
            XCTAssertEqual(d.metadata.kind, .article)
            XCTAssertEqual(d.metadata.date, "2025-01-27")
        }
        // The signature an item reports, a colon after it, is an event's date.
        let signed = structure("Sécurité routière : la circulaire signée par Gérald Darmanin le 12 mars 2024 : ce qui change pour les préfets et pour les maires des communes rurales du département")
        XCTAssertNil(MetadataExtractorTests.extractor.authorDateByline(signed))
    }

    func testNewsroomBylineDatesTheItem() {
        for d in bothLayouts(["Actualité juridique | Pénal", "Violences intrafamiliales : la chancellerie demande aux parquets une réponse pénale",
                              "par la rédaction, le 6 mars 2024",
                              "Dans une circulaire du 29 février 2024, le garde des sceaux enjoint aux procureurs de la République de déférer les auteurs."]) {
            XCTAssertEqual(d.metadata.date, "2024-03-06")
        }
        // "par" and a lower-case phrase that is no newsroom: an agent, not an author.
        let agent = structure("Violences intrafamiliales : les consignes adressées par la chancellerie, le 6 mars 2024 Dans une circulaire du 29 février 2024, le garde des sceaux enjoint aux procureurs de la République de déférer les auteurs.")
        XCTAssertNil(MetadataExtractorTests.extractor.authorDateByline(agent))
    }

    /// "Le 20 juin 2023 à 08h15" after the headline: a publication stamp, lined or
    /// flattened; a date and time the sentence goes on after is an event's.
    func testADateStampedWithMinutesDatesThePage() {
        for d in bothLayouts(["Le Parisien", "Fête de la musique : Darmanin demande « une vigilance maximale »", "Le 20 juin 2023 à 08h15",
                              "Dans un télégramme adressé lundi aux préfets, le ministre de l'Intérieur leur demande d'interdire la vente d'alcool."]) {
            XCTAssertEqual(d.metadata.date, "2023-06-20")
        }
        let event = structure("Fête de la musique : les consignes du ministre aux préfets des départements concernés Le 21 juin 2023 à 20h30, la vente d'alcool sera interdite dans les secteurs sensibles.")
        XCTAssertNil(MetadataExtractorTests.extractor.flattenedByline(event, updates: false))
    }

    func testLowerCaseWebDateBeforeTheTextStartsAgain() {
        for d in bothLayouts(["Collectif Migrants 38 — Nos actualités", "Accès aux guichets : la préfecture doit respecter la loi",
                              "Article publié le 9 janvier 2024",
                              "Dans un jugement du 4 janvier 2024, le tribunal administratif de Grenoble a rappelé que l'administration ne peut pas imposer le seul dépôt en ligne."]) {
            XCTAssertEqual(d.metadata.date, "2024-01-09")
        }
        for d in bothLayouts(["Le Journal des maires", "Élections municipales : le calendrier des inscriptions", "Publié le : 09/01/2026 Modifié le : 12/01/2026",
                              "Une circulaire du ministre de l'intérieur du 2 janvier 2026 rappelle les règles d'inscription sur les listes électorales."]) {
            XCTAssertEqual(d.metadata.date, "2026-01-09")
        }
        // A text's publication that the prose goes on after (lower case) dates the text.
        let prose = structure("Listes électorales : les règles rappelées aux maires Le décret publié le 3 mars 2024 au Journal officiel oblige les maires à transmettre les tableaux.")
        XCTAssertNil(MetadataExtractorTests.extractor.flattenedByline(prose, updates: false))
        // A cited text's publication, though the text starts again after it, dates that text.
        let cited = structure("Listes électorales : les règles rappelées aux maires La circulaire publiée le 3 mars 2024 Selon le ministère, les maires devront transmettre les tableaux.")
        XCTAssertNil(MetadataExtractorTests.extractor.flattenedByline(cited, updates: false))
    }

    func testEditionDateOfAPaperAndTheNORItQuotes() {
        for d in bothLayouts(["Association des maires — Maire info", "Élections européennes : ce que la circulaire demande aux maires", "Édition du 18 avril 2024",
                              "Une circulaire du ministère de l'intérieur datée du 12 avril 2024 (NOR : IOMA2409876C) précise l'organisation des bureaux de vote.",
                              "Les maires doivent communiquer à la préfecture, au plus tard le 20 mai, la liste des présidents de bureau de vote."]) {
            XCTAssertEqual(d.metadata.kind, .article)
            XCTAssertEqual(d.metadata.date, "2024-04-18")
            XCTAssertNil(d.metadata.nor)
            XCTAssertEqual(d.deadlines.first?.value, "2024-05-20")
        }
        // The circular's own header line carries its NOR: no determiner names a cited text.
        let own = extract("MINISTÈRE DE L'INTÉRIEUR\nCirculaire du 12 avril 2024 relative à l'organisation des élections\nNOR : IOMA2409876C\nLe ministre de l'intérieur à Mesdames et Messieurs les préfets\nLes maires doivent communiquer la liste des présidents de bureau de vote.")
        XCTAssertEqual(own.metadata.nor, "IOMA2409876C")
    }
}
