/// Numbers as a row of block characters, lowest to highest: a trend at a glance.
public enum Sparkline {
    static let blocks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

    public static func of(_ values: [Double]) -> String {
        guard let low = values.min(), let high = values.max() else { return "" }
        guard high > low else { return String(repeating: high > 0 ? blocks[3] : blocks[0], count: values.count) }
        return String(values.map { blocks[Int(($0 - low) / (high - low) * Double(blocks.count - 1))] })
    }
}
