import ArgumentParser
import CoachApp
import CoachCore
import CoachStore
import Foundation

struct SessionsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sessions",
        abstract: "List, show, export, import and delete stored calls.",
        subcommands: [SessionsList.self, SessionsShow.self, SessionsExport.self, SessionsImport.self, SessionsDelete.self],
        defaultSubcommand: SessionsList.self
    )
}

struct SessionsList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "One stored call a line, newest first.")

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "Show at most this many calls.")
    var limit: Int?

    func run() throws {
        let sessions = try runStore { try storeOptions.openForReading().sessions(limit: limit) }
        guard !sessions.isEmpty else {
            print("no stored calls yet; 'secondcall live' starts one")
            return
        }
        let rows = sessions.map { session in
            [String(session.id ?? 0), CallDate.text(session.startedAt), session.account, session.contact,
                    NotesWriter.formatElapsed(session.elapsed), session.stage.rawValue, String(session.flagCount),
                    session.isFinished ? session.kind.rawValue : "\(session.kind.rawValue), unfinished"]
        }
        print(TextTable.render(header: ["ID", "WHEN", "ACCOUNT", "CONTACT", "DURATION", "STAGE", "FLAGS", "KIND"], rows: rows))
    }
}

struct SessionsShow: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Print a stored call with its flags, and the notes fixed during it.")

    @OptionGroup var storeOptions: StoreOptions

    @Argument(help: "A call's id, or 'last'.")
    var call: String

    func run() throws {
        let store = try storeOptions.openForReading()
        let (stored, fixes) = try runStore {
            let id = try store.resolve(call)
            return (try store.call(id), try store.noteEdits(session: id))
        }
        print(CallExport.markdown(stored, includePrivate: true))
        guard !fixes.isEmpty else { return }
        print("## Notes fixed during the call\n")
        for fix in fixes {
            let change = [fix.before.map { "`\($0)`" }, fix.after.map { "`\($0)`" }].compactMap { $0 }.joined(separator: " → ")
            print("- [\(NotesWriter.formatElapsed(fix.elapsed))] \(fix.action) note \(fix.position + 1): \(change)")
        }
    }
}

struct SessionsExport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a stored call as notes, JSON or Markdown.",
        discussion: """
        The notes form is the call's whole record, its plan and private notes too: it reads back with 'secondcall check' to the same flags.
        JSON and Markdown are for a CRM: they leave the words of private notes out unless --include-private is given.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case notes, json, md }

    @OptionGroup var storeOptions: StoreOptions

    @Option(help: "notes, json or md.")
    var format: Format = .notes

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @ArgumentParser.Flag(name: .customLong("include-private"), help: "Keep the words of private notes in JSON and Markdown, marked as private.")
    var includePrivate = false

    @Argument(help: "A call's id, or 'last'.")
    var call: String

    func run() throws {
        let stored = try storeOptions.storedCall(call)
        let text = switch format {
        case .notes: NotesWriter.write(stored.document)
        case .json: try CallExport.json(stored, includePrivate: includePrivate)
        case .md: CallExport.markdown(stored, includePrivate: includePrivate) + "\n"
        }
        try writeOutput(text, to: output)
    }
}

struct SessionsImport: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "import", abstract: "Store a call typed elsewhere, from a notes file.")

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var rules: RuleOptions

    @Argument(help: "The notes file.")
    var file: String

    func run() throws {
        guard let bytes = readInput(file) else { throw ExitCode(2) }
        let parsed = NotesParser.parse(bytes: bytes)
        for diagnostic in parsed.diagnostics { printError(diagnostic.formatted(path: file)) }
        guard parsed.errors.isEmpty else {
            printError("nothing imported; fix the lines above first")
            throw ExitCode(2)
        }
        let (plan, planProblems) = NotesPlan.read(parsed.document.frontMatter, planLine: parsed.planLine, path: file)
        for problem in planProblems { printError(problem.description) }
        guard planProblems.isEmpty else {
            printError("nothing imported; fix the plan in the front matter first")
            throw ExitCode(2)
        }
        let flags = RuleEngine.flags(for: parsed.document.notes, pack: try rules.load(), plan: plan)
        let startedAt = parsed.document.frontMatter["date"].flatMap(Self.date) ?? Date()
        let id = try runStore { try storeOptions.open().importCall(parsed.document, flags: flags, startedAt: startedAt) }
        print("imported \(parsed.document.notes.count) notes as call \(id) (\(flags.filter(\.target.isBarrier).count) barrier flags)")
    }

    /// The front matter's `date`: as exports write it (ISO 8601), or a plain `2026-11-23`.
    static func date(_ text: String) -> Date? {
        if let full = try? Date(text, strategy: .iso8601) { return full }
        return try? Date(text + "T12:00:00Z", strategy: .iso8601)
    }
}

struct SessionsDelete: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "delete", abstract: "Delete a stored call (asks first).")

    @OptionGroup var storeOptions: StoreOptions

    @ArgumentParser.Flag(help: "Do not ask.")
    var yes = false

    @Argument(help: "A call's id, or 'last'.")
    var call: String

    func run() throws {
        let store = try storeOptions.open()
        let id = try runStore { try store.resolve(call) }
        let stored = try runStore { try store.call(id) }
        // A call not yet ended may be the one being typed in another window: deleting it needs the call lock.
        let lock = stored.session.isFinished ? nil : try storeOptions.lock()
        if !yes {
            let who = CallParties.text(account: stored.session.account, contact: stored.session.contact)
            print("Delete call \(id)\(who.isEmpty ? "" : " with \(who)") (\(stored.notes.count) notes)? It cannot be undone. [y/N] ", terminator: "")
            guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
                print("kept")
                return
            }
        }
        try withExtendedLifetime(lock) { try runStore { try store.deleteSession(id) } }
        print("deleted call \(id)")
    }
}
