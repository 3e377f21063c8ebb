import CircExtract
@testable import CircRegistry
import XCTest

/// Each filter against the fixtures; expected rows are computed from the fixture documents
/// with plain Swift predicates, not written down by hand.
final class ObligationQueryTests: XCTestCase {
    var registry: Registry!
    let docs = [RegistryFixtures.circular2024, RegistryFixtures.note2015, RegistryFixtures.afp2020, RegistryFixtures.circular2019]

    override func setUpWithError() throws { registry = try RegistryFixtures.registry(with: docs) }

    func texts(_ f: ObligationFilter) throws -> Set<String> { Set(try registry.obligations(f).map(\.text)) }

    func expected(_ pred: (CircDocument, Obligation) -> Bool) -> Set<String> {
        Set(docs.flatMap { d in d.document.obligations.filter { pred(d.document, $0) }.map(\.text) })
    }

    func testRefAsWrittenFindsTheProlongationReminder() throws {
        for input in ["L. 742-5", "article L742-5 du CESEDA", "CESEDA:L742-5"] {
            var f = ObligationFilter(); f.ref = input
            let got = try texts(f)
            XCTAssertEqual(got, expected { $1.references.contains("CESEDA:L742-5") }, input)
            XCTAssertTrue(got.contains { $0.contains("prolongation") }, input)
        }
        var other = ObligationFilter(); other.ref = "CPP:742-5"
        XCTAssertEqual(try texts(other), [], "another code's article of the same number is not it")
    }

    func testCodeFilter() throws {
        var f = ObligationFilter(); f.code = "ceseda"
        XCTAssertEqual(try texts(f), expected { _, o in o.references.contains { $0.hasPrefix("CESEDA:") } })
        f.code = "XYZ"
        XCTAssertThrowsError(try texts(f)) { XCTAssertEqual(($0 as? RegistryError)?.exitCode, 2) }
    }

    func testAddresseeWordsResolveToSlugsAndVousMeansTheToAddressees() throws {
        var f = ObligationFilter(); f.addressee = "préfets de département"
        let want = expected { d, o in
            o.actor == "prefet-de-departement"
                || (o.actor == "addressees" && d.addressees.contains { $0.id == "prefet-de-departement" && $0.role == .to })
        }
        XCTAssertEqual(try texts(f), want)
        XCTAssertFalse(want.isEmpty)
        f.addressee = "prefet-de-region"
        XCTAssertEqual(try texts(f), expected { d, o in o.actor == "addressees" && d.addressees.contains { $0.id == "prefet-de-region" } })
        // A cc addressee is not who must act.
        f.addressee = "Directeur général des étrangers en France"
        XCTAssertEqual(try texts(f), [])
        f.addressee = "maire"
        XCTAssertThrowsError(try texts(f)) { e in
            guard case .badFilter(_, _, let valid)? = e as? RegistryError else { return XCTFail() }
            XCTAssertTrue(valid.contains("prefet-de-police"))
        }
    }

    func testDeadlineWordsRangesAndValues() throws {
        var f = ObligationFilter(); f.deadline = "monthly"
        XCTAssertEqual(try texts(f), expected { $1.deadlines.contains("R/P1M") })
        f.deadline = "quarterly"
        XCTAssertEqual(try texts(f), expected { $1.deadlines.contains("R/P3M") })
        f.deadline = "asap"
        XCTAssertEqual(try texts(f), expected { $1.deadlines.contains("asap") })
        f.deadline = "2015-03-01..2015-03-31"
        XCTAssertEqual(try texts(f), expected { $1.deadlines.contains("2015-03-13") })
        f.deadline = "2015-04-01..2015-04-30"
        XCTAssertEqual(try texts(f), [])
        for bad in ["fortnightly", "2015-03-31..2015-03-01", "2015-02-30"] {
            f.deadline = bad
            XCTAssertThrowsError(try texts(f), bad)
        }
    }

