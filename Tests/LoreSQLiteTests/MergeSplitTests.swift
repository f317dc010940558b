import Foundation
import Testing
import LoreExtraction
import LoreKnowledge
import LoreReading
@testable import LoreSQLite

/// Two outlets name one character two ways: as Matt Murdock and as Daredevil.
enum TwoNames {
    static func article(_ id: String, character: String, outlet: String, text: String? = nil) -> ArticleRecords {
        let quote = text ?? "Charlie Cox plays \(character)."
        return Fixture.records(Fixture.article(id, text: quote, outlet: outlet), Extraction(id: id, entities: [
            ExtractedEntity(name: "Charlie Cox", type: .person),
            ExtractedEntity(name: character, type: .character),
        ], facts: [Fixture.fact("Charlie Cox", .person, .plays, character, .character, evidence: quote)]))
    }

    static func store() throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        try store.ingest([article("a1", character: "Matt Murdock", outlet: "deadline.com"),
                          article("a2", character: "Daredevil", outlet: "ign.com")], updatingStories: false)
        return store
    }
}

@Suite struct MergeSplitTests {
    @Test func aMergedEntityAnswersAsTheOneItWasMergedInto() throws {
        let store = try TwoNames.store()
        #expect(try store.facts(predicate: .plays).count == 2)
        let change = try store.merge("Daredevil", into: "Matt Murdock", type: .character)
        #expect(change.message.hasPrefix("merged Daredevil (character) into Matt Murdock"))
        #expect(try store.entities(named: "Daredevil").map(\.name) == ["Matt Murdock"])
        let murdock = try #require(try store.entities(named: "Matt Murdock").first)
        #expect(murdock.aliases.map(\.name) == ["Daredevil"])
        #expect(murdock.articleCount == 2)
        let plays = try store.facts(predicate: .plays)
        #expect(plays.map(\.claim.object) == ["Matt Murdock"])
        #expect(plays.first?.status == .confirmed, "two outlets now back one claim")
        #expect(try store.explain("Matt Murdock", "Daredevil").lines.contains("  \"Daredevil\" was merged into Matt Murdock (character) with `lore merge`"))
    }

    @Test func aMergeSurvivesReingestingAndNewArticles() throws {
        let store = try TwoNames.store()
        _ = try store.merge("Daredevil", into: "Matt Murdock")
        // A changed version of a2 replaces it: its entities are removed and stored again.
        let report = try store.ingest([TwoNames.article("a2", character: "Daredevil", outlet: "ign.com",
                                                        text: "Charlie Cox returns to play Daredevil.")], updatingStories: false)
        #expect(report.replaced == 1)
        #expect(try store.facts(predicate: .plays).map(\.claim.object) == ["Matt Murdock"])
        try store.ingest([TwoNames.article("a3", character: "Daredevil", outlet: "ew.com")], updatingStories: false)
        let plays = try store.facts(predicate: .plays)
        #expect(plays.count == 1)
        #expect(plays.first?.outlets == ["deadline.com", "ign.com", "ew.com"])
    }

    @Test func splitUndoesAMerge() throws {
        let store = try TwoNames.store()
        _ = try store.merge("Daredevil", into: "Matt Murdock")
        let change = try store.split("Matt Murdock", "Daredevil")
        #expect(change.message == "Daredevil is its own entity again, no longer part of Matt Murdock")
        #expect(Set(try store.facts(predicate: .plays).map(\.claim.object)) == ["Matt Murdock", "Daredevil"])
        #expect(try store.entities(named: "Daredevil").map(\.name) == ["Daredevil"])
    }

    @Test func splitTakesAnAliasAwayAndItStaysAway() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest([Fixture.records(Fixture.article("a1"), Fixture.defenders("a1"))], updatingStories: false)
        #expect(try store.entities(named: "Luke").map(\.name) == ["Luke Cage"])
        let change = try store.split("Luke Cage", "Luke", type: .character)
        #expect(change.message == "\"Luke\" no longer names Luke Cage (character), also after re-ingesting")
        #expect(try store.entities(named: "Luke").isEmpty)
        #expect(try store.entities(named: "Luke Cage", type: .character).first?.aliases.isEmpty == true)
        try store.ingest([Fixture.records(Fixture.article("a1", text: "Changed."), Fixture.defenders("a1"))], updatingStories: false)
        try store.ingest([Fixture.records(Fixture.article("a2", text: "Another."), Fixture.defenders("a2"))], updatingStories: false)
        #expect(try store.entities(named: "Luke").isEmpty)
    }

    @Test func impossibleMergesAndSplitsAreRefusedWithTheReason() throws {
        let store = try SQLiteStore.inMemory()
        try store.ingest([Fixture.records(Fixture.article("a1"), Fixture.defenders("a1"))], updatingStories: false)
        #expect { try store.merge("Mike Colter", into: "Netflix") } throws: { error in
            "\(error)".contains("Netflix is an organization and Mike Colter a person: only entities of one type can be merged")
        }
        #expect { try store.merge("Mike Colter", into: "Luke Cage") } throws: { error in
            "\(error)".contains("\"Luke Cage\" names several entities") && "\(error)".contains("pass --type")
        }
        #expect { try store.merge("Luke", into: "Luke Cage", type: .character) } throws: { error in
            "\(error)".contains("are already one entity")
        }
        #expect { try store.split("The Defenders", "Netflix") } throws: { error in
            "\(error)".contains("\"Netflix\" is not a name of The Defenders (work): nothing to split")
        }
        #expect { try store.merge("Nobody", into: "Netflix") } throws: { error in
            "\(error)".contains("nothing is known about \"Nobody\"")
        }
    }
}
