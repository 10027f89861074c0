/// A number with its noun, singular or plural: "1 file", "3 files".
public enum Count {
    public static func of(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }
}
