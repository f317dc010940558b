import LoreLanguage

/// One sentence with its resolved names, the unit the fact rules read.
struct SentenceView {
    struct Name { var mention: SharedMention; var entity: Int; var type: EntityType
        var start: Int { mention.tokens.lowerBound }
        var end: Int { mention.tokens.upperBound }
        init(mention: Mention, entity: Int, type: EntityType) {
            self.mention = SharedMention(mention)
            self.entity = entity
            self.type = type
        }
        /// An entity the words at `tokens` stand for without naming it: "the titular hero", "that film".
        init(standingFor entity: Int, type: EntityType, named name: String, at tokens: Range<Int>) {
            self.init(mention: Mention(sentence: -1, tokens: tokens, text: name, key: Lexicon.key(name), quoted: false), entity: entity, type: type)
        }
    }
    /// What the rules read of a name's mention, in one shared object: rules copy names all the
    /// time, and a copy then costs one retain instead of one per String of the mention.
    final class SharedMention {
        let tokens: Range<Int>
        let text: String
        let key: String
        /// The mention's own entity, before merges (`Name.entity` is the one it was merged into).
        let entity: Int
        let compound: String?
        init(_ m: Mention) {
            tokens = m.tokens
            text = m.text
            key = m.key
            entity = m.entity
            compound = m.compound
        }
    }
    /// What a view holds from its making on, in one object: views are copied all the time (a loop
    /// over them, an argument read from an array), and a copy then retains this, not each array.
    private final class Fixed: Sendable {
        let sentence: Sentence
        let words: [String]
        /// Each word's `WordTable.hash`: `find` compares these before comparing Strings.
        let wordHashes: [UInt64]
        /// The word classes of each word, and of the whole sentence: a rule whose words are absent is skipped.
        let classes: [WordClass]
        let sentenceClasses: WordClass
        /// The name starting and ending at each token (an index into `names`, or -1): rules look names up constantly.
        let nameAt: [Int]
        let times: [(time: TimeExpression, token: Int)]

        init(sentence: Sentence, words: [String], wordHashes: [UInt64], classes: [WordClass], sentenceClasses: WordClass, nameAt: [Int],
             times: [(time: TimeExpression, token: Int)]) {
            self.sentence = sentence
            self.words = words
            self.wordHashes = wordHashes
            self.classes = classes
            self.sentenceClasses = sentenceClasses
            self.nameAt = nameAt
            self.times = times
        }
    }
    private let fixed: Fixed
    var sentence: Sentence { fixed.sentence }
    var words: [String] { fixed.words }
    private var wordHashes: [UInt64] { fixed.wordHashes }
    var classes: [WordClass] { fixed.classes }
    var sentenceClasses: WordClass { fixed.sentenceClasses }
    private var nameAt: [Int] { fixed.nameAt }
    var times: [(time: TimeExpression, token: Int)] { fixed.times }
    /// The names, merges resolved (`Extractor.link` points them at the entities they were merged into).
    var names: [Name]
    /// The person last named before this sentence: "she" and "he" in this one.
    var previousPerson: Int? = nil
    /// The people named before this sentence, each once, the most recent last: "she", "the two actors".
    var recentPeople: [Int] = []
    /// The character last named before this sentence.
    var previousCharacter: Int? = nil
    /// The characters named before this sentence, each once, the most recent last: "his ex, …".
    var recentCharacters: [Int] = []
    /// The work last named before this sentence: "that series" in this one.
    var previousWork: Int? = nil

