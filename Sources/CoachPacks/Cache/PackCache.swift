import CoachCore
import Foundation

/// Compiled rule packs kept in the cache folder, so starting a command costs reading one file instead of
/// parsing every YAML file and compiling the trie. An entry is keyed by the contents of every file of the
/// packs, the folders they came from and the app's version: any change and it is built again from YAML.
/// A damaged or doubtful entry (wrong key, checksum, or a number pointing outside the pack) is never used.
public struct PackCache: Sendable {
    /// Bumped when the binary form of a pack changes.
    static let formatVersion: UInt32 = 3
    static let magic: [UInt8] = Array("SCPACK".utf8)

    public let directory: URL
    public let appVersion: String

    public init(directory: URL, appVersion: String) {
        self.directory = directory
        self.appVersion = appVersion
    }

    /// `$XDG_CACHE_HOME/secondcall/packs`, else `~/.cache/secondcall/packs`.
    public static func standard(appVersion: String, environment: [String: String] = ProcessInfo.processInfo.environment) -> PackCache {
        let base = environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : URL(fileURLWithPath: $0) }
            ?? FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".cache")
        return PackCache(directory: base.appendingPathComponent("secondcall/packs"), appVersion: appVersion)
    }

    struct Entry: Codable {
        /// Coded without its vocabularies, which the file holds after the entry.
        var pack: RulePack
        var disabled: [String]
        /// Each rule's folder, as rule id and path, sorted by id.
        var originIDs: [String]
        var originFolders: [String]

        init(pack: RulePack, disabled: [String], origins: [String: String]) {
            self.pack = pack
            self.disabled = disabled
            originIDs = origins.keys.sorted()
            originFolders = originIDs.map { origins[$0]! }
        }

        var origins: [String: String] { Dictionary(zip(originIDs, originFolders)) { $1 } }
    }

    /// What identifies the packs' files: where they are, their names and their bytes.
    struct Key: Equatable {
        var file: String
        var digest: [UInt64]
    }

    func key(folders: [(directory: URL, files: [(name: String, bytes: [UInt8])])]) -> Key {
        var hasher = ContentHash()
        hasher.add(Array(appVersion.utf8))
        hasher.add(Self.formatVersion)
        var places = ContentHash()
        for folder in folders {
            hasher.add(Array(folder.directory.path.utf8))
            places.add(Array(folder.directory.path.utf8))
            for file in folder.files {
                hasher.add(Array(file.name.utf8))
                hasher.add(file.bytes)
            }
        }
        return Key(file: String(places.digest[0], radix: 16) + ".pack", digest: hasher.digest)
    }

    /// The entry for `key`, when its file is whole. The pack's vocabularies are stored after the rest and
    /// decoded only when asked for; should that fail, `vocabulariesFromYAML` reads them instead.
    func read(_ key: Key, vocabulariesFromYAML: @escaping @Sendable () -> Vocabularies) -> Entry? {
        guard let bytes = FileBytes.contents(atPath: directory.appendingPathComponent(key.file).path) else { return nil }
        let headerSize = Self.magic.count + 4 + 8 * key.digest.count + 8 * 3
        guard bytes.count > headerSize, Array(bytes[..<Self.magic.count]) == Self.magic else { return nil }
        let reader = Bytes(bytes)
        var offset = Self.magic.count
        func next<I: FixedWidthInteger>(_ type: I.Type) -> I? {
            defer { offset += MemoryLayout<I>.size }
            return try? reader.word(type, at: offset)
        }
        guard next(UInt32.self) == Self.formatVersion, key.digest.allSatisfy({ next(UInt64.self) == $0 }),
              let length = next(UInt64.self), let checksum = next(UInt64.self), let entryLength = next(UInt64.self),
              length == UInt64(bytes.count - headerSize), entryLength <= length else { return nil }
        var hash = ContentHash()
        hash.add(bytes[headerSize...])
        let entryEnd = headerSize + Int(entryLength)
        guard hash.digest[0] == checksum, let entry = try? BinaryDecoder.decode(Entry.self, from: bytes, in: headerSize..<entryEnd),
              entry.pack.isValid(), entry.originIDs.count == entry.originFolders.count else { return nil }
        var lazy = entry
        lazy.pack = entry.pack.readingVocabularies {
            (try? BinaryDecoder.decode(Vocabularies.self, from: bytes, in: entryEnd..<bytes.count)) ?? vocabulariesFromYAML()
        }
        return lazy
    }

    /// Writes the entry (to a temporary file renamed into place, so a reader never sees half of one). A
    /// cache that cannot be written is no problem: the next start reads YAML again.
    func write(_ entry: Entry, as key: Key) {
        guard let compiled = try? BinaryEncoder.encode(entry), let vocabularies = try? BinaryEncoder.encode(entry.pack.vocabularies) else { return }
        let payload = compiled + vocabularies
        var hash = ContentHash()
        hash.add(payload)
        var bytes = Self.magic
        EncodedNode.append(Self.formatVersion, to: &bytes)
        for word in key.digest { EncodedNode.append(word, to: &bytes) }
        EncodedNode.append(UInt64(payload.count), to: &bytes)
        EncodedNode.append(hash.digest[0], to: &bytes)
        EncodedNode.append(UInt64(compiled.count), to: &bytes)
        bytes += payload
        let manager = FileManager.default
        let temporary = directory.appendingPathComponent(".\(key.file).\(getpid())")
        do {
            try manager.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
            guard manager.createFile(atPath: temporary.path, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else { return }
            guard rename(temporary.path, directory.appendingPathComponent(key.file).path) == 0 else {
                try? manager.removeItem(at: temporary)
                return
            }
        } catch {
            return
        }
    }
}

/// Two independent 64-bit hashes in the manner of FNV-1a, as a 128-bit digest, taken eight bytes at a
/// time (a byte at a time, checking the cached pack cost a start-up more than a millisecond). Each step is
/// invertible, so any one changed word changes the digest.
struct ContentHash {
    private var first: UInt64 = 0xCBF2_9CE4_8422_2325
    private var second: UInt64 = 0x6C62_272E_07BB_0142

    mutating func add(_ bytes: [UInt8]) { add(bytes[...]) }

    mutating func add(_ bytes: ArraySlice<UInt8>) {
        add(UInt32(truncatingIfNeeded: bytes.count))
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset + 8 <= raw.count {
                mix(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
                offset += 8
            }
            var tail: UInt64 = 0
            for (index, byte) in raw[offset...].enumerated() { tail |= UInt64(byte) << (8 * index) }
            mix(tail)
        }
    }

    mutating func add(_ word: UInt32) { mix(UInt64(word)) }

    private mutating func mix(_ word: UInt64) {
        first = (first ^ word) &* 0x0000_0100_0000_01B3
        first ^= first >> 32
        second = (second ^ word) &* 0x0000_0100_0000_0163
        second ^= second >> 29
    }

    var digest: [UInt64] { [first, second] }
}
