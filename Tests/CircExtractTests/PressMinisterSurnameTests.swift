import CircTestSupport
import CircExtract
import CircReader
import XCTest

/// Rule test of the press round on items that name the minister by his surname alone
/// ("Retailleau demande aux préfets…", "la circulaire Retailleau"): the surname of one
/// minister of the `ministers` table is the signatory as written, and his ministry the
/// emitter. The counter-example is a namesake with a first name.
final class PressMinisterSurnameTests: XCTestCase, HeaderRuleTesting {
    func testAMinisterNamedBySurnameAlone() {
        let text = """
            Sécurité des fêtes : nouvelles consignes

            Dans un télégramme envoyé lundi, Retailleau demande aux préfets de renforcer la présence des forces de l'ordre aux abords des lieux de culte.
            """
        let m = extract(text).metadata
        XCTAssertEqual(m.signatory, "Retailleau")
        XCTAssertEqual(m.emitter, "ministre-de-l-interieur")
        // Counter-example: "Marie Retailleau", a first name before the surname, is someone else.
        let namesake = """
            Sécurité des fêtes : nouvelles consignes

            Dans un télégramme envoyé lundi, le gouvernement demande aux préfets de renforcer la présence des forces de l'ordre. Marie Retailleau, porte-parole d'une association de riverains, salue la mesure.
            """
        XCTAssertNil(extract(namesake).metadata.signatory)
        // Counter-example: "la circulaire Valls" names a text after its author, no signer.
        let eponym = """
            Régularisations : ce qui change

            La circulaire Valls de 2012 a été abrogée en janvier. Les préfets appliquent désormais des critères plus stricts.
            """
        XCTAssertNil(extract(eponym).metadata.signatory)
    }

    /// An undated item naming a minister who held two ministries ("Darmanin": the Interior,
    /// then the Justice): the one its recipients answer to.
    func testAnUndatedMinisterOfTwoMinistriesByHisRecipients() {
        let prefets = """
            Lieux de culte : des consignes renforcées

            Dans une note, Darmanin demande aux préfets une vigilance renforcée aux abords des écoles.
            """
        XCTAssertEqual(extract(prefets).metadata.emitter, "ministre-de-l-interieur")
        // Counter-example: the same name writing to the parquets is the Justice's.
        let parquets = """
            Stupéfiants : des consignes renforcées

            Dans une dépêche, Darmanin demande aux procureurs de la République une réponse pénale systématique.
            """
        XCTAssertEqual(extract(parquets).metadata.emitter, "ministre-de-la-justice")
    }
}