    init(sentence: Sentence, mentions: some Collection<Mention>, entities: [ArticleEntity], times: [TimeExpression]) {
        let tokens = sentence.tokens
        // Only before a name: a closing quote after "Daredevils'" is not a possessive.
        // Before a lower-case word only when no opening quote is waiting for it: "King Viserys' younger brother".
        var openQuotes = 0
        // Fields read in place and quotes tested by bytes: this runs for every token of the article.
        func word(_ i: Int) -> String {
            if tokens[i].kind == .punctuation, tokens[i].isPunctuation("\u{2018}") || tokens[i].isASCII(UInt8(ascii: "'")) && (i + 1 < tokens.count && !tokens[i + 1].spaceBefore) && tokens[i].spaceBefore { openQuotes += 1 }
            // (An apostrophe is a punctuation token: the kind is tested first, for every token.)
            guard tokens[i].kind == .punctuation, tokens.isBarePossessive(at: i), i + 1 < tokens.count, tokens[i + 1].spaceBefore, tokens[i + 1].isWord else { return tokens[i].lower }
            if tokens[i + 1].isCapitalized { return "'s" }
            if openQuotes == 0 { return "'s" }
            openQuotes -= 1
            return tokens[i].lower
        }
        // Each word, its hash and its classes in one pass, into arrays sized once.
        var words: [String] = [], hashes: [UInt64] = [], classes: [WordClass] = []
        words.reserveCapacity(tokens.count); hashes.reserveCapacity(tokens.count); classes.reserveCapacity(tokens.count)
        let table = WordClass.table
        var sentenceClasses: WordClass = []
        for i in tokens.indices {
            let w = word(i), h = WordTable<Bool>.hash(w)
            let c = table[w, hash: h] ?? []
            words.append(w); hashes.append(h); classes.append(c)
            sentenceClasses.formUnion(c)
        }
        // In one array, sorted only when the mentions were not found in order.
        var names: [Name] = []
        names.reserveCapacity(mentions.count)
        for m in mentions where m.entity >= 0 {
            let e = entities.root(m.entity)
            names.append(Name(mention: m, entity: e, type: entities[e].type))
        }
        if zip(names, names.dropFirst()).contains(where: { $0.start > $1.start }) { names.sort { $0.start < $1.start } }
        self.names = names
        // A word of a title is no verb: "Night Shift" does not shift a date, "Fight Club" fights no one.
        if !sentenceClasses.isDisjoint(with: .verbs) {
            for n in names where n.end <= tokens.count {
                for i in n.start..<n.end { classes[i].subtract(.verbs) }
            }
            sentenceClasses = classes.reduce(into: []) { $0.formUnion($1) }
        }
        // Both indexes in one array: entry 2i is the name starting at token i, entry 2i + 1 the one ending there.
        var nameAt = [Int](repeating: -1, count: 2 * (tokens.count + 1))
        for (k, n) in names.enumerated() where n.end <= tokens.count {
            if nameAt[2 * n.start] < 0 { nameAt[2 * n.start] = k }
            if nameAt[2 * n.end + 1] < 0 { nameAt[2 * n.end + 1] = k }
        }
        let tokenOfTime = times.compactMap { time -> (time: TimeExpression, token: Int)? in
            guard let token = tokens.firstIndex(where: { $0.start >= time.range.lowerBound }) else { return nil }
            return (time, token)
        }
        fixed = Fixed(sentence: sentence, words: words, wordHashes: hashes, classes: classes, sentenceClasses: sentenceClasses, nameAt: nameAt, times: tokenOfTime)
    }

    func word(_ i: Int) -> String { i >= 0 && i < words.count ? words[i] : "" }
    func name(startingAt i: Int) -> Name? { i >= 0 && 2 * i < nameAt.count && nameAt[2 * i] >= 0 ? names[nameAt[2 * i]] : nil }
    func name(endingAt i: Int) -> Name? { i >= 0 && 2 * i + 1 < nameAt.count && nameAt[2 * i + 1] >= 0 ? names[nameAt[2 * i + 1]] : nil }
    func name(covering i: Int) -> Name? { names.first { $0.start <= i && i < $0.end } }
    /// Where `phrase` starts, from token `from`.
    func find(_ phrase: [String], from: Int = 0) -> Int? {
        guard let first = phrase.first, from >= 0 else { return nil }
        let h = WordTable<Bool>.hash(first)
        let words = fixed.words, hashes = fixed.wordHashes
        var i = from
        // Words hash by their bytes, like WordTable: only a word with the first word's hash is compared.
        while i + phrase.count <= words.count {
            if hashes[i] == h, let found = words.find(phrase, from: i, to: i + phrase.count) { return found }
            i += 1
        }
        return nil
    }
    /// Whether word `i` is one of a set, by the hash already computed for it.
    func isOneOf(_ i: Int, _ set: WordSet) -> Bool { i >= 0 && i < words.count && set.contains(words[i], hash: wordHashes[i]) }
    /// Word `i`'s value in a table, by the hash already computed for it.
    func lookUp<Value>(_ i: Int, in table: WordTable<Value>) -> Value? { table[words[i], hash: wordHashes[i]] }
    /// The positions of a word: hashes are compared first, so a scan costs an integer comparison per word.
    func positions(of word: String) -> WordPositions {
        WordPositions(words: words, hashes: wordHashes, word: word, hash: WordTable<Bool>.hash(word))
    }
    /// Whether a word of the class is in the sentence.
    func has(_ c: WordClass) -> Bool { !sentenceClasses.isDisjoint(with: c) }
    /// The positions of the words of a class.
    func positions(_ c: WordClass) -> ClassPositions {
        ClassPositions(classes: has(c) ? classes : [], wanted: c)
    }

