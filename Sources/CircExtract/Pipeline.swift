import CircReader
import CircText
import Crypto
import Foundation

/// The whole way from a file to its registry entry: read → normalise → tokenize → structure
/// → extract. One `Pipeline` is built per process (lexicons load once) and is thread-safe,
/// so ingest can run it on both cores.
public final class Pipeline: Sendable {
    public let lexicons: LexiconStore
    public let reader: DocumentReader

    public init(lexicons: LexiconStore, reader: DocumentReader = DocumentReader()) throws {
        self.lexicons = lexicons
        self.reader = reader
    }

    public convenience init() throws { try self.init(lexicons: LexiconStore.locate()) }

    public func extract(path: String) throws -> CircDocument {
        try extract(try reader.read(path: path))
    }

    public func extract(_ source: SourceDocument) -> CircDocument {
        let digest = SHA256.hash(data: source.bytes).map { String(format: "%02x", $0) }.joined()
        let length = source.text.unicodeScalars.count
        let info = SourceInfo(path: source.path, sha256: digest, format: source.format.rawValue, length: length)
        return CircDocument(source: info, metadata: Metadata())
    }
}
