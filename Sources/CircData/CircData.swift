import Foundation

/// Finds circ's data folders, `Lexicons/` and `Schemas/`. SwiftPM copies both into the
/// resource bundle `circ_CircData.resources`, which it puts beside the executables and the
/// test bundle, so a built binary finds its data from any working directory and never through
/// the build machine's source paths. A checkout's or an installation's folder comes first, so
/// an edited lexicon is read without a rebuild.
public enum CircData {
    /// The bundle SwiftPM names after the package and this target.
    static let bundleName = "circ_CircData.resources"

    /// The folder `name` ("Lexicons"), recognised by the file `marker` in it: `$variable` when
    /// set (and then only there); else a `name` or `share/circ/name` folder beside the
    /// executable or one of its parents (`.build/release/circ` finds the checkout's); else the
    /// copy in the resource bundle. `tried` lists every place looked at, for the error message.
    public static func locate(_ name: String, marker: String, variable: String,
                              executable: String? = CommandLine.arguments.first) -> (url: URL?, tried: [String]) {
        var tried: [String] = []
        func ok(_ url: URL) -> Bool {
            if tried.contains(url.path) { return false }  // the parents of `/` are `/`
            tried.append(url.path)
            return FileManager.default.fileExists(atPath: url.appendingPathComponent(marker).path)
        }
        if let env = ProcessInfo.processInfo.environment[variable], !env.isEmpty {
            let u = URL(fileURLWithPath: env)
            return (ok(u) ? u : nil, tried)
        }
        let exeDir = executable.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().deletingLastPathComponent() }
        if var dir = exeDir {
            for _ in 0..<6 {
                for cand in [dir.appendingPathComponent(name), dir.appendingPathComponent("share/circ/" + name)] where ok(cand) {
                    return (cand, tried)
                }
                dir = dir.deletingLastPathComponent()
            }
        }
        var bundleDirs: [URL] = []
        for d in [exeDir, Bundle.main.bundleURL, Bundle.main.resourceURL].compactMap({ $0 })
        where !bundleDirs.contains(d.standardizedFileURL) {
            bundleDirs.append(d.standardizedFileURL)
        }
        for d in bundleDirs {
            let cand = d.appendingPathComponent(bundleName).appendingPathComponent(name)
            if ok(cand) { return (cand, tried) }
        }
        return (nil, tried)
    }
}
