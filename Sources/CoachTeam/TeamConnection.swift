import Foundation
import PostgresNIO

/// One connection to the team database, opened with the address's TLS mode and the password found for it.
/// Every failure comes out as a `TeamError` sentence.
public final class TeamConnection: Sendable {
    public let address: TeamAddress
    let connection: PostgresConnection
    let passwordOrigin: String
    let logger: Logger

    private init(address: TeamAddress, connection: PostgresConnection, passwordOrigin: String, logger: Logger) {
        self.address = address
        self.connection = connection
        self.passwordOrigin = passwordOrigin
        self.logger = logger
    }

    public static func open(_ address: TeamAddress,
                            environment: [String: String] = ProcessInfo.processInfo.environment) async throws(TeamError) -> TeamConnection {
        let password = PasswordSource.find(for: address, environment: environment)
        var logger = Logger(label: "secondcall.team")
        logger.logLevel = .critical
        do {
            var configuration = PostgresConnection.Configuration(host: address.host, port: address.port, username: address.user,
                                                                 password: password.password, database: address.database,
                                                                 tls: try tls(for: address.tlsMode))
            configuration.options.connectTimeout = .seconds(Int64(address.connectTimeout))
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            return TeamConnection(address: address, connection: connection, passwordOrigin: password.origin, logger: logger)
        } catch {
            throw TeamFailure.classify(error, address: address, passwordOrigin: password.origin)
        }
    }

    private static func tls(for mode: TeamAddress.TLSMode) throws -> PostgresConnection.Configuration.TLS {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch mode {
        case .disable: return .disable
        case .allow, .prefer, .require: configuration.certificateVerification = .none
        case .verifyCA: configuration.certificateVerification = .noHostnameVerification
        case .verifyFull: configuration.certificateVerification = .fullVerification
        }
        let context = try NIOSSLContext(configuration: configuration)
        return mode.isRequired ? .require(context) : .prefer(context)
    }

    public func close() async {
        try? await connection.close()
    }

    /// Runs a statement and collects its rows.
    @discardableResult
    func run(_ query: PostgresQuery) async throws(TeamError) -> [PostgresRow] {
        do {
            var rows: [PostgresRow] = []
            for try await row in try await connection.query(query, logger: logger) { rows.append(row) }
            return rows
        } catch {
            throw TeamFailure.classify(error, address: address, passwordOrigin: passwordOrigin)
        }
    }

    /// Runs `body` in one transaction: all of it is stored, or none of it.
    func transaction<T: Sendable>(_ body: () async throws(TeamError) -> T) async throws(TeamError) -> T {
        try await run("BEGIN")
        do {
            let value = try await body()
            try await run("COMMIT")
            return value
        } catch {
            _ = try? await run("ROLLBACK")
            throw error
        }
    }

    /// Decodes a value of a row, turning a decoding problem into a `TeamError`.
    func decode<T: PostgresDecodable>(_ row: PostgresRow, _ column: Int, as type: T.Type = T.self) throws(TeamError) -> T {
        do {
            return try PostgresRandomAccessRow(row)[column].decode(T.self)
        } catch {
            throw TeamError.server(message: "unexpected data in column \(column + 1): \(error)")
        }
    }
}
