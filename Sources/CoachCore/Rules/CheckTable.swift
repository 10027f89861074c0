/// A rule's evaluator for one call, as its kind makes it: one case a kind.
public struct CompiledCheck {
    enum Check {
        case phrase(PhraseCheck), before(BeforeCheck), streak(StreakCheck), length(LengthCheck), unanswered(UnansweredCheck)
        case reply(ReplyCheck), cue(CueCheck), repeatQuestion(RepeatCheck), metric(MetricCheck), question(QuestionCheck)
        case list(ListCheck), planned(PlannedCheck), prep(PrepCheck)
    }

    let check: Check

    init(_ check: Check) { self.check = check }
}

/// Every rule's evaluator for one call, each kind's in an array of its own type, so the note loop calls
/// each one directly, without existentials. Kinds that keep no state between notes
/// are read where they are; the others are changed in place.
struct CheckTable {
    private enum Kind: UInt8 {
        case phrase, before, streak, length, unanswered, reply, cue, repeatQuestion, metric, question, list, planned, prep
    }

    private var phrase: [PhraseCheck] = []
    private var before: [BeforeCheck] = []
    private var streak: [StreakCheck] = []
    private var length: [LengthCheck] = []
    private var unanswered: [UnansweredCheck] = []
    private var reply: [ReplyCheck] = []
    private var cue: [CueCheck] = []
    private var repeatQuestion: [RepeatCheck] = []
    private var metric: [MetricCheck] = []
    private var question: [QuestionCheck] = []
    private var list: [ListCheck] = []
    private var planned: [PlannedCheck] = []
    private var prep: [PrepCheck] = []
    /// For each rule, its kind and its place in that kind's array.
    private var places: [(kind: Kind, index: Int)] = []
    private var resolving: [Bool] = []

    init(_ checks: [CompiledCheck]) {
        for compiled in checks {
            switch compiled.check {
            case .phrase(let check): places.append((.phrase, Self.add(check, to: &phrase, resolving: &resolving)))
            case .before(let check): places.append((.before, Self.add(check, to: &before, resolving: &resolving)))
            case .streak(let check): places.append((.streak, Self.add(check, to: &streak, resolving: &resolving)))
            case .length(let check): places.append((.length, Self.add(check, to: &length, resolving: &resolving)))
            case .unanswered(let check): places.append((.unanswered, Self.add(check, to: &unanswered, resolving: &resolving)))
            case .reply(let check): places.append((.reply, Self.add(check, to: &reply, resolving: &resolving)))
            case .cue(let check): places.append((.cue, Self.add(check, to: &cue, resolving: &resolving)))
            case .repeatQuestion(let check): places.append((.repeatQuestion, Self.add(check, to: &repeatQuestion, resolving: &resolving)))
            case .metric(let check): places.append((.metric, Self.add(check, to: &metric, resolving: &resolving)))
            case .question(let check): places.append((.question, Self.add(check, to: &question, resolving: &resolving)))
            case .list(let check): places.append((.list, Self.add(check, to: &list, resolving: &resolving)))
            case .planned(let check): places.append((.planned, Self.add(check, to: &planned, resolving: &resolving)))
            case .prep(let check): places.append((.prep, Self.add(check, to: &prep, resolving: &resolving)))
            }
        }
    }

    private static func add<C: RuleCheck>(_ check: C, to checks: inout [C], resolving: inout [Bool]) -> Int {
        resolving.append(C.mayResolve)
        checks.append(check)
        return checks.count - 1
    }

    /// Whether rule `rule` may report an earlier flag resolved.
    func mayResolve(rule: Int) -> Bool { resolving[rule] }

