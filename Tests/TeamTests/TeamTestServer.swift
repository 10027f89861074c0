@testable import CoachTeam
import Foundation
import PostgresNIO
import TestSupport
import Testing

/// The PostgreSQL server the team tests use: the one `.ci/run` started (its URL in SECONDCALL_TEAM_TEST_URL),
/// else, on a developer's machine, one started here once for the whole test run with `scripts/postgres-server`.
/// In CI (SECONDCALL_TEAM_TEST_REQUIRED) a missing server fails the tests rather than skipping them.
enum TeamTestServer {
    struct Missing: Error, CustomStringConvertible {
        var description: String
    }

    static let script = Fixtures.packageRoot.appendingPathComponent("scripts/postgres-server").path

    static let adminURL: Result<String, Missing> = {
        let environment = ProcessInfo.processInfo.environment
        if let url = environment["SECONDCALL_TEAM_TEST_URL"], !url.isEmpty { return .success(url) }
        if environment["SECONDCALL_TEAM_TEST_REQUIRED"] != nil {
            return .failure(Missing(description: "SECONDCALL_TEAM_TEST_URL is not set: .ci/run starts the PostgreSQL server the team tests need"))
        }
        do {
            let server = try PrivateServer.start()
            atexit { PrivateServer.stopStarted() }
            return .success(server.url)
        } catch {
            return .failure(Missing(description: "cannot start a PostgreSQL server for the team tests (\(error)); apt-get install postgresql"))
        }
    }()

    /// A new database set up with `team init`, for one test, and the admin's URL for it.
    static func freshTeam() async throws -> TestTeam {
        try await freshTeam(adminURL: adminURL.get())
    }

    static func freshTeam(adminURL: String) async throws -> TestTeam {
        let name = "t_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        let admin = try TeamAddress(url: adminURL)
        let connection = try await TeamConnection.open(admin)
        try await connection.run(PostgresQuery(unsafeSQL: "CREATE DATABASE \(name)"))
        await connection.close()
        var address = admin
        address.database = name
        let team = try await TeamConnection.open(address)
        _ = try await TeamSetup.initialise(team)
        await team.close()
        return TestTeam(admin: address)
    }
}

/// One test's team database.
struct TestTeam {
    var admin: TeamAddress

    /// Adds a login (named after the database, since logins are shared by the whole server) and returns its address.
    func addLogin(_ name: String, role: TeamSetup.Role, password: String = "pw-\(UUID().uuidString.prefix(6))") async throws -> (TeamAddress, String) {
        let login = "\(admin.database)_\(name)"
        try await withAdmin { try await TeamSetup.addMember($0, login: login, password: password, role: role) }
        var address = admin
        address.user = login
        address.password = nil
        return (address, password)
    }

    func withAdmin<T>(_ body: (TeamConnection) async throws -> T) async throws -> T {
        let connection = try await TeamConnection.open(admin)
        defer { Task { await connection.close() } }
        return try await body(connection)
    }

    /// How many calls the team database holds, and the most times any one of them was sent.
    func storedCalls() async throws -> (count: Int, mostSends: Int) {
        try await withAdmin { connection in
            let row = try #require(try await connection.run("SELECT count(*), coalesce(max(sends), 0) FROM secondcall.call").first)
            return (try connection.decode(row, 0, as: Int.self), try connection.decode(row, 1, as: Int.self))
        }
    }

    /// The login's URL as a rep types it (no password in it).
    func url(_ address: TeamAddress) -> String { "postgres://\(address.user)@\(address.host):\(address.port)/\(address.database)" }
}

/// A server of our own, from `scripts/postgres-server`: for a machine without the CI server, and for the
/// tests that stop and start one.
struct PrivateServer {
    var url: String
    var folder: String

    nonisolated(unsafe) private static var started: [String] = []

    static func start() throws -> PrivateServer {
        let output = try run(["start"])
        func value(_ name: String) -> String? {
            output.split(separator: "\n").first { $0.hasPrefix("export \(name)=") }.map { String($0.dropFirst("export \(name)=".count)) }
        }
        guard let url = value("SECONDCALL_TEAM_TEST_URL"), let folder = value("SECONDCALL_TEAM_TEST_FOLDER") else {
            throw TeamTestServer.Missing(description: "scripts/postgres-server start said: \(output)")
        }
        started.append(folder)
        return PrivateServer(url: url, folder: folder)
    }

    func pause() throws { _ = try Self.run(["pause", folder]) }
    func resume() throws { _ = try Self.run(["resume", folder]) }
    func stop() throws { _ = try Self.run(["stop", folder]) }

    /// Stops the server's main process without closing its port, as a hung server: the kernel still takes each
    /// connection, and nothing ever answers it. `thaw` lets it run again.
    func freeze() throws { try signalMainProcess(SIGSTOP) }
    func thaw() throws { try signalMainProcess(SIGCONT) }

    private func signalMainProcess(_ signal: Int32) throws {
        let file = "\(folder)/data/postmaster.pid"
        guard let text = try? String(contentsOfFile: file, encoding: .utf8), let line = text.split(separator: "\n").first,
              let pid = pid_t(line), kill(pid, signal) == 0 else {
            throw TeamTestServer.Missing(description: "cannot signal the server whose process id is in \(file)")
        }
    }

    static func stopStarted() {
        for folder in started { _ = try? run(["stop", folder]) }
    }

    /// Runs the script with its output in a file, waiting with waitpid: the server it starts keeps running.
    @discardableResult
    static func run(_ arguments: [String]) throws -> String {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("postgres-server-\(UUID().uuidString).log")
        defer { try? FileManager.default.removeItem(at: log) }
        let command = (["/bin/bash", TeamTestServer.script] + arguments).map { "'\($0)'" }.joined(separator: " ")
            + " </dev/null >'\(log.path)' 2>&1"
        var pid: pid_t = 0
        let argv: [UnsafeMutablePointer<CChar>?] = [String](["/bin/sh", "-c", command]).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else {
            throw TeamTestServer.Missing(description: "cannot run \(TeamTestServer.script)")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        guard status == 0 else {
            throw TeamTestServer.Missing(description: "scripts/postgres-server \(arguments.joined(separator: " ")) failed: \(text)")
        }
        return text
    }
}
