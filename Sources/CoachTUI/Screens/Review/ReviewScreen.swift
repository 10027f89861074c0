import CoachCore

/// `secondcall review`: the call at a glance (summary, timeline), then in detail: flags grouped by
/// barrier with the note that showed each and what to do instead, what went well, and the plan beside
/// what happened. A flag can be dismissed as not a barrier; an objective ticked as learned.
public final class ReviewScreen: Screen {
    private var review: CallReview
    private let setDismissed: (Flag, Bool) throws -> Void
    private let setTicked: (String, Bool) throws -> Void
    private var sharing: NotesSharing?
    private var section = ReviewList.Section.barriers
    /// The section's rows, built again only when the section or what it shows changes.
    private var rows: [ReviewList.Row] = []
    private var selected: Int?
    private var listTop = 0
    private var listHeight = 0
    private var problem: String?

    static let detailHeight = 7

    /// Whether the call's notes go to the rep's team, and how to change it (nil when no team is joined).
    public struct NotesSharing {
        public var shared: Bool
        public var set: (Bool) throws -> Void

        public init(shared: Bool, set: @escaping (Bool) throws -> Void) {
            self.shared = shared
            self.set = set
        }
    }

    /// `setDismissed` and `setTicked` keep a dismissal or an objective's tick; they throw when it was not kept.
    public init(review: CallReview, setDismissed: @escaping (Flag, Bool) throws -> Void,
                setTicked: @escaping (String, Bool) throws -> Void, sharing: NotesSharing? = nil) {
        self.review = review
        self.setDismissed = setDismissed
        self.setTicked = setTicked
        self.sharing = sharing
        rows = ReviewList.rows(section, review)
        selected = firstItem(in: rows)
    }

    public var keyTable: any KeyTableListing { ReviewAction.table }

    public var minimumSize: TerminalSize { TerminalSize(columns: 60, rows: 20) }

    private var selectedFlag: Flag? {
        guard let selected, case .flag(let flag)? = rows[selected].item else { return nil }
        return flag
    }

    // MARK: Drawing

    public func render(into canvas: inout Canvas) {
        let width = canvas.size.columns
        drawSummary(into: &canvas)
        TimelineStrip.draw(review, selected: section == .barriers ? selectedFlag : nil, into: &canvas, y: 4)
        drawTabs(into: &canvas, y: Self.listY - 1)
        let detailY = canvas.size.rows - 1 - Self.detailHeight
        drawList(into: &canvas, y: Self.listY, height: Self.listHeight(canvas.size))
        canvas.fill("─", x: 0, y: detailY, width: width, style: .dim)
        ReviewDetail.draw(selectedFlag, in: review, into: &canvas, y: detailY + 1, height: Self.detailHeight - 1)
        if let problem { canvas.write("✖ " + problem, x: 0, y: detailY, style: Style(color: .red, bold: true)) }
        HintBar.draw(ReviewAction.table.hints, into: &canvas, y: canvas.size.rows - 1)
        canvas.cursor = nil
    }

    private func drawSummary(into canvas: inout Canvas) {
        let width = canvas.size.columns
        let x = canvas.write("Review  ", x: 0, y: 0, style: Style(color: .cyan, bold: true))
        // What happened on the call before when it was: a narrow window cuts the date, not the stage reached.
        canvas.write("\(review.whoText) · \(review.durationText) · reached \(review.stageReached.rawValue) · \(CallDate.text(review.startedAt))",
                     x: x, y: 0, style: .bold, limit: width - x)
        let share = review.talkShare.map { $0 > TalkShareReference.cautionRepShare ? Style(color: .red) : .plain } ?? .plain
        let y1 = canvas.write("Talk share \(review.talkShareText)", x: 0, y: 1, style: share)
        canvas.write("  best calls \(TalkShareReference.ratio) · longest monologue \(review.monologueText)", x: y1, y: 1, style: .plain,
                     limit: width - y1)
        let reference = CallReview.questionReference
        let questions = "Questions \(review.questionsText), best \(reference.lowerBound)–\(reference.upperBound)"
        let y2 = canvas.write(questions, x: 0, y: 2, style: reference.contains(review.questions) ? .plain : Style(color: .yellow))
        let next = " · needs \(review.needs.count) · next step: \(review.nextStepText)"
        let y3 = canvas.write(next, x: y2, y: 2, style: review.nextSteps.isEmpty ? Style(color: .yellow) : .plain, limit: width - y2)
        if let sharing {
            canvas.write(sharing.shared ? " · notes shared with the team" : " · notes kept here (s shares)", x: y2 + y3, y: 2, style: .dim,
                         limit: width - y2 - y3)
        }
    }

