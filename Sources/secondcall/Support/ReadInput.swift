import Foundation

/// Reads a file, or standard input for "-"; prints why not and returns nil when it cannot.
func readInput(_ path: String) -> [UInt8]? {
    if path == "-" { return Array(FileHandle.standardInput.readDataToEndOfFile()) }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
        printError("cannot read '\(path)': no such file")
        return nil
    }
    guard !isDirectory.boolValue else {
        printError("cannot read '\(path)': it is a folder; name the notes files in it")
        return nil
    }
    guard let data = FileManager.default.contents(atPath: path) else {
        printError("cannot read '\(path)': permission denied or unreadable")
        return nil
    }
    return Array(data)
}
