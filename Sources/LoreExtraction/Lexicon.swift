import Foundation
import LoreReading
import LoreLanguage

/// The word lists extraction reads, loaded once from `Lexicon/` (see `WordList` for user additions).
final class Lexicon: Sendable {
    static let shared = Lexicon()

    /// Known names by lower-cased token sequence: organisations, franchises, events, places.
    let gazetteer: WordTable<[(tokens: [String], type: EntityType)]>
    /// Whether `word` (lower case) names a place on its own: "chicago", "yorkshire".
    func isOneWordPlace(_ word: String) -> Bool { gazetteer[word]?.contains { $0.type == .place && $0.tokens.count == 1 } == true }
    let platforms: WordSet
    /// Companies that make films and series ("name | studio" in organizations.txt).
    let studios: WordSet
    /// Verbs a studio or platform speaks with, and phrases that mark its own statement.
    let statementVerbs: WordSet
    let officialPhrases: [[String]]
    let givenNames: WordSet
    /// The commonest given names in English (`given-names.txt` alone): "Prince Philip" keeps his title.
    let commonGivenNames: WordSet
    /// Given names most often borne by women: which person "she" stands for.
    let femaleGivenNames: WordSet
    /// Common surnames that are no English words ("Curtis", "Han").
    let surnames: WordSet
    let englishWords: WordSet
    let commonWords: WordSet
    /// "Japanese", "American", "Catholic": alone, an adjective of nationality or faith, no name.
    let demonyms: WordSet
    let workCues: WordSet
    let personCues: WordSet
    let characterCues: WordSet
    let hedges: [[String]]
    let rumors: [[String]]
    let negations: [[String]]
    let comicsCues: [[String]]
    /// The same lists indexed by first word: modality and scope are read for every fact found.
    let hedgePhrases: PhraseList
    let rumorPhrases: PhraseList
    let negationPhrases: PhraseList
    let comicsPhrases: PhraseList
    let officialPhraseList: PhraseList
    let relationships: [[String]: String]
    /// "battles | enemy", "falls for | romantic": verbs between two characters, and whether the phrase
    /// also relates a pair named before it ("Mira and Victor join forces"); longest first, in the order
    /// of `relationVerbPhrases`.
    let relationshipVerbsByLength: [(phrase: [String], kind: String, pair: Bool)]
    /// The one-word entries of `relationships` and of the crew roles, for rules that ask about a single word
    /// (a `[[w]]` look-up builds an array and hashes it with SipHash).
    let relationshipWords: WordTable<String>
    let crewRoleWords: WordTable<String>
    /// Crew phrases, longest first ("executive producer" before "producer").
    let crewRolesByLength: [(phrase: [String], role: String)]
    /// The same phrases indexed by first word: a sentence looks only for those it may hold.
    let crewPhrases: PhraseList
    /// First words of the relationship and crew phrases: a sentence without any skips those rules.
    let relationshipFirstWords: WordSet
    /// Relationship phrases in a fixed order, so that every run reads a sentence the same way.
    let relationshipPhrases: [(phrase: [String], kind: String)]
    let relationshipPhraseList: PhraseList
    let relationVerbPhrases: PhraseList
    let crewFirstWords: WordSet
    let releaseVerbs: WordSet
    /// The entries of several words ("set for"), by a first word that is no release verb alone: "set" is one only before "for".
    /// (A word table: asked about every word before a date, by the hash the sentence already has.)
    let releaseVerbPhrases: WordTable<[[String]]>
    let platformVerbs: WordSet
    /// The entries of several words: "picked up", "pulled the plug on".
    let platformVerbPhrases: [[String]]
    let honorifics: WordSet

    /// "Lt.", "lt" and "Lt" are all the title.
    func isHonorific(_ lower: String) -> Bool {
        honorifics.contains(lower) || lower.hasSuffix(".") && honorifics.contains(String(lower.dropLast()))
    }
    let nameEndings: [String: EntityType]
    /// The endings of `nameEndings` that make an organisation, for the look-up every name makes,
    /// and those that make an event, for the one every gazetteer name makes.
    let organizationEndings: WordSet
    let eventEndings: WordSet

