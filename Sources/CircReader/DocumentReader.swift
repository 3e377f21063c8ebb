import Crypto
import Foundation
import Synchronization

/// How a file's bytes were turned into text. The format decides which markup the
/// normaliser strips; the text it carries is "the source as read" that spans index into.
public enum SourceFormat: String, Sendable, Codable, CaseIterable {
    case text = "txt"
    case markdown
    case html
    case pdf
}

/// A document's text as read, before any normalisation.
public struct SourceDocument: Sendable {
    public let path: String
    public let text: String
    public let format: SourceFormat
    /// SHA-256 (lowercase hex) of the file's bytes — for a PDF, of the text pdftotext gave.
    /// Computed on reading so that the bytes need not be kept beside the text.
    public let sha256: String

    public init(path: String, text: String, format: SourceFormat, bytes: [UInt8]? = nil) {
        self.path = path; self.text = text; self.format = format
        if let bytes { sha256 = Self.digest(bytes) } else { var t = text; sha256 = t.withUTF8 { Self.digest($0) } }
    }

    /// The digest circ records as `source.sha256` and the registry keys documents by.
    public static func digest<D: DataProtocol>(_ bytes: D) -> String {
        SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
    }
}

/// Why a file is not a document. Each case renders as one line for stderr.
public enum ReadError: Error, CustomStringConvertible, Equatable, Sendable {
    case notFound(String)
    case isDirectory(String)
    case unreadable(String, String)
    case empty(String)
    case invalidUTF8(String, offset: Int)
    case binary(String, offset: Int)
    case pdfToolMissing(String)
    case pdfNoText(String)
    case pdfFailed(String, String)
    case tooLarge(String, Int)

    public var description: String {
        switch self {
        case .notFound(let p): return "\(p): no such file"
        case .isDirectory(let p): return "\(p): is a directory, not a document"
        case .unreadable(let p, let why): return "\(p): cannot be read (\(why))"
        case .empty(let p): return "\(p): empty document (no text)"
        case .invalidUTF8(let p, let o): return "\(p): not valid UTF-8 (invalid byte at offset \(o)); convert it to UTF-8 first"
        case .binary(let p, let o): return "\(p): binary file, not a text document (NUL byte at offset \(o))"
        case .pdfToolMissing(let p): return "\(p): reading PDF needs pdftotext (Debian package poppler-utils), which is not installed"
        case .pdfNoText(let p): return "\(p): the PDF has no text layer (scanned image?); run OCR first"
        case .pdfFailed(let p, let why): return "\(p): pdftotext failed: \(why)"
        case .tooLarge(let p, let n): return "\(p): \(n) bytes is over the 512 MB limit"
        }
    }
}

/// Reads files into `SourceDocument`s and refuses what is not a document, never trapping.
public struct DocumentReader: Sendable {
    public static let maxBytes = 512 * 1024 * 1024
    /// Where to look for pdftotext; `PATH` is searched when nil.
    public var pdftotext: String?

    public init(pdftotext: String? = nil) { self.pdftotext = pdftotext }

