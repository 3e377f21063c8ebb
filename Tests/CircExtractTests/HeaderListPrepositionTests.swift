import XCTest

/// "à Mesdames et Messieurs les recteurs d'académie ; aux inspecteurs d'académie… ; aux chefs
/// d'établissement", "…, au préfet de police, aux directeurs…": an addressee list that repeats
/// its preposition after each mark names one title per part.
final class HeaderListPrepositionTests: XCTestCase, HeaderRuleTesting {
    func letter(_ block: String) -> String {
        "Le ministre de l'intérieur\n\(block)\n\nObjet : sécurité des établissements\n\nJe vous demande de veiller à la sécurité des élèves.\n"
    }

    func testSemicolonsAndAux() {
        let ids = addressees(letter("à Mesdames et Messieurs les recteurs et rectrices d'académie ; aux inspecteurs et inspectrices d'académie-directeurs et directrices académiques des services de l'éducation nationale ; aux chefs d'établissement"))
        XCTAssertEqual(ids, ["recteur-d-academie to", "inspecteur-d-academie-directeur-academique-des-services-de-l-education-nationale to", "chef-d-etablissement to"])
    }

    func testCommasAndAuAreAListNotAnApposition() {
        let ids = addressees(letter("à Mesdames et Messieurs les préfets de région, au préfet de police, aux directeurs départementaux de la sécurité publique"))
        XCTAssertEqual(ids, ["prefet-de-region to", "prefet-de-police to", "directeur-departemental-de-la-securite-publique to"])
        // One person's two offices in apposition stay one addressee.
        XCTAssertEqual(addressees(letter("à Monsieur le préfet de police, préfet de la zone de défense et de sécurité de Paris")), ["prefet-de-police to"])
        // "au titre de…" after a comma names no title.
        XCTAssertEqual(addressees(letter("à Mesdames et Messieurs les préfets de région, au titre de leurs compétences")), ["prefet-de-region to"])
    }
}
