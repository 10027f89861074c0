import CoachCore
import Testing

/// Each rule kind on its own: a one-rule pack, a few notes, the flags that come out.
@Suite struct RuleKindTests {
    private func flags(_ kind: RuleKind, speaker: Speaker? = .me, stages: [Stage] = [], plan: CallPlan? = nil,
                       _ notes: String) throws -> [(line: Int, evidence: String)] {
        let rule = RuleDefinition(id: "r", target: .barrier(.pitching), kind: kind, speaker: speaker, stages: stages,
                                  message: "m", tip: "t")
        let parsed = NotesParser.parse(notes)
        try #require(parsed.diagnostics.isEmpty)
        return RuleEngine.flags(for: parsed.document.notes, pack: RulePack(rules: [rule]), plan: plan)
            .map { (parsed.document.lines[$0.noteIndex], $0.evidence) }
    }

    private func patterns(_ texts: String...) throws -> [PhrasePattern] { try texts.map { try PhrasePattern($0) } }

    @Test func phraseRespectsSpeakerExceptionsAndStages() throws {
        let kind = RuleKind.phrase(phrases: try patterns("our platform"), exceptions: try patterns("your platform"))
        let result = try flags(kind, "c: our platform\nme: our platform is great\nme: our platform or your platform?")
        #expect(result.map(\.line) == [2])
        #expect(result.first?.evidence == "our platform")
        let staged = try flags(kind, stages: [.commitment], "me: our platform\n/stage commitment\nme: our platform")
        #expect(staged.map(\.line) == [3])
    }

    @Test func beforeNeedStageAndMinutes() throws {
        let needKind = RuleKind.before(phrases: try patterns("proposal"), exceptions: [], condition: BeforeCondition(beforeNeed: true))
        #expect(try flags(needKind, "me: a proposal?\n/need faster counts\nme: a proposal then").map(\.line) == [1])
        let stageKind = RuleKind.before(phrases: try patterns("price"), exceptions: [], condition: BeforeCondition(beforeStage: .opportunity))
        #expect(try flags(stageKind, "me: the price\n/stage opportunity\nme: the price").map(\.line) == [1])
        let minuteKind = RuleKind.before(phrases: try patterns("contract"), exceptions: [], condition: BeforeCondition(withinMinutes: 5))
        #expect(try flags(minuteKind, "[01:00] me: contract\n[06:00] me: contract").map(\.line) == [1])
    }

    @Test func streakCountsLongStatementsAndResetsOnQuestions() throws {
        let kind = RuleKind.streak(count: 3, minimumWords: 4)
        let notes = """
        me: one two three four
        c: ok
        me: ok
        me: five six seven eight
        me: nine ten eleven twelve
        me: what do you think of it?
        me: one two three four
        """
        #expect(try flags(kind, notes).map(\.line) == [5])
    }

    @Test func lengthFlagsPastTheLimitOnly() throws {
        let kind = RuleKind.length(maximumWords: 5)
        #expect(try flags(kind, "me: one two three four five\nme: one two three four five six").map(\.line) == [2])
    }

    @Test func unansweredAnchorsAtTheTriggerAndAllowsAcknowledgement() throws {
        let kind = RuleKind.unanswered(phrases: try patterns("months late"), acknowledgements: try patterns("sorry"), within: 2)
        let ignored = "c: it was months late\nme: our platform\nc: hm\nme: our team\n"
        #expect(try flags(kind, speaker: .customer, ignored).map(\.line) == [1])
        let answered = "c: it was months late\nme: I'm sorry to hear that\nme: our team\n"
        #expect(try flags(kind, speaker: .customer, answered).isEmpty)
        let endedOn = "c: it was months late\n"
        #expect(try flags(kind, speaker: .customer, endedOn).isEmpty)
    }

    @Test func cueAnchorsAtTheRepsLastNote() throws {
        let kind = RuleKind.cue(phrases: try patterns("like i said"))
        let notes = "me: how many sites?\nc: three\nme: and how many sites?\nnote to self\nc: like I said, three"
        let result = try flags(kind, speaker: .customer, notes)
        #expect(result.map(\.line) == [3])
        #expect(result.first?.evidence.contains("like I said") == true)
    }

