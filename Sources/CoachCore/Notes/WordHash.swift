/// FNV-1a over a word's UTF-8 bytes: cheap to compute while reading the word, and good enough to find
/// short words in the small open-addressing tables the rules use.
public enum WordHash {
    static let seed: UInt64 = 0xCBF2_9CE4_8422_2325

    @inline(__always)
    static func step(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    public static func of(_ word: String) -> UInt64 {
        var hash = seed
        for byte in word.utf8 { hash = step(hash, byte) }
        return hash
    }
}
