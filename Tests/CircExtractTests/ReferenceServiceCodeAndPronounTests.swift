import CircTestSupport
import CircExtract
import Foundation
import XCTest

/// Rule tests for the social and health ministries' way of citing their circulars — the
/// issuing offices' code, spaced parts and all, before "n°" — and for the pronoun that
/// stands for a text kind just named in a list ("et celle du …").
final class ReferenceServiceCodeAndPronounTests: XCTestCase, ReferenceRuleTesting {
    let snippetDate = "2012-05-01"

    /// "la circulaire DGS/SD 6 C n° 2001-603 du 10 décembre 2001": acronyms, bureau numbers
    /// and letters between the kind and its number are no words of a name.
    func testOfficesCodeBeforeTheNumber() {
        XCTAssertEqual(ids("Je vous rappelle la circulaire DGS/SD 6 C n° 2001-603 du 10 décembre 2001 sur les arrêtés."), ["circulaire:2001-12-10"])
        XCTAssertEqual(ids("selon la note d'information DGS/SP 3 n° 97-817 du 24 décembre 1997"), ["note:1997-12-24"])
        XCTAssertEqual(ids("la circulaire DGS/VS 2 - DH/EO 2 - DSS/1C n° 98-231 du 9 avril 1998 reste applicable"), ["circulaire:1998-04-09"])
        XCTAssertEqual(ids("voir la circulaire DSS/2A/DGAS/1C n° 2007-100 du 5 mars 2007"), ["circulaire:2007-03-05"])
        // The short form too.
        XCTAssertEqual(ids("Circ. DGS/MC4 n° 2011-66 du 11 févr. 2011."), ["circulaire:2011-02-11"])
        // Glued after "n°", a joint instruction's many offices make a long series number.
        XCTAssertEqual(ids("Vu l'instruction interministérielle n° DGS/EA1/DGPR/DGAL/2018/150 du 27 juin 2018 ;"), ["instruction:2018-06-27"])
        XCTAssertEqual(ids("conformément à la circulaire n° DHOS/O2/DGS/6C/2004/44 du 5 février 2004, vous veillerez"), ["circulaire:2004-02-05"])
        // Without a number after it, the code dates nothing.
        XCTAssertEqual(ids("La circulaire DGS/SD 6 C reste en vigueur ; le service DGS/SD 6 C du 3 mars 2010 a répondu."), [])
    }

    /// "la circulaire du 31 octobre 1991 et celle du 14 décembre 1998": "celle", "celui"…
    /// after the list's "et" or comma, before a date or a number, is one more text of the kind.
    func testPronounForTheKindJustNamed() {
        XCTAssertEqual(ids("la circulaire du 31 octobre 1991 et celle du 14 décembre 1998 sont abrogées"), ["circulaire:1991-10-31", "circulaire:1998-12-14"])
        XCTAssertEqual(ids("le décret du 29 avril 2004, celui du 16 juin 2010 et celui du 3 mars 2011"),
                       ["decret:2004-04-29", "decret:2010-06-16", "decret:2011-03-03"])
        XCTAssertEqual(ids("les décrets n° 2004-374 et ceux n° 2010-146"), ["decret:2004-374", "decret:2010-146"])
        // A pronoun with no date or number after it names nothing.
        XCTAssertEqual(ids("la circulaire du 5 mai 2010 et celle que vous avez reçue le 3 juin"), ["circulaire:2010-05-05"])
    }
}
