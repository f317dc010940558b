import Foundation
import Testing
import LoreExtraction
import LoreKnowledge
import LoreReading
@testable import LoreSQLite

/// Builds articles and extractions by hand, so that these tests do not depend on what the
/// extractor currently finds.
enum Fixture {
    static let defendersText = "Luke Cage (Mike Colter) joins The Defenders. Luke Cage season 2 arrives on Netflix."

    static func article(_ id: String, text: String = defendersText, url: String? = nil, outlet: String? = "deadline.com",
                        published: String? = "2017-01-31") -> Article {
        Article(id: id, url: url, outlet: outlet, title: "Headline", published: published, text: text)
    }

    static func fact(_ s: String, _ sType: EntityType, _ p: FactPredicate, _ o: String, _ oType: EntityType?,
                     q: [String: String]? = nil, modality: Modality = .asserted, scope: Scope = .screen,
                     evidence: String = "Luke Cage (Mike Colter) joins The Defenders.") -> ExtractedFact {
        ExtractedFact(s: s, sType: sType, p: p, o: o, oType: oType, q: q, modality: modality, scope: scope,
                      evidence: evidence, start: 0, end: evidence.utf8.count)
    }

    /// Luke Cage the character and Luke Cage the series, with an actor, a team-up and a release.
    static func defenders(_ id: String) -> Extraction {
        Extraction(id: id, entities: [
            ExtractedEntity(name: "Mike Colter", type: .person, aliases: ["Colter"]),
            ExtractedEntity(name: "Luke Cage", type: .character, aliases: ["Luke"]),
            ExtractedEntity(name: "Luke Cage", type: .work),
            ExtractedEntity(name: "The Defenders", type: .work),
            ExtractedEntity(name: "Netflix", type: .organization),
        ], facts: [
            fact("Mike Colter", .person, .plays, "Luke Cage", .character),
            fact("Luke Cage", .character, .appearsIn, "The Defenders", .work),
            fact("Luke Cage", .work, .platform, "Netflix", .organization, evidence: "Luke Cage season 2 arrives on Netflix."),
            fact("Luke Cage", .work, .release, "2017", nil, q: ["season": "2"], evidence: "Luke Cage season 2 arrives on Netflix."),
        ])
    }

    static func records(_ article: Article, _ extraction: Extraction) -> ArticleRecords {
        ArticleRecords(article: article, extraction: extraction)
    }
}

@Suite struct IngestTests {
    @Test func storesArticleEntitiesClaimsAndEvidence() throws {
        let store = try SQLiteStore.inMemory()
        let report = try store.ingest([Fixture.records(Fixture.article("a1"), Fixture.defenders("a1"))])
        #expect(report.added == 1)
        #expect(report.newEntities == 5)
        #expect(report.newClaims == 4)
        let counts = try store.counts()
        #expect(counts.articles == 1)
        #expect(counts.entities == 5)
        #expect(counts.claims == 4)
        #expect(counts.evidence == 4)
        #expect(counts.entitiesByType["work"] == 2)
    }

    @Test func reingestingTheSameArticleChangesNothing() throws {
        let store = try SQLiteStore.inMemory()
        let records = Fixture.records(Fixture.article("a1"), Fixture.defenders("a1"))
        try store.ingest([records])
        let before = try store.counts()
        let again = try store.ingest([records])
        #expect(again.unchanged == 1)
        #expect(again.added == 0 && again.replaced == 0)
        #expect(again.newEntities == 0 && again.newClaims == 0 && again.newEvidence == 0)
        #expect(try store.counts() == before)
        // Twice in one batch is the same as twice in two.
        let twice = try store.ingest([records, records])
        #expect(twice.unchanged == 2)
        #expect(try store.counts() == before)
    }

    @Test func aChangedArticleReplacesItsEvidence() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest([Fixture.records(Fixture.article("a1"), Fixture.defenders("a1"))])

        // The new version drops the release and the team-up, and names a new villain.
        let text = "Luke Cage (Mike Colter) faces Diamondback."
        let changed = Extraction(id: "a1", entities: [
            ExtractedEntity(name: "Mike Colter", type: .person),
            ExtractedEntity(name: "Luke Cage", type: .character),
            ExtractedEntity(name: "Diamondback", type: .character),
        ], facts: [
            Fixture.fact("Mike Colter", .person, .plays, "Luke Cage", .character, evidence: text),
            Fixture.fact("Diamondback", .character, .villainOf, "Luke Cage", .character, evidence: text),
        ])
        let report = try store.ingest([Fixture.records(Fixture.article("a1", text: text), changed)])
        #expect(report.replaced == 1)
        #expect(report.removedClaims == 3)

