import CircReader

/// The SHA-256 of a document's bytes, in lowercase hex: its identity in the registry (the
/// same content twice is one document) and in `source.sha256`.
public enum ContentDigest {
    public static func sha256(_ bytes: [UInt8]) -> String { SourceDocument.digest(bytes) }
}
