import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the built `circ` on one hostile file with a wall-clock limit and measures the child's
/// own peak RSS.
///
/// Peak RSS is the child's `VmHWM` from `/proc/<pid>/status`, read every 5 ms while it runs
/// (it only grows, so the last reading is the peak up to a few ms before exit). Not `wait4`'s
/// `ru_maxrss`: Linux carries the parent's high-water mark into a child across `exec` (and
/// `posix_spawn` shares the parent's memory until then), so every child of a 40 MB test
/// process "peaks" at 40 MB at least. Not `/usr/bin/time`: Debian's `time` package is not on
/// every machine. stdout and stderr go to files: a large result can never fill a pipe and
/// hang the test.
enum HostileHarness {
    struct Outcome {
        var exitCode: Int32?        // nil when killed by a signal or the timeout
        var signal: Int32?
        var timedOut: Bool
        var seconds: Double
        /// The child's own CPU time (user + system, from `wait4`): its work, whatever else the
        /// machine runs at the same time.
        var cpuSeconds: Double = 0
        var peakRSSBytes: Int
        var stdoutBytes: Int
        var stdoutHead: Data        // the first MiB of stdout, enough to check small results
        var stderr: String

        var stderrLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: true) }
        var peakMB: Double { Double(peakRSSBytes) / 1_048_576 }
        var summary: String {
            if timedOut { return "TIMEOUT after \(String(format: "%.1f", seconds)) s" }
            if let s = signal { return "SIGNAL \(s)" }
            return "exit \(exitCode ?? -1)"
        }
    }

    static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `circ` next to the test bundle: `<scratch>/<triple>/debug/circPackageTests.xctest`
    /// and `<scratch>/<triple>/debug/circ`, whatever the scratch path is.
    static let binary: URL? = {
        var starts = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()]
        starts.append(Bundle(for: Marker.self).bundleURL.resolvingSymlinksInPath())
        for start in starts {
            var dir = start.deletingLastPathComponent()
            for _ in 0..<3 {   // beside the bundle, or beside a bundle nested in Contents/MacOS
                let c = dir.appendingPathComponent("circ")
                var isDir: ObjCBool = false
                if FileManager.default.fileExists(atPath: c.path, isDirectory: &isDir), !isDir.boolValue,
                   FileManager.default.isExecutableFile(atPath: c.path) { return c }
                dir = dir.deletingLastPathComponent()
            }
        }
        return nil
    }()
    private final class Marker {}

    static func tempDir() -> URL {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("circ-hostile-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
        return d
    }

    /// `VmHWM` (peak resident set) of a running process in bytes, 0 once it has exited.
    static func highWaterMark(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        let kb = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap { Int($0) } ?? 0
        return kb * 1024
    }

    /// Runs `executable args…` with stdin from /dev/null, killing it after `timeout` seconds.
    static func run(_ executable: String, _ args: [String], timeout: Double, env extra: [String: String] = [:]) throws -> Outcome {
        let dir = tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let outPath = dir.appendingPathComponent("stdout").path
        let errPath = dir.appendingPathComponent("stderr").path

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"   // a crash must end the child, not start a backtracer
        for (k, v) in extra { environment[k] = v }
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + args).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }

        var pid = pid_t()
        let t0 = DispatchTime.now().uptimeNanoseconds
        let rc = posix_spawn(&pid, executable, &actions, nil, argv, envp)
        guard rc == 0 else { throw NSError(domain: "HostileHarness", code: Int(rc), userInfo: [NSLocalizedDescriptionKey: "posix_spawn \(executable): \(String(cString: strerror(rc)))"]) }

        var status: Int32 = 0
        var usage = rusage()
        var timedOut = false
        var peak = 0
        let deadline = t0 + UInt64(timeout * 1e9)
        while true {
            let r = wait4(pid, &status, WNOHANG, &usage)
            if r == pid { break }
            if r < 0 && errno != EINTR { break }
            peak = max(peak, highWaterMark(pid))
            if DispatchTime.now().uptimeNanoseconds > deadline {
                timedOut = true
                kill(pid, SIGKILL)
                while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
                break
            }
            usleep(5_000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        let termSignal = status & 0x7f
        let outSize = ((try? FileManager.default.attributesOfItem(atPath: outPath)[.size]) as? NSNumber)?.intValue ?? 0
        var head = Data()
        if let h = FileHandle(forReadingAtPath: outPath) { head = h.readData(ofLength: 1 << 20); try? h.close() }
        let err = (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? ""
        return Outcome(exitCode: termSignal == 0 ? (status >> 8) & 0xff : nil,
                       signal: termSignal != 0 && !timedOut ? termSignal : nil,
                       timedOut: timedOut, seconds: seconds,
                       cpuSeconds: Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                           + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6,
                       peakRSSBytes: peak,
                       stdoutBytes: outSize, stdoutHead: head, stderr: err)
    }
}
