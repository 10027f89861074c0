import Foundation

/// Where the team database is: a `postgres://user[:password]@host[:port]/database?sslmode=...` URL, read
/// the way libpq reads one (a missing user is `PGUSER`, else the login name; a missing database is the user's).
public struct TeamAddress: Sendable, Equatable {
    /// libpq's `sslmode`: whether the connection must be encrypted, and whether the server's certificate is checked.
    public enum TLSMode: String, Sendable, CaseIterable {
        case disable, allow, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"

        public var isRequired: Bool { [.require, .verifyCA, .verifyFull].contains(self) }
    }

    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    /// The password written in the URL itself, if any (PGPASSWORD and ~/.pgpass are read when connecting).
    public var password: String?
    public var tlsMode: TLSMode
    /// Seconds to wait for the server to answer a connection (TCP, TLS and the login).
    public var connectTimeout: Int
    /// Seconds to wait for the server to answer one statement before giving the connection up.
    public var answerTimeout: Int

    public init(host: String = "127.0.0.1", port: Int = 5432, user: String, database: String, password: String? = nil,
                tlsMode: TLSMode = .prefer, connectTimeout: Int = 5, answerTimeout: Int = 30) {
        self.host = host
        self.port = port
        self.user = user
        self.database = database
        self.password = password
        self.tlsMode = tlsMode
        self.connectTimeout = connectTimeout
        self.answerTimeout = answerTimeout
    }

    public init(url text: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws(TeamError) {
        guard let components = URLComponents(string: text), ["postgres", "postgresql"].contains(components.scheme ?? "") else {
            throw TeamError.badURL(text: Self.masked(text), problem: "it should look like postgres://USER@HOST:PORT/DATABASE")
        }
        let user = components.user.flatMap { $0.isEmpty ? nil : $0 } ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        self.init(host: components.host.flatMap { $0.isEmpty ? nil : $0 } ?? "localhost", port: components.port ?? 5432,
                  user: user, database: path.isEmpty ? user : path, password: components.password)
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = item.value.flatMap(TLSMode.init(rawValue:)) else {
                    throw TeamError.badURL(text: Self.masked(text), problem: "sslmode must be one of "
                        + TLSMode.allCases.map(\.rawValue).joined(separator: ", "))
                }
                tlsMode = mode
            case "connect_timeout", "answer_timeout":
                guard let seconds = item.value.flatMap(Int.init), seconds > 0 else {
                    throw TeamError.badURL(text: Self.masked(text), problem: "\(item.name) must be a number of seconds")
                }
                if item.name == "connect_timeout" { connectTimeout = seconds } else { answerTimeout = seconds }
            case "application_name":
                continue
            default:
                throw TeamError.badURL(text: Self.masked(text), problem: "unknown parameter '\(item.name)'; "
                    + "SecondCall reads sslmode, connect_timeout, answer_timeout and application_name")
            }
        }
    }

    /// The address as shown to people: never the password.
    public var description: String {
        "postgres://\(user)@\(host):\(port)/\(database)" + (tlsMode == .prefer ? "" : "?sslmode=\(tlsMode.rawValue)")
    }

    /// The server alone, as messages about reaching it name it.
    var server: String { "\(host):\(port)" }

    /// The URL with any password replaced by `***`, for messages about a URL that could not be read.
    static func masked(_ text: String) -> String {
        guard let at = text.lastIndex(of: "@"), let scheme = text.range(of: "://"), scheme.upperBound < at else { return text }
        let credentials = text[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return text }
        return String(text[..<colon]) + ":***" + String(text[at...])
    }
}
