import CircPresentation
import Foundation

/// Where standard output goes decides how circ prints: colour only on a terminal and never
/// with NO_COLOR (https://no-color.org) or TERM=dumb; the terminal's width, else $COLUMNS,
/// else 80 columns (at most 160, so that lines stay readable).
enum TerminalPolicy {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Colour when stdout is a terminal and the environment does not refuse it.
    static var colorAllowed: Bool {
        let env = ProcessInfo.processInfo.environment
        if let v = env["NO_COLOR"], !v.isEmpty { return false }
        return env["TERM"] != "dumb" && stdoutIsTerminal
    }

    static var width: Int {
        guard stdoutIsTerminal else { return 80 }
        var ws = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &ws) == 0, ws.ws_col >= 40 { return min(Int(ws.ws_col), 160) }
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c >= 40 { return min(c, 160) }
        return 80
    }

    /// The style for what goes to standard output.
    static func stdout() -> TerminalStyle { TerminalStyle(color: colorAllowed, width: width) }
}
