import LoreHTML
import LoreReading

extension PageReader {
    /// Web pages read by LoreHTML: `lore ingest` and `lore extract` take .html files and folders of them.
    static let html = PageReader(extensions: HTMLReader.extensions) { path in
        HTMLReader().read(file: path).map(\.article)
    }
}
