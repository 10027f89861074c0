import CoachCore
import Testing

@Suite struct PhraseMatcherTests {
    private func firstMatch(_ patterns: [String], in text: String) throws -> String? {
        let matcher = PhraseMatcher(groups: [try patterns.map { try PhrasePattern($0) }])
        return matcher.match(text).matches.span(0).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
    }

    @Test func matchesWholeWordsIgnoringCase() throws {
        #expect(try firstMatch(["our platform"], in: "Well, OUR Platform does that.") == "OUR Platform")
        #expect(try firstMatch(["quota"], in: "Those quotations are old.") == nil)
        #expect(try firstMatch(["po"], in: "Can we get a PO by Friday?") == "PO")
        #expect(try firstMatch(["po"], in: "a post about policy") == nil)
    }

    @Test func prefixesAndSingleWordWildcards() throws {
        #expect(try firstMatch(["integrat*"], in: "forty integrations") == "integrations")
        #expect(try firstMatch(["our * module"], in: "let me show you our inventory module") == "our inventory module")
        #expect(try firstMatch(["our * module"], in: "our module") == nil)
    }

    @Test func apostrophesAndHyphens() throws {
        #expect(try firstMatch(["i'll do anything"], in: "I’ll do anything for you") == "I’ll do anything")
        #expect(try firstMatch(["game changer"], in: "a real game-changer!") == "game-changer")
    }

    @Test func prefixesHaveNoLimitInNumber() throws {
        let stems = (0..<300).map { "stem\($0)x*" }
        let matcher = PhraseMatcher(groups: [try stems.map { try PhrasePattern($0) }])
        #expect(matcher.match("a stem299xyz here").matches.contains(0))
        #expect(matcher.match("a stem1x here").matches.contains(0))
    }

    /// A pack of many phrases compiles in time proportional to its size: adding a phrase is a hash lookup
    /// a word, never a scan of the words already there.
    @Test func aLargePackCompiles() throws {
        let phrases = try (0..<50_000).map { try PhrasePattern("word\($0) tail\($0 % 100)") }
        let matcher = PhraseMatcher(groups: [phrases])
        #expect(matcher.match("and word49999 tail99 here").matches.contains(0))
    }

    @Test func regularExpressionsAreRejectedWithTheOffset() {
        #expect(throws: PhrasePattern.Problem.self) { try PhrasePattern("(a+)+$") }
        do {
            _ = try PhrasePattern("get (a) deal")
        } catch {
            #expect(error.offset == 4)
            #expect(error.message.contains("not regular expressions"))
        }
        #expect(throws: PhrasePattern.Problem.self) { try PhrasePattern("*") }
        #expect(throws: PhrasePattern.Problem.self) { try PhrasePattern("a*b") }
    }

    /// A pattern that makes backtracking regex engines explode stays linear here: steps grow with the
    /// number of words, bounded by the phrase length, however the words line up.
    @Test func hostileInputStaysLinear() throws {
        let matcher = PhraseMatcher(groups: [try ["a a a a a a a a a a a b", "* * * * * * * * * * * b", "aaa*"].map { try PhrasePattern($0) }])
        let shortSteps = matcher.match(String(repeating: "a ", count: 1_000) + "c").matches.steps
        let long = matcher.match(String(repeating: "a ", count: 10_000) + "c")
        #expect(long.matches.steps <= shortSteps * 11)
        #expect(long.matches.steps <= long.terms.count * 40)
        #expect(matcher.match(String(repeating: "a", count: 10_000) + "b").matches.steps <= 10)
    }
}
