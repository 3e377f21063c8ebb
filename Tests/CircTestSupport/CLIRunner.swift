import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs the built `circ` (or any program) for the tests: one way to start a child, wait for
/// it with a time limit, and measure it.
///
/// stdout and stderr go to files, never pipes: a large output can never fill a pipe and hang
/// the test. stdin is /dev/null. The child's environment is the test's, without `CIRC_DB` and
/// `CIRC_TEST_MAX_PAGE_COUNT` (a test sets them itself when it means to), and with Swift's
/// backtracer off (a crash must end the child, not start a backtracer).
///
/// Peak RSS is the child's `VmHWM` from `/proc/<pid>/status`, read every 5 ms while it runs
/// (it only grows, so the last reading is the peak up to a few ms before exit). Not `wait4`'s
/// `ru_maxrss`: Linux carries the parent's high-water mark into a child across `exec` (and
/// `posix_spawn` shares the parent's memory until then), so every child of a 40 MB test
/// process "peaks" at 40 MB at least. Not `/usr/bin/time`: Debian's `time` package is not on
/// every machine. The children are started with `posix_spawn` and reaped with `wait4`, not
/// with `Process`: Foundation reaps its own children, and then their resource use is lost.
public enum CLIRunner {
    /// What a finished run gave.
    public struct Run: Sendable {
        /// The exit status; nil when killed by a signal or the timeout.
        public var exitCode: Int32?
        public var signal: Int32?
        public var timedOut: Bool
        public var seconds: Double
        /// The child's own CPU time (user + system, from `wait4`): its work, whatever else the
        /// machine runs at the same time.
        public var cpuSeconds: Double
        public var peakRSSBytes: Int
        /// The whole size of stdout, even when only its head was kept.
        public var stdoutBytes: Int
        /// stdout as kept: all of it, or its first `keepStdout` bytes.
        public var stdoutData: Data
        public var stderr: String

        /// The exit status, or -1 when the child did not exit by itself.
        public var status: Int32 { exitCode ?? -1 }
        public var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
        /// The first MiB of stdout (or what was kept): enough to check small results.
        public var stdoutHead: Data { stdoutData.prefix(1 << 20) }
        public var stderrLines: [Substring] { stderr.split(separator: "\n", omittingEmptySubsequences: true) }
        public var peakMB: Double { Double(peakRSSBytes) / 1_048_576 }
        public var summary: String {
            if timedOut { return "TIMEOUT after \(String(format: "%.1f", seconds)) s" }
            if let s = signal { return "SIGNAL \(s)" }
            return "exit \(exitCode ?? -1)"
        }
    }

    /// A child started by `start`, for a test that does something while it runs (kills it,
    /// reads the registry it writes). Its members are named as `Process`'s.
    public final class Child: @unchecked Sendable {
        public let processIdentifier: pid_t
        let started: UInt64
        var status: Int32 = 0
        var usage = rusage()
        var reaped = false

        init(pid: pid_t) { processIdentifier = pid; started = DispatchTime.now().uptimeNanoseconds }

        /// Reaps the child if it has ended; true while it runs.
        public var isRunning: Bool {
            if reaped { return false }
            let r = wait4(processIdentifier, &status, WNOHANG, &usage)
            if r == processIdentifier || r < 0 && errno != EINTR { reaped = true }
            return !reaped
        }

        public func waitUntilExit() {
            while !reaped {
                let r = wait4(processIdentifier, &status, 0, &usage)
                if r == processIdentifier || r < 0 && errno != EINTR { reaped = true }
            }
        }

        public func kill(_ signal: Int32 = SIGKILL) {
            #if canImport(Glibc)
            _ = Glibc.kill(processIdentifier, signal)
            #else
            _ = Darwin.kill(processIdentifier, signal)
            #endif
        }

        var termSignal: Int32 { status & 0x7f }
        /// The exit status, or the signal's number when a signal ended it (as `Process`).
        public var terminationStatus: Int32 { termSignal == 0 ? (status >> 8) & 0xff : termSignal }
        public var terminationReason: Process.TerminationReason { termSignal == 0 ? .exit : .uncaughtSignal }
        var cpuSeconds: Double {
            Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        }
    }

    public struct SpawnError: Error, CustomStringConvertible {
        public var description: String
    }

