import Synchronization

/// Vocabularies read when first asked for. A pack read back from the cache has their phrases compiled
/// into its matcher already, most commands never look at them again, and decoding them is most of the
/// time reading the cache takes.
final class DeferredVocabularies: Sendable {
    private enum State {
        case read(Vocabularies)
        case unread(@Sendable () -> Vocabularies)
    }

    private let state: Mutex<State>

    init(_ vocabularies: Vocabularies) { state = Mutex(.read(vocabularies)) }

    init(reading: @escaping @Sendable () -> Vocabularies) { state = Mutex(.unread(reading)) }

    var value: Vocabularies {
        state.withLock { state in
            switch state {
            case .read(let vocabularies):
                return vocabularies
            case .unread(let read):
                let vocabularies = read()
                state = .read(vocabularies)
                return vocabularies
            }
        }
    }
}
