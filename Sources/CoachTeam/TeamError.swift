/// A problem with the team database, as one sentence saying what happened and what to do. Nothing the rep
/// stored is lost by any of them: calls that were not sent wait in the queue.
public enum TeamError: Error, Equatable, CustomStringConvertible {
    case badURL(text: String, problem: String)
    case unreachable(address: String, reason: String)
    case tlsRequired(address: String)
    case tlsFailed(address: String, reason: String)
    case wrongPassword(user: String, address: String, origin: String)
    case noPassword(user: String, address: String, origin: String)
    case loginRefused(user: String, address: String, reason: String)
    case noDatabase(address: String)
    case notSetUp(address: String)
    case newerSchema(address: String, version: Int)
    case olderSchema(address: String, version: Int, needed: Int)
    case permissionDenied(user: String, what: String)
    case connectionLost(address: String)
    case stoppedAnswering(address: String, seconds: Int)
    case nameTaken(rep: String)
    case notJoined(rep: String)
    case server(message: String)

    public var description: String {
        switch self {
        case .badURL(let text, let problem):
            "cannot read the team URL '\(text)': \(problem)"
        case .unreachable(let address, let reason):
            "cannot reach the team database at \(address) (\(reason)); calls wait in the queue and go when it is back"
        case .tlsRequired(let address):
            "the server at \(address) does not offer TLS, and the URL asks for it (sslmode=require); ask the team's "
                + "admin to switch TLS on, or use sslmode=prefer only on a network you trust"
        case .tlsFailed(let address, let reason):
            "the TLS connection to \(address) failed (\(reason)); check the server's certificate, or the URL's sslmode"
        case .wrongPassword(let user, let address, let origin):
            "the team database at \(address) refused the password for '\(user)' (it came from \(origin)); "
                + "set the right one in PGPASSWORD or ~/.pgpass"
        case .noPassword(let user, let address, let origin):
            "the team database at \(address) asks for a password for '\(user)' and none was found (\(origin)); "
                + "put it in PGPASSWORD or a ~/.pgpass line (mode 600)"
        case .loginRefused(let user, let address, let reason):
            "the team database at \(address) does not let '\(user)' log in (\(reason)); ask the team's admin"
        case .noDatabase(let address):
            "there is no database \(address); check the URL's last part"
        case .notSetUp(let address):
            "the database \(address) has no team yet: an admin runs 'secondcall team init URL' first"
        case .newerSchema(let address, let version):
            "the team database \(address) was set up by a newer SecondCall (version \(version)); update SecondCall"
        case .olderSchema(let address, let version, let needed):
            "the team database \(address) is at version \(version) and this SecondCall needs \(needed): an admin runs "
                + "'secondcall team init URL' to bring it up to date"
        case .permissionDenied(let user, let what):
            "'\(user)' may not \(what)"
        case .connectionLost(let address):
            "the connection to \(address) was lost part-way; what was not confirmed waits in the queue and goes next time"
        case .stoppedAnswering(let address, let seconds):
            "the team database at \(address) stopped answering (no answer in \(seconds) s); what was not confirmed waits in the queue "
                + "and goes next time; if it keeps happening, ask the team's admin to look at the server, or allow longer with "
                + "answer_timeout=SECONDS in the URL"
        case .nameTaken(let rep):
            "another login in this team already goes by '\(rep)'; choose another name with --rep"
        case .notJoined(let rep):
            "no rep called '\(rep)' has joined this team; 'secondcall team report' lists the reps"
        case .server(let message):
            "the team database said: \(message)"
        }
    }

    /// Whether the connection is gone with it: nothing more can be sent until the next try.
    public var endsTheConnection: Bool {
        switch self {
        case .unreachable, .connectionLost, .stoppedAnswering: true
        default: false
        }
    }
}
