import Foundation

/// A JSON value as read, its type exact: a number is not a boolean, an integer is not a fraction.
public indirect enum JSONValue: Decodable, Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    public static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }
}

/// Checks a JSON value against a JSON Schema, for the keywords SecondCall's schema uses: `type`,
/// `properties`, `required`, `enum`, `items` and `additionalProperties` (with `$schema`, `title` and
/// `description`, which say nothing to check). A keyword it does not know is a problem too, so the schema
/// cannot say more than is checked.
public struct JSONSchema: Sendable {
    private let root: JSONValue
    private static let annotations: Set<String> = ["$schema", "title", "description"]
    private static let keywords: Set<String> = ["type", "properties", "required", "enum", "items", "additionalProperties"]

    public init(_ text: String) throws {
        root = try JSONValue.parse(text)
    }

    /// What in `value` the schema does not allow, each with where: `calls[0].flags[2]: ...`; empty when none.
    public func problems(in value: JSONValue) -> [String] {
        Self.problems(value, schema: root, at: "$")
    }

    private static func problems(_ value: JSONValue, schema: JSONValue, at path: String) -> [String] {
        guard case .object(let rules) = schema else { return ["\(path): the schema here is not an object"] }
        var found = rules.keys.filter { !keywords.contains($0) && !annotations.contains($0) }.sorted()
            .map { "\(path): the schema's keyword '\($0)' is not one this check knows" }
        if case .string(let type)? = rules["type"], !(value.typeName == type || (type == "number" && value.typeName == "integer")) {
            return found + ["\(path): \(value.typeName), where the schema wants \(type)"]
        }
        if case .array(let allowed)? = rules["enum"], !allowed.contains(value) {
            found.append("\(path): \(value) is not one of \(allowed)")
        }
        if case .object(let members) = value {
            found += objectProblems(members, rules: rules, at: path)
        }
        if case .array(let items) = value, let itemSchema = rules["items"] {
            for (index, item) in items.enumerated() { found += problems(item, schema: itemSchema, at: "\(path)[\(index)]") }
        }
        return found
    }

    private static func objectProblems(_ members: [String: JSONValue], rules: [String: JSONValue], at path: String) -> [String] {
        var found: [String] = []
        if case .array(let required)? = rules["required"] {
            for case .string(let name) in required where members[name] == nil { found.append("\(path): '\(name)' is missing") }
        }
        let properties: [String: JSONValue] = if case .object(let properties)? = rules["properties"] { properties } else { [:] }
        for (name, member) in members.sorted(by: { $0.key < $1.key }) {
            if let schema = properties[name] {
                found += problems(member, schema: schema, at: "\(path).\(name)")
            } else {
                switch rules["additionalProperties"] {
                case .bool(false)?: found.append("\(path): '\(name)' is not a property the schema allows")
                case .object(let schema)?: found += problems(member, schema: .object(schema), at: "\(path).\(name)")
                default: break
                }
            }
        }
        return found
    }
}
