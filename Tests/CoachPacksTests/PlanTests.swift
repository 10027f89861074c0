import CoachCore
import CoachPacks
import TestSupport
import Testing

@Suite struct PlanTests {
    static let coach = try! ObjectiveCoachLoader.load(Fixtures.packageRoot.appendingPathComponent("Resources/objectives/default.yaml"))

    @Test func aPlanFileReadsWithPositionsAndRoundTrips() throws {
        let text = """
        account: Acme Retail
        contact: Nick
        style: direct
        objectives:
          - I need to understand the shelf problem.
          - Tell them about our training.
        questions:
          - What would a good season look like?
        prep:
          recent news: two new stores
          what drives their revenue:
        """
        let (loaded, problems) = PlanFileReader.read(path: "p.yaml", text: text)
        #expect(problems.isEmpty)
        let plan = try #require(loaded).plan
        #expect(plan.objectives.count == 2)
        #expect(plan.prep.map(\.answer) == ["two new stores", ""])
        #expect(loaded?.objectivePositions.map(\.line) == [5, 6])
        #expect(plan.blankPrepItems == ["what drives their revenue"])

        let written = try PlanFileWriter.write(plan)
        let (reread, rereadProblems) = PlanFileReader.read(path: "again.yaml", text: written)
        #expect(rereadProblems.isEmpty)
        #expect(reread?.plan == plan)

        let warnings = PlanReport.warnings(for: try #require(loaded), coach: Self.coach, path: "p.yaml").map(\.description)
        #expect(warnings.count == 2)
        #expect(warnings[0].hasPrefix("p.yaml:6:5: warning: objective framed as a want or a tell: \"Tell them about our training.\"; try: \"I need to learn whether our training would"))
        #expect(warnings[1] == "p.yaml:11:3: warning: prep item 'what drives their revenue' is blank: do this homework before the call")
    }

    @Test func aPlanWithEmptyFieldsRoundTrips() throws {
        let plan = CallPlan(account: "Acme Retail", objectives: ["Learn what changed since spring"])
        let written = try PlanFileWriter.write(plan)
        let (reread, problems) = PlanFileReader.read(path: "p.yaml", text: written)
        #expect(problems.isEmpty)
        #expect(reread?.plan == plan)
        #expect(reread?.plan.blankPrepItems.count == 7)
    }

    @Test func aRuleCanCarryAPlanForItsExamples() throws {
        let pack = RulePackLoader.load(directories: [ShippedRules.directory]).pack
        let planned = try #require(pack.rule(id: "plan-attachment-planned-question"))
        #expect(planned.examples.plan?.questions.count == 2)
        let outcome = RuleExampleRunner.run(pack) { $0 == planned.file }
        #expect(outcome.failures.isEmpty && outcome.passed == 4)
    }

    @Test func badFieldsAreReportedWithTheirPlace() {
        let (plan, problems) = PlanFileReader.read(path: "p.yaml", text: "account: Acme\nobjective:\n  - learn\nprep: [a, b]\n")
        #expect(plan == nil)
        #expect(problems.map(\.description) == [
            "p.yaml:2:1: error: unknown field 'objective' in a plan; valid fields: account, contact, style, objectives, questions, prep",
            "p.yaml:4:7: error: 'prep' must be a mapping of item to answer, e.g. 'recent news: opened two stores'",
        ])
    }

    @Test func aPlanWithoutPrepGetsTheStandardHomeworkAllBlank() throws {
        let (loaded, _) = PlanFileReader.read(path: "p.yaml", text: "objectives: [Learn what changed since spring]\n")
        #expect(loaded?.plan.blankPrepItems == CallPlan.standardPrep)
    }
}
