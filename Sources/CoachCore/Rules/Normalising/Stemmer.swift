/// A light English stemmer: enough to meet "deliver", "delivers", "delivered" and "delivering" at one
/// stem, and "company" with "companies", without the reach of a full Porter stemmer that makes unrelated
/// words meet. Short words are left alone, so "us" never meets "use".
enum Stemmer {
    static func stem(_ word: String) -> String {
        var letters = Array(word.utf8)
        guard letters.count >= 4, letters.allSatisfy({ $0 < 0x80 }) else { return word }
        removePlural(&letters)
        removeVerbEnding(&letters)
        if letters.count >= 5, letters.last == UInt8(ascii: "e") { letters.removeLast() }
        return String(decoding: letters, as: UTF8.self)
    }

    private static func removePlural(_ letters: inout [UInt8]) {
        if letters.count >= 5, letters.hasSuffix("ies") {
            letters.removeLast(3)
            letters.append(UInt8(ascii: "y"))
        } else if letters.hasSuffix("sses") || letters.hasSuffix("xes") || letters.hasSuffix("ches") || letters.hasSuffix("shes") {
            letters.removeLast(2)
        } else if letters.last == UInt8(ascii: "s"), !letters.hasSuffix("ss"), !letters.hasSuffix("us"), !letters.hasSuffix("is") {
            letters.removeLast()
        }
    }

    /// Takes off "-ing" and "-ed" when a real stem (three letters, one a vowel) is left, and undoubles the
    /// consonant a short verb doubles ("planned", "stopping").
    private static func removeVerbEnding(_ letters: inout [UInt8]) {
        let ending = letters.hasSuffix("ing") ? 3 : letters.hasSuffix("ed") ? 2 : 0
        guard ending > 0, letters.count - ending >= 3, letters.dropLast(ending).contains(where: isVowel) else { return }
        letters.removeLast(ending)
        if let last = letters.last, letters.count >= 4, letters[letters.count - 2] == last, !isVowel(last),
           ![UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "z")].contains(last) {
            letters.removeLast()
        }
    }

    private static func isVowel(_ letter: UInt8) -> Bool { "aeiouy".utf8.contains(letter) }
}

private extension Array where Element == UInt8 {
    func hasSuffix(_ suffix: String) -> Bool {
        let tail = Array(suffix.utf8)
        return count >= tail.count && self[(count - tail.count)...].elementsEqual(tail)
    }
}
