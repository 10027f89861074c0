/// The words question forms are made of, each with the classes it belongs to. Words are kept as typed
/// (lower case, apostrophes kept: "we're" is not "were").
enum QuestionWords {
    struct Class: OptionSet {
        let rawValue: UInt16
        /// Asks on its own at the start of a sentence: what, how, who.
        static let asking = Class(rawValue: 1 << 0)
        /// An asking word with a verb already in it: what's, hows.
        static let contracted = Class(rawValue: 1 << 1)
        /// Asks when a subject follows: do, r, is, can.
        static let auxiliary = Class(rawValue: 1 << 2)
        static let subject = Class(rawValue: 1 << 3)
        /// Put before the real question: so, ok, and, sorry.
        static let filler = Class(rawValue: 1 << 4)
        static let greeting = Class(rawValue: 1 << 5)
        /// Asks after "how": many, much, far.
        static let afterHow = Class(rawValue: 1 << 6)
        /// Asks with a noun between it and its verb: "which brands do", "what finishes is".
        static let takesNoun = Class(rawValue: 1 << 7)
    }

    private static let lists: [(Class, [String])] = [
        (.asking, ["what", "how", "why", "where", "which", "who", "whose", "when"]),
        ([.asking, .contracted], ["what's", "whats", "how's", "hows", "why's", "whys", "where's", "wheres", "who's", "whos", "when's", "whens"]),
        (.auxiliary, [
            "do", "does", "did", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "are", "aren't", "arent", "r", "is",
            "isn't", "isnt", "was", "wasn't", "wasnt", "were", "weren't", "werent", "can", "can't", "could", "couldn't", "couldnt",
            "would", "wouldn't", "wouldnt", "wd", "will", "won't", "should", "shouldn't", "shouldnt", "shall", "have", "haven't",
            "havent", "has", "hasn't", "hasnt", "had", "may", "might", "must",
        ]),
        (.subject, [
            "you", "u", "ya", "we", "they", "it", "i", "he", "she", "there", "that", "this", "these", "those", "your", "ur",
            "the", "any", "anyone", "anybody", "someone", "everyone", "our", "their", "his", "her", "its",
        ]),
        (.filler, [
            "so", "and", "ok", "okay", "well", "now", "but", "right", "great", "thanks", "sure", "then", "also", "fair", "oh",
            "hmm", "cool", "perfect", "yes", "yeah", "yep", "sorry", "just", "quick", "one", "question", "first", "honestly",
        ]),
        (.greeting, ["hi", "hey", "hello", "morning", "afternoon", "evening", "thanks", "thx", "cheers"]),
        (.afterHow, ["many", "much", "far", "long", "often", "big", "soon", "quickly", "come", "about"]),
        (.takesNoun, ["which", "what"]),
    ]

    /// Openings that ask without a question word ("any chance", "tell me").
    static let askingOpenings = numbers([
        ["any", "chance"], ["anything", "else"], ["mind", "if"], ["tell", "me"], ["walk", "me", "through"],
        ["talk", "me", "through"], ["help", "me", "understand"], ["describe"], ["explain"], ["i", "wonder"], ["wondering"],
        ["curious"], ["how", "about"],
    ])
    /// Openings that tell in the shape of a question ("you do know your signs went dark?"): statements.
    static let tellingOpenings = numbers([
        ["you", "do", "know"], ["did", "you", "know"], ["are", "you", "aware"], ["you", "realise"], ["you", "realize"],
        ["do", "you", "realise"], ["do", "you", "realize"], ["you", "do", "realise"], ["you", "do", "realize"],
        ["you", "know", "that"],
    ])
    /// Openings of questions that invite the customer to talk.
    static let openOpenings = numbers([
        ["what"], ["what's"], ["whats"], ["how"], ["how's"], ["hows"], ["why"], ["where"], ["where's"], ["wheres"], ["which"],
        ["who"], ["who's"], ["whos"], ["when"], ["in", "what", "way"], ["to", "what", "extent"], ["tell", "me"],
        ["walk", "me", "through"], ["talk", "me", "through"], ["describe"], ["help", "me", "understand"], ["explain"],
        ["imagine"], ["picture"],
    ])

    static let table = WordTable(lists.flatMap(\.1) + ["in", "to", "extent", "way", "me", "through", "understand", "imagine",
                                                       "picture", "chance", "anything", "else", "mind", "if", "wonder",
                                                       "wondering", "curious", "describe", "explain", "tell", "walk", "talk", "help", "know",
                                                       "aware", "realise", "realize"])
    private static let classes: [Class] = {
        var classes = [Class](repeating: [], count: table.count)
        for (kind, words) in lists {
            for word in words { classes[Int(table.number(of: word)!)].formUnion(kind) }
        }
        return classes
    }()

    static let how = table.number(of: "how")!

    static func `is`(_ number: Int32, _ kind: Class) -> Bool { number >= 0 && classes[Int(number)].contains(kind) }

    /// An opening of up to three words, as numbers in `table`, held flat so that comparing one with a
    /// sentence's first words reads no nested array.
    struct Opening: Sendable {
        let words: (Int32, Int32, Int32)
        let count: Int

        /// Whether a sentence whose first words are `first` (at least `count` of them) starts with it.
        @inline(__always)
        func starts(_ first: (Int32, Int32, Int32)) -> Bool {
            words.0 == first.0 && (count < 2 || words.1 == first.1) && (count < 3 || words.2 == first.2)
        }
    }

    private static func numbers(_ openings: [[String]]) -> [Opening] {
        openings.map { words in
            let numbers = words.map { table.number(of: $0)! }
            func number(_ index: Int) -> Int32 { index < numbers.count ? numbers[index] : -1 }
            return Opening(words: (number(0), number(1), number(2)), count: numbers.count)
        }
    }
}
