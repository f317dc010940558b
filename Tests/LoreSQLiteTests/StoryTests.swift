import Foundation
import Testing
import LoreExtraction
@testable import LoreKnowledge
import LoreReading
@testable import LoreSQLite

/// Hand-written articles about three events: two of the same kind (two trailers of two
/// shows), one of another (a cancellation), and a syndicated copy of one trailer article.
enum StoryFixture {
    static let articles: [Article] = [
        Article(id: "harbor-trailer-1", outlet: "screenfeed.example", title: "The Brass Harbor trailer puts Mara Quill at sea",
                published: "2023-03-14", text: """
                The Brass Harbor trailer puts Mara Quill at sea
                Lanternfish Studios released the first trailer for The Brass Harbor on Tuesday, showing Mara Quill as a \
                smuggler captain steering a stolen clipper through the storm walls of Port Vessery.
                The two-minute trailer ends on the harbor chain rising as Quill's crew cuts the anchor.
                The Brass Harbor premieres on Tidewave in June.
                """),
        Article(id: "harbor-trailer-2", outlet: "tvgrid.example", title: "Watch: first Brass Harbor trailer",
                published: "2023-03-14", text: """
                Watch: first Brass Harbor trailer
                Tidewave and Lanternfish Studios dropped the first trailer for The Brass Harbor, the pirate drama led by \
                Mara Quill.
                In the footage Quill's smuggler captain runs the storm walls of Port Vessery with a stolen clipper and a \
                crew that does not trust her.
                """),
        Article(id: "harbor-trailer-3", outlet: "wirefeed.example", title: "The Brass Harbor trailer puts Mara Quill at sea",
                published: "2023-03-15", text: """
                The Brass Harbor trailer puts Mara Quill at sea
                Lanternfish Studios released the first trailer for The Brass Harbor on Tuesday, showing Mara Quill as a \
                smuggler captain steering a stolen clipper through the storm walls of Port Vessery.
                The two-minute trailer ends on the harbor chain rising as Quill's crew cuts the anchor.
                The Brass Harbor premieres on Tidewave in June.
                """),
        Article(id: "orchard-trailer-1", outlet: "screenfeed.example", title: "Orchard of Glass teaser reveals Tobias Renn as the gardener",
                published: "2023-03-16", text: """
                Orchard of Glass teaser reveals Tobias Renn as the gardener
                Northlight Pictures unveiled the teaser trailer for Orchard of Glass, with Tobias Renn as a widowed \
                gardener who grows glass apples in the valley of Emberfold.
                The teaser closes on Renn shattering the first apple as the orchard catches the dawn.
                """),
        Article(id: "orchard-trailer-2", outlet: "tvgrid.example", title: "Tobias Renn tends a glass orchard in new teaser",
                published: "2023-03-17", text: """
                Tobias Renn tends a glass orchard in new teaser
                The teaser trailer for Northlight Pictures' Orchard of Glass is out: Tobias Renn plays the widowed gardener \
                of Emberfold whose apples are made of glass.
                Renn breaks the first apple at dawn in the final shot of the teaser.
                """),
        Article(id: "comet-cancelled-1", outlet: "screenfeed.example", title: "Comet Road cancelled after two seasons",
                published: "2023-05-02", text: """
                Comet Road cancelled after two seasons
                Skyreach has cancelled Comet Road after two seasons, ending the road-trip comedy starring Priya Vantongeren \
                and Dell Okafor.
                Showrunner Hattie Brisk said the writers had planned a third season set in the desert town of Cinder Flats.
                """),
        Article(id: "comet-cancelled-2", outlet: "tvgrid.example", title: "Skyreach axes Comet Road",
                published: "2023-05-03", text: """
                Skyreach axes Comet Road
                Comet Road will not return for a third season: Skyreach cancelled the comedy with Priya Vantongeren and \
                Dell Okafor, and Hattie Brisk's planned Cinder Flats season will not be made.
                """),
    ]

    static func features() -> [StoryFeatures] { articles.map(StoryFeatures.init(article:)) }

    /// The story of each article, as sets of ids.
    static func groups(_ clustering: StoryClustering, _ features: [StoryFeatures]) -> Set<Set<String>> {
        Set(clustering.groups.map { Set($0.members.map { features[$0].articleID }) })
    }

    static func records(_ article: Article) -> ArticleRecords {
        ArticleRecords(article: article, extraction: Extraction(id: article.id, entities: [], facts: []))
    }
}

