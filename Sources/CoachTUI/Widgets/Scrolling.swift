/// Scrolling a list of rows: the first row shown, moved no more than needed for row `index` to show.
enum Scrolling {
    static func top(_ top: Int, showing index: Int, height: Int) -> Int {
        if index < top { return index }
        if index >= top + height { return index - height + 1 }
        return top
    }
}
