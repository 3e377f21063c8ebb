@testable import CircRegistry
import XCTest

final class LineageTests: XCTestCase {
    func testCitedTextsResolveAndPressReportsTheLetter() throws {
        let r = try RegistryFixtures.registry(with: [RegistryFixtures.circular2024, RegistryFixtures.afp2020,
                                                     RegistryFixtures.circular2019, RegistryFixtures.note2015])
        let l = try r.lineage(of: "INTK2428339J")
        let ids = l.cites.map(\.id)
        XCTAssertEqual(Set(ids), ["circulaire:2019-08-16", "circulaire:2020-09-29"])
        let c2019 = try XCTUnwrap(l.cites.first { $0.id == "circulaire:2019-08-16" })
        XCTAssertEqual(c2019.resolved.map(\.date), ["2019-08-16"])
        let c2020 = try XCTUnwrap(l.cites.first { $0.id == "circulaire:2020-09-29" })
        XCTAssertEqual(c2020.resolved.count, 0, "the letter itself is not in the registry")
        XCTAssertEqual(c2020.reportedBy.map(\.document.kind), ["depeche"])
        XCTAssertTrue(c2020.reportedBy[0].reason.contains("mardi"))

        let back = try r.lineage(of: "2019-08-16")
        XCTAssertEqual(back.citedBy.map(\.document.nor), ["INTK2428339J"])

        let afp = try r.lineage(of: "2020-09-30")
        XCTAssertEqual(afp.reports.map(\.id), ["circulaire:2020-09-29"])
        XCTAssertEqual(afp.reports[0].citedBy, [try r.requireDocumentID(matching: "INTK2428339J")])
    }

    func testPressMentionNeedsTheDayAndAnAct() {
        let afp = "Gérald Darmanin a adressé mardi un courrier aux préfets"
        XCTAssertNotNil(PressMention.reason(actDate: "2020-09-29", pressDate: "2020-09-30", pressText: afp))
        XCTAssertNil(PressMention.reason(actDate: "2020-09-28", pressDate: "2020-09-30", pressText: afp), "a Monday is not mardi")
        XCTAssertNil(PressMention.reason(actDate: "2020-09-29", pressDate: "2020-10-30", pressText: afp), "a month later")
        XCTAssertNil(PressMention.reason(actDate: "2020-09-29", pressDate: "2020-09-30", pressText: "Le ministre a parlé mardi"), "no written act")
        XCTAssertNotNil(PressMention.reason(actDate: "2020-09-29", pressDate: "2020-10-02", pressText: "la circulaire du 29 septembre"))
    }
}