@Suite struct StoryClusteringTests {
    @Test func articlesAboutOneEventFormAStoryAndEventsOfTheSameKindStayApart() {
        let features = StoryFixture.features()
        let clustering = StoryClustering(features)
        #expect(StoryFixture.groups(clustering, features) == [
            ["harbor-trailer-1", "harbor-trailer-2", "harbor-trailer-3"],
            ["orchard-trailer-1", "orchard-trailer-2"],
            ["comet-cancelled-1", "comet-cancelled-2"],
        ])
    }

    @Test func aSyndicatedCopyIsRecognisedAsACopyOfTheEarlierArticle() throws {
        let features = StoryFixture.features()
        let clustering = StoryClustering(features)
        let harbor = try #require(clustering.groups.first { $0.members.contains(0) })
        #expect(harbor.copies.map { features[$0.key].articleID } == ["harbor-trailer-3"])
        #expect(harbor.copies.map { features[$0.value].articleID } == ["harbor-trailer-1"])
        // Members are oldest first; the original's headline represents the story, not the copy's.
        #expect(harbor.members.map { features[$0].articleID }.first == "harbor-trailer-1")
        #expect(features[harbor.central].articleID != "harbor-trailer-3")
    }

    @Test func theResultDoesNotDependOnInputOrder() {
        let features = StoryFixture.features()
        let reversed = Array(features.reversed())
        let forward = StoryFixture.groups(StoryClustering(features), features)
        let backward = StoryFixture.groups(StoryClustering(reversed), reversed)
        #expect(forward == backward)
    }

    @Test func unrelatedArticlesAreSingletonsAndNoArticlesGiveNoStories() {
        let a = StoryFeatures(article: Article(id: "a", text: "Filming wrapped on Quiet Lanterns in Oslo."))
        let b = StoryFeatures(article: Article(id: "b", text: "The Copper Duke casts Ines Morrow as the regent."))
        #expect(StoryClustering([a, b]).groups.count == 2)
        #expect(StoryClustering([]).groups.isEmpty)
        #expect(StoryClustering([a]).groups.map(\.members) == [[0]])
    }

    @Test func theSameKindOfNewsAboutOneShowAYearApartIsTwoStories() {
        func renewal(_ id: String, _ season: String, _ published: String?) -> StoryFeatures {
            StoryFeatures(article: Article(id: id, title: "Skyreach renews Comet Road for season \(season)", published: published, text: """
                Skyreach renews Comet Road for season \(season)
                Skyreach has renewed Comet Road, the road-trip comedy starring Priya Vantongeren and Dell Okafor, for \
                season \(season). Showrunner Hattie Brisk returns, and filming resumes in Cinder Flats.
                """))
        }
        // Among other news, as in any collection: a word all articles share says nothing.
        let others = StoryFixture.features().filter { !$0.articleID.hasPrefix("comet") }
        func together(_ features: [StoryFeatures]) -> Bool {
            StoryClustering(features + others).groups.contains { $0.members.contains(0) && $0.members.contains(1) }
        }
        #expect(together([renewal("s2", "two", nil), renewal("s3", "three", nil)]), "the texts alone cannot tell the renewals apart")
        #expect(!together([renewal("s2", "two", "2023-02-10"), renewal("s3", "three", "2024-02-12")]))
        #expect(together([renewal("s2", "two", "2023-02-10"), renewal("s3", "three", "2023-02-12")]))
    }

    @Test func featuresSurviveTheStore() throws {
        let features = StoryFixture.features()[1]
        let stored = try StoryFeatureCoding.decode(articleID: features.articleID, features: StoryFeatureCoding.encode(features),
                                                   sketch: StoryFeatureCoding.encode(sketch: features.sketch))
        #expect(stored == features)
    }

    @Test func featuresStoredByEarlierVersionsAreRead() throws {
        let lines = Data("Harbor Lights renewed\n2024-03-01\nT\tharbor\t3\nT\tharbor light\t2\nN\tharbor\t1\n".utf8)
        let read = try StoryFeatureCoding.decode(articleID: "a", features: lines, sketch: Data())
        #expect(read == StoryFeatures(articleID: "a", title: "Harbor Lights renewed", published: "2024-03-01",
                                      terms: ["harbor": 3, "harbor light": 2], names: ["harbor": 1], sketch: []))
    }

    @Test func damagedFeaturesAreRefusedWithTheReason() throws {
        let whole = StoryFeatureCoding.encode(StoryFixture.features()[1])
        for damaged in [Data("only a title".utf8), whole.dropLast(3), whole + Data([7]), Data("t\n\nT\tx\n".utf8)] {
            #expect(throws: StoryFeatureCoding.Malformed.self) {
                try StoryFeatureCoding.decode(articleID: "a", features: Data(damaged), sketch: Data())
            }
        }
    }
}

