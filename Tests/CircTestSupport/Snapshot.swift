import Foundation
import Testing

/// Snapshot files: what a test's output was when it was last recorded, under
/// `Tests/Snapshots/`. A test compares its output with the file; `RECORD_SNAPSHOTS=1 swift test
/// --filter …` rewrites the files instead (then `git diff Tests/Snapshots` shows what changed,
/// for a reviewer to accept or refuse).
public enum Snapshot {
    /// Whether this run records (`RECORD_SNAPSHOTS=1`) rather than compares.
    public static var recording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    public static func url(_ name: String) -> URL { Fixtures.snapshots.appendingPathComponent(name) }

    /// Compares `actual` with the snapshot `name` (a path under `Tests/Snapshots/`), or records
    /// it. nil when they agree (or it was recorded); else why not, with a diff to read.
    public static func check(_ actual: String, named name: String) -> String? {
        let file = url(name)
        if recording {
            do {
                try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: file, atomically: true, encoding: .utf8)
                return nil
            } catch {
                return "snapshot \(name): could not record: \(error)"
            }
        }
        guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
            return "snapshot \(name) missing (\(file.path)); record it with RECORD_SNAPSHOTS=1"
        }
        if expected == actual { return nil }
        return "snapshot \(name) differs (− recorded, + now; RECORD_SNAPSHOTS=1 records the new output):\n"
            + diff(expected, actual)
    }

    /// A line diff of two texts: the lines they share at both ends are skipped; what differs in
    /// between is shown as a unified diff (a longest common subsequence) when it is short
    /// enough, else as its first lines on each side. Line numbers are the recorded file's.
    public static func diff(_ old: String, _ new: String, context: Int = 2, maxLines: Int = 60) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false)
        var prefix = 0
        while prefix < a.count && prefix < b.count && a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix && suffix < b.count - prefix && a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let am = Array(a[prefix..<(a.count - suffix)]), bm = Array(b[prefix..<(b.count - suffix)])
        var out: [String] = ["@@ line \(prefix + 1) @@"]
        for l in a[max(0, prefix - context)..<prefix] { out.append("  " + l) }
        if am.count * bm.count <= 250_000 {
            // LCS table from the end: lcs[i][j] = common length of am[i...] and bm[j...].
            var lcs = [[Int]](repeating: [Int](repeating: 0, count: bm.count + 1), count: am.count + 1)
            for i in stride(from: am.count - 1, through: 0, by: -1) {
                for j in stride(from: bm.count - 1, through: 0, by: -1) {
                    lcs[i][j] = am[i] == bm[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
                }
            }
            var i = 0, j = 0
            while i < am.count || j < bm.count {
                if i < am.count && j < bm.count && am[i] == bm[j] { out.append("  " + am[i]); i += 1; j += 1 }
                else if i < am.count && (j == bm.count || lcs[i + 1][j] >= lcs[i][j + 1]) { out.append("- " + am[i]); i += 1 }
                else { out.append("+ " + bm[j]); j += 1 }
            }
        } else {
            for l in am.prefix(maxLines / 2) { out.append("- " + l) }
            if am.count > maxLines / 2 { out.append("- … \(am.count - maxLines / 2) more lines") }
            for l in bm.prefix(maxLines / 2) { out.append("+ " + l) }
            if bm.count > maxLines / 2 { out.append("+ … \(bm.count - maxLines / 2) more lines") }
        }
        for l in a[(a.count - suffix)..<min(a.count, a.count - suffix + context)] { out.append("  " + l) }
        if out.count > maxLines * 2 { out = Array(out.prefix(maxLines * 2)) + ["… \(out.count - maxLines * 2) more diff lines"] }
        return out.joined(separator: "\n")
    }
}

/// Fails the current Swift Testing test with a readable diff when `actual` is not the
/// snapshot `name` (a path under `Tests/Snapshots/`); records it under `RECORD_SNAPSHOTS=1`.
public func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if let failure = Snapshot.check(actual, named: name) {
        Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
    }
}