    /// Shows rule `rule` the note: `observe` when the note is in the rule's scope, else `observeOutside`.
    mutating func observe(rule: Int, inScope: Bool, _ context: NoteContext, into hits: inout [RuleHit]) {
        let (kind, index) = places[rule]
        switch kind {
        case .phrase: Self.look(phrase[index], inScope, context, &hits)
        case .before: Self.look(before[index], inScope, context, &hits)
        case .streak: Self.observe(&streak[index], inScope, context, &hits)
        case .length: Self.look(length[index], inScope, context, &hits)
        case .unanswered: Self.observe(&unanswered[index], inScope, context, &hits)
        case .reply: Self.observe(&reply[index], inScope, context, &hits)
        case .cue: Self.look(cue[index], inScope, context, &hits)
        case .repeatQuestion: Self.observe(&repeatQuestion[index], inScope, context, &hits)
        case .metric: Self.observe(&metric[index], inScope, context, &hits)
        case .question: Self.look(question[index], inScope, context, &hits)
        case .list: Self.look(list[index], inScope, context, &hits)
        case .planned: Self.look(planned[index], inScope, context, &hits)
        case .prep: Self.look(prep[index], inScope, context, &hits)
        }
    }

    @inline(__always)
    private static func observe<C: RuleCheck>(_ check: inout C, _ inScope: Bool, _ context: NoteContext, _ hits: inout [RuleHit]) {
        if inScope { check.observe(context, into: &hits) } else { check.observeOutside(context, into: &hits) }
    }

    /// A check that keeps no state, read without claiming its array for writing.
    @inline(__always)
    private static func look<C: RuleCheck>(_ check: C, _ inScope: Bool, _ context: NoteContext, _ hits: inout [RuleHit]) {
        var check = check
        observe(&check, inScope, context, &hits)
    }

    /// The phrase group rule `rule` needs in a note to do anything with it, in its scope or not; nil when
    /// it may act on any note.
    func neededPhrases(rule: Int) -> PhraseMatcher.SetID? {
        let (kind, index) = places[rule]
        switch kind {
        case .phrase: return phrase[index].neededPhrases
        case .before: return before[index].neededPhrases
        case .streak: return streak[index].neededPhrases
        case .length: return length[index].neededPhrases
        case .unanswered: return unanswered[index].neededPhrases
        case .reply: return reply[index].neededPhrases
        case .cue: return cue[index].neededPhrases
        case .repeatQuestion: return repeatQuestion[index].neededPhrases
        case .metric: return metric[index].neededPhrases
        case .question: return question[index].neededPhrases
        case .list: return list[index].neededPhrases
        case .planned: return planned[index].neededPhrases
        case .prep: return prep[index].neededPhrases
        }
    }

    /// Ends the call for rule `rule`.
    mutating func finish(rule: Int, _ facts: CallFacts, into hits: inout [RuleHit]) {
        let (kind, index) = places[rule]
        switch kind {
        case .phrase: phrase[index].finish(facts, into: &hits)
        case .before: before[index].finish(facts, into: &hits)
        case .streak: streak[index].finish(facts, into: &hits)
        case .length: length[index].finish(facts, into: &hits)
        case .unanswered: unanswered[index].finish(facts, into: &hits)
        case .reply: reply[index].finish(facts, into: &hits)
        case .cue: cue[index].finish(facts, into: &hits)
        case .repeatQuestion: repeatQuestion[index].finish(facts, into: &hits)
        case .metric: metric[index].finish(facts, into: &hits)
        case .question: question[index].finish(facts, into: &hits)
        case .list: list[index].finish(facts, into: &hits)
        case .planned: planned[index].finish(facts, into: &hits)
        case .prep: prep[index].finish(facts, into: &hits)
        }
    }

    /// The earliest note a later hit may be anchored at; `facts.noteCount` when no rule can reach back.
    func earliestOpenAnchor(_ facts: CallFacts) -> Int {
        var earliest = facts.noteCount
        func reach<C: RuleCheck>(_ checks: [C]) {
            for check in checks { earliest = min(earliest, check.earliestOpenAnchor(facts) ?? earliest) }
        }
        reach(phrase)
        reach(before)
        reach(streak)
        reach(length)
        reach(unanswered)
        reach(reply)
        reach(cue)
        reach(repeatQuestion)
        reach(metric)
        reach(question)
        reach(list)
        reach(planned)
        reach(prep)
        return earliest
    }
}
