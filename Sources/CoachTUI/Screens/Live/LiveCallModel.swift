import CoachCore

/// What the live screen asks of the call it shows. The call's logic (a typed line made a note and saved
/// before it shows, a note fixed or undone, the checklist ticked, the call ended) is CoachApp's `LiveCall`:
/// the screen turns keys into these requests and draws what comes back.
public protocol LiveCallModel: AnyObject {
    var session: CallSession { get }
    /// False once something could not be saved, until a note is saved again.
    var isSaved: Bool { get }
    /// The call's clock.
    func now() -> Double
    /// A typed line, by `speaker` unless it names its own: made a note, saved, then shown.
    func save(_ typed: String, by speaker: Speaker) -> CallOutcome
    /// The call moves on to the next stage; nothing when it is at the last.
    func nextStage() -> CallOutcome
    /// The floor passes, me ↔ them (and the call's clock starts, if it had not).
    func passFloor() -> CallOutcome
    /// Starts the clock when the call connects; then pauses or resumes it.
    func toggleClock()
    func setTicked(_ item: String, _ ticked: Bool) -> CallOutcome
    /// A correction to a saved note, saved before it shows; it can be undone.
    func fix(_ change: NoteChange) -> CallOutcome
    /// A saved note's text typed again: read as the note it now is, by `speaker` for a said line.
    func fixText(ofNote index: Int, typed: String, by speaker: Speaker) -> CallOutcome
    /// Takes back the last fix; where the note it changed is, when there was one.
    func undo() -> (outcome: CallOutcome, position: Int?)
    /// Keeps the stored clock close to the call's, so a resumed call starts where this one was.
    func keepProgress(at elapsed: Int) -> CallOutcome
    func end() -> CallOutcome
}

/// How a request to a call went, for the screen to show.
public enum CallOutcome: Equatable, Sendable {
    /// Done, and saved.
    case done
    /// Nothing to do: the request changed nothing.
    case nothing
    /// Not taken, and why: the typed line stays, selected, for the next key to replace.
    case refused(String)
    /// Done, but not saved, and why: the call shows it and is marked not saved.
    case notSaved(String)
    /// Not done, and why.
    case failed(String)

    /// The request's change is on the call, saved or not.
    public var stands: Bool {
        switch self {
        case .done, .notSaved: true
        case .nothing, .refused, .failed: false
        }
    }

    /// What the screen says of it; nil when there is nothing to say.
    public var problem: String? {
        switch self {
        case .done, .nothing: nil
        case .refused(let reason), .notSaved(let reason), .failed(let reason): reason
        }
    }
}
