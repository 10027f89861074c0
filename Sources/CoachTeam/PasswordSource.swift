import Foundation

/// Finds the password for a team address the way libpq does: the URL's own, else `PGPASSWORD`, else the
/// first matching line of `PGPASSFILE` (default `~/.pgpass`), which is ignored unless only its owner can read it.
public struct PasswordSource: Sendable, Equatable {
    public var password: String?
    /// Where it came from, for messages ("the URL", "PGPASSWORD", "~/.pgpass"); never the password itself.
    public var origin: String
    /// Why a password file was not read, if one was skipped.
    public var warning: String?

    public static func find(for address: TeamAddress,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> PasswordSource {
        if let password = address.password { return PasswordSource(password: password, origin: "the URL") }
        if let password = environment["PGPASSWORD"] { return PasswordSource(password: password, origin: "PGPASSWORD") }
        let path = environment["PGPASSFILE"]
            ?? (environment["HOME"].map { $0 + "/.pgpass" } ?? FileManager.default.homeDirectoryForCurrentUser.path + "/.pgpass")
        let shown = environment["PGPASSFILE"] == nil ? "~/.pgpass" : path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              let data = FileManager.default.contents(atPath: path) else {
            return PasswordSource(password: nil, origin: "none (no URL password, PGPASSWORD or ~/.pgpass)")
        }
        if let mode = attributes[.posixPermissions] as? Int, mode & 0o077 != 0 {
            return PasswordSource(password: nil, origin: "none", warning: "\(shown) is readable by others, so it was not read; chmod 600 \(shown)")
        }
        let password = match(String(decoding: data, as: UTF8.self), address: address)
        return PasswordSource(password: password, origin: password == nil ? "none (no line for this server in \(shown))" : shown)
    }

    /// The password of the first `host:port:database:user:password` line that matches (`*` matches anything).
    static func match(_ text: String, address: TeamAddress) -> String? {
        let wanted = [address.host, String(address.port), address.database, address.user]
        for line in text.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = split(String(line))
            guard fields.count == 5 else { continue }
            let hostMatches = fields[0] == "*" || fields[0] == wanted[0]
                || (fields[0] == "localhost" && ["127.0.0.1", "::1"].contains(wanted[0]))
            if hostMatches, zip(fields[1...3], wanted[1...3]).allSatisfy({ $0 == "*" || $0 == $1 }) { return fields[4] }
        }
        return nil
    }

    /// Splits a line on `:`, where `\:` and `\\` stand for themselves.
    private static func split(_ line: String) -> [String] {
        var fields = [""]
        var escaped = false
        for character in line {
            if escaped {
                fields[fields.count - 1].append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == ":", fields.count < 5 {
                fields.append("")
            } else {
                fields[fields.count - 1].append(character)
            }
        }
        return fields
    }
}
