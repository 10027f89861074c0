import CoachCore
import CoachResources
import Foundation

/// Reads a checklist file: for each stage, a list of items with an `id`, `text` and optional `auto`.
public enum ChecklistLoader {
    public static func loadDefault() throws -> Checklist {
        try load(ShippedResources.checklistsDirectory.appendingPathComponent("default.yaml"))
    }

    public static func load(_ url: URL) throws -> Checklist {
        let text = try String(contentsOf: url, encoding: .utf8)
        var yaml = YAMLReader(path: url.path)
        var items: [Checklist.Item] = []
        if let fields = yaml.mapping(yaml.document(text), what: "a checklist") {
            yaml.rejectUnknown(fields, allowed: Stage.allCases.map(\.rawValue), context: "a checklist (one list per stage)")
            for stage in Stage.allCases {
                guard let node = fields.values[stage.rawValue] else { continue }
                guard case .sequence(let sequence) = node else {
                    yaml.report(node, "'\(stage.rawValue)' must be a list of items")
                    continue
                }
                for itemNode in sequence {
                    guard let item = yaml.mapping(itemNode, what: "a checklist item") else { continue }
                    yaml.rejectUnknown(item, allowed: ["id", "text", "auto"], context: "a checklist item")
                    let auto: Checklist.AutoTick? = yaml.choice(item, "auto")
                    if let id = yaml.string(item, "id", required: true), let text = yaml.string(item, "text", required: true) {
                        items.append(Checklist.Item(id: id, text: text, stage: stage, auto: auto))
                    }
                }
            }
        }
        if let first = yaml.diagnostics.first { throw first }
        return Checklist(items: items)
    }
}
