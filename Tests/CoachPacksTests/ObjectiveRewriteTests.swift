import CoachCore
import CoachPacks
import TestSupport
import Testing

/// Objectives framed as a want or a tell, each rewritten as a whole sentence about what to learn. The
/// table holds the three wants of the planning article, the two a rep met on the plan form, and the
/// ways reps write the rest.
@Suite struct ObjectiveRewriteTests {
    static let coach = try! ObjectiveCoachLoader.load(Fixtures.packageRoot.appendingPathComponent("Resources/objectives/default.yaml"))

    static let table: [(objective: String, rewrite: String)] = [
        // The planning article's three wants.
        ("I want to figure out how to get them to make a decision on this proposal.",
         "I need to learn where they stand in deciding on this proposal, and what they still need to know."),
        ("I want to know why they decided to stay with their current supplier when I could have saved them money, etc.",
         "I need to understand what they value in the supplier they kept, and what they would be afraid to lose by changing."),
        ("I want to know how I can do business with them.",
         "I need to find out which problems in their business matter most to them, and whether we can help with any of them."),
        // What a rep typed on the plan form.
        ("I want to get them to sign the renewal",
         "I need to understand what would have to be true for them to sign the renewal."),
        ("get a demo booked with the GM",
         "I need to find out what the GM would want to get out of a demo, and whether now is the time for one."),
        // Tells.
        ("I want to talk to them about our new module.", "I need to learn whether our new module would matter to them, and why."),
        ("Tell them about the new pricing", "I need to learn whether the new pricing would matter to them, and why."),
        ("Present our roadmap for next year", "I need to learn whether our roadmap for next year would matter to them, and why."),
        ("Show them our dashboard", "I need to learn whether our dashboard would matter to them, and why."),
        ("I'd like to walk them through our case studies", "I need to learn whether our case studies would matter to them, and why."),
        ("Pitch the premium tier", "I need to learn whether the premium tier would matter to them, and why."),
        ("Let them know that prices go up in May", "I need to learn how they would see it if prices go up in May."),
        ("Show them how the forecasting works", "I need to find out whether knowing how the forecasting works would help them."),
        ("Discuss the integration options", "I need to learn whether the integration options would matter to them, and why."),
        // Getting someone to do something.
        ("Get the CFO to approve the budget", "I need to understand what would have to be true for the CFO to approve the budget."),
        ("Convince them to switch from their spreadsheets",
         "I need to understand what would have to be true for them to switch from their spreadsheets."),
        ("Persuade the board that our price is fair", "I need to understand what the board would need to see to believe that our price is fair."),
        ("Make them commit to a pilot", "I need to understand what would have to be true for them to commit to a pilot."),
        ("Win them over", "I need to understand what holds them back, and what would settle it for them."),
        ("I want to get buy-in from the VP of operations", "I need to understand what holds them back, and what would settle it for them."),
        // Closing.
        ("Close the deal this quarter", "I need to learn where they stand in deciding, and what they still need to know before they commit."),
        ("Get the order", "I need to learn where they stand in deciding, and what they still need to know before they commit."),
        ("We need to get the contract signed by Friday",
         "I need to learn where they stand in deciding, and what they still need to know before they commit."),
        ("Push for a decision before quarter end", "I need to learn where they stand in deciding before quarter end, and what they still need to know."),
        ("Get a yes on the proposal", "I need to learn where they stand in deciding on the proposal, and what they still need to know."),
        // Meetings.
        ("Book a follow-up meeting for next week",
         "I need to find out what they would want to get out of a follow-up meeting, and whether now is the time for one."),
        ("Set up a workshop with their store managers",
         "I need to find out what their store managers would want to get out of a workshop, and whether now is the time for one."),
        ("Get in front of the decision maker",
         "I need to find out what the decision maker would want from a meeting with us, and whether now is the time for one."),
        // Selling more, and the rep's own target.
        ("Sell them the analytics add-on", "I need to find out whether they have a problem that the analytics add-on would solve."),
        ("Upsell them to the enterprise plan", "I need to find out whether they have a problem that the enterprise plan would solve."),
        ("Expand into their regional warehouses",
         "I need to learn what the rest of their business struggles with, and whether we would be welcome there."),
        ("Hit my number for Q3", "I need to learn what they are trying to achieve this year, and where we might fit in."),
        ("Qualify the opportunity", "I need to find out whether they have a problem we can help with, and how much it matters to them."),
        // Wants that are already about learning, or that no frame names.
        ("I want to know their budget for the spring", "I need to find out their budget for the spring."),
        ("I want to understand why the last rollout slipped", "I need to understand why the last rollout slipped."),
        ("I want to see if they have budget", "I need to find out whether they have budget."),
        ("I'd like to build rapport with the new CFO", "I need to learn what they would need from us before we build rapport with the new CFO."),
    ]

    static let fine = [
        "I need to understand what is getting in the way of their decision.",
        "Find out who else has a say in the change",
        "Learn how the stores are staffed on weekends",
        "Understand what slowed the last rollout",
        "What do the regional managers think of the last training?",
        "Budget for the spring",
        "Hear how the season went in their own words",
        "Goal: understand their stock-count process",
    ]

    @Test(arguments: table) func aWantOrATellIsRewrittenAsSomethingToLearn(objective: String, rewrite: String) throws {
        let finding = Self.coach.review(objective)
        #expect(finding?.rewrite == rewrite, "'\(objective)'")
    }

    @Test func theTableIsLargeEnough() { #expect(Self.table.count >= 30) }

    @Test(arguments: table.map(\.objective)) func everyRewriteIsOneWholeSentence(objective: String) throws {
        let finding = Self.coach.review(objective)
        try #require(finding != nil, "'\(objective)' is flagged")
        let rewrite = finding!.rewrite
        #expect(rewrite.hasPrefix("I need to "))
        #expect(rewrite.hasSuffix("."))
        #expect(!rewrite.contains("{") && !rewrite.contains("  ") && !rewrite.contains(" ."))
        let words = rewrite.lowercased().split(separator: " ")
        #expect(!zip(words, words.dropFirst()).contains { $0 == $1 }, "no word twice in a row: \(rewrite)")
        let verbs: Set<Substring> = ["understand", "learn", "find"]
        #expect(!zip(words, words.dropFirst()).contains { verbs.contains($0) && ["get", "talk", "tell", "close", "convince", "know"].contains($1) },
                "a learning verb is never followed by a want: \(rewrite)")
        #expect(Self.coach.review(rewrite) == nil, "the rewrite is itself fine: \(rewrite)")
    }

    @Test(arguments: fine) func anObjectiveAboutLearningIsLeftAlone(objective: String) {
        #expect(Self.coach.review(objective) == nil)
    }
}
