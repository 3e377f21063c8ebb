import CircContract
import Foundation

/// `circ.diff/1` JSON, with the same encoder as every other output (sorted keys, so the
/// bytes are stable from run to run and diffable themselves).
public enum JSONRenderer {
    public static func render(_ r: DiffReport, pretty: Bool = true) throws -> String {
        let data = try CircDocument.makeEncoder(pretty: pretty).encode(r)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