    @Test func repeatFlagsQuestionsAlreadyAnsweredButNotFollowUps() throws {
        let kind = RuleKind.repeatQuestion(minimumShared: 2)
        let notes = """
        c: we have three warehouses in the north region
        me: how many warehouses are in the north region?
        me: why the north region?
        me: which software runs the warehouses?
        """
        #expect(try flags(kind, notes).map(\.line) == [2])
    }

    @Test func plannedQuestionFlagsOnlyWhatTheCustomerAlreadyCovered() throws {
        let kind = RuleKind.plannedQuestion(minimumShared: 2)
        let plan = CallPlan(questions: ["What systems do you use for stock counts?", "Who else signs off on a new supplier?"])
        let notes = """
        c: Stock counts are still done on paper across all the stores.
        me: Which systems handle your stock counts today?
        me: Who else signs off on a new supplier?
        me: Why has paper stuck for the stock counts?
        """
        let raised = try flags(kind, plan: plan, notes)
        #expect(raised.map(\.line) == [2])
        #expect(raised.first?.evidence == "planned question \"What systems do you use for stock counts?\": they already spoke of stock, counts")
        #expect(try flags(kind, notes).isEmpty, "without a plan there is nothing to compare with")
        // The same notes do not trip the plain repeat rule: the flag comes from the plan.
        #expect(try flags(.repeatQuestion(minimumShared: 2), notes).isEmpty)
    }

    @Test func blankPrepRaisesOnceAtTheFirstNote() throws {
        let kind = RuleKind.blankPrep(minimumBlank: 1)
        var plan = CallPlan()
        plan.prep[0].answer = "garden tools to independent shops"
        plan.prep[1].answer = "spring sales"
        plan.prep[3].answer = "tight before the season"
        let raised = try flags(kind, speaker: nil, plan: plan, "/stage relationship\nme: Thanks for the time.\nc: Sure.\n")
        #expect(raised.map(\.line) == [1])
        #expect(raised.first?.evidence == "4 of 7 prep items blank: what their main costs are, recent news, their history with us, and anything to acknowledge, what a second call would be for")
        for index in plan.prep.indices { plan.prep[index].answer = "done" }
        #expect(try flags(kind, speaker: nil, plan: plan, "me: Thanks for the time.\n").isEmpty)
        #expect(try flags(kind, speaker: nil, "me: Thanks for the time.\n").isEmpty)
    }

    @Test func metricAtStageChangeAndAtTheEnd() throws {
        let questions = RuleKind.metric(MetricCondition(measure: .questions, below: 2, at: .stageChange))
        #expect(try flags(questions, speaker: nil, "me: hello\n/stage opportunity\n/stage commitment").map(\.line) == [2, 3])
        let share = RuleKind.metric(MetricCondition(measure: .talkShare, above: 60, at: .end, minimumNotes: 3))
        let result = try flags(share, speaker: nil, "me: one two three four five six seven\nc: yes\nme: eight nine ten")
        #expect(result.map(\.line) == [3])
        #expect(result.first?.evidence == "talk-share 91%")
        #expect(try flags(share, speaker: nil, "me: one two three\nc: yes").isEmpty, "under min_notes")
    }

    @Test func questionAndListKinds() throws {
        #expect(try flags(.question(openOnly: true), "me: Is it?\nme: What is it?").map(\.line) == [2])
        #expect(try flags(.question(openOnly: false), "me: Is it?\nme: What is it?").map(\.line) == [1, 2])
        #expect(try flags(.list(minimumItems: 3), "me: a, b, c\nme: a, b\nme: a, b, c?").map(\.line) == [1])
    }

    @Test func atMostOneFlagPerBarrierPerNote() throws {
        let rules = [
            RuleDefinition(id: "one", target: .barrier(.pitching), kind: .phrase(phrases: try patterns("our"), exceptions: []), message: "m", tip: "t"),
            RuleDefinition(id: "two", target: .barrier(.pitching), kind: .phrase(phrases: try patterns("platform"), exceptions: []), message: "m", tip: "t"),
            RuleDefinition(id: "three", target: .barrier(.prideEnthusiasm), kind: .phrase(phrases: try patterns("platform"), exceptions: []), message: "m", tip: "t"),
        ]
        let flags = RuleEngine.flags(for: [.said(.me, "our platform")], pack: RulePack(rules: rules))
        #expect(flags.map(\.ruleID) == ["one", "three"])
    }
}