@Suite struct StoryStoreTests {
    @Test func ingestGroupsArticlesIntoStoriesWithDatesAndCopies() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest(StoryFixture.articles.map(StoryFixture.records))
        let stories = try store.stories()
        #expect(stories.count == 3)
        let harbor = try #require(stories.first { $0.articles.contains { $0.id == "harbor-trailer-1" } })
        #expect(harbor.firstDate == "2023-03-14")
        #expect(harbor.lastDate == "2023-03-15")
        #expect(harbor.articles.map(\.id) == ["harbor-trailer-1", "harbor-trailer-2", "harbor-trailer-3"])
        #expect(harbor.articles.last?.copyOf == "harbor-trailer-1")
        #expect(harbor.headline.contains("Brass Harbor"))
        // Stories come in order of their first date.
        #expect(stories.map { $0.firstDate ?? "" } == stories.map { $0.firstDate ?? "" }.sorted())
    }

    @Test func storyIDsStayStableAsArticlesArrive() throws {
        let store = try SQLiteStore.inMemory()
        let first = Array(StoryFixture.articles.prefix(5))
        try store.ingest(first.map(StoryFixture.records))
        let before = Dictionary(uniqueKeysWithValues: try store.storyAssignments().map { ($0.article, $0.story) })
        try store.ingest(StoryFixture.articles.suffix(2).map(StoryFixture.records))
        let after = Dictionary(uniqueKeysWithValues: try store.storyAssignments().map { ($0.article, $0.story) })
        for (article, story) in before { #expect(after[article] == story, "\(article) changed story") }
        #expect(after["comet-cancelled-1"] == after["comet-cancelled-2"])
        #expect(Set(after.values).count == 3)
    }

    @Test func aStoryListsTheFactsItAddedAndChanged() throws {
        let store = try SQLiteStore.inMemory()
        func release(_ value: String, _ quote: String) -> ExtractedFact {
            ExtractedFact(s: "The Brass Harbor", sType: .work, p: .release, o: value, oType: nil, q: nil, modality: .asserted,
                          scope: .screen, evidence: quote, start: 0, end: quote.utf8.count)
        }
        let early = Article(id: "harbor-announced", outlet: "screenfeed.example", title: "The Brass Harbor sets sail in 2023",
                            published: "2022-10-01", text: "The Brass Harbor sets sail in 2023\nTidewave ordered the pirate drama.")
        let work = [ExtractedEntity(name: "The Brass Harbor", type: .work)]
        try store.ingest([
            ArticleRecords(article: early, extraction: Extraction(id: early.id, entities: work, facts: [
                release("2023", "The Brass Harbor sets sail in 2023"),
            ])),
            ArticleRecords(article: StoryFixture.articles[0], extraction: Extraction(id: "harbor-trailer-1", entities: work, facts: [
                release("2023-06", "The Brass Harbor premieres on Tidewave in June."),
            ])),
        ] + StoryFixture.articles.dropFirst().map(StoryFixture.records))
        let stories = try store.stories()
        let trailer = try #require(stories.first { $0.articles.contains { $0.id == "harbor-trailer-1" } })
        #expect(trailer.facts.map(\.change) == [.changed])
        #expect(trailer.facts.first?.claim.object == "2023-06")
        #expect(trailer.facts.first?.previous == ["2023"])
        let announcement = try #require(stories.first { $0.articles.contains { $0.id == "harbor-announced" } })
        #expect(announcement.facts.map(\.change) == [.added])
        #expect(announcement.articles.count == 1)

        // The latest stories alone, read with their own facts, say the same of themselves.
        let latest = try store.stories(latest: 2)
        #expect(latest == Array(stories.suffix(2)))
        #expect(try store.stories(latest: 10) == stories)
    }

    @Test func aReplacedArticleMovesWithItsNewText() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest(StoryFixture.articles.map(StoryFixture.records))
        var moved = StoryFixture.articles[6]
        moved.text = StoryFixture.articles[4].text
        moved.title = StoryFixture.articles[4].title
        try store.ingest([StoryFixture.records(moved)])
        let story = Dictionary(uniqueKeysWithValues: try store.storyAssignments().map { ($0.article, $0.story) })
        #expect(story["comet-cancelled-2"] == story["orchard-trailer-2"])
        #expect(story["comet-cancelled-2"] != story["comet-cancelled-1"])
    }
}

