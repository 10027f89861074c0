import CoachCore
import Foundation
import PostgresNIO

/// One shared call as the team sees it: whose, its figures, and whether its notes can be opened.
public struct TeamCall: Sendable {
    public var rep: String
    public var id: UUID
    public var figures: CallFigures
    public var notesShared: Bool
}

extension TeamConnection {
    /// The shared calls this login may read, oldest first: a rep's own, or, for a manager, the team's.
    public func calls(since: Date? = nil, rep: String? = nil) async throws(TeamError) -> [TeamCall] {
        try await checkSchema()
        let rows = try await run("""
            SELECT m.rep, c.id, c.started_at, c.duration, c.stage_reached, c.talk_share, c.talk_share_source,
                   c.longest_monologue, c.questions, c.open_questions, c.needs, c.next_steps, c.barriers::text,
                   c.shared_notes IS NOT NULL
            FROM secondcall.call c JOIN secondcall.member m ON m.login = c.login
            WHERE (\(since)::timestamptz IS NULL OR c.started_at >= \(since)) AND (\(rep)::text IS NULL OR m.rep = \(rep))
            ORDER BY m.rep, c.started_at, c.id
            """)
        var calls: [TeamCall] = []
        calls.reserveCapacity(rows.count)
        for row in rows {
            do {
                let (name, id, startedAt, duration, stage, talkShare, source, monologue, questions, open, needs, next, barriers, shared) =
                    try row.decode((String, UUID, Date, Int, String, Double?, String, Int, Int, Int, Int, Int, String, Bool).self)
                let figures = CallFigures(startedAt: startedAt, duration: duration, stageReached: Stage(rawValue: stage) ?? .relationship,
                                          talkShare: talkShare, talkShareSource: CallReview.TalkShareSource(rawValue: source) ?? .words,
                                          longestMonologue: monologue, questions: questions, openQuestions: open, needs: needs,
                                          nextSteps: next, barriersJSON: barriers)
                calls.append(TeamCall(rep: name, id: id, figures: figures, notesShared: shared))
            } catch {
                throw TeamError.server(message: "unexpected data in a shared call: \(error)")
            }
        }
        if calls.isEmpty, let rep, try await run("SELECT 1 FROM secondcall.member WHERE rep = \(rep)").isEmpty {
            throw TeamError.notJoined(rep: rep)
        }
        return calls
    }

    /// A shared call in full, as the review screen shows it; nil when the rep did not share its notes.
    public func review(ofCall id: UUID) async throws(TeamError) -> CallReview? {
        guard let row = try await run("SELECT started_at, duration, shared_notes::text FROM secondcall.call WHERE id = \(id)").first else {
            return nil
        }
        let startedAt = try decode(row, 0, as: Date.self)
        let duration = try decode(row, 1, as: Int.self)
        guard let text = try decode(row, 2, as: String?.self) else { return nil }
        let notes: SharedNotes
        do {
            notes = try JSONDecoder().decode(SharedNotes.self, from: Data(text.utf8))
        } catch {
            throw TeamError.server(message: "the call's shared notes cannot be read: \(error)")
        }
        let flagRows = try await run("""
            SELECT note_index, rule, target, severity, message, tip, coalesce(evidence, ''), evidence_strength, dismissed
            FROM secondcall.flag WHERE call_id = \(id) ORDER BY note_index, target
            """)
        var flags: [Flag] = []
        var unknown: [UnknownFlag] = []
        for row in flagRows {
            do {
                let (index, rule, target, severity, message, tip, evidence, strength, dismissed) =
                    try row.decode((Int, String, String, String, String, String, String, String, Bool).self)
                guard let known = RuleTarget(id: target) else {
                    unknown.append(UnknownFlag(noteIndex: index, rule: rule, target: target))
                    continue
                }
                flags.append(Flag(rule: rule, target: known, severity: Severity(rawValue: severity) ?? .warning,
                                  evidenceStrength: EvidenceStrength(rawValue: strength) ?? .strong, noteIndex: index,
                                  message: message, tip: tip, evidence: evidence, dismissed: dismissed))
            } catch {
                throw TeamError.server(message: "unexpected data in a shared flag: \(error)")
            }
        }
        return CallReview(account: notes.account, contact: notes.contact, startedAt: startedAt, duration: duration, notes: notes.notes,
                          flags: flags, floorChanges: notes.floor.map { ($0.elapsed, $0.holder) }, plan: nil, ticks: notes.ticks,
                          unknownFlags: unknown)
    }
}