    /// Positions found as a loop asks for them: rules ask for them in nearly every sentence,
    /// and an array each time cost an allocation.
    struct ClassPositions: Sequence, IteratorProtocol {
        let classes: [WordClass]
        let wanted: WordClass
        var at = 0

        mutating func next() -> Int? {
            while at < classes.count {
                at += 1
                if !classes[at - 1].isDisjoint(with: wanted) { return at - 1 }
            }
            return nil
        }
    }

    struct WordPositions: Sequence, IteratorProtocol {
        let words: [String]
        let hashes: [UInt64]
        let word: String
        let hash: UInt64
        var at = 0

        mutating func next() -> Int? {
            while at < words.count {
                at += 1
                if hashes[at - 1] == hash, words[at - 1].is(word) { return at - 1 }
            }
            return nil
        }
    }

    /// The name just before the comma at `comma`, read past the actor in brackets: "Sofia Falcone
    /// (Cristin Milioti), Carmine's daughter".
    func name(endingAtCommaBefore comma: Int) -> Name? {
        if word(comma - 1) == ")", let open = (max(0, comma - 8)..<(comma - 1)).last(where: { words[$0] == "(" }) { return name(endingAt: open) }
        return name(endingAt: comma)
    }

    /// "Jon Favreau, who played Foggy Nelson in that film, later played …": the name before a relative
    /// clause or an apposition that ends with the comma before token `k`.
    func name(beforeRelativeClauseEndingAt k: Int) -> Name? {
        guard word(k - 1) == "," else { return nil }
        var r = k - 2
        // (A comma between two names is a list's, inside the clause: "who co-created it with A, B and C".)
        while r > 0, k - r <= 20, words[r] != "," || name(endingAt: r) != nil && name(startingAt: r + 1) != nil, words[r] != "." {
            let relative = Self.relativeClauseOpeners.contains(words[r])
            if relative || words[r] == "a" || words[r] == "an" || words[r] == "the" {
                if word(r - 1) == ",", let n = name(endingAt: r - 1) {
                    // "Anna Maxwell Martin, who played Patricia Carmichael, the officer who …, is": an apposition to the
                    // role is inside the actor's clause.
                    if !relative {
                        var q = n.start - 1
                        while q > 0, n.start - q <= 12, words[q] != ",", words[q] != "." { q -= 1 }
                        if word(q + 1) == "who", word(q) == ",", let outer = name(endingAt: q) { return outer }
                    }
                    return n
                }
            }
            r -= 1
        }
        return nil
    }

    /// "Jon Bernthal, who won praise for playing …", "Charlie Cox, best known for playing …": the person a
    /// clause of lower-case words before token `k` is about (at most ten words; no other name between).
    /// "Tara Quinn, an Australian actress, is best known for …": an apposition between is read past.
    func person(beforeClauseEndingAt k: Int) -> Name? {
        var r = k - 1, apposition = 0
        while r >= 0, k - r - apposition <= 10 {
            if let n = name(endingAt: r + 1) { return n.type == .person ? n : nil }
            if words[r] == ",", apposition == 0, let open = appositionStart(endingAt: r) {
                apposition = r - open
                r = open - 1
                continue
            }
            guard words[r] == "," || words[r] == "who" || sentence.tokens[r].isWord && !sentence.tokens[r].isCapitalized else { return nil }
            r -= 1
        }
        return nil
    }