/// Hand-written news about twelve made-up shows: each show has one event (a trailer, a
/// renewal, a casting or a cancellation) reported by three outlets over three days, and the
/// events follow each other six days apart. Events of one kind share their wording and differ
/// in their names, as real news does.
enum EventNews {
    struct Event {
        var show: String, actor: String, network: String, place: String, kind: Int
    }

    static let events: [Event] = [
        Event(show: "Salt Meridian", actor: "Odile Brandt", network: "Brightwater", place: "Varrow Bay", kind: 0),
        Event(show: "The Ninth Lantern", actor: "Kasimir Vale", network: "Northgate", place: "Ostmere", kind: 1),
        Event(show: "Copperfall", actor: "Noor Hadley", network: "Tallis Media", place: "Kelt Harbor", kind: 2),
        Event(show: "Winter Ledger", actor: "Teodor Lusk", network: "Oakline", place: "Brenmoor", kind: 3),
        Event(show: "The Glass Admiral", actor: "Imke Saranova", network: "Brightwater", place: "Port Adley", kind: 0),
        Event(show: "Hollow Crown Road", actor: "Bastian Fell", network: "Northgate", place: "Drumlow", kind: 1),
        Event(show: "Ember Choir", actor: "Lucia Marchetti", network: "Tallis Media", place: "Sable Reach", kind: 2),
        Event(show: "The Quiet Cartographer", actor: "Ravi Okonjo", network: "Oakline", place: "Mirewick", kind: 3),
        Event(show: "Ironwood Hymn", actor: "Greta Solberg", network: "Brightwater", place: "Cauldmere", kind: 0),
        Event(show: "Paper Comets", actor: "Anselm Quaid", network: "Northgate", place: "Lowenfirth", kind: 1),
        Event(show: "The Tidal Clerk", actor: "Marisol Trevane", network: "Tallis Media", place: "Esker Point", kind: 2),
        Event(show: "Velvet Signal", actor: "Jonah Abernath", network: "Oakline", place: "Hathersage Flats", kind: 3),
    ]

    /// Three phrasings (title, text) of each kind of event.
    static let phrasings: [[(String, String)]] = [
        [("{show} trailer shows {actor} in {place}",
          "{network} released the first trailer for {show} on Monday. {actor} leads the cast as a reluctant guardian of {place}, and the footage closes on a burning bridge."),
         ("Watch the first {show} trailer",
          "The first look at {show} is here: the {network} trailer follows {actor} through the flooded streets of {place} before the bridge goes up in flames."),
         ("{actor} guards {place} in the {show} trailer",
          "{network} has unveiled a trailer for {show}, with {actor} returning to {place} after years away and a bridge on fire in the last shot.")],
        [("{network} renews {show} for a second season",
          "{network} has renewed {show} for a second season. {actor} will return as the lead, and production moves back to {place} in the spring."),
         ("{show} is coming back",
          "{show} will return: {network} ordered a second season of the drama starring {actor}, again filmed around {place}."),
         ("{actor}'s {show} gets a second season",
          "A second season of {show} is on the way at {network}, with {actor} back in {place} when cameras roll in the spring.")],
        [("{actor} joins {show}",
          "{actor} has joined the cast of {show}, the {network} series set in {place}, as a smuggler who runs the docks."),
         ("{show} casts {actor}",
          "The {network} series {show} has cast {actor} as a smuggler who controls the docks of {place}."),
         ("{actor} boards {network}'s {show}",
          "Casting news for {show}: {actor} signs on to play the smuggler queen of the {place} docks for {network}.")],
        [("{network} cancels {show}",
          "{network} has cancelled {show} after one season. {actor} led the series, which was shot in {place}."),
         ("{show} will not return",
          "There will be no second chapter for {show}: {network} ended the {place} drama starring {actor} after one season."),
         ("{actor}'s {show} axed at {network}",
          "{network} dropped {show} after a single season, leaving the story of the {place} family led by {actor} unfinished.")],
    ]

    static let outlets = ["screenfeed.example", "tvgrid.example", "wirefeed.example"]

