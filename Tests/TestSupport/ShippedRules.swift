import Foundation

/// The shipped rule pack in the source tree.
public enum ShippedRules {
    public static var directory: URL { Fixtures.packageRoot.appendingPathComponent("Resources/rules") }
}
