import CoachCore
import Foundation
import TestSupport
import Testing

/// The schema check the JSON tests rely on finds what breaks the shape; the schema names the barriers and
/// strengths the vocabulary has.
@Suite struct JSONSchemaCheckTests {
    static let schemaText = try! String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/secondcall.schema.json"), encoding: .utf8)
    static let schema = try! JSONSchema(schemaText)

    static func document(flag: String) -> String {
        """
        {"format": 1, "calls": [{"file": "a.notes", "flags": [\(flag)]}]}
        """
    }

    static let goodFlag = """
        {"rule": "pitching-about-us", "barrier": "pitching", "severity": "warning", "evidenceStrength": "strong", "note": 2,
         "line": 3, "column": 5, "message": "Talking about us", "tip": "Ask about them", "evidence": "about us", "dismissed": false}
        """

    private func problems(_ flag: String) throws -> [String] {
        Self.schema.problems(in: try JSONValue.parse(Self.document(flag: flag)))
    }

    @Test func aGoodFlagPassesAndEachBreakIsFound() throws {
        #expect(try problems(Self.goodFlag).isEmpty)
        #expect(try problems(Self.goodFlag.replacingOccurrences(of: "\"rule\": \"pitching-about-us\", ", with: ""))
            == ["$.calls[0].flags[0]: 'rule' is missing"])
        #expect(try problems(Self.goodFlag.replacingOccurrences(of: "\"note\": 2", with: "\"note\": \"2\"")).count == 1)
        #expect(try problems(Self.goodFlag.replacingOccurrences(of: "\"dismissed\": false", with: "\"dismissed\": 0")).count == 1)
        #expect(try problems(Self.goodFlag.replacingOccurrences(of: "\"pitching\"", with: "\"over-promising\"")).count == 1)
        #expect(try problems(Self.goodFlag.replacingOccurrences(of: "\"line\": 3", with: "\"lines\": 3"))
            == ["$.calls[0].flags[0]: 'lines' is not a property the schema allows"])
        #expect(Self.schema.problems(in: try JSONValue.parse("{\"format\": 2, \"calls\": []}")).count == 1, "another format")
    }

    @Test func aCallTheReviewShowsIsTheShape() throws {
        let notes: [Note] = [.said(.me, "Let me tell you about us.", at: 5), .said(.observation, "he sounds tired", at: 9)]
        let flags = [Flag(rule: "pitching-about-us", target: .barrier(.pitching), severity: .warning, noteIndex: 0, span: 0..<10,
                          message: "Talking about us", tip: "Ask", evidence: "about us", location: .init(line: 1, column: 12))]
        let review = CallReview(account: "Acme", contact: "Nick", startedAt: Date(timeIntervalSince1970: 0), duration: 9, notes: notes,
                                flags: flags, floorChanges: [], plan: CallPlan(objectives: ["Learn"]), ticks: [:],
                                unknownFlags: [UnknownFlag(noteIndex: 1, rule: "x", target: "over-promising")])
        for review in [review, review.leavingOutPrivateNotes()] {
            let json = try CallJSON.render([CallJSON.Call(review: review)])
            #expect(Self.schema.problems(in: try JSONValue.parse(json)).isEmpty, "\(json)")
        }
    }

    @Test func theSchemaNamesEveryBarrierAndStrength() throws {
        guard case .object(let root) = try JSONValue.parse(Self.schemaText),
              case .object(let properties)? = root["properties"], case .object(let calls)? = properties["calls"],
              case .object(let call)? = calls["items"], case .object(let callProperties)? = call["properties"],
              case .object(let flags)? = callProperties["flags"], case .object(let flag)? = flags["items"],
              case .object(let flagProperties)? = flag["properties"],
              case .object(let barrier)? = flagProperties["barrier"], case .object(let strength)? = flagProperties["strength"] else {
            Issue.record("the schema has no flag's barrier and strength")
            return
        }
        #expect(barrier["enum"] == .array(Barrier.allCases.map { .string($0.rawValue) }))
        #expect(strength["enum"] == .array(Strength.allCases.map { .string($0.rawValue) }))
    }
}
