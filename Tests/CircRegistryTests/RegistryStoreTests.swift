import CircExtract
@testable import CircRegistry
import XCTest

final class RegistryStoreTests: XCTestCase {
    func testSameContentTwiceIsOneDocument() throws {
        let r = try Registry(path: RegistryFixtures.tempRegistryPath())
        let c = RegistryFixtures.circular2024
        guard case .added(let id, 1, nil) = try r.store(c.document, sourceText: c.text) else { return XCTFail() }
        XCTAssertEqual(try r.store(c.document, sourceText: c.text), .unchanged(id: id))
        XCTAssertEqual(try r.documentSummaries().count, 1)
        XCTAssertEqual(try r.obligations(ObligationFilter()).count, c.document.obligations.count)
    }

    func testChangedTextWithSameNORIsANewVersion() throws {
        let r = try Registry(path: RegistryFixtures.tempRegistryPath())
        let v1 = RegistryFixtures.circular2024
        var v2 = v1
        v2.document.obligations.removeLast()
        v2.document.source.sha256 = RegistryFixtures.sha(v1.text + " modifié")
        guard case .added(let id1, 1, nil) = try r.store(v1.document, sourceText: v1.text),
              case .added(let id2, 2, let sup) = try r.store(v2.document, sourceText: v2.text + " modifié") else { return XCTFail() }
        XCTAssertEqual(sup, id1)
        let docs = try r.documentSummaries()
        XCTAssertEqual(docs.first { $0.id == id1 }?.supersededBy, id2)
        // The NOR names the newest version; queries see only current obligations unless asked.
        XCTAssertEqual(try r.documentID(matching: "INTK2428339J"), id2)
        XCTAssertEqual(try r.obligations(ObligationFilter()).count, v2.document.obligations.count)
        var all = ObligationFilter(); all.includeSuperseded = true
        XCTAssertEqual(try r.obligations(all).count, v1.document.obligations.count + v2.document.obligations.count)
    }

    func testDocumentMatchingEveryKindOfKey() throws {
        let c = RegistryFixtures.circular2024, n = RegistryFixtures.note2015
        let r = try RegistryFixtures.registry(with: [c, n])
        let idC = try XCTUnwrap(r.documentID(matching: "INTK2428339J"))
        XCTAssertEqual(try r.document(matching: "intk2428339j")?.metadata.date, "2024-10-28")
        XCTAssertEqual(try r.document(matching: "2015-02-19")?.metadata.kind, .note)
        XCTAssertEqual(try r.document(matching: String(idC))?.metadata.nor, "INTK2428339J")
        XCTAssertEqual(try r.document(matching: String(c.document.source.sha256.prefix(10)))?.metadata.nor, "INTK2428339J")
        XCTAssertNil(try r.document(matching: "1999-01-01"))
        XCTAssertNil(try r.document(matching: "999"))
        XCTAssertNil(try r.document(matching: "NOPE0000000X"))
        XCTAssertEqual(try r.document(matching: "INTK2428339J"), c.document, "stored whole, read back equal")
    }

    func testTwoDocumentsOnOneDateAreAmbiguous() throws {
        var other = RegistryFixtures.note2015
        other.document.metadata.date = "2024-10-28"
        let r = try RegistryFixtures.registry(with: [RegistryFixtures.circular2024, other])
        XCTAssertThrowsError(try r.document(matching: "2024-10-28")) { e in
            guard case .ambiguousDocument? = e as? RegistryError else { return XCTFail("\(e)") }
        }
    }

    func testReopeningKeepsEverythingAndReadOnlyCannotWrite() throws {
        let path = RegistryFixtures.tempRegistryPath()
        let c = RegistryFixtures.circular2024
        try Registry(path: path).store(c.document, sourceText: c.text)
        let ro = try Registry(path: path, readOnly: true)
        XCTAssertEqual(try ro.documentSummaries().count, 1)
        XCTAssertEqual(try ro.integrityCheck(), ["ok"])
        XCTAssertThrowsError(try ro.store(RegistryFixtures.note2015.document, sourceText: "x")) { e in
            XCTAssertEqual(e as? RegistryError, .readOnly(path: path))
        }
    }
}
