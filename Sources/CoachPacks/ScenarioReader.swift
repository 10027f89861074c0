import CoachCore
import Yams

/// A scenario read, with the nodes the lint needs to point at.
public struct LoadedScenario: Sendable {
    public var scenario: Scenario
    /// Where each need, and the win, stand in the file.
    public var needPositions: [Diagnostic.Position]
    public var winPosition: Diagnostic.Position
    public var trustPosition: Diagnostic.Position
}

/// Reads one practice scenario (YAML), reporting every problem with its line and column.
public enum ScenarioReader {
    static let fields = ["id", "title", "difficulty", "barriers", "brief", "persona", "opening", "needs", "responses", "trust",
                         "lost_line", "history", "win", "turns", "turn_limit_line"]
    /// The moves every scenario must answer; the others fall back to its answer to a plain statement.
    static let requiredResponses: [MoveKind] = [.openQuestion, .closedQuestion, .pitch, .push, .summary, .futureForward, .statement]

    public static func read(path: String, text: String) -> (LoadedScenario?, [FileDiagnostic]) {
        var yaml = YAMLReader(path: path)
        guard let fields = yaml.mapping(yaml.document(text), what: "a scenario") else { return (nil, yaml.diagnostics) }
        let loaded = read(fields, path: path, &yaml)
        return yaml.diagnostics.isEmpty ? (loaded, []) : (nil, yaml.diagnostics)
    }

    private static func read(_ fields: Fields, path: String, _ yaml: inout YAMLReader) -> LoadedScenario? {
        yaml.rejectUnknown(fields, allowed: Self.fields, context: "a scenario")
        let id = yaml.string(fields, "id", required: true)
        let title = yaml.string(fields, "title", required: true)
        let difficulty: Scenario.Difficulty? = yaml.choice(fields, "difficulty", required: true)
        let barriers: [Barrier] = (yaml.strings(fields, "barriers", required: true) ?? []).compactMap { text, node in
            yaml.oneOf(text, at: node, what: "barrier")
        }
        let brief = yaml.string(fields, "brief", required: true)
        let persona = readPersona(fields, &yaml)
        let opening = yaml.string(fields, "opening", required: true)
        let (needs, needPositions) = readNeeds(fields, &yaml)
        let responses = readResponses(fields, &yaml)
        let trust = readTrust(fields, &yaml)
        let lostLine = yaml.string(fields, "lost_line", required: true)
        let history = readHistory(fields, &yaml)
        let win = readWin(fields, &yaml)
        let turns = yaml.integer(fields, "turns", range: 1...200) ?? 20
        let turnLimitLine = yaml.string(fields, "turn_limit_line") ?? "I have to jump to another meeting. Let's leave it there for today."
        for kind in Self.requiredResponses + (history == nil ? [] : [.acknowledgeHistory]) + (win?.move == .walkAway ? [.secondCall] : [])
        where responses[kind]?.isEmpty ?? true {
            yaml.report(fields.values["responses"] ?? fields.node, "'responses' needs lines for '\(kind.rawValue)'")
        }
        guard let id, let title, let difficulty, let brief, let persona, let opening, let trust, let lostLine, let win else { return nil }
        let scenario = Scenario(id: id, title: title, difficulty: difficulty, barriers: barriers, brief: brief, persona: persona,
                                opening: opening, needs: needs, responses: responses, trustStart: trust.start, trustChanges: trust.changes,
                                loseAt: trust.loseAt, lostLine: lostLine, history: history, win: win, turnLimit: turns,
                                turnLimitLine: turnLimitLine, file: path)
        return LoadedScenario(scenario: scenario, needPositions: needPositions,
                              winPosition: Diagnostic.Position(fields.keyNodes["win"]?.mark),
                              trustPosition: Diagnostic.Position((fields.keyNodes["trust"] ?? fields.node).mark))
    }

    private static func readPersona(_ fields: Fields, _ yaml: inout YAMLReader) -> Scenario.Persona? {
        guard let persona = yaml.mapping(fields.values["persona"] ?? yaml.missing(fields, "persona"), what: "'persona'") else { return nil }
        yaml.rejectUnknown(persona, allowed: ["name", "role", "company", "style"], context: "'persona'")
        guard let name = yaml.string(persona, "name", required: true), let role = yaml.string(persona, "role", required: true),
              let company = yaml.string(persona, "company", required: true), let style = yaml.string(persona, "style", required: true)
        else { return nil }
        return Scenario.Persona(name: name, role: role, company: company, style: style)
    }