    /// Event `index`'s three articles, published from `start` (a day of 2024) on.
    static func articles(ofEvent index: Int, startingOnDay start: Int) -> [Article] {
        let event = events[index]
        return (0..<3).map { version in
            func fill(_ text: String) -> String {
                text.replacingOccurrences(of: "{show}", with: event.show).replacingOccurrences(of: "{actor}", with: event.actor)
                    .replacingOccurrences(of: "{network}", with: event.network).replacingOccurrences(of: "{place}", with: event.place)
            }
            let (title, text) = phrasings[event.kind][version]
            return Article(id: "event\(index)-\(version)", outlet: outlets[version], title: fill(title),
                           published: day(start + version), text: fill(title) + "\n" + fill(text))
        }
    }

    /// Day `number` of 2024 (1 is January 1) as YYYY-MM-DD.
    static func day(_ number: Int) -> String {
        var components = DateComponents(year: 2024, month: 1, day: number)
        components.calendar = Calendar(identifier: .gregorian)
        components.timeZone = TimeZone(identifier: "UTC")
        let date = components.calendar!.date(from: components)!
        let parts = components.calendar!.dateComponents(in: components.timeZone!, from: date)
        return String(format: "%04d-%02d-%02d", parts.year!, parts.month!, parts.day!)
    }

    /// All twelve events, six days apart.
    static let all: [Article] = events.indices.flatMap { articles(ofEvent: $0, startingOnDay: 1 + 6 * $0) }

    static func eventOf(_ articleID: String) -> String { String(articleID.prefix { $0 != "-" }) }

    /// The stories of a store as sets of article ids.
    static func stories(_ store: SQLiteStore) throws -> Set<Set<String>> {
        Set(Dictionary(grouping: try store.storyAssignments(), by: \.story).values.map { Set($0.map(\.article)) })
    }

    static func byEvent(_ articles: [Article]) -> Set<Set<String>> {
        Set(Dictionary(grouping: articles.map(\.id), by: eventOf).values.map(Set.init))
    }
}

@Suite struct StoryBlockTests {
    /// Blocks of ten articles, with ten before each as context: the 36 articles make four blocks.
    let small = StoryClustering.Options(blockSize: 10, contextArticles: 10)