    init() {
        func list(_ name: String) -> [String] { WordList.lines(name, bundle: .module) }
        func words(_ name: String) -> WordSet {
            WordSet(list(name).flatMap { $0.split(separator: " ").map { $0.lowercased() } })
        }
        func phrases(_ name: String) -> [[String]] { list(name).map(Lexicon.phraseTokens) }
        func table(_ name: String) -> [[String]: String] {
            var table: [[String]: String] = [:]
            for line in list(name) {
                let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                if parts.count == 2 { table[Lexicon.phraseTokens(parts[0])] = parts[1] }
            }
            return table
        }
        var gazetteer: [String: [(tokens: [String], type: EntityType)]] = [:]
        var platforms = Set<String>(), studios = Set<String>()
        func add(_ name: String, _ type: EntityType) {
            let tokens = Lexicon.phraseTokens(name)
            guard let first = tokens.first else { return }
            gazetteer[first, default: []].append((tokens, type))
        }
        for line in list("organizations") {
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            add(parts[0], .organization)
            if parts.count > 1, parts[1] == "platform" { platforms.insert(Lexicon.key(parts[0])) }
            if parts.count > 1, parts[1] == "studio" { studios.insert(Lexicon.key(parts[0])) }
        }
        for name in list("franchises") { add(name, .franchise) }
        for name in list("events") { add(name, .event) }
        for name in list("places") { add(name, .place) }
        for key in gazetteer.keys { gazetteer[key]!.sort { $0.tokens.count > $1.tokens.count } }
        self.gazetteer = WordTable(gazetteer.map { ($0.key, $0.value) })
        self.platforms = WordSet(platforms)
        self.studios = WordSet(studios)
        statementVerbs = words("statements")
        officialPhrases = phrases("official-phrases")
        englishWords = WordSet(list("english-words"))
        let commonGivenNames = list("given-names").flatMap { $0.split(separator: " ").map(String.init) }
        self.commonGivenNames = WordSet(commonGivenNames)
        givenNames = WordSet(commonGivenNames + list("more-given-names").flatMap { $0.split(separator: " ").map(String.init) })
        femaleGivenNames = WordSet(list("female-given-names").flatMap { $0.split(separator: " ").map(String.init) })
        surnames = WordSet(list("surnames").flatMap { $0.split(separator: " ").map(String.init) })
        commonWords = words("common-words")
        demonyms = words("demonyms")
        workCues = WordSet(list("work-cues").map { $0.lowercased() })
        personCues = WordSet(list("person-cues").map { $0.lowercased() })
        characterCues = WordSet(list("character-cues").map { $0.lowercased() })
        hedges = phrases("hedges")
        rumors = phrases("rumors")
        negations = phrases("negations")
        comicsCues = phrases("comics-cues")
        hedgePhrases = PhraseList(hedges, firstWords: .hedgeStart)
        rumorPhrases = PhraseList(rumors, firstWords: .rumorStart)
        negationPhrases = PhraseList(negations, firstWords: .negationStart)
        comicsPhrases = PhraseList(comicsCues, firstWords: .comicsStart)
        officialPhraseList = PhraseList(officialPhrases, firstWords: .officialStart)
        relationships = table("relationships")
        let relationshipVerbs: [[String]: (kind: String, pair: Bool)] = list("relationship-verbs").reduce(into: [:]) { verbs, line in
            let parts = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            if parts.count >= 2 { verbs[Lexicon.phraseTokens(parts[0])] = (kind: parts[1], pair: parts.count > 2 && parts[2] == "pair") }
        }
        relationshipFirstWords = WordSet(relationships.keys.compactMap(\.first))
        relationshipPhrases = relationships.map { (phrase: $0.key, kind: $0.value) }.sorted { ($0.phrase.count, $0.phrase.joined(separator: " ")) > ($1.phrase.count, $1.phrase.joined(separator: " ")) }
        let crewRoles = table("crew-roles")
        relationshipWords = WordTable(relationships.compactMap { $0.key.count == 1 ? ($0.key[0], $0.value) : nil })
        crewRoleWords = WordTable(crewRoles.compactMap { $0.key.count == 1 ? ($0.key[0], $0.value) : nil })
        crewRolesByLength = crewRoles.map { (phrase: $0.key, role: $0.value) }.sorted { ($0.phrase.count, $0.phrase.joined()) > ($1.phrase.count, $1.phrase.joined()) }
        crewFirstWords = WordSet(crewRoles.keys.compactMap(\.first))
        crewPhrases = PhraseList(crewRolesByLength.map(\.phrase), firstWords: .crewStart)
        relationshipPhraseList = PhraseList(relationshipPhrases.map(\.phrase), firstWords: .relationshipStart)
        relationshipVerbsByLength = relationshipVerbs.map { (phrase: $0.key, kind: $0.value.kind, pair: $0.value.pair) }
            .sorted { ($0.phrase.count, $0.phrase.joined(separator: " ")) > ($1.phrase.count, $1.phrase.joined(separator: " ")) }
        relationVerbPhrases = PhraseList(relationshipVerbsByLength.map(\.phrase), firstWords: .relationVerbStart)
        let releasePhrases = phrases("release-verbs")
        let singleReleaseVerbs = Set(releasePhrases.filter { $0.count == 1 }.map { $0[0] })
        releaseVerbs = WordSet(releasePhrases.map { $0[0] })
        releaseVerbPhrases = WordTable(Dictionary(grouping: releasePhrases.filter { $0.count > 1 && !singleReleaseVerbs.contains($0[0]) }, by: { $0[0] }).map { ($0.key, $0.value) })
        platformVerbs = WordSet(list("platform-verbs").map { $0.lowercased() })
        platformVerbPhrases = phrases("platform-verbs").filter { $0.count > 1 }
        honorifics = WordSet(list("honorifics").map { $0.lowercased() })
        nameEndings = table("name-endings").reduce(into: [:]) { $0[$1.key.joined(separator: "")] = EntityType(rawValue: $1.value) }
        organizationEndings = WordSet(nameEndings.compactMap { $0.value == .organization ? $0.key : nil })
        eventEndings = WordSet(nameEndings.compactMap { $0.value == .event ? $0.key : nil })
    }