    /// `circ` beside the test bundle (`<scratch>/<triple>/debug/circPackageTests.xctest` and
    /// `<scratch>/<triple>/debug/circ`, whatever the scratch path is, or beside a bundle nested
    /// in Contents/MacOS), else in the checkout's `.build-reg` or `.build`.
    public static let binary: URL? = {
        let fm = FileManager.default
        func executable(_ c: URL) -> Bool {
            var isDir: ObjCBool = false
            return fm.fileExists(atPath: c.path, isDirectory: &isDir) && !isDir.boolValue && fm.isExecutableFile(atPath: c.path)
        }
        var starts = [URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()]
        starts.append(Bundle(for: Marker.self).bundleURL.resolvingSymlinksInPath())
        for start in starts {
            var dir = start.deletingLastPathComponent()
            for _ in 0..<3 {
                let c = dir.appendingPathComponent("circ")
                if executable(c) { return c }
                dir = dir.deletingLastPathComponent()
            }
        }
        for scratch in [".build-reg", ".build"] {
            let c = Fixtures.root.appendingPathComponent("\(scratch)/debug/circ")
            if executable(c) { return c }
        }
        return nil
    }()
    private final class Marker {}

    /// Starts `executable args…` (the built `circ` when no executable is given) without
    /// waiting; stdout and stderr go to the files `out` and `err`.
    public static func start(_ args: [String], executable: String? = nil, env extra: [String: String] = [:], cwd: URL? = nil,
                             out: URL, err: URL) throws -> Child {
        guard let exe = executable ?? binary?.path else {
            throw SpawnError(description: "circ binary not found beside the test bundle (\(CommandLine.arguments[0])); build it with `swift build` first")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, out.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, err.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "CIRC_DB")
        environment.removeValue(forKey: "CIRC_TEST_MAX_PAGE_COUNT")
        environment["SWIFT_BACKTRACE"] = "enable=no"
        for (k, v) in extra { environment[k] = v }
        // In another folder through `sh`, which changes to it and then becomes the program
        // (`exec`: the same process, so its pid and measures are the program's).
        // `posix_spawn_file_actions_addchdir_np` is not in Swift's Glibc module.
        let command = cwd.map { ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", $0.path, exe] } ?? [exe]
        let argv: [UnsafeMutablePointer<CChar>?] = (command + args).map { strdup($0) } + [nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }

        var pid = pid_t()
        let rc = posix_spawn(&pid, command[0], &actions, nil, argv, envp)
        guard rc == 0 else { throw SpawnError(description: "posix_spawn \(exe): \(String(cString: strerror(rc)))") }
        return Child(pid: pid)
    }

    /// Runs `circ args…` (or `executable args…`) to its end, killing it after `timeout`
    /// seconds. `keepStdout`: how many bytes of stdout to keep (all by default; a test of a
    /// huge output keeps its head).
    @discardableResult
    public static func run(_ args: [String], executable: String? = nil, env: [String: String] = [:], cwd: URL? = nil,
                           timeout: Double = 600, keepStdout: Int = .max) throws -> Run {
        let dir = Fixtures.tempDir("circ-cli")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("stdout"), err = dir.appendingPathComponent("stderr")
        let child = try start(args, executable: executable, env: env, cwd: cwd, out: out, err: err)

        var timedOut = false
        var peak = 0
        let deadline = child.started + UInt64(timeout * 1e9)
        while child.isRunning {
            peak = max(peak, highWaterMark(child.processIdentifier))
            if DispatchTime.now().uptimeNanoseconds > deadline {
                timedOut = true
                child.kill(SIGKILL)
                child.waitUntilExit()
                break
            }
            usleep(5_000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - child.started) / 1e9
        let outSize = ((try? FileManager.default.attributesOfItem(atPath: out.path)[.size]) as? NSNumber)?.intValue ?? 0
        var kept = Data()
        if let h = FileHandle(forReadingAtPath: out.path) {
            kept = keepStdout >= outSize ? h.readDataToEndOfFile() : h.readData(ofLength: keepStdout)
            try? h.close()
        }
        let errText = (try? String(contentsOf: err, encoding: .utf8)) ?? ""
        let signal = child.termSignal
        return Run(exitCode: signal == 0 ? child.terminationStatus : nil,
                   signal: signal != 0 && !timedOut ? signal : nil,
                   timedOut: timedOut, seconds: seconds, cpuSeconds: child.cpuSeconds, peakRSSBytes: peak,
                   stdoutBytes: outSize, stdoutData: kept, stderr: errText)
    }

    /// Runs a tool found on the PATH (sqlite3, python3) with stdout and stderr together.
    public static func tool(_ args: [String], timeout: Double = 600) throws -> (Int32, String) {
        // `sh -c 'exec "$@" 2>&1'`: one output for both streams, in the order they were written.
        let r = try run(["-c", "exec \"$@\" 2>&1", "sh"] + args, executable: "/bin/sh", timeout: timeout)
        return (r.status, r.stdout)
    }

    /// `VmHWM` (peak resident set) of a running process in bytes, 0 once it has exited.
    public static func highWaterMark(_ pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        let kb = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first.flatMap { Int($0) } ?? 0
        return kb * 1024
    }
}
