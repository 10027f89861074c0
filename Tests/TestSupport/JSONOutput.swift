import Foundation

/// What a command wrote in SecondCall's JSON shape (`{"format": 1, "calls": [...]}`), read back.
public enum JSONOutput {
    public struct NotTheShape: Error, CustomStringConvertible {
        public var description: String
    }

    public static func document(_ text: String) throws -> [String: Any] {
        guard let document = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
            throw NotTheShape(description: "not a JSON object: \(text.prefix(200))")
        }
        return document
    }

    public static func calls(_ text: String) throws -> [[String: Any]] {
        guard let calls = try document(text)["calls"] as? [[String: Any]] else { throw NotTheShape(description: "no calls: \(text.prefix(200))") }
        return calls
    }

    /// Every call's flags, in order.
    public static func flags(_ text: String) throws -> [[String: Any]] {
        try calls(text).flatMap { ($0["flags"] as? [[String: Any]]) ?? [] }
    }
}
