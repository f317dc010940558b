import ArgumentParser
import Foundation
import LoreExtraction
import LoreSQLite

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Make two entities one: the second becomes part of the first.",
        discussion: """
            For names Lore keeps apart that are one thing (a hero's name and their alter ego \
            stored as two characters, a work under two titles). The second entity's names, \
            mentions and facts are shown as the first's from then on; the rule is kept in the \
            database, so it holds for every article ingested or re-ingested later. \
            `lore split` undoes it.

            Example:
              lore merge "Matt Murdock" Daredevil --type character --db marvel.sqlite
            """
    )

    @Argument(help: "The entity that stays.")
    var name: String

    @Argument(help: "The entity that becomes part of it.")
    var other: String

    @Option(help: ArgumentHelp("The type of both, when a name is several entities.", valueName: "type"))
    var type: EntityType?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openExisting()
        Console.write(try store.merge(other, into: name, type: type).message + "\n")
    }
}

struct Split: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "split",
        abstract: "Keep two names apart: undo a merge, or stop using a name as an alias.",
        discussion: """
            When the second name was merged into the first with `lore merge`, it becomes its \
            own entity again. When articles used it as an alias of the first (Luke for Luke \
            Cage, in a corpus where Luke is also Skywalker), looking it up no longer finds the \
            first. The rule is kept in the database and holds after re-ingesting.

            Example:
              lore split "Luke Cage" Luke --type character --db marvel.sqlite
            """
    )

    @Argument(help: "The entity.")
    var name: String

    @Argument(help: "The name to keep apart from it.")
    var other: String

    @Option(help: ArgumentHelp("The entity's type, when its name is several entities.", valueName: "type"))
    var type: EntityType?

    @OptionGroup var database: DatabaseOptions

    func run() throws {
        let store = try database.openExisting()
        Console.write(try store.split(name, other, type: type).message + "\n")
    }
}
