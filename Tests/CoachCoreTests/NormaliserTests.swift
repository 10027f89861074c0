import CoachCore
import Testing
import TestSupport

/// How a typed word is read before matching: shorthand, apostrophes, inflections, slips of the fingers.
@Suite struct NormaliserTests {
    private let normaliser = Normaliser(shorthand: ["abt": "about", "eoq": "end of quarter", "w/": "with", "#s": "numbers", "mgr": "manager"],
                                        unstemmed: ["news"])

    @Test func shorthandStandsForItsWords() {
        #expect(normaliser.stems(of: "abt") == ["about"])
        #expect(normaliser.stems(of: "EOQ") == ["end", "of", "quarter"])
        #expect(Tokenizer.words("w/ the team, pull the #s") == ["w/", "the", "team", "pull", "the", "#s"])
        #expect(normaliser.stems(of: "w/") == ["with"])
        #expect(normaliser.stems(of: "#s") == ["number"])
    }

    @Test func apostrophesAreDropped() {
        #expect(normaliser.stems(of: "didn't") == normaliser.stems(of: "didnt"))
        #expect(normaliser.stems(of: "I’ll") == normaliser.stems(of: "ill"))
    }

    @Test func inflectionsMeetAtOneStem() {
        for family in [["deliver", "delivers", "delivered", "delivering"], ["company", "companies"], ["plan", "plans", "planned", "planning"],
                       ["price", "prices", "priced", "pricing"], ["box", "boxes"]] {
            #expect(Set(family.map(normaliser.stem)).count == 1, "\(family)")
        }
        #expect(normaliser.stem("news") == "news", "left alone by the data")
        #expect(normaliser.stem("us") != normaliser.stem("use"), "short words stay apart")
        #expect(normaliser.stem("business") == "business")
        #expect(normaliser.stem("need") == "need")
    }

    @Test func phrasesAndNotesAreReadAlike() throws {
        let matcher = PhraseMatcher(groups: [try RuleHarness.patterns("my manager", "end of the quarter", "shorted deliveries")], normaliser: normaliser)
        #expect(matcher.match("my mgr is all over me").matches.contains(0))
        #expect(matcher.match("before eoq").matches.contains(0) == false, "'the' is missing from 'end of quarter'")
        #expect(matcher.match("you shorted our deliveries").matches.contains(0) == false)
        #expect(matcher.match("they shorted deliveries twice").matches.contains(0))
        #expect(matcher.match("we were shorting the delivery").matches.contains(0) == false)
        #expect(matcher.match("they short the deliveries").matches.contains(0) == false)
    }

    @Test func aLongWordOneSlipFromAPhraseWordIsThatWord() throws {
        let matcher = PhraseMatcher(groups: [try RuleHarness.patterns("remember", "really", "commitment", "contract")])
        #expect(matcher.match("couldnt rememebr my next q").matches.contains(0), "two letters swapped")
        #expect(matcher.match("a comitment today").matches.contains(0), "a letter dropped")
        #expect(matcher.match("we need a commmitment").matches.contains(0), "a letter doubled")
        #expect(!matcher.match("a nice contrast").matches.contains(0), "a letter typed for another is a word of its own")
        #expect(!matcher.match("relly").matches.contains(0), "short words are not corrected")
    }

    @Test func aWordReadExactlyIsNeverASlip() throws {
        let patterns = [try RuleHarness.patterns("contract")]
        #expect(PhraseMatcher(groups: patterns).match("the contact centre").matches.contains(0), "one letter from a pack word")
        let exact = PhraseMatcher(groups: patterns, normaliser: Normaliser(unstemmed: ["contact", "contacts"]))
        #expect(!exact.match("the contact centre").matches.contains(0))
        #expect(!exact.match("our contacts there").matches.contains(0))
        #expect(exact.match("the contrat is ready").matches.contains(0), "other slips are still read")
    }
}
