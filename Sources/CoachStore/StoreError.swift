import Foundation

/// Why the store cannot be used, said so a rep knows what to do. Nothing is overwritten in any case.
public enum StoreError: Error, CustomStringConvertible, Equatable {
    case cannotCreateFolder(path: String, reason: String)
    case unreadable(path: String, reason: String)
    case damaged(path: String, detail: String)
    case noAccess(path: String)
    case readOnly(path: String)
    case newerSchema(path: String)
    case inUse(path: String, pid: Int32?)
    case busy(path: String)
    case writeFailed(reason: String)
    case noSuchSession(String)

    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason):
            "cannot create the data folder \(path): \(reason); choose another with --data-dir or SECONDCALL_DATA_DIR"
        case .unreadable(let path, let reason):
            "the database \(path) cannot be read (\(reason)); it was left untouched. Move it aside to start afresh, or point --data-dir elsewhere"
        case .damaged(let path, let detail):
            "the database \(path) is damaged (\(detail)); it was left untouched and nothing was written to it. Copy it somewhere safe (sqlite3's '.recover' can often get calls back from the copy), then move it aside to start afresh, or point --data-dir elsewhere"
        case .noAccess(let path):
            "the database \(path) cannot be opened: permission denied. It should be yours and readable (chmod 600 on the file, 700 on its folder)"
        case .readOnly(let path):
            "the data folder \(path) is read-only: its calls can be listed, exported and reviewed, but not added to or changed. Choose a folder you can write with --data-dir"
        case .newerSchema(let path):
            "the database \(path) was written by a newer SecondCall; this version will not change it. Update SecondCall to open it"
        case .inUse(let path, let pid):
            "another SecondCall\(pid.map { " (pid \($0))" } ?? "") is running a call with the data in \(path); finish or quit it first"
        case .busy(let path):
            "the database \(path) is locked by another program; try again in a moment"
        case .writeFailed(let reason):
            "could not save: \(reason)"
        case .noSuchSession(let id):
            "no stored call '\(id)'; 'secondcall sessions list' shows them"
        }
    }
}
