/// A diagnostic and the file it is about.
public struct FileDiagnostic: Equatable, Sendable, Error, CustomStringConvertible {
    public var path: String
    public var diagnostic: Diagnostic

    public init(path: String, _ diagnostic: Diagnostic) {
        self.path = path
        self.diagnostic = diagnostic
    }

    public var description: String { diagnostic.formatted(path: path) }
}