        let counts = try store.counts()
        #expect(counts.articles == 1)
        #expect(counts.claims == 2)
        #expect(counts.evidence == 2)
        // The series, The Defenders and Netflix are no longer mentioned by anything.
        #expect(try store.entities(named: "The Defenders").isEmpty)
        #expect(try store.entities(named: "Netflix").isEmpty)
        #expect(try store.entities(named: "Luke Cage").map(\.type) == [.character])
        let plays = try store.facts(predicate: .plays)
        #expect(plays.count == 1)
        #expect(plays.first?.sources.map(\.quote) == [text])
    }

    @Test func anArticleAtTheSameURLWithANewTextReplacesTheOldOne() throws {
        let store = try SQLiteStore.inMemory()
        let url = "https://example.com/luke-cage"
        try store.ingest([Fixture.records(Fixture.article("old", url: url), Fixture.defenders("old"))])
        let report = try store.ingest([Fixture.records(Fixture.article("new", text: "Updated.", url: url), Fixture.defenders("new"))])
        #expect(report.replaced == 1)
        #expect(try store.articleIDs() == ["new"])
        #expect(try store.counts().evidence == 4)
        // The same text at the same URL under another id is the same article.
        let same = try store.ingest([Fixture.records(Fixture.article("copy", text: "Updated.", url: url), Fixture.defenders("copy"))])
        #expect(same.unchanged == 1)
        #expect(try store.articleIDs() == ["new"])
    }

    @Test func evidenceFromTwoArticlesSupportsOneClaim() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest([
            Fixture.records(Fixture.article("a1", outlet: "deadline.com"), Fixture.defenders("a1")),
            Fixture.records(Fixture.article("a2", text: "Another text.", outlet: "ign.com", published: "2017-02-02"), Fixture.defenders("a2")),
        ])
        let counts = try store.counts()
        #expect(counts.claims == 4)
        #expect(counts.evidence == 8)
        let plays = try #require(try store.facts(predicate: .plays).first)
        #expect(plays.sources.map(\.outlet) == ["deadline.com", "ign.com"])
        #expect(plays.status == .confirmed)
        #expect(plays.firstReported == "2017-01-31")
    }

    @Test func anOutletIsTakenFromTheURLWhenNotGiven() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest([Fixture.records(Fixture.article("a1", url: "https://www.ign.com/articles/x", outlet: nil), Fixture.defenders("a1"))])
        #expect(try store.facts(predicate: .plays).first?.sources.first?.outlet == "ign.com")
    }

    @Test func aFileDatabaseKeepsWhatItStored() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lore-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("lore.sqlite").path
        try SQLiteStore(path: path).ingest([Fixture.records(Fixture.article("a1"), Fixture.defenders("a1"))])
        let reopened = try SQLiteStore(path: path)
        #expect(try reopened.counts().claims == 4)
        #expect(try reopened.articleIDs() == ["a1"])
    }

    @Test func aFileThatIsNotADatabaseIsRejectedWithItsName() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("lore-store-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.sqlite").path
        try Data(repeating: 65, count: 4096).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: StoreError.self) { try SQLiteStore(path: path) }
        #expect(error?.description.contains(path) == true)
        #expect(error?.description.contains("not a Lore database") == true)
    }
}

