/// The window sizes every screen is tested at: the 80x24 everyone has, and a larger one.
public struct ScreenSize: Sendable, CustomStringConvertible {
    public var columns: Int
    public var rows: Int

    public init(_ columns: Int, _ rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    public static let small = ScreenSize(80, 24)
    public static let large = ScreenSize(120, 40)
    public static let both = [small, large]

    public var description: String { "\(columns)x\(rows)" }
}
