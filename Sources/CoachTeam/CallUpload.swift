import CoachCore
import Foundation
import PostgresNIO

/// A finished call as the rep sends it: its id (the same on every send, so sending again replaces it), its
/// review, and whether its notes go with it.
public struct SharedCall: Sendable {
    public var id: UUID
    public var review: CallReview
    public var shareNotes: Bool

    public init(id: UUID, review: CallReview, shareNotes: Bool) {
        self.id = id
        self.review = review
        self.shareNotes = shareNotes
    }
}

extension TeamConnection {
    /// Stores one call, its flags and dismissals (and its notes when shared) in one transaction. Sending the
    /// same call again replaces what was stored: it is never there twice. Row-level security stamps it with
    /// this login and refuses to touch another login's call.
    public func upload(_ call: SharedCall) async throws(TeamError) {
        let figures = CallFigures(call.review)
        // The rep's private observations stay on the rep's machine even when the notes are shared.
        let shared = call.review.leavingOutPrivateNotes()
        let notes = try call.shareNotes ? sharedNotesJSON(shared) : nil
        let flags = shared.flags
        try await transaction { () async throws(TeamError) in
            try await run("""
                INSERT INTO secondcall.call (id, started_at, duration, stage_reached, talk_share, talk_share_source,
                    longest_monologue, questions, open_questions, needs, next_steps, barriers, shared_notes)
                VALUES (\(call.id), \(figures.startedAt), \(figures.duration), \(figures.stageReached.rawValue), \(figures.talkShare),
                    \(figures.talkShareSource.rawValue), \(figures.longestMonologue), \(figures.questions), \(figures.openQuestions),
                    \(figures.needs), \(figures.nextSteps), \(figures.barriersJSON)::jsonb, \(notes)::jsonb)
                ON CONFLICT (id) DO UPDATE SET started_at = EXCLUDED.started_at, duration = EXCLUDED.duration,
                    stage_reached = EXCLUDED.stage_reached, talk_share = EXCLUDED.talk_share,
                    talk_share_source = EXCLUDED.talk_share_source, longest_monologue = EXCLUDED.longest_monologue,
                    questions = EXCLUDED.questions, open_questions = EXCLUDED.open_questions, needs = EXCLUDED.needs,
                    next_steps = EXCLUDED.next_steps, barriers = EXCLUDED.barriers, shared_notes = EXCLUDED.shared_notes,
                    sends = secondcall.call.sends + 1
                """)
            try await run("DELETE FROM secondcall.flag WHERE call_id = \(call.id)")
            guard !flags.isEmpty else { return }
            // Evidence quotes the notes, so it goes only with them.
            let evidence = flags.map { call.shareNotes ? $0.evidence : "" }
            try await run("""
                INSERT INTO secondcall.flag (call_id, note_index, rule, target, severity, message, tip, evidence, evidence_strength, dismissed)
                SELECT \(call.id), n, r, t, s, m, tp, NULLIF(e, ''), es, d
                FROM unnest(\(flags.map(\.noteIndex))::int8[], \(flags.map(\.rule))::text[], \(flags.map(\.target.id))::text[],
                            \(flags.map(\.severity.rawValue))::text[], \(flags.map(\.message))::text[], \(flags.map(\.tip))::text[],
                            \(evidence)::text[], \(flags.map(\.evidenceStrength.rawValue))::text[], \(flags.map(\.dismissed))::bool[])
                     AS f(n, r, t, s, m, tp, e, es, d)
                """)
        }
    }

    private func sharedNotesJSON(_ review: CallReview) throws(TeamError) -> String {
        // Floor changes only when the rep passed the floor; otherwise the review works it out from the notes again.
        let floor = review.talkShareSource == .floorTime
            ? review.floor.map { SharedNotes.FloorChange(elapsed: $0.start, holder: $0.holder) } : []
        let shared = SharedNotes(account: review.account, contact: review.contact, notes: review.notes, floor: floor, ticks: review.ticks)
        do {
            return String(decoding: try JSONEncoder().encode(shared), as: UTF8.self)
        } catch {
            throw TeamError.server(message: "cannot write the call's notes as JSON: \(error)")
        }
    }
}
