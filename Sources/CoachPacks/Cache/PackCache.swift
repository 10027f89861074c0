import CoachCore
import Foundation

/// Compiled rule packs kept in the cache folder, so starting a command costs reading one file instead of
/// parsing every YAML file and compiling the trie. An entry is keyed by the contents of every file of the
/// packs, the folders they came from and the app's version: any change and it is built again from YAML.
/// A damaged or doubtful entry (wrong key, checksum, or a number pointing outside the pack) is never used.
public struct PackCache: Sendable {
    /// Bumped when the binary form of a pack changes.
    static let formatVersion: UInt32 = 2
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

    func read(_ key: Key) -> Entry? {
        guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(key.file).path) else { return nil }
        let bytes = [UInt8](data)
        let headerSize = Self.magic.count + 4 + 8 * key.digest.count + 8 * 2
        guard bytes.count > headerSize, Array(bytes[..<Self.magic.count]) == Self.magic else { return nil }
        let reader = Bytes(bytes)
        var offset = Self.magic.count
        func next<I: FixedWidthInteger>(_ type: I.Type) -> I? {
            defer { offset += MemoryLayout<I>.size }
            return try? reader.word(type, at: offset)
        }
        guard next(UInt32.self) == Self.formatVersion, key.digest.allSatisfy({ next(UInt64.self) == $0 }),
              let length = next(UInt64.self), let checksum = next(UInt64.self), Int(length) == bytes.count - headerSize else { return nil }
        let payload = Array(bytes[headerSize...])
        var hash = ContentHash()
        hash.add(payload)
        guard hash.digest[0] == checksum, let entry = try? BinaryDecoder.decode(Entry.self, from: payload),
              entry.pack.isValid(), entry.originIDs.count == entry.originFolders.count else { return nil }
        return entry
    }

    /// Writes the entry (to a temporary file renamed into place, so a reader never sees half of one). A
    /// cache that cannot be written is no problem: the next start reads YAML again.
    func write(_ entry: Entry, as key: Key) {
        guard let payload = try? BinaryEncoder.encode(entry) else { return }
        var hash = ContentHash()
        hash.add(payload)
        var bytes = Self.magic
        EncodedNode.append(Self.formatVersion, to: &bytes)
        for word in key.digest { EncodedNode.append(word, to: &bytes) }
        EncodedNode.append(UInt64(payload.count), to: &bytes)
        EncodedNode.append(hash.digest[0], to: &bytes)
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

/// Two independent 64-bit FNV-1a hashes over everything added, as a 128-bit digest.
struct ContentHash {
    private var first: UInt64 = 0xCBF2_9CE4_8422_2325
    private var second: UInt64 = 0x6C62_272E_07BB_0142

    mutating func add(_ bytes: [UInt8]) {
        add(UInt32(truncatingIfNeeded: bytes.count))
        for byte in bytes {
            first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_0163
        }
    }

    mutating func add(_ word: UInt32) {
        withUnsafeBytes(of: word.littleEndian) { raw in
            for byte in raw {
                first = (first ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
                second = (second ^ UInt64(byte)) &* 0x0000_0100_0000_0163
            }
        }
    }

    var digest: [UInt64] { [first, second] }
}
