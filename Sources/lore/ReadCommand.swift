import ArgumentParser
import Foundation
import LoreHTML
import LoreReading

struct Read: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Print the article read from each HTML page: its main text, title, authors and dates.",
        discussion: """
            Reads saved web pages (files, or folders of .html/.htm files) with libxml2's HTML \
            parser and keeps the article: paragraphs, headings, lists and quotes in order, \
            without navigation, related links, comments, share bars, newsletter boxes or ads. \
            Captions and embedded posts (Twitter/X, Instagram, TikTok, YouTube) come apart.

            jsonl prints one object per page: {"id", "url", "title", "authors", "published", \
            "modified", "site", "language", "text", "captions", "embeds"}; id is the file name \
            without its extension, dates are YYYY-MM-DD, and text is the main text with the \
            posts the article quotes in place. --format text prints each article as Lore's \
            pipeline reads it: headline first, captions and posts in place.

            Example:
              lore read --format jsonl saved-pages/ > articles.jsonl
              lore read --format text page.html
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case jsonl, json, text
    }

    @Option(help: "jsonl: one JSON object per page and line; json: a pretty array; text: for reading.")
    var format: Format = .jsonl

    @Argument(help: ArgumentHelp("HTML files or folders of them.", valueName: "path"))
    var paths: [String]

    @OptionGroup var lexicon: LexiconOptions

    func validate() throws {
        if paths.isEmpty { throw ValidationError("Name at least one HTML file or folder.") }
    }

    func run() throws {
        lexicon.apply()
        var skipped: [ReadingError] = []
        var first = true
        var output = ""
        if format == .json { output = "[" }
        HTMLReader().read(paths) { result in
            switch result {
            case .failure(let error):
                skipped.append(error)
            case .success(let page):
                switch format {
                case .jsonl:
                    output += PageRecord(page).jsonLine + "\n"
                case .json:
                    let text = (try? JSON.prettyText(PageRecord(page))) ?? "{}"
                    output += (first ? "\n" : ",\n") + text.split(separator: "\n", omittingEmptySubsequences: false)
                        .map { "  " + $0 }.joined(separator: "\n")
                case .text:
                    output += (first ? "" : "\n") + Self.describe(page)
                }
                first = false
            }
            // Write as we go, in chunks, so a large batch streams without a write per page.
            if output.utf8.count > 1 << 16 {
                Console.write(output)
                output = ""
            }
        }
        if format == .json { output += first ? "]\n" : "\n]\n" }
        Console.write(output)
        Ingest.reportSkipped(skipped)
        if !skipped.isEmpty { throw ExitCode(3) }
    }

    /// A page for reading: its metadata, then its text as the pipeline gets it.
    static func describe(_ page: HTMLArticle) -> String {
        var text = "== \(page.id)\n"
        if let title = page.title { text += "title: \(title)\n" }
        if let url = page.url { text += "url: \(url)\n" }
        if let site = page.site { text += "site: \(site)\n" }
        if !page.authors.isEmpty { text += "authors: \(page.authors.joined(separator: ", "))\n" }
        if let published = page.published { text += "published: \(published)\n" }
        if let modified = page.modified { text += "modified: \(modified)\n" }
        if let language = page.language { text += "language: \(language)\n" }
        return text + "\n" + page.article.text + "\n"
    }
}

/// One page as `lore read` prints it; absent values are null, so every line has every key.
struct PageRecord: Encodable {
    struct Post: Encodable {
        var platform: String
        var url: String?
        var author: String?
        var handle: String?
        var date: String?
        var text: String
    }

    let page: HTMLArticle

    init(_ page: HTMLArticle) { self.page = page }

    enum Key: String, CodingKey {
        case id, url, title, authors, published, modified, site, language, text, captions, embeds
    }

    /// The record on one line, keys sorted as `JSON.line` sorts them. Written by hand: for pages
    /// read this fast, JSONEncoder would cost a tenth of the reading.
    var jsonLine: String {
        var line = "{\"authors\":" + Self.array(page.authors.map { JSON.string($0) })
        line += ",\"captions\":" + Self.array(page.captions.map { JSON.string($0.value) })
        line += ",\"embeds\":" + Self.array(page.embeds.map { Self.post($0.value) })
        line += ",\"id\":" + JSON.string(page.id)
        line += ",\"language\":" + JSON.string(page.language)
        line += ",\"modified\":" + JSON.string(page.modified)
        line += ",\"published\":" + JSON.string(page.published)
        line += ",\"site\":" + JSON.string(page.site)
        line += ",\"text\":" + JSON.string(page.text)
        line += ",\"title\":" + JSON.string(page.title)
        line += ",\"url\":" + JSON.string(page.url)
        return line + "}"
    }

    static func post(_ embed: HTMLEmbed) -> String {
        var fields = [(String, String?)]()
        fields.append(("author", embed.author))
        fields.append(("date", embed.date))
        fields.append(("handle", embed.handle))
        fields.append(("platform", embed.platform.rawValue))
        fields.append(("text", embed.text))
        fields.append(("url", embed.url))
        // Like the synthesized encoding of `Post`: absent values are left out.
        return "{" + fields.compactMap { key, value in value.map { "\"\(key)\":" + JSON.string($0) } }.joined(separator: ",") + "}"
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: Key.self)
        try container.encode(page.id, forKey: .id)
        try container.encode(page.url, forKey: .url)
        try container.encode(page.title, forKey: .title)
        try container.encode(page.authors, forKey: .authors)
        try container.encode(page.published, forKey: .published)
        try container.encode(page.modified, forKey: .modified)
        try container.encode(page.site, forKey: .site)
        try container.encode(page.language, forKey: .language)
        try container.encode(page.text, forKey: .text)
        try container.encode(page.captions.map(\.value), forKey: .captions)
        try container.encode(page.embeds.map {
            Post(platform: $0.value.platform.rawValue, url: $0.value.url, author: $0.value.author,
                 handle: $0.value.handle, date: $0.value.date, text: $0.value.text)
        }, forKey: .embeds)
    }
}
