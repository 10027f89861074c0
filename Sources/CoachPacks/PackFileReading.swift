import CoachCore
import Foundation

/// Reads every file of a set of pack folders. YAML parsing is most of the time a pack takes to load and
/// the files are independent, so they are parsed side by side on the machine's cores.
enum PackFileReading {
    struct Result {
        var rules: [[(path: String, content: RuleFileContent)]] = []
        var vocabularies: [Vocabulary] = []
        var normaliser = Normaliser()
        var diagnostics: [FileDiagnostic] = []
    }

    private enum Job: Sendable {
        case rule(String, [UInt8]?)
        case vocabulary(String, [UInt8]?)
        case normalising(String, [UInt8]?)
    }

    private enum Outcome {
        case rule(RuleFileContent?)
        case vocabulary(Vocabulary?)
        case normalising(shorthand: [String: String], unstemmed: [String])
    }

    /// `contents` holds each folder's files as `PackFolder.contents` lists them.
    static func readAll(_ folders: [PackFolder], contents: [[(path: String, bytes: [UInt8]?)]], vocabularyNames: Set<String>) -> Result {
        let jobs = zip(folders, contents).map { folder, files in
            files.map { file -> Job in
                if folder.normalising.contains(file.path) { return .normalising(file.path, file.bytes) }
                if folder.vocabularies.contains(file.path) { return .vocabulary(file.path, file.bytes) }
                return .rule(file.path, file.bytes)
            }
        }
        let all = jobs.flatMap { $0 }
        let outcomes = ParallelMap.map(all) { job in read(job, vocabularyNames: vocabularyNames) }
        var result = Result()
        var next = 0
        for folderJobs in jobs {
            var rules: [(path: String, content: RuleFileContent)] = []
            for job in folderJobs {
                let (outcome, problems) = outcomes[next]
                next += 1
                result.diagnostics += problems
                switch (job, outcome) {
                case (.rule(let path, _), .rule(let content?)): rules.append((RulePackLoader.displayPath(path), content))
                case (_, .vocabulary(let vocabulary?)): result.vocabularies.append(vocabulary)
                case (_, .normalising(let shorthand, let unstemmed)): result.normaliser.add(shorthand: shorthand, unstemmed: unstemmed)
                default: break
                }
            }
            result.rules.append(rules)
        }
        return result
    }

    private static func read(_ job: Job, vocabularyNames: Set<String>) -> (Outcome, [FileDiagnostic]) {
        let (file, bytes) = switch job {
        case .rule(let file, let bytes), .vocabulary(let file, let bytes), .normalising(let file, let bytes): (file, bytes)
        }
        let path = RulePackLoader.displayPath(file)
        let decoded = bytes.map { FileText.decode($0, path: path) }
            ?? .failure(FileDiagnostic(path: path, Diagnostic(line: 1, column: 1, "cannot read this file")))
        let text: String
        switch decoded {
        case .success(let decodedText):
            text = decodedText
        case .failure(let problem):
            let problem = [problem]
            switch job {
            case .rule: return (.rule(nil), problem)
            case .vocabulary: return (.vocabulary(nil), problem)
            case .normalising: return (.normalising(shorthand: [:], unstemmed: []), problem)
            }
        }
        switch job {
        case .rule:
            let (content, problems) = RuleFileReader.read(path: path, text: text, vocabularyNames: vocabularyNames)
            return (.rule(content), problems)
        case .vocabulary:
            let (vocabulary, problems) = VocabularyFileReader.read(name: PackFolder.vocabularyName(file), path: path, text: text,
                                                                   vocabularyNames: vocabularyNames)
            return (.vocabulary(vocabulary), problems)
        case .normalising:
            let (shorthand, unstemmed, problems) = NormalisingFileReader.read(path: path, text: text)
            return (.normalising(shorthand: shorthand, unstemmed: unstemmed), problems)
        }
    }
}

/// Maps over the items on the machine's cores, keeping their order.
enum ParallelMap {
    static func map<T: Sendable, R>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        var results = [R?](repeating: nil, count: items.count)
        results.withUnsafeMutableBufferPointer { buffer in
            // Each iteration writes only its own slot.
            nonisolated(unsafe) let slots = buffer
            DispatchQueue.concurrentPerform(iterations: items.count) { index in slots[index] = transform(items[index]) }
        }
        return results.map { $0! }
    }
}

/// Problems a vocabulary shows only beside the others: names that circle back, or expansions too large.
enum VocabularyCheck {
    static func problems(in vocabularies: Vocabularies) -> [FileDiagnostic] {
        var expansion = PhraseExpansion(vocabularies)
        var problems: [FileDiagnostic] = []
        for name in vocabularies.names {
            guard let vocabulary = vocabularies[name] else { continue }
            for phrase in vocabulary.phrases where !phrase.vocabularyNames.isEmpty {
                do {
                    _ = try expansion.expand(phrase)
                } catch {
                    problems.append(FileDiagnostic(path: vocabulary.sources.first?.file ?? name, Diagnostic(line: 1, column: 1,
                        "phrase '\(phrase.source)': \(error)")))
                    break
                }
            }
        }
        return problems
    }
}