    func store(_ articles: [Article]) throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        try store.ingest(articles.map(StoryFixture.records), updatingStories: false)
        return store
    }

    /// 120 articles, ten events of twelve (each phrasing four times, from other outlets):
    /// an event's own names are in more than a twelfth of the collection, and still tell it.
    @Test func aStorysOwnWordsCountInACollectionOfOverAHundred() {
        let articles = EventNews.events.indices.prefix(10).flatMap { event in
            (0..<4).flatMap { round in
                EventNews.articles(ofEvent: event, startingOnDay: 1 + 6 * event).map { article in
                    var article = article
                    article.id += "-\(round)"
                    article.outlet = "outlet\(round).example"
                    return article
                }
            }
        }
        let features = articles.map(StoryFeatures.init(article:))
        #expect(StoryFixture.groups(StoryClustering(features), features) == EventNews.byEvent(articles))
    }

    @Test func theFixtureGroupsByEventWhenClusteredWhole() {
        let features = EventNews.all.map(StoryFeatures.init(article:))
        #expect(StoryFixture.groups(StoryClustering(features), features) == EventNews.byEvent(EventNews.all))
    }

    @Test func storiesSpanningBlockBoundariesStayOneStory() throws {
        let store = try store(EventNews.all)
        let update = try store.updateStories(options: small)
        #expect(update.articles == 36)
        // Blocks end after the 10th and the 20th article: inside events 3 and 6.
        #expect(try EventNews.stories(store) == EventNews.byEvent(EventNews.all))
        let stories = try store.stories()
        #expect(stories.count == 12)
        let crossing = try #require(stories.first { $0.articles.contains { $0.id == "event3-0" } })
        #expect(crossing.firstDate == EventNews.day(19) && crossing.lastDate == EventNews.day(21))
        #expect(crossing.headline.contains("Winter Ledger"))
    }

    @Test func aCollectionThatFitsInOneBlockIsGroupedAsTheWholeClusteringGroupsIt() throws {
        // StoryFixture's trailers share enough words that grouping them is a close call.
        let articles = EventNews.all + StoryFixture.articles
        let store = try store(articles)
        let update = try store.updateStories()
        #expect(update.articles == articles.count)
        let features = articles.map(StoryFeatures.init(article:))
        #expect(try EventNews.stories(store) == StoryFixture.groups(StoryClustering(features), features))
        // Headlines and copies too.
        let whole = StoryClustering(features)
        let stories = try store.stories()
        for group in whole.groups {
            let story = try #require(stories.first { $0.articles.contains { $0.id == features[group.members[0]].articleID } })
            #expect(story.headline == features[group.central].title)
            let copies = Dictionary(uniqueKeysWithValues: story.articles.compactMap { a in a.copyOf.map { (a.id, $0) } })
            #expect(copies == Dictionary(uniqueKeysWithValues: group.copies.map { (features[$0.key].articleID, features[$0.value].articleID) }))
        }
    }

    @Test func aLaterBatchRegroupsOnlyItsBlockAndLeavesEarlierStoriesAlone() throws {
        let first = Array(EventNews.all.prefix(33))
        let store = try store(first)
        try store.updateStories(options: small)
        let before = try store.stories()

        // The last event's articles arrive: only the last block (articles 31 to 36) is regrouped.
        try store.ingest(EventNews.all.suffix(3).map(StoryFixture.records), updatingStories: false)
        let update = try store.updateStories(options: small)
        #expect(update.articles == 6)
        let after = try store.stories()
        for story in before where story.lastDate! < EventNews.day(61) {
            #expect(after.contains(story), "story \(story.id) changed")
        }
        // The regrouped event 10 keeps its id too.
        let event10 = try #require(before.first { $0.articles.contains { $0.id == "event10-0" } })
        #expect(after.first { $0.articles.contains { $0.id == "event10-0" } }?.id == event10.id)
        #expect(try EventNews.stories(store) == EventNews.byEvent(EventNews.all))
        // Nothing changed since: nothing to regroup.
        #expect(try store.updateStories(options: small).articles == 0)
    }

    @Test func anEarlierArticleRegroupsFromItsBlockOnAndTheResultDoesNotDependOnArrivalOrder() throws {
        let late = EventNews.articles(ofEvent: 4, startingOnDay: 25)
        let store = try store(EventNews.all.filter { !$0.id.hasPrefix("event4-") })
        try store.updateStories(options: small)
        let firstBlock = try store.storyAssignments().filter { ["event0", "event1", "event2"].contains(EventNews.eventOf($0.article)) }

        // Event 4 (days 25 to 27) lands in the third block: the first two stay as they are.
        try store.ingest(late.map(StoryFixture.records), updatingStories: false)
        let update = try store.updateStories(options: small)
        #expect(update.articles == 36 - 10)
        let after = try store.storyAssignments()
        for assignment in firstBlock { #expect(after.contains { $0 == assignment }) }

        let allAtOnce = try self.store(EventNews.all)
        try allAtOnce.updateStories(options: small)
        #expect(try EventNews.stories(store) == EventNews.stories(allAtOnce))
    }

    @Test func aStoryWhoseArticlesLeaveItLosesTheirDatesAndHeadline() throws {
        let store = try store(EventNews.all)
        try store.updateStories(options: small)
        // Event 3's later reports (in the second block, its first report in the first) are
        // replaced by texts of event 11.
        let replaced = EventNews.articles(ofEvent: 11, startingOnDay: 20).suffix(2).enumerated().map { offset, article in
            var article = article
            article.id = "event3-\(offset + 1)"
            return article
        }
        try store.ingest(replaced.map(StoryFixture.records), updatingStories: false)
        try store.updateStories(options: small)
        let story = try #require(try store.stories().first { $0.articles.contains { $0.id == "event3-0" } })
        #expect(story.articles.map(\.id) == ["event3-0"])
        #expect(story.lastDate == EventNews.day(19))
        #expect(story.headline == EventNews.all[9].title)
    }

    @Test func undatedArticlesAreGroupedAfterTheDatedOnes() throws {
        var undated = EventNews.articles(ofEvent: 11, startingOnDay: 1)
        for index in undated.indices { undated[index].published = nil }
        let articles = EventNews.all.filter { !$0.id.hasPrefix("event11-") } + undated
        let store = try store(articles)
        try store.updateStories(options: small)
        #expect(try EventNews.stories(store) == EventNews.byEvent(articles))
        let story = try #require(try store.stories().first { $0.articles.contains { $0.id == "event11-0" } })
        #expect(story.firstDate == nil && story.articles.count == 3)
    }

    @Test func regroupingEverythingRemakesStoriesAfterTheWayOfMakingThemChanged() throws {
        // Stored with their texts, as `lore ingest` stores them; grouped by settings that link nothing.
        let store = try SQLiteStore.inMemory()
        try store.ingest(EventNews.all.map(StoryFixture.records), texts: SQLiteStore.texts(of: EventNews.all),
                         updatingStories: false)
        var linkingNothing = small
        linkingNothing.similarity = 2
        linkingNothing.minimumSimilarity = 2
        try store.updateStories(options: linkingNothing)
        #expect(try store.stories().count == EventNews.all.count)
        // Nothing new was stored: a plain update leaves the stories as they are.
        #expect(try store.updateStories(options: small).articles == 0)

        // Features from an older version (here: emptied) are computed again from the texts.
        try store.write("spoiling features") { db in
            try db.execute(sql: "UPDATE storyFeatures SET features = CAST(? AS BLOB), sketch = X''", arguments: ["\n\n"])
        }
        let update = try store.regroupAllStories(options: small)
        #expect(update.articles == EventNews.all.count)
        #expect(try EventNews.stories(store) == EventNews.byEvent(EventNews.all))
    }

    @Test func regroupingEverythingKeepsTheFeaturesOfArticlesStoredWithoutText() throws {
        let store = try store(EventNews.all)  // no texts kept
        try store.updateStories(options: small)
        let before = try EventNews.stories(store)
        try store.regroupAllStories(options: small)
        #expect(try EventNews.stories(store) == before)
        #expect(before == EventNews.byEvent(EventNews.all))
    }
}

