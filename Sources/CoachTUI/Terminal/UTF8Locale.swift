import Foundation

/// Screens and notes are UTF-8. When the user's locale is not (LANG=C, or unset), characters would be
/// read and written as something else, and typed notes stored garbled; so the character handling falls
/// back to C.UTF-8, which every glibc system has.
enum UTF8Locale {
    /// Takes the user's locale, falling back to C.UTF-8 for characters; false when neither is UTF-8.
    static func adopt() -> Bool {
        setlocale(LC_ALL, "")
        if isUTF8 { return true }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] where setlocale(LC_CTYPE, fallback) != nil {
            if isUTF8 { return true }
        }
        return false
    }

    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).uppercased()
        return name == "UTF-8" || name == "UTF8"
    }
}
