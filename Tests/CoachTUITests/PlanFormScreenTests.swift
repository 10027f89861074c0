import CoachCore
import Foundation
import CoachPacks
import CoachTUI
import TestSupport
import Testing

/// A screen that says its name, and opens `next` on any key: home and the live call, as far as the form knows.
final class StandIn: Screen {
    let title: String
    var next: (any Screen)?

    init(title: String) { self.title = title }

    var keyTable: any KeyTableListing { KeyTable<Int>(title: title, []) }

    func render(into canvas: inout Canvas) { canvas.write(title, x: 0, y: 0) }
    func handle(_ key: Key) -> Reaction { next.map(Reaction.push) ?? .none }
}

@Suite struct PlanFormScreenTests {
    static let coach = try! ObjectiveCoachLoader.load(Fixtures.packageRoot.appendingPathComponent("Resources/objectives/default.yaml"))

    final class Harness {
        let terminal: VirtualTerminal
        let app: App
        var saved: [CallPlan] = []
        var started: CallPlan?
        var failSaving = false

        init(plan: CallPlan = CallPlan(account: "Acme Retail"), rows: Int = 40, size: ScreenSize? = nil) {
            terminal = VirtualTerminal(columns: size?.columns ?? 100, rows: size?.rows ?? rows)
            let home = StandIn(title: "home")
            app = App(terminal: terminal, root: home)
            home.next = PlanFormScreen(plan: plan, coach: PlanFormScreenTests.coach, save: { [unowned self] plan in
                if failSaving { throw MemoryJournal.Refused() }
                saved.append(plan)
                return "plans/acme-retail.yaml"
            }, start: { [unowned self] plan in
                started = plan
                return .replace(StandIn(title: "live call"))
            })
            terminal.queue([.enter])
            app.drainKeys()
        }

        var text: String { terminal.screenText }

        func type(_ text: String) {
            terminal.type(text)
            app.drainKeys()
        }

        func press(_ keys: Key...) {
            terminal.queue(keys)
            app.drainKeys()
        }
    }

    @Test(arguments: ScreenSize.both) func aWantIsFlaggedAsTypedAndTheRewriteIsOneKeyAway(size: ScreenSize) {
        let form = Harness(size: size)
        form.press(.down, .down, .down)
        form.type("I want to get them to sign the renewal")
        #expect(form.text.contains("1.  I want to get them to sign the renewal"))
        let advice = form.text.split(separator: "\n").filter { $0.hasPrefix("        ") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
        #expect(advice.contains("↳ Whether they do it is their decision; what you can learn is what it depends on. Try:"))
        #expect(advice.contains("“I need to understand what would have to be true for them to sign the renewal.” (^R)"))
        form.press(.control("r"), .down)
        #expect(form.text.contains("1.  I need to understand what would have to be true for them to sign the"))
        #expect(!form.text.contains("Try:"))
    }

    @Test(arguments: ScreenSize.both) func aBareTaskIsFlaggedToo(size: ScreenSize) {
        let form = Harness(size: size)
        form.press(.down, .down, .down)
        form.type("get a demo booked with the GM")
        #expect(form.text.contains("Try:"))
        form.press(.control("r"), .down)
        #expect(form.text.contains("1.  I need to find out what the GM would want to get out of a demo"))
    }

    @Test func enterStartsANewItemAndF8DeletesIt() {
        let form = Harness()
        form.press(.down, .down, .down)
        form.type("Learn what drives their stock losses")
        form.press(.enter)
        form.type("Find out who else has a say")
        #expect(form.text.contains("2.  Find out who else has a say"))
        form.press(.up, .function(8))
        #expect(form.text.contains("1.  Find out who else has a say"))
        #expect(!form.text.contains("stock losses"))
    }

    @Test func savingHandsOverThePlanAsTypedAndSaysWhere() {
        let form = Harness()
        form.press(.down)
        form.type("Nick")
        form.press(.down, .down)
        form.type("Learn how the stores count stock")
        form.press(.down, .down)
        form.type("What systems do you use for stock counts?")
        form.press(.down, .down)
        form.type("garden tools to independent shops")
        #expect(form.text.contains("Homework: what you found out (6 of 7 blank)"))
        #expect(form.text.contains("not saved yet"))
        form.press(.function(2))
        #expect(form.text.contains("Saved to plans/acme-retail.yaml"))
        let plan = form.saved.last
        #expect(plan?.contact == "Nick")
        #expect(plan?.objectives == ["Learn how the stores count stock"])
        #expect(plan?.questions == ["What systems do you use for stock counts?"])
        #expect(plan?.prep.first?.answer == "garden tools to independent shops")
    }

    @Test func startingTheCallSavesFirstAndNotWhenSavingFails() {
        let failing = Harness()
        failing.failSaving = true
        failing.press(.function(5))
        #expect(failing.started == nil)
        #expect(failing.text.contains("✖ Not saved: the disk is full"))

        let form = Harness()
        form.press(.function(5))
        #expect(form.saved.count == 1)
        #expect(form.started?.account == "Acme Retail")
        #expect(form.text.contains("live call"))
    }

    @Test func leavingWithUnsavedChangesAsksFirst() {
        let form = Harness()
        form.type(" Group")
        form.press(.escape)
        #expect(form.text.contains("Leave the plan without saving it?"))
        form.press(.character("n"))
        #expect(form.text.contains("Account  Acme Retail Group"))
        form.press(.escape, .character("y"))
        #expect(form.text.contains("home"))
    }

    @Test func theFocusedLineStaysInViewOnASmallWindow() {
        let form = Harness(rows: 16)
        for _ in 0..<20 { form.press(.down) }
        #expect(form.text.contains("what a second call would be for"))
        #expect(!form.text.contains("Account"))
    }
}
