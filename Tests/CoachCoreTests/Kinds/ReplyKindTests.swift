import CoachCore
import Testing
import TestSupport

@Suite struct ReplyKindTests {
    private let kind = ReplyKind(phrases: try! RuleHarness.patterns("can we talk about"), replies: try! RuleHarness.patterns("get there", "in a minute"))

    @Test func flagsTheRepsReplyThatPutsTheRequestOff() throws {
        let result = try RuleHarness.flags(kind, "c: can we talk about the audit?\nnote to self\nme: we'll get there. how many sites?")
        #expect(result.map(\.line) == [3])
        #expect(result.first?.evidence == "get there")
    }

    @Test func followingTheCustomerOrAnUnrelatedReplyIsFine() throws {
        #expect(try RuleHarness.lines(kind, "c: can we talk about the audit?\nme: of course, what worries you?").isEmpty)
        #expect(try RuleHarness.lines(kind, "c: three sites\nme: we'll get there in a minute").isEmpty)
    }

    @Test func onlyTheNextRepNoteIsTheReply() throws {
        #expect(try RuleHarness.lines(kind, "c: can we talk about the audit?\nme: sure\nme: we'll get there").isEmpty)
    }
}