/// Story features are read on UTF-8 bytes; they must count what a plain reading of the
/// text's characters counts (the reading they replaced, kept here as the reference).
@Suite struct StoryWordTests {
    static func plainReading(_ article: Article) -> StoryFeatures {
        var text = article.text
        if let title = article.title, !title.isEmpty, !text.hasPrefix(title) { text = title + "\n" + text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: true)
        var terms: [String: Int] = [:], names: [String: Int] = [:]
        var shingles: Set<UInt64> = []
        var window: [String] = []
        for (lineIndex, line) in lines.enumerated() {
            let weight = lineIndex < 2 ? 2 : 1
            var previous: String?
            for (tokenIndex, token) in tokens(line).enumerated() {
                let lowered = token.lowercased()
                window.append(lowered)
                if window.count > StoryText.shingleLength { window.removeFirst() }
                if window.count == StoryText.shingleLength { shingles.insert(StoryText.hash(window)) }
                let stem = StoryText.stem(lowered)
                guard stem.count >= 2, !StoryText.stopWords.contains(stem) else {
                    previous = nil
                    continue
                }
                terms[stem, default: 0] += weight
                if let previous { terms[previous + " " + stem, default: 0] += weight }
                previous = stem
                if tokenIndex > 0, StoryText.startsUppercase(token) { names[stem, default: 0] += 1 }
            }
        }
        return StoryFeatures(articleID: article.id, title: article.title ?? lines.first.map(String.init),
                             published: article.published, terms: terms, names: names,
                             sketch: Array(shingles.sorted().prefix(StoryText.sketchSize)))
    }