    /// A phrase as the tokenizer would split it, lower-cased.
    static func phraseTokens(_ phrase: String) -> [String] {
        Tokenizer.tokens(in: phrase, range: 0..<phrase.utf8.count).map(\.lower)
    }

    /// The matching key of a name: lower case, typographic apostrophes folded, a leading "the" dropped.
    static func key(_ name: String) -> String {
        if let ascii = asciiKey(name) { return ascii }
        var k = name.lowercased()
        if k.utf8.contains(0xE2) { k = k.replacingOccurrences(of: "\u{2019}", with: "'") }
        for prefix in ["the ", "marvel's "] where k.hasPrefix(prefix) { k.removeFirst(prefix.count) }
        return k
    }

    /// `key(name)` read off the bytes of an ASCII name (nil otherwise): names are keyed all the time,
    /// and `lowercased()` and `hasPrefix` cost hundreds of instructions. (In ASCII every byte is a
    /// Character but "\r\n", which neither prefix holds: dropping a prefix's bytes drops its Characters.)
    static func asciiKey(_ name: String) -> String? {
        name.utf8.withContiguousStorageIfAvailable { bytes -> String? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            func lower(_ b: UInt8) -> UInt8 { b >= 65 && b <= 90 ? b | 0x20 : b }
            func hasPrefix(_ prefix: StaticString, at start: Int) -> Bool {
                guard bytes.count - start >= prefix.utf8CodeUnitCount else { return false }
                for k in 0..<prefix.utf8CodeUnitCount where lower(bytes[start + k]) != prefix.utf8Start[k] { return false }
                return true
            }
            var start = 0
            if hasPrefix("the ", at: start) { start += 4 }
            if hasPrefix("marvel's ", at: start) { start += 9 }
            return String(unsafeUninitializedCapacity: bytes.count - start) { out in
                for k in start..<bytes.count { out[k - start] = lower(bytes[k]) }
                return bytes.count - start
            }
        } ?? nil
    }
}

