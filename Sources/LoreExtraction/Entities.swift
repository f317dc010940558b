import Foundation
import LoreLanguage
import Synchronization

/// An entity of one article: the mentions that name it and the type its contexts vote for.
struct ArticleEntity {
    var name: String
    var type: EntityType
    var aliases: [String: Int] = [:]
    /// Merged into another entity (a hero name into the civil name).
    var mergedInto: Int? = nil
}

/// Reads the type of each mention from its context, groups mentions into entities and
/// tells apart a character and a work that share a name.
struct EntityResolver {
    let lexicon = Lexicon.shared
    static let speechVerbs: WordSet = ["said", "says", "told", "tweeted", "revealed", "added", "explained", "noted", "teased", "shared", "posted", "wrote", "stated", "admitted", "recalled", "joked", "confirmed", "spoke", "talked"]
    /// What may follow the last role of a list: "who play A and B in W", "as A and B, respectively".
    static let afterRoleList: WordSet = ["in", "on", "for", "from", "and", "or", "respectively", "across", "throughout"]
    static let playVerbs: WordSet = ["plays", "played", "playing", "play", "portrays", "portrayed", "portraying", "portray", "voices", "voiced", "voicing",
                                     "reprises", "reprised", "reprising", "reprise"]
    static let roleDeterminers: WordSet = ["the", "a", "an", "her", "his", "their"]
    static let roleInWorkNouns: WordSet = ["villain", "villains", "antagonist", "hero", "heroine", "lead", "protagonist"]
    static let roleAges: WordSet = ["new", "young", "old", "former", "future", "older", "younger"]
    /// "lends his voice to": a voice role follows.
    static let lendVerbs: WordSet = ["lends", "lend", "lent", "lending"]
    static let roleFillers: WordSet = ["the", "a", "an", "big", "bad", "villainous", "mysterious", "iconic", "titular", "series", "show's", "'s", ",", "villain", "hero", "heroine", "character", "role", "of", "her", "his", "new", "young"]
    static let performedVerbs: WordSet = ["played", "portrayed", "voiced"]
    static let byVerbs: WordSet = ["played", "portrayed", "voiced", "directed", "written", "created", "helmed", "produced", "penned", "scripted", "photographed", "shot", "composed"]
    static let workAfterPossessive: WordSet = ["first", "second", "third", "fourth", "fifth", "final", "new", "upcoming", "latest", "season", "premiere", "cast", "showrunner", "showrunners", "finale", "trailer", "teaser", "debut", "episodes", "writers", "creator", "producers", "director", "release", "return", "sophomore", "debut", "first-season", "second-season", "villain", "villains"]
    static let heroActions: WordSet = ["team", "teams", "teaming", "reunite", "reunites", "reuniting", "fight", "fights", "battle", "battles", "kiss", "kisses", "confront", "confronts", "rescue", "rescues", "suit"]
    /// "May Calamawy (Ramy) has been cast", "Tom Reyes (Nightfall) joins": what an actor does, after the brackets
    /// of a credit (a role in brackets would have been said already).
    static func castAfterCredit(_ t: [Token], at i: Int) -> Bool {
        if playVerbs.contains(t[i].lower) || joinVerbs.contains(t[i].lower) || t[i].lower.is("stars") { return true }
        return auxiliaries.contains(t[i].lower) && t[(i + 1)..<min(t.count, i + 4)].contains { $0.lower.is("cast") || playVerbs.contains($0.lower) }
    }
    /// "casting announcements for A and B" (but "the casting of A as B" names the actor): the names after are roles.
    static func isCastingFor(_ t: [Token], _ a: Int) -> Bool {
        guard a >= 2, t[a - 1].lower == "for" else { return false }
        return t[max(0, a - 4)..<(a - 1)].contains { $0.lower == "casting" || $0.lower == "recasting" }
    }
    /// Nouns for a character's place in another's life that are no relationship kind of their own.
    static let characterTraits: WordSet = ["origin", "origins", "powers", "superpowers", "backstory", "back-story", "alter", "secret"]
    static let relationNouns: WordSet = ["neighbor", "neighbour", "roommate", "landlord", "landlady", "bodyguard", "secretary", "housekeeper", "driver", "butler", "lieutenant", "henchman", "right-hand", "associate", "confidant", "confidante", "love"]
    static let copulaAdverbs: WordSet = ["itself", "also", "now", "actually", "technically", "essentially"]
    /// The copula of "X is Y" in a cast list.
    static let copulas: WordSet = ["is", "was"]
    static let knownAsDegrees: WordSet = ["better", "best", "also", "simply", "widely"]
    /// The words that may follow a role's name at the end of its clause: "X is Sylvie, …", "X was Mal in W"
    /// ("" past the sentence's end).
    static let roleClauseEnds: WordSet = ["", ",", ".", ";", "and", "in", "on", "—", "–", "!", "?"]
    static let workNouns: WordSet = ["series", "show", "film", "movie", "miniseries", "spinoff", "spin-off", "prequel", "sequel", "project", "drama", "comedy", "documentary", "special"]
    static let workBefore: WordSet = ["series", "film", "movie", "show", "sequel", "spinoff", "spin-off", "prequel", "miniseries", "watching", "binge", "rewatch"]
    /// "Steven Soderbergh's spy thriller Black Bag": a genre, then a title (but "the dark comedy Sharon Horgan co-created" names its maker).
    static let genreBefore: WordSet = ["thriller", "drama", "comedy", "documentary", "docuseries", "musical", "western", "sitcom", "dramedy", "biopic"]
    // The cues' word lists, prepared once: an array literal in `cue` was built and freed on every call.
    static let vehicleNouns: WordSet = ["movie", "film", "vehicle"]
    static let castApposition: WordSet = ["starring", "staring", "co-starring", "featuring"]
    static let footageNouns: WordSet = ["photos", "pictures", "images", "videos", "footage", "trailers", "teasers", "stills", "clips", "reports"]
    static let castingVerbs: WordSet = ["casts", "cast", "casting", "adds", "recasts"]
    static let relativePronouns: WordSet = ["which", "that"]
    static let auxiliaries: WordSet = ["has", "have", "had", "been", "is", "was", "were", "are", "will", "not", "won't", "officially", "also", "now", "be", "reportedly", "just"]
    static let countFillers: WordSet = ["only", "be", "just"]
    /// Words of `workAfterPossessive` said of an actor as well: "Mara Quill's new series", "her return".
    static let saidOfPeopleToo: WordSet = ["first", "second", "third", "fourth", "fifth", "final", "new", "upcoming", "latest", "return", "debut", "villain", "villains"]
    static let partsOfWork: WordSet = ["season", "seasons", "episode", "episodes", "finale", "premiere", "trailer", "cast", "set", "star", "stars", "creator", "showrunner", "events"]
    static let instalmentNouns: WordSet = ["season", "series", "episode"]
    static let returnVerbs: WordSet = ["return", "returns", "returned", "returning", "comes", "came", "come", "coming"]
    static let joinVerbs: WordSet = ["joined", "joins", "join", "joining", "boards", "boarded", "board", "boarding", "headlines", "headline", "headlining", "fronts", "fronting"]
    static let afterJoinedPerson: WordSet = ["in", "on", "for", "and", ",", "'s", "to", "at", "onstage", "together"]
    /// Said of a work coming out (not "returns" or "arrives", said of characters too).
    static let releasedVerbs: WordSet = ["released", "premieres", "premiered", "premiering", "debuts", "debuted", "streams", "streaming", "airs", "aired", "airing"]
    static let releaseNouns: WordSet = ["release", "premiere", "debut", "launch", "return"]
    static let arrivalVerbs: WordSet = ["opens", "opened", "opening", "arrives", "arrived", "arriving", "hits", "hit", "lands", "landed", "landing"]
    static let screenNouns: WordSet = ["theaters", "theatres", "cinemas", "screens", "digital", "streaming"]
    static let madeByVerbs: WordSet = ["directed", "helmed", "produced", "written", "penned", "scripted", "photographed", "shot", "composed"]
    /// "Jon Watts directed Spider-Man: Homecoming": what is directed is a work.
    static let makingVerbs: WordSet = ["directed", "directs", "directing", "co-directed", "helmed", "helms", "helming"]
    static let creationVerbs: WordSet = ["created", "creates", "developed", "develops", "wrote", "writes", "produced", "produces", "made", "makes", "adapted"]
    /// "starred in Westworld", "a cameo in Loki": what a performer is or does in a work.
    static let appearanceWords: WordSet = ["star", "stars", "starred", "starring", "co-star", "co-stars", "co-starred", "co-starring", "appear", "appears",
                                           "appeared", "appearing", "appearance", "appearances", "cameo", "cameos", "role", "roles", "featured", "cast"]
    static let namingVerbs: WordSet = ["called", "titled", "entitled", "dubbed"]
    static let reportVerbs: WordSet = ["obtained", "reported", "confirmed", "broken"]
    static let includeVerbs: WordSet = ["includes", "include", "including"]
    /// "such as", "known as", "as well as", "the same as": an "as" that introduces no role.
    static let asIdioms: WordSet = ["such", "known", "well", "same"]
    static let heroTitles: WordSet = ["vigilante", "superhero", "monster", "gangster", "assassin", "creature", "demon", "mastermind"]
    /// Words that end a role description read backwards: prepositions and crew titles.
    static let roleStops: WordSet = ["alongside", "with", "by", "for", "to", "from", "opposite", "and", "executive", "co-executive"]
    static let owners: WordSet = ["his", "her", "their", "'s"]
    /// Words that cannot describe a relation between its owner and its noun ("her father and …", "his role as …").
    static let relationStops: WordSet = ["and", "or", "as", "of", "the", "a", "an", "is", "was", "who", "which", "that", "to", "in", "on", "with"]
    /// Words that open a clause or name an owner, never part of a trade said before a name ("police commissioner Frank Reagan").
    static let notTradeWords: WordSet = ["whose", "whom", "who", "which", "while", "when", "where", "whereas", "although", "though", "because", "since",
                                         "his", "her", "their", "its", "our", "my", "your", "also", "still", "now", "but", "yet", "so", "then", "for", "by", "at", "from"]
    /// A word in lower case that can be part of a trade before a name: "detective", "police commissioner", "station chief".
    static func isTradeWord(_ token: Token, lexicon: Lexicon = .shared) -> Bool {
        token.isWord && token.firstByte &- UInt8(ascii: "a") < 26 && !Self.relationStops.contains(token.lower) && !Self.notTradeWords.contains(token.lower)
            && lexicon.relationshipWords[token.lower] == nil
    }
    static let akaWords: WordSet = ["aka", "a.k.a.", "a.k.a", "also"]
    static let relationPrepositions: WordSet = ["of", "to", "with"]
    static let peerNouns: WordSet = ["classmate", "rival", "nemesis", "sidekick", "partner"]
    static let bringVerbs: WordSet = ["bring", "brings", "brought", "bringing"]
    static let compassWords: WordSet = ["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upstate", "downtown"]
    static let franchiseMedia: WordSet = ["movie", "film", "tv", "book"]
    static let countedNouns: WordSet = ["heroes", "superheroes", "vigilantes", "heroines"]
    static let smallNumbers: [String: Int] = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6]
    static let teamNouns: WordSet = ["heroes", "superheroes", "characters", "vigilantes", "defenders", "team"]
    static let listOpeners: WordSet = [":", ",", "—", "–", "include", "includes", "including", "like"]
    static let workPlurals: WordSet = ["series", "shows", "films", "movies", "titles", "originals", "dramas"]
    static let listJoiners: WordSet = [",", "and", "&", "(", ")"]

    /// The types a name's contexts voted for, counted per type.
    struct Votes {
        /// One lane per type, in declaration order (seven types): inline, where an array per name was
        /// allocated and copied on its first vote.
        var counts = SIMD8<Int>()
        subscript(type: EntityType) -> Int { counts[Self.index(type)] }
        mutating func add(_ type: EntityType) { counts[Self.index(type)] += 1 }
        static func index(_ type: EntityType) -> Int { EntityType.allCases.firstIndex(of: type)! }

        /// The type with most votes; a tie goes to a work, then to the first type in declaration
        /// order, so that the same article always reads the same way.
        var winner: EntityType? {
            var best: (votes: Int, work: Int, order: Int, type: EntityType)? = nil
            for (k, type) in EntityType.allCases.enumerated() where counts[k] > 0 {
                let candidate = (votes: counts[k], work: type == .work ? 1 : 0, order: -k, type: type)
                if best == nil || (candidate.votes, candidate.work, candidate.order) > (best!.votes, best!.work, best!.order) { best = candidate }
            }
            return best?.type
        }
    }

    /// "the Rebel pilot", "the Daily Planet reporter": jobs held inside a story.
    static let storyJobs: WordSet = ["pilot", "pilots", "colonel", "nurse", "reporter", "soldier", "soldiers", "scientist", "officer", "commander",
                                     "spy", "spies", "assassin", "general", "sergeant", "captain", "detective", "lawyer", "doctor", "mercenary", "operative"]
    /// "heir to the Iron Throne", "leader of the Hand": nouns of a role's place in a story's group.
    static let roleOwnerNouns: WordSet = ["heir", "heiress", "leader", "leaders", "member", "members", "ruler", "chief", "head", "soldier", "soldiers", "warrior", "warriors", "founder", "enforcer", "agent", "agents"]
    static let afterRoleOwner: WordSet = ["and", "who", "which", "whose", "in", "for", "to", "with", "as", "but", "is", "was", "has", "had", "will", "returns", "—"]
    /// Words between an actor's possessive and a name that do not describe a role: "Renner's and Steinfeld's …".
    static let notRoleAdjectives: WordSet = ["and", "or", "as", "in", "on", "of", "to", "for", "with", "the", "a", "an", "is", "was", "has", "had", "own", "first", "latest"]

    /// "plays LAPD detective Rick Sauer", "as the KGB spy Elizabeth Jennings": after a verb of playing, an agency's acronym and
    /// a trade in lower case; the agency is an organisation, the name after the trade the role.
    func agencyBeforeRole(_ m: Mention, _ t: [Token], before: Int) -> EntityType? {
        func word(_ i: Int) -> String { i >= 0 && i < t.count ? t[i].lower : "" }
        // (The first byte is read first: most words are not capitalised, and are not copied.)
        func isAcronym(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].firstByte &- 65 < 26 && t[i].isWord && Self.isAcronym(t[i].text) }
        func isTrade(_ i: Int) -> Bool { i >= 0 && i < t.count && Self.isTradeWord(t[i], lexicon: lexicon) }
        func playedAt(_ i: Int) -> Bool { Self.playVerbs.contains(word(i)) || word(i).is("as") || word(i).is("the") && (Self.playVerbs.contains(word(i - 1)) || word(i - 1).is("as")) }
        let a = m.tokens.lowerBound, b = m.tokens.upperBound
        if b == a + 1, isAcronym(a), isTrade(b), b + 1 < t.count, t[b + 1].isCapitalized || isTrade(b + 1) && b + 2 < t.count && t[b + 2].isCapitalized, playedAt(a - 1) { return .organization }
        // (The trade may be a title read as part of the name: "FBI agent Rick Sauer".)
        func roleAfterTrade(_ start: Int) -> Bool {
            // (The acronym first: it is read off the bytes, the trade by looking words up.)
            isAcronym(start - 2) && isTrade(start - 1) && playedAt(start - 3)
                || isAcronym(start - 3) && isTrade(start - 1) && isTrade(start - 2) && playedAt(start - 4)
        }
        return roleAfterTrade(before) || roleAfterTrade(a) ? .character : nil
    }

    /// The type a mention's own context gives it, if any.
    func cue(_ m: Mention, in s: Sentence) -> EntityType? {
        if let type = m.lexiconType { return type }
        if m.text.hasPrefix("@") || m.compound != nil { return .person }
        let t = s.tokens
        let a = m.tokens.lowerBound, b = m.tokens.upperBound
        // "West Yorkshire", "Southern California": a point of the compass before a known place is a place.
        if b - a == 2, Self.compassWords.contains(t[a].lower), lexicon.isOneWordPlace(t[a + 1].lower) { return .place }
        func word(_ i: Int) -> String { i >= 0 && i < t.count ? t[i].lower : "" }
        // (Words are compared with `String.is`, inlined: this runs for every mention, some seventy comparisons
        // each, and `==` calls into the runtime for every pair that differs.)
        // "the Iron Man franchise", "the Twilight movie franchise": this mention is the franchise as a whole
        // ("the Daredevil franchise" in an article about the series still weighs for the work Daredevil).
        if word(b).is("franchise") || word(b + 1).is("franchise") && Self.franchiseMedia.contains(word(b)) { return .franchise }
        if m.quoted { return .work }
        // "X-Men '97": a title's year.
        if b - a >= 3, t[b - 1].kind == .number, MentionFinder.apostrophes.contains(t[b - 2].text) { return .work }
        // "Shrek 5", "Top Gun 3", "M3GAN 2.0": a sequel's number (no one's name ends in a digit).
        if b - a >= 2, t[b - 1].kind == .number, t[b - 1].text.utf8.count == 1 || MentionFinder.isSequelNumber(t[b - 1]), t[b - 2].isWord { return .work }
        // "Courtesy of Photofest", "via Uproxx": the source of a picture or a report is an outlet.
        if word(a - 1).is("via") || word(a - 1).is("of") && word(a - 2).is("courtesy"), defaultType(m.text) != .person { return .organization }
        // "Red Kite Productions", "Roddenberry Entertainment": the last word says it, whatever the context ("produced by …").
        if b - a >= 2, lexicon.organizationEndings.contains(word(b - 1)) { return .organization }
        // Titles before a name are read through: "as Nurse Christine Chapel", "as Lt. Erica Ortegas".
        var before = a
        while before > 0, lexicon.honorifics.contains(word(before - 1)) || word(before - 1).is(".") && lexicon.honorifics.contains(word(before - 2)) { before -= 1 }
        // (And an office with its department or company: "as Home Secretary Peter Judd", "Lumon CEO Jame Eagan".)
        if before > 0, MentionFinder.officeTitles.contains(word(before - 1)), t[before - 1].isCapitalized {
            before -= 1
            while before > 0, before > a - 4, t[before - 1].isWord, t[before - 1].isCapitalized { before -= 1 }
        }
        // "Captain Christopher Pike", "Prince Daemon Targaryen", "Lt. Erica Ortegas": ranks and royal titles name characters.
        if t[before..<a].contains(where: { lexicon.characterCues.contains($0.lower.hasSuffix(".") ? String($0.lower.dropLast()) : $0.lower) }) { return .character }
        let possessive = t.isBarePossessive
        let next = word(b), next2 = word(b + 1), prev = possessive(before - 1) ? "'s" : word(before - 1), prev2 = word(before - 2)
        // Their hashes once: the word lists below are asked about these four words again and again.
        let nextHash = WordTable<Bool>.hash(next), next2Hash = WordTable<Bool>.hash(next2), prevHash = WordTable<Bool>.hash(prev), prev2Hash = WordTable<Bool>.hash(prev2)
        // "are producing for Color Force": whom a producer works for is a company.
        if prev.is("for"), Self.producingVerbs.contains(prev2, hash: prev2Hash), defaultType(m.text) != .person { return .organization }
        // "the banished prince of the Fire Nation", "the rightful heir to the Iron Throne": what a role belongs to is a
        // group of the story, no work (not "a member of the Night Harbor cast": a noun after it says so).
        if prev.is("the"), prev2.is("of") || prev2.is("to"), before >= 3, lexicon.characterCues.contains(word(before - 3)) || Self.roleOwnerNouns.contains(word(before - 3)),
           b >= t.count || t[b].kind == .punctuation || Self.afterRoleOwner.contains(next) { return .character }
        let isName = { (i: Int) in i >= 0 && i < t.count && t[i].isCapitalized }
        if let agencyCue = agencyBeforeRole(m, t, before: before) { return agencyCue }

        // Works.
        // "the 2003 Ben Affleck movie": a person's name can qualify a film too.
        let madeBy = Self.vehicleNouns.contains(next, hash: nextHash) && (prev.is("the") || before > 0 && t[before - 1].kind == .number) && defaultType(m.text) == .person
        if lexicon.workCues.contains(next, hash: nextHash) && !(next.is("cast") && next2.is("as")) && !madeBy && !next2.is("franchise") { return .work }
        // "Breaking Bad star Aaron Paul" (but "Zendaya and Jacob Batalon star in the film" are the stars).
        if next.is("star") && !next2.is("in") && !next2.is("as") || next.is("alum") || next.is("fame") && prev.is("of") { return .work }
        // "a spinoff of Daredevil", "the prequel to Game of Thrones"; "Daredevil is part of the MCU".
        // (Not "the spinoff of Matt Reeves' The Batman": the maker's name.)
        if prev.is("of") || prev.is("to"), FactRules.spinoffWords.contains(prev2, hash: prev2Hash), !next.is("'s"), !possessive(b) { return .work }
        // "a spinoff of Ritchie's 2009 Sherlock Holmes": what the maker's possessive names there is the work.
        if prev.is("'s") || before > 0 && t[before - 1].kind == .number && (word(before - 2).is("'s") || possessive(before - 2)) {
            var k = prev.is("'s") ? before - 2 : before - 3
            while k > 0, t[k].isCapitalized { k -= 1 }
            if word(k).is("of") || word(k).is("to"), FactRules.spinoffWords.contains(word(k - 1)) { return .work }
        }
        // "The Flash, which spun off from Arrow".
        if prev.is("from"), prev2.is("off"), FactRules.spinoffWords.contains(word(before - 3)) { return .work }
        // (Not "Mara Voss is part of the cast", "… part of the film's cast": an actor.)
        if next.is("is") || next.is("was"), next2.is("part"), word(b + 2).is("of"), word(b + 3).is("the") || isName(b + 3),
           !(b + 3..<min(t.count, b + 8)).contains(where: { word($0).is("cast") || word($0).is("ensemble") }) { return .work }
        // "the villain of Jessica Jones", "showrunner on Luke Cage", "directed Spider-Man: Homecoming".
        if prev.is("of"), prev2.is("villain") || prev2.is("villains") || prev2.is("antagonist") { return .work }
        if prev.is("on") || prev.is("for"), lexicon.crewRoleWords[prev2] != nil, !next.is("'s") { return .work }
        if Self.makingVerbs.contains(prev, hash: prevHash), !next.is("'s") && !next.is(",") { return .work }
        // "created Jessica Jones for Netflix": what is made for a platform is a work.
        if next.is("for"), Self.creationVerbs.contains(prev, hash: prevHash), lexicon.platforms.contains(next2, hash: next2Hash) { return .work }
        // "Alfre Woodard has joined Luke Cage", "boards Luke Cage as Mariah" (but "joins Mike Colter in W" joins a person).
        if Self.joinVerbs.contains(prev, hash: prevHash), !Self.afterJoinedPerson.contains(next, hash: nextHash) { return .work }
        // "signed on to Luke Cage", "guest-stars on Luke Cage", "is back for Luke Cage".
        if prev.is("to"), prev2.is("on"), ["signed", "signs", "signing"].contains(word(before - 3)) { return .work }
        if prev.is("on"), prev2.is("guest-star") || prev2.is("guest-stars") || prev2.is("guest-starring") || prev2.is("star") && word(before - 3).is("guest") { return .work }
        if prev.is("for"), prev2.is("back"), !next.is("more") { return .work }
        // "Mike Colter starred in Westworld", "a role in Jessica Jones" (but "a role in Tim Burton's Big Eyes" names a maker first).
        if prev.is("in"), Self.appearanceWords.contains(prev2, hash: prev2Hash), !next.is("'s") { return .work }
        // "played a villain in Nightshift", "the hero in Night Courier".
        if prev.is("in"), Self.roleInWorkNouns.contains(prev2, hash: prev2Hash), !next.is("'s"), defaultType(m.text) != .person { return .work }
        // "a recurring role on The Last Wolves", "a cameo on Luke Cage".
        if prev.is("on"), ["role", "roles", "cameo", "cameos"].contains(prev2), !next.is("'s") { return .work }
        // "the Starfall Academy Netflix premiere": a title before its platform's name.
        if lexicon.platforms.contains(next, hash: nextHash), b + 1 < t.count, t[b].isCapitalized, !isName(b + 1) { return .work }
        if next.is("stars") && isName(b + 1) { return .work }
        // "Iron Fist, starring Finn Jones, was released": a title with its cast in apposition.
        if next.is(","), Self.castApposition.contains(next2, hash: next2Hash), isName(b + 2) { return .work }
        if next.is("season") || next.is("seasons") { return .work }
        // "the show Daredevil" (but "new photos show Daredevil …" is a verb).
        // ("New set photos from Saints of Carthage show Zoe Garcia …": the photos' verb, their source named between.)
        if Self.workBefore.contains(prev, hash: prevHash),
           !(prev.is("show") && t[max(0, before - 8)..<(before - 1)].contains { Self.footageNouns.contains($0.lower) }) { return .work }
        if Self.genreBefore.contains(prev, hash: prevHash), defaultType(m.text) != .person { return .work }
        if prev.is("'s"), a >= 2, t[a - 2].kind == .number, t[a - 2].text.characterCount == 4 { return .work }
        if lexicon.platformVerbs.contains(prev, hash: prevHash) || lexicon.platformVerbs.contains(prev2, hash: prev2Hash) && prev.is("the") { return .work }
        // "Daredevil returns for a third season" (but "Daredevil Casts Elektra For Season 2" casts a role).
        // (But "Books Cillian O'Sullivan as Dr. Roger Korby for Season 3" casts a role.)
        if next.is("for") && (next2.is("a") || next2.is("season")) && !isName(b + 2) && !Self.castingVerbs.contains(prev, hash: prevHash) && !prev.is("as") { return .work }
        // "Luke Cage has been renewed", "Daredevil will not return for a fourth season".
        var aux = b
        // "Jessica Jones, which has also been renewed": read through a relative pronoun too.
        if word(aux).is(","), Self.relativePronouns.contains(word(aux + 1)) { aux += 2 }
        while aux < t.count, aux < b + 6, Self.auxiliaries.contains(word(aux)) { aux += 1 }
        // "Jessica Jones will only be 13 episodes": a count of episodes is a work's.
        var count = aux
        while count < t.count, count < b + 7, Self.countFillers.contains(word(count)) { count += 1 }
        if count > b, count + 1 < t.count, t[count].kind == .number || FactRules.numbers[word(count)] != nil, word(count + 1).hasPrefix("episode") { return .work }
        // "Northlight Streaming has cancelled Crimson Wolves": whoever cancels or renews is the platform.
        // (In a title-case headline every word looks like a name: "Shadow and Bone Cancelled After Two Seasons".)
        if lexicon.platformVerbs.contains(word(aux)), isName(aux + 1) || word(aux + 1).is("the") && isName(aux + 2), !(aux > b && word(aux - 1).is("been")),
           !(s.block == .headline && MentionFinder.isTitleCase(s)) { return defaultType(m.text) == .person ? nil : .organization }
        // "Luke Cage follows the titular hero": a synopsis opens with its title.
        if next.is("follows") || next.is("centers") && next2.is("on"), a == 0 || word(a - 1).is("the"), b + 1 < t.count, !t[b + 1].isCapitalized || next2.is("the") { return .work }
        // ("Deborah Ann Woll will return for The Punisher" is an actor's return, and so is
        // "Lena Ortiz will not return for the third season of Harbor Lights": the season is another work's.)
        if aux > b, lexicon.platformVerbs.contains(word(aux)) || (word(aux).is("return") || word(aux).is("returns")) && word(aux + 1).is("for") && !isName(aux + 2) && !(word(aux + 2).is("the") && isName(aux + 3)) {
            let seasonOfAnother = Range(aux + 2, upTo: min(t.count, aux + 8)).contains { word($0).is("of") && isName($0 + 1) }
            return seasonOfAnother && defaultType(m.text) == .person ? nil : .work
        }
        // "Hayden Christensen joins Ewan McGregor in Obi-Wan Kenobi": the work they share.
        if prev.is("in"), before >= 3, t[before - 2].isCapitalized {
            let start = previousNameStart(t, before: before - 1)
            if FactRules.companyWords.contains(word(start - 1)), defaultType(MentionFinder.join(t[start..<(before - 1)])) == .person { return .work }
            // "Hodge played Hawkman in Black Adam": where a role is played is a work.
            if Self.playVerbs.contains(word(start - 1)), !next.is("'s") { return .work }
        }
        // "Thunderbolts* opens in theaters", "Wicked hits cinemas", "Dune lands on Max": what arrives where films and
        // shows are seen is a work.
        if Self.arrivalVerbs.contains(word(aux)) {
            let place = word(aux + 1).is("in") || word(aux + 1).is("on") || word(aux + 1).is("to") ? aux + 2 : aux + 1
            if Self.screenNouns.contains(word(place)) || lexicon.platforms.contains(word(place)) { return .work }
        }
        // "Ozark will be released in March", "Ozark is coming to Netflix", "Ozark is slated for a 2018 release".
        if aux > b || Self.releasedVerbs.contains(next, hash: nextHash) {
            let verb = aux > b ? word(aux) : next
            if Self.releasedVerbs.contains(verb) { return .work }
            if verb.is("coming") || verb.is("comes"), word(aux + 1).is("to"), lexicon.platforms.contains(word(aux + 2)) { return .work }
            if verb.is("set") || verb.is("slated") || verb.is("scheduled"), word(aux + 1).is("for"),
               Range(aux + 2, upTo: min(t.count, aux + 7)).contains(where: { Self.releaseNouns.contains(word($0)) }) { return .work }
        }
        // "Ozark is a Netflix original series", "Ozark was a crime drama".
        // ("Ahsoka is itself a spinoff of The Mandalorian": an adverb may come first.)
        let article = Self.copulaAdverbs.contains(next2, hash: next2Hash) ? b + 2 : b + 1
        if next.is("is") || next.is("was"), word(article).is("a") || word(article).is("an"),
           let noun = Range(article + 1, upTo: min(t.count, article + 5)).first(where: { Self.workNouns.contains(word($0)) }),
           !(article + 1..<noun).contains(where: { t[$0].kind == .punctuation && t[$0].text != "+" }) { return .work }
        // "Netflix's Luke Cage", "Brightwater Channel's Marlow Heights": a platform's or a company's show.
        if prev.is("'s") {
            let owner = previousName(t, before: a - 1)
            if lexicon.platforms.contains(Lexicon.key(owner)) { return .work }
            // "Marvel's Blade", "Lucasfilm's Andor": a studio's title (not "Marvel's Kevin Feige", its people).
            // ("Marvel's The Defenders team" is the heroes.)
            if lexicon.studios.contains(Lexicon.key(owner)), defaultType(m.text) != .person, !lexicon.eventEndings.contains(word(b - 1)), !next.is("team") { return .work }
            if let last = owner.split(separator: " ").dropFirst().last, lexicon.organizationEndings.contains(last.lowercased()) { return .work }
        }
        // "Ozark's second season", "Ozark's showrunner" (but "Sigourney Weaver's villain role" and
        // "Mara Quill's new series" are an actor's: a word said of both is read with the name's look,
        // and a single word, maybe a surname ("Walsh's first major part"), says nothing).
        if next.is("'s"), Self.workAfterPossessive.contains(next2, hash: next2Hash),
           !Self.saidOfPeopleToo.contains(next2, hash: next2Hash) || Self.workAfterPossessive.contains(word(b + 2)) && !Self.saidOfPeopleToo.contains(word(b + 2))
            || m.text.utf8.contains(UInt8(ascii: " ")) && defaultType(m.text) != .person { return .work }
        if next.is("("), b + 1 < t.count, t[b + 1].kind == .number, t[b + 1].text.characterCount == 4 { return .work }
        if prev.is("of"), (a - 4..<a - 1).contains(where: { Self.partsOfWork.contains(word($0)) }) { return .work }
        if (prev.is("in") || prev.is("on")) && Self.instalmentNouns.contains(next, hash: nextHash) { return .work }

        // "plays a fisherman named Jonah Pike": the name a role is given.
        if FactRules.namingParticiples.contains(prev, hash: prevHash), Range(before - 6, upTo: before - 1).contains(where: { Self.playVerbs.contains(word($0)) }) { return .character }
        // "a new series called Acolyte", "the film, titled Nightfall": a name given to a work.
        if Self.namingVerbs.contains(prev, hash: prevHash), t[max(0, before - 7)..<max(0, before - 1)].contains(where: { Self.workNouns.contains($0.lower) }) { return .work }
        // Outlets: "according to Den of Geek", "permits obtained by Den of Geek".
        if prev.is("to") && prev2.is("according") || prev.is("by") && Self.reportVerbs.contains(prev2, hash: prev2Hash) {
            if defaultType(m.text) != .person { return .organization }
        }
        // "Manhattan's Lower East Side": a part of a place is a place.
        if prev.is("'s"), a >= 2, lexicon.isOneWordPlace(t[a - 2].lower) { return .place }
        // "in Surrey, British Columbia", "near Albuquerque, New Mexico": a name before a known region is a place.
        if next.is(","), prev.is("in") || prev.is("near") || prev.is("around") || prev.is("at"), b + 1 < t.count,
           MentionFinder().gazetteerMatch(t, at: b + 1, sentence: m.sentence)?.lexiconType == .place, defaultType(m.text) != .person { return .place }
        // "starts filming in Halifax", "shot on location in Nova Scotia": where a work is shot (but "production in Q4" is a time).
        // ("The production spent weeks in Krabi": a filming word a few words before, in the same clause.)
        let clauseBefore = Range(max(0, before - 6), upTo: before - 1)
        if prev.is("in") || prev.is("around"), FactRules.filmingWords.contains(prev2, hash: prev2Hash) || prev2.is("location")
            || clauseBefore.contains(where: { FactRules.filmingWords.contains(word($0)) && !word($0).is("location") })
               && !clauseBefore.contains(where: { word($0).is(",") || word($0).is("and") || $0 > 0 && t[$0].isCapitalized }),
           !next.is("'s"), !m.text.utf8.contains(where: { $0 >= 48 && $0 <= 57 }), defaultType(m.text) != .person { return .place }

        // People.
        if lexicon.personCues.contains(prev, hash: prevHash) && !prev.is("star") || prev.is("star") && !(prev2.is("the")) { return .person }
        // "The Nightfall cast also includes Mara Quill": a cast is made of actors.
        if Self.includeVerbs.contains(prev, hash: prevHash), t[max(0, before - 4)..<max(0, before - 1)].contains(where: { $0.lower.is("cast") || $0.lower.is("stars") }) { return .person }
        if prev.is("by"), Self.byVerbs.contains(prev2, hash: prev2Hash), !next.is("'s") { return .person }
        if Self.speechVerbs.contains(next, hash: nextHash) { return .person }
        if Self.playVerbs.contains(next, hash: nextHash) || next.is("stars") && (next2.is("as") || next2.is("in")) { return .person }
        if next.is(","), next2.is("who"), Self.playVerbs.contains(word(b + 2)) || word(b + 2).is("stars") || word(b + 3).is("play") || Self.playVerbs.contains(word(b + 3)) { return .person }
        if next.is("as"), isName(b + 1) || (next2.is("the") && isName(b + 2)), !m.quoted {
            // "returns to Night Shift as Buck": where one returns is the work.
            return prev.is("to") && Self.returnVerbs.contains(prev2, hash: prev2Hash) ? .work : .person
        }
        // "Gage Munroe returns as Brady", "X will return as the Hood": whoever returns as a named role is its actor.
        if word(aux).hasPrefix("return"), word(aux + 1).is("as"), isName(aux + 2) || word(aux + 2).is("the") && isName(aux + 3), !m.quoted,
           !(s.block == .headline && MentionFinder.isTitleCase(s)) { return .person }
        if next.is("has") && next2.is("been") && word(b + 2).is("cast") { return .person }
        // "The Hand is also the villain in Iron Fist".
        if (next.is("is") || next.is("was")), Range(b + 1, upTo: min(t.count, b + 5)).contains(where: { word($0).is("villain") || word($0).is("antagonist") }), defaultType(m.text) != .person { return .character }
        if next.is("will") && (next2.is("play") || next2.is("star")) { return .person }
        // "Moisés Arias is also back as Norm": a return as a role.
        if next.is("is") || next.is("was"), (b + 1..<min(t.count, b + 4)).contains(where: { word($0).is("back") && word($0 + 1).is("as") && isName($0 + 2) }) { return .person }
        // "with Lake Bell back as Poison Ivy".
        if next.is("back"), next2.is("as"), isName(b + 2) || word(b + 2).is("the") && isName(b + 3) { return .person }
        // "Mat Cauthon is now played by Dónal Finn".
        if next.is("is") || next.is("was"), (b + 1..<min(t.count, b + 3)).contains(where: { Self.performedVerbs.contains(word($0)) && word($0 + 1).is("by") }) { return .character }
        // "Danielle Panabaker, whose Caitlin Snow …": what an actor has is a role.
        if prev.is("whose"), prev2.is(","), before >= 3, t[before - 3].isCapitalized, defaultType(previousName(t, before: before - 2)) == .person { return .character }
        if next.is("is") && word(b + 1).is("cast") { return .person }

        // "Emma D'Arcy (Truth Seekers) as Rhaenyra": a credit in brackets, then the role.
        if next.is("("), let close = Range(b, upTo: min(t.count, b + 10)).first(where: { t[$0].text == ")" }), word(close + 1).is("as"), isName(close + 2) { return .person }

        // Characters.
        if prev.is("as") && !Self.asIdioms.contains(prev2, hash: prev2Hash) { return .character }
        // "the masked vigilante known as Nightshade"; "Ilsa Brandt is the heroine of Night Courier".
        if prev.is("as"), prev2.is("known"), before >= 3, lexicon.characterCues.contains(word(before - 3)) || Self.heroTitles.contains(word(before - 3)) { return .character }
        // "is back as the masked killer known as The Grabber", "plays a hacker known as Nightjar": a part described, then named.
        if prev.is("as"), prev2.is("known") {
            var k = before - 3
            while k > 0, before - 3 - k < 3, t[k].isWord, !t[k].isCapitalized, !Self.roleDeterminers.contains(t[k].lower) { k -= 1 }
            if k < before - 3, k > 0, Self.roleDeterminers.contains(word(k)), word(k - 1).is("as") || Self.playVerbs.contains(word(k - 1)) { return .character }
        }
        // "Carla Mendes, best known as Rosa Diaz in Sunset Strip": a role in a work.
        if prev.is("as"), prev2.is("known"), ["best", "better", "well"].contains(word(before - 3)), next.is("in") || next.is("on") || next.is("from"), isName(b + 1) { return .character }
        if next.is("is") || next.is("was"), next2.is("the"), lexicon.characterCues.contains(word(b + 2)), word(b + 3).is("of") { return .character }
        // "Kilgrave, the villain of Jessica Jones, …".
        if next.is(","), next2.is("the"), lexicon.characterCues.contains(word(b + 2)) && !word(b + 2).is("role") || word(b + 3).is("villain") && word(b + 4).is("of"),
           defaultType(m.text) != .person { return .character }
        // "as monster hunter Geralt of Rivia", "her character, Alexandra", "the villain, Alexandra".
        // (Read only when an "as" stands two to four words before the name: the walk below cannot end anywhere else.)
        if (max(0, before - 4)..<max(0, before - 1)).contains(where: { t[$0].lower.is("as") }) {
            var role = before - 1
            // (Not "as executive producer alongside X": crew titles and prepositions are no role description.)
            while role > 0, before - role <= 3, t[role].isWord, !t[role].isCapitalized, !lexicon.commonWords.contains(t[role].lower),
                  lexicon.crewRoleWords[t[role].lower] == nil, !Self.roleStops.contains(t[role].lower) { role -= 1 }
            // "as the bard Jaskier", "as her loyal ally Hugo": a determiner may open the description.
            // ("as new companion Belinda Chandra": or an adjective of time.)
            if role < before - 1, Self.roleDeterminers.contains(word(role)) || Self.roleAges.contains(word(role)), word(role - 1).is("as") { role -= 1 }
            if role < before - 1, word(role).is("as"), !Self.asIdioms.contains(word(role - 1)) { return .character }
            // "as the former soldier Tom Lane", "as the voice of Sonic": after a determiner, everyday nouns describe
            // the role too (not at a sentence's start: "As the actor Sam Hill put it"; not "as the emperor of Outworld").
            role = before - 1
            while role > before - 3, t[role].isWord, !t[role].isCapitalized, lexicon.crewRoleWords[t[role].lower] == nil,
                  !Self.roleStops.contains(t[role].lower), !Self.roleDeterminers.contains(t[role].lower),
                  !t[role].lower.is("of") || word(role - 1).is("voice") { role -= 1 }
            if role < before - 1, role >= 2, Self.roleDeterminers.contains(word(role)), word(role - 1).is("as"), !Self.asIdioms.contains(word(role - 2)) { return .character }
        }
        // "as her roommate and best friend Emma Meyer", "plays his estranged father Hank", "who played Luke's rebellious
        // nephew Jess Mariano": a relative cast, whose relative a pronoun or a name's possessive says.
        if lexicon.relationshipWords[prev, hash: prevHash] != nil {
            var k = before - 2
            while k > 0, before - k <= 7, t[k].isWord, !t[k].isCapitalized, !FactRules.personalOwners.contains(t[k].lower), !word(k).is("'s") { k -= 1 }
            if word(k).is("'s") || possessive(k) {
                k -= 1
                while k > 0, t[k].isWord, t[k].isCapitalized { k -= 1 }
                if Self.playVerbs.contains(word(k)) { return .character }
            }
            if k >= 1, FactRules.personalOwners.contains(word(k)), word(k - 1).is("as") || Self.playVerbs.contains(word(k - 1)) { return .character }
        }
        // "Eobard Thawne, the Reverse-Flash, returns", "Sue Storm, the Invisible Woman, …", "Joaquin Torres, the new Falcon.":
        // an epithet in apposition to a name, closed right after ("Lois Lane, the Daily Planet reporter" goes on with a noun).
        var the = before - 1
        while the > 0, the >= before - 3, t[the].isWord, !t[the].isCapitalized, !word(the).is("the") { the -= 1 }
        if word(the).is("the"), word(the - 1).is(","), the >= 2, t[the - 2].isCapitalized, t[the - 2].isWord,
           b >= t.count || next.is(",") || next.is(".") || next.is(")") || next.is(";"), defaultType(m.text) != .person,
           the == before - 1 && !m.text.contains(" ") || lexicon.gazetteer[t[a].lower] == nil { return .character }
        // "as Parker Robbins/The Hood": a role's other name.
        if prev.is("/"), before >= 2, t[before - 2].isCapitalized, word(previousNameStart(t, before: before - 1) - 1) == "as" { return .character }
        if prev.is(","), lexicon.characterCues.contains(prev2, hash: prev2Hash) || prev2.is("character") { return .character }
        // "his ex, Jessica Jones", "her mentor, Stick": a relation noun in apposition.
        // ("Tom's grumpy father, Cranky Kong": up to two words may describe the relation; "Danny's father, police
        // commissioner Frank Reagan": a trade in lower case may follow the comma.)
        if before >= 3, let comma = (max(2, before - 3)..<before).last(where: { t[$0].isASCII(UInt8(ascii: ",")) }),
           t[(comma + 1)..<before].allSatisfy({ Self.isTradeWord($0, lexicon: lexicon) }), lexicon.relationshipWords[word(comma - 1)] != nil,
           let owner = (max(0, comma - 4)..<(comma - 1)).last(where: { Self.owners.contains(word($0)) || possessive($0) }),
           t[(owner + 1)..<(comma - 1)].allSatisfy({ $0.isWord && !$0.isCapitalized && !Self.relationStops.contains($0.lower) }) { return .character }
        // "as Mira's younger sister Sofia Kess", "as Matt's girlfriend, Karen Page": a role named by its relation to another.
        if lexicon.relationshipWords[prev.is(",") ? prev2 : prev] != nil, let owner = (max(0, before - 5)..<before).last(where: { word($0).is("'s") }),
           (max(0, owner - 4)..<owner).contains(where: { word($0).is("as") }) { return .character }
        // "produced by Blumhouse in association with Hulu": companies on both sides.
        if next.is("in"), next2.is("association"), word(b + 2).is("with") || prev.is("with") && prev2.is("association") { return .organization }
        // "the origin of Danny Rand", "Luke Cage's powers": what only a character has.
        if prev.is("of"), Self.characterTraits.contains(prev2, hash: prev2Hash), defaultType(m.text) != .work { return .character }
        if next.is("'s"), Self.characterTraits.contains(next2, hash: next2Hash), defaultType(m.text) != .work { return .character }
        // "Night Shift has found its Sofia Kess in Lena Ortiz".
        if next.is("in"), FactRules.workOwners.contains(prev, hash: prevHash), FactRules.foundVerbs.contains(prev2, hash: prev2Hash) { return .character }
        // "the casting announcement for Karen Page": a role is cast, not a person.
        if Self.isCastingFor(t, before), defaultType(m.text) != .work || m.text.split(separator: " ").count <= 3 { return .character }
        // "the daughter of Otto Hightower", "a high school classmate of Peter Parker".
        // (Only for names that would otherwise pass for people, or a single word that is no English word ("the son
        // of Hermes who …"): "friend or foe to Daredevil" leaves the title alone.)
        // (Not "the sister of Scarlett Johansson's Natasha Romanoff": the relative is the actor's role.)
        if Self.relationPrepositions.contains(prev, hash: prevHash), lexicon.relationshipWords[prev2] != nil || Self.peerNouns.contains(prev2, hash: prev2Hash),
           !(next.is("'s") && isName(b + 1)), defaultType(m.text) == .person || b - a == 1 && defaultType(m.text) == nil && !lexicon.englishWords.contains(t[a].lower) {
            return .character
        }
        if prev.is("the") && prev2.is("as") { return .character }
        if lexicon.characterCues.contains(prev, hash: prevHash) || prev.is("titular") { return .character }
        if Self.playVerbs.contains(prev, hash: prevHash) || prev.is("of") && prev2.is("role") { return .character }
        // "won the part of Elektra" (but "part of Marvel's plan" is no role).
        if prev.is("of"), prev2.is("part"), word(before - 3).is("the"), FactRules.roleWinVerbs.contains(word(before - 4)) || Self.playVerbs.contains(word(before - 4)) { return .character }
        // "Archie Renaux was Mal Oretsev", "Sophia Di Martino is once again Sylvie": after an actor's full name,
        // a copula and a name that ends the clause give the role (not "… is Marvel's hero").
        if Self.copulas.contains(prev, hash: prevHash) || FactRules.castCopulaAdverbs.contains(prev, hash: prevHash), Self.roleClauseEnds.contains(next, hash: nextHash) {
            var copula = before - 1
            while copula > 0, FactRules.castCopulaAdverbs.contains(word(copula)) { copula -= 1 }
            if Self.copulas.contains(word(copula)), copula >= 2, t[copula - 1].isCapitalized {
                let start = previousNameStart(t, before: copula)
                if copula - start >= 2, lexicon.givenNames.contains(t[start].text) { return .character }
            }
        }
        // "lends his voice to Matthew the Raven", "lends her voice to the droid, SM-33".
        // (Only after "to", "the" or a comma: the walk back is not tried for most names.)
        if prev.is("to") || prev.is("the") || prev.is(",") {
            var voiceTo = before - 1
            while voiceTo > 0, before - voiceTo <= 5, !word(voiceTo).is("to"), t[voiceTo].kind == .word && !t[voiceTo].isCapitalized || word(voiceTo).is(",") { voiceTo -= 1 }
            if voiceTo >= 3, word(voiceTo).is("to"), word(voiceTo - 1).is("voice"), Self.lendVerbs.contains(word(voiceTo - 3)) { return .character }
        }
        // "will bring Frank Castle to life".
        if Self.bringVerbs.contains(prev, hash: prevHash), next.is("to"), next2.is("life") { return .character }
        // "is playing the big bad Alexandra", "plays the series' villain, Alexandra".
        var k = before - 1
        while k > 0, k >= before - 6, Self.roleFillers.contains(word(k)) || possessive(k) { k -= 1 }
        if k < before - 1, Self.playVerbs.contains(word(k)) || lexicon.characterCues.contains(word(k + 1)) && !word(k + 1).is("role") { return .character }
        // "plays the fortune-teller Lilia Calderu": a play verb, then a description in lower case (not "plays opposite X").
        // (The word before the name is tested first: it is mostly a capital, a mark or a common word.)
        // ("plays his loyal subordinate, Tashigi": the description may end with a comma.)
        let described = before >= 4 && word(before - 1).is(",") ? before - 1 : before
        if described >= 3, t[described - 1].isWord, !t[described - 1].isCapitalized, !lexicon.commonWords.contains(word(described - 1)),
           let verb = (max(0, described - 5)..<(described - 1)).last(where: { Self.playVerbs.contains(word($0)) || described < before && word($0).is("as") }),
           (verb + 1..<described).allSatisfy({ t[$0].isWord && !t[$0].isCapitalized && !Self.roleStops.contains(word($0)) && lexicon.crewRoleWords[word($0)] == nil
               && (Self.roleDeterminers.contains(word($0)) || word($0).is("another") || !lexicon.commonWords.contains(word($0))) }) { return .character }
        if next.is(","), Range(b + 1, upTo: min(t.count, b + 5)).contains(where: { word($0).is("'s") && isRelation(at: $0 + 1, in: t) }) { return .character }
        // "Foggy Nelson is Matt Murdock's best friend".
        // (But in "Devery Jacobs is Bonnie, Maya's cousin" the relation is Bonnie's, in apposition.)
        // ("Kevin Durand is Cane's enforcer, Sig Gustafson": a name after the relation is the role, and this one its actor.)
        if next.is("is") || next.is("was"), let owned = Range(b + 2, upTo: min(t.count, b + 6)).first(where: { word($0).is("'s") && isRelation(at: $0 + 1, in: t) }),
           !(b + 1..<owned).contains(where: { word($0).is(",") }), !Self.namesRelative(t, after: owned) { return .character }
        // "River's father is Frank Harkness": the name a relation is said to be (not a word that describes it: "is Irish").
        if prev.is("is") || prev.is("was"), lexicon.relationshipWords[prev2] != nil, b - a > 1 || !lexicon.englishWords.contains(t[a].lower),
           Range(max(0, before - 6), upTo: before - 2).contains(where: { (word($0).is("'s") || possessive($0)) && isRelation(at: $0 + 1, in: t) }) { return .character }
        // "Malcolm (Jessica Jones' neighbor)": an aside that says whose relation the name is.
        if next.is("("), Range(b + 2, upTo: min(t.count, b + 7)).contains(where: { (word($0).is("'s") || possessive($0)) && (lexicon.relationshipWords[word($0 + 1)] != nil || Self.relationNouns.contains(word($0 + 1))) }) { return .character }
        if next.is(",") && Self.byVerbs.contains(next2, hash: next2Hash) && word(b + 2).is("by") { return .character }
        // "Ozark was directed by Jason Bateman" (but "created by" may be said of a character).
        if next.is("is") || next.is("was"), Self.madeByVerbs.contains(next2, hash: next2Hash), word(b + 2).is("by") { return .work }
        if next.is("is") || next.is("was"), Self.byVerbs.contains(next2, hash: next2Hash), word(b + 2).is("by") { return .character }
        // "the follow-up to this summer's Superman", "a sequel to WandaVision": what a work follows is a work.
        var lead = before - 1
        if word(lead).is("'s") { lead -= 1 }
        while lead > 0, lead >= before - 5, t[lead].isWord, !t[lead].isCapitalized, !word(lead).is("to") { lead -= 1 }
        if word(lead).is("to"), FactRules.spinoffWords.contains(word(lead - 1)), defaultType(m.text) != .person { return .work }
        // "the Rebel pilot", "the UNSC colonel", "a Daily Planet reporter": a name before a job in the story is a group of
        // the story, no work (a credit, "the Daredevil star", is another noun).
        if prev.is("the") || prev.is("a"), Self.storyJobs.contains(next), lexicon.gazetteer[t[a].lower] == nil { return .character }
        // "Clayface, which arrives in September 2026": a thing ("which", not "who") that is released is a work.
        if next.is(","), next2.is("which") {
            var k = b + 2
            while FactRules.verbChain.contains(word(k)) && !word(k).is("which") { k += 1 }
            if lexicon.releaseVerbs.contains(word(k)) { return .work }
        }
        // "Coriolanus Snow, who will be played by Ralph Fiennes".
        if next.is(","), next2.is("who") {
            var k = b + 2
            while SentenceView.passiveAuxiliaries.contains(word(k)) { k += 1 }
            if k > b + 2, Self.performedVerbs.contains(word(k)), word(k + 1).is("by") { return .character }
        }
        // "Leo Marsh, a former spy, will be played by Tom Reyes": past an apposition to the verb.
        if next.is(","), let close = Range(b + 1, upTo: min(t.count, b + 10)).first(where: { word($0).is(",") }) {
            var k = close + 1
            while SentenceView.passiveAuxiliaries.contains(word(k)) { k += 1 }
            if k > close + 1, Self.performedVerbs.contains(word(k)), word(k + 1).is("by"), isName(k + 2) { return .character }
        }
        // "best known for Babylon Berlin": what someone is known for is their work.
        if prev.is("for"), prev2.is("known") { return .work }
        // ("Harvey Elder, aka the Mole Man": the article may come between.)
        if next.is("aka") || next.is("a.k.a.") || prev.is("aka") || prev.is("a.k.a.") || prev.is("the") && (prev2.is("aka") || prev2.is("a.k.a.")) { return .character }
        // "the clone better known as Superboy", "a woman who goes by Echo", "who everyone knows as Cyborg": another name
        // for someone described (a name that looks like a person's is left alone: a stage name is a person's).
        if prev.is("by") && (prev2.is("goes") || prev2.is("went")) || prev.is("as") && (prev2.is("knows") || prev2.is("known") && Self.knownAsDegrees.contains(word(before - 3))),
           !next.is("in") && !next.is("on") && !next.is("from"), defaultType(m.text) != .person { return .character }
        // "Daredevil and Jessica Jones team up", "Luke and Jessica reunite": heroes act, titles do not.
        if heroActs(m, in: s), defaultType(m.text) != .person { return .character }
        if prev.is("'s") {
            if isRelation(at: b, in: t) { return .character }
        }
        // "Matt's mentor" is a character's; "Sigourney Weaver's character" is an actor's.
        if next.is("'s"), isRelation(at: b + 1, in: t) || Self.relationNouns.contains(next2, hash: next2Hash) { return .character }
        return nil
    }

    static let producingVerbs: WordSet = ["producing", "produces", "produce", "produced"]

    /// "sister", "best friend", "adoptive sister": a relation noun at `i`, or after one adjective.
    /// "Cane's enforcer, Sig Gustafson", "Cane's wife Nell": whether a name follows the relation after an owner's "'s"
    /// at `owned` (not "Spider-Man's deadliest enemies and Calypso …", nor a second owner: "…'s friend, Karen's …").
    static func namesRelative(_ t: [Token], after owned: Int) -> Bool {
        var k = owned + 1
        while k < t.count, k < owned + 5, t[k].isWord, !t[k].isCapitalized, !t[k].lower.is("and") { k += 1 }
        if k < t.count, t[k].lower.is(",") { k += 1 }
        return k < t.count && t[k].isWord && t[k].isCapitalized && !(k + 1 < t.count && t[k + 1].lower.is("'s"))
    }

    func isRelation(at i: Int, in t: [Token]) -> Bool {
        func word(_ k: Int) -> String { k >= 0 && k < t.count ? t[k].lower : "" }
        // Past up to two adjectives: "Matt's old friend", "Alina's childhood best friend", "Valya's most dangerous enemy".
        for k in i...(i + 2) {
            if lexicon.relationshipWords[word(k)] != nil || lexicon.relationshipFirstWords.contains(word(k)) && lexicon.relationships[[word(k), word(k + 1)]] != nil { return true }
            guard k < t.count, t[k].isWord, !t[k].isCapitalized else { return false }
        }
        return false
    }

    /// "the four superheroes", "three heroes": how many heroes a sentence counts, if it does.
    static func countedHeroes(_ t: [Token]) -> Int? {
        for k in t.indices.dropLast() where countedNouns.contains(t[k + 1].lower) {
            if let n = smallNumbers[t[k].lower] { return n }
        }
        return nil
    }

    /// "Daredevil and Jessica Jones team up", "Luke and Jessica reunite": the name acts as a hero.
    func heroActs(_ m: Mention, in s: Sentence) -> Bool {
        let t = s.tokens, b = m.tokens.upperBound
        func word(_ i: Int) -> String { i >= 0 && i < t.count ? t[i].lower : "" }
        if Self.heroActions.contains(word(b)) { return true }
        guard word(b) == "and", b + 1 < t.count, t[b + 1].isCapitalized else { return false }
        return Range(b + 1, upTo: min(t.count, b + 6)).contains { Self.heroActions.contains(word($0)) && t[$0 - 1].isCapitalized }
    }

    func previousName(_ t: [Token], before end: Int) -> String {
        MentionFinder.join(t[previousNameStart(t, before: end)..<end])
    }

    /// Where the capitalised words that end at `end` start.
    func previousNameStart(_ t: [Token], before end: Int) -> Int {
        var start = end
        while start > 0, t[start - 1].isCapitalized || t[start - 1].text == "+" { start -= 1 }
        return start
    }

    /// All in capitals: "OBI-WAN KENOBI" (checked by bytes: names are checked often).
    static func isShouted(_ name: String) -> Bool {
        var upper = false
        for b in name.utf8 {
            if b >= 97 && b <= 122 { return false }
            if b >= 65 && b <= 90 { upper = true }
        }
        return upper
    }

    /// The default types worked out so far, kept for the whole process: a name's default type depends
    /// only on the name and the word lists, the cues ask for it over and over, and the same names
    /// come back article after article.
    static let defaultTypes = Mutex(WordTable<EntityType?>([]))
    /// Past this many names the memo starts afresh: a long run must not grow it without bound.
    static let defaultTypesLimit = 100_000

    /// Default type for a name whose contexts said nothing.
    func defaultType(_ text: String) -> EntityType? {
        let hash = WordTable<EntityType?>.hash(text)
        if let known = Self.defaultTypes.withLock({ $0[text, hash: hash] }) { return known }
        let type = readDefaultType(text)
        Self.defaultTypes.withLock { types in
            if types.count >= Self.defaultTypesLimit { types = WordTable([]) }
            types[text] = .some(type)
        }
        return type
    }

    /// `word.contains(where: \.isNumber)`, on the bytes when the word is ASCII (where only the digits
    /// are numbers): asking each Character costs far more.
    static func containsNumber(_ word: Substring) -> Bool {
        var ascii = true, digit = false
        for b in word.utf8 {
            if b >= 0x80 { ascii = false; break }
            if b >= 48 && b <= 57 { digit = true }
        }
        return ascii ? digit : word.contains(where: \.isNumber)
    }

    /// Whether a word's first byte is an ASCII capital.
    static func startsUpper(_ word: Substring) -> Bool { word.utf8.first.map { $0 >= 65 && $0 <= 90 } == true }

    /// English words that open a title, a place's or a character's name before a surname: "Young Sheldon", "Port Ashby", "Brother Day".
    static let beforeSurnameNotGiven: WordSet = ["young", "little", "old", "big", "port", "fort", "mount", "lake", "camp", "cape",
                                                 "saint", "new", "north", "south", "east", "west", "san", "santa", "count", "countess", "baron",
                                                 "sister", "brother", "father", "mother"]

    func readDefaultType(_ text: String) -> EntityType? {
        let words = text.splitAtSpaces()
        if text.hasPrefix("@") { return .person }
        // Every test below reads a name of two words or more.
        // "WitcherCon", "WonderCon": a convention's name in one word.
        if words.count == 1, text.utf8.count > 5, text.hasSuffix("Con"), text.utf8.dropLast(3).last.map({ $0 >= 97 && $0 <= 122 }) == true { return .event }
        guard words.count >= 2 else { return nil }
        // "Spider-Man: Homecoming", "Star Wars: Andor": no one's name has a subtitle.
        if words.count <= 8, words.dropLast().contains(where: { $0.hasSuffix(":") }) { return .work }
        // "Nobody's Fool", "Everybody's Fine": no one owns what follows an indefinite pronoun.
        if words[0].hasSuffix("'s"), MentionFinder.indefinitePronouns.contains(words[0].dropLast(2).lowercased()) { return .work }
        // Prose shouts titles, not people: "joining Ewan McGregor in OBI-WAN KENOBI".
        if Self.isShouted(text) { return .work }
        if let last = words.last, let type = lexicon.nameEndings[last.lowercased()] { return type }
        // "Agatha All Along", "Kevin Can Wait": a given name, then a function word, is a title's start
        // (but "Isabel May", "Theresa May": a function word that is also a name is a surname).
        if words.dropFirst().contains(where: { Self.startsUpper($0) && lexicon.commonWords.contains($0.lowercased()) && !lexicon.givenNames.contains(String($0)) }) { return .work }
        // "Chicago Fire", "Boston Legal": a city's name opens no one's name (not "Jordan Peele": a given name too).
        if words.count == 2, !lexicon.givenNames.contains(String(words[0])), lexicon.isOneWordPlace(words[0].lowercased()) { return .work }
        // "J. Anthony Crane", "J. K. Simmons": initials before a given name or a surname.
        if words.count >= 3, words[0].utf8.count == 2, words[0].hasSuffix("."), words[0].first!.isUppercase,
           lexicon.givenNames.contains(String(words[1])) || words[1].utf8.count == 2 && words[1].hasSuffix(".") { return .person }
        // "Carrie-Anne Moss": a hyphenated first name of given names (split only when it has a hyphen).
        if lexicon.givenNames.contains(String(words[0])) || words[0].utf8.contains(UInt8(ascii: "-")) && words[0].split(separator: "-").contains(where: { lexicon.givenNames.contains(String($0)) }) { return .person }
        // "Lady Vex", "Miss Minutes": a social title opens a character's name, whatever its words.
        if words.count == 2, MentionFinder.socialTitles.contains(words[0].lowercased()) { return .character }
        // "Ayelet Zurer": names are made of words that are not ordinary English; titles are not ("Iron Fist").
        if (2...4).contains(words.count), words.allSatisfy({ w in
            guard w.first!.isUppercase, !Self.containsNumber(w) else { return false }
            let lower = w.lowercased()
            return !lexicon.englishWords.contains(lower) && !lexicon.commonWords.contains(lower)
        }) { return .person }
        // "Elara Sterling", "Corvin Vance": a first word that is no English word starts a name, not a title.
        if words.count == 2, let first = words.first, first.count > 2 {
            let lower = first.lowercased()
            if !lexicon.englishWords.contains(lower), !lexicon.commonWords.contains(lower), !Self.containsNumber(first), !first.contains(":"), first != first.uppercased() { return .person }
        }
        // "Cliff Curtis", "Chin Han", "Devan Chandler Long": a common surname after the first word makes a
        // person's name, though the first word is an English one (not "Young Sheldon", "Port Ashby", "Count Ferro").
        if words.count <= 3, words.dropFirst().contains(where: { lexicon.surnames.contains(String($0)) }),
           words.allSatisfy(Self.startsUpper) {
            let first = words[0].lowercased()
            if !Self.beforeSurnameNotGiven.contains(first), !lexicon.characterCues.contains(first), !lexicon.isHonorific(first),
               !MentionFinder.socialTitles.contains(first) { return .person }
        }
        return .work
    }

    /// Groups the mentions of an article into entities; fills `Mention.entity`.
    func resolve(_ mentions: inout [Mention], sentences: [Sentence]) -> [ArticleEntity] {
        // "Strange New Worlds" after "Star Trek: Strange New Worlds" is the same title.
        var fullTitles: [String: String] = [:]
        for i in mentions.indices where mentions[i].key.utf8.contains(UInt8(ascii: ":")) {
            let m = mentions[i]
            guard let colon = m.key.range(of: ": ") else { continue }
            let subtitle = String(m.key[colon.upperBound...])
            if subtitle.utf8.contains(UInt8(ascii: " ")) || subtitle.count > 5 { fullTitles[Lexicon.key(subtitle)] = m.key }
        }
        // "Knight of the Seven Kingdoms" at a sentence's start, its "A" read as an ordinary word, is "A Knight of the Seven Kingdoms".
        for i in mentions.indices where mentions[i].tokens.count >= 3 && mentions[i].key.utf8.starts(with: "a ".utf8) {
            fullTitles[String(mentions[i].key.dropFirst(2))] = mentions[i].key
        }
        // "Piece" at a sentence's start, its "One" read as an ordinary word, is "One Piece" said elsewhere.
        // (The first token is read in place: most mentions open with no number, and cutting every key cost.)
        for i in mentions.indices where mentions[i].tokens.count >= 2 && mentions[i].sentence >= 0
            && MentionFinder.titleNumbers.contains(sentences[mentions[i].sentence].tokens[mentions[i].tokens.lowerBound].lower) {
            let key = mentions[i].key
            guard let space = key.firstIndex(of: " ") else { continue }
            fullTitles[String(key[key.index(after: space)...])] = key
        }
        // A nickname said alone later is the same character: "Cottonmouth" after Cornell "Cottonmouth" Stokes.
        for i in mentions.indices { if let nickname = mentions[i].nickname { fullTitles[Lexicon.key(nickname)] = mentions[i].key } }

        if !fullTitles.isEmpty {
            for i in mentions.indices { if let full = fullTitles[mentions[i].key] { mentions[i].key = full } }
        }
        var cues = [EntityType?](repeating: nil, count: mentions.count)
        for i in mentions.indices {
            cues[i] = mentions[i].sentence < 0 ? mentions[i].lexiconType : cue(mentions[i], in: sentences[mentions[i].sentence])
            // "9-1-1: Nashville was created by …": a title with its subtitle names no one, whatever the words around it.
            if cues[i] == .character || cues[i] == .person, mentions[i].text.utf8.contains(UInt8(ascii: ":")) { cues[i] = .work }
        }
        // Each mention's own context, before the rules below lend types across lists and pairs.
        let ownCues = cues
        // Names are numbered once, so that votes are counted in arrays rather than keyed by strings.
        var keyIDs = WordTable<Int>([])
        let keyOf = mentions.indices.map { i in
            if let id = keyIDs[mentions[i].key] { return id }
            keyIDs[mentions[i].key] = keyIDs.count
            return keyIDs.count - 1
        }
        func countVotes() -> [Votes] {
            var votes = [Votes](repeating: Votes(), count: keyIDs.count)
            for i in mentions.indices { if let c = cues[i] { votes[keyOf[i]].add(c) } }
            return votes
        }
        // The mentions of each sentence, in order.
        // (Loops over all mentions read them by index where they can: a copy of a mention retains and releases its Strings.)
        var bySentence = MentionsBySentence(mentions, sentences: sentences.count)
        bySentence.sortEach { mentions[$0].tokens.lowerBound < mentions[$1].tokens.lowerBound }
        func mention(in sentence: Int, startingAt token: Int) -> Int? { bySentence[sentence].first { mentions[$0].tokens.lowerBound == token } }
        func mention(in sentence: Int, endingAt token: Int) -> Int? { bySentence[sentence].first { mentions[$0].tokens.upperBound == token } }
        // "who play Ash Sterling and Marlowe Vale", "as Ash, Wren and Thane": a name in a list of roles
        // given by a play verb (or "as") is a role too, though alone it would pass for a person.
        for s in sentences.indices {
            let t = sentences[s].tokens
            // The role named just before mention `m` in the list ("A, B and m", "A and m"), if there is one.
            func previousRole(_ m: Int) -> Int? {
                var k = mentions[m].tokens.lowerBound - 1
                guard k > 0, t[k].lower == "and" || t[k].lower == "," || t[k].lower == "&" else { return nil }
                if t[k].lower == "and", t[k - 1].lower == "," { k -= 1 }
                guard let previous = mention(in: s, endingAt: k), cues[previous] == .character else { return nil }
                return previous
            }
            for i in bySentence[s] where cues[i] == nil && mentions[i].lexiconType == nil && !mentions[i].quoted {
                // The list goes on or ends here: "… and Marlowe Vale in W", not "… and Krysten Ritter joins".
                let after = mentions[i].tokens.upperBound
                guard after >= t.count || !t[after].isWord || Self.afterRoleList.contains(t[after].lower) else { continue }
                // Back to the head of the list, every member a role.
                guard var head = previousRole(i) else { continue }
                while let previous = previousRole(head) { head = previous }
                var start = mentions[head].tokens.lowerBound - 1
                // ("play estranged sisters Chloe and Nicky", "return as the kids, Brady and Sammy": a description may come between,
                // in a list joined without a ", and", which may as well end a clause: "…, who voices the villain Powerplay, and Simu Liu, who …".)
                let commaAnd = (mentions[head].tokens.upperBound..<mentions[i].tokens.lowerBound).contains { t[$0].lower == "," && t[$0 + 1].lower == "and" }
                if !commaAnd {
                    if start > 1, t[start].lower == ",", t[start - 1].isWord { start -= 1 }
                    while start > 0, mentions[head].tokens.lowerBound - start <= 5, t[start].isWord, !t[start].isCapitalized, !t[start].lower.is("as"),
                          !Self.playVerbs.contains(t[start].lower), !Self.roleStops.contains(t[start].lower), lexicon.crewRoleWords[t[start].lower] == nil { start -= 1 }
                }
                if start >= 0, Self.playVerbs.contains(t[start].lower) || t[start].lower == "as" { cues[i] = .character }
            }
        }
        let votes0 = countVotes()
        // A name cued as a person's, or one that looks like a person's and that no context anywhere calls a role or a title.
        func isPersonsName(_ k: Int) -> Bool {
            cues[k] == .person || cues[k] == nil && votes0[keyOf[k]][.character] == 0 && votes0[keyOf[k]][.work] == 0 && defaultType(mentions[k].text) == .person
        }
        // A person's possessive names a character: "Rosario Dawson's Claire Temple", "Jeremy Renner's weary Clint Barton".
        for i in mentions.indices where cues[i] == nil && mentions[i].sentence >= 0 {
            let t = sentences[mentions[i].sentence].tokens
            var a = mentions[i].tokens.lowerBound
            // (Up to two words that describe the role: a noun such as "series" or "co-star" cued the name already.)
            if a >= 2, t[a - 1].isWord, !t[a - 1].isCapitalized, !Self.notRoleAdjectives.contains(t[a - 1].lower) {
                if t[a - 2].lower == "'s" || t.isBarePossessive(at: a - 2) { a -= 1 }
                else if a >= 3, t[a - 2].isWord, !t[a - 2].isCapitalized, !Self.notRoleAdjectives.contains(t[a - 2].lower),
                        t[a - 3].lower == "'s" || t.isBarePossessive(at: a - 3) { a -= 2 }
            }
            guard a >= 2, t[a - 1].lower == "'s" || t.isBarePossessive(at: a - 1), let owner = mention(in: mentions[i].sentence, endingAt: a - 1) else { continue }
            let m = mentions[i]
            let ownerStart = mentions[owner].tokens.lowerBound
            let ownerIsPerson = cues[owner] == .person || defaultType(mentions[owner].text) == .person && cues[owner] == nil
            // "Jon Favreau's The Mandalorian & Grogu", "Tom Cruise's Mission: Impossible – The Final Reckoning": a name with a
            // title's marks is a maker's or a star's work, no role.
            // ("Kelly Reichardt's The Mastermind": so is a name that opens with "The", which a role's seldom does after its actor.)
            if ownerIsPerson, m.text.utf8.contains(where: { $0 == UInt8(ascii: ":") || $0 == UInt8(ascii: "&") }) || m.text.contains(" \u{2013} ")
                || m.text.hasPrefix("The ") && votes0[keyOf[i]][.character] == 0 {
                cues[i] = .work
                continue
            }
            // "a role in Tim Burton's Big Eyes": after "in", the owner's name is a maker's, the name a title.
            if ownerStart > 0, ["in", "on"].contains(t[ownerStart - 1].lower) {
                if ownerIsPerson, mentions[owner].text.split(separator: " ").count >= 2, defaultType(m.text) != .person { cues[i] = .work; cues[owner] = .person }
                continue
            }
            // ("Stokes's John B": a surname alone will do, of a person whose full name the article gave.)
            if ownerIsPerson && mentions[owner].text.split(separator: " ").count >= 2
                || (cues[owner] == nil || cues[owner] == .person) && surnameOfPerson(mentions[owner].text, mentions: mentions, isPerson: isPersonsName) {
                cues[i] = .character
                cues[owner] = .person
            } else if cues[owner] == nil, mentions[owner].lexiconType == nil, !mentions[owner].text.utf8.contains(UInt8(ascii: " ")),
                      !lexicon.givenNames.contains(mentions[owner].text), defaultType(m.text) == .person, votes0[keyOf[i]][.character] == 0 {
                // "Alien's Sigourney Weaver", "Breaking Bad's Aaron Paul": a one-word title before an actor's name is the actor's credit.
                cues[owner] = .work
                cues[i] = .person
            }
        }
        // "Luke Cage (Mike Colter)" is character (actor), "Charlie Cox (Matt Murdock from …)" the reverse.
        orientBracketPairs(&cues, mentions: mentions, sentences: sentences, bySentence: bySentence, keyOf: keyOf, votes: votes0)
        // "Luke Cage and Jessica Jones reuniting" where both are also titles: names that look like people's
        // but are a work's title elsewhere in the article are characters when they act as heroes.
        for i in mentions.indices where cues[i] == nil && mentions[i].sentence >= 0 && mentions[i].lexiconType == nil {
            if votes0[keyOf[i]][.work] > 0, votes0[keyOf[i]][.person] == 0, heroActs(mentions[i], in: sentences[mentions[i].sentence]) { cues[i] = .character }
        }
        // Votes per name.
        var votes = countVotes()
        func effective(_ i: Int) -> EntityType? {
            cues[i] ?? votes[keyOf[i]].winner
        }
        // In a list of names where one is a character, the names no context typed are characters too:
        // "The series follows Daredevil, Jessica Jones, Luke Cage and Iron Fist".
        for s in sentences.indices {
            let ms = bySentence[s]
            var run: [Int] = []
            var joinedByAnd = false
            func flush() {
                defer { run = []; joinedByAnd = false }
                // Every rule below reads a list of two names or more (most runs are a single name).
                guard run.count >= 2 else { return }
                let header = run.first.map { first -> Bool in
                    let t = sentences[s].tokens
                    let a = mentions[first].tokens.lowerBound
                    // "the four heroes – A, B, C", "an adversary to A, B and C".
                    // "… has the four superheroes standing in a lift. A, B, C and the most recent addition, D, …":
                    // a sentence that opens with as many names as the previous one counted heroes.
                    if a <= 1, s > 0, let n = Self.countedHeroes(sentences[s - 1].tokens), n == run.count { return true }
                    // "in costume as Wren Solace and Thane Moreau": the roles of as many actors
                    // (not "stars A as X, B as Y": there each actor has an "as" of their own).
                    // (Not "as Hunter B-15, and Gugu Mbatha-Raw is back as …": a name a verb follows opens a clause of its own.)
                    if a >= 2, t[a - 1].lower == "as", !Self.asIdioms.contains(t[a - 2].lower),
                       !run.contains(where: { mentions[$0].tokens.upperBound < t.count && t[mentions[$0].tokens.upperBound].lower == "as" }),
                       let last = run.last, mentions[last].tokens.upperBound >= t.count || !t[mentions[last].tokens.upperBound].isWord
                        || Self.afterRoleList.contains(t[mentions[last].tokens.upperBound].lower) { return true }
                    // ("Hank's old friends A, B and C", "his brothers, Poseidon and Hades": someone's relatives.)
                    let relation = a >= 2 && t[a - 1].lower == "," ? a - 2 : a - 1
                    return t[max(0, a - 3)..<a].contains { Self.teamNouns.contains($0.lower) }
                        || a >= 2 && Self.relationPrepositions.contains(t[a - 1].lower) && lexicon.relationshipWords[t[a - 2].lower] != nil
                        || relation >= 1 && lexicon.relationshipWords[t[relation].lower] != nil && t[relation].lower.hasSuffix("s")
                            && (max(0, relation - 3)..<relation).contains { Self.owners.contains(t[$0].lower) }
                        || Self.isCastingFor(t, a)
                } ?? false
                // "two series remain: Jessica Jones and The Punisher", "Marvel series on Netflix to three, A, B and C".
                let worksHeader = run.first.map { first -> Bool in
                    let t = sentences[s].tokens
                    let a = mentions[first].tokens.lowerBound
                    return a >= 1 && Self.listOpeners.contains(t[a - 1].lower) && t[max(0, a - 16)..<a].contains { Self.workPlurals.contains($0.lower) }
                } ?? false
                if worksHeader && !run.contains(where: { effective($0) == .character || effective($0) == .person && cues[$0] != nil }) {
                    for i in run where mentions[i].lexiconType == nil && cues[i] == nil { cues[i] = .work }
                    return
                }
                if run.count >= 3 || header && run.count >= 2, header || run.contains(where: { effective($0) == .character }) {
                    // "Emma D'Arcy (Truth Seekers)": a title in brackets after an actor is a credit, not a member;
                    // "Beverly Crusher (Gates McFadden)": an actor in brackets after a role is the role's actor.
                    let credits = run.indices.map { k in
                        k > 0 && mentions[run[k]].tokens.lowerBound > 0 && sentences[s].tokens[mentions[run[k]].tokens.lowerBound - 1].text == "("
                            && (cues[run[k - 1]] == .person || cues[run[k - 1]] == .character && cues[run[k]] == .person)
                    }
                    for (k, i) in run.enumerated() where !credits[k] && mentions[i].lexiconType == nil && (cues[i] == nil || cues[i] == .work && !mentions[i].quoted || cues[i] == .person && defaultType(mentions[i].text) != .person) { cues[i] = .character }
                    return
                }
                // "produced by CBS Studios, Secret Hideout and Roddenberry Entertainment": a list of one kind.
                // A name in brackets after a member is an aside about it ("Malcolm (Jessica Jones' neighbor)"), not a member.
                // ("His Dark Materials (BBC One and HBO, 2019)": nor is a known company inside the brackets, for a list
                // that starts outside them.)
                let t = sentences[s].tokens
                func inBrackets(_ i: Int) -> Bool {
                    let bracket = (0..<mentions[i].tokens.lowerBound).last { t[$0].isASCII(UInt8(ascii: "(")) || t[$0].isASCII(UInt8(ascii: ")")) }
                    return bracket.map { t[$0].isASCII(UInt8(ascii: "(")) } ?? false
                }
                let startsOutside = run.first.map { !inBrackets($0) } ?? false
                let members = run.filter { i in
                    let a = mentions[i].tokens.lowerBound
                    return (a == 0 || t[a - 1].text != "(") && !(startsOutside && mentions[i].lexiconType == .organization && inBrackets(i))
                }
                let typed = members.compactMap { mentions[$0].lexiconType ?? effective($0) }
                // The one kind all typed members share, if they share one (no Set built per list).
                let kind = typed.first.flatMap { first in typed.allSatisfy { $0 == first } ? first : nil }
                // "Jonathan Frakes, Marina Sirtis, LeVar Burton, Michael Dorn and Brent Spiner": in a long list of
                // names no context typed, one that is all people's names but one is a list of people.
                if typed.isEmpty, members.count >= 4 {
                    let looks = members.map { defaultType(mentions[$0].text) }
                    if looks.filter({ $0 == .person }).count == members.count - 1, let odd = looks.firstIndex(where: { $0 != .person }),
                       mentions[members[odd]].lexiconType == nil, mentions[members[odd]].text.splitAtSpaces().count == 2 { cues[members[odd]] = .person }
                    return
                }
                if members.count >= 3 || members.count == 2 && joinedByAnd, let kind, kind == .organization || kind == .person || kind == .work {
                    // "about Luke Cage, and Mike Colter and Rosario Dawson's chemistry": one typed title does not make
                    // the untyped names that look like people's titles too; a list mostly typed does.
                    let mostlyTyped = typed.count * 2 >= members.count
                    for i in members where cues[i] == nil && mentions[i].lexiconType == nil {
                        let own = defaultType(mentions[i].text)
                        if kind == .person && own == .work && members.count < 3 { continue }
                        // ("the last of the Night Riders, and Ann Lee and Jo Park return as …": one typed actor does not make a
                        // name of words that do not look like a person's one too, as a list mostly typed does; a surname alone,
                        // "Fey, Forte, Domingo", says nothing.)
                        if kind == .person, own == .work || own == nil && mentions[i].text.utf8.contains(UInt8(ascii: " ")), !mostlyTyped { continue }
                        if kind == .work && own == .person && !mostlyTyped { continue }
                        // ("According to Variety, A, B and C are on the shortlist": an outlet, then people.)
                        if kind == .organization && own == .person && !mostlyTyped { continue }
                        cues[i] = kind
                    }
                }
            }
            for i in ms {
                // "Harbor Lights (1985) and Jane Rowe's 2019 Glass Tower": a person's name that owns the next one is its
                // maker's or its actor's, no member of the list before.
                let t = sentences[s].tokens
                let end = mentions[i].tokens.upperBound
                if end + 1 < t.count, t[end].lower.is("'s") {
                    let owned = t[end + 1].kind == .number ? end + 2 : end + 1
                    if owned < t.count, t[owned].isCapitalized, defaultType(mentions[i].text) == .person {
                        flush()
                        continue
                    }
                }
                if let last = run.last {
                    let gap = t[mentions[last].tokens.upperBound..<mentions[i].tokens.lowerBound].map(\.lower)
                    // "A, B and the most recent addition, C": an aside after the "and" keeps the list going.
                    let aside = gap.count >= 4 && gap[gap.count - 1] == "," && (gap.first == "and" || gap.first == "," && gap[1] == "and")
                        && SentenceView.asideLength(gap, at: gap.first == "and" ? 1 : 2) == gap.count - (gap.first == "and" ? 1 : 2)
                    if gap.allSatisfy({ Self.listJoiners.contains($0) }) || gap.first == "(" && gap.contains(")") && gap.count < 12 || aside {
                        joinedByAnd = joinedByAnd || gap.contains("and") || gap.contains("&")
                        run.append(i); continue
                    }
                    flush()
                }
                run.append(i)
            }
            flush()
        }

        votes = countVotes()

        var entities: [ArticleEntity] = []
        var index: [Int: Int] = [:]   // name number and type → entity
        index.reserveCapacity(mentions.count)
        func entity(for key: Int, type: EntityType, text: String) -> Int {
            let k = key * EntityType.allCases.count + Votes.index(type)
            if let e = index[k] { return e }
            entities.append(ArticleEntity(name: text, type: type))
            index[k] = entities.count - 1
            return entities.count - 1
        }

        // First the full names, then single words that may be a short form of one of them.
        let multiWord = mentions.map { $0.text.utf8.contains(UInt8(ascii: " ")) }
        let order = mentions.indices.filter { multiWord[$0] } + mentions.indices.filter { !multiWord[$0] }
        var fullNames: FullNameIndex? = nil
        // The initials of the names said in full, worked out at the first acronym (the full names come first in `order`).
        var acronyms: [String: Int]? = nil
        var openedBySentenceThe = Set<Int>()
        for i in order {
            let m = mentions[i]
            let v = votes[keyOf[i]]
            var type: EntityType? = cues[i]
            if type == nil || (type != .character && type != .work && v[.character] + v[.work] > 0 && m.lexiconType == nil && cues[i] == nil) {
                if let best = v.winner { type = best }
            }
            // A single word that is a known person's or character's first or last name is that name, whatever a weak cue said;
            // but a title in its own context stays one: "the final season of Andor", "Netflix's Wednesday".
            // ("Jordan" after "Michael B. Jordan", "Washington" after "Denzel Washington": a place's name that is a person's surname.)
            if !multiWord[i], m.lexiconType == nil || m.lexiconType == .place, !m.quoted, ownCues[i] != .work {
                if fullNames == nil { fullNames = fullNameIndex(mentions, entities) }
                if let full = shortFormOwner(m, in: fullNames!),
                   m.lexiconType == nil || entities[full].type == .person && entities[full].name.hasSuffix(" " + m.text) {
                    mentions[i].entity = full
                    entities[full].aliases[m.text, default: 0] += 1
                    continue
                }
            }
            // "MCU" after "Marvel Cinematic Universe", "SDCC" after "San Diego Comic-Con": the initials of a name said in full.
            if !multiWord[i], Self.isAcronym(m.text) {
                if acronyms == nil { acronyms = Self.initialsOfNames(entities) }
                if let full = acronyms![m.text], m.lexiconType == nil || entities[full].type == m.lexiconType {
                    mentions[i].entity = full
                    entities[full].aliases[m.text, default: 0] += 1
                    continue
                }
            }
            if let fixed = m.lexiconType { type = fixed }
            guard let resolved = type ?? defaultType(m.text) ?? relativesKind(i, mentions, sentences: sentences, bySentence: bySentence, entities: entities) else { continue }
            let known = entities.count
            let e = entity(for: keyOf[i], type: resolved, text: m.text)
            mentions[i].entity = e
            if let nickname = m.nickname { entities[e].aliases[nickname, default: 0] += 1 }
            // "The Yellowstone prequel premiered …", then "a planned Yellowstone spinoff": a "The" that opens a sentence
            // may be the noun phrase's; a form without it, not after a lower-case "the", names the title.
            let sentenceThe = m.sentence >= 0 && m.tokens.lowerBound == 0 && m.text.hasPrefix("The ")
            if e == known, sentenceThe { openedBySentenceThe.insert(e) }
            if sentenceThe, entities[e].name == m.text.dropFirst(4) {
                entities[e].aliases[m.text, default: 0] += 1
                continue
            }
            if openedBySentenceThe.contains(e), entities[e].name.dropFirst(4) == m.text, m.sentence >= 0, m.tokens.lowerBound > 0,
               !sentences[m.sentence].tokens[m.tokens.lowerBound - 1].lower.is("the") {
                openedBySentenceThe.remove(e)
                entities[e].aliases[entities[e].name, default: 0] += 1
                entities[e].name = m.text
                continue
            }
            // The fullest form names the entity; "OBI-WAN KENOBI" gives way to "Obi-Wan Kenobi".
            if !m.text.hasPrefix("@") && (m.text.characterCount > entities[e].name.characterCount || entities[e].name.hasPrefix("the ") || Self.isShouted(entities[e].name) && !Self.isShouted(m.text)) || entities[e].name.hasPrefix("@") && !m.text.hasPrefix("@") {
                entities[e].aliases[entities[e].name, default: 0] += 1
                entities[e].name = m.text
            } else if m.text != entities[e].name {
                entities[e].aliases[m.text, default: 0] += 1
            }
        }
        // News calls people by their surname ("Colter") and characters by their first name ("Luke"):
        // a name no context typed, shortened to its first word only, is a character's.
        var personCued = Set<Int>()
        for i in mentions.indices where mentions[i].entity >= 0 && cues[i] == .person { personCued.insert(mentions[i].entity) }
        for e in entities.indices where entities[e].type == .person && !personCued.contains(e) {
            let words = entities[e].name.split(separator: " ").map(String.init)
            guard words.count >= 2, let first = words.first, let last = words.last else { continue }
            if entities[e].aliases[first] != nil && entities[e].aliases[last] == nil { entities[e].type = .character }
        }
        return entities
    }

    /// "James Dutton and his wife Margaret", "Luke's sister Ana": a single word no context typed, named by its relation to
    /// someone the sentence named before it (and resolved already), is of that one's kind: a character's wife is a character,
    /// an actor's a person.
    func relativesKind(_ i: Int, _ mentions: [Mention], sentences: [Sentence], bySentence: MentionsBySentence, entities: [ArticleEntity]) -> EntityType? {
        let sentence = mentions[i].sentence, a = mentions[i].tokens.lowerBound
        guard mentions[i].tokens.count == 1, sentence >= 0, a >= 2, mentions[i].lexiconType == nil else { return nil }
        let t = sentences[sentence].tokens
        // The relation word ("Rue's little sister, Gia": a comma may come after it), then the possessive before it
        // (past an adjective or two).
        let relation = t[a - 1].lower.is(",") && a >= 3 ? a - 2 : a - 1
        guard lexicon.relationshipWords[t[relation].lower] != nil else { return nil }
        var p = relation - 1
        while p > 0, relation - p <= 2, t[p].isWord, !t[p].isCapitalized, !Self.owners.contains(t[p].lower) { p -= 1 }
        guard p >= 0 else { return nil }
        let pronoun = t[p].lower.is("his") || t[p].lower.is("her")
        guard pronoun || t[p].lower.is("'s") || t.isBarePossessive(at: p) else { return nil }
        // (After a pronoun, the last name before it, but not the actor in brackets after a role.)
        let owner = pronoun
            ? bySentence[sentence].last { mentions[$0].tokens.upperBound < p && mentions[$0].entity >= 0 && !t[mentions[$0].tokens.upperBound].lower.is(")") }
            : bySentence[sentence].first { mentions[$0].tokens.upperBound == p && mentions[$0].entity >= 0 }
        guard let owner, case let type = entities[mentions[owner].entity].type, type == .character || type == .person else { return nil }
        return type
    }

    /// Two to six capitals: a word that may be a name's initials ("MCU", "THR", "DCEU").
    static func isAcronym(_ word: String) -> Bool {
        let letters = word.utf8
        return (2...6).contains(letters.count) && letters.allSatisfy { $0 >= 65 && $0 <= 90 }
    }

    /// "Luke Cage (Mike Colter)" is character (actor), "Charlie Cox (Matt Murdock from …)" the reverse: one orientation
    /// per sentence, read from the pair that says which, written into `cues`. (A method of its own: inside `resolve`,
    /// grown too large to be optimised whole, every read of a mention's field there copied the mention.)
    private func orientBracketPairs(_ cues: inout [EntityType?], mentions: [Mention], sentences: [Sentence], bySentence: MentionsBySentence,
                                    keyOf: [Int], votes votes0: [Votes]) {
        func mention(in sentence: Int, startingAt token: Int) -> Int? { bySentence[sentence].first { mentions[$0].tokens.lowerBound == token } }
        var pairsBySentence: [Int: [(outer: Int, inner: Int)]] = [:], oneWordPairs: [Int: [(outer: Int, inner: Int)]] = [:]
        for i in mentions.indices where mentions[i].sentence >= 0 {
            let t = sentences[mentions[i].sentence].tokens
            guard mentions[i].tokens.upperBound + 1 < t.count, t[mentions[i].tokens.upperBound].text == "(" else { continue }
            let m = mentions[i]
            guard let inner = mention(in: m.sentence, startingAt: m.tokens.upperBound + 1) else { continue }
            func castLike(_ k: Int) -> Bool { cues[k] == .character || cues[k] == .person || defaultType(mentions[k].text) == .person }
            // ("Beverly Crusher (Gates McFadden)": one side that looks like a person's name will do, when the other
            // ends like a name, in a word that is not English ("Gates" is), and nothing says it is something else;
            // not "writer-producer Deborah Chow (The Mandalorian)", "Emma D'Arcy (Truth Seekers)".)
            // (Outside the brackets an English word will do, a role's name often enough: "Jinx (Ella Purnell)".)
            func unclaimed(_ k: Int, englishAllowed: Bool) -> Bool {
                let words = mentions[k].text.splitAtSpaces()
                guard let last = words.last?.lowercased(), !FactRules.articles.contains(words[0].lowercased()),
                      englishAllowed || !lexicon.englishWords.contains(last), !lexicon.commonWords.contains(last) else { return false }
                return cues[k] == nil && mentions[k].lexiconType == nil && !mentions[k].quoted && votes0[keyOf[k]][.work] == 0 && votes0[keyOf[k]][.organization] == 0
            }
            // (A role named after the brackets, or a casting, makes them a credit: "Emma D'Arcy (Truth Seekers) as Rhaenyra",
            // "May Calamawy (Ramy) has been cast".)
            let close = mentions[inner].tokens.upperBound
            let credit = close + 1 < t.count && t[close].text == ")" && (t[close + 1].lower.is("as") || Self.castAfterCredit(t, at: close + 1))
            guard castLike(i) && castLike(inner)
                    || !credit && (castLike(i) && unclaimed(inner, englishAllowed: false) || castLike(inner) && unclaimed(i, englishAllowed: true)) else {
                // "Kelsey Grammer (Beast)", "Jonathan Daviss (Pope)": one English word in brackets after a full name may be
                // a role or the name's alias ("Matt Murdock (Daredevil)"); among pairs read actor first, it is a role.
                if !credit, castLike(i), m.text.utf8.contains(UInt8(ascii: " ")), mentions[inner].tokens.count == 1, unclaimed(inner, englishAllowed: true) {
                    oneWordPairs[m.sentence, default: []].append((i, inner))
                }
                continue
            }
            pairsBySentence[m.sentence, default: []].append((i, inner))
        }
        // News calls a character by the given name, an actor never (both may go by the surname: "Coulson", "Gregg"):
        // the names said alone elsewhere in the article.
        var saidAlone: Set<String> = []
        if !pairsBySentence.isEmpty { for m in mentions where m.tokens.count == 1 { saidAlone.insert(m.key) } }
        /// How much the way the article names the pair says the person is outside the brackets (below zero: inside).
        func personOutsideByNaming(_ pair: (outer: Int, inner: Int)) -> Int {
            let outer = mentions[pair.outer].text.splitAtSpaces(), inner = mentions[pair.inner].text.splitAtSpaces()
            var score = 0
            if outer.count >= 2, saidAlone.contains(Lexicon.key(String(outer[0]))) { score -= 1 }
            if inner.count >= 2, saidAlone.contains(Lexicon.key(String(inner[0]))) { score += 1 }
            // "Chad Michael Murray (Jake)", then "Murray led One Tree Hill": a given name alone in brackets is a role when
            // the full name before it is said by its surname, as an actor is (a character may be too, but then the
            // brackets hold the actor's full name or surname, not a given name).
            if inner.count == 1, outer.count >= 2, lexicon.givenNames.contains(String(inner[0])),
               saidAlone.contains(Lexicon.key(String(outer.last!))) { score += 1 }
            // "James Marsden (Cyclops)": one word that is no given name, after a full name that begins with one, is a role.
            if inner.count == 1, outer.count >= 2, lexicon.givenNames.contains(String(outer[0])), !lexicon.givenNames.contains(String(inner[0])),
               mentions[pair.inner].lexiconType == nil { score += 1 }
            // "her gran, Cherry (Angela Wynter)", "a daughter, Poppy (…)", "her former fiancé Aidan Shaw (John Corbett)":
            // a name set beside a relation of the story is a role.
            let a = mentions[pair.outer].tokens.lowerBound, t = sentences[mentions[pair.outer].sentence].tokens
            let relation = a >= 2 && t[a - 1].text == "," ? a - 2 : a - 1
            if relation >= 0, lexicon.relationshipWords[t[relation].lower] != nil || Self.relationNouns.contains(t[relation].lower) { score -= 1 }
            return score
        }
        // Each sentence's reading, when something in it or in the article's naming says which.
        var personOutsideIn: [Int: Bool] = [:]
        // Sentences whose brackets hold what only a role's name holds: the article's way of writing its pairs.
        var rolesShownInside = false
        for (sentence, pairs) in pairsBySentence {
            let t = sentences[sentence].tokens
            let roleInside = pairs.contains { pair in
                let after = mentions[pair.inner].tokens.upperBound
                // ("Kate Kennedy (Kai-125)": a designation in brackets is the role.)
                // ("Paul Rudd (Scott Lang, aka Ant-Man)", "Sebastian Stan (Bucky Barnes, Sam's old partner)": a name described
                // inside the brackets is the role.)
                let described = after + 2 < t.count && t[after].lower == "," && (Self.akaWords.contains(t[after + 1].lower) || t[after + 2].lower.is("'s"))
                return after < t.count && t[after].lower == "from" || described
                    || Self.containsNumber(Substring(mentions[pair.inner].text)) && defaultType(mentions[pair.outer].text) == .person
            }
            let outsideSaid = roleInside || pairs.contains { votes0[keyOf[$0.outer]][.person] > 0 || votes0[keyOf[$0.inner]][.character] > 0 }
            let insideSaid = pairs.contains { votes0[keyOf[$0.outer]][.character] > 0 || votes0[keyOf[$0.inner]][.person] > 0 }
            let naming = pairs.reduce(0) { $0 + personOutsideByNaming($1) }
            if outsideSaid || naming > 0 { personOutsideIn[sentence] = true } else if insideSaid || naming < 0 { personOutsideIn[sentence] = false }
            rolesShownInside = rolesShownInside || roleInside
        }
        // A sentence that does not say follows the article: when it showed roles inside brackets and no sentence reads
        // the other way ("Chris Hemsworth (Thor), Sebastian Stan (Bucky Barnes, Sam's old partner)" then "Florence Pugh
        // (Yelena Belova)"), or when most sentences that say read so (a cast list, a line an actor: "Jamie Lee Curtis
        // (Tess Coleman)", then "Mark Harmon (Ryan)"); else the character is outside, as most often.
        let outsideCount = personOutsideIn.values.filter { $0 }.count
        let articleOutside = rolesShownInside && outsideCount == personOutsideIn.count || 2 * outsideCount > personOutsideIn.count
        for (sentence, pairs) in pairsBySentence {
            let personOutside = personOutsideIn[sentence] ?? articleOutside
            for pair in pairs {
                cues[pair.outer] = personOutside ? .person : .character
                cues[pair.inner] = personOutside ? .character : .person
            }
            // (Read the other way, the word may be the name's alias: left to the rules of aliases.)
            if personOutside, let oneWord = oneWordPairs[sentence] {
                for pair in oneWord {
                    cues[pair.outer] = .person
                    cues[pair.inner] = .character
                }
            }
        }
    }

    /// Whether one word is the last of a full name the article gave a person ("Stokes" after "Chase Stokes"; not
    /// "Cage" after "Luke Cage", a hero's name that looks like a person's).
    func surnameOfPerson(_ word: String, mentions: [Mention], isPerson: (Int) -> Bool) -> Bool {
        guard !word.utf8.contains(UInt8(ascii: " ")) else { return false }
        let suffix = " " + word
        return mentions.indices.contains { k in mentions[k].text.hasSuffix(suffix) && isPerson(k) }
    }

    /// The companies, franchises, events and works of several words by their initials, the first
    /// one named for each. Each capitalised word gives its first letter, a word in capitals all of it
    /// ("DC Extended Universe"); "Comic-Con" gives two. "The" may count or not ("THR"; "MCU" for "the
    /// Marvel Cinematic Universe").
    static func initialsOfNames(_ entities: [ArticleEntity]) -> [String: Int] {
        var table: [String: Int] = [:]
        func isCapital(_ b: UInt8) -> Bool { b >= 65 && b <= 90 }
        for e in entities.indices where [.organization, .franchise, .event, .work].contains(entities[e].type) && entities[e].name.utf8.contains(UInt8(ascii: " ")) {
            // On the bytes: an acronym is ASCII, and Character properties cost far more.
            var initials: [UInt8] = [], withoutThe: [UInt8] = []
            let name = Array(entities[e].name.utf8)
            var start = 0
            while start < name.count {
                var end = start
                while end < name.count, name[end] != UInt8(ascii: " "), name[end] != UInt8(ascii: "-") { end += 1 }
                let part = name[start..<end]
                if let first = part.first, isCapital(first) {
                    let given = part.allSatisfy(isCapital) ? Array(part) : [first]
                    initials += given
                    if !part.elementsEqual("The".utf8) { withoutThe += given }
                }
                start = end + 1
            }
            guard initials.count >= 2 else { continue }
            let key = String(decoding: initials, as: UTF8.self), shorter = String(decoding: withoutThe, as: UTF8.self)
            if table[key] == nil { table[key] = e }
            if withoutThe.count >= 2, table[shorter] == nil { table[shorter] = e }
        }
        return table
    }

    /// The first and last words of the people's and characters' full names, with where each was said.
    func fullNameIndex(_ mentions: [Mention], _ entities: [ArticleEntity]) -> FullNameIndex {
        var index = FullNameIndex()
        for i in mentions.indices where mentions[i].entity >= 0 && mentions[i].text.utf8.contains(UInt8(ascii: " ")) {
            let type = entities[mentions[i].entity].type
            guard type == .person || type == .character else { continue }
            guard let (first, last) = mentions[i].text.firstAndLastWord() else { continue }
            let position = mentions[i].sentence * 1000 + mentions[i].tokens.lowerBound
            // The first and the last word, once each (the two go to different keys, so their order does not matter).
            index.add(first, position: position, entity: mentions[i].entity)
            if last != first { index.add(last, position: position, entity: mentions[i].entity) }
        }
        return index
    }

    /// "Colter" after "Mike Colter", "Jessica" after "Jessica Jones": the person or character
    /// whose first or last name this word is, the most recently mentioned first.
    func shortFormOwner(_ m: Mention, in index: FullNameIndex) -> Int? {
        let mine = m.sentence * 1000 + m.tokens.lowerBound
        // Prefer the latest mention before this one; otherwise the first after it.
        func rank(_ position: Int) -> Int { position <= mine ? position + 1_000_000 : -position }
        var best: (rank: Int, entity: Int)? = nil
        index.forEach(m.text) { position, entity in
            // (Ties keep the earlier entry, as `max` does.)
            if best == nil || best!.rank < rank(position) { best = (rank(position), entity) }
        }
        return best?.entity
    }
}

/// The first and last words of an article's full names, each with where the name was said and whose it
/// is, in the order of the mentions. An article has a few dozen: a scan that compares hashes first costs
/// less than a hashed table, and allocates one array.
struct FullNameIndex {
    private var entries: [(hash: UInt64, word: String, position: Int, entity: Int)] = []

    mutating func add(_ word: String, position: Int, entity: Int) {
        entries.append((WordTable<Bool>.hash(word), word, position, entity))
    }

    /// The entries of a word, in the order they were added.
    func forEach(_ word: String, _ body: (_ position: Int, _ entity: Int) -> Void) {
        let h = WordTable<Bool>.hash(word)
        for e in entries where e.hash == h && e.word == word { body(e.position, e.entity) }
    }
}
