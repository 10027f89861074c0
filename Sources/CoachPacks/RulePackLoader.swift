import CoachCore
import CoachResources
import Foundation

/// Rules gathered from the shipped pack and the user's packs, in order: a later pack's rule replaces an
/// earlier one with the same id, `enabled: false` switches one off, and a later pack's vocabulary of the
/// same name adds its phrases to the earlier one.
public struct LoadedRules: Sendable {
    public var pack: RulePack
    public var diagnostics: [FileDiagnostic]
    /// Ids switched off by a pack.
    public var disabled: [String]
    /// The folders read, in order.
    public var sources: [String]
    /// For each rule in the pack, the folder it came from.
    public var origins: [String: String]
}

/// A pack folder: rule files (`*.yaml`), `vocabularies/NAME.yaml` (used in phrases as `@NAME`) and
/// `normalising/*.yaml` (shorthand and words the stemmer leaves alone).
public enum RulePackLoader {
    /// The user's own pack folder: `$XDG_CONFIG_HOME/secondcall/rules` (default `~/.config/...`).
    public static func userDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        ConfigFolder.url(environment: environment).appendingPathComponent("rules")
    }

    /// The team's pack as last fetched (`secondcall team rules fetch`): `team/rules` in the config folder.
    public static func teamDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        ConfigFolder.url(environment: environment).appendingPathComponent("team/rules")
    }

    /// The shipped pack, then the team's pack and the user's folder when they exist, then each extra folder.
    public static func load(extraDirectories: [String] = [], includeShipped: Bool = true, cache: PackCache? = nil,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> LoadedRules {
        var directories: [URL] = []
        if includeShipped { directories.append(ShippedResources.rulesDirectory) }
        for folder in [teamDirectory(environment: environment), userDirectory(environment: environment)]
        where FileManager.default.fileExists(atPath: folder.path) {
            directories.append(folder)
        }
        directories += extraDirectories.map { URL(fileURLWithPath: $0) }
        return load(directories: directories, cache: cache)
    }

    /// With a cache, the compiled pack is read from it when the folders' files are what they were when it
    /// was written, and written to it after a load without problems.
    public static func load(directories: [URL], cache: PackCache? = nil) -> LoadedRules {
        var diagnostics: [FileDiagnostic] = []
        var folders: [PackFolder] = []
        for directory in directories {
            do {
                folders.append(try PackFolder(directory))
            } catch {
                diagnostics.append(FileDiagnostic(path: directory.path, Diagnostic(line: 1, column: 1,
                    "cannot read the rules folder: \(error.localizedDescription)")))
            }
        }
        let contents = folders.map { $0.contents() }
        // A pack with problems is never cached, so its files are not hashed.
        let cacheKey = diagnostics.isEmpty ? cache.map { cache in
            cache.key(folders: zip(folders, contents).map { folder, files in
                (folder.directory, files.map { (name: PackFolder.fileName($0.path), bytes: $0.bytes ?? []) })
            })
        } : nil
        if diagnostics.isEmpty, let cache, let cacheKey,
           let entry = cache.read(cacheKey, vocabulariesFromYAML: { load(directories: directories).pack.vocabularies }) {
            return LoadedRules(pack: entry.pack, diagnostics: [], disabled: entry.disabled, sources: directories.map(\.path),
                               origins: entry.origins)
        }
        let vocabularyNames = Set(folders.flatMap { $0.vocabularies.map(PackFolder.vocabularyName) })
        let read = PackFileReading.readAll(folders, contents: contents, vocabularyNames: vocabularyNames)
        diagnostics += read.diagnostics
        var vocabularies = Vocabularies()
        for vocabulary in read.vocabularies { vocabularies.add(vocabulary) }
        diagnostics += VocabularyCheck.problems(in: vocabularies)
        let (rules, disabled, ruleProblems, origins) = merge(read.rules)
        diagnostics += ruleProblems
        let pack = RulePack(rules: rules, vocabularies: vocabularies, normaliser: read.normaliser)
        let ruleOrigins = origins.mapValues { folders[$0].directory.path }
        if diagnostics.isEmpty, let cache, let cacheKey {
            cache.write(PackCache.Entry(pack: pack, disabled: disabled, origins: ruleOrigins), as: cacheKey)
        }
        return LoadedRules(pack: pack, diagnostics: diagnostics, disabled: disabled, sources: directories.map(\.path),
                           origins: ruleOrigins)
    }

    /// Applies each pack's rules in order: a later rule replaces an earlier one of the same id; two files
    /// of one pack may not share an id.
    private static func merge(_ packs: [[(path: String, content: RuleFileContent)]])
        -> ([RuleDefinition], [String], [FileDiagnostic], origins: [String: Int]) {
        var origins: [String: Int] = [:]
        var rules: [RuleDefinition] = []
        var disabled: [String] = []
        var diagnostics: [FileDiagnostic] = []
        for (packIndex, pack) in packs.enumerated() {
            var idsInThisPack: [String: String] = [:]
            for (path, content) in pack {
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
                disabled.removeAll { $0 == id }
                switch content {
                case .rule(let rule, _):
                    rules.append(rule)
                    origins[id] = packIndex
                case .disable: disabled.append(id)
                }
            }
        }
        return (rules, disabled, diagnostics, origins)
    }

    /// Reads one rule file's text on its own, against the shipped vocabularies: the rule, or what is wrong
    /// with it (nil and the problems).
    public static func readRule(path: String, text: String, vocabularyNames: Set<String> = []) -> (RuleDefinition?, [FileDiagnostic]) {
        let (content, problems) = RuleFileReader.read(path: path, text: text, vocabularyNames: vocabularyNames)
        guard case .rule(let rule, _)? = content else { return (nil, problems) }
        return (rule, problems)
    }

    /// Paths relative to the working folder when they are under it, so messages stay short.
    static func displayPath(_ path: String) -> String {
        let current = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(current) ? String(path.dropFirst(current.count)) : path
    }
}
