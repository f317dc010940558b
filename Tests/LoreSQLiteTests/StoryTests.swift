import Foundation
import Testing
import LoreExtraction
import LoreKnowledge
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
