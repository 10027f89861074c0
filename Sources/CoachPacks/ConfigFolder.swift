import Foundation

/// The user's SecondCall config folder: `$XDG_CONFIG_HOME/secondcall`, else `~/.config/secondcall`. Rule packs
/// and the team's settings live under it.
public enum ConfigFolder {
    public static func url(environment: [String: String]) -> URL {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config")
        return base.appendingPathComponent("secondcall")
    }

    public static var url: URL { url(environment: ProcessInfo.processInfo.environment) }
}
