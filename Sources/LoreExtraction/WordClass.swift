/// Families of words the rules look for. Each word of a sentence is looked up once, when the
/// sentence is read; after that a rule tests bits instead of hashing strings (hashing a word
/// costs more than all the rest of a rule's test).
struct WordClass: OptionSet, Sendable {
    let rawValue: UInt64

    static let castVerb = WordClass(rawValue: 1 << 0)
    static let listIntroducer = WordClass(rawValue: 1 << 1)
    static let setWord = WordClass(rawValue: 1 << 2)
    static let filmingWord = WordClass(rawValue: 1 << 3)
    static let spinoffWord = WordClass(rawValue: 1 << 4)
    static let releaseVerb = WordClass(rawValue: 1 << 5)
    static let delayVerb = WordClass(rawValue: 1 << 6)
    static let playTrigger = WordClass(rawValue: 1 << 7)
    /// The first word of an appearance phrase ("joined the cast", "star in").
    static let appearanceStart = WordClass(rawValue: 1 << 8)
    static let crewStart = WordClass(rawValue: 1 << 9)
    static let relationshipStart = WordClass(rawValue: 1 << 10)
    static let rumorStart = WordClass(rawValue: 1 << 11)
    static let hedgeStart = WordClass(rawValue: 1 << 12)
    static let negationStart = WordClass(rawValue: 1 << 13)
    static let comicsStart = WordClass(rawValue: 1 << 14)
    static let season = WordClass(rawValue: 1 << 15)
    static let episode = WordClass(rawValue: 1 << 16)
    static let platformVerb = WordClass(rawValue: 1 << 17)
    static let villainWord = WordClass(rawValue: 1 << 18)
    static let aliasWord = WordClass(rawValue: 1 << 19)
    static let followWord = WordClass(rawValue: 1 << 20)
    static let creditWord = WordClass(rawValue: 1 << 21)
    static let workPronoun = WordClass(rawValue: 1 << 22)
    static let verbChain = WordClass(rawValue: 1 << 23)
    static let titular = WordClass(rawValue: 1 << 24)
    /// A word that opens a new clause: modality is read within the trigger's clause.
    static let clauseBreak = WordClass(rawValue: 1 << 25)
    static let officialStart = WordClass(rawValue: 1 << 26)
    /// "whether": an open question.
    static let question = WordClass(rawValue: 1 << 27)
    /// Words some rules scan every sentence for: a bit test finds them, where a scan hashed each word.
    static let inOrFrom = WordClass(rawValue: 1 << 28)
    static let castingNoun = WordClass(rawValue: 1 << 29)
    static let ownRoleNoun = WordClass(rawValue: 1 << 30)
    /// "story", "screenplay", "score": a credit whose authors follow "by".
    static let credit = WordClass(rawValue: 1 << 31)
    /// "streaming", "streamer", "network": the nouns of "the streaming service", "the network".
    static let platformNoun = WordClass(rawValue: 1 << 32)
    /// "battles", "falls for": the first words of the relationship verbs.
    static let relationVerbStart = WordClass(rawValue: 1 << 33)
    /// "adds", "found", "went", "see": a work taking on an actor ("W adds X", "W has found its C in X"),
    /// a role going to one ("the role of C went to X"), a character to be seen ("we will see C in W").
    static let castingCue = WordClass(rawValue: 1 << 34)
    /// "reports", "learned": the verb of an outlet's report that closes a sentence ("…, Deadline reports").
    static let closingReport = WordClass(rawValue: 1 << 35)
    /// "is back", "returned", "turns up": a return that may name no work (by its last word).
    static let returnStart = WordClass(rawValue: 1 << 36)
    /// "is", "was": the copula of "X is Y" in a cast list.
    static let copula = WordClass(rawValue: 1 << 37)
    /// "cast", "ensemble": nouns a cast is named by.
    static let castNoun = WordClass(rawValue: 1 << 38)

    /// The classes of verbs, which a word inside a name never is.
    static let verbs: WordClass = [.castVerb, .releaseVerb, .delayVerb, .platformVerb, .filmingWord, .followWord, .relationVerbStart, .castingCue]