    /// "Nell Archer, Sam's childhood friend, is played by …": the name before the apposition that
    /// ends right before verb `i` (and its auxiliaries).
    func name(beforeAppositionEndingBeforeVerb i: Int) -> Name? {
        var close = i - 1
        while Self.passiveAuxiliaries.contains(word(close)) { close -= 1 }
        guard word(close) == ",", let open = Range(close - 9, upTo: close).last(where: { word($0) == "," }) else { return nil }
        return name(endingAt: open)
    }
    /// The words that open a relative clause after a name: "Jon Favreau, who …".
    static let relativeClauseOpeners: WordSet = ["who", "which", "whose"]
    /// What may stand between a subject and its passive verb: "is", "will be", "has also been".
    static let passiveAuxiliaries: WordSet = ["is", "was", "will", "be", "being", "been", "has", "had", "have", "now", "also"]

    /// The comma that opens ", a/an/the … ," closed by the comma at `close` (at most eight words),
    /// which describes the name before it: "Tara Quinn, a friend of Owen Pike, …".
    func appositionStart(endingAt close: Int) -> Int? {
        guard let open = (max(0, close - 9)..<close).last(where: { words[$0] == "," }),
              ["a", "an", "the"].contains(word(open + 1)), open >= 1 else { return nil }
        return open
    }

    /// The tokens of the parenthesis that holds token `i`, brackets included.
    func parenthesis(around i: Int) -> ClosedRange<Int>? {
        guard let open = words[..<min(i, words.count)].lastIndex(of: "("), !words[open..<i].contains(")") else { return nil }
        let close = words[i...].firstIndex(of: ")") ?? words.count - 1
        return open...close
    }

    /// The relative clause or apposition that holds token `i`, from its opening comma to its closing one
    /// (or the sentence's end): ", who directed The Batman,", ", a writer on HBO's Succession,". It says
    /// something of the name before it, so a work named in it is not the work of what the sentence says
    /// outside it ("Lauren LeFranc is the showrunner, with Matt Reeves, who directed The Batman, producing").
    func sideClause(around i: Int) -> Range<Int>? {
        // (Words compared with `is`: this runs for every work a rule weighs.)
        var open = i - 1
        while open > 0, i - open <= 16, !words[open].is(",") {
            if words[open].is(".") || words[open].is(";") || words[open].is("(") || words[open].is(")") { return nil }
            open -= 1
        }
        guard open > 0, words[open].is(",") else { return nil }
        let opener = word(open + 1)
        let relative = opener.is("who") || opener.is("which") || opener.is("whose")
        // An apposition describes the name right before it: "Francesca Gardiner, a writer and …".
        guard relative || (opener.is("a") || opener.is("an")) && name(endingAtCommaBefore: open) != nil else { return nil }
        var close = i + 1
        while close < words.count, !words[close].is(","), !words[close].is(";") { close += 1 }
        return open..<close
    }

    /// Whether name `n` stands in a side clause that does not hold token `i`: what is said at `i` is not said of it.
    func isAside(_ n: Name, from i: Int) -> Bool {
        sideClause(around: n.start).map { !$0.contains(i) } ?? false
    }

    /// The names of a list that ends right before token `end`: "A, B and C joined" → A, B, C.
    func list(endingBefore end: Int, types: Set<EntityType>, slack: WordSet = .empty) -> [Name] {
        var i = end
        while i > 0, slack.contains(words[i - 1]) { i -= 1 }
        var out: [Name] = []
        // "…, Jeri Hogarth and Malcolm (Jessica Jones' neighbor) have joined": read past a closing parenthesis.
        func skipParenthesis() {
            if word(i - 1) == ")", let open = words[max(0, i - 12)..<i].lastIndex(of: "("), name(endingAt: open) != nil { i = open }
        }
        skipParenthesis()
        while let n = name(endingAt: i), types.contains(n.type) {
            out.append(n)
            i = n.start
            // "Luke and Rosario Dawson's Claire Temple": the actor's possessive belongs to the name.
            if word(i - 1) == "'s", let owner = name(endingAt: i - 1), owner.type == .person { i = owner.start }
            if word(i - 1) == "," && word(i - 2) == "and" { i -= 2 }
            else if word(i - 1) == "," || word(i - 1) == "and" || word(i - 1) == "&" || word(i - 1) == "or" { i -= 1 }
            else if word(i - 1) == "well" && word(i - 2) == "as" && word(i - 3) == "as" { i -= 3 }
            else { break }
            if word(i - 1) == "," { i -= 1 }
            skipParenthesis()
        }
        return out
    }