    func testModalityKindDatesAndDoc() throws {
        var f = ObligationFilter(); f.modality = "permission"
        XCTAssertEqual(try texts(f), expected { $1.modality == .permission })
        f = ObligationFilter(); f.kind = "depeche"
        XCTAssertEqual(try texts(f), expected { d, _ in d.metadata.kind == .depeche })
        f = ObligationFilter(); f.since = "2020"; f.until = "2020-12-31"
        XCTAssertEqual(try texts(f), expected { d, _ in (d.metadata.date ?? "") >= "2020" && (d.metadata.date ?? "") <= "2020-12-31" })
        f = ObligationFilter(); f.doc = "INTK2428339J"
        XCTAssertEqual(try texts(f), Set(RegistryFixtures.circular2024.document.obligations.map(\.text)))
        f = ObligationFilter(); f.doc = "NOSUCHNOR"
        XCTAssertThrowsError(try texts(f)) { XCTAssertEqual($0 as? RegistryError, .unknownDocument(key: "NOSUCHNOR")) }
        f = ObligationFilter(); f.since = "last week"
        XCTAssertThrowsError(try texts(f)) { XCTAssertEqual(($0 as? RegistryError)?.exitCode, 2) }
    }

    func testFiltersCombine() throws {
        var f = ObligationFilter(); f.deadline = "monthly"; f.kind = "note"
        XCTAssertEqual(try texts(f), expected { d, o in d.metadata.kind == .note && o.deadlines.contains("R/P1M") })
        f.limit = 1
        XCTAssertEqual(try registry.obligations(f).count, 1)
    }

    func testSearchIsCaseAccentAndEndingInsensitive() throws {
        for q in ["retention", "RÉTENTIONS", "retenues"] {
            var f = ObligationFilter(); f.search = q
            let got = try texts(f)
            XCTAssertEqual(got, expected { _, o in
                let w = FrenchFolding.words(o.text)
                return w.contains { $0.hasPrefix("retention") || $0.hasPrefix("retenu") }
            }, q)
            XCTAssertEqual(got.count, 2, q)
        }
        var f = ObligationFilter(); f.search = "prolongation rétention"
        XCTAssertEqual(try texts(f).count, 1)
        f.search = "prolongation OR tableau"
        XCTAssertEqual(try texts(f).count, 2)
    }

    func testFTSSyntaxNeverReachesSQLite() throws {
        for q in ["\"", "*", "NEAR(rétention, 2)", "rétention OR", "OR", "(", ")", "-rétention", "rétention\"",
                  "stems:retention", "^x", "a AND NOT b", "'; DROP TABLE obligations; --", "\"unterminated",
                  "x*y*", "🙂", "{stems}: x", "rétention NOT", "AND", "NEAR"] {
            var f = ObligationFilter(); f.search = q
            XCTAssertNoThrow(try registry.obligations(f), q)
        }
        XCTAssertEqual(try registry.obligations(ObligationFilter()).count, docs.map(\.document.obligations.count).reduce(0, +),
                       "the table is still there")
    }

    func testEveryUserValueIsBound() throws {
        var f = ObligationFilter()
        f.addressee = "prefet-de-police"; f.ref = "L. 742-5"; f.code = "CESEDA"; f.modality = "prohibition"
        f.deadline = "monthly"; f.since = "2000"; f.until = "2030"; f.kind = "circulaire"; f.doc = "INTK2428339J"
        f.search = "'; DROP TABLE x; --"; f.limit = 5
        let (sql, args) = try registry.obligationSQL(f)
        for v in ["prefet-de-police", "L742-5", "CESEDA", "prohibition", "R/P1M", "2000", "circulaire", "DROP"] {
            XCTAssertFalse(sql.contains(v), "\(v) spliced into SQL")
        }
        XCTAssertEqual(sql.filter { $0 == "?" }.count, args.count)
    }

    /// The date-order walk and every driven plan return the same rows in the same order.
    func testEveryPlanGivesTheSameRows() throws {
        var f = ObligationFilter()
        f.ref = "L. 742-5"; f.search = "rétention"
        var g = ObligationFilter()
        g.deadline = "monthly"; g.addressee = "préfets de département"
        var h = ObligationFilter()
        h.deadline = "2015-01-01..2015-12-31"; h.search = "bilan OR tableau"; h.limit = 1
        for filter in [f, g, h] {
            let walk = try registry.obligations(filter, driver: nil)
            for d in 0..<(try registry.obligationPlan(filter).drivers.count) {
                XCTAssertEqual(try registry.obligations(filter, driver: d).map(\.id), walk.map(\.id))
            }
            XCTAssertFalse(walk.isEmpty)
        }
    }
}
