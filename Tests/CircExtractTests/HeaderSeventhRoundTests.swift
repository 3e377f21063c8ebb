import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests of the seventh header round, on texts written for them: a title's subject read
/// as an emitter, one person's two offices, the 1982–1988 "commissaires de la République" (kept as named),
/// a block announced "in fine", and titles holding "à compétence nationale". Each rule has a
/// counter-example where it could overreach.
final class HeaderSeventhRoundTests: XCTestCase, HeaderRuleTesting {
    static let body = "\n\nObjet : essai.\n\nJe vous demande de veiller à l'application de ces règles.\n\nPierre DUPONT\n"

    /// "Circulaire … relative à la garde à vue" straight above the block: "la garde à" is the
    /// title's subject and its own "à", not an authority before the block's "à".
    func testATitlesSubjectIsNoEmitter() {
        let d = extract("Circulaire du 3 mai 2023 relative à la garde à vue\n\nMesdames et Messieurs les procureurs de la République près les tribunaux judiciaires" + Self.body)
        XCTAssertFalse(d.metadata.emitter?.hasPrefix("garde") ?? false, d.metadata.emitter ?? "nil")
        let c = extract("Instruction du 8 février 2022 concernant la garde à vue\n\nMesdames et Messieurs les préfets de département" + Self.body)
        XCTAssertFalse(c.metadata.emitter?.hasPrefix("garde") ?? false, c.metadata.emitter ?? "nil")
        // Counter-example: the keeper of the seals under the same title still emits.
        let k = extract("Circulaire du 3 mai 2023 relative à la garde à vue\n\nLe garde des sceaux, ministre de la justice\n\nà\n\nMesdames et Messieurs les procureurs de la République" + Self.body)
        XCTAssertEqual(k.metadata.emitter, "ministre-de-la-justice")
    }

    /// "Monsieur le préfet de la région Île-de-France, préfet de Paris": one person, two
    /// offices; the first-named is the addressee.
    func testTheFirstOfOnePersonsTwoOfficesIsTheAddressee() {
        XCTAssertEqual(addressees("Paris, le 6 mars 2023\n\nLe ministre de l'intérieur\n\nà\n\nMonsieur le Préfet de la région Île-de-France, préfet de Paris\nMonsieur le préfet de police" + Self.body),
                       ["prefet-de-region to", "prefet-de-police to"])
        // Counter-example: two lines, two préfets.
        XCTAssertEqual(addressees("Paris, le 6 mars 2023\n\nLe ministre de l'intérieur\n\nà\n\nMonsieur le préfet de la région Bretagne\nMonsieur le préfet du Finistère" + Self.body),
                       ["prefet-de-region to", "prefet-de-departement to"])
    }

    /// "Commissaires de la République" (1982–1988): the rulebook slugs the role the text names
    /// (singular, masculine), so the period's title keeps its own slug rather than being
    /// renamed préfet; "de région" and "adjoints" stay apart.
    func testCommissairesDeLaRepubliqueKeepTheirTitle() {
        XCTAssertEqual(addressees("Paris, le 3 mars 1986\n\nLe ministre de l'intérieur et de la décentralisation\n\nà\n\nMessieurs les commissaires de la République de région\nMesdames et Messieurs les commissaires de la République\nMessieurs les commissaires adjoints de la République" + Self.body),
                       ["commissaire-de-la-republique-de-region to", "commissaire-de-la-republique to", "commissaire-adjoint-de-la-republique to"])
        // Counter-example: the haut-commissaire keeps his own office.
        XCTAssertEqual(addressees("Paris, le 9 juin 1984\n\nLe ministre de l'intérieur et de la décentralisation\n\nà\n\nMonsieur le haut-commissaire de la République en Polynésie française" + Self.body),
                       ["haut-commissaire-de-la-republique to"])
    }

    /// "Le directeur général du travail à Destinataires in fine": the list is after the
    /// signature; the authority before the "à" emits, not the letterhead's ministry.
    func testAnAuthorityBeforeADeferredBlockEmits() {
        let t = "MINISTÈRE DU TRAVAIL, DU PLEIN EMPLOI ET DE L'INSERTION\n\nParis, le 20 mars 2023\n\nInstruction relative aux contrôles des chantiers\n\nLe directeur général du travail\n\nà\n\nDestinataires in fine\n\nJe vous demande de renforcer les contrôles sur les chantiers.\n\nPierre RAMAIN\n\nDestinataires :\nMesdames et Messieurs les directeurs départementaux de l'emploi, du travail et des solidarités\n"
        let d = extract(t)
        XCTAssertEqual(d.metadata.emitter, "directeur-general-du-travail")
        XCTAssertEqual(Set(d.addressees.map(\.id)), ["directeur-departemental-de-l-emploi-du-travail-et-des-solidarites"])
        // Counter-example: without the announced list, the letterhead's block reading stays.
        let b = extract("Paris, le 20 mars 2023\n\nLe ministre du travail\n\nà\n\nMesdames et Messieurs les préfets de région" + Self.body)
        XCTAssertEqual(b.metadata.emitter, "ministre-du-travail")
    }

    /// "à compétence nationale" qualifies the service: the title is not cut at its "à".
    func testAServiceAtNationalCompetenceIsOneTitle() {
        XCTAssertEqual(addressees("Paris, le 11 janvier 2022\n\nLa ministre de la transformation et de la fonction publiques\n\nà\n\nMesdames et Messieurs les ministres\nMesdames et Messieurs les directeurs des services à compétence nationale" + Self.body),
                       ["ministre to", "directeur-de-service-a-competence-nationale to"])
        // Counter-example: another directeur des services keeps its own title.
        XCTAssertEqual(addressees("Paris, le 11 janvier 2022\n\nLe ministre de l'intérieur\n\nà\n\nMonsieur le directeur des services fiscaux" + Self.body),
                       ["directeur-des-services-fiscaux to"])
    }

    /// A flattened copy runs the banner between the dateline and the authority: "… Paris, le
    /// 15 février 2024 Note Le ministre …" names a note.
    func testABannerBetweenDatelineAndAuthorityNamesTheKind() {
        let d = extract("MINISTÈRE DE L'INTÉRIEUR Paris, le 15 février 2024 Note Le ministre de l'intérieur et des outre-mer à Mesdames et Messieurs les préfets de département Objet : accueil des demandeurs d'asile. Je vous demande de veiller à la fluidité du dispositif. Gérald DARMANIN\n")
        XCTAssertEqual(d.metadata.kind, .note)
        // Counter-example: a word in ordinary case after the date that no authority follows.
        let c = extract("MINISTÈRE DE L'INTÉRIEUR Paris, le 15 février 2024 Le ministre de l'intérieur à Mesdames et Messieurs les préfets de département Objet : accueil. Je vous demande de veiller à la Note technique jointe. Gérald DARMANIN\n")
        XCTAssertEqual(c.metadata.kind, .circulaire)
    }
}
