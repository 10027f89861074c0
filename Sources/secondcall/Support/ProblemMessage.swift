/// A problem whose whole account is one sentence for the user.
struct ProblemMessage: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
