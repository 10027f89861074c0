import CoachCore
import CoachStore

extension LiveCall {
    /// A call left unfinished, as it was: its notes read again (without nudging), its ticks, the floor as
    /// it was passed, and the clock running on from where it stopped.
    public static func resuming(_ stored: StoredCall, pack: RulePack, checklist: Checklist, nudgeInterval: Double,
                                journal: (any CallJournal)?, now: @escaping () -> Double) -> LiveCall {
        let session = CallSession(pack: pack, checklist: checklist, plan: stored.plan, elapsedAtStart: stored.session.elapsed,
                                  nudgeInterval: nudgeInterval)
        for note in stored.notes { session.add(note, nudging: false) }
        session.connect(at: now())
        for (item, ticked) in stored.ticks { session.setTicked(item, ticked) }
        session.clock = TalkClock(resuming: stored.floor, elapsed: stored.session.elapsed, at: now())
        return LiveCall(session: session, journal: journal, now: now)
    }
}
