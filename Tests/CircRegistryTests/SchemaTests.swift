import CircTestSupport
import Foundation
@testable import CircRegistry
import XCTest

final class SchemaTests: XCTestCase {
    /// Every schema file of the checkout is served under its name (the bundle's copy).
    func testEverySchemaFileIsAvailable() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Fixtures.root.appendingPathComponent("Schemas").path)
            .filter { $0.hasSuffix(".schema.json") }
        XCTAssertFalse(files.isEmpty)
        for f in files { XCTAssertTrue(SchemaStore.available().contains(String(f.dropLast(".schema.json".count))), f) }
    }

    func testNamesResolve() {
        for n in ["document", "circ.document/1", "circ.document-1", "circ.document-1.schema.json"] {
            XCTAssertEqual(SchemaStore.fileName(for: n), "circ.document-1.schema.json", n)
            XCTAssertNotNil(SchemaStore.text(for: n))
        }
        XCTAssertNil(SchemaStore.text(for: "nonsense"))
    }

    /// The export of hand-built documents (every optional field exercised) validates.
    func testExportValidatesAgainstTheSchemas() throws {
        let r = try RegistryFixtures.registry(with: [RegistryFixtures.circular2024, RegistryFixtures.note2015, RegistryFixtures.afp2020])
        var out = ""
        try r.export(format: .json) { out += $0 }
        let file = Fixtures.tempFile("export", ext: "json")
        try Data(out.utf8).write(to: file)
        let (status, message) = try SchemaValidation.validate(file.path, schemasDir: Fixtures.root.appendingPathComponent("Schemas").path)
        XCTAssertEqual(status, 0, message)
        // And it really is checked: a broken document fails.
        let broken = out.replacingOccurrences(of: "\"modality\":\"obligation\"", with: "\"modality\":\"maybe\"")
        try Data(broken.utf8).write(to: file)
        XCTAssertNotEqual(try SchemaValidation.validate(file.path, schemasDir: Fixtures.root.appendingPathComponent("Schemas").path).0, 0)
    }
}

/// Validates a circ.registry/1 file with python3's `jsonschema` (draft 2020-12), resolving
/// the registry schema's `$ref` to the document schema by its `$id`.
enum SchemaValidation {
    static let script = """
    import json, sys, jsonschema
    from referencing import Registry, Resource
    d = sys.argv[2]
    doc = json.load(open(d + '/circ.document-1.schema.json'))
    reg = json.load(open(d + '/circ.registry-1.schema.json'))
    store = Registry().with_resources([(s['$id'], Resource.from_contents(s)) for s in (doc, reg)])
    v = jsonschema.Draft202012Validator(reg, registry=store)
    errors = list(v.iter_errors(json.load(open(sys.argv[1]))))
    for e in errors[:5]: print(list(e.absolute_path), e.message[:200])
    sys.exit(1 if errors else 0)
    """

    static func validate(_ path: String, schemasDir: String) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", "-c", script, path, schemasDir]
        let pipe = Pipe()
        p.standardOutput = pipe; p.standardError = pipe
        try p.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