    static func tokens(_ line: Substring) -> [String] {
        var tokens: [String] = []
        var current = String.UnicodeScalarView()
        var isNumber = false
        func finish() {
            while let last = current.last, last == "'" || last == "\u{2019}" || last == "-" || last == "." { current.removeLast() }
            if !current.isEmpty { tokens.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in line.unicodeScalars {
            let value = scalar.value
            // ASCII first: Unicode's property tables cost far more than a range check.
            let isLetter = value < 0x80 ? (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) : scalar.properties.isAlphabetic
            let isDigit = (0x30...0x39).contains(value)
            if current.isEmpty {
                if isLetter || isDigit {
                    current.append(scalar)
                    isNumber = isDigit
                }
            } else if isNumber ? (isDigit || scalar == ".") : (isLetter || scalar == "'" || scalar == "\u{2019}" || scalar == "-") {
                current.append(scalar)
            } else {
                finish()
                if isLetter || isDigit {
                    current.append(scalar)
                    isNumber = isDigit
                }
            }
        }
        finish()
        return tokens
    }

    @Test func theByteReadingCountsWhatThePlainReadingCounts() {
        let tricky = [
            Article(id: "accents", title: "Élodie Brânco joins Ördög's crew", text: """
                Élodie Brânco joins Ördög's crew
                The studio’s new series, Ördög, casts ÉLODIE BRÂNCO — the star of Café Noir — as a smuggler’s daughter.
                Numbers: 3.5 million, 2.0., 10-episode runs; Ünal's and Ünal’s cameos; señoras and ñandúes.
                """),
            Article(id: "crlf", text: "Harbor Lights wraps\r\nFilming on Harbor Lights' second season wrapped in Oslo.\r\n\r\nThe studios' stories."),
            Article(id: "edges", text: "\n\n  \nA b 'quoted' -dash- trailing... U.S. SERIES's ladies' dress'\u{2019} x\n\u{301}acute 日本 ĳ"),
            Article(id: "empty", text: ""),
            // "K한" with the syllable and with its conjoining jamo: equal strings, so one term (under the
            // spelling first met as a term) and one name (under the spelling first met as a name).
            Article(id: "equivalent", text: "Le k\u{D55C} ouvre\nUn K\u{1112}\u{1161}\u{11AB} et un K\u{D55C}, le K\u{1112}\u{1161}\u{11AB} noir."),
            // More distinct shingles than the sketch holds, and shingles met again.
            Article(id: "long", text: (1...40).map { "Story \($0 % 9) of Harbor Lights season \($0) airs on Tidewave." }
                .joined(separator: "\n")),
        ]
        for article in tricky + EventNews.all + StoryFixture.articles {
            let features = StoryFeatures(article: article), plain = Self.plainReading(article)
            #expect(features == plain, "\(article.id)")
            // Byte for byte as stored: dictionaries keyed by String do not tell "é" from "e\u{301}".
            #expect(StoryFeatureCoding.encode(features) == StoryFeatureCoding.encode(plain), "\(article.id)")
            // Ingest writes the stored form straight from the words: the same bytes.
            let encoded = EncodedStoryFeatures(article: article)
            #expect(encoded.features == StoryFeatureCoding.encode(plain), "\(article.id)")
            #expect(encoded.sketch == StoryFeatureCoding.encode(sketch: plain.sketch), "\(article.id)")
        }
    }

    @Test func theLongArticleFillsTheSketch() {
        let long = Article(id: "long", text: (1...40).map { "Story \($0 % 9) of Harbor Lights season \($0) airs on Tidewave." }
            .joined(separator: "\n"))
        #expect(StoryFeatures(article: long).sketch.count == StoryText.sketchSize)
    }
}

@Suite struct ByteStringIDsTests {
    static func insert(_ text: String, into ids: inout ByteStringIDs) -> (id: Int, isNew: Bool) {
        Array(text.utf8).withUnsafeBufferPointer { ids.insert($0) }
    }

    @Test func idsAreDenseInTheOrderFirstMetAndTheSameBytesGetTheSameId() {
        var ids = ByteStringIDs()
        // Prefixes of one another, and long keys that differ in their last bytes only.
        let keys = ["a", "ab", "abc", "", "thompson award", "thompson awards", "thompson", "caf\u{E9}", "cafe\u{301}"]
        for (index, key) in keys.enumerated() {
            #expect(Self.insert(key, into: &ids) == (index, true), "\(key)")
        }
        for (index, key) in keys.enumerated() {
            #expect(Self.insert(key, into: &ids) == (index, false), "\(key)")
            #expect(Array(key.utf8).withUnsafeBufferPointer { ids.contains($0) })
        }
        #expect(!Array("abcd".utf8).withUnsafeBufferPointer { ids.contains($0) })
        #expect(ids.count == keys.count)
    }

    @Test func idsSurviveTheTableGrowing() {
        var ids = ByteStringIDs()
        for number in 0..<5000 { #expect(Self.insert("term \(number)", into: &ids) == (number, true)) }
        for number in 0..<5000 { #expect(Self.insert("term \(number)", into: &ids) == (number, false)) }
    }

    @Test func aVocabularyGivesTheSameIdToATermWhetherReadAsAStringOrAsBytes() {
        var vocabulary = StoryVocabulary()
        func id(ofUTF8 term: String) -> Int32 { Array(term.utf8).withUnsafeBufferPointer { vocabulary.id(ofUTF8: $0) } }
        let harbor = vocabulary.id(of: "harbor")
        #expect(id(ofUTF8: "harbor") == harbor)
        let lights = id(ofUTF8: "lights")
        #expect(vocabulary.id(of: "lights") == lights)
        #expect(id(ofUTF8: "lights") == lights)
        // Equal strings spelled with other bytes are one term, as in a dictionary keyed by String.
        let cafe = id(ofUTF8: "caf\u{E9}")
        #expect(id(ofUTF8: "cafe\u{301}") == cafe)
        #expect(vocabulary.terms == ["harbor", "lights", "caf\u{E9}"])
    }
}
