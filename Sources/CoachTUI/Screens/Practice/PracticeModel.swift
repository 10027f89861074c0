import CoachCore

/// What the practice screen asks of the practice it shows. Saving each turn before it shows, and ending
/// the practice, is CoachApp's `PracticeCall`.
public protocol PracticeModel: AnyObject {
    var run: PracticeRun { get }
    /// Seconds since the practice started.
    func elapsed() -> Int
    /// The rep's line said to the customer: the turn is saved, then shown.
    func say(_ text: String, at elapsed: Int) -> CallOutcome
    /// Ends the practice (if the customer had not) and keeps it.
    func end(at elapsed: Int) -> CallOutcome
}
