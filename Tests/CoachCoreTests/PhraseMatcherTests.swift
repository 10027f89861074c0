import CoachCore
import Testing

@Suite struct PhraseMatcherTests {
    private func firstMatch(_ patterns: [String], in text: String) throws -> String? {
        let matcher = PhraseMatcher(groups: [try patterns.map { try PhrasePattern($0) }])
        let set = 0
        var matches = PhraseMatcher.Matches()
        matcher.match(Tokenizer.tokens(text), into: &matches)
        return matches.span(set).map { String(decoding: Array(text.utf8)[$0], as: UTF8.self) }
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
        var matches = PhraseMatcher.Matches()
        let short = Tokenizer.tokens(String(repeating: "a ", count: 1_000) + "c")
        matcher.match(short, into: &matches)
        let shortSteps = matches.steps
        let long = Tokenizer.tokens(String(repeating: "a ", count: 10_000) + "c")
        matcher.match(long, into: &matches)
        #expect(matches.steps <= shortSteps * 11)
        #expect(matches.steps <= long.count * 40)
        let oneWord = Tokenizer.tokens(String(repeating: "a", count: 10_000) + "b")
        matcher.match(oneWord, into: &matches)
        #expect(matches.steps <= 10)
    }
}
