import Foundation
import LoreReading

/// An article read from an HTML page: its main text and what the page says about it.
public struct HTMLArticle: Sendable, Hashable {
    public var id: String
    /// The canonical URL.
    public var url: String?
    public var title: String?
    public var authors: [String]
    /// `YYYY-MM-DD` (or `YYYY-MM` when only the URL dates the page).
    public var published: String?
    public var modified: String?
    /// The site's name ("The Hollywood Reporter"), or its host when it gives none.
    public var site: String?
    /// The primary language subtag: "en".
    public var language: String?
    /// The main text, one entry per paragraph, heading, list item or quote, in page order;
    /// lines broken by `<br>` stay in one paragraph, separated by a newline.
    public var paragraphs: [String]
    public var captions: [Placed<String>]
    public var embeds: [Placed<HTMLEmbed>]

    /// Something shown between paragraphs: after `paragraphs[0..<position]`.
    public struct Placed<Value: Sendable & Hashable>: Sendable, Hashable {
        public var position: Int
        public var value: Value
    }

    /// The main text, paragraphs separated by blank lines, with the embedded posts the article
    /// quotes where they stand (their text, then their "— Name (@handle) date" line).
    public var text: String { laidOut(captions: false) }

    /// The article for Lore's pipeline, laid out as news arrives as text and as `PlainTextLayout`
    /// reads it: the headline, then the main text with captions ("Photo: …") and embedded posts
    /// (the post, then its "— Name (@handle) date" line) where they stand.
    public var article: Article {
        Article(id: id, url: url, outlet: site, title: title, published: published, text: laidOut(captions: true))
    }

    func laidOut(captions withCaptions: Bool) -> String {
        let captions = withCaptions ? self.captions : []
        var lines: [String] = []
        if withCaptions, let title { lines.append(title) }
        var captionIndex = 0, embedIndex = 0
        for position in 0...paragraphs.count {
            while captionIndex < captions.count && captions[captionIndex].position <= position {
                lines.append(Self.captionLine(captions[captionIndex].value))
                captionIndex += 1
            }
            while embedIndex < embeds.count && embeds[embedIndex].position <= position {
                let embed = embeds[embedIndex].value
                if let signature = embed.signatureLine {
                    if !embed.text.isEmpty { lines.append(embed.text) }
                    lines.append(signature)
                }
                embedIndex += 1
            }
            if position < paragraphs.count { lines.append(paragraphs[position]) }
        }
        return lines.joined(separator: "\n\n")
    }

    /// Captions read as captions when they begin like one.
    static func captionLine(_ caption: String) -> String {
        let lower = caption.lowercased()
        let marked = ["photo", "image", "credit", "(photo", "(image", "picture", "pictured"].contains { lower.hasPrefix($0) }
        return marked ? caption : "Photo: " + caption
    }
}

extension HTMLArticle {
    /// Reads the article of one HTML page. `input` names the page in errors.
    public init(html bytes: UnsafeRawBufferPointer, id: String, input: String) throws(ReadingError) {
        let page = try PageScan.read(bytes, input: input)

        // The page's first <h1>s: one is the headline, another may be a site logo.
        let h1s = page.blocks.lazy.filter { page.elements[Int($0.owner)].tag == .h1 }.prefix(5).map { page.string($0) }
        let authorTexts = page.metadata.authorRanges.prefix(4).map { page.string($0) }
        var metadata = Metadata(page.metadata, h1s: Array(h1s), authorTexts: authorTexts)
        let main = MainText.find(in: page, title: metadata.title)
        let articleTime = main.container < 0 ? nil : page.metadata.times.first { time in
            time.element >= main.container && time.element < page.elements[Int(main.container)].subtreeEnd
        }?.datetime
        metadata.dateByMarkup(articleTime: articleTime)

        self.id = id
        url = metadata.url
        title = metadata.title
        authors = metadata.authors
        published = metadata.published
        modified = metadata.modified
        site = metadata.site
        language = metadata.language
        paragraphs = []
        captions = []
        embeds = []

        // Paragraphs: blocks of the same element split by <br> stay together.
        var previousOwner: Int32 = -1
        var paragraph: [UInt8] = []
        var blockPositions: [(block: Int32, position: Int)] = []
        for blockIndex in main.body {
            let block = page.blocks[Int(blockIndex)]
            let sameParagraph = block.afterLineBreak && block.owner == previousOwner
            if !sameParagraph && !paragraph.isEmpty {
                paragraphs.append(String(decoding: paragraph, as: UTF8.self))
                paragraph.removeAll(keepingCapacity: true)
            }
            if sameParagraph { paragraph.append(10) }
            paragraph.append(contentsOf: page.text[Int(block.start)..<Int(block.end)])
            previousOwner = block.owner
            blockPositions.append((blockIndex, paragraphs.count))
        }
        if !paragraph.isEmpty { paragraphs.append(String(decoding: paragraph, as: UTF8.self)) }

        /// The number of paragraphs before a block of the page.
        func position(beforeBlock block: Int32) -> Int {
            var low = 0, high = blockPositions.count
            while low < high {
                let middle = (low + high) / 2
                if blockPositions[middle].block < block { low = middle + 1 } else { high = middle }
            }
            return low < blockPositions.count ? blockPositions[low].position : paragraphs.count
        }
        var seenCaptions = Set<String>()
        for blockIndex in main.captions {
            let caption = page.string(page.blocks[Int(blockIndex)])
            guard caption.utf8.count >= 3, seenCaptions.insert(caption).inserted else { continue }
            captions.append(Placed(position: position(beforeBlock: blockIndex), value: caption))
        }
        var placedEmbeds: [(block: Int32, embed: HTMLEmbed)] = []
        for element in main.posts.map({ page.elements[Int($0)] }) {
            let lines = (element.firstBlock..<element.blockEnd).map { page.string(page.blocks[Int($0)]) }
            placedEmbeds.append((element.firstBlock, HTMLEmbed.post(element.embed!, lines: lines)))
        }
        for video in page.videos where main.roots.contains(where: { root in
            let element = page.elements[Int(root)]
            return video.element >= root && video.element < element.subtreeEnd
        }) {
            placedEmbeds.append((video.block, video.embed))
        }
        placedEmbeds.sort { $0.block < $1.block }
        embeds = placedEmbeds.map { Placed(position: position(beforeBlock: $0.block), value: $0.embed) }
    }
}
