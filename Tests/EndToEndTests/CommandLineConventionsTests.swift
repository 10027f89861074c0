import Foundation
import TestSupport
import Testing

/// The command line behaves as a command line should: a mistyped command is named, a missing file is
/// all that is said of it, help reads a sentence a line, and the manual page and shell completions come
/// from the commands themselves.
@Suite struct CommandLineConventionsTests {
    /// Every command and its options, from ArgumentParser's own description of the commands.
    struct Command {
        var path: [String]
        var abstract: String
        var options: [(name: String, abstract: String)]
    }

    static func commands() throws -> [Command] {
        let dump = try CommandRunner.secondcall(["--experimental-dump-help"]).output
        let root = try #require((try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])?["command"] as? [String: Any])
        var found: [Command] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            let options = (command["arguments"] as? [[String: Any]] ?? []).compactMap { argument -> (String, String)? in
                guard let name = (argument["preferredName"] as? [String: Any])?["name"] as? String, argument["kind"] as? String != "positional",
                      argument["shouldDisplay"] as? Bool != false,
                      (argument["preferredName"] as? [String: Any])?["kind"] as? String == "long" else { return nil }
                return (name, argument["abstract"] as? String ?? "")
            }
            found.append(Command(path: path, abstract: command["abstract"] as? String ?? "", options: options))
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub, path + [sub["commandName"] as? String ?? ""]) }
        }
        walk(root, [])
        return found
    }

    @Test func aMistypedCommandIsNamed() throws {
        let result = try CommandRunner.secondcall(["bogus"])
        #expect(result.status == 64)
        #expect(result.errors.hasPrefix("secondcall: unknown command 'bogus'; commands: home, live, check,"))
        #expect(!result.errors.contains("Usage: secondcall home"))
    }

    @Test func checkOnAMissingFileSaysOnlyThat() throws {
        let result = try CommandRunner.secondcall(["check", "/no/such/call.notes"])
        #expect(result.status == 2)
        #expect(result.errors == "secondcall: cannot read '/no/such/call.notes': no such file\n")
        #expect(result.output.isEmpty)
    }

    @Test func helpReadsASentenceALine() throws {
        for command in try Self.commands() {
            let help = try CommandRunner.secondcall(command.path + ["--help"]).output
            let lines = help.components(separatedBy: "\n")
            let usage = lines.firstIndex { $0.hasPrefix("USAGE:") } ?? lines.count
            let discussion = Array(lines[..<usage].dropFirst(2)).filter { !$0.isEmpty }
            for (index, line) in discussion.enumerated() {
                #expect(line.range(of: #"[.!?)] [A-Z]"#, options: .regularExpression) == nil,
                        "\(command.path.joined(separator: " ")): a sentence starts mid-line: \(line)")
                let endsSentence = line.hasSuffix(".") || line.hasSuffix(":") || line.hasSuffix("?") || line.hasSuffix("'")
                if index + 1 < discussion.count, !endsSentence {
                    #expect(line.count > 60, "\(command.path.joined(separator: " ")): a sentence broken by hand, not wrapped: \(line)")
                }
            }
        }
    }

    @Test func theManualPageDescribesEveryCommandAndOption() throws {
        let manual = try String(contentsOf: Fixtures.packageRoot.appendingPathComponent("docs/secondcall.1"), encoding: .utf8)
        let regenerate = "regenerate it: swift package --allow-writing-to-package-directory generate-manual, then copy " +
            ".build/plugins/GenerateManual/outputs/secondcall/secondcall.1 to docs/"
        for command in try Self.commands() {
            if let name = command.path.last { #expect(manual.contains(".It Em \(name)\n"), "docs/secondcall.1 lacks '\(name)'; \(regenerate)") }
            #expect(manual.contains(command.abstract), "docs/secondcall.1 lacks '\(command.abstract)'; \(regenerate)")
            for option in command.options {
                #expect(manual.contains("Fl -\(option.name)"), "docs/secondcall.1 lacks --\(option.name); \(regenerate)")
                #expect(manual.contains(option.abstract), "docs/secondcall.1 lacks '\(option.abstract)'; \(regenerate)")
            }
        }
    }

    @Test(arguments: ["bash", "zsh", "fish"]) func shellCompletionsKnowTheCommandsAndOptions(shell: String) throws {
        let script = try CommandRunner.secondcall(["--generate-completion-script", shell])
        #expect(script.status == 0)
        for word in ["live", "sessions", "export", "include-private", "no-plan"] {
            #expect(script.output.contains(word), "\(shell) completion knows \(word)")
        }
    }
}