    /// The names of a list that starts at token `start`: "… joined by A, B and C".
    func list(startingAt start: Int, types: Set<EntityType>, slack: WordSet = .empty) -> [Name] {
        var i = start
        while i < words.count, slack.contains(words[i]) { i += 1 }
        var out: [Name] = []
        var closed = false
        while true {
            // "Finn Jones' Danny Rand and Jessica Henwick's Colleen Wing": skip the actors' possessives.
            if let owner = name(startingAt: i), owner.type == .person, !types.contains(.person), word(owner.end) == "'s" { i = owner.end + 1 }
            guard let n = name(startingAt: i), types.contains(n.type) else { break }
            out.append(n)
            i = n.end
            // Skip a parenthesis after a name: "Luke Cage (Mike Colter), Jessica Jones (…)".
            if word(i) == "(", let close = words[i...].firstIndex(of: ")") { i = close + 1 }
            // …and an actor's role: "stars Tara Quinn as Mira Kess and Owen Pike as Rick Dalton".
            if n.type == .person, word(i) == "as", let role = name(startingAt: i + 1), role.type == .character { i = role.end }
            // ("as Ray and Winston, Bill Murray makes …": the member after "and" was the last.)
            if closed { break }
            if word(i) == "," && word(i + 1) == "and" { i += 2; closed = true }
            else if word(i) == "and" || word(i) == "&" { i += 1; closed = true }
            else if word(i) == "," { i += 1 }
            else { break }
            // "A, B and the most recent addition, C": an aside before the last member.
            if name(startingAt: i) == nil, let skip = Self.asideLength(words, at: i), name(startingAt: i + skip) != nil, !(i..<(i + skip)).contains(where: { name(startingAt: $0) != nil }) { i += skip }
            if word(i) == "the" && name(startingAt: i) == nil { i += 1 }
            // "Friedrich Harding and his wife Anna": a relative named after the relation.
            if isOneOf(i, FactRules.personalOwners), let relation = (i + 1...i + 2).first(where: { Lexicon.shared.relationshipWords[word($0)] != nil }),
               name(startingAt: relation + 1) != nil, !(i + 1..<relation).contains(where: { name(startingAt: $0) != nil }) { i = relation + 1 }
            // "Lena Ortiz, Mae Holt and newcomer Ada Rey".
            if isOneOf(i, Self.memberNouns), name(startingAt: i) == nil { i += 1 }
        }
        return out
    }
    static let memberNouns: WordSet = ["newcomer", "newcomers", "actor", "actress", "veteran", "star", "comedian", "singer", "rapper", "model"]

    static let asideDeterminers: WordSet = ["the", "a", "an", "its", "their", "our", "his", "her"]
    static let asideStops: WordSet = ["is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "who", "which", "that", "and", "or", "but", "in", "on", "at", "to", "from", "with", "by", "of"]

    /// "the most recent addition, ", "a newcomer, ": a determiner, at most four plain words and a comma
    /// (no verb or preposition between) before a list's next member; the number of words to skip.
    static func asideLength(_ words: [String], at i: Int) -> Int? {
        guard i < words.count, asideDeterminers.contains(words[i]) else { return nil }
        var k = i + 1
        while k < words.count, k - i <= 5, words[k] != "," {
            if asideStops.contains(words[k]) || !words[k].first!.isLetter { return nil }
            k += 1
        }
        guard k < words.count, words[k] == ",", k - i >= 2 else { return nil }
        return k + 1 - i
    }
}

/// A fact found by a rule, before modality and scope are read.
struct Candidate {
    var s: Int
    var p: FactPredicate
    /// The object entity, or nil for a literal in `literal`.
    var o: Int?
    var literal: String?
    var q: [String: String] = [:]
    /// The token that triggered the rule: modality is read around it.
    var trigger: Int
    /// A second place whose hedge also governs the fact: the date of a release ("due next year, hopefully in the summer").
    var alsoGoverned: Int? = nil
    /// Dropped when the article casts its object: "Ari Aster's Eddington" names its director, "Tom Cruise's Top Gun"
    /// its star, said the same way.
    var unlessCast = false
}

extension Range where Bound == Int {
    /// `lower..<upper`, or an empty range where a window cut at the end of a sentence starts past it:
    /// `(b + 2..<min(t.count, b + 6))` traps when the name ends the sentence.
    init(_ lower: Int, upTo upper: Int) { self = lower..<Swift.max(lower, upper) }
}