@Suite struct QueryTests {
    func store() throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        let daredevil = "Charlie Cox returns as Matt Murdock aka Daredevil. Stick, Daredevil's childhood mentor, is back."
        try store.ingest([
            Fixture.records(Fixture.article("a1"), Fixture.defenders("a1")),
            Fixture.records(Fixture.article("a2", text: daredevil, outlet: "ign.com", published: "2016-03-01"), Extraction(id: "a2", entities: [
                ExtractedEntity(name: "Charlie Cox", type: .person),
                ExtractedEntity(name: "Matt Murdock", type: .character, aliases: ["Daredevil"]),
                ExtractedEntity(name: "Stick", type: .character),
                ExtractedEntity(name: "Daredevil", type: .work),
            ], facts: [
                Fixture.fact("Charlie Cox", .person, .plays, "Matt Murdock", .character, evidence: daredevil),
                Fixture.fact("Matt Murdock", .character, .alias, "Daredevil", nil, evidence: daredevil),
                Fixture.fact("Stick", .character, .relationship, "Matt Murdock", .character, q: ["kind": "mentor"], evidence: daredevil),
                Fixture.fact("Stick", .character, .appearsIn, "Daredevil", .work, modality: .rumored, evidence: daredevil),
            ])),
        ])
        return store
    }

    @Test func aCharacterAndAWorkOfTheSameNameStayTwoEntities() throws {
        let store = try store()
        let found = try store.entities(named: "Luke Cage")
        #expect(found.count == 2)
        #expect(Set(found.map(\.type)) == [.character, .work])
        let reports = try store.reports(named: "luke cage")
        let character = try #require(reports.first { $0.entity.type == .character })
        let work = try #require(reports.first { $0.entity.type == .work })
        #expect(character.groups.map(\.label) == ["appears in", "played by"])
        #expect(work.groups.map(\.label) == ["release", "platform"])
        #expect(work.groups.first?.facts.first?.claim.qualifiers == ["season": "2"])
        #expect(try store.entities(named: "Luke Cage", type: .work).map(\.type) == [.work])
    }

    @Test func lookupIsByNameOrAliasIgnoringCaseAndPunctuation() throws {
        let store = try store()
        #expect(try store.entities(named: "MIKE COLTER").map(\.name) == ["Mike Colter"])
        #expect(try store.entities(named: "colter").map(\.name) == ["Mike Colter"])
        #expect(try store.entities(named: "Defenders").map(\.name) == ["The Defenders"])
        // The work's own name comes first, then the character known by it.
        #expect(try store.entities(named: "daredevil").map(\.name) == ["Daredevil", "Matt Murdock"])
        #expect(try store.entities(named: "Nobody").isEmpty)
    }

    @Test func anEntityCarriesItsAliasesAndWhenItWasSeen() throws {
        let store = try store()
        let colter = try #require(try store.entities(named: "Mike Colter").first)
        #expect(colter.aliases == [Alias(name: "Colter", count: 1)])
        #expect(colter.articleCount == 1)
        let murdock = try #require(try store.entities(named: "Matt Murdock").first)
        #expect(murdock.aliases.map(\.name) == ["Daredevil"])
        #expect(murdock.firstSeen == "2016-03-01" && murdock.lastSeen == "2016-03-01")
    }

    @Test func factsByPredicateAndAboutAnEntity() throws {
        let store = try store()
        #expect(try store.facts().count == 8)
        let plays = try store.facts(predicate: .plays)
        #expect(plays.map { "\($0.claim.subject) plays \($0.claim.object)" } == ["Charlie Cox plays Matt Murdock", "Mike Colter plays Luke Cage"])
        let aboutMurdock = try store.facts(about: "Matt Murdock")
        #expect(Set(aboutMurdock.map(\.claim.predicate)) == [.plays, .alias, .relationship])
        #expect(try store.facts(about: "Matt Murdock", predicate: .relationship).first?.claim.qualifiers == ["kind": "mentor"])
        #expect(try store.facts(about: "Nobody").isEmpty)
        let rumor = try #require(try store.facts(about: "Stick", predicate: .appearsIn).first)
        #expect(rumor.status == .rumored)
        #expect(rumor.modality == .rumored)
    }

    @Test func aMorePreciseReleaseSupersedesAnEarlierOne() throws {
        let store = try SQLiteStore.inMemory()
        let text = "The Defenders premieres August 18, 2017 on Netflix."
        func release(_ id: String, _ value: String, published: String) -> ArticleRecords {
            Fixture.records(Fixture.article(id, text: text + id, published: published), Extraction(id: id, entities: [
                ExtractedEntity(name: "The Defenders", type: .work),
            ], facts: [Fixture.fact("The Defenders", .work, .release, value, nil, evidence: text)]))
        }
        try store.ingest([release("a1", "2017", published: "2016-10-01"), release("a2", "2017-SU", published: "2017-01-15"),
                          release("a3", "2017-08-18", published: "2017-06-01")])
        let statuses = Dictionary(uniqueKeysWithValues: try store.facts(predicate: .release).map { ($0.claim.object, $0.status) })
        #expect(statuses == ["2017": .superseded, "2017-SU": .superseded, "2017-08-18": .reported])
        let summary = try store.summary()
        #expect(summary.works.first?.releases.map(\.value) == ["2017-08-18"])
    }

    @Test func theSummaryHasWorksCastingsVillainsAndRelationships() throws {
        let summary = try store().summary()
        #expect(summary.counts.articles == 2)
        let lukeCage = try #require(summary.works.first { $0.name == "Luke Cage" })
        #expect(lukeCage.platforms == ["Netflix"])
        #expect(lukeCage.releases.map(\.value) == ["2017"])
        #expect(summary.castings.map(\.character) == ["Luke Cage", "Matt Murdock"])
        #expect(summary.relationships.map { "\($0.a) \($0.kind) \($0.b)" } == ["Stick mentor Matt Murdock"])
    }
}

