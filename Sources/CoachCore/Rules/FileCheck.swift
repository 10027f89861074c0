/// Checks one notes file as it is read, line by line: each note is read by the rules as it comes, and each
/// barrier flag is placed at its line and column and handed on in file order (line, column, then the order
/// raised) as soon as no later note can flag a place before it. Memory holds the notes the rules may still
/// reach back to, not the file.
public final class FileCheck {
    /// How many notes are read between looks at which flags can be handed on.
    static let releaseEvery = 256

    private let pack: RulePack
    private let planFor: (FrontMatter, Int?) -> CallPlan?
    private let emit: (Flag) -> Void
    private var reader = NotesReader()
    private var output = NotesReader.Output()
    private var engine: RuleEngine?
    /// The notes from `firstNote` on: where each is, for placing the flags anchored at it.
    private var notes: [NotesReader.ReadNote] = []
    private var firstNote = 0
    private var noteCount = 0
    private var pending: [(flag: Flag, order: Int)] = []
    private var raisedCount = 0
    /// Whether a line of the notes was an error.
    public private(set) var hasErrors = false

    /// `plan` gives the call's plan from the front matter (and the line of its `plan:` key), read once, at
    /// the first note; `emit` takes each flag in file order.
    public init(pack: RulePack, plan: @escaping (FrontMatter, Int?) -> CallPlan?, emit: @escaping (Flag) -> Void) {
        self.pack = pack
        planFor = plan
        self.emit = emit
    }

    /// Reads the next line of the file (without its line feed). Returns the diagnostics it gave.
    public func read(line: UnsafeBufferPointer<UInt8>) -> [Diagnostic] {
        reader.read(line: line, into: &output)
        return take()
    }

    /// Ends the file: measures taken at the end raise their flags, and every flag left is handed on.
    /// Returns the diagnostics the end gave (front matter never closed).
    public func finish() -> [Diagnostic] {
        reader.finish(into: &output)
        let diagnostics = take()
        for flag in started().finish() { place(flag) }
        release(before: noteCount)
        return diagnostics
    }

    private func started() -> RuleEngine {
        if let engine { return engine }
        let new = RuleEngine(pack: pack, plan: planFor(reader.frontMatter, reader.planLine), keepsFlags: false)
        engine = new
        return new
    }

    private func take() -> [Diagnostic] {
        let diagnostics = output.diagnostics
        if diagnostics.contains(where: { $0.severity == .error }) { hasErrors = true }
        if !output.notes.isEmpty {
            let engine = started()
            for read in output.notes {
                notes.append(read)
                noteCount += 1
                for flag in engine.add(read.note) { place(flag) }
                if noteCount % Self.releaseEvery == 0 { release(before: engine.earliestOpenAnchor) }
            }
        }
        output.removeAll()
        return diagnostics
    }

    private func place(_ flag: Flag) {
        guard flag.target.isBarrier else { return }
        let read = notes[flag.noteIndex - firstNote]
        var column = read.textColumn
        if let span = flag.span {
            for byte in read.note.text.utf8.prefix(span.lowerBound) where byte & 0xC0 != 0x80 { column += 1 }
        }
        var located = flag
        located.location = Diagnostic.Position(line: read.line, column: column)
        pending.append((located, raisedCount))
        raisedCount += 1
    }

    private func line(_ flag: Flag) -> Int { flag.location?.line ?? 0 }
    private func column(_ flag: Flag) -> Int { flag.location?.column ?? 0 }

    /// Hands on, in file order, the flags anchored before note `index`, and lets go of those notes.
    private func release(before index: Int) {
        if !pending.isEmpty {
            var ready = pending.filter { $0.flag.noteIndex < index }
            if !ready.isEmpty {
                pending.removeAll { $0.flag.noteIndex < index }
                ready.sort { (line($0.flag), column($0.flag), $0.order) < (line($1.flag), column($1.flag), $1.order) }
                for entry in ready { emit(entry.flag) }
            }
        }
        let drop = min(max(0, index - firstNote), notes.count)
        notes.removeFirst(drop)
        firstNote += drop
    }
}
