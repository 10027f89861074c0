/// A problem whose whole account is one sentence for the user.
public struct ProblemMessage: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(message: String) { self.message = message }
}
