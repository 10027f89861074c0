@testable import CoachTeam
import Foundation
import TestSupport
import Testing

@Suite struct TeamAddressTests {
    @Test func aURLIsReadTheWayLibpqReadsIt() throws {
        let address = try TeamAddress(url: "postgres://alice:s3cret@db.example.com:6543/sales?sslmode=require", environment: [:])
        #expect(address.host == "db.example.com" && address.port == 6543 && address.user == "alice" && address.database == "sales")
        #expect(address.password == "s3cret")
        #expect(address.tlsMode == .require)
        #expect(address.description == "postgres://alice@db.example.com:6543/sales?sslmode=require")
        let plain = try TeamAddress(url: "postgresql://db.example.com", environment: ["PGUSER": "bob"])
        #expect(plain.user == "bob" && plain.database == "bob" && plain.port == 5432 && plain.tlsMode == .prefer)
        #expect(plain.connectTimeout == 5 && plain.answerTimeout == 30)
        let patient = try TeamAddress(url: "postgres://alice@db/sales?connect_timeout=10&answer_timeout=120", environment: [:])
        #expect(patient.connectTimeout == 10 && patient.answerTimeout == 120)
    }

    @Test func aBadURLSaysWhatIsWrongWithoutShowingThePassword() {
        #expect(throws: TeamError.badURL(text: "postgres://alice:***@db/sales?sslmode=maybe",
                                         problem: "sslmode must be one of disable, allow, prefer, require, verify-ca, verify-full")) {
            try TeamAddress(url: "postgres://alice:s3cret@db/sales?sslmode=maybe", environment: [:])
        }
        #expect(throws: TeamError.self) { try TeamAddress(url: "mysql://db/sales", environment: [:]) }
        #expect(throws: TeamError.badURL(text: "postgres://db/sales?answer_timeout=soon", problem: "answer_timeout must be a number of seconds")) {
            try TeamAddress(url: "postgres://db/sales?answer_timeout=soon", environment: [:])
        }
        #expect(throws: TeamError.self) { try TeamAddress(url: "postgres://db/sales?options=-c", environment: [:]) }
    }

    @Test func thePasswordComesFromPGPASSWORDThenAPrivatePgpassFile() throws {
        let folder = try TemporaryDirectory()
        let address = TeamAddress(host: "127.0.0.1", port: 5433, user: "alice", database: "sales")
        try folder.write("pgpass", "# team\nother:*:*:*:nope\nlocalhost:5433:sales:alice:pass\\:word\n*:*:*:*:fallback\n")
        let file = folder.path("pgpass")
        chmod(file, 0o600)
        #expect(PasswordSource.find(for: address, environment: ["PGPASSWORD": "env", "PGPASSFILE": file]).password == "env")
        let fromFile = PasswordSource.find(for: address, environment: ["PGPASSFILE": file])
        #expect(fromFile.password == "pass:word")
        #expect(fromFile.origin == file)
        chmod(file, 0o644)
        let open = PasswordSource.find(for: address, environment: ["PGPASSFILE": file])
        #expect(open.password == nil)
        #expect(open.warning?.contains("readable by others") == true)
    }
}
