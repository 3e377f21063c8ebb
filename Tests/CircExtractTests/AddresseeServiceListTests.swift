import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule tests of the thirteenth addressee round, on headers written for them in the layouts
/// environment and health bulletins take: a préfet's services listed under each préfet (a
/// bulleted column, or flattened with semicolons) before the next préfet; the bulletin's
/// publication note "(BO … du …)" heading the page; an instruction cited by its NOR and its
/// author ("du Gouvernement") before its date; ministers who ask, no recipients. Each rule
/// has a counter-example where it could overreach.
final class AddresseeServiceListTests: XCTestCase, HeaderRuleTesting {
    /// A column of services under each préfet, one a bulleted line, some longer than the
    /// short line the block used to skip: the block goes on to the second préfet.
    func testLongServiceLinesUnderAPrefetKeepTheNextPrefet() {
        let text = """
            NOR : TREX2400001J

            Pour attribution

            Préfets de région
            - Direction régionale de l’alimentation, de l’agriculture et de la forêt, service régional de l’économie agricole (DRAAF)
            - Direction régionale de l’économie, de l’emploi, du travail et des solidarités (DREETS)

            Préfets de département
            - Direction départementale de l’emploi, du travail, des solidarités et de la protection des populations (DDETSPP)

            Pour information

            - Secrétariat général du ministère

            Résumé : la présente instruction fixe les priorités des contrôles pour l’année.
            """
        XCTAssertEqual(addressees(text), ["prefet-de-region to", "prefet-de-departement to"])
        // Counter-example: a bulleted line of prose after the block is no service; the block
        // still stops there and reads no later civility as an addressee.
        let prose = """
            Le ministre de l'agriculture à Mesdames et Messieurs les préfets de région

            - Vous veillerez à ce que les contrôles soient conduits dans les délais prévus par le plan annuel, Monsieur le préfet de police étant informé des résultats.
            """
        XCTAssertEqual(addressees(prose), ["prefet-de-region to"])
    }

    /// The same list flattened on one line, the services parted by semicolons and the second
    /// préfet introduced again by "à".
    func testFlattenedServicesBetweenSemicolonsKeepTheNextPrefet() {
        let text = """
            NOR : TREX2400002J

            Le ministre de la transition écologique à Mesdames et Messieurs les préfets de région ; direction régionale et interdépartementale de l’environnement, de l’aménagement et des transports (DRIEAT) ; à Mesdames et Messieurs les préfets de département ; direction départementale des territoires et de la mer (DDTM).

            La présente instruction définit les actions prioritaires de l’année.
            """
        XCTAssertEqual(addressees(text), ["prefet-de-region to", "prefet-de-departement to"])
        // Counter-example: an item that opens on no service's name is read as before, a
        // long one ends the block.
        let other = """
            Le ministre de la transition écologique à Mesdames et Messieurs les préfets de région ; pour les territoires où les plans de prévention ont été approuvés depuis plus de dix ans au moins ; à Mesdames et Messieurs les préfets de département.

            La présente instruction définit les actions prioritaires de l’année.
            """
        XCTAssertEqual(addressees(other), ["prefet-de-region to"])
    }

    /// "(BO du MEDD n° 7 du 15 avril 2006)", "(JO du 3 mai 2001)" heading a web copy date the
    /// issue that published the text, not the text.
    func testABulletinsPublicationNoteDoesNotDateTheText() {
        let bo = """
            (BO du MEDD n° 7 du 15 avril 2006)

            La ministre de l’écologie et du développement durable à Mesdames et Messieurs les préfets

            Je vous demande de veiller à l’application de ces dispositions.
            """
        XCTAssertNil(extract(bo).metadata.date)
        let jo = """
            (JO du 3 mai 2001)

            Le Premier ministre à Mesdames et Messieurs les préfets

            Je vous demande de veiller à l’application de ces dispositions.
            """
        XCTAssertNil(extract(jo).metadata.date)
        // Counter-example: the letter's own dateline under the note still dates it.
        let dated = """
            (BO du MEDD n° 7 du 15 avril 2006)

            Paris, le 28 mars 2006

            La ministre de l’écologie et du développement durable à Mesdames et Messieurs les préfets

            Je vous demande de veiller à l’application de ces dispositions.
            """
        XCTAssertEqual(extract(dated).metadata.date, "2006-03-28")
    }

    /// "Instruction DEVK1527727J du Gouvernement du 10 février 2016": the NOR, then the
    /// author, then the date — the instruction of that date, not a bare NOR.
    func testAnInstructionCitedByNORAndAuthorIsItsDate() {
        let text = """
            Vous tiendrez compte de l'instruction TREX1500003J du Gouvernement du 12 mars 2015 relative aux priorités de l'inspection.
            """
        let ids = extract(text).references.map(\.id)
        XCTAssertEqual(ids, ["instruction:2015-03-12"])
        // Counter-example: a NOR with no date after it stays a NOR.
        let bare = "Vous tiendrez compte de l'instruction TREX1500003J relative aux priorités de l'inspection."
        XCTAssertEqual(extract(bare).references.map(\.id), ["nor:TREX1500003J"])
    }

    /// "Dans une circulaire envoyée aux préfets, les ministres demandent de …": the ministers
    /// are the request's subject, no recipient.
    func testMinistersAskingAreNoRecipients() {
        let text = "Dans une circulaire envoyée aux préfets et aux recteurs d'académie, les ministres demandent de recenser les besoins des établissements.\n"
        XCTAssertEqual(addressees(text), ["prefet-de-departement to", "recteur-d-academie to"])
        // Counter-example: the recipients named after the request verb still are.
        let asked = "Les ministres demandent aux préfets de recenser les besoins des établissements.\n"
        XCTAssertEqual(addressees(asked), ["prefet-de-departement to"])
    }
}
