import CoachCore
import Testing

/// Questions by their form, as a rep on a call types them.
@Suite struct QuestionFormTests {
    private func form(_ text: String) -> QuestionForm.Form { QuestionForm.form(of: text, tokens: Tokenizer.tokens(text)) }

    @Test func openAndClosedQuestionsWithTheirMark() {
        for (text, open) in [("So, how has the season been?", true), ("Thanks. Walk me through the rollout?", true),
                             ("Help me understand the gap?", true), ("Is it the shelves?", false)] {
            #expect(form(text).isQuestion && form(text).isOpen == open, "\(text)")
        }
    }

    @Test func aNoteKnowsWhichOfItsSentencesAsk() {
        let text = "Let me tell you about us. What do you think?"
        let mixed = form(text)
        #expect(mixed.isQuestion && mixed.hasStatement)
        #expect(!mixed.asks(at: 0))
        #expect(mixed.asks(at: Array(text.utf8).firstIndex(of: UInt8(ascii: "W"))!))
        #expect(!form("What do you think?").hasStatement)
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

    @Test func questionsThatTellAreStatements() {
        for text in ["You do know your firm's signs went dark for most of last winter?", "Did you know our kit ships with a veil?",
                     "are you aware the last batch arrived late?"] {
            #expect(!form(text).isQuestion && form(text).hasStatement, "\(text)")
        }
        #expect(form("Do you know who signs it off?").isQuestion, "a real question about what they know")
    }

    @Test func notesOutsideTheEngineAskToo() {
        #expect(QuestionForm.isQuestion(.said(.me, "whats behind the 2nd source")))
        #expect(QuestionForm.isQuestion(.said(.customer, "What do you think?")))
        #expect(!QuestionForm.isQuestion(Note(body: .need("what they sell"))), "a command asks nothing")
    }
}
