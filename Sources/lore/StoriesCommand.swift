import ArgumentParser
import Foundation
import LoreKnowledge

struct Stories: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "List the stories: groups of articles that report the same real-world event.",
        discussion: """
            Articles are grouped into stories when they are ingested: the same batch of set \
            photos, the same trailer, the same cancellation. Each story has a headline, its \
            first and last dates, its articles (syndicated near-copies are marked as copies) and \
            the facts it added or changed.

            table lists one story a line (--story ID shows one story with its articles and \
            facts); json gives everything; tsv prints one line per article: article_id<TAB>story_id.

            Ingest regroups only the latest news. After upgrading Lore, --regroup makes every \
            story anew from the stored article texts, then lists them.

            Example:
              lore stories --db marvel.sqlite
              lore stories --story 4 --db marvel.sqlite
              lore stories --format tsv > stories.tsv
              lore stories --regroup --db marvel.sqlite
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, tsv }

    @Option(help: "table for reading, json or tsv for programs.")
    var format: Format = .table

    @Option(help: ArgumentHelp("Show only the story with this id.", valueName: "id"))
    var story: Int64?

    @Flag(help: "Regroup every article into stories anew first (after upgrading Lore).")
    var regroup = false

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openExisting()
        if regroup {
            let update = try store.regroupAllStories()
            Console.error("regrouped \(plural(update.articles, "article")) into \(plural(update.stories, "story", "stories"))"
                          + (update.copies > 0 ? " (\(plural(update.copies, "near-copy", "near-copies")))" : ""))
        }
        if format == .tsv && story == nil {
            // The store's assignment is all tsv needs: skip reading the facts.
            Console.write(try store.storyAssignments().map { "\($0.article)\t\($0.story)\n" }.joined())
            return
        }
        var stories = try store.stories()
        if let story {
            stories = stories.filter { $0.id == story }
            if stories.isEmpty {
                Console.error("there is no story \(story) in \(database.path); `lore stories --db \(database.path)` lists them")
                throw ExitCode.failure
            }
        }
        switch format {
        case .json:
            Console.write(try JSON.prettyText(stories) + "\n")
        case .tsv:
            Console.write(stories.flatMap { story in story.articles.map { "\($0.id)\t\(story.id)\n" } }.joined())
        case .table:
            if stories.isEmpty {
                Console.error("no stories yet in \(database.path): ingest some articles first")
                return
            }
            Console.write(story == nil ? Self.table(stories) : Self.detail(stories[0]))
        }
    }

    static func table(_ stories: [Story]) -> String {
        let articles = stories.reduce(0) { $0 + $1.articles.count }
        let copies = stories.reduce(0) { $0 + $1.articles.filter { $0.copyOf != nil }.count }
        var text = "\(plural(stories.count, "story", "stories")), \(plural(articles, "article"))"
        text += copies > 0 ? " (\(plural(copies, "near-copy", "near-copies")))\n\n" : "\n\n"
        var table = TextTable(["STORY", "FIRST", "LAST", "ARTICLES", "FACTS", "HEADLINE"])
        for story in stories {
            let copyCount = story.articles.filter { $0.copyOf != nil }.count
            table.append([String(story.id), story.firstDate ?? "", story.lastDate ?? "",
                          String(story.articles.count) + (copyCount > 0 ? " (\(copyCount) copies)" : ""),
                          String(story.facts.count), story.headline])
        }
        return text + table.render()
    }

    static func detail(_ story: Story) -> String {
        var text = "story \(story.id): \(oneLine(story.headline))\n"
        if let first = story.firstDate, let last = story.lastDate {
            text += "  " + (first == last ? first : "\(first) to \(last)") + "\n"
        }
        text += "\n  articles\n"
        for article in story.articles {
            var line = "    \(article.published ?? "undated")  \(article.outlet ?? article.id)  \(clip(oneLine(article.title ?? article.id), 90))"
            if let original = article.copyOf { line += "  (near-copy of \(original))" }
            text += line + "\n"
        }
        text += "\n  facts\n"
        if story.facts.isEmpty { text += "    none new\n" }
        for fact in story.facts {
            let claim = fact.claim
            var line = "    \(fact.change.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0))"
            line += "\(claim.subject) \(claim.predicate.rawValue) \(claim.object)"
            let qualifiers = describeQualifiers(claim.qualifiers)
            if !qualifiers.isEmpty { line += ", \(qualifiers)" }
            if !fact.previous.isEmpty { line += " (before: \(fact.previous.joined(separator: ", ")))" }
            text += line + " — \(fact.status.rawValue)\n"
        }
        return text
    }
}
