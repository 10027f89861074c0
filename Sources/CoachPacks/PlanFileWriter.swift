import CoachCore
import Yams

/// Writes a plan in the plan file format, keys in their usual order, so reading it back gives the same plan.
public enum PlanFileWriter {
    public static func write(_ plan: CallPlan) throws -> String {
        let list = { (items: [String]) in Node.sequence(Node.Sequence(items.map { Node($0) })) }
        let prep = Node.mapping(Node.Mapping(plan.prep.map { (Node($0.item), Node($0.answer)) }))
        let root = Node.mapping(Node.Mapping([
            (Node("account"), Node(plan.account)),
            (Node("contact"), Node(plan.contact)),
            (Node("style"), Node(plan.style)),
            (Node("objectives"), list(plan.objectives)),
            (Node("questions"), list(plan.questions)),
            (Node("prep"), prep),
        ]))
        return try Yams.serialize(node: root, allowUnicode: true)
    }
}
