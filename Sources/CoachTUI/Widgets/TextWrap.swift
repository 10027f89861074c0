/// Breaks text into lines of at most `width` columns, at spaces where it can, by display width.
public enum TextWrap {
    public static func lines(_ text: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let wordWidth = DisplayWidth.of(word)
            let spacer = current.isEmpty ? 0 : 1
            if currentWidth + spacer + wordWidth <= width {
                if spacer == 1 { current += " " }
                current += word
                currentWidth += spacer + wordWidth
                continue
            }
            if !current.isEmpty { lines.append(current) }
            current = ""
            currentWidth = 0
            for character in word {
                let characterWidth = DisplayWidth.of(character)
                if currentWidth + characterWidth > width {
                    lines.append(current)
                    current = ""
                    currentWidth = 0
                }
                current.append(character)
                currentWidth += characterWidth
            }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }
}
