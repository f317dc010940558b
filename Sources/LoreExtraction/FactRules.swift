import LoreLanguage

/// The rules that read facts off a sentence, one function per predicate family.
/// Each rule captures a way of phrasing, not a sentence: lists, appositions and
/// possessives are handled by `SentenceView`.
struct FactRules {
    let lexicon = Lexicon.shared
    /// The work most of the article (or of its current section) is about: the default for "joined the cast", "showrunner X".
    var mainWork: Int?
    /// The work the whole article is about, whatever section is read: what its spinoffs spin off.
    let articleWork: Int?
    init(mainWork: Int?, mainPlatform: Int?) {
        self.mainWork = mainWork
        self.articleWork = mainWork
        self.mainPlatform = mainPlatform
    }
    /// The franchises the article names, by key: "Star Trek: Discovery" is part of the one its title starts with.
    var franchises: [String: Int] = [:]
    /// The article's works by key.
    var worksByKey: [String: Int] = [:]
    /// The article's characters by key: "the titular hero" of a work is the character named like it.
    var charactersByKey: [String: Int] = [:]

    func franchiseOfTitle(_ title: String) -> Int? {
        guard let colon = title.firstIndex(of: ":") else { return nil }
        return franchises[Lexicon.key(String(title[..<colon]))]
    }
    /// The article's publication date (`YYYY-MM-DD`).
    var published: String? = nil
    /// The platform the article names most: "the streaming service", "the streamer".
    var mainPlatform: Int? = nil
    /// The article is about set photos: its sightings are on set.
    var setPhotoArticle = false
    /// The names of the article's entities, by index.
    var entityNames: [String] = []
    /// The article's platforms.
    var platformEntities: [Int] = []
    /// Who plays each character, as the text has said so far: a character's given name seldom tells
    /// "his" from "her" ("Gomez"), its actor's often does.
    var performers: [Int: Int] = [:]

