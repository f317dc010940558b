import ArgumentParser
import Foundation

/// The `--lexicon DIR` option: a folder of word lists that add to the bundled ones, for the
/// commands that read text. It stands for the `LORE_LEXICON` variable, which it sets.
struct LexiconOptions: ParsableArguments {
    @Option(name: .customLong("lexicon"), help: ArgumentHelp(
        "A folder of word lists (platforms, hedges, role words, …) that add to Lore's own; see the README.",
        valueName: "dir"))
    var folder: String?

    func validate() throws {
        guard let folder else { return }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("--lexicon \(folder) is not a folder of word lists.")
        }
    }

    /// Makes the folder the word lists' source; call before the first article is read.
    func apply() {
        if let folder { setenv("LORE_LEXICON", folder, 1) }
    }
}