    private func drawTabs(into canvas: inout Canvas, y: Int) {
        let titles: [(ReviewList.Section, String)] = [
            (.barriers, "Barriers (\(review.countedBarrierFlags))"),
            (.strengths, "What went well (\(review.strengths.count))"),
            (.plan, review.plan == nil ? "Plan (none)" : "Plan"),
        ]
        var x = 0
        for (tab, title) in titles {
            x += canvas.write(" \(title) ", x: x, y: y, style: tab == section ? Style(bold: true, reverse: true) : .dim)
            x += 1
        }
    }

    private func drawList(into canvas: inout Canvas, y: Int, height: Int) {
        guard height > 0 else { return }
        let listTop = scrolled(listTop, height: height)
        for (offset, row) in rows.dropFirst(listTop).prefix(height).enumerated() {
            let index = listTop + offset
            canvas.write(row.text, x: 1, y: y + offset, style: index == selected ? Style(reverse: true) : row.style,
                         limit: canvas.size.columns - 2)
        }
    }

    /// The list sits under the summary, the timeline and the tabs, above the selected flag's detail.
    private static let listY = 4 + TimelineStrip.height + 2

    private static func listHeight(_ size: TerminalSize) -> Int { size.rows - 1 - detailHeight - listY }

    /// The list's first row shown, moved no more than needed for the selected row to show; the first item
    /// shows with the heading above it.
    private func scrolled(_ top: Int, height: Int) -> Int {
        guard let selected else { return top }
        return selected == firstItem(in: rows) ? 0 : Scrolling.top(top, showing: selected, height: height)
    }

    public func resize(to size: TerminalSize) {
        listHeight = Self.listHeight(size)
        listTop = scrolled(listTop, height: listHeight)
    }

    // MARK: Keys

    public func handle(_ key: Key) -> Reaction {
        guard let action = ReviewAction.table.action(for: key) else { return .none }
        problem = nil
        switch action {
        case .next: move(by: 1)
        case .previous: move(by: -1)
        case .later: moveInTime(by: 1)
        case .earlier: moveInTime(by: -1)
        case .section:
            let all = ReviewList.Section.allCases
            section = all[(all.firstIndex(of: section)! + 1) % all.count]
            rows = ReviewList.rows(section, review)
            selected = firstItem(in: rows)
            listTop = 0
        case .open:
            let note = selectedFlag?.noteIndex ?? 0
            guard !review.notes.isEmpty else { return .none }
            return .push(CallNotesScreen(review: review, focus: note))
        case .dismiss: toggleDismissed()
        case .tick: toggleObjective()
        case .share: toggleSharing()
        case .help: return .push(HelpOverlay(over: self))
        case .back: return .pop
        }
        listTop = scrolled(listTop, height: listHeight)
        return .redraw
    }

    private func firstItem(in rows: [ReviewList.Row]) -> Int? { rows.firstIndex { $0.item != nil } }

    private func move(by offset: Int) {
        guard var index = selected else { return }
        repeat { index += offset } while rows.indices.contains(index) && rows[index].item == nil
        if rows.indices.contains(index) { selected = index }
    }

    /// Along the timeline: the next (or previous) barrier flag in time, whichever section was showing.
    private func moveInTime(by offset: Int) {
        let flags = review.barriers.filter { !$0.dismissed }
        guard !flags.isEmpty else { return }
        let current = selectedFlag.flatMap { flag in flags.firstIndex(of: flag) }
        let target = current.map { min(max(0, $0 + offset), flags.count - 1) } ?? (offset > 0 ? 0 : flags.count - 1)
        if section != .barriers {
            section = .barriers
            rows = ReviewList.rows(section, review)
        }
        selected = rows.firstIndex { $0.item == .flag(flags[target]) }
    }

    private func toggleDismissed() {
        guard section == .barriers, let flag = selectedFlag, let index = review.flags.firstIndex(of: flag) else { return }
        do {
            try setDismissed(flag, !flag.dismissed)
            review.flags[index].dismissed.toggle()
            rows = ReviewList.rows(section, review)
            selected = rows.firstIndex { $0.item == .flag(review.flags[index]) }
        } catch {
            problem = "Not saved: \(error)"
        }
    }

    private func toggleSharing() {
        guard let current = sharing else { return }
        do {
            try current.set(!current.shared)
            sharing?.shared.toggle()
        } catch {
            problem = "Not shared: \(error)"
        }
    }

    private func toggleObjective() {
        guard let selected, case .objective(let index)? = rows[selected].item else { return }
        let id = CallSession.objectiveID(index)
        let learned = !(review.ticks[id] ?? false)
        do {
            try setTicked(id, learned)
            review.ticks[id] = learned
            rows = ReviewList.rows(section, review)
        } catch {
            problem = "Not saved: \(error)"
        }
    }
}
