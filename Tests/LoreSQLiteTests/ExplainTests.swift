import Foundation
import Testing
import LoreExtraction
import LoreKnowledge
import LoreReading
@testable import LoreSQLite

@Suite struct ExplainTests {
    func store() throws -> SQLiteStore {
        let store = try SQLiteStore.inMemory()
        try store.ingest([Fixture.records(Fixture.article("a1"), Fixture.defenders("a1"))], updatingStories: false)
        return store
    }

    @Test func anAliasIsOneEntityAndAWorkWithTheSameNameIsAnother() throws {
        let explanation = try store().explain("Luke Cage", "Luke")
        #expect(explanation.shared.map(\.type) == [.character])
        let lines = explanation.lines
        #expect(lines.contains("one entity: Luke Cage (character)"))
        #expect(lines.contains("  \"Luke Cage\" is the name of Luke Cage (character)"))
        #expect(lines.contains("  \"Luke\" is an alias of Luke Cage (character), used for it in 1 article"))
        #expect(lines.contains("different entities: Luke Cage (work) and Luke Cage (character)"))
        #expect(lines.contains { $0.contains("they share a name but one is a work and the other a character") })
    }

    @Test func theSameNormalisedNameIsOneEntity() throws {
        let lines = try store().explain("The Defenders", "DEFENDERS").lines
        #expect(lines.first == "\"The Defenders\" and \"DEFENDERS\" are the same name once case, accents, punctuation and a leading \"the\" are ignored (\"defenders\")")
        #expect(lines.contains("one entity: The Defenders (work)"))
    }

    @Test func differentEntitiesShowWhatLinksThem() throws {
        let explanation = try store().explain("Mike Colter", "Luke Cage")
        #expect(explanation.shared.isEmpty)
        let toCharacter = try #require(explanation.pairs.first { $0.b.type == .character })
        #expect(toCharacter.sharedArticles == 1)
        #expect(toCharacter.linkingFacts.map(\.predicate) == [.plays])
        #expect(explanation.lines.contains("  linked by a fact: Mike Colter plays Luke Cage"))
        #expect(explanation.lines.contains("  one is a person, the other a character"))
    }

    @Test func anUnknownNameIsSaid() throws {
        #expect(try store().explain("Nobody Atall", "Luke").lines == ["nothing is known about \"Nobody Atall\""])
    }
}
