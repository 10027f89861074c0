/// How a note reads, decided once for every rule: a question or not, open or closed, the rep's
/// self-report, a reply to the customer's question.
public struct NoteReading: Sendable, Equatable {
    /// A question by its form: a `?`, or a sentence that starts the way questions do ("whats slowing it down").
    public var isQuestion = false
    public var isOpenQuestion = false
    /// The sentences that ask and whether any only says something: a pitch and a question can share a note.
    public var form = QuestionForm.Form(isQuestion: false, isOpen: false)
    /// A private note in which the rep reports what they did or thought.
    public var isSelfReport = false
    /// A rep note right after the customer asked about the rep's side ("how big are you?", "what would it
    /// cost with you?"): the rep answering, not pitching.
    public var answersQuestion = false

    public init(isQuestion: Bool = false, isOpenQuestion: Bool = false, isSelfReport: Bool = false, answersQuestion: Bool = false) {
        self.isQuestion = isQuestion
        self.isOpenQuestion = isOpenQuestion
        self.isSelfReport = isSelfReport
        self.answersQuestion = answersQuestion
    }
}
