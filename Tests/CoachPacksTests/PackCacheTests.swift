import CoachCore
import CoachPacks
import Foundation
import TestSupport
import Testing

/// The compiled pack cache: read when the pack's files are as they were, built again from YAML when they
/// changed, and never trusted when damaged.
@Suite struct PackCacheTests {
    static let rule = """
        id: my-quota
        barrier: excessive-goal-focus
        kind: phrase
        message: Your target is showing
        tip: Ask what they need instead.
        phrases: [my quota]
        examples: {flag: ['me: I have my quota to hit.'], pass: ['me: What do you need?']}

        """

    /// A folder of one rule, a cache folder, and what a call flags with the pack loaded through the cache.
    struct Setup {
        let rules = try! TemporaryDirectory()
        let cacheFolder = try! TemporaryDirectory()
        var cache: PackCache { PackCache(directory: cacheFolder.url, appVersion: "1.0") }

        init() throws { try rules.write("my-quota.yaml", PackCacheTests.rule) }

        func load(version: String = "1.0") -> LoadedRules {
            RulePackLoader.load(directories: [rules.url], cache: PackCache(directory: cacheFolder.url, appVersion: version))
        }

        func entries() throws -> [URL] {
            try FileManager.default.contentsOfDirectory(at: cacheFolder.url, includingPropertiesForKeys: nil).filter { $0.pathExtension == "pack" }
        }
    }

    static func evidence(_ pack: RulePack, _ text: String) -> [String] {
        RuleEngine.flags(for: NotesParser.parse(text).document.notes, pack: pack).map(\.evidence)
    }

    @Test func theShippedPackReadBackFromTheCacheFlagsEveryCorpusCallAlike() throws {
        let cacheFolder = try TemporaryDirectory()
        let cache = PackCache(directory: cacheFolder.url, appVersion: "1.0")
        let fromYAML = RulePackLoader.load(directories: [ShippedRules.directory], cache: cache)
        let fromCache = RulePackLoader.load(directories: [ShippedRules.directory], cache: cache)
        #expect(fromCache.diagnostics.isEmpty)
        #expect(fromCache.pack.rules.map(\.id) == fromYAML.pack.rules.map(\.id))
        #expect(fromCache.pack.vocabularies.names == fromYAML.pack.vocabularies.names)
        for name in try Fixtures.corpusCallNames() {
            let notes = NotesParser.parse(try Fixtures.text("\(name).notes")).document.notes
            #expect(RuleEngine.flags(for: notes, pack: fromCache.pack) == RuleEngine.flags(for: notes, pack: fromYAML.pack), "\(name)")
        }
        #expect(RuleExampleRunner.run(fromCache.pack).failures.isEmpty, "the rules' examples pass on the cached pack")
    }

    @Test func aChangedRuleFileIsReadAgain() throws {
        let setup = try Setup()
        #expect(Self.evidence(setup.load().pack, "me: I have my quota to hit.") == ["my quota"])
        try setup.rules.write("my-quota.yaml", Self.rule.replacingOccurrences(of: "[my quota]", with: "[my target]"))
        let changed = setup.load().pack
        #expect(Self.evidence(changed, "me: I have my quota to hit.").isEmpty)
        #expect(Self.evidence(changed, "me: I have my target to hit.") == ["my target"])
    }

    @Test func anotherVersionOfTheAppBuildsItsOwn() throws {
        let setup = try Setup()
        _ = setup.load(version: "1.0")
        let before = try Data(contentsOf: try #require(try setup.entries().first))
        _ = setup.load(version: "2.0")
        #expect(try Data(contentsOf: try #require(try setup.entries().first)) != before, "rewritten for the new version")
    }

    @Test func aDamagedEntryIsNeverUsed() throws {
        let setup = try Setup()
        _ = setup.load()
        let entry = try #require(try setup.entries().first)
        let good = try Data(contentsOf: entry)
        var damages: [Data] = [Data(), good.prefix(good.count / 2), Data(repeating: 0xFF, count: good.count)]
        for offset in stride(from: 0, to: good.count, by: max(1, good.count / 40)) {
            var flipped = good
            flipped[offset] ^= 0x5A
            damages.append(flipped)
        }
        for damaged in damages {
            try damaged.write(to: entry)
            let loaded = setup.load()
            #expect(loaded.diagnostics.isEmpty)
            #expect(Self.evidence(loaded.pack, "me: I have my quota to hit.") == ["my quota"])
            #expect(try Data(contentsOf: entry) == good, "the damaged entry is written again from YAML")
        }
    }

    @Test func aPackWithProblemsIsNotCached() throws {
        let setup = try Setup()
        try setup.rules.write("broken.yaml", "id: broken\n")
        #expect(!setup.load().diagnostics.isEmpty)
        #expect(try setup.entries().isEmpty)
        #expect(!setup.load().diagnostics.isEmpty, "the problem is reported again, not hidden by a cache")
    }
}