extension Array where Element == String {
    /// Where `phrase` starts in this token list, searching from `from`.
    func find(_ phrase: [String], from: Int = 0, to: Int? = nil) -> Int? {
        let limit = Swift.min(to ?? count, count)
        guard !phrase.isEmpty, limit - from >= phrase.count, from >= 0 else { return nil }
        let first = phrase[0]
        search: for i in from...(limit - phrase.count) where self[i].is(first) {
            for k in 1..<phrase.count where !self[i + k].is(phrase[k]) { continue search }
            return i
        }
        return nil
    }
}

extension String {
    /// `self == uppercased()`, on the bytes when the text is ASCII (then only a-z change).
    var isUppercased: Bool {
        let ascii = utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var lower = false
            for b in bytes {
                if b >= 0x80 { return nil }
                if b >= 97 && b <= 122 { lower = true }
            }
            return !lower
        } ?? nil
        return ascii ?? (self == uppercased())
    }

    /// `count`, the number of Characters, read off the bytes when the text is ASCII without a
    /// carriage return (then every byte is a Character of its own): `count` breaks graphemes and
    /// costs hundreds of instructions even on a short name.
    var characterCount: Int {
        let ascii = utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            for b in bytes where b >= 0x80 || b == UInt8(ascii: "\r") { return nil }
            return bytes.count
        } ?? nil
        return ascii ?? count
    }

    /// What follows the last "-" ("directed" in "solberg-directed"), nil without one. A byte test
    /// first: searching a String by Character costs far more, and most words hold no hyphen.
    func afterLastHyphen() -> Substring? {
        guard utf8.contains(UInt8(ascii: "-")), let dash = lastIndex(of: "-") else { return nil }
        return self[index(after: dash)...]
    }

    /// The first and the last word of `splitAtSpaces()` (nil when there is none), cut straight from
    /// the bytes when the text is ASCII: no array of Substrings for a caller that wants two words.
    func firstAndLastWord() -> (first: String, last: String)? {
        var readByBytes = false
        let words = utf8.withContiguousStorageIfAvailable { bytes -> (first: String, last: String)? in
            guard !bytes.contains(where: { $0 >= 0x80 }) else { return nil }
            readByBytes = true
            var first: Range<Int>? = nil, last: Range<Int>? = nil
            var start = 0
            for i in 0...bytes.count where i == bytes.count || bytes[i] == UInt8(ascii: " ") {
                if start < i {
                    if first == nil { first = start..<i }
                    last = start..<i
                }
                start = i + 1
            }
            guard let first, let last else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[first]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: bytes[last]), as: UTF8.self))
        } ?? nil
        if readByBytes { return words }
        let split = splitAtSpaces()
        guard let first = split.first, let last = split.last else { return nil }
        return (String(first), String(last))
    }

    /// `split(separator: " ")`, by bytes when the text is ASCII (the common case): splitting by
    /// Character is slow, and in ASCII a space is always a Character of its own. The words' byte
    /// ranges are found on the contiguous bytes (walking the UTF-8 view index by index costs far more).
    func splitAtSpaces() -> [Substring] {
        let ranges: [Range<Int>]? = utf8.withContiguousStorageIfAvailable { bytes -> [Range<Int>]? in
            var ranges: [Range<Int>] = []
            var start = 0
            for (i, b) in bytes.enumerated() {
                if b >= 0x80 { return nil }
                if b == UInt8(ascii: " ") {
                    if start < i { ranges.append(start..<i) }
                    start = i + 1
                }
            }
            if start < bytes.count { ranges.append(start..<bytes.count) }
            return ranges
        } ?? nil
        guard let ranges else { return split(separator: " ") }
        let utf8 = self.utf8
        return ranges.map { self[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
    }
}
