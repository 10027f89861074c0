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
        let logger = {
            var logger = Logger(label: "secondcall.team")
            logger.logLevel = .critical
            return logger
        }()
        do {
            var configuration = PostgresConnection.Configuration(host: address.host, port: address.port, username: address.user,
                                                                 password: password.password, database: address.database,
                                                                 tls: try tls(for: address.tlsMode))
            configuration.options.connectTimeout = .seconds(Int64(address.connectTimeout))
            let settings = configuration
            // postgres-nio's own timeout covers the whole handshake and closes the channel; this deadline only backs it up.
            let unanswered = TeamError.unreachable(address: address.server, reason: TeamFailure.noAnswer(address))
            let connection = try await withDeadline(.seconds(address.connectTimeout + 1), problem: { unanswered }) {
                try await PostgresConnection.connect(configuration: settings, id: 1, logger: logger)
            }
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

    /// Closes the connection, waiting at most a couple of seconds for a server that no longer answers.
    public func close() async {
        let (connection, server) = (connection, address.server)
        _ = try? await withDeadline(.seconds(2), problem: { .connectionLost(address: server) }) {
            try await connection.close()
        }
    }

    /// Runs a statement and collects its rows. A connection already closed says so at once: a statement written
    /// to it would never be answered. One the server does not answer within `answerTimeout` is given up and closed.
    @discardableResult
    func run(_ query: PostgresQuery) async throws(TeamError) -> [PostgresRow] {
        guard !connection.isClosed else { throw .connectionLost(address: address.server) }
        let (connection, logger) = (connection, logger)
        let silent = TeamError.stoppedAnswering(address: address.server, seconds: address.answerTimeout)
        do {
            return try await withDeadline(.seconds(address.answerTimeout), problem: { silent }) {
                var rows: [PostgresRow] = []
                for try await row in try await connection.query(query, logger: logger) { rows.append(row) }
                return rows
            }
        } catch {
            let problem = TeamFailure.classify(error, address: address, passwordOrigin: passwordOrigin)
            if problem.endsTheConnection { await close() }
            throw problem
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
            // A connection that is gone took its transaction with it; only one still open is told to roll back.
            if !error.endsTheConnection { _ = try? await run("ROLLBACK") }
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
