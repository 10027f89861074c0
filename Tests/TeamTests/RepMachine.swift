import CoachStore
import Foundation
import TestSupport

/// One rep's machine for the tests: their own data and config folders, and the password in PGPASSWORD, so
/// the real `secondcall` binary runs as that rep would run it.
struct RepMachine {
    let folder: TemporaryDirectory
    let password: String

    init(password: String) throws {
        folder = try TemporaryDirectory()
        self.password = password
    }

    var environment: [String: String] {
        ["SECONDCALL_DATA_DIR": folder.path("data"), "XDG_CONFIG_HOME": folder.path("config"), "PGPASSWORD": password,
         "PGPASSFILE": folder.path("no-pgpass")]
    }

    func secondcall(_ arguments: String...) throws -> CommandRunner.Result {
        try CommandRunner.secondcall(arguments, environment: environment)
    }

    func secondcall(_ arguments: [String], password: String) throws -> CommandRunner.Result {
        var environment = environment
        environment["PGPASSWORD"] = password
        return try CommandRunner.secondcall(arguments, environment: environment)
    }

    /// Stores a fixture call as a finished call, as `sessions import` does.
    func importCall(_ fixture: String) throws {
        let result = try secondcall("sessions", "import", Fixtures.root.appendingPathComponent("calls/\(fixture).notes").path)
        guard result.status == 0 else { throw TeamTestServer.Missing(description: "import failed: \(result.errors)") }
    }

    func store() throws -> CoachStore { try CoachStore(directory: URL(fileURLWithPath: folder.path("data"))) }
}