    public func read(path: String) throws -> SourceDocument {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw ReadError.notFound(path) }
        if isDir.boolValue { throw ReadError.isDirectory(path) }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw ReadError.unreadable(path, (error as NSError).localizedDescription)
        }
        if data.count > Self.maxBytes { throw ReadError.tooLarge(path, data.count) }
        let bytes = [UInt8](data)
        if bytes.starts(with: Array("%PDF-".utf8)) { return try readPDF(path: path) }
        let format = Self.format(forPath: path, bytes: bytes)
        let text = try Self.decode(bytes, path: path)
        return SourceDocument(path: path, text: text, format: format, bytes: bytes)
    }

    /// Reads text already in memory (tests, stdin), with the same checks as a file.
    public func read(bytes: [UInt8], path: String, format: SourceFormat? = nil) throws -> SourceDocument {
        let text = try Self.decode(bytes, path: path)
        return SourceDocument(path: path, text: text, format: format ?? Self.format(forPath: path, bytes: bytes), bytes: bytes)
    }

    static func format(forPath path: String, bytes: [UInt8]) -> SourceFormat {
        let ext = (path as NSString).pathExtension.lowercased()
        switch ext {
        case "html", "htm", "xhtml": return .html
        case "md", "markdown": return .markdown
        case "pdf": return .pdf
        default:
            // Sniff: an HTML page saved as .txt still starts with a tag.
            let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
            if head.contains("<!doctype html") || head.contains("<html") { return .html }
            return .text
        }
    }

    /// Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM; refuses anything else
    /// with the offset of the first bad byte, because a silently mis-decoded legal text
    /// would quote the wrong words.
    public static func decode(_ bytes: [UInt8], path: String) throws -> String {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes, path: path, littleEndian: bytes[0] == 0xFF)
        }
        var body = bytes[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { body = bytes[3...] }
        if let nul = body.firstIndex(of: 0) { throw ReadError.binary(path, offset: nul) }
        if let bad = firstInvalidUTF8(body) {
            guard isCutSequence(body[(body.startIndex + bad)...]) else { throw ReadError.invalidUTF8(path, offset: bad) }
            body = body[..<(body.startIndex + bad)]
        }
        let text = String(decoding: body, as: UTF8.self)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw ReadError.empty(path) }
        return text
    }

    static func decodeUTF16(_ bytes: [UInt8], path: String, littleEndian: Bool) throws -> String {
        guard bytes.count % 2 == 0 else { throw ReadError.invalidUTF8(path, offset: bytes.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            let u = littleEndian ? UInt16(bytes[i]) | UInt16(bytes[i + 1]) << 8 : UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1])
            if u == 0 { throw ReadError.binary(path, offset: i) }
            units.append(u); i += 2
        }
        var out = String.UnicodeScalarView()
        var it = units.makeIterator()
        var decoder = UTF16()
        var index = 2
        loop: while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): out.append(s); index += s.value > 0xFFFF ? 4 : 2
            case .emptyInput: break loop
            case .error: throw ReadError.invalidUTF8(path, offset: index)
            }
        }
        let text = String(out)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw ReadError.empty(path) }
        return text
    }

    /// Whether `tail` is the start of one multi-byte character the file ends inside: a lead
    /// byte followed by fewer continuation bytes than it announces. Excerpts cut at a byte
    /// count and interrupted downloads end so; the character is lost either way, and refusing
    /// the whole text for it would lose everything before it. Any other bad byte still refuses.
    public static func isCutSequence(_ tail: ArraySlice<UInt8>) -> Bool {
        guard let lead = tail.first else { return false }
        let need: Int
        switch lead {
        case 0xC2...0xDF: need = 1
        case 0xE0...0xEF: need = 2
        case 0xF0...0xF4: need = 3
        default: return false
        }
        return tail.count <= need && tail.dropFirst().allSatisfy { $0 & 0xC0 == 0x80 }
    }

    /// Byte offset of the first byte that is not part of well-formed UTF-8, or nil.
    public static func firstInvalidUTF8(_ b: ArraySlice<UInt8>) -> Int? {
        var i = b.startIndex
        let end = b.endIndex
        while i < end {
            let c = b[i]
            if c < 0x80 { i += 1; continue }
            var need = 0
            var min: UInt32 = 0
            var v: UInt32 = 0
            switch c {
            case 0xC2...0xDF: need = 1; min = 0x80; v = UInt32(c & 0x1F)
            case 0xE0...0xEF: need = 2; min = 0x800; v = UInt32(c & 0x0F)
            case 0xF0...0xF4: need = 3; min = 0x10000; v = UInt32(c & 0x07)
            default: return i - b.startIndex
            }
            if i + need >= end { return i - b.startIndex }
            for k in 1...need {
                let cc = b[i + k]
                if cc & 0xC0 != 0x80 { return i - b.startIndex }
                v = v << 6 | UInt32(cc & 0x3F)
            }
            if v < min || v > 0x10FFFF || (0xD800...0xDFFF).contains(v) { return i - b.startIndex }
            i += need + 1
        }
        return nil
    }

    func readPDF(path: String) throws -> SourceDocument {
        guard let tool = pdftotext ?? Self.which("pdftotext") else { throw ReadError.pdfToolMissing(path) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = ["-layout", "-enc", "UTF-8", path, "-"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out; p.standardError = err
        do { try p.run() } catch { throw ReadError.pdfToolMissing(path) }
        // Drain both pipes before waiting, or a large PDF fills the pipe and deadlocks.
        final class Box: Sendable { let data = Mutex(Data()) }
        let errBox = Box()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async {
            let data = err.fileHandleForReading.readDataToEndOfFile()
            errBox.data.withLock { $0 = data }
            group.leave()
        }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        let errData = errBox.data.withLock { $0 }
        p.waitUntilExit()
        let errText = String(decoding: errData, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "exit \(p.terminationStatus)"
        if p.terminationStatus != 0 {
            if errText.lowercased().contains("incorrect password") || errText.lowercased().contains("encrypted") {
                throw ReadError.pdfFailed(path, "the PDF is encrypted")
            }
            throw ReadError.pdfFailed(path, errText)
        }
        let bytes = [UInt8](outData)
        let text = String(decoding: bytes, as: UTF8.self)
        let visible = text.unicodeScalars.contains { !$0.properties.isWhitespace && $0 != "\u{0C}" }
        if !visible { throw ReadError.pdfNoText(path) }
        return SourceDocument(path: path, text: text, format: .pdf, bytes: bytes)
    }

    static func which(_ name: String) -> String? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for dir in paths {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
