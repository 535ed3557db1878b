import Foundation

/// Expands the paths a user gives into documents: files as given, folders recursively (text,
/// markdown and HTML files), in a stable order, each with an id unique in the batch.
public enum InputCollector {
    public struct Input: Sendable, Equatable {
        public var id: String
        public var path: String
    }

    public static let extensions: Set<String> = ["txt", "text", "md", "markdown", "html", "htm", "xhtml", "xml", "tsv"]

    public static func collect(_ paths: [String]) -> (inputs: [Input], problems: [String]) {
        var files: [String] = []
        var problems: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                problems.append("\(path): no such file or folder")
                continue
            }
            if !isDirectory.boolValue {
                files.append(path)
                continue
            }
            guard let walker = manager.enumerator(atPath: path) else {
                problems.append("\(path): the folder cannot be read")
                continue
            }
            var found: [String] = []
            for case let relative as String in walker {
                let full = (path as NSString).appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                if manager.fileExists(atPath: full, isDirectory: &isFolder), !isFolder.boolValue,
                   extensions.contains((relative as NSString).pathExtension.lowercased()) {
                    found.append(full)
                }
            }
            if found.isEmpty { problems.append("\(path): no .txt, .md or .html documents in this folder") }
            files += found.sorted()
        }
        return (assignIds(files), problems)
    }

    /// The file name without extension; a name seen before in the batch gets "-2", "-3".
    static func assignIds(_ files: [String]) -> [Input] {
        var used: [String: Int] = [:]
        var inputs: [Input] = []
        for file in files {
            let base = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            let count = (used[base] ?? 0) + 1
            used[base] = count
            inputs.append(Input(id: count == 1 ? base : "\(base)-\(count)", path: file))
        }
        return inputs
    }
}