@Suite struct KnowledgeTests {
    @Test func entityKeysIgnoreCaseQuotesPunctuationAndALeadingThe() {
        #expect(EntityKey.normalize("The Defenders") == "defenders")
        #expect(EntityKey.normalize("  the   DEFENDERS ") == "defenders")
        #expect(EntityKey.normalize("Marvel’s Jessica Jones") == EntityKey.normalize("Marvel's Jessica Jones"))
        #expect(EntityKey.normalize("Star Wars: The Clone Wars") == "star wars the clone wars")
        #expect(EntityKey.normalize("Pokémon") == "pokemon")
        #expect(EntityKey(name: "Luke Cage", type: .character) != EntityKey(name: "Luke Cage", type: .work))
    }

    @Test func recordsMentionEveryEntityAFactNames() {
        let extraction = Extraction(id: "a1", entities: [], facts: [
            Fixture.fact("Mike Colter", .person, .plays, "Luke Cage", .character),
            Fixture.fact("Mike Colter", .person, .plays, "Luke Cage", .character),
        ])
        let records = ArticleRecords(article: Fixture.article("a1"), extraction: extraction)
        #expect(records.mentions.map(\.name) == ["Mike Colter", "Luke Cage"])
        #expect(records.claims.count == 1)
        #expect(records.article.textHash == ArticleRecord.hash(Fixture.defendersText))
        #expect(records.article.textHash != ArticleRecord.hash(Fixture.defendersText + " "))
    }

    @Test func qualifiersRoundTripThroughTheirCanonicalText() {
        let qualifiers = ["work": "Marvel's \"Luke\" Cage \\ 2", "season": "2"]
        let text = ClaimRecord.qualifierText(qualifiers)
        #expect(text.hasPrefix("{\"season\":\"2\",\"work\":"))
        #expect(ClaimRecord.qualifiers(from: text) == qualifiers)
        #expect(ClaimRecord.qualifierText([:]).isEmpty)
    }

    @Test func statusFollowsTheEvidence() {
        func evidence(_ modality: Modality, _ outlet: String, official: Bool = false) -> Evidence {
            Evidence(articleID: outlet, outlet: outlet, url: nil, published: nil, quote: "", start: 0, end: 0,
                     modality: modality, scope: .screen, extractor: .lore, official: official)
        }
        #expect(ClaimStatus(evidence: [evidence(.asserted, "a"), evidence(.asserted, "b")]) == .confirmed)
        #expect(ClaimStatus(evidence: [evidence(.asserted, "a"), evidence(.asserted, "a")]) == .reported)
        #expect(ClaimStatus(evidence: [evidence(.rumored, "a"), evidence(.hedged, "b")]) == .rumored)
        #expect(ClaimStatus(evidence: [evidence(.hedged, "a")]) == .speculative)
        #expect(ClaimStatus(evidence: [evidence(.negated, "a")]) == .denied)
        #expect(ClaimStatus(evidence: [evidence(.asserted, "a"), evidence(.negated, "b")]) == .contested)
        // The studio or platform's own statement confirms on its own; its hedge does not.
        #expect(ClaimStatus(evidence: [evidence(.asserted, "a", official: true)]) == .confirmed)
        #expect(ClaimStatus(evidence: [evidence(.hedged, "a", official: true)]) == .speculative)
        #expect(ClaimStatus(evidence: [evidence(.asserted, "a", official: true), evidence(.negated, "b")]) == .contested)
    }
}
