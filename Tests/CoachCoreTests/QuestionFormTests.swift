import CoachCore
import Testing

/// Questions by their form, as a rep on a call types them.
@Suite struct QuestionFormTests {
    private func form(_ text: String) -> QuestionForm.Form { QuestionForm.form(of: text, tokens: Tokenizer.tokens(text)) }

    @Test func openAndClosedQuestionsWithTheirMark() {
        #expect(form("So, how has the season been?") == .init(isQuestion: true, isOpen: true))
        #expect(form("Thanks. Walk me through the rollout?") == .init(isQuestion: true, isOpen: true))
        #expect(form("Help me understand the gap?") == .init(isQuestion: true, isOpen: true))
        #expect(form("Is it the shelves?") == .init(isQuestion: true, isOpen: false))
    }

    @Test func questionsTypedWithoutTheirMark() {
        for text in ["whats slowing it down", "hows the 5g rollout going", "what would tell u which one it is", "r u live yet",
                     "hi dev so how many ppl at the firm now", "which brands do u guys carry again", "did i get that right",
                     "ok. and what do ur return reasons say", "any chance of a call thurs"] {
            #expect(form(text).isQuestion, "\(text)")
        }
        #expect(form("whats slowing it down").isOpen)
        #expect(!form("r u live yet").isOpen)
    }

    @Test func statementsThatOpenLikeQuestions() {
        for text in ["What a season.", "What worries me is what happens after they land.", "When it was recalled we reprogrammed every pump.",
                     "We're the best team in the country for this.", "Where we struggle is the night shift.", "Have a look at the deck."] {
            #expect(!form(text).isQuestion, "\(text)")
        }
    }

    @Test func notesOutsideTheEngineAskToo() {
        #expect(QuestionForm.isQuestion(.said(.me, "whats behind the 2nd source")))
        #expect(QuestionForm.isQuestion(.said(.customer, "What do you think?")))
        #expect(!QuestionForm.isQuestion(Note(body: .need("what they sell"))), "a command asks nothing")
    }
}
