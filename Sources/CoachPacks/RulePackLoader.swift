import CoachCore
import CoachResources
import Foundation

/// Rules gathered from the shipped pack and the user's packs, in order: a later pack's rule replaces an
/// earlier one with the same id, and `enabled: false` switches one off.
public struct LoadedRules: Sendable {
    public var pack: RulePack
    public var diagnostics: [FileDiagnostic]
    /// Ids switched off by a pack.
    public var disabled: [String]
    /// The folders read, in order.
    public var sources: [String]
}

public enum RulePackLoader {
    /// The user's own pack folder: `$XDG_CONFIG_HOME/secondcall/rules` (default `~/.config/...`).
    public static func userDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        let base = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".config")
        return base.appendingPathComponent("secondcall/rules")
    }

    /// The shipped pack, then the user's folder when it exists, then each extra folder.
    public static func load(extraDirectories: [String] = [], includeShipped: Bool = true,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> LoadedRules {
        var directories: [URL] = []
        if includeShipped { directories.append(ShippedResources.rulesDirectory) }
        let user = userDirectory(environment: environment)
        if FileManager.default.fileExists(atPath: user.path) { directories.append(user) }
        directories += extraDirectories.map { URL(fileURLWithPath: $0) }
        return load(directories: directories)
    }

    public static func load(directories: [URL]) -> LoadedRules {
        var rules: [RuleDefinition] = []
        var disabled: [String] = []
        var diagnostics: [FileDiagnostic] = []
        for directory in directories {
            var idsInThisPack: [String: String] = [:]
            let files: [URL]
            do {
                files = try DataFolder.yamlFiles(in: directory)
            } catch {
                diagnostics.append(FileDiagnostic(path: directory.path, Diagnostic(line: 1, column: 1,
                    "cannot read the rules folder: \(error.localizedDescription)")))
                continue
            }
            for (file, (content, problems)) in zip(files, readAll(files)) {
                let path = displayPath(file)
                diagnostics += problems
                guard let content else { continue }
                let (id, idNode) = switch content {
                case .rule(let rule, let node): (rule.id, node)
                case .disable(let id, let node): (id, node)
                }
                if let earlier = idsInThisPack[id] {
                    diagnostics.append(FileDiagnostic(path: path, Diagnostic(line: idNode?.mark?.line ?? 1, column: idNode?.mark?.column ?? 1,
                        "duplicate rule id '\(id)' (also in \(earlier)); give one of them another id")))
                    continue
                }
                idsInThisPack[id] = path
                rules.removeAll { $0.id == id }
                switch content {
                case .rule(let rule, _):
                    disabled.removeAll { $0 == id }
                    rules.append(rule)
                case .disable:
                    disabled.append(id)
                }
            }
        }
        return LoadedRules(pack: RulePack(rules: rules), diagnostics: diagnostics, disabled: disabled,
                           sources: directories.map(\.path))
    }

    /// Reads the files of one pack, in order. YAML parsing is most of the time a pack takes to load and the
    /// files are independent, so they are parsed side by side on the machine's cores.
    private static func readAll(_ files: [URL]) -> [(RuleFileContent?, [FileDiagnostic])] {
        var results = [(RuleFileContent?, [FileDiagnostic])](repeating: (nil, []), count: files.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                let path = displayPath(files[index])
                guard let data = FileManager.default.contents(atPath: files[index].path) else {
                    slots[index] = (nil, [FileDiagnostic(path: path, Diagnostic(line: 1, column: 1, "cannot read this rule file"))])
                    return
                }
                switch FileText.decode(Array(data), path: path) {
                case .success(let text): slots[index] = RuleFileReader.read(path: path, text: text)
                case .failure(let problem): slots[index] = (nil, [problem])
                }
            }
        }
        return results
    }

    /// Reads one rule file's text on its own: the rule, or what is wrong with it (nil and the problems).
    public static func readRule(path: String, text: String) -> (RuleDefinition?, [FileDiagnostic]) {
        let (content, problems) = RuleFileReader.read(path: path, text: text)
        guard case .rule(let rule, _)? = content else { return (nil, problems) }
        return (rule, problems)
    }

    /// Paths relative to the working folder when they are under it, so messages stay short.
    private static func displayPath(_ url: URL) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return url.path.hasPrefix(current) ? String(url.path.dropFirst(current.count)) : url.path
    }
}