    private static func readNeeds(_ fields: Fields, _ yaml: inout YAMLReader) -> ([Scenario.Need], [Diagnostic.Position]) {
        guard case .sequence(let items)? = fields.values["needs"] else {
            yaml.report(fields.values["needs"] ?? fields.node, "'needs' must be a list of needs (id, summary, topic, revealed_by, reveal)")
            return ([], [])
        }
        var needs: [Scenario.Need] = []
        var positions: [Diagnostic.Position] = []
        for item in items {
            guard let need = yaml.mapping(item, what: "a need") else { continue }
            yaml.rejectUnknown(need, allowed: ["id", "summary", "topic", "revealed_by", "min_trust", "reveal"], context: "a need")
            let moves = readMoves(need, "revealed_by", &yaml)
            guard let id = yaml.string(need, "id", required: true), let summary = yaml.string(need, "summary", required: true),
                  let topic = yaml.phrases(need, "topic", required: true), let reveal = yaml.string(need, "reveal", required: true),
                  let moves else { continue }
            if needs.contains(where: { $0.id == id }) { yaml.report(need.values["id"], "need id '\(id)' is used twice") }
            needs.append(Scenario.Need(id: id, summary: summary, topic: topic, revealedBy: Set(moves),
                                       minimumTrust: yaml.integer(need, "min_trust", range: 0...1000) ?? 0, reveal: reveal))
            positions.append(Diagnostic.Position(item.mark))
        }
        return (needs, positions)
    }

    private static func readMoves(_ fields: Fields, _ key: String, _ yaml: inout YAMLReader) -> [MoveKind]? {
        guard let items = yaml.strings(fields, key, required: true) else { return nil }
        var moves: [MoveKind] = []
        for (text, node) in items {
            guard let move = move(text, at: node, &yaml) else { return nil }
            moves.append(move)
        }
        return moves
    }

    private static func move(_ text: String, at node: Node?, _ yaml: inout YAMLReader) -> MoveKind? {
        yaml.oneOf(text, at: node, what: "move", listedAs: "moves")
    }

    private static func readResponses(_ fields: Fields, _ yaml: inout YAMLReader) -> [MoveKind: [String]] {
        guard let responses = yaml.mapping(fields.values["responses"] ?? yaml.missing(fields, "responses"), what: "'responses'") else { return [:] }
        var lines: [MoveKind: [String]] = [:]
        for key in responses.order {
            guard let move = move(key, at: responses.keyNodes[key], &yaml) else { continue }
            lines[move] = (yaml.strings(responses, key) ?? []).map(\.0)
        }
        return lines
    }

    private struct Trust {
        var start: Int
        var loseAt: Int
        var changes: [MoveKind: Int]
    }

    private static func readTrust(_ fields: Fields, _ yaml: inout YAMLReader) -> Trust? {
        guard let node = fields.values["trust"] else { return Trust(start: 40, loseAt: 10, changes: Scenario.defaultTrustChanges) }
        guard let trust = yaml.mapping(node, what: "'trust'") else { return nil }
        yaml.rejectUnknown(trust, allowed: ["start", "lose_at", "changes"], context: "'trust'")
        var changes = Scenario.defaultTrustChanges
        if let changeNode = trust.values["changes"], let changeFields = yaml.mapping(changeNode, what: "'changes'") {
            for key in changeFields.order {
                guard let move = move(key, at: changeFields.keyNodes[key], &yaml) else { continue }
                if let change = yaml.integer(changeFields, key, range: -100...100) { changes[move] = change }
            }
        }
        return Trust(start: yaml.integer(trust, "start", range: 0...100) ?? 40, loseAt: yaml.integer(trust, "lose_at", range: -1000...1000) ?? 10,
                     changes: changes)
    }

    private static func readHistory(_ fields: Fields, _ yaml: inout YAMLReader) -> Scenario.History? {
        guard let node = fields.values["history"], let history = yaml.mapping(node, what: "'history'") else { return nil }
        yaml.rejectUnknown(history, allowed: ["turn", "line"], context: "'history'")
        guard let line = yaml.string(history, "line", required: true) else { return nil }
        return Scenario.History(turn: yaml.integer(history, "turn", range: 1...200) ?? 1, line: line)
    }

    private static func readWin(_ fields: Fields, _ yaml: inout YAMLReader) -> Scenario.Win? {
        guard let win = yaml.mapping(fields.values["win"] ?? yaml.missing(fields, "win"), what: "'win'") else { return nil }
        yaml.rejectUnknown(win, allowed: ["move", "trust", "needs", "line", "too_early"], context: "'win'")
        let move: MoveKind? = yaml.choice(win, "move", required: true)
        if let move, move != .secondCall, move != .walkAway {
            yaml.report(win.values["move"], "a practice call is won by 'second-call' or 'walk-away', not '\(move.rawValue)'")
        }
        guard let move, let line = yaml.string(win, "line", required: true), let tooEarly = yaml.string(win, "too_early", required: true)
        else { return nil }
        return Scenario.Win(move: move, trust: yaml.integer(win, "trust", range: -1000...1000) ?? 0,
                            needs: (yaml.strings(win, "needs") ?? []).map(\.0), line: line, tooEarly: tooEarly)
    }
}
