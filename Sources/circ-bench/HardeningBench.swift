import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Issue 6, item 5: the memory `circ extract` needs for a 50 MB file. The built `circ` (beside
/// this executable) runs as a child on a generated file; its peak RSS is its own `VmHWM`
/// (`/proc/<pid>/status`, read every 5 ms while it runs). Not `wait4`'s `ru_maxrss`: Linux
/// carries the parent's high-water mark (this process holds the 50 MB text) into the child
/// across `exec`.
///
/// Figures: `extract_peak_mb` (Corpus texts repeated to 50 MB, lines kept: a long circular),
/// `extract_50mb_s` its wall time, `extract_peak_ratio` peak RSS / input size, and the same
/// peak for the 50 MB single line (`extract_peak_mb_one_line`). Then the hostile shapes of
/// `HostileInputTests` at 5 MB, where fixed costs no longer hide what grows with the input:
/// `hostile_<shape>_ratio` is (peak − the peak on a tiny document) / input size, the issue's
/// "10× its size".
enum HardeningBench {
    static let inputBytes = 50_000_000

    static func run(_ corpus: BenchCorpus) throws {
        guard let circ = circBinary() else { throw BenchError("circ not found beside \(CommandLine.arguments[0]); build the circ product too") }
        let texts = try corpus.files.filter { $0.pathExtension == "txt" }.map { try String(contentsOf: $0, encoding: .utf8) }
        guard !texts.isEmpty else { throw BenchError("no .txt file in \(corpus.root.path)") }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("circ-hardening-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }

        let lines = dir.appendingPathComponent("fifty-mb.txt")
        try generate(texts.joined(separator: "\n\n") + "\n\n", to: lines)
        let m = try measure(circ, lines)
        figure("extract_peak_mb", m.peakMB, "MB")
        figure("extract_50mb_s", m.seconds, "s")
        figure("extract_peak_ratio", m.peakMB * 1_048_576 / Double(inputBytes), "x")

        let oneLine = dir.appendingPathComponent("fifty-mb-one-line.txt")
        try generate(texts.joined(separator: " ").split(whereSeparator: \.isNewline).joined(separator: " ") + " ", to: oneLine)
        let o = try measure(circ, oneLine)
        figure("extract_peak_mb_one_line", o.peakMB, "MB")
        figure("extract_50mb_one_line_s", o.seconds, "s")
        try? FileManager.default.removeItem(at: lines)
        try? FileManager.default.removeItem(at: oneLine)

        // Issue 11: "Vous veillerez à " on one line to 54 MB (3.2 million markers), the
        // memory rule's bar (baseline + 8 MB + 10× the input) and 20 s.
        let dense = dir.appendingPathComponent("dense-54mb.txt")
        let denseSize = try generate(denseUnit, to: dense, bytes: denseBytes)
        let d = try measure(circ, dense)
        figure("extract_dense_54mb_s", d.seconds, "s")
        figure("extract_dense_54mb_peak_mb", d.peakMB, "MB")
        figure("extract_dense_54mb_peak_ratio", d.peakMB * 1_048_576 / Double(denseSize), "x")
        try? FileManager.default.removeItem(at: dense)

        let tiny = dir.appendingPathComponent("tiny.txt")
        try Data("Objet : test.\nLe préfet doit notifier la décision avant le 1er mars 2025.\n".utf8).write(to: tiny)
        let base = try measure(circ, tiny).peakMB
        var worst = 0.0
        for (name, unit) in hostileShapes {
            let f = dir.appendingPathComponent("hostile-\(name).md")
            let size = try generate(unit, to: f, bytes: hostileBytes)
            let m = try measure(circ, f)
            let ratio = (m.peakMB - base) * 1_048_576 / Double(size)
            worst = max(worst, ratio)
            figure("hostile_\(name)_ratio", ratio, "x")
            try? FileManager.default.removeItem(at: f)
        }
        figure("hostile_worst_ratio", worst, "x")
    }

    static let hostileBytes = 5_000_000
    static let denseBytes = 54_000_000
    static let denseUnit = "Vous veillerez à "

    /// Units repeated to 5 MB: the shapes of `HostileInputTests` that grow with their size.
    static let hostileShapes: [(String, String)] = [
        ("sentences_one_line", "Objet : contrôle des titres. Le préfet doit notifier la décision dans un délai de huit jours, conformément à l'article L. 612-6 du CESEDA. Il vous appartient de veiller à l'application de la présente circulaire avant le 1er mars 2025. "),
        ("one_letter_words", "a."),
        ("footnote_calls", "Le préfet doit agir<sup>1</sup><sup>2</sup><sup>3</sup>.\n"),
        ("footnote_lines", "<sup>7</sup> Note : le préfet doit agir.\n"),
        ("list_items", "- le préfet doit notifier la décision n° 12 ;\n"),
        ("unclosed_markup", "<b><i>**gras <sup>1 "),
        ("emoji_rtl", "🙂\u{200F}ש "),
        // Dense directives (issue 11): markers back to back on one line, a directive per
        // line, a directive per list item.
        ("dense_directives_one_line", denseUnit),
        ("directive_per_line", "Vous veillerez à notifier la décision.\n"),
        ("directive_per_item", "- vous veillerez à notifier la décision ;\n"),
    ]

    struct BenchError: Error, CustomStringConvertible {
        let description: String
        init(_ d: String) { description = d }
    }

    static func circBinary() -> URL? {
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        let c = dir.appendingPathComponent("circ")
        return FileManager.default.isExecutableFile(atPath: c.path) ? c : nil
    }

    /// `unit` repeated to exactly `bytes` bytes (cut back to a whole scalar); returns the size.
    @discardableResult
    static func generate(_ unit: String, to url: URL, bytes: Int = inputBytes) throws -> Int {
        let u = Array(unit.utf8)
        var d = [UInt8]()
        d.reserveCapacity(bytes)
        while d.count < bytes { d.append(contentsOf: u.prefix(bytes - d.count)) }
        while let last = d.last, last & 0xC0 == 0x80 || last >= 0xC0 { d.removeLast() }   // no cut scalar
        try Data(d).write(to: url)
        return d.count
    }

    struct Measure { var seconds: Double; var peakMB: Double }

    /// `circ extract FILE --format json` with stdout to /dev/null; fails unless it exits 0.
    static func measure(_ circ: URL, _ file: URL) throws -> Measure {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        let args: [String] = [circ.path, "extract", file.path, "--format", "json"]
        var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) }
        argv.append(nil)
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let t0 = DispatchTime.now().uptimeNanoseconds
        let rc = posix_spawn(&pid, circ.path, &actions, nil, argv, environ)
        guard rc == 0 else { throw BenchError("posix_spawn \(circ.path): \(String(cString: strerror(rc)))") }
        var status: Int32 = 0
        var usage = rusage()
        var peakKB = 0
        while true {
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid || (r < 0 && errno != EINTR) { break }
            if let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
               let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
               let kb = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap({ Int($0) }) {
                peakKB = max(peakKB, kb)
            }
            usleep(5_000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        guard status & 0x7f == 0, (status >> 8) & 0xff == 0 else {
            throw BenchError("circ extract \(file.lastPathComponent) failed (wait status \(status))")
        }
        return Measure(seconds: seconds, peakMB: Double(peakKB) / 1024)
    }
}
