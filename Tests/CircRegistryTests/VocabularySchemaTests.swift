import CircContract
import CircRegistry
import Foundation
import Testing

/// The Swift vocabularies (`Modality`, `DocumentKind`…) and the `circ.document/1` JSON
/// Schema name the same values: a value added to one and not the other fails here.
@Suite struct VocabularySchemaTests {
    /// The `enum` list at a path of object keys in the document schema.
    func schemaValues(_ path: [String]) throws -> Set<String> {
        let text = try #require(SchemaStore.text(for: "document"))
        var node = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        for key in path { node = try #require(node[key] as? [String: Any], "\(path)") }
        return Set(try #require(node["enum"] as? [String], "\(path)"))
    }

    func values<V: ContractVocabulary>(_: V.Type) -> Set<String> { Set(V.allCases.map(\.rawValue)) }

    @Test func vocabulariesMatchTheSchema() throws {
        #expect(values(DocumentKind.self) == (try schemaValues(["properties", "metadata", "properties", "kind"])))
        #expect(values(AddresseeRole.self) == (try schemaValues(["properties", "addressees", "items", "properties", "role"])))
        #expect(values(ReferenceKind.self) == (try schemaValues(["properties", "references", "items", "properties", "kind"])))
        #expect(values(DeadlineKind.self) == (try schemaValues(["properties", "deadlines", "items", "properties", "kind"])))
        #expect(values(Modality.self) == (try schemaValues(["properties", "obligations", "items", "properties", "modality"])))
    }

    /// A case reads as its contract string wherever it is printed or encoded.
    @Test func casesPrintAndEncodeAsTheContractWrites() throws {
        #expect("\(ReferenceKind.codeArticle)" == "code-article")
        let json = try JSONEncoder().encode([ReferenceKind.courtRuling])
        #expect(String(decoding: json, as: UTF8.self) == #"["court-ruling"]"#)
        #expect(try JSONDecoder().decode([Modality].self, from: Data(#"["reminder"]"#.utf8)) == [.reminder])
    }
}