    /// The classes of every word the rules know.
    static let table: WordTable<WordClass> = {
        let lexicon = Lexicon.shared
        var table = WordTable<WordClass>([])
        func add<S: Sequence>(_ words: S, _ c: WordClass) where S.Element == String {
            for w in words { table[w] = (table[w] ?? []).union(c) }
        }
        add(FactRules.castVerbs, .castVerb)
        add(FactRules.listIntroducers, .listIntroducer)
        add(FactRules.setWords, .setWord)
        add(FactRules.filmingWords, .filmingWord)
        add(["crew"], .filmingWord)
        add(FactRules.spinoffWords, .spinoffWord)
        add(lexicon.releaseVerbs, .releaseVerb)
        add(FactRules.delayVerbs, .delayVerb)
        add(EntityResolver.playVerbs.union(FactRules.roleWinVerbs).union(["as", "(", "'s", "voice", "whose"]), .playTrigger)
        add(FactRules.appearancePhrases.map { $0[0] }, .appearanceStart)
        add(FactRules.bareReturnWords, .returnStart)
        add(EntityResolver.copulas, .copula)
        add(FactRules.castNouns, .castNoun)
        add(lexicon.crewFirstWords, .crewStart)
        add(lexicon.relationshipFirstWords.union(["married", "dating", "together", "thing", "romance", "love"]), .relationshipStart)
        add(lexicon.rumors.map { $0[0] }, .rumorStart)
        add(lexicon.hedges.map { $0[0] }, .hedgeStart)
        add(lexicon.negations.map { $0[0] }, .negationStart)
        add(lexicon.comicsCues.map { $0[0] }, .comicsStart)
        add(lexicon.officialPhrases.map { $0[0] }, .officialStart)
        add(["season", "seasons"], .season)
        add(["episodes", "episode", "hour-long"], .episode)
        add(lexicon.platformVerbs, .platformVerb)
        add(["villain", "villains", "antagonist", "antagonists", "big"], .villainWord)
        add(["aka", "a.k.a.", "known", "knows", "becomes", "became", "now", "named", "called", "transformation", "goes", "went", "ego", "/"], .aliasWord)
        add(["follows", "followed", "centers", "centered", "centred"], .followWord)
        add(["star", "alum", "actor", "actress", "veteran", "stars", "alums", "alumni", "veterans", "fame", "recognize", "recognise", "remember", "know", "who", "("], .creditWord)
        add(FactRules.workPronouns, .workPronoun)
        add(FactRules.verbChain, .verbChain)
        add(["titular", "eponymous"], .titular)
        add(["whether"], .question)
        add(FactRules.inOrFrom, .inOrFrom)
        add(FactRules.castingNouns, .castingNoun)
        add(FactRules.ownRoleNouns, .ownRoleNoun)
        add(FactRules.statedCredits, .credit)
        add(FactRules.platformNouns.map { $0[1] }, .platformNoun)
        add(lexicon.relationshipVerbsByLength.map { $0.phrase[0] }, .relationVerbStart)
        add(FactRules.workCastVerbs.union(FactRules.foundVerbs).union(FactRules.goneWords).union(FactRules.bringVerbs).union(["see"]), .castingCue)
        add([";", ".", ":", "—", "–", ",", "but", "while", "though", "although", "which", "who", "(", "that"], .clauseBreak)
        add(Modality.closingReportVerbs, .closingReport)
        return table
    }()
}

/// A list of phrases a rule looks for, indexed by first word: a sentence finds the phrases
/// it may hold from the few words of the list's class it contains, in the list's order.
struct PhraseList: Sendable {
    let phrases: [[String]]
    let firstWords: WordClass
    /// The phrases of each first word (their indices in the list, and the phrases themselves, ready to return).
    private let byFirst: WordTable<(indices: [Int], phrases: [[String]])>

    init(_ phrases: [[String]], firstWords: WordClass) {
        self.phrases = phrases
        self.firstWords = firstWords
        var indices = WordTable<[Int]>([])
        for (k, p) in phrases.enumerated() { indices[p[0]] = (indices[p[0]] ?? []) + [k] }
        byFirst = WordTable(indices.allKeys.map { word in
            let ks = indices[word]!
            return (word, (indices: ks, phrases: ks.map { phrases[$0] }))
        })
    }

    /// The phrases whose first word is in the sentence, in the list's order (and none when the
    /// sentence holds no first word of the list).
    func candidates(in v: SentenceView) -> [[String]] {
        guard v.has(firstWords), let (first, others) = lists(in: v) else { return [] }
        if others.isEmpty { return first.phrases }
        return (first.indices + others.joined()).sorted().map { phrases[$0] }
    }

    /// The same phrases by their indices in the list: for a list kept beside the phrases' values.
    func candidateIndices(in v: SentenceView) -> [Int] {
        guard v.has(firstWords), let (first, others) = lists(in: v) else { return [] }
        if others.isEmpty { return first.indices }
        return (first.indices + others.joined()).sorted()
    }

    /// The phrase lists of each distinct first word; most sentences hold one, already in order,
    /// and get the list's own arrays: an array of the other lists is built only when there are some.
    private func lists(in v: SentenceView) -> (first: (indices: [Int], phrases: [[String]]), others: [[Int]])? {
        var first: (indices: [Int], phrases: [[String]])? = nil
        var others: [[Int]] = []
        for i in v.classes.indices where !v.classes[i].isDisjoint(with: firstWords) {
            guard let list = v.lookUp(i, in: byFirst) else { continue }
            guard let known = first else { first = list; continue }
            if list.indices[0] != known.indices[0], !others.contains(where: { $0[0] == list.indices[0] }) { others.append(list.indices) }
        }
        return first.map { ($0, others) }
    }
}
