/// The `key: value` lines between `---` fences at the top of a notes file.
public struct FrontMatter: Equatable, Sendable, Codable {
    public static let knownKeys = ["account", "contact", "date", "scenario", "plan"]
    /// Keys whose value is the lines indented under them: the call's plan, as its plan file reads.
    public static let blockKeys: Set<String> = ["plan"]
    /// How far the lines of a block value are indented.
    public static let blockIndent = 2

    public struct Entry: Equatable, Sendable, Codable {
        public var key: String
        public var value: String
        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    public var entries: [Entry]

    public init(_ entries: [Entry] = []) { self.entries = entries }

    public subscript(key: String) -> String? {
        get { entries.last { $0.key == key }?.value }
        set {
            entries.removeAll { $0.key == key }
            if let newValue, !newValue.isEmpty { entries.append(Entry(key: key, value: newValue)) }
        }
    }

    public var isEmpty: Bool { entries.isEmpty }
}

/// A call's notes as read from (or written to) the notes format.
public struct NotesDocument: Equatable, Sendable {
    public var frontMatter: FrontMatter
    public var notes: [Note]
    /// The 1-based source line of each note, when the document was read from a file.
    public var lines: [Int]

    public init(frontMatter: FrontMatter = FrontMatter(), notes: [Note] = [], lines: [Int]? = nil) {
        self.frontMatter = frontMatter
        self.notes = notes
        self.lines = lines ?? Array(notes.indices.map { $0 + 1 })
    }
}
