/// A clock the test moves by hand.
public final class FakeClock: @unchecked Sendable {
    public var now: Double

    public init(_ now: Double = 1_000) { self.now = now }

    public func advance(_ seconds: Double) { now += seconds }
}
