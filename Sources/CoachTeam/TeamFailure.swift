import NIOCore
import PostgresNIO

/// Turns what postgres-nio and the server report into the one sentence a user reads.
enum TeamFailure {
    static func classify(_ error: any Error, address: TeamAddress, passwordOrigin: String) -> TeamError {
        if let error = error as? TeamError { return error }
        if let passed = error as? DeadlinePassed { return passed.problem }
        let shown = address.description
        let server = address.server
        guard let error = error as? PSQLError else {
            if error is NIOSSLError { return .tlsFailed(address: server, reason: "\(error)") }
            return .unreachable(address: server, reason: reason(error, address: address))
        }
        switch error.code {
        case .sslUnsupported, .receivedUnencryptedDataAfterSSLRequest:
            return .tlsRequired(address: server)
        case .failedToAddSSLHandler:
            return .tlsFailed(address: server, reason: error.underlying.map { reason($0, address: address) } ?? "handshake failed")
        case .authMechanismRequiresPassword:
            return .noPassword(user: address.user, address: server, origin: passwordOrigin)
        case .connectionError:
            if let underlying = error.underlying, underlying is NIOSSLError {
                return .tlsFailed(address: server, reason: "\(underlying)")
            }
            return .unreachable(address: server, reason: error.underlying.map { reason($0, address: address) } ?? "connection failed")
        case .serverClosedConnection, .uncleanShutdown, .clientClosedConnection:
            return .connectionLost(address: server)
        case .server:
            let message = error.serverInfo?[.message] ?? "an error"
            switch error.serverInfo?[.sqlState] ?? "" {
            case "28P01": return .wrongPassword(user: address.user, address: server, origin: passwordOrigin)
            case "28000": return .loginRefused(user: address.user, address: server, reason: message)
            case "3D000": return .noDatabase(address: shown)
            case "3F000", "42P01": return .notSetUp(address: shown)
            case "42501": return .permissionDenied(user: address.user, what: "do that (\(message))")
            case "57P01", "57P02", "57P03": return .connectionLost(address: server)
            default: return .server(message: message)
            }
        default:
            return .server(message: "\(error.code)")
        }
    }

    /// A short reason for a network failure ("connection refused", "no answer in 5 s").
    private static func reason(_ error: any Error, address: TeamAddress) -> String {
        if case .connectTimeout? = error as? ChannelError { return noAnswer(address) }
        let text = "\(error)"
        if text.contains("timed out") { return noAnswer(address) }
        if text.lowercased().contains("refused") { return "connection refused" }
        if text.contains("resolve") || text.contains("NXDOMAIN") { return "unknown host" }
        return text
    }

    /// Why a connection that was never answered is given up.
    static func noAnswer(_ address: TeamAddress) -> String { "no answer in \(address.connectTimeout) s" }
}
