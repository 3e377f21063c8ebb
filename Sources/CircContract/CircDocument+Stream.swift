import Foundation

extension CircDocument {
    /// Writes exactly the bytes of `makeEncoder(pretty:).encode(self)`, one top-level field
    /// and one array element at a time.
    ///
    /// Why: JSONEncoder builds a tree of the whole document before it writes a byte, and the
    /// JSON of a dense text is itself up to ten times the text (every obligation quotes its
    /// sentence and carries spans); encoding at once took 4× the input's own cost on a 5 MB
    /// file. Streamed, the peak is the largest single element. `StreamedJSONTests` checks the
    /// bytes against the whole-document encoding and that every stored property is written.
    public func writeJSON(pretty: Bool = true, to emit: (Data) throws -> Void) throws {
        let encoder = Self.makeEncoder(pretty: pretty)
        try withoutActuallyEscaping(emit) { emit in
            var w = FieldWriter(encoder: encoder, pretty: pretty, emit: emit)
            try emit(Data("{".utf8))
            // Sorted, as `.sortedKeys` writes them.
            try w.array("addressees", addressees)
            try w.array("deadlines", deadlines)
            try w.array("durations", durations)
            try w.array("footnotes", footnotes)
            try w.value("metadata", metadata)
            try w.array("obligations", obligations)
            try w.array("references", references)
            try w.value("schema", schema)
            try w.array("sections", sections)
            try w.value("source", source)
            try w.array("warnings", warnings)
            try emit(Data((pretty ? "\n}" : "}").utf8))
        }
    }

    /// The top-level keys `writeJSON` writes, for the test that no stored property is missed.
    public static let streamedKeys = ["addressees", "deadlines", "durations", "footnotes", "metadata", "obligations",
                               "references", "schema", "sections", "source", "warnings"]
}

/// Writes `"key" : value` pairs of a top-level object, re-indenting each value's own
/// pretty encoding to its depth (JSON strings hold no raw newline, so every newline in an
/// encoding is layout).
private struct FieldWriter {
    let encoder: JSONEncoder
    let pretty: Bool
    let emit: (Data) throws -> Void
    var first = true

    init(encoder: JSONEncoder, pretty: Bool, emit: @escaping (Data) throws -> Void) {
        self.encoder = encoder; self.pretty = pretty; self.emit = emit
    }

    mutating func key(_ name: String) throws {
        let sep = first ? "" : ","
        first = false
        try emit(Data((pretty ? "\(sep)\n  \"\(name)\" : " : "\(sep)\"\(name)\":").utf8))
    }

    mutating func value<T: Encodable>(_ name: String, _ v: T) throws {
        try key(name)
        try emit(indented(try encoder.encode(v), by: 2, first: false))
    }

    mutating func array<T: Encodable>(_ name: String, _ items: [T]) throws {
        if let obligations = items as? [Obligation] { return try self.obligations(name, obligations) }
        try key(name)
        guard pretty else {
            try emit(Data("[".utf8))
            for (i, item) in items.enumerated() {
                if i > 0 { try emit(Data(",".utf8)) }
                try emit(try encoder.encode(item))
            }
            return try emit(Data("]".utf8))
        }
        if items.isEmpty { return try emit(Data("[\n\n  ]".utf8)) }
        try emit(Data("[\n".utf8))
        for (i, item) in items.enumerated() {
            if i > 0 { try emit(Data(",\n".utf8)) }
            try emit(indented(try encoder.encode(item), by: 4, first: true))
        }
        try emit(Data("\n  ]".utf8))
    }

    /// The obligations, written by `ObligationJSON` into chunks of about 64 KB: the
    /// same bytes as `array`, without an encoder pass and an emit per obligation.
    mutating func obligations(_ name: String, _ items: [Obligation]) throws {
        try key(name)
        if items.isEmpty { return try emit(Data((pretty ? "[\n\n  ]" : "[]").utf8)) }
        let writer = ObligationJSON(encoder: encoder, pretty: pretty)
        var buf: [UInt8] = []
        buf.reserveCapacity(1 << 16 + 4096)
        buf.append(0x5B)
        if pretty { buf.append(0x0A) }
        for (i, o) in items.enumerated() {
            if i > 0 { buf.append(0x2C); if pretty { buf.append(0x0A) } }
            try writer.append(o, indent: 4, to: &buf)
            if buf.count >= 1 << 16 { try emit(Data(buf)); buf.removeAll(keepingCapacity: true) }
        }
        if pretty { buf.append(contentsOf: Array("\n  ".utf8)) }
        buf.append(0x5D)
        try emit(Data(buf))
    }

    /// Adds `by` spaces after every newline that does not start a blank line (the encoder
    /// leaves the inside of an empty array or object blank), and before the first line if asked.
    func indented(_ data: Data, by n: Int, first: Bool) -> Data {
        guard pretty else { return data }
        let pad = [UInt8](repeating: 0x20, count: n)
        var out = [UInt8]()
        out.reserveCapacity(data.count + data.count / 4)
        if first { out.append(contentsOf: pad) }
        data.withUnsafeBytes { (b: UnsafeRawBufferPointer) in
            var start = 0
            for i in 0..<b.count where b[i] == 0x0A {
                out.append(contentsOf: b[start...i])
                start = i + 1
                if start < b.count, b[start] != 0x0A { out.append(contentsOf: pad) }
            }
            out.append(contentsOf: b[start...])
        }
        return Data(out)
    }
}