    static let people: Set<EntityType> = [.person]
    static let castVerbs: WordSet = ["stars", "starring", "features", "featuring", "co-stars", "starred", "featured", "staring", "co-starring"]
    static let setWords: WordSet = ["set", "spotted", "filming"]
    static let listIntroducers: WordSet = ["follows", "includes", "include", "including", "sees", "see", "starring", "stars", "featuring", "features", "–", "—", ":"]
    static let filmingWords: WordSet = ["shooting", "filming", "production", "shoot", "shoots", "lensing", "lensed", "filmed", "shot", "location", "rolling", "rolled", "roll", "wrap", "wraps", "wrapped"]
    static let spinoffWords: WordSet = ["spinoff", "spin-off", "prequel", "sequel", "spinoffs", "continuation", "revival", "spun", "follow-up", "followup"]
    static let cast: Set<EntityType> = [.person, .character]
    static let works: Set<EntityType> = [.work]
    static let characters: Set<EntityType> = [.character]
    static let places: Set<EntityType> = [.place]
    static let filmingPrepositions: WordSet = ["in", "around", "across", "at"]
    static let listSlack: WordSet = ["will", "also", "both", "all", "has", "have", "had", "is", "are", "was", "were", "set", "to", "be", "been", "would", "now", "officially", "reportedly", "finally", "just", "each", "who", "and", "previously", "recently", "once", "most", "already", "not", "never",
                                       "does", "did", "won't", "wouldn't", "doesn't", "don't", "didn't", "isn't", "aren't", "wasn't", "weren't"]
    /// "A and B are expected to return", "C is in talks to return as D": the words between a cast and its verb.
    static let castSlack = listSlack.union(["expected", "likely", "poised", "tipped", "said", "rumored", "rumoured", "slated", "in", "talks", "negotiations", "early", "final", "advanced"])
    static let crewListSlack: WordSet = [",", "are", "is", "were", "was", "include", "includes", "including", ":", "alongside", "duo", "team", "pair"]
    static let crewSubjectSlack: WordSet = ["will", "is", "was", "as", "'s", "who", "also"]
    static let releaseSubjectSlack: WordSet = [",", "which", "that", "who"]
    static let coupleSlack: WordSet = ["are", "were", "is", "have", "has", "had", "a", "got", "get", "kind", "of", "been", "also", "still", "getting", "be", "will", "to", "back", "sort", "seem", "seems", "finally"]
    static let ordinals: [String: Int] = ["first": 1, "second": 2, "sophomore": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5, "6th": 6]
    static let numbers: [String: Int] = ["one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18, "twenty": 20, "twenty-two": 22, "twenty-four": 24]

    mutating func facts(in v: SentenceView) -> [Candidate] {
        // Appended rule by rule (most find nothing in most sentences): an array of the thirteen
        // results cost an allocation per sentence. An empty result is not appended: appending even
        // nothing to the shared empty array makes a new buffer.
        var out = plays(v)
        // Before the other rules: "B is back as Gomez, and C returns as her brother" may need Gomez's actor.
        for c in out where c.p == .plays { if let character = c.o { performers[character] = c.s } }
        func add(_ found: [Candidate]) { if !found.isEmpty { out += found } }
        add(appearsIn(v))
        add(platform(v))
        add(crew(v))
        add(release(v))
        add(relationship(v))
        add(renewal(v))
        add(episodes(v))
        add(filming(v))
        add(partOf(v))
        add(spinoff(v))
        add(villain(v))
        add(alias(v))
        return out
    }

    /// The work a sentence is about: a work named in it (the one nearest `near`), else the article's.
    func work(_ v: SentenceView, near i: Int, fallback: Bool = true, role: SentenceView.Name? = nil) -> Int? {
        // "The Breaking Bad alum returns in season 2": a credit names the actor's past, not the sentence's work.
        // ("returns as Lois Lane, the Daily Planet's reporter": nor is a name inside the role's own apposition.)
        // (Nor is a work named in a clause about someone else: "X, who directed The Batman, is the showrunner".)
        let works = v.names.filter { w in w.type == .work && !isCredit(w, v) && !(role.map { isInApposition(w, of: $0, v) } ?? false) && !v.isAside(w, from: i) }
        // "The show itself was shot in Los Angeles, on the same volume they used for The Mandalorian": a sentence
        // whose subject is "the show" speaks of the article's work, not of one named after the verb.
        let saidOfTheWork = fallback && mainWork != nil && v.word(0) == "the" && v.isOneOf(1, Self.anaphoricWorkNouns) && works.allSatisfy { $0.start > i }
        if !saidOfTheWork, let w = works.min(by: { abs($0.start - i) < abs($1.start - i) }) { return w.entity }
        guard fallback else { return nil }
        // "That series is in production": the work the text was just speaking of.
        // ("The series" most often means the article's own work; "that series" the one just named.)
        let demonstrative = v.words.indices.contains { k in v.isOneOf(k, Self.demonstratives) && v.isOneOf(k + 1, Self.mediumNouns) }
        return demonstrative ? v.previousWork ?? mainWork : mainWork
    }

    /// The works coordinated with `w`: "in W1 and in the W2 mini-series", "W1, W2 and W3".
    func coordinatedWorks(_ v: SentenceView, after w: SentenceView.Name) -> [SentenceView.Name] {
        var out: [SentenceView.Name] = []
        var j = w.end
        while true {
            while ["series", "show", "film", "movie", "mini-series", "miniseries", "spinoff"].contains(v.word(j)) { j += 1 }
            guard v.word(j) == "and" || v.word(j) == "," else { break }
            j += 1
            if v.word(j) == "and" { j += 1 }
            if ["in", "on"].contains(v.word(j)) { j += 1 }
            guard let next = work(v, startingAt: j) else { break }
            out.append(next)
            j = next.end
        }
        return out
    }

    /// "The Breaking Bad alum", "Alien's Sigourney Weaver", "Tom Reyes (Iron Coast)": a work named as an actor's past credit.
    func isCredit(_ w: SentenceView.Name, _ v: SentenceView) -> Bool {
        // ("Iron Harbor stars …" is the work's verb, not a credit.)
        v.isOneOf(w.end, Self.creditNouns) || v.isOneOf(w.end, Self.pluralCreditNouns) && v.word(w.end) != "stars"
            || v.word(w.end) == "'s" && v.name(startingAt: w.end + 1)?.type == .person
            // "Tom Reyes (Iron Coast) joins the cast", "Xolo Maridueña (Blue Beetle, Cobra Kai) joins the cast".
            || isInCreditBrackets(w, v)
            || comesBackFrom(w, v)
    }

    /// "Tom Reyes (Iron Coast)", "Xolo Maridueña (Blue Beetle, Cobra Kai)": the works listed in brackets right after a person.
    func creditBracketWorks(after person: SentenceView.Name, _ v: SentenceView) -> [SentenceView.Name] {
        guard v.word(person.end) == "(", let first = work(v, startingAt: person.end + 1) else { return [] }
        return [first] + coordinatedWorks(v, after: first)
    }

    /// Whether `w` is one of a person's credits in brackets that hold only works.
    func isInCreditBrackets(_ w: SentenceView.Name, _ v: SentenceView) -> Bool {
        guard let open = (max(0, w.start - 12)..<w.start).last(where: { v.words[$0] == "(" }),
              let person = v.name(endingAt: open), person.type == .person else { return false }
        let works = creditBracketWorks(after: person, v)
        return works.contains { $0.start == w.start } && v.word(works[works.count - 1].end) == ")"
    }

    /// "Jett Reno is back from Discovery": the work a role comes back from, not the one it comes back to.
    func comesBackFrom(_ w: SentenceView.Name, _ v: SentenceView) -> Bool {
        v.word(w.start - 1) == "from" && v.word(w.start - 2) == "back"
    }

    /// The work named from token `j` on, past "the", quotes and an owner's possessive:
    /// "Marvel's Jessica Jones", "Tim Burton's Big Eyes", "2005's Revenge of the Sith".
    func work(_ v: SentenceView, startingAt j: Int) -> SentenceView.Name? {
        var j = j
        // "returning for the upcoming Obi-Wan Kenobi series".
        while v.name(startingAt: j) == nil, ["the", "upcoming", "new", "forthcoming", "latest", "“", "\"", "‘", "'"].contains(v.word(j)) { j += 1 }
        if let owner = v.name(startingAt: j), owner.type != .work, v.word(owner.end) == "'s" { j = owner.end + 1 }
        else if v.word(j + 1) == "'s", v.sentence.tokens.indices.contains(j), v.sentence.tokens[j].kind == .number { j += 2 }
        while v.name(startingAt: j) == nil, ["“", "\"", "‘", "'"].contains(v.word(j)) { j += 1 }
        j = afterWorkDescription(v, from: j)
        guard let w = v.name(startingAt: j), w.type == .work else { return nil }
        return w
    }

    /// The person named before ", the …" that ends at token `i` (past an article and up to two lower-case words):
    /// "Bill Hader, the star …", "Mara Voss, former star …".
    func personBeforeApposition(_ v: SentenceView, endingAt i: Int) -> Int? {
        var k = i - 1
        // (A name made an adjective, "Emmy-winning", is one of the words.)
        while k > 0, i - k <= 2, v.sentence.tokens[k].isWord, !v.sentence.tokens[k].isCapitalized || v.words[k].contains("-"), !v.isOneOf(k, Self.articles) { k -= 1 }
        if v.isOneOf(k, Self.articles) { k -= 1 }
        guard v.word(k) == ",", let s = v.name(endingAt: k), s.type == .person else { return nil }
        return s.entity
    }

    /// The "(" that opens a bracket of companies going on to token `i`, if one does: "(BBC One and HBO".
    func bracketOfCompanies(_ v: SentenceView, before i: Int) -> Int? {
        var k = i
        while k > 0 {
            if v.words[k - 1] == "(" { return k - 1 }
            if v.words[k - 1] == "and" || v.words[k - 1] == "," { k -= 1; continue }
            guard let company = v.name(endingAt: k), company.type == .organization else { return nil }
            k = company.start
        }
        return nil
    }

    /// "the Hulu drama Paradise", "the spy thriller Black Bag", "Apple's new comedy series Stick": where the title
    /// starts after its platform and a few lower-case words that end in a kind of work (`j` itself when none do).
    func afterWorkDescription(_ v: SentenceView, from j: Int) -> Int {
        guard v.name(startingAt: j)?.type != .work else { return j }
        var k = j
        if let platform = v.name(startingAt: k), platform.type == .organization { k = platform.end }
        guard let end = afterKindOfWork(v, from: k) else { return j }
        return v.name(startingAt: end)?.type == .work ? end : j
    }

    /// Past up to three lower-case words from `j` that end in a kind of work ("spy thriller", "new comedy series"), if they do.
    func afterKindOfWork(_ v: SentenceView, from j: Int) -> Int? {
        var k = j
        while k < min(v.words.count, j + 3), v.name(startingAt: k) == nil, v.sentence.tokens[k].isWord, !v.sentence.tokens[k].isCapitalized,
              !v.isOneOf(k, EntityResolver.workNouns) && !v.isOneOf(k, EntityResolver.genreBefore) { k += 1 }
        guard v.isOneOf(k, EntityResolver.workNouns) || v.isOneOf(k, EntityResolver.genreBefore) else { return nil }
        k += 1
        if v.isOneOf(k, EntityResolver.workNouns) { k += 1 }  // "comedy series"
        return k
    }

    /// Whether the words from `j` to the end of the phrase are a kind of work: "workplace thriller,", "new comedy series."
    func isKindOfWork(_ v: SentenceView, from j: Int) -> Bool {
        guard let end = afterKindOfWork(v, from: j) else { return false }
        return end == v.words.count || v.sentence.tokens[end].kind == .punctuation
    }

    /// "his loyal subordinate, Tashigi", "their daughter, Princess Ynez": past a role's description in lower-case
    /// words and its comma to the role's name (`j` itself when no such description starts there).
    func afterRoleDescription(_ v: SentenceView, from j: Int) -> Int {
        guard v.name(startingAt: j) == nil else { return j }
        var k = j
        // ("her roommate and best friend": one relation and another.)
        while k < min(v.words.count, j + 5), v.name(startingAt: k) == nil, v.sentence.tokens[k].isWord, !v.sentence.tokens[k].isCapitalized,
              !v.isOneOf(k, Self.verbChain), !v.isOneOf(k, Self.descriptionStops) || coordinatedRelation(v, after: k) != nil { k += 1 }
        // "plays the fortune-teller Lilia Calderu": or the role's name right after (not "is the father of X", a relation).
        guard k > j, v.word(k) == "," || v.name(startingAt: afterHonorifics(v, from: k))?.type == .character && !v.words[j..<k].contains("of") else { return j }
        let name = afterHonorifics(v, from: v.word(k) == "," ? k + 1 : k)
        guard let role = v.name(startingAt: name), role.type == .character else { return j }
        return name
    }

    /// "LAPD detective Rick Sauer", "the KGB spy Elizabeth Jennings", "Chicago socialite Vera Holt": where the role's name starts
    /// after the agency, city or company its trade belongs to, or `j`.
    func afterAffiliatedTrade(_ v: SentenceView, from j: Int) -> Int {
        guard j < v.words.count, v.sentence.tokens[j].isCapitalized else { return j }
        var k = j + 1
        if let first = v.name(startingAt: j) {
            // (An acronym read as a name is an agency: "FBI agent".)
            guard first.type == .organization || first.type == .place || EntityResolver.isAcronym(first.mention.text) else { return j }
            k = first.end
        } else {
            while k < min(v.words.count, j + 3), v.name(startingAt: k) == nil, v.sentence.tokens[k].isWord, v.sentence.tokens[k].isCapitalized { k += 1 }
        }
        let role = afterTrade(v, from: k)
        guard role > k, v.name(startingAt: role)?.type == .character else { return j }
        return role
    }

    /// "Mira's younger sister Sofia Kess", "Luke's rebellious nephew, Jess Mariano": the name after a name's possessive and
    /// the words in lower case that say the relation, if one follows.
    func relative(of owner: SentenceView.Name, _ v: SentenceView) -> SentenceView.Name? {
        guard v.word(owner.end) == "'s" else { return nil }
        var k = owner.end + 1
        while k < owner.end + 5, v.word(k) == "," || k < v.words.count && v.sentence.tokens[k].isWord && !v.sentence.tokens[k].isCapitalized { k += 1 }
        return k > owner.end + 1 ? v.name(startingAt: k) : nil
    }

    /// "Home Secretary", "Lumon CEO": an office (and the word naming its department or company) before a name.
    func isOffice(_ v: SentenceView, at j: Int) -> Bool {
        guard j < v.words.count, v.sentence.tokens[j].isCapitalized else { return false }
        return MentionFinder.officeTitles.contains(v.words[j])
            || j + 1 < v.words.count && v.sentence.tokens[j + 1].isCapitalized && MentionFinder.officeTitles.contains(v.words[j + 1])
    }

    /// "Empress Natalya", "Dr. Kureha": past the titles the role's name leaves out.
    func afterHonorifics(_ v: SentenceView, from j: Int) -> Int {
        var k = j
        while k < j + 3, v.name(startingAt: k) == nil, lexicon.isHonorific(v.word(k)) || v.word(k) == "." && k > j { k += 1 }
        return v.name(startingAt: k) != nil ? k : j
    }
    /// Where a name starts after one or two lower-case words of a trade ("police commissioner Frank Reagan"), or `j`.
    func afterTrade(_ v: SentenceView, from j: Int) -> Int {
        var k = j
        while k < j + 2, k < v.words.count, v.name(startingAt: k) == nil, EntityResolver.isTradeWord(v.sentence.tokens[k], lexicon: lexicon),
              !Self.descriptionStops.contains(v.words[k]), !v.isOneOf(k, Self.verbChain) { k += 1 }
        return k > j && v.name(startingAt: k) != nil ? k : j
    }
    static let descriptionStops: WordSet = ["in", "on", "opposite", "alongside", "with", "for", "and", "or", "as", "at", "to", "from", "by", "but", "who", "which", "that"]
    static let castCopulaAdverbs: WordSet = ["again", "once", "more", "also", "still", "now", "back"]

    /// The work that "the new season", "the nine-episode series", "season 3" or "that show" after a verb
    /// stand for: the article's (that one just named, for a demonstrative), unless a word says it is another.
    func workSpokenOf(_ v: SentenceView, at j: Int) -> Int? {
        var k = j
        let determiner = v.word(k)
        // "he is not in it": the article's work, when "it" ends the clause.
        if determiner == "it", k + 1 == v.words.count || v.sentence.tokens[k + 1].kind == .punctuation { return mainWork }
        if determiner == "the" || determiner == "its" || v.isOneOf(k, Self.demonstratives) { k += 1 }
        else if determiner != "season" { return nil }
        let opened = k
        while k < v.words.count, k - opened < 3, !v.isOneOf(k, Self.spokenOfNouns), v.name(startingAt: k) == nil,
              v.sentence.tokens[k].isWord, !v.sentence.tokens[k].isCapitalized, !v.isOneOf(k, Self.otherWorkWords) { k += 1 }
        guard v.isOneOf(k, Self.spokenOfNouns), v.word(k + 1) != "'s", v.word(k + 1) != "of" else { return nil }
        // ("the first season" of it is its own; "the first film" is another.)
        if (opened..<k).contains(where: { v.words[$0] == "first" }), v.words[k] != "season", v.words[k] != "episode" { return nil }
        return v.isOneOf(j, Self.demonstratives) ? v.previousWork ?? mainWork : mainWork
    }

    /// "as Luffy, the would-be King of the Pirates, …": a name inside a role's own apposition, which is no work of it.
    /// (An apposition is a noun phrase, "the …", "a …", "Clark's …"; not ", joining X in W".)
    func isInApposition(_ name: SentenceView.Name, of role: SentenceView.Name, _ v: SentenceView) -> Bool {
        name.start > role.end + 1 && v.word(role.end) == ","
            && (v.isOneOf(role.end + 1, Self.appositionOpeners) || v.word(role.end + 2) == "'s" || v.word(role.end + 1) == "one" && v.word(role.end + 2) == "of")
            && !(role.end + 1..<name.start).contains { v.isOneOf($0, Self.appositionEnds) }
    }
    static let articles: WordSet = ["the", "a", "an"]
    /// "as Lois Lane, the Daily Planet's reporter", "as Tyson, his half-brother from Camp Half-Blood".
    static let appositionOpeners = articles.union(personalOwners)
    static let appositionEnds: WordSet = [",", ".", ";", "—", "–", "(", ")"]

    /// The season a sentence ties to a work: "season 2 of W", "W season 2", "W's second season", "the second season of W".
    func season(of w: SentenceView.Name, _ v: SentenceView) -> String? {
        for i in max(0, w.start - 6)..<min(v.words.count, w.end + 4) where v.words[i] == "season" {
            let n = Self.number(v.word(i + 1)) ?? Self.ordinals[v.word(i - 1)]
            guard let n else { continue }
            // Between the season words and the work: only "of", "the", "'s", the number.
            let between = i < w.start ? (i + 1)..<w.start : w.end..<i
            if between.allSatisfy({ ["of", "the", "'s", "in"].contains(v.words[$0]) || Self.number(v.words[$0]) != nil }) { return String(n) }
        }
        return nil
    }

    /// The role a cast phrase names: "returns as C", "reprises his role as C".
    func roleNamed(_ v: SentenceView, after j: Int, phrase: [String]) -> SentenceView.Name? {
        phrase.last == "as" ? v.name(startingAt: j) : v.word(j) == "as" ? v.name(startingAt: j + 1) : nil
    }

    /// The cast a verb at `i` is said of: "A and B join the cast", and past what is said of the one name
    /// between it and the verb: "Mara Voss, who starred in Iron Coast, joins the cast", "Mara Voss (Iron Coast)
    /// is back", "Carla Mendes, a veteran of Iron Coast, returns".
    func castSubjects(_ v: SentenceView, before i: Int) -> [SentenceView.Name] {
        let listed = v.list(endingBefore: i, types: Self.cast, slack: Self.castSlack)
        guard listed.isEmpty else { return listed }
        var k = i
        while k > 0, Self.castSlack.contains(v.word(k - 1)) { k -= 1 }
        let named = v.word(k - 1) == ")" ? (max(0, k - 10)..<(k - 1)).last { v.words[$0] == "(" }.flatMap { v.name(endingAt: $0) }
            : v.name(beforeRelativeClauseEndingAt: k) ?? v.name(beforeAppositionEndingBeforeVerb: i)
        return named.map { Self.cast.contains($0.type) ? [$0] : [] } ?? []
    }

    /// Whose relative "his" or "her" at `pronoun` names (the relation word at `relation`, the relative `other`): the
    /// character this sentence named last, unless the given name says otherwise, else the last one named whose given
    /// name fits, when one does.
    func owner(ofPronoun pronoun: Int, relation i: Int, other: Int?, _ v: SentenceView) -> Int? {
        let female = v.word(pronoun) == "her"
        // (Not a relative named so already: "plays her grandmother, Chula, and … her grandfather, Skully" are both hers.)
        // ("as her mother Muneeba, … as her father Yusuf": nor one named right after "her" and a relation.)
        // ("MJ (Zendaya), the love of his life, and his best friend Ned": nor one the sentence gave a relation of its own.)
        func apposedRelative(_ n: SentenceView.Name) -> Bool {
            var k = n.start - 1
            while k > 0, lexicon.isHonorific(v.word(k)) { k -= 1 }
            if v.word(k) == "," { return lexicon.relationshipWords[v.word(k - 1)] != nil }
            if v.word(n.end) == ",", v.word(n.end + 1) == "the", v.word(n.end + 2) == "love", v.word(n.end + 3) == "of" { return true }
            if v.word(n.end) == "(", let close = (n.end..<min(v.words.count, n.end + 8)).first(where: { v.words[$0] == ")" }),
               v.word(close + 1) == ",", v.word(close + 2) == "the", v.word(close + 3) == "love" { return true }
            guard lexicon.relationshipWords[v.word(k)] != nil else { return false }
            return (max(0, k - 3)..<k).contains { v.isOneOf($0, Self.personalOwners) }
        }
        let inSentence = v.names.filter { $0.end <= pronoun && $0.type == .character && $0.entity != other && !apposedRelative($0) }.map(\.entity)
        let earlier = v.recentCharacters + inSentence
        // (Across sentences, the previous sentence's first character, its subject most often, before the last one named.)
        let subject = v.previousCharacter.flatMap { $0 != other && (isFemale($0) ?? female) == female ? $0 : nil }
        // (A character known to fit before one whose name does not say: "A is back as Gemma, who built M3GAN, and
        // B as her niece".)
        let fitting = inSentence.last { isFemale($0) == female } ?? inSentence.last { isFemale($0) == nil } ?? subject ?? earlier.last { $0 != other && isFemale($0) == female }
        return fitting ?? v.names.last(where: { $0.end <= i - 1 && $0.type == .character && $0.entity != other })?.entity
            ?? v.recentCharacters.last { $0 != other && (isFemale($0) ?? female) == female } ?? v.previousCharacter
    }

    /// "You'll know her from Oppenheimer and Dune", "fans will remember Nico from Hulu's Runaways": where a viewer saw someone.
    func knownFrom(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        for i in v.positions(of: "from") {
            let seen: Int?
            if let n = v.name(endingAt: i), Self.cast.contains(n.type), v.isOneOf(n.start - 1, Self.knowVerbs) { seen = n.entity }
            else if v.word(i - 1) == "her" || v.word(i - 1) == "him", v.isOneOf(i - 2, Self.knowVerbs) { seen = person(forPronoun: v.word(i - 1), v, before: i) }
            else { continue }
            guard let seen else { continue }
            // (Past a platform's possessive: "from Hulu's Runaways".)
            var j = i + 1
            if let owner = v.name(startingAt: j), owner.type == .organization, v.word(owner.end) == "'s" { j = owner.end + 1 }
            for w in v.list(startingAt: j, types: Self.works) { out.append(Candidate(s: seen, p: .appearsIn, o: w.entity, trigger: i)) }
        }
        return out
    }
    /// "Sterling K. Brown, Paradise; Gary Oldman, Slow Horses": a list's pairs of a person and a title, each the
    /// person's work (see `MentionFinder.creditPairs`).
    func nomineePairs(_ v: SentenceView) -> [Candidate] {
        var semicolons = v.positions(of: ";")
        guard semicolons.next() != nil else { return [] }
        var out: [Candidate] = []
        for n in v.names where n.type == .person && (n.start == 0 || v.word(n.start - 1) == ";") && v.word(n.end) == "," {
            guard let w = v.name(startingAt: n.end + 1), w.type == .work,
                  w.end == v.words.count || v.word(w.end) == ";" || w.end == v.words.count - 1 && v.word(w.end) == "." else { continue }
            out.append(Candidate(s: n.entity, p: .appearsIn, o: w.entity, trigger: n.end))
        }
        // (One pair is no list: "…; SAM HILL, JANE ROWE AND TOM LANE RETURN".)
        return out.count >= 2 ? out : []
    }
    static let knowVerbs: WordSet = ["know", "knows", "recognize", "recognise", "recognizes", "recognises", "remember", "remembers"]

    /// "Chris Evans has insisted he is not in the film", "Johansson has said that she will not appear": what someone
    /// says of themselves, the pronoun theirs. "Neither actor is expected to return": the last two people named.
    func selfReportedAppearances(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        // (Found by their precomputed hashes: a set looked up for every word of every sentence cost more.)
        for subject in Self.selfReportSubjects { for k in v.positions(of: subject) {
            var j = k + 1
            var subjects: [Int] = []
            if v.words[k] == "neither" {
                var people = v.recentPeople
                for n in v.names where n.type == .person && n.end <= k { people.removeAll { $0 == n.entity }; people.append(n.entity) }
                // ("Neither will appear in W": the pronoun alone, its verb next.)
                let alone = v.isOneOf(k + 1, Self.verbsAfterNeither)
                guard alone || v.isOneOf(k + 1, Self.performerSingulars) || v.word(k + 1) == "of" && v.word(k + 2) == "them", people.count >= 2 else { continue }
                j = alone ? k + 1 : v.word(k + 1) == "of" ? k + 3 : k + 2
                subjects = Array(people.suffix(2))
            } else {
                let said = v.word(k - 1) == "that" ? k - 2 : k - 1
                guard Self.selfReportVerbs.contains(v.word(said)), let p = person(forPronoun: v.words[k], v, before: k),
                      v.names.contains(where: { $0.entity == p && $0.end <= said }) else { continue }
                subjects = [p]
            }
            while Self.absenceAuxiliaries.contains(v.word(j)) { j += 1 }
            // ("will not appear in W", "returns in W".)
            if Self.bareAppearanceVerbs.contains(v.word(j)), v.word(j + 1) == "in" { j += 1 }
            let work: Int?
            if v.word(j) == "in" {
                work = self.work(v, startingAt: j + 1)?.entity ?? workSpokenOf(v, at: j + 1)
            } else if Self.bareAppearanceVerbs.contains(v.word(j)), j + 1 == v.words.count || v.isOneOf(j + 1, Self.afterBareReturn) {
                work = self.work(v, near: j)
            } else { continue }
            guard let work else { continue }
            for s in subjects { out.append(Candidate(s: s, p: .appearsIn, o: work, trigger: j)) }
        } }
        return out
    }
    static let selfReportSubjects = ["he", "she", "neither"]
    static let verbsAfterNeither: WordSet = ["will", "is", "appears", "returns"]
    static let selfReportVerbs: WordSet = ["said", "says", "insisted", "insists", "confirmed", "confirms", "admitted", "admits", "stressed", "maintained",
                                           "maintains", "claimed", "claims", "noted", "explained", "revealed", "promised", "joked"]
    static let absenceAuxiliaries: WordSet = ["is", "was", "will", "would", "be", "been", "not", "n't", "also", "never", "expected", "to", "set", "going",
                                              "won't", "isn't", "wasn't", "'s", "has", "have", "definitely", "absolutely", "likely"]
    static let bareAppearanceVerbs: WordSet = ["appear", "appears", "return", "returns", "back"]

    /// "President Coriolanus Snow, who will be played by …": the name before "who" and the auxiliaries of the verb at `i`.
    func roleBeforeRelativeClause(_ v: SentenceView, endingAt i: Int) -> SentenceView.Name? {
        var k = i
        while k > 0, SentenceView.passiveAuxiliaries.contains(v.word(k - 1)) { k -= 1 }
        guard v.word(k - 1) == "who", v.word(k - 2) == "," else { return nil }
        return v.name(endingAtCommaBefore: k - 2)
    }

    /// "A, B and C round out the adult cast", "a cast led by A and B": the actors of the sentence's or the article's work.
    func castRoundedOutOrLed(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        for i in v.positions(of: "out") where v.isOneOf(i - 1, Self.roundVerbs) && v.word(i + 1) == "the" {
            guard let noun = Range(i + 2, upTo: min(v.words.count, i + 5)).first(where: { v.isOneOf($0, Self.castNouns) }),
                  !(i + 2..<noun).contains(where: { v.name(startingAt: $0) != nil || v.words[$0] == "," }), v.word(noun + 1) != "of",
                  let w = work(v, near: i) else { continue }
            for s in castSubjects(v, before: i - 1) { out.append(Candidate(s: s.entity, p: .appearsIn, o: w, trigger: i)) }
        }
        // (The cast of the work named before the noun, else the article's: a work in an aside is another's.)
        for i in v.positions(of: "led") where v.isOneOf(i - 1, Self.castNouns) && v.word(i + 1) == "by" {
            guard let w = v.name(endingAt: i - 1).flatMap({ $0.type == .work ? $0.entity : nil }) ?? mainWork else { continue }
            var cast = v.list(startingAt: i + 2, types: Self.people)
            // (And whoever joins it: "Isaacs joins a cast led by Sophie Turner".)
            if v.word(i - 2) == "a" || v.word(i - 2) == "the", EntityResolver.joinVerbs.contains(v.word(i - 3)) { cast += castSubjects(v, before: i - 3) }
            for s in cast { out.append(Candidate(s: s.entity, p: .appearsIn, o: w, trigger: i)) }
        }
        return out
    }

    /// "New to the cast are A, B and C", "Rounding out the ensemble is D", "Also returning are E and F", "Joining
    /// them will be G": a lead-in about the cast, the verb "be", then the cast it announces, in the sentence's work or the article's.
    func castAfterLeadIn(_ v: SentenceView) -> [Candidate] {
        // (The verb comes early, after ordinary words: a name there would be the subject, "Lena Ortiz is back".)
        guard let be = (1..<min(v.words.count, 8)).first(where: { v.isOneOf($0, Self.leadInVerbs) }),
              (0..<be).contains(where: { v.isOneOf($0, Self.castLeadInWords) }),
              !(0..<be).contains(where: { k in v.words[k] == "," || v.name(startingAt: k).map { $0.type != .work && !v.isOneOf(k - 1, EntityResolver.joinVerbs) } ?? false })
        else { return [] }
        let start = v.word(be) == "will" && v.word(be + 1) == "be" ? be + 2 : be + 1
        let cast = v.list(startingAt: start, types: Self.cast, slack: Self.castListSlack)
        guard !cast.isEmpty, let w = work(v, near: be) else { return [] }
        return cast.map { Candidate(s: $0.entity, p: .appearsIn, o: w, trigger: be) }
    }
    static let leadInVerbs: WordSet = ["are", "is", "will", "were", "was"]
    static let castLeadInWords = castNouns.union(["return", "returning", "joining", "starring", "back", "board", "co-starring"])

    /// An appearance, with the season when the sentence ties one to the work.
    func appearance(_ s: Int, in w: SentenceView.Name, _ v: SentenceView, trigger: Int) -> Candidate {
        var c = Candidate(s: s, p: .appearsIn, o: w.entity, trigger: trigger)
        if let season = season(of: w, v) { c.q["season"] = season }
        return c
    }

    static func number(_ word: String) -> Int? {
        if let n = Int(word) { return n }
        return numbers[word]
    }

    // MARK: plays

    /// A bracket closes within ten words, with no other bracket or comma before it: ", aka Ant-Man)",
    /// ", Sam's old partner)".
    func closesAfterDescription(_ v: SentenceView, from start: Int) -> Bool {
        var k = start
        while k < min(v.words.count, start + 10) {
            if v.words[k] == ")" { return k > start }
            if v.words[k] == "(" || v.words[k] == "," { return false }
            k += 1
        }
        return false
    }

    func plays(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        func add(_ person: SentenceView.Name, _ character: SentenceView.Name, _ trigger: Int) {
            guard person.type == .person else { return }
            add(person: person.entity, character, trigger)
        }
        // Two lists of one length pair in order: "A and B, who play X and Y", "A and B in costume as X and Y".
        func addInOrder(_ people: [SentenceView.Name], _ characters: [SentenceView.Name], _ trigger: Int) -> Bool {
            guard people.count == characters.count else { return false }
            for (person, character) in zip(people, characters) { add(person, character, trigger) }
            return true
        }
        func add(person: Int, _ character: SentenceView.Name, _ trigger: Int) {
            guard character.type == .character else { return }
            var c = Candidate(s: person, p: .plays, o: character.entity, trigger: trigger)
            // The role is in the work the sentence names, else in the one the article is about;
            // the person and the character then appear in it.
            // A work in brackets is a credit: "Emma D'Arcy (Truth Seekers) as Rhaenyra".
            // (Nor one a role comes back from: "Jett Reno is back from Discovery".)
            let works = v.names.filter { $0.type == .work && v.word($0.start - 1) != "(" && !comesBackFrom($0, v) }
            // "The Punisher, an extreme anti-hero, in season 2 of W": the role's apposition comes first.
            var afterRole = character.end
            if v.word(afterRole) == ",", ["a", "an", "the"].contains(v.word(afterRole + 1)),
               let close = Range(afterRole + 2, upTo: min(v.words.count, afterRole + 8)).first(where: { v.words[$0] == "," }),
               !v.names.contains(where: { $0.start > afterRole && $0.start < close }) { afterRole = close + 1 }
            // "Shane in early seasons of The Walking Dead": a few lower-case words may come between.
            var tied = works.first { w in w.start > afterRole && w.start <= afterRole + 6
                && ["in", "on", "for", "from"].contains(v.word(afterRole))
                && (w.start <= afterRole + 4 || v.sentence.tokens[afterRole..<w.start].allSatisfy { $0.isWord && !$0.isCapitalized }) }
            // "in the Game of Thrones prequel series, House of the Dragon": the apposition is the work.
            if let t = tied, let apposed = works.first(where: { $0.start > t.end && $0.start <= t.end + 4 && v.word($0.start - 1) == "," }),
               v.words[t.end..<apposed.start].contains(where: { Self.spinoffWords.contains($0) || ["series", "film", "show"].contains($0) }) { tied = apposed }
            // "It stars A as X, B as Y", "The cast also includes …": the cast of the article's work.
            let castSentence = works.isEmpty && v.words.indices.contains { v.isOneOf($0, Self.castWords) }
            // The sentence's one work, if it is named near the role (not "… worn by Kirk in The Original Series" far away).
            // "played Captain Holt in that film, later …": the role is tied to another work, not named here.
            let elsewhere = ["in", "on"].contains(v.word(character.end)) && ["that", "this", "his", "her", "an", "a"].contains(v.word(character.end + 1)) && v.name(startingAt: character.end + 2) == nil
            let near = works.count == 1 && abs(works[0].start - character.end) <= 10 && !elsewhere && !isInApposition(works[0], of: character, v) ? works[0] : nil
            // "cast as Jessica Jones in the Netflix series of the same name".
            let sameName = Range(character.end, upTo: min(v.words.count, character.end + 8)).contains { v.word($0) == "same" && v.word($0 + 1) == "name" } ? worksByKey[character.mention.key] : nil
            // "two more additions to the W cast: A as X, and B as Y": every role of the sentence is in W.
            let castOf = works.first { v.word($0.end) == "cast" || v.word($0.end) == "'s" && v.word($0.end + 1) == "cast" }
            // A work named in the sentence also gives the appearances their season.
            let named = tied ?? castOf ?? (sameName == nil ? near : nil)
            if let w = named?.entity ?? sameName ?? (castSentence ? mainWork : nil) {
                c.q["work"] = String(w)
                for s in [person, character.entity] {
                    out.append(named.map { appearance(s, in: $0, v, trigger: trigger) } ?? Candidate(s: s, p: .appearsIn, o: w, trigger: trigger))
                }
            }
            out.append(c)
        }
        for i in v.positions(.playTrigger) {
            let w = v.words[i]
            switch w {
            case "as":
                // "Jon Bernthal has been cast as Frank Castle", "Colter showed his face as Luke Cage".
                // ("Nell Archer, also known as the Lamplighter" gives another name, not a role; "best known as" a role.)
                if v.word(i - 1) == "known", v.word(i - 2) == "also" || v.word(i - 2) == "otherwise" { continue }
                var j = i + 1
                // "as the titular hero X", "as monster hunter Geralt": up to three lower-case words describe the role.
                // ("as her roommate and best friend Emma", "as the season's big bad, Lady Vex": a relation of someone's may take more words.)
                let possessed = v.word(i + 2) == "'s" || v.word(i + 3) == "'s"
                let longest = v.isOneOf(i + 1, Self.personalOwners) || possessed ? 6 : 4
                while v.name(startingAt: j) == nil, j - i <= longest, v.word(j) == "." || lexicon.isHonorific(v.word(j)) || isOffice(v, at: j) || possessed && v.word(j) == "'s"
                        || j < v.words.count && v.sentence.tokens[j].isWord && !v.sentence.tokens[j].isCapitalized
                        && (!Self.verbChain.contains(v.word(j)) || longest > 4 && v.word(j) == "and" && j + 1 < v.words.count && !v.sentence.tokens[j + 1].isCapitalized) { j += 1 }
                j = afterAffiliatedTrade(v, from: j)
                var target = v.name(startingAt: j)
                // "as her ambitious advisor, Pharazôn": the description ends with a comma.
                if target == nil, j > i + 1, v.word(j) == ",", let role = v.name(startingAt: afterHonorifics(v, from: j + 1)), role.type == .character { target = role; j = role.start }
                // "starred Mike Colter as the titular hero": the character named like the work.
                if target == nil, v.words[(i + 1)..<min(j, v.words.count)].contains(where: { $0 == "titular" || $0 == "eponymous" }),
                   let w = v.names.last(where: { $0.type == .work && $0.end <= i })?.entity ?? mainWork,
                   let hero = charactersByKey[Lexicon.key(entityNames[w])] {
                    target = SentenceView.Name(standingFor: hero, type: .character, named: entityNames[w], at: j..<j)
                }
                // "as Mira's younger sister Sofia Kess": the role is the relative, not the one whose relative it is.
                if let owner = target, let relative = relative(of: owner, v), relative.type == .character { target = relative }
                guard let character = target, character.type == .character else { continue }
                // "announced as The Defenders villain": the name only says whose role it is.
                if Self.rolePositionNouns.contains(v.word(character.end)) { continue }
                // "photos show Ines Allen and Pamela Sato in costume as Wren Solace and Thane Moreau": the two lists pair in order.
                let characters = v.list(startingAt: j, types: Self.characters)
                if characters.count >= 2, let last = v.names.last(where: { $0.end <= i && $0.end >= i - 4 && $0.type == .person }),
                   !v.names.contains(where: { $0.start >= last.end && $0.end <= i }) {
                    let people = Array(v.list(endingBefore: last.end, types: Self.people).reversed())
                    if addInOrder(people, characters, i) { continue }
                    // "Aang, the last of the Air Nomads, and Kiawentiio and Ian Ousley return as Katara and Sokka": a ", and"
                    // may close the clause before; the names after it pair with the roles.
                    if let clause = people.indices.last(where: { $0 > 0 && v.word(people[$0 - 1].end) == "," && v.word(people[$0 - 1].end + 1) == "and" }),
                       addInOrder(Array(people[clause...]), characters, i) { continue }
                    // "Kiawentiio and Ian Ousley return as Katara and Sokka": a name the list missed opens it, so the
                    // lists pair from their ends.
                    // (Not a name that was read: "as Jonathan Kent and Alex Garfin as Jordan Kent, Clark and Lois's sons".)
                    if people.count < characters.count, let first = people.first, v.word(first.start - 1) == "and", first.start >= 2,
                       v.sentence.tokens[first.start - 2].isCapitalized, v.name(endingAt: first.start - 1) == nil, v.word(characters[characters.count - 1].end) != "'s" {
                        for (person, character) in zip(people.reversed(), characters.reversed()) { add(person, character, i) }
                        continue
                    }
                }
                // (Not "in Francis Ford Coppola's The Godfather (1972), as Kay Adams": a director's possessive names the work.)
                let ownsWork = { (n: SentenceView.Name) in v.word(n.end) == "'s" && v.name(startingAt: n.end + 1)?.type == .work }
                if let person = v.names.last(where: { $0.end <= i && $0.end >= i - 15 && $0.type == .person && !ownsWork($0) }),
                   !v.names.contains(where: { $0.start >= person.end && $0.end <= i && $0.type != .work && $0.type != .organization && !ownsWork($0) }),
                   !v.words[person.end..<i].contains(where: { $0 == "." || $0 == ";" || $0 == "while" || $0 == "and" }) {
                    add(person, character, i)
                } else if let comma = (max(0, i - 10)..<i).last(where: { v.words[$0] == "," }), !v.names.contains(where: { $0.start > comma && $0.end <= i }),
                          !v.words[comma..<i].contains(where: { $0 == "and" || $0 == "while" }),
                          let person = v.name(beforeRelativeClauseEndingAt: comma + 1), person.type == .person, v.word(person.end + 1) == "who" {
                    // "Jared Padalecki, who played Dean Forester, went on to spend 15 years as Sam Winchester": the name before the clause.
                    add(person, character, i)
                } else if ["role", "part"].contains(v.word(i - 1)), let person = v.names.first, person.type == .person, person.start <= 3,
                          !v.names.contains(where: { $0.start >= person.end && $0.end <= i && $0.type != .work && $0.type != .organization }) {
                    // "Ritter has appeared in TV shows for the last decade, most notably in a recurring role as Jane Margolis":
                    // the sentence's subject, however far back.
                    add(person, character, i)
                } else if let noun = (max(0, i - 6)..<i).last(where: { v.isOneOf($0, Self.performerSingulars) }),
                          !v.names.contains(where: { $0.start > noun && $0.end <= i }), let person = performerNoun(v, endingAt: noun + 1) {
                    // "The actress has been cast as Sofia Kess".
                    add(person: person, character, i)
                } else if !v.names.contains(where: { $0.end <= i && $0.type == .person }),
                          let pronoun = v.words[..<i].first(where: { Self.castPronouns.contains($0) }), let person = person(forPronoun: pronoun, v, before: i), v.words[max(0, i - 4)..<i].contains(where: { Self.roleReturnWords.contains($0) }) {
                    // "She has a recurring role as Jane Margolis": the person the text was speaking of.
                    var c = Candidate(s: person, p: .plays, o: character.entity, trigger: i)
                    if let w = work(v, near: character.end, fallback: false) { c.q["work"] = String(w) }
                    out.append(c)
                }
            case "(":
                // "Luke Cage (Mike Colter)" and "Mike Colter (Luke Cage)"; "Paul Rudd (Scott Lang, aka Ant-Man)": a role
                // described inside the brackets.
                if let before = v.name(endingAt: i), let inside = v.name(startingAt: i + 1),
                   v.word(inside.end) == ")" || v.word(inside.end) == "from" || v.word(inside.end) == "," && closesAfterDescription(v, from: inside.end + 1) {
                    if before.type == .character && inside.type == .person { add(inside, before, i) }
                    if before.type == .person && inside.type == .character { add(before, inside, i) }
                }
            case "whose":
                // "Danielle Panabaker, whose Caitlin Snow was a fan favourite".
                // ("Nicola Coughlan and Luke Newton, whose Penelope and Colin married": the two lists pair in order, from the front.)
                if v.word(i - 1) == ",", let person = v.name(endingAtCommaBefore: i - 1), person.type == .person,
                   let character = v.name(startingAt: i + 1), character.type == .character {
                    let people = v.list(endingBefore: i - 1, types: Self.people)
                    for (p, c) in zip(people.isEmpty ? [person] : people.reversed(), v.list(startingAt: i + 1, types: Self.characters)) { add(p, c, i) }
                }
            case "'s":
                // "Rosario Dawson's Claire Temple", "Jeremy Renner's weary Clint Barton".
                var j = i + 1
                while j < i + 3, v.name(startingAt: j) == nil, v.sentence.tokens.indices.contains(j), v.sentence.tokens[j].isWord,
                      !v.sentence.tokens[j].isCapitalized, !EntityResolver.notRoleAdjectives.contains(v.words[j]), Self.numbers[v.words[j]] == nil { j += 1 }
                // "Sam Hill's weary detective, Tom Lane": a description, a comma, the role's name (typed a character already).
                // (Not "Reitman's father, Ivan Reitman": a relative of the owner.)
                if j > i + 1, v.word(j) == ",", let role = v.name(startingAt: j + 1), role.type == .character,
                   !(i + 1..<j).contains(where: { v.lookUp($0, in: lexicon.relationshipWords) != nil }) { j += 1 }
                // ("Julia Quinn's eight Bridgerton novels" are her books, and "Maurice Leblanc's stories about Arsène Lupin" her hero.)
                if let person = v.name(endingAt: i), let character = v.name(startingAt: j), j == i + 1 || !v.isOneOf(character.end, Self.sourceWorkNouns),
                   !(i + 1..<j).contains(where: { v.isOneOf($0, Self.sourceWorkNouns) }) {
                    add(person, character, i)
                }
            case _ where EntityResolver.playVerbs.contains(w) || Self.landsRole(v, at: i):
                // "Sigourney Weaver is playing Alexandra", "X, who plays Y", "played by X"; "played once again by X",
                // "played with scene-stealing relish by X", "played by wrestler X": a few words in lower case may come between.
                var by = i + 1
                while by < i + 6, v.word(by) != "by", v.sentence.tokens.indices.contains(by), v.sentence.tokens[by].isWord, !v.sentence.tokens[by].isCapitalized { by += 1 }
                // ("played by the late Philip Seymour Hoffman": up to two.)
                var actor = by + 1
                while actor < by + 3, v.name(startingAt: actor) == nil, v.sentence.tokens.indices.contains(actor), v.sentence.tokens[actor].isWord, !v.sentence.tokens[actor].isCapitalized { actor += 1 }
                // (With words between, only a passive of playing, and only a person after it.)
                let gap = by > i + 1 || actor > by + 1
                if v.word(by) == "by", !gap || EntityResolver.performedVerbs.contains(w), let person = v.name(startingAt: actor), !gap || person.type == .person,
                   let character = v.name(endingAt: i) ?? v.name(endingAt: i - 1) ?? v.name(endingAt: i - 2) ?? v.name(beforeAppositionEndingBeforeVerb: i)
                    ?? roleBeforeRelativeClause(v, endingAt: i) {
                    add(person, character, i)
                    continue
                }
                var j = i + 1
                while v.name(startingAt: j) == nil, ["the", "role", "of", "part", "character", "a", "an", "villain", "hero", "heroine", "titular", "superhero", "iconic", "recurring", "supporting", "young", "younger", "older", "lead", "main", "big", "bad", "her", "his", "their", ",", "series", "'s", "show", "series'", "."].contains(v.word(j)) || lexicon.isHonorific(v.word(j)) { j += 1 }
                // "plays his wife, Empress Natalya", "plays another cousin, Biscuits": a description, a comma, the role's name.
                j = afterAffiliatedTrade(v, from: afterRoleDescription(v, from: j))
                // "plays a fisherman named Jonah Pike": a description, then the role's name.
                if v.name(startingAt: j) == nil, ["a", "an"].contains(v.word(i + 1)),
                   let named = Range(j, upTo: min(v.words.count, j + 4)).first(where: { Self.namingParticiples.contains(v.words[$0]) }),
                   (j..<named).allSatisfy({ v.sentence.tokens[$0].isWord && !v.sentence.tokens[$0].isCapitalized }) { j = named + 1 }
                // "who played Luke's rebellious nephew Jess Mariano", "played Lorelai's daughter": the relative is the role,
                // named after the relation or not at all.
                if let owner = v.name(startingAt: j), v.word(owner.end) == "'s", (owner.end + 1..<min(v.words.count, owner.end + 4)).contains(where: { lexicon.relationshipWords[v.words[$0]] != nil }) {
                    guard let relative = relative(of: owner, v) else { continue }
                    j = relative.start
                }
                guard let character = v.name(startingAt: j) else { continue }
                // "Rebecca Kim and Katherine Sato, who play Ash Sterling and Marlowe": pair the two lists in order.
                var characters = v.list(startingAt: j, types: Self.characters)
                // ("played Emily and Richard, Lorelai's wealthy parents": the possessive after a comma opens an apposition.)
                if characters.count > 2, let last = characters.last, v.word(last.end) == "'s", v.word(last.start - 1) == "," { characters.removeLast() }
                if characters.count >= 2, v.word(i - 1) == "who", v.word(i - 2) == "," {
                    if addInOrder(v.list(endingBefore: i - 2, types: Self.people).reversed(), characters, i) { continue }
                }
                var k = i
                // "X, most notably playing Y": adverbs between the person and the verb.
                while k > 0, ["is", "was", "will", "be", "also", "has", "had", "have", "been", "who", ",", "to", "set", "would", "now", "famously", "previously", "currently", "going", "reportedly", "'ll", "once", "on", "board", "who", "signed", "tapped", "later", "also", "who'll", "he'll", "she'll", "most", "best"].contains(v.word(k - 1)) || v.word(k - 1).hasSuffix("ly") && k - 1 > 0 { k -= 1 }
                // "Rebecca Kim and Katherine Sato will play Ash Sterling and Marlowe Vale": two lists of one length pair in order.
                if characters.count >= 2, v.name(endingAt: k) != nil, addInOrder(v.list(endingBefore: k, types: Self.people).reversed(), characters, i) { continue }
                // "Jon Bernthal (The Walking Dead) will play …": a credit in brackets after the name.
                let credited = v.word(k - 1) == ")" ? v.words[max(0, k - 10)..<(k - 1)].lastIndex(of: "(").flatMap { v.name(endingAt: $0) } : nil
                if let person = v.name(endingAt: k) ?? (v.word(k - 1) == "(" ? v.name(endingAt: k - 1) : nil) ?? credited ?? v.name(beforeRelativeClauseEndingAt: v.word(k) == "," ? k + 1 : k) {
                    // "Mae Holt asked Lena Ortiz to play Sofia Kess": a request casts no one.
                    if !v.isOneOf(person.start - 1, Self.requestVerbs) { add(person, character, i) }
                } else if ["for", "after", "since"].contains(v.word(k - 1)), let person = v.person(beforeClauseEndingAt: k - 1) {
                    // "X, who won praise for playing Y", "X, best known for playing Y".
                    add(person, character, i)
                } else if let person = performerNoun(v, endingAt: k) {
                    // "The actress will play Sofia Kess", "the Ozark star plays …": the person the text was speaking of.
                    add(person: person, character, i)
                } else if let pronoun = v.words[max(0, k - 1)..<i].last(where: { Self.subjectPronouns.contains($0) }), let person = person(forPronoun: pronoun, v, before: i) {
                    // "She plays the series' villain, Alexandra", "… and he'll play Prince Daemon in W": the person the article was just speaking of.
                    add(person: person, character, i)
                } else if let person = v.names.last(where: { $0.end <= i && $0.end >= i - 8 }), person.type == .person,
                          (person.end..<i).allSatisfy({ v.sentence.tokens[$0].isWord && !v.sentence.tokens[$0].isCapitalized && !v.isOneOf($0, Self.notTheSubjectsRole) }) {
                    // "X is in line to play Y", "X is rumored to be playing Y": a few lower-case words between.
                    add(person, character, i)
                }
            default: break
            }
        }
        // "Emmy Raver-Lampman is Allison, Viktor's sister", "Archie Renaux was Mal Oretsev", "X is once again Sylvie",
        // "X is their daughter, Princess Ynez": in a cast list, an actor is their role.
        // (Only an actor and a role, the role's name ending the clause: not "X is Daredevil's co-star".)
        for i in v.positions(.copula) {
            guard let person = v.name(endingAt: i), person.type == .person else { continue }
            var j = i + 1
            while v.isOneOf(j, Self.castCopulaAdverbs) { j += 1 }
            // ("Daniel Weyman is once more the Stranger".)
            if v.word(j) == "the", v.name(startingAt: j + 1) != nil { j += 1 }
            j = afterRoleDescription(v, from: afterHonorifics(v, from: j))
            // "Kevin Durand is Cane's enforcer, Sig Gustafson": the relative named after the relation.
            if let owner = v.name(startingAt: j), v.word(owner.end) == "'s", let relative = relative(of: owner, v) { j = relative.start }
            guard let role = v.name(startingAt: j), role.type == .character, v.isOneOf(role.end, EntityResolver.roleClauseEnds) || role.end == v.words.count else { continue }
            add(person, role, i)
        }
        // "Nick Frost lends his voice to the droid, SM-33", "Patton Oswalt again lends his voice to Matthew the Raven".
        // ("voice" is of the play-trigger class: only those positions are read.)
        for i in v.positions(.playTrigger) where v.words[i] == "voice" && v.word(i + 1) == "to" && v.isOneOf(i - 1, Self.personalOwners) && v.isOneOf(i - 2, EntityResolver.lendVerbs) {
            var j = i + 2
            while v.name(startingAt: j) == nil, v.isOneOf(j, EntityResolver.roleDeterminers) { j += 1 }
            j = afterRoleDescription(v, from: j)
            guard let character = v.name(startingAt: j) else { continue }
            var k = i - 2
            while k > 0, v.isOneOf(k - 1, Self.castCopulaAdverbs) || v.isOneOf(k - 1, Self.verbChain) { k -= 1 }
            if let person = v.name(endingAt: k) { add(person, character, i) }
        }
        // "Bernthal's roles include, among others, the character Shane": the owner's role.
        for k in v.positions(of: "'s") where v.word(k + 1) == "roles" || v.word(k + 1) == "role" {
            let i = k + 1
            guard let person = v.name(endingAt: i - 1), person.type == .person,
                  let character = v.names.first(where: { $0.start > i && $0.start <= i + 8 }), character.type == .character,
                  !v.words[(i + 1)..<character.start].contains(where: { $0 == "." || $0 == ";" }) else { continue }
            add(person, character, i)
        }
        // "Harbor Lights has found its Sofia Kess in Lena Ortiz".
        for i in v.positions(.castingCue) where v.isOneOf(i, Self.foundVerbs) && v.isOneOf(i + 1, Self.workOwners) {
            guard let role = v.name(startingAt: i + 2), v.word(role.end) == "in", let person = v.name(startingAt: role.end + 1) else { continue }
            add(person, role, i)
        }
        // "The role of Mira Kess went to Tara Quinn", "Kess's part has gone to Quinn".
        for verb in v.positions(.castingCue) where v.isOneOf(verb, Self.goneWords) && v.word(verb + 1) == "to" {
            let i = verb + 1
            guard let person = v.name(startingAt: i + 1), person.type == .person else { continue }
            var k = verb
            while k > 0, Self.goneAdverbs.contains(v.word(k - 1)) { k -= 1 }
            let roleOf = v.name(endingAt: k).flatMap { v.word($0.start - 1) == "of" && Self.roleNouns.contains(v.word($0.start - 2)) ? $0 : nil }
            let ownersRole = Self.roleNouns.contains(v.word(k - 1)) && v.word(k - 2) == "'s" ? v.name(endingAt: k - 2) : nil
            if let role = roleOf ?? ownersRole { add(person, role, i) }
        }
        // "Weaver reveals more about her character, Alexandra"; "Jones lent his voice to Vader".
        for i in v.positions(.ownRoleNoun) where v.isOneOf(i - 1, Self.personalOwners) {
            var at = v.words[i] == "voice" ? (v.word(i + 1) == "to" ? i + 2 : -1) : (v.word(i + 1) == "," ? i + 2 : i + 1)
            while at > 0, v.name(startingAt: at) == nil, lexicon.isHonorific(v.word(at)) || v.word(at) == "." { at += 1 }
            guard let character = v.name(startingAt: at), character.type == .character else { continue }
            if v.words[i] == "voice", !["lent", "lends", "lend", "lending", "gave", "gives"].contains(v.word(i - 2)) { continue }
            if let person = v.names.last(where: { $0.end <= i - 1 && $0.type == .person }) { add(person, character, i) }
            else if let pronoun = v.words[..<i].first(where: { Self.voicePronouns.contains($0) }), let person = person(forPronoun: pronoun, v, before: i) {
                out.append(Candidate(s: person, p: .plays, o: character.entity, trigger: i))
            }
        }
        return out
    }

    // MARK: pronouns

    static let subjectPronouns: WordSet = ["he", "she", "he'll", "she'll", "he's", "she's", "they"]

    /// The person "she" or "he" stands for: the previous sentence's subject, unless its given name says
    /// otherwise ("… Charlie Cox … includes Sigourney Weaver. She plays …"); then the last person named whose given name fits.
    func person(forPronoun pronoun: String, _ v: SentenceView, before i: Int) -> Int? {
        let female: Bool
        if ["she", "she'll", "she's", "her"].contains(pronoun) { female = true }
        else if ["he", "he'll", "he's", "his", "him"].contains(pronoun) { female = false }
        else { return v.previousPerson }
        // "Lena Ortiz denied that she will play …": a person this sentence names before the pronoun comes first.
        let named = v.names.filter { $0.type == .person && $0.end <= i }.map(\.entity)
        if let p = named.last(where: { isFemale($0) ?? female == female }) { return p }
        if let p = v.previousPerson, isFemale(p) ?? female == female { return p }
        return v.recentPeople.last { isFemale($0) == female }
    }

    /// "the actress", "the actor", "the Ozark star" ending right before token `k`: the person last named
    /// (for "actress", the last woman named).
    func performerNoun(_ v: SentenceView, endingAt k: Int) -> Int? {
        guard v.isOneOf(k - 1, Self.performerSingulars) else { return nil }
        let start = v.name(endingAt: k - 1).map { $0.type == .work ? $0.start : -1 } ?? (k - 1)
        guard v.word(start - 1) == "the", !v.names.contains(where: { $0.end <= start && $0.type == .person }) else { return nil }
        return person(forPronoun: v.words[k - 1] == "actress" ? "she" : "they", v, before: start)
    }
    /// Words between a name and "to play" that give the role to someone else, or to no one.
    static let notTheSubjectsRole: WordSet = ["and", "or", "but", "that", "which", "who", "whom", "whose", "while", "when", "if", "because", "than",
                                              "wanted", "wants", "hoped", "hopes", "hoping", "dreamed", "dreams", "asked", "asks", "begged", "offered",
                                              "auditioned", "lost", "passed", "declined", "refused", "chose", "cast", "hired", "tapped", "him", "her", "them"]
    static let requestVerbs: WordSet = ["asked", "asks", "begged", "begs", "urged", "urges", "wanted", "wants", "want"]
    static let performerSingulars: WordSet = ["actor", "actress", "star", "performer", "newcomer"]

    /// Whether a person's given name is a woman's (nil when the name does not say).
    func isFemale(_ person: Int) -> Bool? {
        guard person < entityNames.count, let first = entityNames[person].split(separator: " ").first.map(String.init),
              lexicon.givenNames.contains(first) || lexicon.femaleGivenNames.contains(first) else {
            return performers[person].flatMap { $0 != person ? isFemale($0) : nil }
        }
        return lexicon.femaleGivenNames.contains(first)
    }

    /// "The two actors", "both stars", "the pair" right before token `i`, with no name between: two people the text named.
    func namesPair(_ v: SentenceView, before i: Int) -> Bool {
        let start = max(0, i - 5)
        guard !v.names.contains(where: { $0.end > start && $0.end <= i }) else { return false }
        return (start..<i).contains { k in
            v.isOneOf(k, Self.pairCounts) && v.isOneOf(k + 1, Self.performerNouns)
                || v.words[k] == "the" && v.isOneOf(k + 1, Self.pairNouns)
        }
    }

    // MARK: appears_in

    static let appearVerbs = PhraseList([["star", "in"], ["stars", "in"], ["starred", "in"], ["starring", "in"], ["appear", "in"], ["appears", "in"], ["appeared", "in"], ["appearing", "in"], ["appearance", "in"], ["return", "in"], ["returns", "in"], ["returning", "in"], ["return", "for"], ["returns", "for"], ["returning", "for"], ["return", "to"], ["returns", "to"], ["cameo", "in"], ["show", "up", "in"], ["shows", "up", "in"], ["joined", "the", "cast", "of"], ["joins", "the", "cast", "of"], ["join", "the", "cast", "of"], ["joining", "the", "cast", "of"], ["cast", "in"], ["featured", "in"], ["feature", "in"], ["role", "in"], ["roles", "in"], ["part", "in"], ["seen", "in"], ["back", "in"], ["debut", "in"], ["co-leads", "in"], ["co-lead", "in"], ["co-starred", "in"], ["co-star", "in"], ["co-stars", "in"], ["co-starring", "in"], ["reprise", "his", "role", "in"], ["reprise", "her", "role", "in"], ["on", "the", "set", "of"], ["added", "to", "the", "cast", "of"], ["cameos", "in"], ["cameoed", "in"], ["regular", "on"], ["regular", "in"], ["regular", "for"], ["regulars", "on"], ["regulars", "in"], ["regulars", "for"], ["part", "of"], ["be", "in"],
        // "Nina Patel is not in the new season", "Daisy Ridley is not in the film".
        ["is", "in"], ["are", "in"], ["is", "not", "in"], ["are", "not", "in"], ["isn't", "in"], ["aren't", "in"], ["was", "not", "in"], ["wasn't", "in"],
                                          ["rounds", "out", "the", "cast", "of"], ["round", "out", "the", "cast", "of"], ["rounding", "out", "the", "cast", "of"], ["confirmed", "for"],
        // "Alfre Woodard has joined Luke Cage", "boards W", "signed on to W", "guest-stars on W", "is back for W", "headlines W".
        ["joined"], ["joins"], ["join"], ["joining"], ["boards"], ["boarded"], ["board"], ["boarding"], ["signed", "on", "to"], ["signs", "on", "to"],
        ["guest", "star", "in"], ["guest", "star", "on"], ["guest-star", "in"], ["guest-star", "on"], ["guest-stars", "in"], ["guest-stars", "on"],
        ["guest-starring", "in"], ["guest-starring", "on"], ["back", "for"], ["headlines"], ["headline"], ["headlining"], ["fronts"], ["fronting"],
        ["role", "on"], ["roles", "on"], ["cameo", "on"], ["leads", "the", "cast", "of"], ["lead", "the", "cast", "of"], ["leading", "the", "cast", "of"], ["star", "of"]] + rolePhrases, firstWords: .appearanceStart)
    /// "Ritter will also be playing the character in W", "reprising her role in W".
    static let rolePhrases: [[String]] = ["play", "plays", "playing", "reprise", "reprises", "reprising", "reprised"].flatMap { verb in
        ["the", "that", "this", "his", "her", "their"].flatMap { owner in ["character", "role", "part"].map { [verb, owner, $0, "in"] } }
    }
    static let castJoinPhrases = PhraseList([["part", "of", "the", "cast"], ["joined", "the", "cast"], ["join", "the", "cast"], ["joins", "the", "cast"], ["joining", "the", "cast"], ["will", "star"], ["will", "also", "star"], ["also", "star"], ["guest", "star"], ["joins", "the", "main", "cast"], ["joined", "the", "main", "cast"],
                       ["in", "the", "cast"], ["return", "as"], ["returns", "as"], ["returning", "as"], ["reprises", "the", "role", "of"], ["reprise", "the", "role", "of"], ["reprising", "the", "role", "of"], ["return", "in", "her", "role"], ["return", "in", "his", "role"], ["reprise", "his", "role"], ["reprise", "her", "role"], ["reprising", "his", "role"], ["reprising", "her", "role"], ["reprises", "his", "role"], ["reprises", "her", "role"], ["feature", "prominently"],
                       ["return", "to", "their", "roles"], ["return", "to", "their", "original", "roles"], ["return", "to", "his", "role"], ["return", "to", "her", "role"], ["returns", "to", "his", "role"], ["returns", "to", "her", "role"],
                       ["return", "to", "his", "original", "role"], ["return", "to", "her", "original", "role"], ["returning", "to", "their", "roles"], ["returning", "to", "his", "role"], ["returning", "to", "her", "role"]]
        // "Thandiwe Newton and Billie Piper have been cast in undisclosed roles": cast, the role kept quiet.
        + ["an undisclosed role", "undisclosed roles", "a mystery role", "mystery roles", "a secret role", "a recurring role", "recurring roles",
           "a guest role", "a guest-starring role", "a key role", "key roles", "a major role", "a series regular role", "series regular roles",
           "a supporting role", "supporting roles", "a lead role", "lead roles"].flatMap(castInRolePhrases)
        // "A, B and C have all been announced as guest stars", "D was added as a series regular".
        + ["announced", "confirmed", "added", "booked"].flatMap { verb in
            [["guest", "stars"], ["a", "guest", "star"], ["series", "regulars"], ["a", "series", "regular"]].map { [verb, "as"] + $0 }
        },
        firstWords: .appearanceStart)
    /// "cast in a key role", "also appear in undisclosed roles", "with A and B joining in undisclosed roles".
    static func castInRolePhrases(_ role: String) -> [[String]] {
        let words = role.split(separator: " ").map(String.init)
        return ["cast", "appear", "appears", "appearing", "join", "joins", "joined", "joining", "star", "stars"].map { verb -> [String] in [verb, "in"] + words }
    }
    static let creditPhrases = PhraseList([["roles", "in"], ["role", "in"], ["credits", "include"], ["appearances", "in"], ["starred", "in"], ["known", "for"],
                                             // "had roles on shows like W", "spent years on W", "spent six seasons on W".
                                             ["roles", "on"], ["role", "on"], ["years", "on"], ["seasons", "on"]], firstWords: .appearanceStart)
    /// Every appearance phrase: their first words make the `appearanceStart` class.
    static let appearancePhrases = appearVerbs.phrases + castJoinPhrases.phrases + creditPhrases.phrases

    // The rules' word lists, prepared once: an array literal tested per word was built and freed each time.
    static let ownRoleNouns: WordSet = ["character", "role", "voice"]
    /// "announced as The Defenders villain": a place in the cast, after the name it belongs to.
    static let rolePositionNouns: WordSet = ["villain", "villains", "hero", "lead", "star", "antagonist", "showrunner", "director", "writer", "producer", "cast"]
    static let personalOwners: WordSet = ["her", "his", "their"]

    /// A relation word in the plural: "friends", "brothers", "parents" (not "boss", "mistress").
    static func isPlural(_ word: String) -> Bool { word.hasSuffix("s") && !word.hasSuffix("ss") }
    static let inOrFrom: WordSet = ["in", "from"]
    static let seriesNouns: WordSet = ["series", "shows", "films", "movies"]
    static let listLeadIns: WordSet = [",", "which", "include", "includes", "including", ":", "like", "such", "as"]
    static let earlierSubjects: WordSet = ["character", "he", "she"]
    static let creditNouns: WordSet = ["star", "alum", "actor", "actress", "veteran"]
    static let pluralCreditNouns: WordSet = ["stars", "alums", "alumni", "veterans"]
    /// "is back too", "all returned alongside D", "also turns up, in a role …": a return that names no work.
    static let bareReturnWords: WordSet = ["back", "up", "returns", "returned", "return", "returning", "board", "co-stars", "co-star", "costars"]
    static let backCopulas: WordSet = ["is", "are", "was", "were"]
    /// "is back", "will be back", "is not expected back".
    static let backVerbs = WordSet(Array(backCopulas) + ["be", "expected"])
    /// "are all back", "is also back": an adverb between the verb and "back".
    static let backAdverbs: WordSet = ["all", "both", "also", "each", "finally", "officially"]
    static let upVerbs: WordSet = ["turns", "turn", "turned", "shows", "show", "showed", "pops", "pop"]
    static let afterBareReturn: WordSet = [".", ",", ";", "too", "alongside", "with", "!", "—", "–", "also", "either"]
    /// "is said to make an appearance in", "is rumored to appear in": words between a subject and its appearance.
    static let appearanceLeadIns: WordSet = ["make", "makes", "made", "making", "an", "said", "rumored", "rumoured", "expected", "likely", "poised", "tipped"]
    /// "appear in the new season", "return for the nine-episode series": the nouns the text speaks of its work by.
    static let spokenOfNouns: WordSet = ["series", "show", "season", "film", "movie", "spinoff", "spin-off", "sequel", "prequel", "revival", "reboot", "finale", "premiere", "episode", "episodes", "miniseries", "mini-series"]
    /// "the original film", "the animated series", "other shows": another work than the one the text speaks of.
    static let otherWorkWords: WordSet = ["original", "previous", "earlier", "prior", "other", "animated", "comic", "comics", "video", "old", "another"]
    static let creditLeadIns: WordSet = ["the", "“", "\"", "‘", "such", "as", "films", "series", "shows", "like"]
    static let companyWords: WordSet = ["joining", "joins", "join", "alongside", "with", "opposite", "stars", "starring"]
    static let titleOpeners: WordSet = ["the", "“", "\"", "‘"]
    static let describedRoleVerbs: WordSet = ["play", "plays", "played", "playing"]
    static let describedRoleOpeners: WordSet = ["a", "an", "his", "her", "their", "two", "three", "four", "five", "rival", "sisters", "brothers"]
    /// "you likely recognize Cooke from W", "you may remember her from W".
    static let recognizeVerbs: WordSet = ["recognize", "recognise", "remember", "know"]
    /// "the Mike Colter-led series", "the Robert Pattinson-starrer".
    static let leadCompounds: WordSet = ["led", "starrer", "fronted", "headlined", "starring"]
    static let castingNouns: WordSet = ["casting", "recasting"]
    /// Credits whose writers follow "by" or "with": "a story by", "from his story with".
    static let writingCredits: WordSet = ["story", "teleplay", "screenplay"]
    /// Credits whose authors follow a copula and "by": "the scripts are by", "the score is by" (without the copula,
    /// "script by" and "score by" are crew phrases).
    static let statedCredits = writingCredits.union(["script", "scripts", "score", "music"])
    /// "is once again by", "are all by", "was also by".
    static let creditAdverbs: WordSet = ["also", "once", "again", "all", "both", "entirely"]
    static let demonstratives: WordSet = ["that", "this"]
    static let mediumNouns: WordSet = ["series", "show", "film", "movie"]
    static let namingParticiples: WordSet = ["named", "called"]
    static let castWords: WordSet = ["stars", "starring", "co-stars", "cast", "ensemble", "lineup"]
    static let castLabels: WordSet = ["cast", "the cast", "main cast", "voice cast", "returning cast", "new cast", "starring", "also starring",
                                      "returning", "not returning", "also returning", "series regulars"]
    static let castNouns: WordSet = ["cast", "ensemble", "lineup", "line-up"]
    /// What may follow a name listed in brackets: "(BBC One and HBO, 2019)".
    static let bracketListGoesOn: WordSet = [")", ",", "and"]
    static let roundVerbs: WordSet = ["round", "rounds", "rounding", "rounded"]
    static let castPronouns: WordSet = ["he", "she", "he's", "she's", "he'll", "she'll"]
    static let roleReturnWords: WordSet = ["role", "part", "return", "returns", "cast", "reprise", "reprising"]
    static let voicePronouns: WordSet = ["he", "she", "they"]
    static let pairCounts: WordSet = ["two", "both"]
    static let performerNouns: WordSet = ["actors", "actresses", "stars", "leads", "performers"]
    static let pairNouns: WordSet = ["pair", "duo"]
    static let platformSlateNouns: WordSet = ["series", "shows", "originals", "dramas"]
    /// What a writer's possessive may own besides a role: "Julia Quinn's Bridgerton novels".
    static let sourceWorkNouns: WordSet = ["novel", "novels", "book", "books", "comic", "comics", "series", "saga", "stories", "story", "games", "game", "films", "movies", "show", "shows"]
    static let anaphoricWorkNouns: WordSet = ["series", "show", "film", "movie", "miniseries", "drama", "comedy", "sequel", "prequel", "spinoff", "mockumentary", "sitcom", "thriller", "dramedy", "docuseries", "procedural", "adaptation", "reboot"]
    static let workDeterminers: WordSet = ["the", "this", "that"]
    static let rescheduleWords: WordSet = ["now", "instead", "delayed", "moved", "pushed", "shifted", "however", "move", "moves", "moving", "shift", "shifts"]
    static let theyForms: WordSet = ["they", "they're", "they've", "they'd"]
    static let heOrShe: WordSet = ["he", "she"]
    static let pastRunWords: WordSet = ["available", "debuted", "premiered", "launched", "dropped", "concluded", "following", "won", "aired", "wrapped", "ended", "binge", "finale", "ratings", "reviews", "viewership",
                                        "added", "introduced", "died", "split", "completing", "recap", "recapped", "rewatch"]
    static let ownWorkWords: WordSet = ["series", "show", "its", "it", "their"]
    static let personalPronouns: WordSet = ["he", "she", "his", "her"]
    static let workCastVerbs: WordSet = ["adds", "added", "taps", "tapped", "casts", "cast", "enlists", "enlisted", "recruits", "recruited", "welcomes", "welcomed"]
    static let castListSlack = SentenceView.memberNouns.union(["both"])
    static let bringVerbs: WordSet = ["brings", "bring", "brought", "bringing"]
    static let bringBackSlack = castListSlack.union(["stars", "fan-favorite", "fan-favourite", "original", "cast", "members"])
    static let seeModals: WordSet = ["will", "'ll", "we'll", "you'll", "can"]
    static let seeAdverbs: WordSet = ["again", "next", "also", "soon", "finally", "together", "both", "all"]
    static let memberLeadIns: WordSet = ["the", "four", "three", "two", "heroes", "superheroes", "also", "–", "—"]

    func appearsIn(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        // "Carrie Coon, Michelle Monaghan and Leslie Bibb played three old friends": actors who play a role described, not
        // named, appear in the sentence's work, else in the article's (not "played football", "played Rick").
        // (By the hashes already computed, the opener first: "as", "(" and "'s" are play triggers too, in most sentences.)
        for i in v.positions(.playTrigger) where v.isOneOf(i + 1, Self.describedRoleOpeners) && v.isOneOf(i, Self.describedRoleVerbs) {
            // (Within the clause: "…, and BLACKPINK's Lisa made her debut as Mook" is another.)
            let clauseEnd = Range(i + 1, upTo: v.words.count).first { v.words[$0] == "," || v.words[$0] == ";" } ?? v.words.count
            guard !v.names.contains(where: { $0.start > i && $0.start < clauseEnd && $0.type != .work }) else { continue }
            let works = v.names.filter { $0.type == .work }
            guard let work = works.count == 1 ? works[0].entity : works.isEmpty ? mainWork : nil else { continue }
            for s in castSubjects(v, before: i) where s.type == .person { out.append(Candidate(s: s.entity, p: .appearsIn, o: work, trigger: i)) }
        }
        for phrase in Self.appearVerbs.candidates(in: v) {
            var from = 0
            while let i = v.find(phrase, from: from) {
                from = i + 1
                var afterVerb = i + phrase.count
                // "appeared in the second season of W", "starred in season 1 of W".
                if v.word(afterVerb) == "season", v.word(afterVerb + 2) == "of" { afterVerb += 3 }
                else if v.word(afterVerb) == "the", v.word(afterVerb + 2) == "season", v.word(afterVerb + 3) == "of" { afterVerb += 4 }
                // "will play that role in Marvel's other Netflix series, which include A, B and C": every work listed.
                let named = work(v, startingAt: afterVerb)
                var listed: [SentenceView.Name] = []
                if named == nil, let noun = Range(afterVerb, upTo: min(v.words.count, afterVerb + 8)).first(where: { v.isOneOf($0, Self.seriesNouns) }),
                   !(afterVerb..<noun).contains(where: { v.name(startingAt: $0).map { $0.type == .work || Self.cast.contains($0.type) } ?? false || v.words[$0] == "," }) {
                    var j = noun + 1
                    while v.name(startingAt: j) == nil, v.isOneOf(j, Self.listLeadIns) { j += 1 }
                    if j > noun + 1 { listed = v.list(startingAt: j, types: Self.works) }
                    if listed.count < 2 { listed = [] }
                }
                // "is said to appear in the new season", "will not return for season 3": the work the text speaks of.
                let spokenOf = named == nil && listed.isEmpty ? workSpokenOf(v, at: afterVerb) : nil
                guard named != nil || !listed.isEmpty || spokenOf != nil else { continue }
                // "is said to make an appearance in W", "are all likely to be back for W": the subject stands before the
                // words that lead to the noun.
                var verb = i
                while verb > 0, Self.appearanceLeadIns.contains(v.word(verb - 1)) || Self.listSlack.contains(v.word(verb - 1)) { verb -= 1 }
                var subjects = v.list(endingBefore: verb, types: Self.cast, slack: Self.listSlack).map(\.entity)
                if subjects.isEmpty, let s = v.names.last(where: { $0.end <= i && $0.end >= i - 6 && Self.cast.contains($0.type) }),
                   !v.words[s.end..<i].contains(",") { subjects = [s.entity] }
                // "Mara Voss, who grew up in Ohio, now stars in W": the name before the relative clause.
                if subjects.isEmpty {
                    var k = verb
                    while k > 0, Self.listSlack.contains(v.word(k - 1)) { k -= 1 }
                    if v.word(k - 1) == ",", let s = v.name(beforeRelativeClauseEndingAt: k), Self.cast.contains(s.type) { subjects = [s.entity] }
                }
                // "Carla Mendes, best known as Rosa Diaz in Sunset Strip, joins W": the name before the apposition.
                if subjects.isEmpty, let s = v.name(beforeAppositionEndingBeforeVerb: i), Self.cast.contains(s.type) { subjects = [s.entity] }
                // "Bill Hader, the star of Barry", "Mara Voss, the Emmy-winning star of W": the apposition is the actor's.
                if subjects.isEmpty, v.word(i) == "star", let s = personBeforeApposition(v, endingAt: i) { subjects = [s] }
                // "The character first appeared in W", "she was recently seen in W".
                if subjects.isEmpty, let k = (max(0, i - 4)..<i).last(where: { v.isOneOf($0, Self.earlierSubjects) }),
                   !v.names.contains(where: { $0.end <= i && $0.start >= k }) {
                    if let s = v.words[k] == "character" ? v.previousCharacter : person(forPronoun: v.words[k], v, before: i) { subjects = [s] }
                }
                // "The two actors were co-leads in W", "both stars appeared in W": the last two people named.
                if subjects.isEmpty, v.recentPeople.count >= 2, namesPair(v, before: i) { subjects = Array(v.recentPeople.suffix(2)) }
                if let spokenOf {
                    for s in subjects { out.append(Candidate(s: s, p: .appearsIn, o: spokenOf, trigger: i)) }
                    continue
                }
                let w = named ?? listed[0]
                // "in the Luke Cage series and in the Defenders mini-series": every work of the coordination.
                for w in listed.isEmpty ? [w] + coordinatedWorks(v, after: w) : listed {
                    for s in subjects { out.append(appearance(s, in: w, v, trigger: i)) }
                }
            }
        }
        // "Sam Richardson, of Veep fame, joins …", "Mara Voss (of Harbor Lights fame)": the work the actor is known from.
        for i in v.positions(of: "fame") where v.word(i - 1) != "of" {
            guard let w = v.name(endingAt: i), w.type == .work, v.word(w.start - 1) == "of", v.word(w.start - 2) == "," || v.word(w.start - 2) == "(",
                  let s = v.name(endingAt: w.start - 2), s.type == .person else { continue }
            out.append(appearance(s.entity, in: w, v, trigger: i))
        }
        // "We will see Jessica Jones again in The Defenders", "fans will next see Luke and Claire together in W".
        for i in v.positions(.castingCue) where v.words[i] == "see" {
            // A wish or a question is no appearance: only "will see", "'ll see", "can see".
            var before = i - 1
            while Self.seeAdverbs.contains(v.word(before)) { before -= 1 }
            guard Self.seeModals.contains(v.word(before)) else { continue }
            let seen = v.list(startingAt: i + 1, types: Self.cast)
            guard let last = seen.last else { continue }
            var j = last.end
            while Self.seeAdverbs.contains(v.word(j)) || v.word(j) == "on" && v.word(j + 1) == "screen" || v.word(j) == "screen" { j += 1 }
            guard v.word(j) == "in", let w = work(v, startingAt: j + 1) else { continue }
            for s in seen { out.append(appearance(s.entity, in: w, v, trigger: i)) }
        }
        // "Lena Ortiz joins previously announced series regulars A, B and C": the regulars, and whoever joins them.
        for i in v.positions(.appearanceStart) where v.words[i] == "regulars" && v.word(i + 1) != "on" && v.word(i + 1) != "in" {
            let regulars = v.list(startingAt: i + 1, types: Self.people)
            guard !regulars.isEmpty, let wk = work(v, near: i) else { continue }
            var joiner: [SentenceView.Name] = []
            if let join = (max(0, i - 5)..<i).last(where: { v.isOneOf($0, Self.companyWords) }) {
                joiner = v.list(endingBefore: join, types: Self.people, slack: Self.listSlack)
            }
            for s in joiner + regulars { out.append(Candidate(s: s.entity, p: .appearsIn, o: wk, trigger: i)) }
        }
        // "CAST: A, B and C", "Starring: A as X, B as Y", "Not returning: A and B": a label that opens the
        // sentence and lists the cast of the article's work.
        if let colon = (1...3).first(where: { v.word($0) == ":" }), Self.castLabels.contains(v.words[0..<colon].joined(separator: " ")),
           let w = mainWork {
            for s in v.list(startingAt: colon + 1, types: Self.people) { out.append(Candidate(s: s.entity, p: .appearsIn, o: w, trigger: colon)) }
        }
        // "Photo: Keanu Reeves in The Matrix Resurrections", "Image: A as Rook and B in W season 4": a caption shows
        // whoever it names before "in" in the work after it.
        if v.word(1) == ":", v.isOneOf(0, MentionFinder.captionLabels),
           let at = (2..<v.words.count).first(where: { v.words[$0] == "in" && v.name(startingAt: $0 + 1)?.type == .work }), let w = work(v, startingAt: at + 1) {
            for s in v.names where s.start > 1 && s.end <= at && Self.cast.contains(s.type) { out.append(appearance(s.entity, in: w, v, trigger: at)) }
        }
        // "Harbor Lights adds Lena Ortiz", "Night Shift has tapped A and B": a work that takes on actors.
        // "Harbor Lights brings back fan-favorite stars A, B and C".
        for i in v.positions(.castingCue) where v.isOneOf(i, Self.workCastVerbs) || v.isOneOf(i, Self.bringVerbs) && v.word(i + 1) == "back" {
            var k = i
            while k > 0, Self.listSlack.contains(v.word(k - 1)) { k -= 1 }
            guard let wk = v.name(endingAt: k), wk.type == .work else { continue }
            let brought = v.isOneOf(i, Self.bringVerbs)
            for s in v.list(startingAt: brought ? i + 2 : i + 1, types: Self.cast, slack: brought ? Self.bringBackSlack : Self.castListSlack) {
                out.append(appearance(s.entity, in: wk, v, trigger: i))
            }
        }
        // "A, B and C have joined the cast", "will also star": the sentence's or article's work.
        for phrase in Self.castJoinPhrases.candidates(in: v) {
            // ("joins the cast in W" is read by the phrases above; "joins the cast in a role that …" names none.)
            // ("returns as showrunner": as a crew member, no appearance.)
            if let i = v.find(phrase), v.word(i + phrase.count) != "of", !(v.word(i + phrase.count) == "in" && work(v, startingAt: i + phrase.count + 1) != nil),
               !(phrase.last == "as" && lexicon.crewRoleWords[v.word(i + phrase.count)] != nil),
               let w = work(v, near: i, role: roleNamed(v, after: i + phrase.count, phrase: phrase)) {
                for s in castSubjects(v, before: i) {
                    out.append(Candidate(s: s.entity, p: .appearsIn, o: w, trigger: i))
                }
            }
        }
        // "A, B and C round out the adult cast", "… rounds out the ensemble": whoever completes a cast ("round out the cast
        // of W" is read above); "a cast led by A and B": whoever heads it.
        // (Looked for only where a cast is named: two more scans of every sentence cost about 1% of all the work.)
        if v.has(.castNoun) { out += castRoundedOutOrLed(v) }
        out += castAfterLeadIn(v)
        // "A, B and C all returned alongside D", "Eagly is back too", "X also turns up": a return with no work
        // named is to the one the text speaks of (a return as a role, in or for a work is read above).
        // (Found by their last word, "back", "up", "returned": "is" and "was" are in every other sentence.)
        for k in v.positions(.returnStart) {
            // ("are also on board" is said like "are also back"; "Dave Franco co-stars." like "returns".)
            let w = v.words[k] == "board" && v.word(k - 1) == "on" ? "back" : v.words[k]
            var i = v.words[k] == "board" ? k - 2 : w == "back" || w == "up" ? k - 1 : k
            if w == "back", Self.backAdverbs.contains(v.word(i)) { i -= 1 }
            guard w == "back" ? v.isOneOf(i, Self.backVerbs) : w == "up" ? v.isOneOf(i, Self.upVerbs) : w != "board",
                  v.isOneOf(k + 1, Self.afterBareReturn) || k + 1 == v.words.count, let work = work(v, near: i) else { continue }
            let returning = castSubjects(v, before: i)
            // ("Showrunners A and B return": a crew's return is no appearance; the list is read backwards, its last name said first.)
            // ("A, B and C, the composers behind the score, are returning": nor one an apposition calls crew.)
            if let first = returning.last, lexicon.crewRoleWords[v.word(first.start - 1)] != nil { continue }
            // ("Hess, who directed the first film, is in negotiations to return": nor one a relative clause calls this
            // work's crew; "Lena Park, who created Cold Harbor, is back" made another work, and may well act.)
            if let only = returning.first, returning.count == 1, v.word(only.end) == ",", v.word(only.end + 1) == "who",
               v.isOneOf(only.end + 2, Self.sharedMakingVerbs) || v.isOneOf(only.end + 2, Self.crewShareVerbs),
               v.name(startingAt: only.end + 3)?.type != .work { continue }
            if let last = returning.first, v.word(last.end) == ",", v.isOneOf(last.end + 1, Self.articles),
               (last.end + 2..<i).contains(where: { lexicon.crewRoleWords[v.words[$0]] != nil }) { continue }
            for s in returning { out.append(Candidate(s: s.entity, p: .appearsIn, o: work, trigger: i)) }
        }
        out += selfReportedAppearances(v)
        out += knownFrom(v)
        out += nomineePairs(v)
        // "Breaking Bad star Krysten Ritter", "The Walking Dead alum Jon Bernthal".
        // "Star Trek: The Next Generation veterans A, B and C": each of a plural's list.
        for i in v.positions(.creditWord) where v.isOneOf(i, Self.pluralCreditNouns) {
            let people = v.list(startingAt: i + 1, types: Self.people)
            guard !people.isEmpty else { continue }
            for work in v.list(endingBefore: i, types: Self.works) {
                for person in people { out.append(Candidate(s: person.entity, p: .appearsIn, o: work.entity, trigger: i)) }
            }
        }
        for i in v.positions(.creditWord) where v.isOneOf(i, Self.creditNouns) {
            // "Breaking Bad and Apt. 23 star Krysten Ritter": every work of the list.
            if let person = v.name(startingAt: i + 1), person.type == .person {
                for work in v.list(endingBefore: i, types: Self.works) { out.append(Candidate(s: person.entity, p: .appearsIn, o: work.entity, trigger: i)) }
            }
        }
        // "following roles in G.I. Joe: Retaliation and The Girl with the Dragon Tattoo".
        for phrase in Self.creditPhrases.candidates(in: v) {
            guard let i = v.find(phrase) else { continue }
            var j = i + phrase.count
            while v.name(startingAt: j) == nil, v.isOneOf(j, Self.creditLeadIns) { j += 1 }
            let works = v.list(startingAt: j, types: Self.works)
            // The person named before, else the article's last (but not past another name that is the verb's subject).
            let subject = v.names.last { $0.end <= i && $0.end >= i - 3 }
            guard works.count >= 1, subject == nil || subject!.type == .person,
                  let person = v.names.last(where: { $0.end <= i && $0.type == .person })?.entity ?? v.previousPerson else { continue }
            for work in works { out.append(Candidate(s: person, p: .appearsIn, o: work.entity, trigger: i)) }
        }
        // "joining Ewan McGregor in Obi-Wan Kenobi", "alongside Krysten Ritter in The Defenders".
        for i in v.positions(.inOrFrom) where v.words[i] == "in" {
            guard let work = v.name(startingAt: i + 1), work.type == .work else { continue }
            let people = v.list(endingBefore: i, types: Self.people)
            guard let first = people.last, v.isOneOf(first.start - 1, Self.companyWords) else { continue }
            // …and whoever joins them: "Hayden Christensen joins Ewan McGregor in W", "X stars alongside Y in W".
            let company = first.start - 1
            let joiner = v.names.last { $0.end <= company && $0.end >= company - 3 && $0.type == .person
                && !v.words[$0.end..<company].contains { [",", "and", "."].contains($0) } }
            for p in people + (joiner.map { [$0] } ?? []) { out.append(Candidate(s: p.entity, p: .appearsIn, o: work.entity, trigger: i)) }
        }
        // "W stars A, B and C", "W features C", "the cast of W includes A".
        for i in v.positions(.castVerb) {
            let w = v.words[i]
            guard let work = v.name(endingAt: i) ?? (w == "starring" || w == "featuring" || w == "staring" ? v.names.last(where: { $0.end <= i && $0.type == .work }) : nil), work.type == .work else { continue }
            for s in v.list(startingAt: i + 1, types: Self.cast) { out.append(Candidate(s: s.entity, p: .appearsIn, o: work.entity, trigger: i)) }
        }
        // "Danny Rand and Colleen Wing in The Defenders", "Matt Murdock from “Daredevil”".
        for i in v.positions(.inOrFrom) {
            var j = i + 1
            // ("A, B and C in season 3 of W.": a caption names the season they are seen in.)
            if v.words[i] == "in", v.word(j) == "season", Self.number(v.word(j + 1)) != nil, v.word(j + 2) == "of" { j += 3 }
            while v.name(startingAt: j) == nil, v.isOneOf(j, Self.titleOpeners) { j += 1 }
            guard let work = v.name(startingAt: j), work.type == .work else { continue }
            for s in v.list(endingBefore: i, types: Self.characters) { out.append(Candidate(s: s.entity, p: .appearsIn, o: work.entity, trigger: i)) }
            // "Gary Oldman and Jack Lowden in Slow Horses.": a photo caption, the actors and the work they are seen in, nothing more.
            if v.words[i] == "in", v.words[work.end...].allSatisfy({ $0 == "." || $0 == ")" }), case let people = v.list(endingBefore: i, types: Self.people), people.last?.start == 0 {
                for s in people { out.append(appearance(s.entity, in: work, v, trigger: i)) }
            }
        }
        // "Alien's Sigourney Weaver".
        for i in v.positions(of: "'s") {
            if let work = v.name(endingAt: i), work.type == .work, let person = v.name(startingAt: i + 1), person.type == .person {
                out.append(Candidate(s: person.entity, p: .appearsIn, o: work.entity, trigger: i))
            }
        }
        // "The series follows A, B and C", "the cast includes A", "we see the four heroes – A, B, C".
        for i in v.positions(.listIntroducer) {
            let w = v.words[i]
            var j = i + 1
            while v.name(startingAt: j) == nil, v.isOneOf(j, Self.memberLeadIns) { j += 1 }
            let members = v.list(startingAt: j, types: w == "–" || w == "—" || w == ":" ? Self.characters : Self.cast)
            guard members.count >= (w == "–" || w == "—" || w == ":" ? 2 : 1) else { continue }
            if ["starring", "stars", "featuring", "features"].contains(w), v.name(endingAt: i)?.type == .work { continue }
            // The subject says which work: "W follows …", "The series follows …", "It stars …", "The cast includes …".
            var k = i
            while ["also", "now", "will", "further", "additionally"].contains(v.word(k - 1)) { k -= 1 }
            let subjectWork = v.name(endingAt: k).flatMap { $0.type == .work ? $0.entity : nil }
                // "The Night Shift cast includes …": the work named before the noun, else the article's.
                ?? (["series", "show", "it", "cast", "ensemble", "film", "movie", "season", "drama", "trailer", "teaser", "footage", "episode", "stars", "regulars"].contains(v.word(k - 1))
                    ? v.name(endingAt: k - 1).flatMap { $0.type == .work ? $0.entity : nil } ?? mainWork : nil)
                ?? (w == "–" || w == "—" || w == ":" ? work(v, near: i) : nil)
            guard let wk = subjectWork else { continue }
            for s in members { out.append(Candidate(s: s.entity, p: .appearsIn, o: wk, trigger: i)) }
        }
        // A list of three or more characters opening a sentence: "Daredevil, Jessica Jones, Luke Cage and Iron Fist team up".
        if let first = v.names.first, first.type == .character || first.type == .person && v.word(first.end) == "'s", first.start <= 1 {
            let members = v.list(startingAt: first.start, types: Self.characters)
            let possessed = first.type == .person
            if members.count >= 3 || possessed && members.count >= 2, let wk = work(v, near: members.last!.end) {
                for s in members { out.append(Candidate(s: s.entity, p: .appearsIn, o: wk, trigger: first.start)) }
            }
        }
        // Set photos and sightings: "W Set Photos: Luke & Jessica Reunite", "A and B were spotted filming".
        if v.has(.setWord),
           // Spotted at a convention is no set visit: a sighting counts while filming.
           v.find(["set", "photos"]) ?? v.find(["set", "pictures"]) ?? v.find(["set", "images"]) ?? v.find(["set", "video"]) ?? v.find(["on", "set"]) ?? v.find(["filming"]) ?? (isSighting(v) ? 0 : nil) != nil,
           let wk = work(v, near: 0) {
            // A team named like its series ("The Defenders") is not in the cast of itself.
            let spotted = v.find(["spotted"]) != nil && (v.find(["filming"]) != nil || isSighting(v))
            for s in v.names where s.type == .character && worksByKey[s.mention.key] == nil || s.type == .person && spotted || s.type == .person && v.find(["on", "set"]) != nil {
                out.append(Candidate(s: s.entity, p: .appearsIn, o: wk, trigger: s.start))
            }
        }
        // "Daredevil followed attorney Matt Murdock", "Luke Cage follows the titular hero".
        for i in v.positions(.followWord) {
            let w = v.words[i]
            guard w == "follows" || w == "followed" || w == "centers" && v.word(i + 1) == "on" || w == "centred" || w == "centered" && v.word(i + 1) == "on" else { continue }
            guard let subject = v.name(endingAt: i), subject.type == .work else { continue }
            var j = i + (w == "centers" || w == "centered" ? 2 : 1)
            var titular = false
            while j < v.words.count, j - i <= 6, v.name(startingAt: j) == nil, v.sentence.tokens[j].isWord, !v.sentence.tokens[j].isCapitalized || v.words[j] == "the" {
                if v.words[j] == "titular" || v.words[j] == "eponymous" || v.words[j] == "title" { titular = true }
                j += 1
            }
            if let hero = v.name(startingAt: j), hero.type == .character {
                out.append(Candidate(s: hero.entity, p: .appearsIn, o: subject.entity, trigger: i))
            } else if titular, let hero = charactersByKey[subject.mention.key] {
                out.append(Candidate(s: hero, p: .appearsIn, o: subject.entity, trigger: i))
            }
        }
        // "A and B have joined the W cast", "two more additions to the W cast: A and B".
        for i in v.positions(of: "cast") {
            // "The Defenders cast": a team named like its series is the series here.
            guard var wk = v.name(endingAt: i) ?? (v.word(i - 1) == "'s" ? v.name(endingAt: i - 1) : nil) else { continue }
            if wk.type == .character, let shared = workSharingName(wk) { wk.entity = shared; wk.type = .work }
            guard wk.type == .work else { continue }
            var k = wk.start
            if v.word(k - 1) == "the" { k -= 1 }
            if ["joined", "join", "joins", "joining"].contains(v.word(k - 1)) {
                for s in v.list(endingBefore: k - 1, types: Self.cast, slack: Self.listSlack) { out.append(appearance(s.entity, in: wk, v, trigger: i)) }
            } else if ["to", "of"].contains(v.word(k - 1)), ["additions", "addition", "members", "member", "newcomers"].contains(v.word(k - 2)) {
                var j = i + 1
                while v.name(startingAt: j) == nil, [":", "–", "—", ",", "on", "friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday", "are", "is", "include", "includes"].contains(v.word(j)) { j += 1 }
                for s in v.list(startingAt: j, types: Self.people) { out.append(appearance(s.entity, in: wk, v, trigger: i)) }
            }
        }
        // An actor's credits: "Emma D'Arcy (Truth Seekers)", "Olivia Cooke, who was fantastic in Sound of Metal",
        // "you likely recognize Cooke from W".
        for person in v.names where person.type == .person {
            // Crew credits are not appearances: "writer-producer Deborah Chow (The Mandalorian)".
            if v.word(person.end) == "(", !v.word(person.start - 1).split(separator: "-").contains(where: { lexicon.crewRoleWords[String($0)] != nil }),
               case let works = creditBracketWorks(after: person, v), let first = works.first, v.word(first.end) == ")" || v.word(first.end) == "," {
                for wk in works { out.append(Candidate(s: person.entity, p: .appearsIn, o: wk.entity, trigger: person.end)) }
            }
            if v.word(person.end) == ",", v.word(person.end + 1) == "who", ["was", "is", "has", "had", "'s"].contains(v.word(person.end + 2)) {
                var j = person.end + 3
                while j < v.words.count, j - person.end <= 8, v.name(startingAt: j) == nil, v.words[j] != "in", v.words[j] != ",", v.sentence.tokens[j].isWord { j += 1 }
                if v.word(j) == "in", ["was", "is", "'s"].contains(v.word(person.end + 2)) || v.words[(person.end + 2)..<j].contains(where: { ["starred", "appeared", "been", "seen", "featured"].contains($0) }),
                   let wk = work(v, startingAt: j + 1) {
                    out.append(Candidate(s: person.entity, p: .appearsIn, o: wk.entity, trigger: j))
                }
            }
            // "Matt Smith, who is no stranger to fans of W1 or W2", "familiar to fans of W": a known face from each.
            if v.word(person.end) == ",", v.word(person.end + 1) == "who", ["is", "'s", "will", "should", "may"].contains(v.word(person.end + 2)),
               let fans = Range(person.end + 3, upTo: min(v.words.count, person.end + 9)).first(where: { v.words[$0] == "fans" && v.word($0 + 1) == "of" && v.word($0 - 1) == "to" }),
               v.words[(person.end + 3)..<fans].contains(where: { ["stranger", "familiar", "known", "recognizable", "recognisable"].contains($0) }) {
                var j = fans + 2
                while let wk = work(v, startingAt: j) {
                    out.append(Candidate(s: person.entity, p: .appearsIn, o: wk.entity, trigger: fans))
                    j = wk.end
                    guard [",", "or", "and"].contains(v.word(j)) else { break }
                    j += 1
                    if ["or", "and"].contains(v.word(j)) { j += 1 }
                }
            }
            if Self.recognizeVerbs.contains(v.word(person.start - 1)) || Self.recognizeVerbs.contains(v.word(person.start - 2)) && v.word(person.start - 2) != "know", v.word(person.end) == "from",
               let wk = work(v, startingAt: person.end + 1) {
                out.append(Candidate(s: person.entity, p: .appearsIn, o: wk.entity, trigger: person.end))
            }
        }
        // "the Mike Colter-led series", "The Robert Pattinson-starrer, directed by …": the lead of the work named next, else of the article's.
        for person in v.names where person.type == .person && Self.leadCompounds.contains(person.mention.compound ?? "") {
            var j = person.end
            while ["series", "show", "film", "movie", "drama", "project", "sequel", "reboot", ",", "—", "–"].contains(v.word(j)) { j += 1 }
            if let wk = work(v, startingAt: j) ?? v.names.last(where: { $0.type == .work && $0.end <= person.start }) {
                out.append(Candidate(s: person.entity, p: .appearsIn, o: wk.entity, trigger: person.start))
            } else if let wk = mainWork {
                out.append(Candidate(s: person.entity, p: .appearsIn, o: wk, trigger: person.start))
            }
        }
        // "the casting announcements for A and B": roles cast for the work the sentence names, else the article's.
        for i in v.positions(.castingNoun) {
            guard let f = (i + 1...min(v.words.count, i + 3)).first(where: { v.word($0) == "for" }) else { continue }
            let roles = v.list(startingAt: f + 1, types: Self.characters)
            guard !roles.isEmpty, let wk = work(v, near: i) else { continue }
            for s in roles { out.append(Candidate(s: s.entity, p: .appearsIn, o: wk, trigger: i)) }
        }
        // "X of W fame".
        for i in v.positions(of: "fame") {
            if let work = v.name(endingAt: i), work.type == .work, v.word(work.start - 1) == "of", let person = v.name(endingAt: work.start - 1), Self.cast.contains(person.type) {
                out.append(Candidate(s: person.entity, p: .appearsIn, o: work.entity, trigger: i))
            }
        }
        return out
    }

    // MARK: platform

    func platform(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        // "hit the streaming service", "canceled at the streamer": the article's platform.
        if let main = mainPlatform, v.has(.platformNoun) {
            for phrase in Self.platformNouns {
                if let i = v.find(phrase), ["on", "to", "hit", "at", "from", "by"].contains(v.word(i - 1)) {
                    let works = v.names.filter { $0.type == .work }
                    for w in works { out.append(Candidate(s: w.entity, p: .platform, o: main, trigger: i)) }
                    if works.isEmpty, let w = anaphoricWork(v, before: i) { out.append(Candidate(s: w, p: .platform, o: main, trigger: i)) }
                }
            }
            // "slated to appear on the Disney streaming service": the platform named after its company.
            for o in v.names where o.type == .organization && v.word(o.start - 1) == "the" && ["on", "to", "hit", "at"].contains(v.word(o.start - 2))
                && v.word(o.end) == "streaming" && ["service", "platform", "giant"].contains(v.word(o.end + 1)) {
                let platform = lexicon.platforms.contains(o.mention.key) ? o.entity
                    : entityNames[main].hasPrefix(o.mention.text) ? main : platformEntities.first { entityNames[$0].hasPrefix(o.mention.text) }
                guard let platform else { continue }
                for w in v.names where w.type == .work { out.append(Candidate(s: w.entity, p: .platform, o: platform, trigger: o.start)) }
            }
        }
        let platforms = v.names.filter { $0.type == .organization && lexicon.platforms.contains($0.mention.key) }
        for p in platforms {
            // "Good Omens (Prime Video, 2019-)", "His Dark Materials (BBC One and HBO, 2019-2022)": a work's bracket
            // names where it aired.
            // (Not "The Accountant 2 (Amazon MGM)": a company named whole.)
            if v.isOneOf(p.end, Self.bracketListGoesOn), let open = bracketOfCompanies(v, before: p.start), let w = v.name(endingAt: open), w.type == .work {
                out.append(Candidate(s: w.entity, p: .platform, o: p.entity, trigger: p.start))
            }
            // "Netflix's Luke Cage", "Netflix's Marvel series Daredevil".
            if v.word(p.end) == "'s" {
                var j = p.end + 1
                while j < v.words.count, j <= p.end + 5, v.name(startingAt: j) == nil || v.name(startingAt: j)!.type == .organization { j += 1 }
                if let w = v.name(startingAt: j), w.type == .work, (j == p.end + 1 || v.words[(p.end + 1)..<j].allSatisfy { ["“", "\"", "‘", "'"].contains($0) } || v.words[(p.end + 1)..<j].contains { ["series", "show", "drama", "original", "hit"].contains($0) }) {
                    out.append(Candidate(s: w.entity, p: .platform, o: p.entity, trigger: p.start))
                } else if v.word(p.start - 1) == ",", let w = v.name(endingAt: p.start - 1), w.type == .work, isKindOfWork(v, from: p.end + 1) {
                    // "Severance, Apple TV+'s workplace thriller, returns": an apposition saying what the work before it is.
                    out.append(Candidate(s: w.entity, p: .platform, o: p.entity, trigger: p.start))
                }
            }
            // "the Netflix series Daredevil", "Netflix original Iron Fist"; "The Disney+ series takes place …": the article's work.
            if v.isOneOf(p.end, Self.platformWorkNouns) {
                // "Ozark is a Netflix original series": the subject of "is a".
                let described = ["a", "an"].contains(v.word(p.start - 1)) && ["is", "was"].contains(v.word(p.start - 2)) ? v.name(endingAt: p.start - 2) : nil
                if let w = v.name(startingAt: p.end + 1) ?? described ?? v.name(endingAt: p.start - (v.word(p.start - 1) == "the" ? 1 : 0) - 1), w.type == .work {
                    out.append(Candidate(s: w.entity, p: .platform, o: p.entity, trigger: p.start))
                } else if v.word(p.end + 1) == "of", v.word(p.end + 3) == "same", v.word(p.end + 4) == "name",
                          let named = v.names.last(where: { $0.end <= p.start && $0.type != .organization }), let w = worksByKey[named.mention.key] {
                    // "Jessica Jones in the Netflix series of the same name".
                    out.append(Candidate(s: w, p: .platform, o: p.entity, trigger: p.start))
                } else if let main = mainWork, v.name(startingAt: p.end + 1) == nil, !v.names.contains(where: { $0.type == .work && $0.start < p.start }) {
                    // ("The seven-episode Prime Video series follows …", "Filming on the Apple TV+ comedy began": the sentence's
                    // subject, or what a filming word is about.)
                    var d = p.start - 1
                    while d > 0, p.start - d <= 2, v.sentence.tokens[d].isWord, !v.sentence.tokens[d].isCapitalized, !v.isOneOf(d, Self.articles) { d -= 1 }
                    if v.word(d) == "the", d == 0 || ["on", "of", "for"].contains(v.word(d - 1)) && v.isOneOf(d - 2, Self.filmingWords) {
                        out.append(Candidate(s: main, p: .platform, o: p.entity, trigger: p.start))
                    }
                }
            }
            // "Marvel's The Defenders Netflix crossover event", "Daredevil's Netflix debut".
            if let w = v.name(endingAt: p.start) ?? (v.word(p.start - 1) == "'s" ? v.name(endingAt: p.start - 1) : nil), w.type == .work,
               ["crossover", "event", "debut", "premiere", "release", "series", "show", "original", "run", "launch"].contains(v.word(p.end)) {
                out.append(Candidate(s: w.entity, p: .platform, o: p.entity, trigger: p.start))
            }
            // "premieres on Netflix", "coming to Netflix", "streaming on Disney+", "Netflix's Marvel series, which include A, B and C".
            // ("returns to BBC One, BBC iPlayer and Disney+": a later platform of the list reads what the first follows.)
            var head = p
            while [",", "and", "&"].contains(v.word(head.start - 1)),
                  let previous = v.name(endingAt: head.start - 1) ?? (v.word(head.start - 2) == "," ? v.name(endingAt: head.start - 2) : nil),
                  previous.type == .organization, lexicon.platforms.contains(previous.mention.key) { head = previous }
            let before = v.word(head.start - 1)
            // ("originally developed at USA Network before moving to Peacock": where it was made, not where it airs.)
            if ["on", "to", "hit", "hits", "at", "via", "onto"].contains(before), !(before == "at" && v.word(head.start - 2) == "developed") {
                // Characters do not stream: "Only Jessica Jones and The Punisher remain on Netflix" names the series.
                for w in v.names {
                    // "A was released in March, while a third series is expected on Netflix": another clause's work.
                    if w.end < p.start, (w.end + 1..<p.start).contains(where: { v.words[$0 - 1] == "," && ["while", "whereas", "but"].contains(v.words[$0]) }) { continue }
                    if let work = w.type == .work ? w.entity : (w.type == .character ? workSharingName(w) : nil) {
                        out.append(Candidate(s: work, p: .platform, o: p.entity, trigger: p.start))
                    }
                }
                // "The series will hit Netflix in the summer", "It will be one of three shows … coming to Netflix".
                if let w = anaphoricWork(v, before: p.start) { out.append(Candidate(s: w, p: .platform, o: p.entity, trigger: p.start)) }
            } else if let cue = Range(p.end, upTo: min(v.words.count, p.end + 6)).first(where: { v.isOneOf($0, Self.platformSlateNouns) }),
                      !(p.end..<cue).contains(where: { v.name(startingAt: $0) != nil && v.name(startingAt: $0)!.type != .organization }) {
                // "Netflix's other Marvel series, which include A, B and C", "the Netflix series Daredevil".
                var j = cue + 1
                while v.name(startingAt: j) == nil, [",", "which", "include", "includes", "including", ":", "like", "such", "as", "—", "–", "“", "\"", "‘", "'"].contains(v.word(j)) { j += 1 }
                let listed = v.list(startingAt: j, types: Self.works)
                for w in listed { out.append(Candidate(s: w.entity, p: .platform, o: p.entity, trigger: p.start)) }
                // "The Glass Orchard is now the third of Hulu's original dramas to be cancelled".
                if listed.isEmpty, v.word(p.end) == "'s", let subject = sentenceSubjectWork(v) {
                    out.append(Candidate(s: subject, p: .platform, o: p.entity, trigger: p.start))
                }
            } else if v.word(p.end) == "'s", ["series", "collection", "world", "universe", "corner", "crossover", "show", "shows", "lineup", "slate", "dramas", "originals", "comedies"].contains(where: { v.words[p.end..<min(v.words.count, p.end + 7)].contains($0) }) {
                // "the next series in Netflix's Marvel collection … The Defenders": one work, one platform;
                // "Luke Cage is now the second of Netflix's Marvel series to be canceled": the subject.
                let works = v.names.filter { $0.type == .work && !isCredit($0, v) }
                if works.count == 1 { out.append(Candidate(s: works[0].entity, p: .platform, o: p.entity, trigger: p.start)) }
                else if let subject = sentenceSubjectWork(v) {
                    out.append(Candidate(s: subject, p: .platform, o: p.entity, trigger: p.start))
                }
            }
            // "Netflix has renewed Luke Cage", "Netflix cancelled Daredevil".
            var j = p.end
            while ["has", "have", "officially", "just", "also", "is", "reportedly", "had"].contains(v.word(j)) { j += 1 }
            let verbEnd = lexicon.platformVerbs.contains(v.word(j)) ? j + 1
                : lexicon.platformVerbPhrases.first { v.words.find($0, from: j, to: j + $0.count) != nil }.map { j + $0.count }
            if let verbEnd, let w = v.name(startingAt: verbEnd) ?? v.name(startingAt: verbEnd + 1), w.type == .work {
                out.append(Candidate(s: w.entity, p: .platform, o: p.entity, trigger: j))
            }
            // "Hulu has given Night Shift a straight-to-series order".
            if v.isOneOf(j, Self.giveVerbs), let w = v.name(startingAt: j + 1), w.type == .work,
               v.words[w.end..<min(v.words.count, w.end + 5)].contains(where: { $0 == "order" || $0 == "renewal" }) {
                out.append(Candidate(s: w.entity, p: .platform, o: p.entity, trigger: j))
            }
        }
        return out
    }

    static let creationAuxiliaries: WordSet = ["was", "is", "were", "originally", "first", "also"]
    static let plannedWords: WordSet = ["expected", "set", "slated", "scheduled", "due"]
    static let landVerbs: WordSet = ["land", "lands", "landed", "landing"]
    static let afterLanding: WordSet = ["in", "on", "at", "this", "next", "later", "early", "sometime", "exclusively", "soon"]
    static let giveVerbs: WordSet = ["given", "gave", "gives", "handed"]
    static let itVerbs: WordSet = ["will", "is", "was", "'s", "'ll", "would", "premieres", "debuts", "arrives", "hits", "streams", "lands", "comes", "returns", "airs", "also", "now"]
    /// "the Netflix series Daredevil", "his Paramount+ thriller Lioness", "Lawmen: Bass Reeves, the Paramount+ Western".
    static let platformWorkNouns: WordSet = ["series", "original", "show", "drama", "shows", "film", "movie", "miniseries", "thriller", "western",
                                              "comedy", "sitcom", "anthology", "docuseries", "procedural", "hit", "spinoff", "prequel", "adaptation"]
    static let platformNouns: [[String]] = [["the", "streaming", "service"], ["the", "streamer"], ["the", "streaming", "giant"], ["the", "streaming", "platform"], ["the", "network"]]

    /// "The series will hit Netflix", "It is coming to Netflix": a sentence that names no work but speaks of one
    /// as its subject means the one the text was speaking of.
    func anaphoricWork(_ v: SentenceView, before i: Int) -> Int? {
        let it = { (k: Int) in v.words[k] == "it" && Self.itVerbs.contains(v.word(k + 1)) }
        let k = Range(0, upTo: min(i, v.words.count)).first { it($0) || v.isOneOf($0, Self.anaphoricWorkNouns) && v.isOneOf($0 - 1, Self.workDeterminers) }
        guard let k, !v.names.contains(where: { $0.start <= k && $0.type != .organization && $0.type != .event }) else { return nil }
        // "It" continues the text's last work; "the series" most often means the article's own.
        return it(k) ? v.previousWork ?? mainWork : mainWork ?? v.previousWork
    }

    /// The work a sentence opens with as its subject: "Luke Cage is now the second …".
    func sentenceSubjectWork(_ v: SentenceView) -> Int? {
        guard let subject = v.names.first, subject.type == .work, subject.start <= 1,
              ["is", "was", "becomes", "became", "has", "joins"].contains(v.word(subject.end)) else { return nil }
        return subject.entity
    }

    // MARK: crew

    /// "is by", "are once again by": where a copula at `i` says who made a credit, the index of its "by".
    func statedCreditBy(_ v: SentenceView, at i: Int) -> Int? {
        guard Self.backCopulas.contains(v.word(i)) else { return nil }
        var j = i + 1
        while Self.creditAdverbs.contains(v.word(j)) { j += 1 }
        return v.word(j) == "by" ? j : nil
    }

    func crew(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        var claimed = Set<Int>()
        // "The Lana Wachowski-directed ‘Matrix 4’": the compound gives the person's role on the work named next.
        for person in v.names where person.type == .person {
            guard let compound = person.mention.compound, let role = Self.compoundRoles[compound] else { continue }
            var j = person.end
            while ["series", "show", "film", "movie", "drama", "project", "sequel"].contains(v.word(j)) { j += 1 }
            if let wk = work(v, startingAt: j)?.entity ?? mainWork {
                out.append(Candidate(s: wk, p: .crew, o: person.entity, q: ["role": role], trigger: person.start))
            }
        }
        // "based on a story by A with B and C", "from his story with B and C", "the screenplay is once again by A and B":
        // the authors of a writing credit are writers; "the score is by C" (a credit stated with a copula) names a composer.
        for i in v.positions(.credit) {
            var j = i + 1
            if let by = statedCreditBy(v, at: j) {
                j = by
            } else {
                guard v.isOneOf(i, Self.writingCredits) else { continue }
                if v.word(j) == "also" { j += 1 }
            }
            guard v.word(j) == "by" || v.word(j) == "with" else { continue }
            let music = v.isOneOf(i, Self.makersMusic)
            var people: [Int] = []
            while v.word(j) == "by" || v.word(j) == "with" {
                let listed = v.list(startingAt: j + 1, types: Self.people, slack: [","])
                guard let last = listed.last else { break }
                people += listed.map(\.entity)
                j = last.end
            }
            guard !people.isEmpty, let wk = work(v, near: i) else { continue }
            for p in people { out.append(Candidate(s: wk, p: .crew, o: p, q: ["role": music ? "composer" : "writer"], trigger: i)) }
        }
        // "Richard Donner's Superman (1978)", "Celine Song's romantic comedy Materialists": a maker's possessive.
        for owner in v.names where owner.type == .person && v.word(owner.end) == "'s" {
            if let c = makersPossessive(v, owner: owner) { out.append(c) }
        }
        guard v.has(.crewStart) else { return out }
        // Whether the sentence tells a character's making: read once, when a phrase names no work.
        var characterCreation: Bool?
        // (By index: a look-up in `crewRoles` hashed each word of the phrase with SipHash.)
        for entry in lexicon.crewPhrases.candidateIndices(in: v) {
            let (phrase, role) = lexicon.crewRolesByLength[entry]
            // Its last word, the verb most often: "co-created", "wrote".
            let lastWord = phrase[phrase.count - 1]
            var from = 0
            while let i = v.find(phrase, from: from) {
                from = i + 1
                if claimed.contains(i) { continue }
                for k in i..<(i + phrase.count) { claimed.insert(k) }
                // A casting director or an art director is not the work's director (but "the musical directed by" is the work's).
                if Self.notCrew.contains(v.word(i - 1)), !(v.isOneOf(i - 1, EntityResolver.genreBefore) && phrase[0].hasSuffix("ed")) { continue }
                // "X is back behind the camera" (not "Behind the camera, X …", which only opens a list of the crew).
                if phrase[0] == "behind", !Self.behindCameraVerbs.contains(v.word(i - 1)) { continue }
                let end = i + phrase.count
                // "showrunner Marco Ramirez", "Executive Producer/Showrunner Melissa Rosenberg", "directed by S.J. Clarkson".
                var after = end
                // "Creator and showrunner Tony Gilroy": role words joined by "and" name the same people.
                while v.word(after) == "/" || v.word(after) == "-" || lexicon.crewRoleWords[v.word(after)] != nil
                        || (v.word(after) == "and" || v.word(after) == "&") && lexicon.crewRoleWords[v.word(after + 1)] != nil { after += 1 }
                // "is a producer, alongside A and B", "serves as an executive producer, along with A and B": A and B are
                // the subject's partners in the role.
                var partnered = v.word(after) == "alongside"
                if v.word(after) == ",", v.word(after + 1) == "alongside" { after += 1; partnered = true }
                if v.word(after) == ",", v.word(after + 1) == "along", v.word(after + 2) == "with" { after += 1 }
                if v.word(after) == "along", v.word(after + 1) == "with" { after += 2; partnered = true }
                // ("the score is by C": the writing credits' rule reads C.)
                if statedCreditBy(v, at: after) != nil { continue }
                var listed = v.list(startingAt: after, types: Self.people, slack: Self.crewListSlack)
                // ("produced by Blumhouse in association with Hulu": a company, whatever its name looks like.)
                listed.removeAll { v.word($0.end + 1) == "association" }
                dropClauseOpener(&listed, v)
                var people = listed.map(\.entity)
                // "Doug Petrie and Marco Ramirez will step up as showrunners", "A, B and C have signed on to direct",
                // "Goldsman, Kurtzman and Lumet are executive producers alongside D".
                var j = i
                // "Gosling is also one of the film's producers".
                if v.isOneOf(i - 1, Self.oneOfOwners), let one = (max(0, i - 5)..<i).last(where: { v.word($0) == "one" && v.word($0 + 1) == "of" }),
                   (one + 2..<i).allSatisfy({ v.isOneOf($0, Self.oneOfOwners) }) { j = one }
                while j > 0, v.word(j - 1) == "/" || lexicon.crewRoleWords[v.word(j - 1)] != nil || Self.crewLeadIn.contains(v.word(j - 1)) || v.name(endingAt: j)?.type == .work {
                    j = v.name(endingAt: j)?.start ?? (j - 1)
                }
                if v.word(j - 1) == "," { j -= 1 }
                if people.isEmpty || partnered {
                    var beforeNames = v.list(endingBefore: j, types: Self.people, slack: Self.crewSubjectSlack)
                    // ("Kirkman created the comics with A and B, and C serves as showrunner": the partners of another verb,
                    // up to the comma after their "with", are not the subject.)
                    // ("He wrote the script with A and B, and C produces": the list may open right after the "with", and then
                    // ends at ", and", not at the commas inside it: "…, with A, B and C among the producers".)
                    if let earliest = beforeNames.last, let with = (max(0, earliest.start - 1)..<j).first(where: { v.words[$0] == "with" || v.words[$0] == "alongside" }),
                       let comma = (with..<j).first(where: { v.words[$0] == "," && (with >= earliest.start || v.word($0 + 1) == "and") }) { beforeNames.removeAll { $0.start < comma } }
                    // ("A, B and C, who also directs the premiere": a verb in the singular after "who" is the last one's.)
                    if beforeNames.count > 1, let last = beforeNames.max(by: { $0.end < $1.end }), v.words[last.end..<i].contains("who"),
                       Self.singularCrewVerbs.contains(phrase[0]) { beforeNames = [last] }
                    var before = beforeNames.map(\.entity)
                    // "Dana Hill, who created Harbor Lights, will serve as showrunner": the name before the clause
                    // (also past names inside it: "Sudeikis, who co-created the show with A and B, is also writing").
                    if v.word(j) == ",", let named = v.name(beforeRelativeClauseEndingAt: j + 1), named.type == .person,
                       before.isEmpty || v.word(named.end + 1) == "who" { before = [named.entity] }
                    people += before
                    // "He also serves as co-showrunner": the person the text was speaking of.
                    // ("from a script she wrote": the woman this sentence named before, if it did.)
                    if before.isEmpty, let pronoun = [v.word(j - 1), v.word(j - 2)].first(where: { $0 == "he" || $0 == "she" }),
                       let previous = person(forPronoun: pronoun, v, before: j) ?? v.previousPerson {
                        people.append(previous)
                    }
                }
                // "X co-created the show with Y", "a script he wrote with Y", "who developed the series with Y": Y shares the role.
                if lastWord.hasPrefix("co-") || Self.sharedMakingVerbs.contains(lastWord), !people.isEmpty,
                   let with = Range(end, upTo: min(v.words.count, end + 5)).first(where: { v.word($0) == "with" || v.word($0) == "alongside" }) {
                    var partners = v.list(startingAt: with + 1, types: Self.people, slack: Self.crewListSlack)
                    dropClauseOpener(&partners, v)
                    people += partners.map(\.entity)
                }
                // "A takes over as showrunner from B", "A replaces B as showrunner": both hold the role in turn.
                if v.word(i - 1) == "as" {
                    if v.word(i - 2) == "over", v.word(after) == "from", let former = v.name(startingAt: after + 1), former.type == .person {
                        people.append(former.entity)
                    }
                    if let former = v.name(endingAt: i - 1), former.type == .person, v.isOneOf(former.start - 1, Self.succeedVerbs) {
                        var k = former.start - 1
                        if v.isOneOf(k - 1, Self.succeedAuxiliaries) { k -= 1 }
                        if let successor = v.name(endingAt: k), successor.type == .person { people.append(successor.entity) }
                    }
                }
                guard !people.isEmpty else { continue }
                // The work: "Daredevil showrunner X", "X, showrunner of Y", else the sentence's or the article's.
                let direct = v.name(endingAt: i).flatMap { $0.type == .work ? $0 : nil }
                    ?? (v.word(i - 1) == "'s" ? v.name(endingAt: i - 1).flatMap { $0.type == .work ? $0 : nil } : nil)
                    ?? (v.word(end) == "of" || v.word(end) == "on" || v.word(end) == "for" ? v.name(startingAt: end + 1).flatMap { $0.type == .work ? $0 : nil } : nil)
                // "the screenwriter on the Twilight movie franchise": a role on something that is no work here (but "producing for
                // DC Studios" names whom the article's work is produced for).
                if direct == nil, ["on", "of", "for"].contains(v.word(end)), let other = v.name(startingAt: end + 1) ?? v.name(startingAt: end + 2), other.type != .work, other.type != .organization || v.word(end) != "for" || role != "producer" { continue }
                // "a direct sequel": the adjective.
                // ("mans the helm of the ship": the noun.)
                if phrase == ["direct"] || phrase == ["helm"], v.isOneOf(i - 1, Self.adjectiveLeads) { continue }
                // "she will write a memoir": a verb of making whose object is no work ("write and direct Night Shift",
                // "helm the first two episodes" are).
                if Self.crewVerbs.contains(lastWord) {
                    let o = objectStart(v, from: v.word(end) == "and" ? end + 2 : end)
                    // ("Sam Park will direct." leaves the work to the article, and so does "will direct from a script by …".)
                    if o < v.words.count, v.sentence.tokens[o].kind != .punctuation, v.word(o) != "from", v.name(startingAt: o) == nil,
                       !v.isOneOf(o, Self.crewObjectNouns), !v.isOneOf(o, Self.anaphoricWorkNouns) { continue }
                }
                let object = objectStart(v, from: end)
                // "who directed the 1984 original Ghostbusters": the verb's object is a title not read as a name, no work of the article.
                if Self.crewVerbs.contains(lastWord) || Self.sharedMakingVerbs.contains(lastWord),
                   unreadTitle(v, at: object) { continue }
                // "wrote the score", "composed the theme": music names the composer, not a writer.
                if role != "composer", v.isOneOf(object, Self.musicNouns)
                    || v.isOneOf(object + 1, Self.musicNouns) && v.sentence.tokens[object].isWord && !v.sentence.tokens[object].isCapitalized { continue }
                // "… memories," he wrote.": a verb of writing that ends the sentence reports speech.
                if phrase == ["wrote"], [".", ",", "!", "?", "”", "\""].contains(v.word(end)) || end >= v.words.count { continue }
                // "Peele wrote on social media", "wrote in an Instagram post": a post, not a credit
                // ("wrote on The Umbrella Academy" is one). A closing "X." is one token, an initial to the tokenizer.
                if phrase == ["wrote"], v.word(end) == "on" || v.word(end) == "in" {
                    var k = end + 1
                    while v.isOneOf(k, EntityResolver.roleDeterminers) { k += 1 }  // "on his blog", "in a statement"
                    if v.isOneOf(k, Self.postVenues) { continue }
                }
                // "director Deborah Chow explained that the miniseries …": a work named far away is another one.
                // ("Hawley, who created Fargo, is the showrunner": nor one named in a clause about the person.)
                let nearest = v.names.filter { $0.type == .work && !v.isAside($0, from: i) }.min { abs($0.start - i) < abs($1.start - i) }
                var named = direct?.entity
                // ("Deborah Chow, who directed all six episodes, had heard the Loki score": nor one past the relative clause
                // the role is told in.)
                let pastClause = nearest.map { n in
                    n.start > i && v.word(i - 1) == "who" && v.word(i - 2) == "," && (end..<n.start).contains { v.words[$0] == "," }
                } ?? false
                if named == nil, let nearest, abs(nearest.start - i) <= 8, !pastClause { named = nearest.entity }
                if named == nil, characterCreation == nil { characterCreation = isCharacterCreation(v) }
                guard let w = named ?? (characterCreation == true ? nil : mainWork ?? nearest?.entity) else { continue }
                // ("has been married to producer Tom Reyes": a trade, not a credit.)
                if (max(0, i - 3)..<i).contains(where: { v.lookUp($0, in: lexicon.relationshipWords) != nil }) { continue }
                // "the director of A and B": each work listed after the preposition.
                var works = [w]
                if let direct, direct.start == end + 1 { works += v.list(startingAt: direct.start, types: Self.works).dropFirst().map(\.entity) }
                for wk in works {
                    for person in people { out.append(Candidate(s: wk, p: .crew, o: person, q: ["role": role], trigger: i)) }
                }
            }
        }
        return out
    }

    /// "with showrunner Ira Parker, and Owen Harris directed …": a name that opens a clause of its own is not listed.
    func dropClauseOpener(_ listed: inout [SentenceView.Name], _ v: SentenceView) {
        if listed.count >= 2, let last = listed.last, v.word(last.start - 1) == "and", v.word(last.start - 2) == ",",
           last.end < v.words.count, v.sentence.tokens[last.end].isWord, !v.sentence.tokens[last.end].isCapitalized,
           !Self.crewListSlack.contains(v.words[last.end]) { listed.removeLast() }
    }

    /// A capitalised word within the next few, before any punctuation or name: a title the finder did not take for a name.
    func unreadTitle(_ v: SentenceView, at o: Int) -> Bool {
        for k in o..<min(v.words.count, o + 4) {
            let t = v.sentence.tokens[k]
            if t.kind == .punctuation || v.name(covering: k) != nil { return false }
            if t.isWord, t.isCapitalized, !v.isOneOf(k, Self.crewObjectNouns) { return true }
        }
        return false
    }

    /// Where a verb's object starts, from `o`: past its determiners ("much of the first season": a part of the object).
    func objectStart(_ v: SentenceView, from o: Int) -> Int {
        var o = o
        while v.isOneOf(o, Self.objectDeterminers) || v.word(o) == "of" && v.isOneOf(o - 1, Self.objectDeterminers) { o += 1 }
        return o
    }

    /// "The character was created by writer A and artist B in 1975", "Riri was created by …": a character's makers,
    /// who are a work's only where the sentence names it ("created by Bendis for his Alias series").
    func isCharacterCreation(_ v: SentenceView) -> Bool {
        guard let i = v.find(["created", "by"]) else { return false }
        var k = i
        while k > 0, Self.creationAuxiliaries.contains(v.word(k - 1)) { k -= 1 }
        return v.word(k - 1) == "character" || v.isOneOf(k - 1, Self.heOrShe) || v.name(endingAt: k).map { $0.type == .character && workSharingName($0) == nil } == true
    }

    static let knownAsAdverbs: WordSet = ["simply", "widely", "just", "mostly", "popularly", "publicly", "only"]
    static let knownAsLeads: WordSet = ["also", "better", "otherwise", ",", "once", "now", "simply", "widely", "monster", "man", "woman", "villain", "vigilante", "hero", "gangster", "assassin", "boy", "girl"]

    /// The character a description in lower case before `i` is about: "Henry Creel, the boy who
    /// became the monster" (at most twelve words back, no other name or capitalised word between).
    func describedCharacter(_ v: SentenceView, before i: Int) -> SentenceView.Name? {
        var k = i - 1
        while k >= 0, i - k <= 12 {
            if let n = v.name(endingAt: k + 1) { return n.type == .character ? n : nil }
            if v.sentence.tokens[k].isCapitalized { return nil }
            k -= 1
        }
        return nil
    }
    /// What a person's possessive before a work says of them, when a year or the work's kind marks it as theirs:
    /// "Richard Donner's Superman (1978)", "Fede Álvarez's 2013 Evil Dead", "Danny Boyle's FX series Trust",
    /// "Philip Kaufman's remake of Invasion of the Body Snatchers", "Monkey Man, Dev Patel's directorial debut",
    /// "Ludwig Göransson's score", and "Ari Aster's Eddington" unless the article casts Aster.
    func makersPossessive(_ v: SentenceView, owner: SentenceView.Name) -> Candidate? {
        // (A performer's possessive names a role or a vehicle.)
        guard !performers.values.contains(owner.entity) else { return nil }
        let tokens = v.sentence.tokens
        var j = owner.end + 1
        let yearBefore = j < tokens.count && MentionFinder.isYear(tokens[j])
        if yearBefore { j += 1 }
        // "Daft Punk's score for Tron: Legacy", "Aaron May and David Ridley's sparse score".
        var music = j
        while music < min(tokens.count, j + 3), tokens[music].isWord, !tokens[music].isCapitalized, !v.isOneOf(music, Self.makersMusic) { music += 1 }
        if v.isOneOf(music, Self.makersMusic), !v.isOneOf(music + 1, Self.musicRoleStops) {
            let named = v.word(music + 1) == "for" ? work(v, startingAt: music + 2) : nil
            guard let wk = named?.entity ?? work(v, near: music) else { return nil }
            return Candidate(s: wk, p: .crew, o: owner.entity, q: ["role": "composer"], trigger: owner.start)
        }
        // "the FX series", "ABC Family drama": a network's kind of work is a series.
        var onTelevision = false
        if let network = v.name(startingAt: j), network.type == .organization { j = network.end; onTelevision = true }
        // The last kind said ("action comedy series"). (Not `afterKindOfWork`: a maker's kinds are more, "remake",
        // "debut", "horror", and the role depends on which.)
        var kind: String?
        var k = j
        while k < min(tokens.count, j + 4), v.name(startingAt: k) == nil, tokens[k].isWord, !tokens[k].isCapitalized {
            if v.isOneOf(k, Self.seriesKinds) || v.isOneOf(k, Self.filmKinds) { kind = v.words[k] }
            else if kind != nil { break }
            k += 1
        }
        // Lower-case words that end in no kind of work say something else: "Denzel Washington's executive officer in
        // Crimson Tide (1995)", "Meyer's 2020 novel Midnight Sun".
        if kind == nil, k > j { return nil }
        let series = onTelevision || kind.map { Self.seriesKinds.contains($0) } == true
        let role = series ? "creator" : "director"
        // "Philip Kaufman's remake of Invasion of the Body Snatchers" is the remake's (not "a sequel to": another work).
        if kind == "remake", v.word(k) == "of" { k += 1 }
        // (Not "Taylor Sheridan's Yellowstone prequel", "Andrew Lane's Young Sherlock Holmes novels": a kind after the
        // title names another work.)
        if let w = v.name(startingAt: k), w.type == .work, !v.isOneOf(w.end, Self.filmKinds), !v.isOneOf(w.end, Self.seriesKinds),
           !v.isOneOf(w.end, Self.sourceKinds) {
            let yearAfter = v.word(w.end) == "(" && w.end + 1 < tokens.count && MentionFinder.isYear(tokens[w.end + 1])
            var c = Candidate(s: w.entity, p: .crew, o: owner.entity, q: ["role": role], trigger: owner.start)
            c.unlessCast = kind == nil && !yearBefore && !yearAfter && !onTelevision
            return c
        }
        // "IF, John Krasinski's family comedy about imaginary friends": the work the apposition describes.
        guard let kind, k > j, !Self.otherWorkKinds.contains(kind), v.word(owner.start - 1) == ",",
              let w = v.name(endingAt: owner.start - 1), w.type == .work else { return nil }
        return Candidate(s: w.entity, p: .crew, o: owner.entity, q: ["role": role], trigger: owner.start)
    }
    /// Kinds of work a maker's possessive names: a film's is its director's, a series' its creator's.
    static let filmKinds: WordSet = ["film", "movie", "feature", "thriller", "drama", "comedy", "documentary", "musical", "western", "biopic",
                                     "horror", "satire", "romance", "epic", "classic", "remake", "reboot", "debut", "adaptation", "sequel", "prequel"]
    static let seriesKinds: WordSet = ["series", "show", "miniseries", "sitcom", "dramedy", "docuseries", "anthology"]
    /// What a writer's possessive before a title may go on to: "Andrew Lane's Young Sherlock Holmes novels".
    static let sourceKinds: WordSet = ["novel", "novels", "book", "books", "comic", "comics", "manga", "game", "games", "universe", "franchise", "saga", "trilogy", "play"]
    /// Kinds that name another work after them ("a sequel to", "an adaptation of"), not the one before.
    static let otherWorkKinds: WordSet = ["sequel", "prequel", "adaptation", "remake"]
    /// What a composer's possessive names: "Ludwig Göransson's score" (not a theme, often an older work's).
    static let makersMusic: WordSet = ["score", "scores", "music", "soundtrack"]
    /// "Göransson's score director", "the score's rights": music words that go on to something else.
    static let musicRoleStops: WordSet = ["director", "directors", "supervisor", "supervisors", "'s", "editor", "video", "videos", "rights", "label"]
    static let adjectiveLeads: WordSet = ["a", "an", "the", "'s", "more", "most", "less", "its", "their", "his", "her"]
    static let crewVerbs: WordSet = ["write", "direct", "compose", "helm"]
    /// Where a person writes a post, a statement or a letter: "wrote on X", "wrote in a statement".
    static let postVenues: WordSet = ["x", "x.", "instagram", "twitter", "threads", "facebook", "tiktok", "bluesky", "social", "substack",
                                      "reddit", "letterboxd", "blog", "post", "posts", "statement", "message", "letter", "tweet",
                                      "caption", "newsletter", "essay", "op-ed", "email", "note", "memo"]
    static let musicNouns: WordSet = ["score", "scores", "music", "theme", "themes", "song", "songs", "soundtrack"]
    static let singularCrewVerbs: WordSet = ["directs", "produces", "writes", "creates", "composes", "develops", "helms", "pens", "co-writes", "co-directs", "serves"]
    static let sharedMakingVerbs: WordSet = ["wrote", "writes", "writing", "created", "creates", "developed", "directed", "directs", "directing",
                                             "produced", "produces", "producing", "composed", "composes", "scored"]
    static let objectDeterminers: WordSet = ["the", "its", "their", "his", "her", "first", "second", "third", "two", "three", "four", "final", "next", "new", "upcoming", "entire", "whole", "all", "every", "several", "some", "both",
                                             "multiple", "many", "most", "much"]
    static let crewObjectNouns: WordSet = ["pilot", "script", "scripts", "episode", "episodes", "season", "finale", "premiere", "score", "music", "theme", "screenplay", "teleplay", "adaptation", "project", "reboot", "revival", "remake"]
    static let compoundRoles: [String: String] = ["directed": "director", "helmed": "director", "produced": "producer", "penned": "writer", "written": "writer", "created": "creator"]
    static let notCrew: WordSet = ["casting", "art", "creative", "managing", "photography", "music", "musical", "stunt", "second-unit", "assistant", "associate", "executive-in-charge", "program", "programming", "marketing", "comic", "comics"]
    static let behindCameraVerbs: WordSet = ["back", "is", "was", "be", "remains", "stays", "returns", "steps", "stepped", "stay", "remain", "return"]
    static let crewLeadIn: WordSet = ["the", "as", "who", "series", "'s", "new", "co", "executive", "and", "former", "serve", "serves", "serving", "served", "will", "step", "up", "to", "are", "is", "was", "were", "also", "both", "joining", "join", "joins", "them", "him", "her", "signed", "sign", "on", "have", "has", "been", "tapped", "hired", "named", "set",
                                      "again", "back", "remain", "remains", "return", "returns", "returning", "still", "an", "a", "sole", "lead", "head", "among",
                                      "reportedly", "officially", "now", "over", "taken", "takes", "take", "taking", "longtime", "veteran", "frequent", "once", "writing"]
    /// "A replaces B as showrunner", "A will succeed B as director".
    static let succeedVerbs: WordSet = ["replaces", "replace", "replaced", "replacing", "succeeds", "succeed", "succeeded", "succeeding"]
    static let succeedAuxiliaries: WordSet = ["will", "is", "was", "has", "had", "would"]
    /// "one of the film's producers", "one of its writers": the words between "one of" and the role.
    static let oneOfOwners: WordSet = ["the", "its", "their", "'s", "show", "series", "film", "movie"]

    // MARK: release

    static let yearDeterminers: WordSet = ["the", "a", "an", "its", "his", "her", "their"]
    /// "a 2026 release", "its 2027 debut", "a 2026 window": nouns a year before them dates as the work's release.
    static let datedReleaseNouns = EntityResolver.releaseNouns.union(["releases", "bow", "rollout", "opening", "arrival", "date", "window", "slot", "start"])
    /// "2025-W33" (not "2025-WI", a winter).
    static func isWeek(_ value: String) -> Bool {
        // (By bytes: this is asked of every date.)
        var bytes = value.utf8.dropFirst(4).makeIterator()
        return bytes.next() == UInt8(ascii: "-") && bytes.next() == UInt8(ascii: "W") && bytes.next().map { $0 >= 48 && $0 <= 57 } == true
    }
    static let replacedCues: WordSet = ["originally", "previously", "initially", "moved", "pushed", "delayed", "from", "than"]
    static let firstPlanCues: WordSet = ["originally", "initially"]

    func release(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        // "2005's Revenge of the Sith".
        for (time, token) in v.times where time.type == .date {
            guard let value = time.value, value.first?.isNumber == true else { continue }
            let end = v.sentence.tokens.firstIndex { $0.start >= time.range.upperBound } ?? v.words.count
            if v.word(end) == "'s", let w = v.name(startingAt: end + 1), w.type == .work {
                out.append(Candidate(s: w.entity, p: .release, literal: value, trigger: token))
                continue
            }
            // "Annie Hall (1977)", "in Reds (1981), she played": a year in brackets after a title is its release's.
            if value.utf8.count == 4, end == token + 1, v.word(token - 1) == "(", v.word(end) == ")", let w = v.name(endingAt: token - 1), w.type == .work {
                out.append(Candidate(s: w.entity, p: .release, literal: value, trigger: token))
                continue
            }
            // "the 2008 animated film Star Wars: The Clone Wars", "Netflix's 2020 teen romance The Half of It":
            // a year, a description in lower case, then the title it dates.
            guard value.utf8.count == 4, end == token + 1, v.isOneOf(token - 1, Self.yearDeterminers) || v.word(token - 1) == "'s" else { continue }
            var k = end
            // (Not "the 2019 season of W": a preposition says the year is another thing's.)
            while k < min(v.words.count, end + 4), v.name(startingAt: k) == nil, v.sentence.tokens[k].isWord, !v.sentence.tokens[k].isCapitalized, !v.isOneOf(k, Self.clauseWords) { k += 1 }
            if k > end, let w = v.name(startingAt: k), w.type == .work {
                out.append(Candidate(s: w.entity, p: .release, literal: value, trigger: token))
            }
        }
        // "has been shifted from June 3 to November 4": a move names the new date without a release verb.
        guard v.has(.releaseVerb) || v.has(.delayVerb) else { return out }
        var dated: [Int: Int] = [:]  // the token of each work's date
        var sentenceYear: String? = nil
        for (time, token) in v.times where time.type == .date {
            // (A week is no release date: "one week earlier than …" measures a move.)
            guard var value = time.value, value.first?.isNumber == true, !Self.isWeek(value) else { continue }
            // "due next year, most likely in the summer": a season or month said without its year
            // belongs to the year the sentence just named.
            let hasDigits = time.text.utf8.contains { $0 >= 48 && $0 <= 57 }
            if let year = sentenceYear, value.count > 4, !value.hasPrefix(year), !hasDigits {
                value = year + value.dropFirst(4)
            }
            // "released on Tuesday", "today": the news of the day, not a release date (but "Friday, Oct. 4" names its day).
            let spoken = time.text.lowercased()
            if ["today", "tonight", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "this week", "last week"].contains(where: { spoken.containsBytes(of: $0) }),
               !hasDigits { continue }
            // A replaced date is not a fact: "originally scheduled for June", "moved from May", "shifted from June 3 to …".
            if (max(0, token - 3)..<token).contains(where: { Self.replacedCues.contains(v.word($0)) }) && !["to", "until", "for"].contains(v.word(token - 1)) { continue }
            // "Originally slated for May": a date the text says was the first plan, whatever the preposition.
            if (max(0, token - 4)..<token).contains(where: { Self.firstPlanCues.contains(v.word($0)) }) { continue }
            if v.word(token - 1) == "from" || v.word(token - 2) == "from" { continue }
            // A dateline repeats the day of publication; it dates the news, not a release.
            if value == published { continue }
            if let instead = v.find(["instead", "of"]), instead < token, token - instead <= 4 { continue }
            let end = v.sentence.tokens.firstIndex { $0.start >= time.range.upperBound } ?? v.words.count
            if v.word(end) == "'s" { continue }
            // "moved W, the sequel to the 2023 hit, to June 27": a year said as an adjective dates the thing it describes
            // (but "set for a 2026 release" is the work's).
            if value.utf8.count == 4, end == token + 1, v.isOneOf(token - 1, Self.yearDeterminers), end < v.words.count,
               v.sentence.tokens[end].isWord, !v.sentence.tokens[end].isCapitalized, !v.isOneOf(end, Self.datedReleaseNouns) { continue }
            // The release verb that governs this date: the nearest one before it in the sentence, else after it.
            // (A verb of several words counts where it is said whole: "set for June 5", not "set in 1970s New York" nor
            // "the date the network had set in July".)
            func oneWord(_ k: Int) -> Bool { v.lookUp(k, in: lexicon.releaseVerbPhrases) == nil }
            func phraseAt(_ k: Int) -> Bool { v.lookUp(k, in: lexicon.releaseVerbPhrases)?.contains { v.find($0, from: k) == k } == true }
            if (max(0, token - 2)..<token).contains(where: { !oneWord($0) && !phraseAt($0) && v.word($0 + 1) == "in" }) { continue }
            guard var verb = (0..<token).last(where: { !v.classes[$0].isDisjoint(with: [.releaseVerb, .delayVerb]) && (oneWord($0) || phraseAt($0)) })
                    ?? (token..<v.words.count).first(where: { v.classes[$0].contains(.releaseVerb) && (oneWord($0) || phraseAt($0)) }) else { continue }
            // "The premiere of Night Shift is set for June 5": the noun the phrase is said of, in its clause, is the verb.
            if !oneWord(verb), let noun = (0..<verb).last(where: { v.classes[$0].contains(.releaseVerb) && oneWord($0) }),
               !v.words[noun..<verb].contains(",") { verb = noun }
            // ("No premiere date has been set, but Hulu is expected to announce one this month": another verb's date.)
            if v.isOneOf(verb, Self.plannedWords), v.word(verb + 1) == "to", verb + 2 < v.words.count, !v.classes[verb + 2].contains(.releaseVerb), v.word(verb + 2) != "be" { continue }
            // ("landed the role in 2018": a work lands in a month or on a platform, not a role.)
            if v.isOneOf(verb, Self.landVerbs), !v.isOneOf(verb + 1, Self.afterLanding), !v.times.contains(where: { $0.token == verb + 1 }) { continue }
            // "Production begins in January, and the series is expected to land in 2027", "with filming running through the
            // fall, the season is likely to arrive in 2026": a filming date is not the release verb's after it.
            if verb > token, (max(0, token - 5)..<token).contains(where: { v.isOneOf($0, Self.filmingWords) }) { continue }
            // "Night Shift, which Hulu ordered last year, debuts this summer": a date inside a clause is not the verb's after it.
            if verb > token, let open = v.words[..<token].lastIndex(of: ","), ["which", "who"].contains(v.word(open + 1)),
               v.words[token..<verb].contains(",") { continue }
            // Its subject: "A and B, which are coming to Netflix in 2017", "The Defenders will arrive",
            // "the show's second season premiered", else the article's work.
            var k = verb
            while k > 0, v.classes[k - 1].contains(.verbChain) { k -= 1 }
            // "stay in Malta until July 7", "revealed at Comic-Con on June 30": the date of something else.
            // (But "delayed until spring" names the new date.)
            if ["until", "through", "since", "til"].contains(v.word(token - 1)) && !(v.word(token - 1) == "until" && v.classes[verb].contains(.delayVerb))
                || v.names.contains(where: { $0.type == .event && $0.end <= token && $0.end >= token - 2 }) { continue }
            // "through the season finale on December 17", "with the finale set for December 14": the finale's date.
            if let finale = (max(0, token - 4)..<token).last(where: { v.isOneOf($0, Self.finaleNouns) }),
               (finale + 1..<token).allSatisfy({ v.isOneOf($0, Self.finaleDateLinks) }) { continue }
            // "the season 2 finale, which aired November 22": the date of an episode or a trailer, not of the work
            // (and "Peacock dropped the first trailer": nor is the verb's object).
            if (max(0, k - 3)..<k).contains(where: { Self.notTheWork.contains(v.words[$0]) })
                || Range(verb + 1, upTo: min(v.words.count, verb + 4)).contains(where: { Self.notTheWork.contains(v.words[$0]) }) { continue }
            var subjectNames = v.list(endingBefore: k, types: Self.works, slack: Self.releaseSubjectSlack)
            // "after Superman, Supergirl and Clayface, which arrives in September": a clause in the singular is the last one's.
            // (The list is read backwards: its last name comes first.)
            if subjectNames.count > 1, v.words[verb].hasSuffix("s"), (max(1, k - 1)..<verb).contains(where: { v.words[$0] == "which" && v.words[$0 - 1] == "," }) {
                subjectNames = [subjectNames[0]]
            }
            // "The Punisher, a spinoff of Daredevil, premieres": the apposition's work is not the subject.
            if subjectNames.count == 1, let head = apposedHead(of: subjectNames[0], v) { subjectNames = [head] }
            var subjects = subjectNames.map(\.entity)
            // "first appeared in Jessica Jones, which has been renewed for a season due in 2018": "which" is a thing,
            // so the name before it is the work even where a character shares it.
            if subjects.isEmpty, let which = (max(1, k - 12)..<max(1, k)).last(where: { v.words[$0] == "which" && v.words[$0 - 1] == "," }),
               !v.names.contains(where: { $0.start > which && $0.start < k }), let named = v.name(endingAt: which - 1), let w = named.type == .work ? named.entity : workSharingName(named) {
                subjects = [w]
            }
            // "The premiere of Night Shift is set for June 5", "a June 5 premiere date for Night Shift": the work the noun names.
            // "The release of the trailer": a date of something else.
            if v.word(verb + 1) == "of", v.isOneOf(verb + 2, Self.notTheWork) || v.word(verb + 2) == "the" && v.isOneOf(verb + 3, Self.notTheWork) { continue }
            if subjects.isEmpty {
                let after = v.word(verb + 1) == "of" ? verb + 2 : v.word(verb + 1) == "date" && v.word(verb + 2) == "for" ? verb + 3 : -1
                if after > 0, let named = work(v, startingAt: after) { subjects = [named.entity] }
            }
            // "Night Shift, which Hulu ordered to series last year, debuts": the work before the clause.
            if subjects.isEmpty, v.word(k - 1) == ",", let named = v.name(beforeRelativeClauseEndingAt: k), named.type == .work { subjects = [named.entity] }
            if subjects.isEmpty {
                let works = v.names.filter { $0.type == .work && $0.end <= verb }
                var nearest = works.last?.end ?? -1
                // "the Dune film adaptation has been delayed": nouns right after the title qualify it; so do a
                // possessive and the season's adjectives ("Night Shift's sophomore season arrives").
                let possessive = v.word(nearest) == "'s"
                if possessive { nearest += 1 }
                while nearest >= 0, nearest < verb, v.classes[nearest].contains(.workPronoun) || v.word(nearest) == "adaptation"
                        || possessive && (Self.ordinals[v.word(nearest)] != nil || Self.seasonAdjectives.contains(v.word(nearest))) { nearest += 1 }
                let pronoun = (max(0, nearest)..<verb).last { v.classes[$0].contains(.workPronoun) }
                // ("Riri was created by Bendis and debuted in 2016": a character's or a person's debut is not the work's.)
                // (Only the verb's own subject: no punctuation between, no "the origin of Danny Rand", no "the Pattinson-starrer".)
                let someone = works.isEmpty && pronoun == nil ? v.names.last(where: { $0.end <= k }).flatMap { n in
                    people(n.type) && workSharingName(n) == nil && n.mention.compound == nil && v.word(n.start - 1) != "of"
                        && !(n.end..<k).contains { v.sentence.tokens[$0].kind == .punctuation } ? n : nil
                } : nil
                if let w = works.last, pronoun == nil { subjects = [w.entity] }
                else if someone == nil, pronoun != nil || works.isEmpty, let main = mainWork { subjects = [main] }
            }
            // "The Daredevil spinoff will arrive in November": the spinoff is the article's work, not Daredevil.
            if subjects.count == 1, let named = v.names.last(where: { $0.entity == subjects[0] && $0.end <= verb }), v.isOneOf(named.end, Self.spinoffWords) {
                guard let main = mainWork, main != subjects[0] else { continue }
                subjects = [main]
            }
            // (A year sets the sentence's only when it is a release date itself.)
            if value.count == 4, !subjects.isEmpty { sentenceYear = value }
            for w in subjects {
                // One date per work and sentence: the first, or the new one after "now", "instead", "delayed".
                if let first = dated[w] {
                    // "due next year, hopefully during the summer": a later date that narrows the first replaces it.
                    // ("set for October 24, will now open on May 15": so does one after "now", said after the first date, when it
                    // is no vaguer: "on May 15, 2026, moving the tournament into the summer" restates the day.)
                    let narrows = out.contains { $0.p == .release && $0.s == w && value.hasPrefix($0.literal ?? "\u{0}") && value != $0.literal }
                    let asPrecise = !out.contains { $0.p == .release && $0.s == w && ($0.literal?.count ?? 0) > value.count }
                    guard narrows || asPrecise && v.words[min(first, token)..<token].contains(where: { Self.rescheduleWords.contains($0) }) else { continue }
                    out.removeAll { $0.p == .release && $0.s == w }
                }
                dated[w] = token
                var c = Candidate(s: w, p: .release, literal: value, trigger: verb)
                if token > verb { c.alsoGoverned = token }
                if let mod = time.mod { c.q["mod"] = mod }
                if let season = seasonNumber(v) { c.q["season"] = String(season) }
                if let p = v.names.first(where: { $0.type == .organization && lexicon.platforms.contains($0.mention.key) && ["on", "to", "hit", "hits"].contains(v.word($0.start - 1)) }) {
                    c.q["platform"] = p.mention.text
                }
                out.append(c)
            }
        }
        return out
    }

    static let notTheWork: WordSet = ["finale", "episode", "trailer", "teaser", "footage", "clip", "poster", "featurette", "pilot", "read", "audition", "panel", "screening", "interview", "photos", "filming", "shooting", "production", "photography", "post-production",
                                      "peek", "preview"]
    static let finaleNouns: WordSet = ["finale", "finales"]
    static let finaleDateLinks: WordSet = ["on", "set", "for", "is", "slated", "scheduled", "due", "airing", "arriving", "date", "of"]
    static let seasonEvents: WordSet = ["premiere", "premieres", "debut", "finale", "finales", "opener", "launch", "drop"]
    static let delayVerbs: WordSet = ["delayed", "moved", "shifted", "pushed", "bumped", "rescheduled", "dated", "slotted", "move", "moves", "shift", "shifts", "slides", "slid"]
    static let verbChain: WordSet = ["is", "are", "was", "were", "will", "be", "been", "has", "have", "had", "also", "now", "set", "to", "finally", "definitely", "officially", "expected", "scheduled", "slated", "due", "going", "which", "that", "would", "could", "should", "may", "might", "reportedly", "still", "then", "and"]
    static let workPronouns: WordSet = ["series", "show", "film", "movie", "season", "episodes", "starrer", "sequel", "installment", "instalment", "it", "spinoff", "miniseries"]

    /// "season 2", "second season", "Season Two".
    func seasonNumber(_ v: SentenceView) -> Int? {
        for i in v.positions(.season) where v.words[i] == "season" {
            if let n = Self.number(v.word(i + 1)) { return n }
            if let n = Self.ordinals[v.word(i - 1)] { return n }
            // "the fifth and final season".
            if v.word(i - 1) == "final", v.word(i - 2) == "and", let n = Self.ordinals[v.word(i - 3)] { return n }
        }
        return nil
    }

    // MARK: relationship

    func people(_ type: EntityType) -> Bool { type == .character || type == .person }

    /// "Elektra … — and Marvel has cast someone in the role of Matt's friend": the role is the one other
    /// character the sentence names.
    func roleOfSubject(_ v: SentenceView, before ownerStart: Int, owner: Int) -> Int? {
        // ("to reprise his role of Kenobi's protégé" is the actor's role: the character is not named.)
        guard v.word(ownerStart - 1) == "of", ["role", "part"].contains(v.word(ownerStart - 2)), v.word(ownerStart - 3) == "the" else { return nil }
        let others = Set(v.names.filter { $0.type == .character && $0.entity != owner }.map(\.entity))
        return others.count == 1 ? others.first : nil
    }

    func relationship(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        // "Kenobi's former protege-turned-enemy": one word for two relations.
        for (i, w) in v.words.enumerated() where w.utf8.count > 12 && w.contains("-turned-") {
            let kinds = w.components(separatedBy: "-turned-").compactMap { lexicon.relationshipWords[$0] }
            var j = i
            while j > 0, i - j < 4, v.word(j - 1) != "'s", v.name(endingAt: j) == nil, v.sentence.tokens[j - 1].isWord, !v.sentence.tokens[j - 1].isCapitalized { j -= 1 }
            guard !kinds.isEmpty, v.word(j - 1) == "'s", let owner = v.name(endingAt: j - 1), people(owner.type) else { continue }
            var ownerStart = owner.start
            while ownerStart > 0, lexicon.isHonorific(v.word(ownerStart - 1)) { ownerStart -= 1 }
            let other = v.word(i + 1) == "," ? v.name(startingAt: i + 2) : nil
            guard let subject = other.flatMap({ $0.type == .character ? $0.entity : nil }) ?? roleOfSubject(v, before: ownerStart, owner: owner.entity)
                    ?? (v.word(ownerStart - 1) == "," ? v.name(endingAt: ownerStart - 1).flatMap { $0.type == .character ? $0.entity : nil } : nil),
                  subject != owner.entity else { continue }
            // (Each kind once, in the order said: a Set's order changes from one run to the next.)
            for (n, kind) in kinds.enumerated() where !kinds[..<n].contains(kind) {
                out.append(Candidate(s: subject, p: .relationship, o: owner.entity, q: ["kind": kind], trigger: i))
            }
        }
        let verbs = relationVerbs(v)
        if !verbs.isEmpty { out += verbs }
        guard v.has(.relationshipStart) else { return out }
        let people = Self.cast
        for phrase in lexicon.relationshipPhraseList.candidates(in: v) {
            let kind = lexicon.relationships[phrase]!
            var from = 0
            while let i = v.find(phrase, from: from) {
                from = i + 1
                let end = i + phrase.count
                // "Alicent, the widowed queen whose son Aegon II …", "Sam, Emma's boyfriend, whose brother Luke …": the relative
                // of the name the clause describes.
                let whose = v.word(i - 1) == "whose" ? i - 1 : v.word(i - 2) == "whose" && v.sentence.tokens[i - 1].isWord && !v.sentence.tokens[i - 1].isCapitalized ? i - 2 : -1
                if whose > 0 {
                    if let other = v.name(startingAt: v.word(end) == "," ? end + 1 : end), people.contains(other.type),
                       let owner = v.names.last(where: { $0.end < whose && $0.end >= whose - 12 && v.word($0.end) == "," && people.contains($0.type) }), owner.entity != other.entity {
                        out.append(Candidate(s: other.entity, p: .relationship, o: owner.entity, q: ["kind": kind], trigger: i))
                    }
                    continue
                }
                // "Stick, Matt's teacher", "Matt's sometime friend, sometime foe", "X, Daredevil's childhood mentor".
                var j = i
                while j > 0, i - j < 8, v.word(j - 1) != "'s", v.name(endingAt: j) == nil, !["the", "a", "an", "is", "was", "and", ".", "his", "her", "their", "its", "until", "when", "while", "before", "after", "because"].contains(v.word(j - 1)) { j -= 1 }
                if v.word(j - 1) == "'s", let owner = v.name(endingAt: j - 1), people.contains(owner.type) {
                    // "Matt's best friend and law partner Foggy Nelson", "Rhaenyra's uncle and husband": a fact per relation.
                    var kinds = [kind], relationEnd = end
                    if let second = coordinatedRelation(v, after: end) { kinds.append(second.kind); relationEnd = second.end }
                    var k = relationEnd
                    while k < v.words.count, k - relationEnd < 8, v.name(startingAt: k) == nil, v.word(k) == "," || lexicon.relationshipWords[v.word(k)] != nil || v.word(k) == "sometime" { k += 1 }
                    // "Daemon Targaryen, King Viserys' younger brother": read back past the owner's title.
                    var ownerStart = owner.start
                    while ownerStart > 0, lexicon.isHonorific(v.word(ownerStart - 1)) { ownerStart -= 1 }
                    // "Jack, Jean-Luc and Beverly's son", "Kaz and Inej's romance": two owners.
                    var owners = [owner]
                    if v.word(ownerStart - 1) == "and", let first = v.name(endingAt: ownerStart - 1), people.contains(first.type), first.entity != owner.entity {
                        owners.insert(first, at: 0)
                        ownerStart = first.start
                        while ownerStart > 0, lexicon.isHonorific(v.word(ownerStart - 1)) { ownerStart -= 1 }
                    }
                    // "Tyson is a young Cyclops and Percy's half-brother": past what the name was said to be first.
                    let anchor = descriptionStart(v, before: ownerStart) ?? ownerStart
                    // ("Durin's father, King Durin III": past the title the name leaves out.)
                    // ("Danny's father, police commissioner Frank Reagan": past a trade said in lower case.)
                    var others = (v.word(relationEnd) == "," ? v.name(startingAt: afterHonorifics(v, from: k)) ?? v.name(startingAt: afterTrade(v, from: k))
                                  : v.name(startingAt: relationEnd) != nil ? v.name(startingAt: afterHonorifics(v, from: k)) : nil).map { [$0] } ?? []
                    // ("Hank's old friends A, B and C", "his brothers, Poseidon and Hades": a plural relation names them all.)
                    if let first = others.first, Self.isPlural(v.word(relationEnd - 1)) {
                        others = v.list(startingAt: first.start, types: people)
                    }
                    // "River's father is Frank Harkness": the name the relation is said to be.
                    if others.isEmpty, v.word(relationEnd) == "is" || v.word(relationEnd) == "was", let named = v.name(startingAt: afterHonorifics(v, from: relationEnd + 1)) {
                        others = [named]
                    }
                    // "Morticia and Gomez Addams, Wednesday's parents": a plural relation names them all.
                    if others.isEmpty, v.word(anchor - 1) == "," {
                        let plural = Self.isPlural(v.word(end - 1))
                        others = plural ? v.list(endingBefore: anchor - 1, types: people) : [v.name(endingAtCommaBefore: anchor - 1)].compactMap { $0 }
                    }
                    // "Chapel's on-again, off-again romance with Spock"; "Kaz and Inej's slow-burn romance" is theirs.
                    if others.isEmpty, v.isOneOf(end - 1, Self.sharedRelationNouns) {
                        // ("with Ethan Peck's Spock": past the actor's possessive.)
                        let partner = v.name(startingAt: end + 1).map { v.word($0.end) == "'s" ? $0.end + 1 : end + 1 } ?? end + 1
                        others = v.word(end) == "with" ? v.list(startingAt: partner, types: Self.characters) : owners.count == 2 ? [owners.removeFirst()] : []
                    }
                    others = others.filter { people.contains($0.type) && !owners.map(\.entity).contains($0.entity) }
                    // "Karen was Matt's girlfriend", "Stick is also Matt's mentor", "she was one of Matt's girlfriends".
                    var copula = anchor
                    // "was the vigilante Marcus Lowe's girlfriend": past a determiner and the owner's own role noun.
                    while copula > 0, ["one", "of", "also", "once", "still", "now", "really", "actually", "both", "the", "a"].contains(v.word(copula - 1)) || lexicon.characterCues.contains(v.word(copula - 1)) { copula -= 1 }
                    // ("Lex has been Clark's archenemy since season two.")
                    let linked = ["is", "was", "are", "were", "becomes", "became", "become", "'s", "been"].contains(v.word(copula - 1)) ? copula - 1 : nil
                    // "was Matt's girlfriend" is over by the time of writing.
                    // ("Clark's high school girlfriend" is one of his past.)
                    let pastRomance = linked.map { ["was", "were"].contains(v.word($0)) } == true || (j..<i).contains { v.isOneOf($0, Self.pastRomanceWords) }
                    kinds = kinds.map { pastRomance && $0 == "romantic" ? "former_romantic" : $0 }
                    let subjects = !others.isEmpty ? others.map(\.entity)
                        : [linked.flatMap { copulaSubject(v, before: $0) } ?? roleOfSubject(v, before: ownerStart, owner: owner.entity) ?? pronounSubject(v, before: ownerStart)].compactMap { $0 }
                    for subject in subjects { for owner in owners where owner.entity != subject { for kind in kinds {
                        out.append(Candidate(s: subject, p: .relationship, o: owner.entity, q: ["kind": kind], trigger: i))
                    } } }
                    continue
                }
                // "the love interest of blind lawyer Matt Murdock", "an adversary to A, B and C", "the father of Luke and Leia".
                guard v.word(end) == "of" || v.word(end) == "to" else { continue }
                var k = end + 1
                // "the younger brother of King Viserys", "the daughter of the Hand of the King, Otto Hightower".
                // ("the daughter of Lumon CEO Jame Eagan": past an office and its company.)
                while k < v.words.count, k - end <= 3, v.name(startingAt: k) == nil, v.sentence.tokens[k].isWord,
                      !v.sentence.tokens[k].isCapitalized || lexicon.isHonorific(v.words[k]) || MentionFinder.officeTitles.contains(v.words[k])
                        || MentionFinder.officeTitles.contains(v.word(k + 1)) { k += 1 }
                var owners = v.list(startingAt: k, types: people)
                // ("the sister of Scarlett Johansson's Natasha Romanoff": the relative is the actor's role.)
                if owners.count == 1, v.word(owners[0].end) == "'s", let role = v.name(startingAt: owners[0].end + 1), role.type == .character { owners = [role] }
                // ("the daughter of Otto Hightower, the Hand of the King": an epithet in apposition is the same one.)
                if owners.count > 1 { owners = [owners[0]] + owners.dropFirst().filter { !(v.word($0.start - 1) == "the" && v.word($0.start - 2) == ",") } }
                if owners.isEmpty, let comma = Range(k, upTo: min(v.words.count, k + 8)).first(where: { v.words[$0] == "," }), let o = v.name(startingAt: comma + 1), people.contains(o.type) { owners = [o] }
                // The subject: a character before a person, and not the actor in brackets ("Halvard (Ivo Brandt) is the brother of …").
                let before = v.names.filter { $0.end <= i && $0.end >= i - 10 && people.contains($0.type) && v.word($0.start - 1) != "(" }
                let named = before.last { $0.type == .character } ?? before.last
                guard !owners.isEmpty, let other = named?.entity ?? pronounSubject(v, before: i) else { continue }
                // ("Ana Cruz has been married to producer Tom Reyes since 2012": a person named by a trade is real, and
                // people's own lives are no relation of characters.)
                for owner in owners where owner.entity != other
                        && !(owner.type == .person && named?.type != .character && (lexicon.crewRoleWords[v.word(owner.start - 1)] != nil || v.isOneOf(owner.start - 1, SentenceView.memberNouns))) {
                    out.append(Candidate(s: other, p: .relationship, o: owner.entity, q: ["kind": kind], trigger: i))
                }
            }
        }
        // "Luke and Claire have a thing going", "Jessica and Luke are married".
        // "his ex, Jessica Jones": the possessive pronoun stands for the character just named.
        for phrase in lexicon.relationshipPhraseList.candidates(in: v) where phrase.count == 1 {
            // "her estranged father, Rick Dalton": one adjective may come between.
            guard let i = v.find(phrase) else { continue }
            // ("his former lab partner Viktor": a longer relation that ends in this word says the kind.)
            let kind = (v.isOneOf(i - 1, lexicon.relationshipFirstWords) ? lexicon.relationships[[v.word(i - 1), phrase[0]]] : nil) ?? lexicon.relationships[phrase]!
            // ("his steely Irish-born wife": up to three.)
            var pronoun = i - 1
            // ("Irish-born" is one.)
            while pronoun > 0, i - pronoun <= 3, !v.isOneOf(pronoun, Self.personalOwners), v.sentence.tokens[pronoun].isWord,
                  !v.sentence.tokens[pronoun].isCapitalized || v.words[pronoun].contains("-"), !v.isOneOf(pronoun, Self.clauseWords) { pronoun -= 1 }
            if !v.isOneOf(pronoun, Self.personalOwners) { pronoun = -1 }
            guard pronoun >= 0 else { continue }
            // "her roommate and best friend Emma Meyer": a fact per relation.
            var kinds = [kind], relationEnd = i + 1
            if let second = coordinatedRelation(v, after: i + 1) { kinds.append(second.kind); relationEnd = second.end }
            // ("his wife, Empress Natalya": past the title the name leaves out.)
            var other = v.name(startingAt: relationEnd) ?? (v.word(relationEnd) == "," ? v.name(startingAt: afterHonorifics(v, from: relationEnd + 1)) : nil)
            // "A is Javicco, B plays his wife, Natalya, and C is their daughter, Ynez": "their" is the two characters
            // the sentence named last (and nothing when it named fewer).
            if v.word(pronoun) == "their" {
                guard let other, other.type == .character else { continue }
                let owners = v.names.filter { $0.end <= pronoun && $0.type == .character && $0.entity != other.entity }.map(\.entity)
                guard owners.count >= 2, owners[owners.count - 2] != owners[owners.count - 1] else { continue }
                for owner in owners.suffix(2) { for kind in kinds { out.append(Candidate(s: other.entity, p: .relationship, o: owner, q: ["kind": kind], trigger: i)) } }
                continue
            }
            // "Rita is his best friend": the relative is the copula's subject; "Tony Stark, who served as her mentor", "who became her mentor".
            let copula = v.isOneOf(pronoun - 1, Self.backCopulas) || v.isOneOf(pronoun - 1, Self.becomeVerbs) ? pronoun - 1
                : v.word(pronoun - 1) == "as" && v.isOneOf(pronoun - 2, Self.serveVerbs) ? pronoun - 2 : -1
            if other == nil, copula > 0, let subject = v.name(endingAt: copula) ?? (v.word(copula - 1) == "who" && v.word(copula - 2) == "," ? v.name(endingAtCommaBefore: copula - 2) : nil),
               subject.type == .character { other = subject }
            // "Jim Hopper, her adoptive father": the relative named first.
            if other == nil, v.word(pronoun - 1) == ",", let named = v.name(endingAtCommaBefore: pronoun - 1), named.type == .character { other = named }
            let owner = owner(ofPronoun: pronoun, relation: i, other: other?.entity, v)
            if let other, other.type == .character, let owner, owner != other.entity {
                // ("his brothers, Poseidon and Hades": a plural relation names them all.)
                let plural = Self.isPlural(phrase[0]) && relationEnd == i + 1
                let others = plural ? v.list(startingAt: other.start, types: Self.characters).filter { $0.entity != owner } : [other]
                for o in others { for kind in kinds { out.append(Candidate(s: o.entity, p: .relationship, o: owner, q: ["kind": kind], trigger: i)) } }
            }
        }
        // "MJ (Zendaya), the love of his life", "Alexandra is the love of her life".
        for i in v.positions(of: "love") where v.word(i + 1) == "of" && v.isOneOf(i + 2, Self.personalOwners) && v.word(i + 3) == "life" && v.word(i - 1) == "the" {
            let subject = v.word(i - 2) == "," ? v.name(endingAtCommaBefore: i - 2) : v.isOneOf(i - 2, Self.backCopulas) ? v.name(endingAt: i - 2) : nil
            if let subject, subject.type == .character, let owner = owner(ofPronoun: i + 2, relation: i, other: subject.entity, v), owner != subject.entity {
                out.append(Candidate(s: subject.entity, p: .relationship, o: owner, q: ["kind": "romantic"], trigger: i))
            }
        }
        // (These words are all of the relationshipStart class: only those positions are read.)
        for i in v.positions(.relationshipStart) {
            let w = v.words[i]
            // "Mira and Rick were once partners", "Luke and Danny become close friends": a pair and a plural relation.
            if w.hasSuffix("s"), let kind = lexicon.relationshipWords[w] {
                // "twin sisters Osha and Mae", "twins, Don and Dawn"; "Katara and Sokka, the Water Tribe siblings".
                let after = v.list(startingAt: v.word(i + 1) == "," ? i + 2 : i + 1, types: Self.characters)
                var opening = i
                while opening > 0, i - opening < 5, v.sentence.tokens[opening - 1].isWord, !v.isOneOf(opening - 1, Self.articles) { opening -= 1 }
                let before = v.isOneOf(opening - 1, Self.articles) && v.word(opening - 2) == "," && !v.words[i + 1..<min(v.words.count, i + 2)].contains("of")
                    ? v.list(endingBefore: opening - 2, types: Self.characters) : []
                if let pair = [after, before].first(where: { $0.count == 2 }), pair[0].entity != pair[1].entity, !v.isOneOf(i - 1, Self.personalOwners), v.word(i - 1) != "'s" {
                    out.append(Candidate(s: pair[1].entity, p: .relationship, o: pair[0].entity, q: ["kind": kind], trigger: i))
                    continue
                }
                var k = i
                while k > 0, Self.pairRelationFillers.contains(v.word(k - 1)) { k -= 1 }
                // "the two are old enemies", "turns the two into unlikely allies", "described the two as best friends":
                // "the two" and "the pair" are the last two characters named.
                let linked = Self.pairCopulas.contains(v.word(k - 1)) || v.word(k - 1) == "as" || v.word(k - 1) == "into"
                if linked, let pair = lastTwoCharacters(v, namedBy: k - 1) {
                    out.append(Candidate(s: pair.1, p: .relationship, o: pair.0, q: ["kind": kind], trigger: i))
                    continue
                }
                guard Self.pairCopulas.contains(v.word(k - 1)) else { continue }
                // "have become close friends"; "Adar and Sauron, meanwhile, are bitter enemies".
                var pairEnd = k - 1
                if v.isOneOf(pairEnd - 1, Self.perfectAuxiliaries) { pairEnd -= 1 }
                if v.word(pairEnd - 1) == ",", v.word(pairEnd - 3) == ",", v.sentence.tokens[pairEnd - 2].isWord, !v.sentence.tokens[pairEnd - 2].isCapitalized { pairEnd -= 3 }
                var pair = v.list(endingBefore: pairEnd, types: Self.characters)
                // "He and Matt remain sworn enemies": a pronoun opening the sentence stands for the character before.
                if pair.count == 1, v.word(pair[0].start - 1) == "and", pair[0].start == 2, v.isOneOf(0, Self.heOrShe),
                   let before = v.previousCharacter, before != pair[0].entity { pair.insert(pair[0], at: 0); pair[0].entity = before }
                if pair.count == 2, pair[0].entity != pair[1].entity {
                    let over = kind == "romantic" && (v.word(k - 1) == "were" || v.words[k..<i].contains("former"))
                    out.append(Candidate(s: pair[1].entity, p: .relationship, o: pair[0].entity, q: ["kind": over ? "former_romantic" : kind], trigger: i))
                }
                continue
            }
            guard w == "married" || w == "dating" || w == "thing" && v.word(i + 1) == "going" || w == "romance" && v.word(i + 1) == "between" || w == "together" && v.word(i - 1) == "back" else { continue }
            // ("the romance between Isabelle and Daryl" names them after.)
            var pair = w == "romance" ? v.list(startingAt: i + 2, types: Self.cast) : v.list(endingBefore: i, types: Self.cast, slack: Self.coupleSlack)
            // "Jessica and Luke … (seeing as they're married)": "they" stands for the pair just named.
            if pair.isEmpty, let they = (max(0, i - 4)..<i).last(where: { v.isOneOf($0, Self.theyForms) }),
               let last = v.names.last(where: { $0.end <= they && $0.type == .character }) {
                pair = v.list(endingBefore: last.end, types: Self.characters)
            }
            if pair.count == 2 {
                out.append(Candidate(s: pair[1].entity, p: .relationship, o: pair[0].entity, q: ["kind": w == "married" ? "married" : "romantic"], trigger: i))
            } else if pair.isEmpty, w == "married" || w == "dating" {
                // "The two were married by the end of the show": the last two characters named.
                var k = i
                while k > 0, Self.coupleSlack.contains(v.word(k - 1)) { k -= 1 }
                if let two = lastTwoCharacters(v, namedBy: k) {
                    out.append(Candidate(s: two.1, p: .relationship, o: two.0, q: ["kind": w == "married" ? "married" : "romantic"], trigger: i))
                }
            }
        }
        return out
    }

    /// "uncle and husband", "roommate and unlikely best friend": a second relation noun after the one
    /// ending at `end`, with its kind and where it ends.
    func coordinatedRelation(_ v: SentenceView, after end: Int) -> (kind: String, end: Int)? {
        guard v.word(end) == "and" else { return nil }
        for start in [end + 1, end + 2] {
            // (One adjective may come first.)
            if start == end + 2, !(end + 1 < v.words.count && v.sentence.tokens[end + 1].isWord && !v.sentence.tokens[end + 1].isCapitalized) { break }
            if let kind = lexicon.relationships[[v.word(start), v.word(start + 1)]] { return (kind, start + 2) }
            if let kind = lexicon.relationshipWords[v.word(start)] { return (kind, start + 1) }
        }
        return nil
    }

    /// "Luke, a demigod and Percy's rival", "Ryan, Homelander's son and Butcher's stepson": where what a
    /// name is said to be starts, when the relation at `start` comes second, after "and".
    func descriptionStart(_ v: SentenceView, before start: Int) -> Int? {
        guard v.word(start - 1) == "and" else { return nil }
        var k = start - 2
        while k >= 0, start - k <= 9 {
            if v.isOneOf(k, Self.articles) { return k }
            if v.word(k) == "'s", let other = v.name(endingAt: k), people(other.type) { return other.start }
            // ("Rebecca Welton, Richmond's owner and Ted's boss": a description that opens with a place's or a club's.)
            if v.word(k) == "'s", k >= 2, v.sentence.tokens[k - 1].isCapitalized {
                let owner = v.name(endingAt: k)?.start ?? k - 1
                if v.word(owner - 1) == "," { return owner }
            }
            guard v.sentence.tokens[k].isWord else { return nil }
            k -= 1
        }
        return nil
    }
    /// Relations two share: "Kaz and Inej's romance", "Chapel's romance with Spock".
    static let sharedRelationNouns: WordSet = ["romance", "rivalry", "friendship", "marriage", "feud"]

    /// "takes on the role", "faces the challenge": an object that is no opponent.
    static let notOpponents: WordSet = ["role", "part", "mantle", "task", "duties", "challenge", "prospect", "music", "consequences", "fact", "camera", "press"]
    static let relationVerbSlack: WordSet = ["who", ",", "will", "'ll", "must", "also", "eventually", "soon", "finally", "now", "once", "again", "to", "has", "have", "had",
                                             "would", "could", "can", "then", "was", "were", "is", "are", "be", "been", "later", "first"]

    /// "Mira Kess faces off against a crime boss, Victor Kane", "Mira falls for Victor", "Daredevil and Elektra battle the Hand",
    /// "Mira and Victor join forces": the relations verbs state between characters (relationship-verbs.txt).
    func relationVerbs(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        for entry in lexicon.relationVerbPhrases.candidateIndices(in: v) {
            let verb = lexicon.relationshipVerbsByLength[entry], phrase = verb.phrase
            var from = 0
            while let i = v.find(phrase, from: from) {
                from = i + 1
                let subjects = v.list(endingBefore: i, types: Self.characters, slack: Self.relationVerbSlack)
                guard !subjects.isEmpty else { continue }
                // Past an article and up to three lower-case words, with an apposition's comma: "a crime boss, Victor Kane".
                var j = i + phrase.count
                while j < v.words.count, j - (i + phrase.count) < 5, v.name(startingAt: j) == nil,
                      v.word(j) == "," || v.sentence.tokens[j].isWord && !v.sentence.tokens[j].isCapitalized && !v.isOneOf(j, Self.notOpponents) && !v.isOneOf(j, Self.clauseWords) { j += 1 }
                let objects = v.list(startingAt: j, types: Self.characters)
                for s in subjects { for o in objects where o.entity != s.entity {
                    out.append(Candidate(s: s.entity, p: .relationship, o: o.entity, q: ["kind": verb.kind], trigger: i))
                } }
                if objects.isEmpty, verb.pair, subjects.count == 2, subjects[0].entity != subjects[1].entity {
                    out.append(Candidate(s: subjects[1].entity, p: .relationship, o: subjects[0].entity, q: ["kind": verb.kind], trigger: i))
                }
            }
        }
        return out
    }
    static let perfectAuxiliaries: WordSet = ["have", "has", "had"]
    static let becomeVerbs: WordSet = ["becomes", "became", "become"]
    static let serveVerbs: WordSet = ["serves", "served", "serving", "acts", "acted"]
    /// "the two", "the pair", "the two men" ending right before token `end`: the two characters named last, in this
    /// sentence or before it (nil when there were fewer).
    func lastTwoCharacters(_ v: SentenceView, namedBy end: Int) -> (Int, Int)? {
        guard end > 1 else { return nil }
        var k = end
        if v.isOneOf(k - 1, Self.pairRelationFillers) { k -= 1 }
        // ("The two women": two the given names do not say are men.)
        var female: Bool? = nil
        if v.isOneOf(k - 1, Self.twoNouns), v.word(k - 2) == "two" {
            female = ["women", "sisters", "girls"].contains(v.word(k - 1)) ? true : ["men", "brothers", "boys"].contains(v.word(k - 1)) ? false : nil
            k -= 1
        }
        guard v.word(k - 2) == "the", v.word(k - 1) == "two" || v.isOneOf(k - 1, Self.pairNouns) else { return nil }
        var named = v.recentCharacters
        for n in v.names where n.end <= k - 2 && n.type == .character { named.removeAll { $0 == n.entity }; named.append(n.entity) }
        if let female { named.removeAll { isFemale($0) == !female } }
        guard named.count >= 2 else { return nil }
        return (named[named.count - 2], named[named.count - 1])
    }
    static let twoNouns: WordSet = ["men", "women", "characters", "heroes", "brothers", "sisters", "girls", "boys", "leads", "rivals"]
    static let pairCopulas: WordSet = ["are", "were", "become", "became", "becoming", "remain", "remained", "'re"]
    static let pastRomanceWords: WordSet = ["school", "college", "childhood", "teenage", "former", "old", "first"]
    static let pairRelationFillers: WordSet = ["once", "also", "still", "now", "old", "best", "close", "former", "longtime", "sworn", "fast", "bitter", "unlikely", "both", "good", "great", "childhood", "lifelong", "on-again", "off-again"]
    static let clauseWords: WordSet = ["and", "or", "but", "while", "who", "which", "that", "in", "on", "at", "for", "with", "from", "to", "of", "as"]

    /// The subject of "X is …", "X, who was …": a character named right before the copula
    /// (past adverbs and a relative pronoun), else the one a sentence-initial pronoun stands for.
    func copulaSubject(_ v: SentenceView, before i: Int) -> Int? {
        var k = i
        while k > 0, ["also", "once", "still", "now", "who", ",", "really", "actually", "has", "have", "had"].contains(v.word(k - 1)) || v.word(k - 1).hasSuffix("ly") && v.name(endingAt: k) == nil { k -= 1 }
        if let n = v.name(endingAt: k) { return n.type == .character ? n.entity : nil }
        // "Lamb, for all his insults, has become River's mentor": past an aside set off by commas, to the name before it.
        if v.word(k) == ",", let open = (max(1, k - 8)..<k).last(where: { v.words[$0] == "," }),
           (open + 1..<k).allSatisfy({ v.name(startingAt: $0) == nil }), let n = v.name(endingAt: open), n.start == 0 || v.word(n.start - 1) == "," {
            return n.type == .character ? n.entity : nil
        }
        // "Grover, the satyr who is Percy's best friend": past the apposition the relative clause hangs on.
        if v.word(k) == "who" || v.word(k - 1) == "who" {
            var r = v.word(k) == "who" ? k : k - 1
            while r > 0, k - r < 6, v.sentence.tokens[r - 1].isWord, !v.sentence.tokens[r - 1].isCapitalized { r -= 1 }
            if v.word(r - 1) == ",", let n = v.name(endingAt: r - 1), n.type == .character { return n.entity }
        }
        return pronounSubject(v, before: i + 1)
    }

    /// "She also was one of Matt's girlfriends": the character a sentence-initial pronoun stands for.
    func pronounSubject(_ v: SentenceView, before i: Int) -> Int? {
        guard let at = Range(0, upTo: min(i, v.words.count)).first(where: { v.isOneOf($0, Self.heOrShe) }), at <= 2 else { return nil }
        return v.previousCharacter
    }

    // MARK: renewal

    func renewal(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        for i in v.positions(.season) {
            let w = v.words[i]
            // "cancelled after two seasons" → the next season will not come.
            // "axed after one season", "cancelled after just one season", "after a single season".
            let after = v.word(i - 2) == "after" ? i - 2 : v.word(i - 3) == "after" && ["a", "just", "only"].contains(v.word(i - 2)) ? i - 3 : -1
            if after >= 0, let n = w == "seasons" ? Self.number(v.word(i - 1)) : ["one", "single", "1"].contains(v.word(i - 1)) ? 1 : nil,
               v.words[..<i].indices.contains(where: { v.classes[$0].contains(.platformVerb) && v.words[$0].hasPrefix("c") }) || v.words[..<i].contains(where: { Self.cancelWords.contains($0) }) {
                if let wk = work(v, near: i) { out.append(Candidate(s: wk, p: .renewal, literal: String(n + 1), q: ["negated": "1"], trigger: i)) }
                continue
            }
            guard w == "season" else { continue }
            var n = Self.ordinals[v.word(i - 1)]
            if v.word(i - 1) == "final", let m = Self.ordinals[v.word(i - 3)], v.word(i - 2) == "and" { n = m }
            if n == nil, let m = Self.number(v.word(i + 1)) { n = m }
            guard let season = n, season >= 2, season <= 12 else { continue }
            // "Lena Ortiz will not return for the third season": an actor's exit says nothing of the show's renewal.
            if let verb = (max(0, i - 6)..<i).last(where: { v.isOneOf($0, Self.returnWords) }),
               let actor = v.names.last(where: { $0.end <= verb }), Self.cast.contains(actor.type),
               (actor.end..<verb).contains(where: { v.classes[$0].contains(.negationStart) }) { continue }
            // Past seasons are not renewals: "the second season premiered", "Season 1 and 2 are available".
            if v.words.contains(where: { Self.pastRunWords.contains($0) }) { continue }
            if seasonIsRecalled(v, at: i) || isSeasonCaption(v, at: i) { continue }
            if let at = v.find(["streaming"]), ["currently", "now", "is", "are"].contains(v.word(at - 1)) { continue }
            let direct: SentenceView.Name? = (v.word(i + 1) == "of" ? v.name(startingAt: i + 2) : nil)
                ?? (v.word(i + (Self.number(v.word(i + 1)) != nil ? 2 : 1)) == "of" ? v.name(startingAt: i + 3) : nil)
                ?? v.name(endingAt: i)
                ?? (v.word(i - 2) == "'s" ? v.name(endingAt: i - 2) : nil)
            guard let wk = (direct?.type == .work ? direct?.entity : nil) ?? work(v, near: i) else { continue }
            // "Harbor Lights has not been renewed for a fourth season": the verb before the season, in its
            // clause, governs the statement (its negation reaches past the words between).
            let verb = Range(i - 8, upTo: i).last { $0 >= 0 && v.classes[$0].contains(.platformVerb) }
            var c = Candidate(s: wk, p: .renewal, literal: String(season), trigger: i)
            // "There will be no tenth season."
            if v.word(i - 2) == "no" || v.word(i - 3) == "no" && v.word(i - 1) == "final" { c.q["negated"] = "1" }
            if let verb, !(verb + 1..<i).contains(where: { v.classes[$0].contains(.clauseBreak) }) {
                c.trigger = verb
                c.alsoGoverned = i
            }
            out.append(c)
        }
        return out
    }

    /// "Irving left Lumon in season 2", "who first played him in the third season of The Boys",
    /// "Season 2 widened the world": a recap of what a season told, in the past tense, is no renewal
    /// (but "was cast in the third season", "filming began on season 2", "will return in season 3" are).
    func seasonIsRecalled(_ v: SentenceView, at i: Int) -> Bool {
        // The clause the season is named in.
        // (A bracket inside the clause does not end it: "lost Marcus (Kadiff Kirwan) at the end of season 4".)
        var start = 0, depth = 0
        for k in stride(from: i - 1, through: 0, by: -1) {
            if v.words[k] == ")" { depth += 1 } else if v.words[k] == "(" && depth > 0 { depth -= 1; continue }
            if depth == 0, v.classes[k].contains(.clauseBreak) { start = k + 1; break }
        }
        let end = (i + 1..<v.words.count).first { v.classes[$0].contains(.clauseBreak) } ?? v.words.count
        let clause = start..<end
        if clause.contains(where: { Self.seasonAheadWords.contains(v.words[$0]) }) { return false }
        func isPast(_ k: Int) -> Bool {
            let w = v.words[k]
            if Self.seasonMakingVerbs.contains(w) || v.classes[k].contains(.platformVerb) { return false }
            return Self.irregularPast.contains(w) || Self.pastAdverbs.contains(w) || w.utf8.count > 4 && w.hasSuffix("ed") && lexicon.englishWords.contains(w)
        }
        // "Season 2 widened …": the season, then a verb in the past.
        var next = i + 1
        if Self.number(v.word(next)) != nil { next += 1 }
        // ("Season 8 was a rough one", but "Season 3 was confirmed": a verb that makes the season.)
        if i == start || i == start + 1 && v.word(start) == "the", next < end {
            if isPast(next) { return true }
            if v.word(next) == "was" || v.word(next) == "were", !Self.seasonMakingVerbs.contains(v.word(next + 1)),
               !(next + 1 < end && v.classes[next + 1].contains(.platformVerb)) { return true }
        }
        // "… left Lumon in season 2", "… at the end of season 4": a preposition before the season, and a verb in the
        // past before it in the clause.
        var k = v.name(endingAt: i).map { $0.start - 1 } ?? i - 1
        while k > start, Self.ordinals[v.word(k)] != nil || ["the", "its", "their", "and", "final", "show's", "series'"].contains(v.word(k)) { k -= 1 }
        guard k >= start, Self.recallPrepositions.contains(v.word(k)) else { return false }
        return (start..<k).contains(where: isPast)
    }

    /// "Jean-Luc Picard (Patrick Stewart) and Beverly Crusher in Star Trek: Picard season 3.", "A and B in season 2 of W.":
    /// a photo's caption, names and the season they are seen in, shows a season and announces none.
    func isSeasonCaption(_ v: SentenceView, at i: Int) -> Bool {
        guard let inAt = (0..<i).last(where: { v.words[$0] == "in" }), inAt > 0, v.name(startingAt: 0) != nil,
              (0..<inAt).allSatisfy({ k in v.sentence.tokens[k].isCapitalized || Self.captionJoiners.contains(v.words[k]) || v.names.contains { $0.start <= k && k < $0.end } }) else { return false }
        var k = i + 1
        if Self.number(v.word(k)) != nil { k += 1 }
        if v.word(k) == "of", let w = v.name(startingAt: k + 1) { k = w.end }
        return k < v.words.count && v.words[k...].allSatisfy { $0 == "." || $0 == ")" }
    }

    static let captionJoiners: WordSet = [",", "and", "&", "(", ")", "as"]
    static let pastAdverbs: WordSet = ["previously", "formerly"]
    static let recallPrepositions: WordSet = ["in", "during", "since", "after", "of", "from", "throughout", "until", "by", "before", "for"]
    /// Words that put a season ahead, or make it: they keep a renewal whatever the tense.
    static let seasonAheadWords: WordSet = ["will", "'ll", "upcoming", "coming", "next", "new", "forthcoming", "set", "slated", "due", "expected",
                                            "renewed", "renewal", "ordered", "greenlit", "filming", "production", "shooting", "shoot", "cast", "joins", "joined",
                                            "tapped", "added", "boarded", "signed", "upped", "promoted", "hired", "recruited", "enlisted", "booked", "return", "returns", "returning"]
    static let seasonMakingVerbs: WordSet = ["started", "began", "announced", "confirmed", "revealed", "unveiled", "released", "teased", "debuted"]
    static let irregularPast: WordSet = ["left", "fell", "lost", "spent", "became", "made", "took", "came", "went", "found", "met", "got", "saw", "told",
                                         "gave", "brought", "broke", "fought", "kept", "led", "held", "ran", "won", "wore", "stole", "struck", "sold", "built", "sent"]

    // MARK: episodes, filming

    func episodes(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        // "13 episodes", or a hyphenated count: "a 10-episode season", "an eight-part series".
        for (i, w) in v.words.enumerated() where v.classes[i].contains(.episode) || w.utf8.count > 5 && w.utf8.contains(UInt8(ascii: "-")) {
            var count: Int?, hyphenated = false
            for suffix in ["-episode", "-part"] where w.hasSuffix(suffix) {
                count = Self.number(String(w.dropLast(suffix.count)))
                hyphenated = true
            }
            if (w == "episodes" || w == "episode" || w == "hour-long"), let n = Self.number(v.word(i - 1)) { count = n }
            if w == "episodes", v.word(i - 1) == "hour-long", let n = Self.number(v.word(i - 2)) { count = n }
            guard let n = count, n > 1, n < 100, let wk = work(v, near: i) else { continue }
            // "episode 13" is one episode; "the first two episodes" are not the season's count.
            if ["first", "last", "final", "two", "next"].contains(v.word(i - 2)) && w == "episodes" && Self.number(v.word(i - 1)) != nil && v.word(i - 2) != "all" { continue }
            // "a two-episode premiere", "a three-part finale": an event of the season, not its count.
            if hyphenated, Self.seasonEvents.contains(v.word(i + 1)) || Self.episodeBatches.contains(v.word(i + 1)) { continue }
            // "three episodes a week", "premieres with two episodes", "directed two episodes": a batch or
            // someone's share, not the season's count.
            let countAt = hyphenated ? i : i - 1
            if v.word(i + 1) == "a" && v.word(i + 2) == "week" || v.word(i + 1) == "per"
                || v.word(countAt - 1) == "with" || Self.crewShareVerbs.contains(v.word(countAt - 1)) { continue }
            var c = Candidate(s: wk, p: .episodes, literal: String(n), trigger: i)
            if let season = seasonNumber(v) { c.q["season"] = String(season) }
            out.append(c)
        }
        return out
    }

    static let episodeBatches: WordSet = ["block", "blocks", "batch", "batches", "drop", "drops", "arc"]
    static let crewShareVerbs: WordSet = ["directed", "directs", "direct", "directing", "wrote", "writes", "write", "writing", "penned", "helmed", "helm", "co-wrote"]

    /// In an article about set photos, "A and B were spotted … in New York City" is a sighting on set
    /// (but not one at a convention or an event).
    func isSighting(_ v: SentenceView) -> Bool {
        setPhotoArticle && v.find(["spotted"]) != nil && !v.names.contains { $0.type == .event }
    }

    func filming(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        // "A and B were spotted … in New York City" in an article about set photos: where the work is shot.
        if isSighting(v), let at = v.find(["spotted"]),
           let place = v.names.first(where: { $0.type == .place && $0.start > at && ["in", "around"].contains(v.word($0.start - 1)) }), let wk = work(v, near: at) {
            out.append(Candidate(s: wk, p: .filming, o: place.entity, trigger: at))
        }
        var places: Set<Int> = []
        for i in v.positions(.filmingWord) {
            // "location" is a filming word in "on location in", "location work in", not in "the location of the finale".
            if v.words[i] == "location", v.word(i + 1) == "of" { continue }
            // "the crew moves to Montreal": the crew only when it moves.
            if v.words[i] == "crew", !v.isOneOf(i + 1, Self.movingVerbs) { continue }
            // ("Cameras started rolling in Los Angeles".)
            if v.words[i] == "rolling" || v.words[i] == "rolled" || v.words[i] == "roll", !(max(0, i - 3)..<i).contains(where: { v.words[$0] == "cameras" }) { continue }
            let found = v.names.first { $0.start > i && $0.start <= i + 16 && isFilmingSite($0, v) && leadsToPlace(v, before: $0.start) }
                ?? v.names.first { $0.type == .place && v.word($0.start - 1) == "of" && v.word($0.start - 2) == "parts" && $0.start > i && $0.start <= i + 16 }
                // "New York, where most of the first season was shot": the place the clause describes.
                ?? (max(0, i - 12)..<i).last { v.words[$0] == "where" && v.word($0 - 1) == "," }.flatMap { v.name(endingAt: $0 - 1) }.flatMap { isFilmingSite($0, v) ? $0 : nil }
            guard let place = found else { continue }
            // "was filming in Harbor Lights": a title the article names as a work is no place.
            if worksByKey[place.mention.key] != nil { continue }
            guard let wk = work(v, near: i) else { continue }
            // "in Morocco and Italy"; "in Cape Town, South Africa", "in Surrey, British Columbia": the region in apposition too.
            // (Each filming word may name its own: "filmed in Prague, with location shooting in Morocco".)
            var sites = v.list(startingAt: place.start, types: Self.places)
            if sites.isEmpty { sites = [place] }
            // "in Thailand, largely in and around Bangkok", "in the U.K., at Leavesden Studios": more places said of the
            // same filming, with nothing but such words between.
            var end = sites[sites.count - 1].end
            while let next = v.names.first(where: { $0.start >= end && isFilmingSite($0, v) }),
                  next.start > end, (end..<next.start).allSatisfy({ Self.filmingBridges.contains(v.words[$0]) }), leadsToPlace(v, before: next.start) {
                sites.append(next)
                end = next.end
            }
            for named in sites where places.insert(named.entity).inserted {
                out.append(Candidate(s: wk, p: .filming, o: named.entity, trigger: i))
            }
        }
        return out
    }

    /// A place, or a studio whose name says it is one: "at Wardpark Studios", "at Manhattan Beach Studios".
    func isFilmingSite(_ n: SentenceView.Name, _ v: SentenceView) -> Bool {
        n.type == .place || n.type == .organization && (n.mention.text.hasSuffix(" Studios") || n.mention.text.hasSuffix(" Stages"))
    }

    /// Whether the words before token `k` lead to a filming place: "in", "around the", and "to" or "from" after
    /// a verb of moving ("moving from France to Spain", "will head to Jordan", "traveled to Iceland").
    func leadsToPlace(_ v: SentenceView, before k: Int) -> Bool {
        let p = v.word(k - 1) == "the" ? k - 2 : k - 1
        if Self.filmingPrepositions.contains(v.word(p)) { return true }
        guard v.word(p) == "to" || v.word(p) == "from" || v.word(p) == "for" else { return false }
        return (max(0, p - 8)..<p).contains { v.isOneOf($0, Self.movingVerbs) }
    }
    static let movingVerbs: WordSet = ["move", "moves", "moved", "moving", "head", "heads", "headed", "heading", "travel", "travels", "traveled", "travelled", "traveling", "travelling",
                                       "relocate", "relocates", "relocated", "relocating", "planned", "scheduled", "returned", "returns", "return", "returning"]
    /// What may stand between two places of one filming: "in Thailand, largely in and around Bangkok".
    static let filmingBridges: WordSet = [",", "and", "largely", "mostly", "partly", "mainly", "primarily", "also", "in", "around", "at", "across", "near", "on", "location",
                                          "with", "the", "plus", "some", "scenes", "shooting", "filming", "work", "shoots", "additional", "as", "well", "then", "to", "from",
                                          "spent", "spending", "time"]

    // MARK: part_of, spinoff_of, villain_of, alias

    func partOf(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        // "Star Trek: Discovery" belongs to Star Trek — said as a fact where the sentence also names the franchise itself.
        if v.names.contains(where: { $0.type == .franchise }) {
            for w in v.names where w.type == .work {
                if let f = franchiseOfTitle(w.mention.text) { out.append(Candidate(s: w.entity, p: .partOf, o: f, trigger: w.start)) }
            }
        }
        // "the latest entry in the Harbor Lights franchise": a title said as a franchise holds the sentence's other work,
        // even where the article otherwise speaks of it as a work.
        for f in v.names where f.type == .work && Self.franchiseNouns.contains(v.word(f.end)) && v.word(f.start - 1) == "the" && Self.inOrOf.contains(v.word(f.start - 2)) {
            guard let w = v.names.last(where: { $0.type == .work && $0.end <= f.start - 2 && $0.entity != f.entity }) else { continue }
            out.append(Candidate(s: w.entity, p: .partOf, o: f.entity, trigger: f.start))
        }
        for f in v.names where f.type == .franchise {
            // "new Star Wars shows, including Andor, Lando and Ahsoka": every work the sentence lists.
            if ["series", "shows", "show", "films", "movies", "projects", "titles", "universe-set", "spinoffs"].contains(v.word(f.end)) || ["series", "shows", "films", "movies", "show", "film"].contains(v.word(f.end + 1)) {
                let listed = v.names.filter { $0.type == .work && $0.start > f.end }
                for w in listed { out.append(Candidate(s: w.entity, p: .partOf, o: f.entity, trigger: f.start)) }
                // "Andor is the rare Star Wars series …", "the first Marvel Cinematic Universe show built around witches": the work it describes.
                if listed.isEmpty, v.words[max(0, f.start - 4)..<f.start].contains("the"), let w = describedWork(v, before: f.start) {
                    out.append(Candidate(s: w, p: .partOf, o: f.entity, trigger: f.start))
                }
                continue
            }
            // "set in the new DC Universe", "brings the characters into the Marvel Cinematic Universe".
            let lead = v.words[max(0, f.start - 3)..<f.start]
            let inThe = lead.contains("the") && (lead.contains("in") || lead.contains("into"))
            let cue = ["corner", "part", "entry", "installment", "instalment", "chapter", "timeline", "piece", "slice", "side", "end"].contains { v.words[max(0, f.start - 4)..<f.start].contains($0) }
                || v.word(f.end) == "'s" || inThe
            guard cue else { continue }
            if v.word(f.end) == "'s", let w = v.name(startingAt: f.end + 1), w.type == .work {
                out.append(Candidate(s: w.entity, p: .partOf, o: f.entity, trigger: f.start)); continue
            }
            if inThe, let w = describedWork(v, before: f.start) {
                out.append(Candidate(s: w, p: .partOf, o: f.entity, trigger: f.start)); continue
            }
            if let wk = work(v, near: f.start, fallback: v.words.contains { Self.ownWorkWords.contains($0) }) {
                out.append(Candidate(s: wk, p: .partOf, o: f.entity, trigger: f.start))
            }
        }
        return out
    }

    /// The work a clause ending at `end` speaks of: the last one named before, unless "the series",
    /// "the season" or "it" comes after that name, which is the article's work.
    /// (A role named between is another statement: "later played Happy Hogan in the Iron Man franchise".)
    func describedWork(_ v: SentenceView, before end: Int) -> Int? {
        let named = v.names.last(where: { $0.type == .work && $0.end <= end })
        guard let anaphor = ((named?.end ?? 0)..<end).last(where: { v.isOneOf($0, Self.anaphoricWorkNouns) || v.words[$0] == "season" || v.words[$0] == "it" }) else {
            return named?.entity ?? mainWork
        }
        return v.names.contains { $0.start > anaphor && $0.end <= end && Self.cast.contains($0.type) } ? nil : mainWork
    }

    static let seasonAdjectives: WordSet = ["new", "next", "final", "upcoming", "latest", "long-awaited", "highly-anticipated"]
    static let franchiseNouns: WordSet = ["franchise", "universe"]
    static let inOrOf: WordSet = ["in", "of", "to"]

    func spinoff(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        for i in v.positions(.spinoffWord) {
            // "the Daredevil spinoff The Punisher", "the prequel stage play Stranger Things: The First Shadow".
            var next = i + 1
            while v.name(startingAt: next) == nil, Self.spinoffKinds.contains(v.word(next)) { next += 1 }
            let parent = v.name(endingAt: i).flatMap { $0.type == .work ? $0 : nil }
            let child = v.name(startingAt: next).flatMap { $0.type == .work ? $0 : nil }
            if let parent, let child {
                out.append(Candidate(s: child.entity, p: .spinoffOf, o: parent.entity, trigger: i))
            } else if let parent, let child = apposedHead(of: parent, v), child.entity != parent.entity {
                // "Safe Harbor, the upcoming Harbor Lights spinoff,", "Safe Harbor, a Harbor Lights prequel".
                out.append(Candidate(s: child.entity, p: .spinoffOf, o: parent.entity, trigger: i))
            } else if let parent, case let article = previousDeterminer(v, before: parent.start), v.isOneOf(article, Self.indefinite),
                      v.isOneOf(article - 1, EntityResolver.copulas), let child = v.name(endingAt: article - 1), child.type == .work, child.entity != parent.entity {
                // "Marshals is a planned Yellowstone spinoff", "Safe Harbor was a Harbor Lights prequel".
                out.append(Candidate(s: child.entity, p: .spinoffOf, o: parent.entity, trigger: i))
            } else if let parent, let main = mainWork, main != parent.entity,
                      v.word(parent.start) == "the" || Self.definite.contains(v.word(previousDeterminer(v, before: parent.start))) {
                // "The Game of Thrones prequel returns", "the latest Game of Thrones spinoff": the article's work, said by what it spins off.
                out.append(Candidate(s: main, p: .spinoffOf, o: parent.entity, trigger: i))
            } else if parent == nil, let child, let main = articleWork, main != child.entity, !v.names.contains(where: { $0.end <= i && $0.type == .work }) {
                // "The college-set spinoff Gen V" in an article about The Boys.
                out.append(Candidate(s: child.entity, p: .spinoffOf, o: main, trigger: i))
            } else if parent == nil, child == nil, !["of", "to", "from"].contains(v.word(i + 1)),
                      let head = (max(0, i - 6)..<i).last(where: { v.words[$0] == "," }).flatMap({ comma in
                          ["a", "an", "the"].contains(v.word(comma + 1)) && !v.names.contains { $0.start > comma && $0.end <= i } ? v.name(endingAt: comma) : nil }),
                      head.type == .work, let source = titleSource(of: head) {
                // "The Walking Dead: Dead City, a Manhattan-set spinoff,": the work its title continues.
                out.append(Candidate(s: head.entity, p: .spinoffOf, o: source, trigger: i))
            } else if let of = Range(i + 1, upTo: min(v.words.count, i + 3)).first(where: { ["of", "to", "from"].contains(v.words[$0]) }),
                      (i + 1..<of).allSatisfy({ v.isOneOf($0, Self.spinoffKinds) && v.words[$0] != "," || v.words[$0] == "off" }), v.words[of] != "from" || v.word(i + 1) == "off",
                      let parent = parentWork(v, after: of) ?? demonstrativeWork(v, after: of) {
                // "The Punisher, a spinoff of Daredevil", "a prequel to Game of Thrones"; "The series, a spinoff of The Boys,".
                let named = v.names.last(where: { $0.end <= i && $0.type == .work && $0.entity != parent.entity })?.entity
                let anaphoric = (0..<i).contains { v.isOneOf($0, Self.anaphoricWorkNouns) || v.words[$0] == "it" }
                // "a prequel to Dune and Dune: Part Two": every work of the list.
                let parents = v.word(parent.start - 1) == "the" || v.name(startingAt: of + 1) != nil ? v.list(startingAt: parent.start, types: Self.works) : [parent]
                if let child = named ?? (anaphoric ? mainWork : nil) {
                    for p in parents where p.entity != child { out.append(Candidate(s: child, p: .spinoffOf, o: p.entity, trigger: i)) }
                }
            }
        }
        return out
    }

    /// The work a title continues, when the article names it: "The Walking Dead" for "The Walking Dead: Dead City".
    /// (Not a tagline's: "The Continental: From the World of John Wick", "Rogue One: A Star Wars Story" are the prefix's own names.)
    func titleSource(of w: SentenceView.Name) -> Int? {
        guard let colon = w.mention.text.firstIndex(of: ":") else { return nil }
        let subtitle = w.mention.text[w.mention.text.index(after: colon)...].drop { $0 == " " }
        if ["From ", "A ", "An "].contains(where: { subtitle.hasPrefix($0) }) { return nil }
        return worksByKey[Lexicon.key(String(w.mention.text[..<colon]))].flatMap { $0 != w.entity ? $0 : nil }
    }

    /// "a spinoff of that film", "a sequel to the series": the work the text was speaking of (the article's
    /// for "the series", the one named before for "that film").
    func demonstrativeWork(_ v: SentenceView, after of: Int) -> SentenceView.Name? {
        guard v.isOneOf(of + 2, Self.mediumNouns), let w = v.isOneOf(of + 1, Self.demonstratives) ? v.previousWork : v.word(of + 1) == "the" ? articleWork : nil else { return nil }
        return SentenceView.Name(standingFor: w, type: .work, named: entityNames[w], at: (of + 1)..<(of + 3))
    }

    /// "of Daredevil", "to the 2012 blockbuster The Avengers": the work after the preposition at `of`, past a short description.
    func parentWork(_ v: SentenceView, after of: Int) -> SentenceView.Name? {
        var j = of + 1
        while j < min(v.words.count, of + 6), v.name(startingAt: j) == nil, v.sentence.tokens[j].kind == .number || v.sentence.tokens[j].isWord && !v.sentence.tokens[j].isCapitalized { j += 1 }
        guard var parent = v.name(startingAt: j) else { return nil }
        // "a spinoff of Ritchie's 2009 Sherlock Holmes": past the maker's possessive and a year.
        if v.word(parent.end) == "'s" {
            var k = parent.end + 1
            if k < v.words.count, v.sentence.tokens[k].kind == .number { k += 1 }
            guard let made = v.name(startingAt: k) else { return nil }
            parent = made
        }
        return parent.type == .work ? parent : nil
    }

    static let spinoffKinds: WordSet = ["series", "show", "film", "movie", "miniseries", "drama", "comedy", "stage", "play", "animated", "special", "feature", ","]
    static let definite: WordSet = ["the", "this", "its"]
    static let indefinite: WordSet = ["a", "an"]

    /// The determiner of the noun phrase ending at `start` ("the" in "the latest Game of Thrones spinoff"),
    /// read back over up to three adjectives; the index of the word before them otherwise.
    func previousDeterminer(_ v: SentenceView, before start: Int) -> Int {
        var k = start - 1
        while k >= 0, start - k <= 3, !Self.definite.contains(v.word(k)), v.word(k) != "a", v.word(k) != "an", v.sentence.tokens[k].isWord, !v.sentence.tokens[k].isCapitalized { k -= 1 }
        return k
    }

    /// The work an apposition describes: "The Punisher" for "Daredevil" in "The Punisher, a spinoff of Daredevil,".
    /// ("Return to Silent Hill, Christophe Gans's adaptation of Konami's 2001 game Silent Hill 2, will open": the
    /// description may open with someone's possessive, and name others in theirs.)
    func apposedHead(of name: SentenceView.Name, _ v: SentenceView) -> SentenceView.Name? {
        guard let comma = (max(0, name.start - 12)..<name.start).last(where: { v.words[$0] == "," }) else { return nil }
        let possessed = v.name(startingAt: comma + 1).map { v.word($0.end) == "'s" } ?? false
        guard ["a", "an", "the"].contains(v.word(comma + 1)) && name.start - comma <= 6 || possessed,
              !v.names.contains(where: { $0.start > comma && $0.end <= name.start && v.word($0.end) != "'s" }),
              let head = v.name(endingAt: comma), head.type == .work else { return nil }
        return head
    }

    /// "Jon Bernthal landed the role of Frank Castle", "won the part of …".
    static func landsRole(_ v: SentenceView, at i: Int) -> Bool {
        roleWinVerbs.contains(v.words[i]) && ["the", "a"].contains(v.word(i + 1)) && ["role", "part"].contains(v.word(i + 2)) && v.word(i + 3) == "of"
    }
    static let foundVerbs: WordSet = ["found", "finds"]
    static let workOwners: WordSet = ["its", "their"]
    static let goneWords: WordSet = ["went", "goes", "gone", "going"]
    static let cancelWords: WordSet = ["axed", "canned", "ended", "end", "scrapped", "plug"]
    static let returnWords: WordSet = ["return", "returns", "returning", "back"]
    static let goneAdverbs: WordSet = ["has", "had", "have", "now", "ultimately", "reportedly", "eventually", "finally", "instead", "is", "was", "will"]
    static let roleNouns: WordSet = ["role", "part"]
    static let roleWinVerbs: WordSet = ["landed", "lands", "landing", "nabbed", "nabs", "snagged", "snags", "scored", "scores", "won", "wins",
                                        "secured", "secures", "booked", "books", "got", "gets", "take", "takes", "took", "taking"]

    func villain(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        for i in v.positions(.villainWord) {
            let w = v.words[i]
            guard w != "big" || v.word(i + 1) == "bad" else { continue }
            // "The Defenders villain", "The Defenders' big bad": the work is named right before.
            var before = i
            if v.word(before - 1) == "'s" { before -= 1 }
            let namedWork = v.name(endingAt: before).flatMap { $0.type == .work || workSharingName($0) != nil ? $0 : nil }
            let limit = namedWork?.start ?? i
            var candidates: [SentenceView.Name] = []
            // "X is the villain", "X was announced as the W villain", "X, the villain of".
            // "X has been tapped to play the main villain": a verb of playing lets the subject stand further back.
            // ("Krennic is one of the season's main antagonists": so does "one of".)
            let reach = (max(0, limit - 5)..<limit).contains { v.isOneOf($0, EntityResolver.playVerbs) } ? 10
                : (max(0, limit - 6)..<limit).contains { v.words[$0] == "one" && v.word($0 + 1) == "of" } ? 9 : 6
            if let x = v.names.last(where: { $0.end <= limit && $0.end >= limit - reach && Self.cast.contains($0.type) && $0.entity != namedWork?.entity }) { candidates.append(x) }
            // "Cipher, who is expected to be the season's big bad": the name before the relative clause.
            if let who = (max(1, limit - 8)..<limit).last(where: { v.words[$0] == "who" }) {
                if v.words[who - 1] == ",", let x = v.name(endingAt: who - 1), Self.cast.contains(x.type), x.entity != namedWork?.entity { candidates = [x] }
                // "Conquest, the brutal enforcer who serves as the season's big bad": past the description.
                else if let x = describedCharacter(v, before: who), x.entity != namedWork?.entity { candidates = [x] }
            }
            // "Snow, who will be played by Ralph Fiennes, is the villain": the role, not its actor.
            if let x = candidates.last, v.word(x.start - 1) == "by", EntityResolver.performedVerbs.contains(v.word(x.start - 2)),
               let role = roleBeforeRelativeClause(v, endingAt: x.start - 2), Self.cast.contains(role.type) { candidates[candidates.count - 1] = role }
            // "the villain, played by Alien's X", "villain Alexandra", "the big bad Alexandra".
            var after = i + (w == "big" ? 2 : 1)
            // "The villain of the season is Quinn": the article's work, as "the season's villain" is.
            var ofTheWork = false
            if v.word(after) == "of", v.word(after + 1) == "the", v.isOneOf(after + 2, Self.villainOwners) { after += 3; ofTheWork = true }
            if v.word(after) == "," { after += 1 }
            // "The season's real villain, though, was Quinn": past an adverb set off by commas.
            if v.isOneOf(after, Self.asideAdverbs), v.word(after + 1) == "," { after += 2 }
            // "The season's big bad is Lex Luthor".
            if v.word(after) == "is" || v.word(after) == "was" { after += 1 } else if v.word(after) == "will", v.word(after + 1) == "be" { after += 2 }
            if v.word(after) == "played" && v.word(after + 1) == "by" { after += 2 }
            if let owner = v.name(startingAt: after), owner.type == .work, v.word(owner.end) == "'s" { after = owner.end + 1 }
            if let x = v.name(startingAt: after), Self.cast.contains(x.type) { candidates.append(x) }
            if v.word(i - 1) == "'s" || v.words[max(0, i - 3)..<i].contains("'s"), let owner = v.names.last(where: { $0.end <= i && v.word($0.end) == "'s" }), owner.type == .person { candidates = [owner] }
            // "the season's main antagonist", "the film's villain, Lex Luthor": the article's work.
            let ownedByWork = ofTheWork || (max(0, i - 3)..<i).contains { v.word($0) == "'s" && v.isOneOf($0 - 1, Self.villainOwners) }
            let wk = namedWork.flatMap { $0.type == .work ? $0.entity : workSharingName($0) } ?? (ownedByWork ? mainWork : nil) ?? work(v, near: i)
            guard let subject = candidates.last, let wk, subject.entity != wk else { continue }
            out.append(Candidate(s: subject.entity, p: .villainOf, o: wk, trigger: i))
        }
        return out
    }

    static let villainOwners: WordSet = ["season", "series", "show", "film", "movie", "story"]
    static let asideAdverbs: WordSet = ["though", "however", "meanwhile", "naturally", "again", "ultimately", "apparently", "reportedly"]

    /// The work named like a character ("The Defenders" the team and the series).
    func workSharingName(_ name: SentenceView.Name) -> Int? {
        worksByKey[name.mention.key]
    }

    static let linkingPrepositions: WordSet = ["of", "to", "from", "for", "with", "in", "on", "at", "by", "about"]

    func alias(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        // "Eobard Thawne, the Reverse-Flash, returns", "Dream, the Lord of the Dreaming, is back": an epithet in apposition
        // (not a list: "Luke, the Hand, Gao and Stick").
        for left in v.names where left.type == .character && v.word(left.end) == "," && v.word(left.end + 1) == "the" {
            // (The apposition may already have merged the two: the other name is still said.)
            // ("Joaquin Torres, the new Falcon", "Ben Grimm, the rocky-skinned Thing": up to two words in lower case between.)
            var start = left.end + 2
            // (Adjectives only: "Helena, the daughter of Jame Eagan" names a relative.)
            while start < left.end + 4, v.name(startingAt: start) == nil, v.sentence.tokens.indices.contains(start), v.sentence.tokens[start].isWord,
                  !v.sentence.tokens[start].isCapitalized, lexicon.relationshipWords[v.words[start]] == nil, !Self.linkingPrepositions.contains(v.words[start]) { start += 1 }
            guard let right = v.name(startingAt: start) ?? v.name(startingAt: left.end + 1), right.type == .character,
                  right.mention.key != left.mention.key else { continue }
            let next = v.word(right.end)
            let closes = right.end >= v.words.count || [".", ")", "—", "–", ";"].contains(next)
                || next == "," && v.name(startingAt: right.end + 1) == nil && !["and", "or"].contains(v.word(right.end + 1))
                // (", and Ebon Moss plays …": a new clause about an actor, not a list of roles.)
                || next == "," && v.word(right.end + 1) == "and" && v.name(startingAt: right.end + 2)?.type == .person
            if closes { out.append(Candidate(s: left.entity, p: .alias, literal: right.mention.text, trigger: left.end)) }
        }
        for i in v.positions(.aliasWord) {
            let w = v.words[i]
            // "stars as Parker Robbins/The Hood": a role's two names.
            if w == "/" {
                if let left = v.name(endingAt: i), left.type == .character, let right = v.name(startingAt: i + 1), right.type == .character, right.mention.key != left.mention.key {
                    out.append(Candidate(s: left.entity, p: .alias, literal: right.mention.text, trigger: i))
                }
                continue
            }
            if let c = laterName(v, at: i) { out.append(c); continue }
            // "also known as", "better known as"; "who becomes", and "Mira Kess becomes the Harbor Ghost" right after the name;
            // "who goes by Ghost"; "Mira Kess's alter ego, the Harbor Ghost".
            let becomes = w == "becomes" && (v.word(i - 1) == "who" || v.name(endingAt: i)?.type == .character)
            let goesBy = (w == "goes" || w == "went") && v.word(i + 1) == "by"
            let alterEgo = w == "ego" && v.word(i - 1) == "alter"
            // "Vic Stone, who everyone knows as Cyborg".
            let knows = w == "knows" && v.word(i + 1) == "as" && (max(0, i - 3)..<i).contains { v.words[$0] == "who" }
            // "known to the crew as Number One": whom the name is used by comes between; "better known simply as …".
            var knownAs = i + 1
            if w == "known", v.word(knownAs) == "to", let at = Range(i + 2, upTo: min(v.words.count, i + 6)).first(where: { v.words[$0] == "as" }) { knownAs = at }
            if w == "known", v.isOneOf(knownAs, Self.knownAsAdverbs) { knownAs += 1 }
            guard w != "known" || Self.knownAsLeads.contains(v.word(i - 1)) && v.word(knownAs) == "as",
                  ["aka", "a.k.a.", "known"].contains(w) || becomes || goesBy || alterEgo || knows else { continue }
            // "Henry Creel, the boy who became the monster known as Vecna", "Maya Lopez, a deaf woman who goes by Echo":
            // read back over a description in lower case.
            let described = w == "known" || goesBy || knows ? describedCharacter(v, before: i) : nil
            // ("Seong Gi-hun (Lee Jung-jae), aka Player 456": past the actor in brackets.)
            let bracketed = v.word(i - 1) == "," && v.word(i - 2) == ")" ? v.name(endingAtCommaBefore: i - 1).flatMap { $0.type == .character ? $0 : nil } : nil
            let left = alterEgo ? (v.word(i - 2) == "'s" ? v.name(endingAt: i - 2).flatMap { $0.type == .character ? $0 : nil } : nil)
                : bracketed ?? v.names.last { $0.end <= i && $0.end >= i - 4 && $0.type == .character } ?? described
            var start = w == "known" ? knownAs + 1 : i + (goesBy || knows ? 2 : 1)
            while v.name(startingAt: start) == nil, [",", "the", "name", "of"].contains(v.word(start)), start < i + 5 { start += 1 }
            // ("Hart becomes Valya's enemy": a possessive names another.)
            let right = v.name(startingAt: start).flatMap { v.word($0.end) == "'s" ? nil : $0 }
            // (The other name may pass for a person's or a title alone: "better known as Superboy".)
            if let left, let right, left.mention.key != right.mention.key, right.type == .character || right.type == .work || right.type == .person && w != "becomes" {
                // ("aka Player 456": with the number that ends it.)
                let number = v.sentence.tokens.indices.contains(right.end) && v.sentence.tokens[right.end].kind == .number ? " " + v.sentence.tokens[right.end].text : ""
                out.append(Candidate(s: left.entity, p: .alias, literal: right.mention.text + number, trigger: i))
            } else if let left, v.name(startingAt: start) == nil, w != "becomes", let literal = capitalizedRun(v, from: start), Lexicon.key(literal) != left.mention.key {
                // "Wilson Fisk, aka the Kingpin", "better known as the Punisher": a name made of English words is a name here.
                out.append(Candidate(s: left.entity, p: .alias, literal: literal, trigger: i))
            }
        }
        return out
    }

    /// The words in capitals from `start` on (at most four, none a sentence's first): "Kingpin", "Reverse-Flash".
    func capitalizedRun(_ v: SentenceView, from start: Int) -> String? {
        let t = v.sentence.tokens
        var end = start
        while end < t.count, end < start + 4, t[end].isWord, t[end].isCapitalized { end += 1 }
        guard end > start, start > 0 else { return nil }
        // "Player 456": a number after the words.
        if end < t.count, t[end].kind == .number, t[end].spaceBefore { end += 1 }
        return t[start..<end].map(\.text).joined(separator: " ")
    }

    /// The other names a character comes to bear: "Anakin Skywalker, now Darth Vader", "as he becomes
    /// Vader", "Skywalker's transformation into the franchise's villain, Darth Vader", "the masked
    /// vigilante known as Daredevil", "an unsuccessful super hero named Jewel".
    func laterName(_ v: SentenceView, at i: Int) -> Candidate? {
        let w = v.words[i]
        func character(from start: Int, within: Int) -> SentenceView.Name? {
            v.names.first { $0.start >= start && $0.start <= start + within && $0.type == .character }
        }
        // The character the sentence is about: named just before, else the one a pronoun stands for.
        func subject(before k: Int) -> Int? {
            v.names.last { $0.end <= k && $0.type == .character }?.entity
                ?? (v.words[..<k].contains { Self.personalPronouns.contains($0) } ? v.previousCharacter : nil)
        }
        var found: (s: Int, o: SentenceView.Name)?
        switch w {
        case "now" where v.word(i - 1) == ",":
            if let left = v.name(endingAt: i - 1), left.type == .character, let right = v.name(startingAt: i + 1), right.type == .character || right.type == .person { found = (left.entity, right) }
        case "becomes", "became":   // after "he" or "she" (so never "who becomes")
            if ["he", "she"].contains(v.word(i - 1)), let right = v.name(startingAt: i + 1), right.type == .character || right.type == .person, v.word(right.end) != "'s",
               let s = subject(before: i - 1) { found = (s, right) }
        case "transformation" where v.word(i + 1) == "into":
            if v.word(i - 1) == "'s", let left = v.name(endingAt: i - 1), left.type == .character, let right = character(from: i + 2, within: 8) { found = (left.entity, right) }
        case "known" where v.word(i + 1) == "as" && v.word(i - 1) != "also", "named", "called":
            // Only after a word for a hero or a villain: "a friend named Sam" is no alias.
            let at = w == "known" ? i + 2 : i + 1
            guard (max(0, i - 3)..<i).contains(where: { lexicon.characterCues.contains(v.words[$0]) || ["vigilante", "superhero", "identity"].contains(v.words[$0]) }),
                  let right = v.name(startingAt: at), right.type == .character, let s = subject(before: i) else { return nil }
            found = (s, right)
        default: return nil
        }
        // The other name's own entity, even once it is merged into this one.
        guard let (s, right) = found, s != right.mention.entity else { return nil }
        return Candidate(s: s, p: .alias, o: right.mention.entity, trigger: i)
    }
}
