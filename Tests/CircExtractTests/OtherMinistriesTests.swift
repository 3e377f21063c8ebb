import CircTestSupport
import CircExtract
import CircReader
import Foundation
import XCTest

/// Rule tests for the circulars of ministries other than the Interior and Justice (Santé,
/// Culture, Finances publiques, Écologie, Éducation nationale, Logement): their services as
/// actors, their titles as addressees, a délégué's emitter, a bulletin's lower-case dated
/// title. Sentences written for each class, each with a counter-example.
final class OtherMinistriesTests: XCTestCase, ObligationRuleTesting, HeaderRuleTesting {
    static let body = "\n\nObjet : essai\n\nJe vous demande de veiller à l'application de ces dispositions.\n"

    /// A ministry's decentralised services named as the subject of a future or a modal are the
    /// actor, as their head's role ("Les DRAC instruiront…" → the directeur régional des affaires
    /// culturelles), and "les établissements de santé" their directors.
    func testAnotherMinistrysServicesAreActors() {
        let drac = obligations("Les directions régionales des affaires culturelles instruiront les demandes de diagnostic.")
        XCTAssertEqual(drac.first?.actor, "directeur-regional-des-affaires-culturelles")
        XCTAssertEqual(obligations("Les DRAC instruiront les demandes de fouilles.").first?.actor, "directeur-regional-des-affaires-culturelles")
        XCTAssertEqual(obligations("Les DDFiP organiseront des permanences dans chaque département.").first?.actor,
                       "directeur-departemental-des-finances-publiques")
        XCTAssertEqual(obligations("Les DREAL procéderont à l'inspection des sites prioritaires.").first?.actor,
                       "directeur-regional-de-l-environnement-de-l-amenagement-et-du-logement")
        let hospital = obligations("Les établissements de santé ne peuvent fermer une ligne de garde sans en informer l'agence.")
        XCTAssertEqual(hospital.first?.modality, .prohibition)
        XCTAssertEqual(hospital.first?.actor, "directeur-d-etablissement-de-sante")
        // The subject acts, not a service named in its complement.
        let ars = obligations("Les agences régionales de santé veilleront à ce que les établissements de santé respectent ces règles.")
        XCTAssertEqual(ars.first?.actor, "directeur-general-de-l-agence-regionale-de-sante")
        // A service named as background sets nobody to work.
        XCTAssertTrue(obligations("Les établissements de santé ont connu une forte activité cet hiver.").isEmpty)
    }

    /// The titles of these services are addressees and, as subjects, actors.
    func testAnotherMinistrysTitlesAreKnown() {
        XCTAssertEqual(obligations("Les directeurs régionaux des affaires culturelles instruiront les demandes de permis.").first?.actor,
                       "directeur-regional-des-affaires-culturelles")
        XCTAssertEqual(addressees("La ministre de la culture\nà\nMesdames et Messieurs les directeurs régionaux des affaires culturelles" + Self.body),
                       ["directeur-regional-des-affaires-culturelles to"])
        XCTAssertEqual(addressees("Le ministre de l'éducation nationale\nà\nMesdames et Messieurs les recteurs d'académie ; Mesdames et Messieurs les proviseurs" + Self.body),
                       ["recteur-d-academie to", "proviseur to"])
        XCTAssertEqual(addressees("Texte adressé aux recteurs et rectrices d'académie ; aux proviseures et proviseurs" + Self.body),
                       ["recteur-d-academie to", "proviseur to"])
    }

    /// "La ministre déléguée auprès de la ministre de …, chargée du logement": the délégué's own
    /// office is the emitter; the minister of the attachment is no co-signer. Without an office
    /// after the comma, the attachment is the title.
    func testADelegatesOwnOfficeIsTheEmitter() {
        let housing = extract("La ministre déléguée auprès de la ministre de la transition écologique, chargée du logement\n\nà\n\nMesdames et Messieurs les préfets de région" + Self.body)
        XCTAssertEqual(housing.metadata.emitter, "ministre-delegue-charge-du-logement")
        let local = extract("Le ministre délégué auprès du ministre de l'intérieur, chargé des collectivités territoriales\n\nà\n\nMesdames et Messieurs les préfets" + Self.body)
        XCTAssertEqual(local.metadata.emitter, "ministre-delegue-charge-des-collectivites-territoriales")
        let attached = extract("Le ministre délégué auprès du Premier ministre\n\nà\n\nMesdames et Messieurs les préfets" + Self.body)
        XCTAssertEqual(attached.metadata.emitter, "ministre-delegue-aupres-du-premier-ministre")
    }

    /// A bulletin's own title in lower case with the kind's complement before its date ("note de
    /// service du 24-3-2022") dates the text and names its kind, before the bulletin's issue
    /// date; a citation in the body ("la note de service du 3-2-2020") does not.
    func testABulletinsLowerCaseTitleWithAComplement() {
        let d = extract("Bulletin officiel n° 13 du 31 mars 2022\nExamens\nNOR : MENE2209345N\nnote de service du 24-3-2022\nMENJS - DGESCO A2-1\n\nTexte adressé aux recteurs et rectrices d'académie\n\nLes recteurs arrêteront la liste des centres d'examen.\n")
        XCTAssertEqual(d.metadata.kind, .note)
        XCTAssertEqual(d.metadata.date, "2022-03-24")
        let cited = extract("Bulletin officiel n° 13 du 31 mars 2022\nExamens\n\nTexte adressé aux recteurs et rectrices d'académie\n\nLes recteurs appliqueront les modalités fixées par la note de service du 3-2-2020.\n")
        XCTAssertNotEqual(cited.metadata.date, "2020-02-03")
    }
}
