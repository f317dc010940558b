import Foundation
import LoreLanguage

/// A name as it occurs in a sentence: a run of tokens.
struct Mention {
    var sentence: Int
    /// Token indices in the sentence.
    var tokens: Range<Int>
    var text: String
    var key: String
    var quoted: Bool
    /// Set for names found in the gazetteer (organisations, franchises, events, places).
    var lexiconType: EntityType?
    /// The entity it resolves to, an index into the article's entity list.
    var entity: Int = -1
    /// The nickname inside a civil name: "Cottonmouth" in Cornell "Cottonmouth" Stokes.
    var nickname: String? = nil
    /// What a person did for the work named next, said by a compound: "led" in "the Mike Colter-led series".
    var compound: String? = nil
}

/// The mentions of each sentence, as indices into the article's mentions, in the order found:
/// sentence `s`'s are `self[s]`. One array for all sentences: an array each cost an allocation
/// and its growth per sentence.
struct MentionsBySentence {
    private var order: [Int]
    private let starts: [Int]

    /// Mentions outside every sentence (a byline) are in none.
    init(_ mentions: [Mention], sentences: Int) {
        var starts = [Int](repeating: 0, count: sentences + 1)
        for i in mentions.indices where mentions[i].sentence >= 0 { starts[mentions[i].sentence + 1] += 1 }
        for s in 0..<sentences { starts[s + 1] += starts[s] }
        var next = starts
        order = [Int](repeating: 0, count: starts[sentences])
        for i in mentions.indices where mentions[i].sentence >= 0 {
            order[next[mentions[i].sentence]] = i
            next[mentions[i].sentence] += 1
        }
        self.starts = starts
    }

    subscript(sentence: Int) -> ArraySlice<Int> { order[starts[sentence]..<starts[sentence + 1]] }

    /// Sorts each sentence's mentions.
    mutating func sortEach(by areInIncreasingOrder: (Int, Int) -> Bool) {
        for s in 0..<(starts.count - 1) { order[starts[s]..<starts[s + 1]].sort(by: areInIncreasingOrder) }
    }
}

/// Finds names in sentences: gazetteer entries, quoted titles and runs of capitalised words.
struct MentionFinder {
    let lexicon = Lexicon.shared
    /// The speakers' labels of an interview ("Carver: …"): no part of a name after them.
    var speakerLabels: Set<String> = []
    /// Titles joined by an "and", "in", "on" or "to" ("Shadow and Bone"), as "shadow and bone": see `joinedTitles(in:)`.
    var joinedTitles: Set<String> = []
    /// Titles quoted somewhere with a lower-case word inside (or all in capitals), by first word: see `quotedTitles(in:)`.
    var quotedTitles: [String: [[String]]] = [:]

    /// Words that qualify a title but are not part of it ("Daredevil Season 2").
    static let qualifiers: WordSet = ["season", "seasons", "episode", "episodes", "part", "parts", "chapter", "vol", "volume", "series", "trailer", "teaser", "set", "cast", "star", "stars", "finale", "premiere"]
    /// Qualifiers that are also ordinary parts of names ("Death Star", "Jet Set").
    static let nounQualifiers: WordSet = ["star", "stars", "set", "cast"]
    static let months: WordSet = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "summer", "winter", "spring", "autumn"]
    static let openingQuotes: WordSet = ["\"", "\u{201C}", "\u{2018}", "'"]
    static let closingQuotes: WordSet = ["\"", "\u{201D}", "\u{2019}", "'"]
    static let particles: WordSet = ["de", "van", "von", "da", "del", "der", "la", "le", "di", "du", "à"]
    /// Common adjectives that open titles: "Big Eyes", "New Girl", "Good Omens", "Great News".
    static let titleAdjectives: WordSet = ["big", "good", "great", "new", "old", "best", "last", "better", "first", "late"]
    /// "Season: 10 episodes": a number that counts something is no part of a title.
    static let countedNouns: WordSet = ["episodes", "episode", "seasons", "season", "years", "months", "weeks", "days", "hours", "minutes", "percent", "million", "billion", "times", "more"]
    static let socialTitles: WordSet = ["miss", "mister", "madame", "lady", "ms.", "mr.", "mrs."]
    /// Words that may follow a title ending in a year: "Blade Runner 2099 is", "… premieres", "… 's".
    static let afterTitleYear: Set<String> = ["is", "was", "will", "has", "had", "premieres", "premiered", "arrives", "debuts", "stars", "follows", "returns", "'s", "and", "on", "in"]
    /// Words that may follow a sequel's number: those after a title's year, and more ("Sonic the Hedgehog 3 hits theaters").
    static let afterSequelNumber = WordSet(afterTitleYear.union(["hits", "opens", "lands", "trailer", "teaser", "sequel", "director", "cast",
                                             // (A headline's next word, capitalised: "Five Nights at Freddy's 2 Set Photos Show …".)
                                             "set", "photos", "review", "poster", "footage", "release", "gets", "adds", "casts", "reveals", "begins",
                                             "wraps", "delayed", "dated", "first", "officially", "finally", "box",
                                             // ("being called Downton Abbey 3 until a title is chosen": a clause goes on.)
                                             "until", "when", "which", "that", "after", "before", "with", "at", "by", "from",
                                             "could", "would", "may", "might", "can", "should", "filming", "shooting", "starts", "started", "wrapped"]))
    /// Nouns a year before them dates: "the Netflix 2024 slate", "the Mortal Kombat 2021 reboot".
    static let yearNouns: Set<String> = ["slate", "lineup", "line-up", "season", "seasons", "film", "films", "movie", "movies", "series", "show", "shows", "reboot", "remake", "edition",
                                         "version", "release", "releases", "tour", "event", "panel", "schedule", "premiere", "finale", "calendar", "awards", "nominations", "winners",
                                         "box", "budget", "revival", "adaptation", "sequel", "prequel", "season's", "cast", "trailer", "teaser", "campaign", "run", "debut", "pilot", "episode", "episodes"]
    static let titlePrepositions: Set<String> = ["Between", "Beyond", "From", "Beneath", "Under", "Into", "Through", "Across", "Against", "Behind", "Among", "Upon", "Inside", "Outside", "Without", "Within", "Below", "Above"]
    static let innerTitles: Set<String> = ["Mrs", "Mr", "Dr", "Ms"]
    static let officeTitles: WordSet = ["ceo", "president", "chairman", "chairwoman", "chief", "officer", "head", "executive", "director", "founder", "boss", "secretary", "minister"]
    /// "Award-winning", "Oscar-nominated": a capitalised word made an adjective by its lower-case ending (not a person's
    /// compound, "Colter-led", which ends the name it follows).
    func isNameAdjective(_ t: Token) -> Bool {
        guard t.isCapitalized, t.text.utf8.contains(UInt8(ascii: "-")), let ending = t.text.afterLastHyphen(), let first = ending.first, first.isLowercase,
              ending.utf8.count >= 5 else { return false }
        let lower = String(ending)
        return !Self.compounds.contains(lower) && !Self.adjectiveEndings.contains(lower) && lexicon.englishWords.contains(lower)
    }
    static let titleDeterminers: WordSet = ["your", "my", "our"]
    static let possessives: WordSet = ["his", "her", "their", "its"]
    static let subtitlePrepositions: WordSet = ["on", "for", "with", "under", "into", "beyond"]
    static let apostrophes: Set<String> = ["'", "\u{2019}", "\u{2018}"]
    static let titleNumbers: WordSet = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    /// "Episode II: Attack of the Clones": labels of a numbered instalment.
    static let instalmentLabels: WordSet = ["episode", "part", "chapter", "volume", "book"]
    static let royalTitles: WordSet = ["prince", "princess", "king", "queen", "lord", "lady", "sir", "dame", "duke", "duchess", "emperor", "empress"]

    /// The names of sentence `index`, appended to `found` (appending a returned array would copy
    /// each name's Strings).
    func mentions(in sentence: Sentence, index: Int, knownKeys: Set<String>? = nil, into found: inout [Mention]) {
        let tokens = sentence.tokens
        var i = 0
        let titleCase = knownKeys != nil
        if !speakerLabels.isEmpty, tokens.count >= 3, tokens[1].isASCII(UInt8(ascii: ":")), speakerLabels.contains(tokens[0].text) { i = 2 }
        if i == 0, isVerbBeforeFullName(tokens) { i = 1 }
        if let pairs = creditPairs(tokens, sentence: index) {
            for (person, work) in pairs {
                found.append(make(tokens, person, sentence: index))
                found.append(make(tokens, work, sentence: index, type: .work))
            }
            return
        }
        while i < tokens.count {
            if let m = domainName(tokens, at: i, sentence: index) {
                found.append(m); i = m.tokens.upperBound; continue
            }
            if let m = gazetteerMatch(tokens, at: i, sentence: index) {
                found.append(m); i = m.tokens.upperBound; continue
            }
            if !quotedTitles.isEmpty, tokens[i].isCapitalized, let m = quotedTitleAgain(tokens, at: i, sentence: index) {
                found.append(m); i = m.tokens.upperBound; continue
            }
            if let m = nicknamedName(tokens, at: i, sentence: index) {
                found.append(m); i = m.tokens.upperBound; continue
            }
            if let m = quotedTitle(tokens, at: i, sentence: index) {
                found.append(m); i = m.tokens.upperBound + 1; continue
            }
            if tokens[i].lower.is("the"), i + 1 < tokens.count, let m = gazetteerMatch(tokens, at: i + 1, sentence: index) {
                found.append(m); i = m.tokens.upperBound; continue
            }
            let howTo = Self.howToOpensTitle(tokens, at: i)
            if howTo || tokens[i].isWord && tokens[i].startsName && !isNameAdjective(tokens[i]) || Self.isNumberedTitle(tokens, at: i) || numberOpensTitle(tokens, at: i) {
                var j = howTo ? i + 3 : i + 1, adjective = false
                while j < tokens.count {
                    // A title-case headline's run goes on through its small words: the names known from the body are
                    // then looked for inside it ("Avatar: Fire and Ash Review: …").
                    if titleCase, let end = headlineRunGoesOn(tokens, at: j) { j = end; continue }
                    // ("The How to Train Your Dragon franchise".)
                    if tokens[j].text.is("How"), Self.howToOpensTitle(tokens, at: j) { j += 3; continue }
                    let t = tokens[j]
                    // "The Defenders Netflix crossover": a known name ends the run before it.
                    // (But "Megan Fox", "Sheriff Mickey Fox": after a lone given name, the platform's name is a surname.)
                    if isPlatform(tokens, at: j, sentence: index),
                       !((j == i + 1 || j == i + 2 && lexicon.isHonorific(tokens[i].lower)) && lexicon.givenNames.contains(tokens[j - 1].text)) { break }
                    // "Death Star" is a name; "Breaking Bad Star Aaron Paul" ends before "Star".
                    // "Star Trek: The Original Series", "Batman: The Animated Series": a subtitle's own noun.
                    let subtitleNoun = t.lower.is("series") && j >= 3 && tokens[j - 2].lower.is("the") && tokens[j - 3].text.is(":")
                    // ("The Batman Part II", "Dune: Part Two": a numbered part of a title is the title's.)
                    let numberedPart = t.lower.is("part") && j + 1 < tokens.count && (Self.isRomanNumeral(tokens[j + 1].text) || Self.partNumbers.contains(tokens[j + 1].text))
                    // ("Four Seasons Resort": a number word before it makes it a name's.)
                    let qualifier = !subtitleNoun && !numberedPart && Self.qualifiers.contains(t.lower) && !Self.titleNumbers.contains(tokens[j - 1].lower) && (!Self.nounQualifiers.contains(t.lower) || j + 1 < tokens.count && tokens[j + 1].isCapitalized || j + 1 < tokens.count && tokens[j + 1].kind == .number)
                    // "the Emmy Award-winning WandaVision": an adjective made of a name takes the run before it along.
                    if isNameAdjective(t) { adjective = true; break }
                    if t.isWord && t.startsName && !qualifier {
                        j += 1
                        // "The Maren Solberg-directed Paper Lanterns": the compound ends the person's name.
                        if let ending = t.lower.afterLastHyphen(), Self.compounds.contains(String(ending)) { break }
                        continue
                    }
                    // "X-Men '97": a title's year after an apostrophe; "Star Trek: Section 31": a subtitle's number.
                    if t.kind == .punctuation, t.spaceBefore, Self.apostrophes.contains(t.text), j + 1 < tokens.count, tokens[j + 1].kind == .number,
                       !tokens[j + 1].spaceBefore, tokens[j + 1].text.utf8.count == 2 { j += 2; continue }
                    // "Blade Runner 2099 premieres", "Wonder Woman 1984, the sequel": a year that ends a title of two words or
                    // more, said as a name is (not "the Netflix 2024 slate", "the Mortal Kombat 2021 reboot": a noun follows).
                    if t.kind == .number, t.text.utf8.count == 4, t.firstByte >= UInt8(ascii: "1"), t.firstByte <= UInt8(ascii: "2"), j - i >= 2, t.spaceBefore,
                       tokens[i..<j].allSatisfy({ $0.isWord && $0.isCapitalized }), !tokens[i].lower.is("the"),
                       j + 1 == tokens.count || tokens[j + 1].kind == .punctuation && !tokens[j + 1].text.is("-") || Self.afterTitleYear.contains(tokens[j + 1].lower)
                        // ("Blade Runner 2099 so far": any other word, unless a noun the year dates or the name is a person's.)
                        || tokens[j + 1].isWord && !tokens[j + 1].isCapitalized && !Self.yearNouns.contains(tokens[j + 1].lower) && !lexicon.givenNames.contains(tokens[i].text) {
                        j += 1
                        break
                    }
                    if t.kind == .number, t.text.utf8.count <= 3, j - i >= 3, tokens[j - 2].text.is(":"), !(j + 1 < tokens.count && Self.countedNouns.contains(tokens[j + 1].lower)) {
                        j += 1
                        continue
                    }
                    // Titles that go on past a word that ends most names (see `titleGoesOn`).
                    if t.kind == .number || t.kind == .punctuation || t.lower.is("for") || t.lower.is("at") || t.lower.is("in"), let (end, closes) = titleGoesOn(tokens, from: i, at: j) {
                        j = end
                        if closes { break } else { continue }
                    }
                    if t.kind == .number && t.text.characterCount <= 2 && !Self.qualifiers.contains(tokens[j - 1].lower) && j + 1 < tokens.count && tokens[j + 1].isCapitalized == false && !tokens[j - 1].text.hasSuffix(".") { break }
                    // "The Handmaid's Tale", "The Queen's Gambit": "The", a noun's possessive, then a capital that is no one's
                    // given name ("The Doctor's Clara Oswald" is a role).
                    // ("Narnia: The Magician's Nephew": so does a subtitle.)
                    if t.lower.is("'s"), j == i + 2 || j >= i + 4 && tokens[j - 3].text.is(":"), tokens[j - 2].lower.is("the"), j + 1 < tokens.count, tokens[j + 1].isWord, tokens[j + 1].startsName,
                       !lexicon.givenNames.contains(tokens[j + 1].text), lexicon.gazetteer[tokens[i + 1].lower] == nil { j += 2; continue }
                    // "Something's Gotta Give", "Nobody's Fool": no one owns what follows an indefinite pronoun's "'s".
                    if t.lower.is("'s"), j == i + 1, Self.indefinitePronouns.contains(tokens[i].lower), j + 1 < tokens.count, tokens[j + 1].isWord, tokens[j + 1].startsName { j += 2; continue }
                    // "Guardians of the Galaxy Vol. 3", "Kill Bill: Vol. 2": a volume's number, read from "Vol" (a qualifier, which ends
                    // most runs) or, after a subtitle's colon, from its period.
                    let volumePeriod = t.text.is("Vol") ? j + 1 : t.isASCII(UInt8(ascii: ".")) && tokens[j - 1].text.is("Vol") ? j : -1
                    if volumePeriod >= 0, volumePeriod + 1 < tokens.count, tokens[volumePeriod].isASCII(UInt8(ascii: ".")), !tokens[volumePeriod].spaceBefore,
                       tokens[volumePeriod + 1].kind == .number { j = volumePeriod + 2; continue }
                    // "Sookie St. James", "The Marvelous Mrs. Maisel": an abbreviation inside a name (a social title only inside a "The …" title).
                    if t.isASCII(UInt8(ascii: ".")), !t.spaceBefore, tokens[j - 1].text == "St" || j - i >= 2 && tokens[i].lower.is("the") && Self.innerTitles.contains(tokens[j - 1].text), j + 1 < tokens.count, tokens[j + 1].isWord, tokens[j + 1].startsName { j += 2; continue }
                    // "Guardians of the Galaxy", "Star Wars: The Clone Wars", "Geralt of Rivia"
                    // (not "Betsy Beers of Shondaland": a person's full name, then where they work).
                    // (Nor "Tuesday of Drew Starkey": a day's name.)
                    if (t.lower.is("of") || Self.particles.contains(t.text)), j + 1 < tokens.count, !Self.qualifiers.contains(tokens[j - 1].lower), !Self.months.contains(tokens[j - 1].lower),
                       !(t.lower.is("of") && j - i == 2 && lexicon.givenNames.contains(tokens[i].text)) {
                        var k = j + 1
                        if tokens[k].lower.is("the"), k + 1 < tokens.count { k += 1 }
                        // "Anatomy of a Scandal", "Diary of a Wimpy Kid": "a" after an ordinary noun and "of" (not "of a Netflix …").
                        else if tokens[k].lower.is("a") || tokens[k].lower.is("an"), t.lower.is("of"), k + 1 < tokens.count,
                                lexicon.englishWords.contains(tokens[j - 1].lower), lexicon.gazetteer[tokens[k + 1].lower] == nil { k += 1 }
                        // ("Arjan van der Veer": two particles.)
                        if Self.particles.contains(tokens[k].text), k + 1 < tokens.count { k += 1 }
                        if tokens[k].isWord && tokens[k].startsName && (k > 1 || !lexicon.commonWords.contains(tokens[k].lower)) { j = k + 1; continue }
                    }
                    // "Matthew the Raven", "Duncan the Tall", "Jabba the Hutt": one name and an epithet
                    // (not "Christensen's Skywalker the Padawan", a role described).
                    // ("Buffy the Vampire Slayer", "Pennywise the Dancing Clown": in prose, an epithet of two ordinary words.)
                    if t.lower.is("the"), j == i + 1, i == 0 || !tokens[i - 1].lower.is("'s"), j + 1 < tokens.count, tokens[j + 1].isWord, tokens[j + 1].startsName,
                       lexicon.gazetteer[tokens[i].lower] == nil, lexicon.gazetteer[tokens[j + 1].lower] == nil,
                       !lexicon.commonWords.contains(tokens[i].lower), !Self.months.contains(tokens[i].lower) {
                        if j + 2 == tokens.count || !tokens[j + 2].isCapitalized { j += 2; continue }
                        if tokens[j + 2].isWord, j + 3 == tokens.count || !tokens[j + 3].isCapitalized,
                           lexicon.englishWords.contains(tokens[j + 1].lower), !lexicon.givenNames.contains(tokens[j + 2].text), lexicon.gazetteer[tokens[j + 2].lower] == nil,
                           !Self.qualifiers.contains(tokens[j + 2].lower), Self.isProse(tokens) { j += 3; continue }
                    }
                    // "The War Between the Land and the Sea", "Journey Beyond the Wall": a title's capitalised preposition, then "the".
                    if t.lower.is("the"), j - 1 > i, Self.titlePrepositions.contains(tokens[j - 1].text), j + 1 < tokens.count, tokens[j + 1].isWord, tokens[j + 1].startsName { j += 2; continue }
                    // "Shadow and Bone", "Men in Black": a title the article always says with its "and", "in", "on" or "to" (see `joinedTitles`).
                    if !joinedTitles.isEmpty, Self.titleJoiners.contains(t.lower), let end = joinedTitleEnd(tokens, at: j) { j = end; continue }
                    // "Superman & Lois", "The Mandalorian & Grogu": an ampersand inside a title (not "Luke & Jessica", two people).
                    if t.kind == .punctuation, t.isASCII(UInt8(ascii: "&")), j + 1 < tokens.count, tokens[j + 1].isWord, tokens[j + 1].startsName, !lexicon.givenNames.contains(tokens[j - 1].text), !lexicon.givenNames.contains(tokens[i].text) { j += 2; continue }
                    // "The Girl with the Dragon Tattoo", "The Man with the Golden Gun": "The" and one singular noun, then "with the".
                    if t.lower.is("with"), j == i + 2, tokens[i].lower.is("the"), j + 2 < tokens.count, tokens[j + 1].lower.is("the"),
                       tokens[j + 2].isWord, tokens[j + 2].startsName, lexicon.gazetteer[tokens[j + 2].lower] == nil,
                       lexicon.englishWords.contains(tokens[i + 1].lower), !tokens[i + 1].lower.hasSuffix("s") { j += 3; continue }
                    // "The Hunger Games: Sunrise on the Reaping": a subtitle's preposition and "the", then a capital (not a place
                    // or a company; not "in", "at" or "from", which so often lead to a place: "X: Y in the Bronx").
                    // ("Gilmore Girls: A Year in the Life": "in" too, before an ordinary English word.)
                    if Self.subtitlePrepositions.contains(t.lower) || t.lower.is("in") && j + 2 < tokens.count && lexicon.englishWords.contains(tokens[j + 2].lower),
                       j + 2 < tokens.count, tokens[j + 1].lower.is("the"), tokens[j + 2].isWord, tokens[j + 2].startsName,
                       lexicon.gazetteer[tokens[j + 2].lower] == nil, tokens[i..<j].contains(where: { $0.text.is(":") }) { j += 3; continue }
                    // "Avatar: Fire and Ash", "NCIS: Tony & Ziva": a subtitle of one word, "and" or "&", and one more (not "X: Y and
                    // Original Sin", two titles; an "and" only between two English words: "Skeleton Crew and Andor" are two).
                    if t.lower.is("and") || t.isASCII(UInt8(ascii: "&")), j >= 2, tokens[j - 2].text.is(":"), j + 1 < tokens.count,
                       tokens[j + 1].isWord, tokens[j + 1].startsName, lexicon.gazetteer[tokens[j + 1].lower] == nil,
                       j + 2 == tokens.count || !tokens[j + 2].isCapitalized,
                       t.lower.is("&") || lexicon.englishWords.contains(tokens[j - 1].lower) && lexicon.englishWords.contains(tokens[j + 1].lower) { j += 2; continue }
                    // "It: Welcome to Derry", "Lawmen: Return to Dodge": a subtitle's lower-case "to", then a capital
                    // (not "in" or "and": "X: Y in Savannah", "X: Y and Z" name two things).
                    // ("She-Hulk: Attorney at Law": "at" before an ordinary English word, not a place or an event.)
                    if t.lower.is("to") || t.lower.is("at") && j + 1 < tokens.count && lexicon.englishWords.contains(tokens[j + 1].lower),
                       j + 1 < tokens.count, tokens[j + 1].isWord, tokens[j + 1].startsName, lexicon.gazetteer[tokens[j + 1].lower] == nil,
                       tokens[i..<j].contains(where: { $0.text.is(":") }) { j += 2; continue }
                    if t.text.is(":"), !t.spaceBefore, j + 1 < tokens.count, tokens[j + 1].isWord, tokens[j + 1].startsName, !Self.months.contains(tokens[j - 1].lower), !startsPersonList(tokens, at: j + 1),
                       // "Showrunner: Mara Voss" labels a person; it is no title with a subtitle.
                       lexicon.crewRoleWords[tokens[j - 1].lower] == nil, !lexicon.personCues.contains(tokens[j - 1].lower),
                       // ("Photo: Keanu Reeves in …" labels a caption.)
                       !Self.captionLabels.contains(tokens[j - 1].lower) { j += 2; continue }
                    break
                }
                if adjective { i = j + 1; continue }
                nameRuns(tokens, i..<j, sentence: index, titleCase: titleCase, knownKeys: knownKeys, into: &found)
                i = j
                continue
            }
            i += 1
        }
    }

    /// Whether token `k` opens a bracket that starts with a year or a platform: "(2019)", "(Prime Video, 2019-)".
    func isDatedOrPlaced(_ tokens: [Token], bracketAt k: Int, sentence: Int) -> Bool {
        guard k + 1 < tokens.count, tokens[k].isASCII(UInt8(ascii: "(")) else { return false }
        let first = tokens[k + 1]
        if first.kind == .number { return Self.isYear(first) }
        return isPlatform(tokens, at: k + 1, sentence: sentence)
    }

    /// "1985", "2022": a year of this century or the last.
    static func isYear(_ t: Token) -> Bool {
        t.kind == .number && t.text.utf8.count == 4 && (t.text.hasPrefix("19") || t.text.hasPrefix("20"))
    }

    /// Whether a platform's name of the gazetteer starts at token `j`: "Netflix", "Prime Video".
    func isPlatform(_ tokens: [Token], at j: Int, sentence: Int) -> Bool { platformEnd(tokens, at: j, sentence: sentence) != nil }

    /// The end of the platform's name of the gazetteer that starts at token `j`, if one does.
    func platformEnd(_ tokens: [Token], at j: Int, sentence: Int) -> Int? {
        // (The one-word look-up first: most words start no gazetteer name.)
        guard tokens[j].isWord, lexicon.gazetteer[tokens[j].lower] != nil, let g = gazetteerMatch(tokens, at: j, sentence: sentence),
              g.lexiconType == .organization, lexicon.platforms.contains(g.key) else { return nil }
        return g.tokens.upperBound
    }

    /// Whether a platform's name ends right before the possessive "'s" at token `k`: "Apple TV+'s", "HBO Max's".
    func isPlatformBefore(_ tokens: [Token], possessiveAt k: Int, sentence: Int) -> Bool {
        // (A platform's name is one to three tokens: "Netflix", "Apple TV+", "Paramount +".)
        for start in stride(from: k - 1, through: max(0, k - 3), by: -1) where tokens[start].isCapitalized {
            if let end = platformEnd(tokens, at: start, sentence: sentence) { return end == k }
        }
        return false
    }

    /// Whether an apposition from token `k` calls the name before it a work: "Apple TV+'s workplace thriller",
    /// "the Disney+ series", "the 2022 biopic directed by …".
    func isWorkApposition(_ tokens: [Token], at k: Int, sentence: Int) -> Bool {
        let the = tokens[k].lower.is("the")
        let start = the ? k + 1 : k
        guard start < tokens.count else { return false }
        guard var j = platformEnd(tokens, at: start, sentence: sentence) else { return the && isKindOfWorkPhrase(tokens, at: start) }
        if !the {
            guard j < tokens.count, tokens[j].lower.is("'s") else { return false }
            j += 1
        }
        return kindOfWork(tokens, from: j) != nil
    }

    /// Where up to three lower-case words from token `k` end in a kind of work ("workplace thriller", "animated series"),
    /// if they do (not an office: "HBO's head of drama series").
    func kindOfWork(_ tokens: [Token], from k: Int) -> Int? {
        for i in k..<min(tokens.count, k + 3) {
            let t = tokens[i]
            guard t.isWord, !t.isCapitalized, !Self.officeTitles.contains(t.lower), !t.lower.is("of") else { return nil }
            if EntityResolver.workNouns.contains(t.lower) || EntityResolver.genreBefore.contains(t.lower) { return i }
        }
        return nil
    }

    /// Whether a year and a kind of work from token `k` end a phrase: "2022 biopic directed by", "animated series,"
    /// (not "film's director", "series regular").
    func isKindOfWorkPhrase(_ tokens: [Token], at k: Int) -> Bool {
        let first = Self.isYear(tokens[k]) ? k + 1 : k
        guard first < tokens.count, let kind = kindOfWork(tokens, from: first), kind + 1 < tokens.count else { return false }
        let next = tokens[kind + 1]
        return next.kind == .punctuation && !Self.apostrophes.contains(next.text) || Self.appositionGoesOn.contains(next.lower)
    }

    /// Words that go on from a work's kind in an apposition: "the 2022 biopic directed by", "the series based on".
    static let appositionGoesOn: WordSet = ["directed", "written", "created", "produced", "scored", "starring", "released", "based", "adapted", "set", "from", "about", "that", "which"]

    /// "Sterling K. Brown, Paradise; Gary Oldman, Slow Horses": a list of people, each with a title after a comma,
    /// as award nominees are listed (not "Sam Hill, Boston; Jane Rowe, HBO": a place or a company is no title).
    func creditPairs(_ tokens: [Token], sentence: Int) -> [(person: Range<Int>, work: Range<Int>)]? {
        let semicolon = UInt8(ascii: ";"), comma = UInt8(ascii: ",")
        // (A given name opens the list: most sentences are turned away before their tokens are scanned.)
        guard let first = tokens.first, lexicon.givenNames.contains(first.text), tokens.contains(where: { $0.isASCII(semicolon) }) else { return nil }
        var pairs: [(person: Range<Int>, work: Range<Int>)] = []
        var a = 0
        while a < tokens.count {
            var b = a
            while b < tokens.count, !tokens[b].isASCII(semicolon) { b += 1 }
            // (The list's full stop is no part of its last title.)
            let end = b == tokens.count && b > a && tokens[b - 1].isASCII(UInt8(ascii: ".")) ? b - 1 : b
            guard let c = (a..<end).first(where: { tokens[$0].isASCII(comma) }), (2...4).contains(c - a), c + 1 < end,
                  lexicon.givenNames.contains(tokens[a].text), tokens[a..<c].allSatisfy({ $0.isWord && $0.isCapitalized }),
                  tokens[c + 1].isWord, tokens[c + 1].isCapitalized, !tokens[(c + 1)..<end].contains(where: { $0.isASCII(comma) }),
                  gazetteerMatch(tokens, at: c + 1, sentence: sentence).map({ $0.lexiconType != .place && $0.lexiconType != .organization }) ?? true
            else { return nil }
            pairs.append((a..<c, (c + 1)..<end))
            a = b + 1
        }
        return pairs.count >= 2 ? pairs : nil
    }

    /// Words that label a picture's caption: "Photo: Keanu Reeves in The Matrix Resurrections".
    static let captionLabels: WordSet = ["photo", "photos", "image", "images", "pictured", "still", "caption"]

    /// Small words a title-case headline leaves in lower case.
    static let headlineSmallWords: WordSet = ["a", "an", "and", "at", "for", "from", "in", "of", "on", "the", "to", "with", "&"]

    /// Past token `j` of a title-case headline's run, when it is a small word before another capitalised one.
    @inline(never)
    func headlineRunGoesOn(_ tokens: [Token], at j: Int) -> Int? {
        guard j + 1 < tokens.count, !tokens[j].isCapitalized, Self.headlineSmallWords.contains(tokens[j].lower),
              tokens[j + 1].isWord, tokens[j + 1].isCapitalized else { return nil }
        // ("… Premiere Date on The CW": a listed name after it is read on its own.)
        let next = tokens[j + 1].lower.is("the") && j + 2 < tokens.count ? j + 2 : j + 1
        if lexicon.gazetteer[tokens[next].lower] != nil, gazetteerMatch(tokens, at: next, sentence: 0) != nil { return nil }
        return j + 2
    }

    /// Words a number after them counts or ranks: "Phase 4", "Channel 4", "Top 5" are no sequels (nor "Season 2": the
    /// qualifiers are left out of titles already).
    static let countingNouns: WordSet = ["phase", "book", "act", "level", "stage", "update", "patch",
                                         "round", "game", "day", "week", "year", "issue", "number", "page", "room", "gate", "floor", "zone", "channel",
                                         "category", "class", "grade", "type", "model", "track", "disc", "step", "section", "wave", "tier",
                                         "block", "unit", "studio", "terminal", "platform", "district", "ward", "station", "lot", "top", "group",
                                         "squad", "team", "precinct", "verse", "line", "figure", "table", "heat", "lane", "option", "plan", "version", "draft"]

    /// "Sonic the Hedgehog 2": a word after a name and a lower-case "the" ends a longer title, no title of its own.
    func endsLongerTitle(_ tokens: [Token], at i: Int) -> Bool {
        i >= 2 && tokens[i - 1].lower.is("the") && !tokens[i - 1].isCapitalized && tokens[i - 2].isWord && tokens[i - 2].isCapitalized
    }

    /// "3", "2.0" ("M3GAN 2.0"): a single digit from 2, or a version number.
    static func isSequelNumber(_ t: Token) -> Bool {
        let text = t.text.utf8
        guard t.firstByte >= UInt8(ascii: "2"), t.firstByte <= UInt8(ascii: "9") else { return false }
        return text.count == 1 || text.count == 3 && text.dropFirst().first == UInt8(ascii: ".")
    }

    /// Where a title goes on past token `j` of a run that started at `i`, a word or mark that ends most names, and whether
    /// it ends there. (A function of its own: inside the run's loop, these tests made every token of a run be copied.)
    @inline(never)
    func titleGoesOn(_ tokens: [Token], from i: Int, at j: Int) -> (end: Int, closes: Bool)? {
        // "Sonic the Hedgehog 3 hits theaters", "Five Nights at Freddy's 2 is underway": a sequel's number after a title of
        // two words or more that is no one's name, said as a name is.
        // ("Shrek 5 opens", "moved Shrek 5 to June": one word will do when it is no English word; "returns in Scream 7 as Sidney",
        // "Frozen 3 is set": an English word too, unless it counts, as "Phase 4" does.)
        if tokens[j].kind == .number, Self.isSequelNumber(tokens[j]), tokens[j].spaceBefore,
           j - i >= 2 || j - i == 1 && tokens[i].isCapitalized && !Self.countingNouns.contains(tokens[i].lower) && !endsLongerTitle(tokens, at: i),
           tokens[j - 1].isWord, !Self.qualifiers.contains(tokens[j - 1].lower), !lexicon.givenNames.contains(tokens[i].text),
           !tokens[i..<j].contains(where: { Self.months.contains($0.lower) }),
           // ("Posted 5/11/2017": a number that opens a date.)
           j + 1 == tokens.count || tokens[j + 1].kind == .punctuation && !tokens[j + 1].text.is("-") && !tokens[j + 1].text.is("/") || Self.afterSequelNumber.contains(tokens[j + 1].lower)
            || j - i == 1 && (tokens[j + 1].lower.is("to") || tokens[j + 1].lower.is("for") || tokens[j + 1].lower.is("as")) {
            return (j + 1, true)
        }
        // "The Lord of the Rings: The Hunt for Gollum", "The Search for Spock": a subtitle's "for", or "for" after "The" and one
        // noun, then a capital that is nobody's given name nor a known name and ends the run ("… for Netflix" says who it is
        // made for; "The Emmy for Best Drama" goes on).
        if tokens[j].lower.is("for"), j + 1 < tokens.count, tokens[j + 1].isWord, tokens[j + 1].startsName, lexicon.gazetteer[tokens[j + 1].lower] == nil,
           !lexicon.givenNames.contains(tokens[j + 1].text), j + 2 == tokens.count || !tokens[j + 2].isCapitalized,
           j == i + 2 && tokens[i].lower.is("the") && tokens[i].isCapitalized && lexicon.englishWords.contains(tokens[i + 1].lower)
            || tokens[i..<j].contains(where: { $0.text.is(":") }) { return (j + 2, false) }
        // "Five Nights at Freddy's", "Breakfast at Tiffany's": "at" and a possessive name inside a title that is no one's name.
        if tokens[j].lower.is("at"), j + 2 < tokens.count, tokens[j + 1].isWord, tokens[j + 1].startsName, tokens[j + 2].lower.is("'s"),
           lexicon.gazetteer[tokens[j + 1].lower] == nil, !lexicon.givenNames.contains(tokens[i].text),
           j + 3 == tokens.count || !tokens[j + 3].isCapitalized { return (j + 3, false) }
        // "Only Murders in the Building", "The Boys in the Band": "in the" and an ordinary English word that ends a title of
        // two words or more that is no one's name (not "Hell's Kitchen in the Daredevil series").
        // ("Doctor Strange in the Multiverse of Madness": or any new word, then "of" and an English word that ends it.)
        if tokens[j].lower.is("in"), j - i >= 2, j + 2 < tokens.count, tokens[j + 1].lower.is("the"), !tokens[j + 1].isCapitalized, tokens[j + 2].isWord, tokens[j + 2].isCapitalized,
           lexicon.gazetteer[tokens[j + 2].lower] == nil, !Self.months.contains(tokens[j + 2].lower), !lexicon.givenNames.contains(tokens[j + 2].text),
           lexicon.englishWords.contains(tokens[i].lower) || lexicon.commonWords.contains(tokens[i].lower), !lexicon.givenNames.contains(tokens[i].text) {
            let ends = { (k: Int) in k == tokens.count || tokens[k].kind == .punctuation || !tokens[k].isCapitalized && !tokens[k].lower.is("of") && !tokens[k].lower.is("'s") }
            let english = lexicon.englishWords.contains(tokens[j + 2].lower)
            if english, ends(j + 3) { return (j + 3, false) }
            if !english, j + 4 < tokens.count, tokens[j + 3].lower.is("of"), tokens[j + 4].isWord, tokens[j + 4].isCapitalized, lexicon.englishWords.contains(tokens[j + 4].lower),
               lexicon.gazetteer[tokens[j + 4].lower] == nil, ends(j + 5) { return (j + 5, false) }
        }
        // "Mission: Impossible – The Final Reckoning", "Star Wars: Maul – Shadow Lord": a title with a subtitle goes on past an
        // en dash before capitalised words.
        if tokens[j].isPunctuation("\u{2013}"), tokens[j].spaceBefore, j + 2 < tokens.count, tokens[j + 1].isWord, tokens[j + 1].startsName,
           tokens[j + 2].isWord && tokens[j + 2].startsName || tokens[j + 2].kind == .punctuation || !lexicon.commonWords.contains(tokens[j + 1].lower),
           tokens[i..<j].contains(where: { $0.text.is(":") }) { return (j + 1, false) }
        // "Thunderbolts*": a star stuck to a title's last word is part of it.
        if tokens[j].isASCII(UInt8(ascii: "*")), !tokens[j].spaceBefore, j + 1 == tokens.count || tokens[j + 1].spaceBefore || tokens[j + 1].kind == .punctuation { return (j + 1, false) }
        return nil
    }

    /// "How to Train Your Dragon 2", "How to Get Away with Murder": inside a sentence, "How", "to" and a capital open a title
    /// (a sentence's first "How to …" asks or instructs: "How to Watch Night Harbor").
    @inline(never)
    static func howToOpensTitle(_ tokens: [Token], at i: Int) -> Bool {
        i > 0 && i + 2 < tokens.count && tokens[i].text.is("How") && tokens[i + 1].lower.is("to") && tokens[i + 2].isWord && tokens[i + 2].startsName
            && !tokens[i - 1].isASCII(UInt8(ascii: ":")) && isProse(tokens)
    }

    /// "28 Days Later", "3 Body Problem", "13 Reasons Why": in prose, a small number before two capitalised words, the first
    /// an ordinary English word, opens a title (not "won 12 Emmy Awards", "season 2 Episode 4", nor a title-case headline's "10 Things").
    func numberOpensTitle(_ tokens: [Token], at i: Int) -> Bool {
        guard tokens[i].kind == .number, tokens[i].text.utf8.count <= 3, tokens[i].firstByte != UInt8(ascii: "0"), i + 2 < tokens.count else { return false }
        let first = tokens[i + 1], second = tokens[i + 2]
        guard first.isWord, first.isCapitalized, first.spaceBefore, second.isWord, second.isCapitalized,
              lexicon.englishWords.contains(first.lower), lexicon.gazetteer[first.lower] == nil, !lexicon.givenNames.contains(first.text), !Self.months.contains(first.lower),
              i == 0 || !Self.qualifiers.contains(tokens[i - 1].lower) && !tokens[i - 1].isASCII(UInt8(ascii: "$")) else { return false }
        return Self.isProse(tokens)
    }

    /// "9-1-1: Nashville", "9-1-1: Lone Star": a title of hyphenated digits, read with its subtitle (not a date, "2014-02-11:").
    /// "9-1-1" alone is one too when it has three parts (not a score, "3-1"; nor the number dialled, "call 9-1-1").
    static func isNumberedTitle(_ tokens: [Token], at i: Int) -> Bool {
        guard tokens[i].kind == .word, tokens[i].firstByte &- UInt8(ascii: "0") < 10 else { return false }
        let text = tokens[i].text
        guard text.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = text.split(separator: "-")
        guard !parts.contains(where: { $0.utf8.count > 2 || !$0.utf8.allSatisfy { $0 &- UInt8(ascii: "0") < 10 } }) else { return false }
        if i + 2 < tokens.count, tokens[i + 1].text.is(":"), tokens[i + 2].startsName { return true }
        guard parts.count >= 3, i > 0 else { return parts.count >= 3 }
        // ("returns to 9-1-1" is the show; "a call to 9-1-1" the number.)
        let dialled = tokens[i - 1].lower == "to" ? i >= 2 && dialWords.contains(tokens[i - 2].lower) : dialWords.contains(tokens[i - 1].lower)
        return !dialled
    }
    /// The words before a number dialled: "call 9-1-1", "dialled 9-1-1", "a call to 9-1-1".
    static let dialWords: WordSet = ["call", "calls", "called", "calling", "dial", "dials", "dialed", "dialled", "dialing", "dialling"]

    /// "The cast of Night Courier: Hana Takeda (…) as …": after the colon a person's name, not a subtitle.
    func startsPersonList(_ tokens: [Token], at i: Int) -> Bool {
        guard i + 2 < tokens.count else { return false }
        // "the five Garveys: Eva, Grace (Anne-Marie Duff), …": given names one by one.
        if tokens[i + 1].text.is(","), tokens[i + 2].isWord, tokens[i + 2].isCapitalized { return lexicon.givenNames.contains(tokens[i].text) }
        guard tokens[i + 1].isCapitalized else { return false }
        // "(The Quiet Harbor)" is a credit; "(2022)" belongs to a title.
        let credit = tokens[i + 2].text.is("(") && i + 3 < tokens.count && tokens[i + 3].isWord && tokens[i + 3].isCapitalized
        return credit || lexicon.givenNames.contains(tokens[i].text) && ["as", ",", "and"].contains(tokens[i + 2].lower)
    }

    /// Prose writes its ordinary words in lower case (two of four letters or more, or one a title-case line would
    /// capitalise: "Gellar played Buffy in …"), a title-case line does not.
    static func isProse(_ tokens: [Token]) -> Bool {
        var lowerCaseWords = 0
        for t in tokens where t.isWord && !t.isCapitalized && t.text.utf8.count >= 4 {
            lowerCaseWords += 1
            if lowerCaseWords == 2 || !headlineSmallWords.contains(t.lower) && !titleSmallWords.contains(t.lower) { return true }
        }
        return false
    }
    /// Words whose "'s" is "is" or "has", never an owner's: "Something's Gotta Give".
    static let indefinitePronouns: WordSet = ["something", "nothing", "everything", "anything", "somebody", "nobody", "everybody", "anybody", "someone", "everyone", "anyone"]
    /// Longer words a title-case line may leave in lower case.
    static let titleSmallWords: WordSet = ["into", "onto", "over", "upon", "than", "that", "this", "versus"]

    /// "II", "IV", "IX": a capitalised Roman numeral of a numbered instalment.
    static func isRomanNumeral(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.count <= 4 && text.utf8.allSatisfy { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X") }
    }


    /// Trims a run of capitalised words to the name inside it: drops sentence-initial common
    /// words, months and qualifiers; in title-case headlines keeps only names known from the body.
    /// The names are appended to `found` (most runs give one or none: an array returned per run
    /// cost an allocation, and a copy of each name's Strings).
    func nameRuns(_ tokens: [Token], _ run: Range<Int>, sentence: Int, titleCase: Bool, knownKeys: Set<String>?, into found: inout [Mention]) {
        var lower = run.lowerBound
        var upper = run.upperBound
        if titleCase, let knownKeys {
            // Longest known name inside the headline run.
            var i = lower
            while i < upper {
                // (A name opens with a capital: "the Pale Regent" is known as "Pale Regent".)
                if tokens[i].isWord, !tokens[i].isCapitalized { i += 1; continue }
                // (A name of the gazetteer inside the run, whether or not the body says it, unless a longer one is known.)
                let listed = gazetteerMatch(tokens, at: i, sentence: sentence).flatMap { $0.tokens.upperBound <= upper ? $0 : nil }
                var matched = false
                for j in stride(from: upper, to: listed?.tokens.upperBound ?? i, by: -1) {
                    let text = Self.join(tokens[i..<j])
                    if knownKeys.contains(Lexicon.key(text)) {
                        found.append(make(tokens, i..<j, sentence: sentence)); i = j; matched = true; break
                    }
                }
                if !matched, let listed { found.append(listed); i = listed.tokens.upperBound; matched = true }
                if !matched { i += 1 }
            }
            return
        }
        // "Severance, Apple TV+'s workplace thriller, …", "Elvis, the 2022 biopic directed by …": a run its apposition
        // calls a work is a title, whatever its words.
        let describedAsWork = upper + 2 < tokens.count && tokens[upper].text.is(",") && isWorkApposition(tokens, at: upper + 1, sentence: sentence)
        while lower < upper, isOrdinaryWord(tokens[lower], first: lower == 0 || tokens[lower - 1].kind == .punctuation && !Self.openingQuotes.contains(tokens[lower - 1].text)),
              !isGivenNameBeforeSurname(tokens, lower, upper),
              // "that It: Welcome to Derry will", "Them: The Scare": a short common word, capitalised inside a sentence
              // before a subtitle, opens a title (not a label: "Photo Credit: HBO", "EXCLUSIVE: …").
              !(lower > 0 && tokens[lower - 1].isWord && tokens[lower].isCapitalized && tokens[lower].text.utf8.count <= 4 && !tokens[lower].text.isUppercased
                && lower + 2 < upper && tokens[lower + 1].text.is(":")) {
            // "Episode II: Attack of the Clones", "Part IV: …": a numbered instalment keeps its label.
            if Self.instalmentLabels.contains(tokens[lower].lower), lower + 2 < upper, Self.isRomanNumeral(tokens[lower + 1].text), tokens[lower + 2].text.is(":") { break }
            // "The Defenders" keeps its article; "The series" does not reach here.
            if tokens[lower].lower.is("the"), lower + 1 < upper { break }
            // "Good Omens (Prime Video, 2019-)", "His Dark Materials (BBC One and HBO, 2019)": a bracket giving a run
            // its platform or its year makes the run a title, its first word too.
            // (A word that can open a title, "Good", "His", "Your"; not "Like Tales of the Jedi (2022)".)
            if lower + 1 < upper, Self.titleAdjectives.contains(tokens[lower].lower) || Self.titleDeterminers.contains(tokens[lower].lower) || Self.possessives.contains(tokens[lower].lower),
               isDatedOrPlaced(tokens, bracketAt: upper, sentence: sentence) { break }
            if Self.howToOpensTitle(tokens, at: lower) { break }
            if describedAsWork { break }
            // "Back to the Future opened …": a joined title keeps its first word (see `joinedTitles`).
            if !joinedTitles.isEmpty, lower + 2 < upper, Self.titleJoiners.contains(tokens[lower + 1].lower), joinedTitleEnd(tokens, at: lower + 1) != nil { break }
            // "Apple TV+'s For All Mankind", "Netflix's All the Light We Cannot See": after a platform's possessive, a run of
            // two words or more is a title, its first word too (not an office: "Netflix's Chief Content Officer …"; nor a run
            // a small word and a capital go on from, whose end is unknown: "ABC's Once Upon a Time").
            if lower >= 2, lower + 1 < upper, tokens[lower - 1].lower.is("'s"), !Self.officeTitles.contains(tokens[lower].lower),
               !(upper + 1 < tokens.count && tokens[upper].isWord && !tokens[upper].isCapitalized && tokens[upper + 1].isCapitalized),
               isPlatformBefore(tokens, possessiveAt: lower - 1, sentence: sentence) { break }
            // "A Droid Story" mid-sentence is a title.
            if (tokens[lower].lower.is("a") || tokens[lower].lower.is("an")), lower > 0, lower + 1 < upper, tokens[lower].text.first!.isUppercase { break }
            // "a small role in Big Eyes", "fans of Good Omens": in prose, a capitalised adjective inside a sentence opens a title.
            if lower > 0, lower + 1 < upper, Self.titleAdjectives.contains(tokens[lower].lower), tokens[lower - 1].isWord, Self.isProse(tokens) { break }
            // "season 5 of Only Murders in the Building": so does any capitalised common word after a lower-case one, before a word
            // that is no common one (not "TV", nor a media noun: "the new Season Two").
            if lower > 0, lower + 1 < upper, tokens[lower - 1].isWord, !tokens[lower - 1].isCapitalized, tokens[lower].text.utf8.count >= 3, !tokens[lower].text.isUppercased,
               !Self.qualifiers.contains(tokens[lower].lower), !lexicon.commonWords.contains(tokens[lower + 1].lower), !lexicon.givenNames.contains(tokens[lower + 1].text),
               Self.isProse(tokens) { break }
            // "in What We Do in the Shadows", "stars in Only Murders in the Building": after a lower-case word, a capitalised
            // common word of a run that goes on past a lower-case one is a title's first word.
            // (Not "Marvel's Head of Television": an office of a company.)
            if lower > 0, tokens[lower - 1].isWord, !tokens[lower - 1].isCapitalized, lower + 1 < upper, !Self.officeTitles.contains(tokens[lower].lower),
               tokens[(lower + 1)..<upper].contains(where: { $0.isWord && !$0.isCapitalized && !$0.lower.is("of") }) { break }
            // "the One Piece manga", "like Three Body Problem": a capitalised number inside a sentence opens a title.
            if lower > 0, lower + 1 < upper, Self.titleNumbers.contains(tokens[lower].lower), tokens[lower - 1].isWord, !lexicon.commonWords.contains(tokens[lower + 1].lower) { break }
            lower += 1
        }
        // "Marvel Head of Television Jeph Loeb": a job title's department, then the person's name.
        if lower >= run.lowerBound + 2, tokens[lower - 1].lower.is("of"), upper - lower >= 3, lexicon.englishWords.contains(tokens[lower].lower),
           !lexicon.givenNames.contains(tokens[lower].text), lexicon.givenNames.contains(tokens[lower + 1].text) { lower += 1 }
        // "Lumon CEO Jame Eagan", "Marvel Studios President Kevin Feige": a company and a title before a person's name.
        if let title = (lower + 1..<max(lower + 1, upper - 2)).first(where: { Self.officeTitles.contains(tokens[$0].lower) && tokens[$0].isCapitalized }),
           lexicon.givenNames.contains(tokens[title + 1].text) { lower = title + 1 }
        // "Update: A …" leaves no name behind its colon.
        while lower < upper, tokens[lower].text.is(":") || tokens[lower].lower.is("a") && lower + 1 < upper && tokens[lower + 1].text.is(":") { lower += 1 }
        if lower < upper, lower > 0, tokens[lower].lower.is("a"), tokens[lower - 1].text.is(":") { lower += 1 }
        // "Prince Daemon Targaryen" → "Daemon Targaryen"; "Lt." alone is no name.
        // …but "Captain Marvel", "Captain America" and "Doctor Who" keep their first word: the rest alone is something else.
        // "Prince Philip", "Queen Elizabeth": a royal title before a lone given name is how the name is said.
        // ("A Knight of the Seven Kingdoms", "Queen of the South": a title before "of" is the name's own first word.)
        // ("Gen V" keeps its "Gen": no one is called by one letter.)
        // ("Captain America: The First Avenger": a subtitle after the second word says the two are a title.)
        // ("Queen & Slim": nor one before a sign.)
        while lower < upper - 1, lexicon.isHonorific(tokens[lower].lower) || isRoleBeforeName(tokens, lower, upper), tokens[lower + 1].isWord, !tokens[lower + 1].lower.is("of"),
              !(lower + 2 < upper && tokens[lower + 2].text.is(":")),
              // ("Doctor Strange in the Multiverse of Madness": nor one a title's lower-case word goes on from.)
              !(lower + 2 < upper && tokens[lower + 2].isWord && !tokens[lower + 2].isCapitalized && !tokens[lower + 2].lower.is("of")),
              !(upper - lower == 2 && tokens[lower + 1].text.utf8.count <= 2),
              !(upper - lower == 2 && (lexicon.gazetteer[tokens[lower + 1].lower] != nil || lexicon.commonWords.contains(tokens[lower + 1].lower))),
              // ("Miss Minutes", "Madame Web", "Mister Fantastic": a social title before a plain English word is the name's own.)
              !(upper - lower == 2 && Self.socialTitles.contains(tokens[lower].lower) && lexicon.englishWords.contains(tokens[lower + 1].lower)
                && !lexicon.givenNames.contains(tokens[lower + 1].text)),
              // ("Queen Elizabeth II", "King Charles III": and a regnal number.)
              !((upper - lower == 2 || upper - lower == 3 && Self.isRomanNumeral(tokens[lower + 2].text)) && Self.royalTitles.contains(tokens[lower].lower)
                && lexicon.commonGivenNames.contains(tokens[lower + 1].text)) { lower += 1 }
        if upper - lower == 1, lexicon.isHonorific(tokens[lower].lower) { return }
        while upper > lower, Self.qualifiers.contains(tokens[upper - 1].lower) && !(Self.nounQualifiers.contains(tokens[upper - 1].lower) && upper - lower > 1)
                && !(tokens[upper - 1].lower.is("series") && upper - lower >= 4 && tokens[upper - 3].lower.is("the") && tokens[upper - 4].text.is(":")) || tokens[upper - 1].text.is(":") || tokens[upper - 1].lower.is("of") || tokens[upper - 1].lower.is("the") { upper -= 1 }
        guard lower < upper else { return }
        // "Sigourney Weaver Spotted in …", "Krysten Ritter Cast as …": a headline's verb after a person's name.
        if upper - lower >= 3, lexicon.givenNames.contains(tokens[lower].text), tokens[upper - 1].lower.hasSuffix("ed") || tokens[upper - 1].lower.is("cast"),
           lexicon.englishWords.contains(tokens[upper - 1].lower) { upper -= 1 }
        if upper - lower == 1 {
            let t = tokens[lower]
            // "(Metascore: 73)", "Runtime: 60": a label before its value is no name.
            if upper + 1 < tokens.count, tokens[upper].text.is(":"), tokens[upper + 1].kind == .number { return }
            if Self.months.contains(t.lower) && !isTitleContext(tokens, lower) || t.text.characterCount < 2 || Self.isContraction(t.lower)
                || lexicon.commonWords.contains(t.lower) && !t.text.hasPrefix("@") || lexicon.demonyms.contains(t.lower) { return }
            if t.text.characterCount > 4 && t.text.isUppercased && !t.text.contains(".") && t.isCapitalized && !EntityResolver.containsNumber(t.text[...]) { return }  // EXCLUSIVE, UPDATE (not "9-1-1", "M3GAN")
            if lexicon.personCues.contains(t.lower) || lexicon.crewRoleWords[t.lower] != nil { return }  // "Producer", "Showrunners"
            // "Filming for season 2 wraps in August", "Production began": the making of a show opens the sentence.
            if lower == 0, FactRules.filmingWords.contains(t.lower) || t.lower.is("casting") { return }
        }
        if tokens[lower].lower.is("the") && upper - lower == 1 { return }
        // "The Korean webtoon" opens a sentence.
        if upper - lower == 2, tokens[lower].lower.is("the"), lexicon.demonyms.contains(tokens[lower + 1].lower) { return }
        // "Outstanding Supporting Actor", "Best Drama Series": an award's category.
        let opener = tokens[lower].lower
        if opener == "outstanding" || opener == "best", tokens[(lower + 1)..<upper].contains(where: { Self.awardCategoryWords.contains($0.lower) }) { return }
        if opener == "courtesy" {
            // "Courtesy of Photofest": the credit's source is named after it.
            guard lower + 2 < upper, tokens[lower + 1].lower.is("of") else { return }
            lower += 2
        }
        // "a High Republic-related series", "a Gotham-set drama": a name made an adjective is no name.
        // ("an English-language series", "a Mandalorian-era story": any ordinary word written in lower case after the hyphen.)
        // (A subtitle's last word is the title's: "Spider-Man: Beyond the Spider-Verse".)
        if let ending = tokens[upper - 1].lower.afterLastHyphen(), !tokens[lower..<upper].contains(where: { $0.text.is(":") }),
           Self.adjectiveEndings.contains(String(ending)) || !Self.compounds.contains(String(ending)) && ending.count >= 3
            && tokens[upper - 1].text.afterLastHyphen()?.first?.isLowercase == true && lexicon.englishWords.contains(String(ending)) { return }
        // (Typed only when the run is the whole title: not "Origins" after "NCIS:", nor "Wolves" after "Raised by".)
        let typed = describedAsWork && upper == run.upperBound && (lower == 0 || tokens[lower - 1].kind == .punctuation && !tokens[lower - 1].text.is(":")
            || tokens[lower - 1].isWord && !(lower >= 2 && !tokens[lower - 1].isCapitalized && tokens[lower - 2].isWord && tokens[lower - 2].isCapitalized))
        found.append(make(tokens, lower..<upper, sentence: sentence, type: typed ? .work : nil))
    }

    /// "Wednesday season 2", "Netflix's Wednesday", "the second season of Wednesday": a weekday's or
    /// a month's name where only a title can stand.
    func isTitleContext(_ tokens: [Token], _ i: Int) -> Bool {
        let next = i + 1 < tokens.count ? tokens[i + 1].lower : ""
        // (But "the Summer season" is a time of the year.)
        if next == "season" || next == "seasons" { return !Self.yearSeasons.contains(tokens[i].lower) }
        guard i >= 2 else { return false }
        if tokens[i - 1].lower.is("'s") { return lexicon.platforms.contains(Lexicon.key(tokens[i - 2].text)) }
        return tokens[i - 1].lower.is("of") && (tokens[i - 2].lower.is("season") || tokens[i - 2].lower.is("cast") || tokens[i - 2].lower.is("episode"))
    }

    static let partNumbers: WordSet = ["One", "Two", "Three", "Four"]
    static let yearSeasons: WordSet = ["summer", "winter", "spring", "autumn", "fall"]

    static let awardCategoryWords: Set<String> = ["actor", "actress", "drama", "comedy", "series", "picture", "film", "director", "performance",
                                                 "supporting", "lead", "limited", "miniseries", "ensemble", "screenplay", "writing", "directing"]

    /// "Showrunner Marco Ramirez", "Series creator Cheo Hodari Coker": a role noun before a person's name
    /// (but "Star Trek" keeps its first word: "Trek" is no one's name).
    func isRoleBeforeName(_ tokens: [Token], _ i: Int, _ upper: Int) -> Bool {
        guard i + 1 < upper else { return false }
        let word = tokens[i].lower, next = tokens[i + 1]
        if word == "series" || word == "executive" { return lexicon.personCues.contains(next.lower) || next.lower == "producer" }
        // "Co-showrunner Graham Wagner", "Co-creator Ada Quill".
        guard lexicon.personCues.contains(word) || Self.isCoRole(word) && lexicon.personCues.contains(String(word.dropFirst(3))) else { return false }
        return lexicon.givenNames.contains(next.text) || !lexicon.englishWords.contains(next.lower)
    }

    /// "co-showrunner", tested on its bytes (asked of every capitalised word before a name).
    static func isCoRole(_ word: String) -> Bool {
        guard word.utf8.first == UInt8(ascii: "c") else { return false }
        return word.utf8.dropFirst().starts(with: "o-".utf8)
    }

    /// "plays his mother, May Bennett", "Will Byers": a common word that is also a given name opens
    /// the name when a surname follows (not "in May Netflix …", nor "Will Sarah return?" opening a sentence).
    func isGivenNameBeforeSurname(_ tokens: [Token], _ i: Int, _ upper: Int) -> Bool {
        guard i + 1 < upper, lexicon.givenNames.contains(tokens[i].text) else { return false }
        let next = tokens[i + 1]
        return next.isWord && next.isCapitalized && !lexicon.commonWords.contains(next.lower) && !(i == 0 && lexicon.givenNames.contains(next.text))
            && lexicon.gazetteer[next.lower] == nil && !Self.months.contains(next.lower)
    }

    /// "Expect Evan Buckley to …", "Blame Mara Quill": a sentence's first word, an English word, before a given name
    /// and a surname is a verb, no part of the name (but "Killing Eve", "Chasing Amy" and "Saving Private Ryan" are titles).
    func isVerbBeforeFullName(_ tokens: [Token]) -> Bool {
        // (The surname, or the quote that opens a nickname: "Expect Evan "Buck" Buckley".)
        tokens.count >= 3 && tokens[1].isWord && (tokens[2].isWord && tokens[2].isCapitalized || tokens[2].text.is("\"") || tokens[2].isPunctuation("\u{201C}"))
            && lexicon.givenNames.contains(tokens[1].text) && !lexicon.givenNames.contains(tokens[0].text) && !tokens[0].lower.hasSuffix("ing")
            && lexicon.englishWords.contains(tokens[0].lower)
    }

    func isOrdinaryWord(_ t: Token, first: Bool) -> Bool {
        if Self.isContraction(t.lower) { return true }  // "Don't Miss", "It's"

        // ("Your Friendly Neighborhood Spider-Man", "My Lady Jane": a capitalised possessive inside a sentence opens a title.)
        if lexicon.commonWords.contains(t.lower) { return first || !t.lower.is("the") && !Self.titleDeterminers.contains(t.lower) }
        // "EXCLUSIVE", "UPDATE" are shouted words; "OBI-WAN KENOBI" is a shouted title.
        if t.text.characterCount > 3 && t.text.isUppercased && !t.text.contains("."), lexicon.englishWords.contains(t.lower) || lexicon.commonWords.contains(t.lower) { return true }
        return false
    }

    func make(_ tokens: [Token], _ range: Range<Int>, sentence: Int, quoted: Bool = false, type: EntityType? = nil) -> Mention {
        var text = Self.join(tokens[range])
        // "the Robert Pattinson-starrer", "the Lana Wachowski-directed film": the name is the person's.
        var compound: String? = nil
        var range = range
        if !quoted, range.count >= 2, let ending = text.afterLastHyphen(), Self.compounds.contains(ending.lowercased()) {
            compound = ending.lowercased()
            text = String(text[..<text.index(before: ending.startIndex)])
            if tokens[range.lowerBound].lower.is("the") { range = range.dropFirst(); text = String(text.dropFirst(4)) }
        }
        // "Michael Cooper Jr. and Lovie Simone": the period of "Jr." is the name's, not a break in the list.
        if range.upperBound < tokens.count, tokens[range.upperBound].isASCII(UInt8(ascii: ".")), !tokens[range.upperBound].spaceBefore,
           tokens[range.upperBound - 1].lower.is("jr") || tokens[range.upperBound - 1].lower.is("sr") {
            range = range.lowerBound..<(range.upperBound + 1)
            text += "."
        }
        var m = Mention(sentence: sentence, tokens: range, text: text, key: Lexicon.key(text), quoted: quoted, lexiconType: type)
        m.compound = compound
        return m
    }

    /// Common words inside festivals' names.
    static let festivalWords: WordSet = ["film", "international", "music", "arts", "television", "tv"]
    static let companyWords: WordSet = ["studios", "studio", "entertainment", "television", "pictures", "films", "network", "networks", "company", "co", "productions", "media", "wire", "animation", "games", "group", "channel", "publishing", "news"]
    static let adjectiveEndings: WordSet = ["related", "based", "set", "themed", "inspired", "centric", "focused", "centered", "style", "esque", "like", "adjacent", "verse"]
    /// Compounds that tie a person to a work: "-led" and "-starrer" for the lead actor, the others for crew.
    static let compounds: WordSet = ["led", "starrer", "fronted", "headlined", "starring", "directed", "helmed", "produced", "penned", "written", "created"]

    /// "I'm", "It's", "Don't": not names ("M'Benga" and "O'Brien" are).
    static func isContraction(_ lower: String) -> Bool {
        lower.utf8.contains(UInt8(ascii: "'")) && (["'m", "'re", "'ve", "'ll", "'d", "n't", "'s"].contains { lower.hasSuffix($0) } || lower.hasPrefix("i'"))
    }

    /// Title case ("Marvel Finds Its Jessica Jones In Krysten Ritter") hides which words are names.
    static func isTitleCase(_ sentence: Sentence) -> Bool {
        let words = sentence.tokens.filter { $0.isWord && $0.text.characterCount >= 4 }
        return !words.isEmpty && words.filter(\.isCapitalized).count * 10 >= words.count * 6
    }

    static func join(_ tokens: ArraySlice<Token>) -> String {
        var s = ""
        for t in tokens {
            if !s.isEmpty && t.spaceBefore { s += " " }
            s += t.text
        }
        return s
    }

    func gazetteerMatch(_ tokens: [Token], at i: Int, sentence: Int) -> Mention? {
        // Fields read in place: copying the Token retains and releases its Strings, for every token.
        guard tokens[i].isWord, tokens[i].startsName || tokens[i].lower.is("the"), let entries = lexicon.gazetteer[tokens[i].lower] else { return nil }
        for entry in entries where i + entry.tokens.count <= tokens.count {
            var ok = true
            for (k, word) in entry.tokens.enumerated() where !tokens[i + k].lower.is(word) { ok = false; break }
            // Names are capitalised: "the cw" in running text is not "The CW" unless its last word is.
            // ("BBC iPlayer": a capital inside the last word will do.)
            let last = i + entry.tokens.count - 1
            if ok, tokens[last].startsName || tokens[last].kind != .word || entry.tokens.count > 1 && tokens[last].text.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) {
                var end = i + entry.tokens.count
                // A one-word known name, then a capitalised word that is no known name, month or day:
                if entry.tokens.count == 1, end < tokens.count, tokens[end].isWord, tokens[end].startsName,
                   lexicon.gazetteer[tokens[end].lower] == nil, !Self.months.contains(tokens[end].lower) {
                    // "Jordan Peele", "Georgia King", "Dallas Liu": a place that is also a given name, before a surname, is a person's
                    // (not "Georgia Wednesday night"); so is a platform's before a surname that is no English word ("Max Huang",
                    // not "Max Originals").
                    if lexicon.givenNames.contains(tokens[i].text),
                       entry.type == .place || entry.type == .organization && !lexicon.englishWords.contains(tokens[end].lower) { continue }
                    // "Chicago Fire", "Chicago P.D.", "Boston Legal": a city's name and one more word name something of their
                    // own (a title, most often), unless the word is common, an event's or a company's.
                    if entry.type == .place, tokens[end].spaceBefore, !lexicon.commonWords.contains(tokens[end].lower),
                       !lexicon.eventEndings.contains(tokens[end].lower), !Self.companyWords.contains(tokens[end].lower),
                       end + 1 == tokens.count || !tokens[end + 1].isCapitalized || !tokens[end + 1].isWord { return nil }
                }
                // "Star Trek: Strange New Worlds" is a title, not the franchise.
                if entry.type == .franchise, end + 1 < tokens.count, tokens[end].text.is(":"), tokens[end + 1].startsName { return nil }
                // "San Diego Comic-Con 2017": an event keeps its year.
                if entry.type == .event, end < tokens.count, tokens[end].kind == .number, tokens[end].text.characterCount == 4 { end += 1 }
                // "CBS Studios", "Syfy Wire", "The Walt Disney Company": a known name with a company word is the company.
                if entry.type == .organization {
                    // ("Amazon MGM Studios": and one more name before it.)
                    if end + 1 < tokens.count, tokens[end].isWord, tokens[end].isCapitalized, tokens[end + 1].isCapitalized, Self.companyWords.contains(tokens[end + 1].lower),
                       !lexicon.commonWords.contains(tokens[end].lower) { end += 1 }
                    while end < tokens.count, tokens[end].isCapitalized, Self.companyWords.contains(tokens[end].lower) { end += 1 }
                    if end < tokens.count, tokens[end].text.is("."), tokens[end - 1].lower.is("co") { end += 1 }
                }
                // "Disney Investor Day", "Star Trek Day", "Star Wars Celebration": a known name opens an event's.
                // ("Venice Film Festival", "Toronto International Film Festival": a festival's own common words.)
                if entry.type != .event, let last = (end..<min(tokens.count, end + 3)).first(where: { !tokens[$0].isCapitalized || lexicon.eventEndings.contains(tokens[$0].lower) }),
                   last < tokens.count, tokens[last].isCapitalized, last < end + 2 || Self.festivalWords.contains(tokens[end].lower),
                   (end..<last).allSatisfy({ !lexicon.commonWords.contains(tokens[$0].lower) || Self.festivalWords.contains(tokens[$0].lower) }) {
                    return make(tokens, i..<(last + 1), sentence: sentence, type: .event)
                }
                return make(tokens, i..<end, sentence: sentence, type: entry.type)
            }
        }
        return nil
    }

    /// "Marvel.com", "ComicBook.com": a site named by its domain is an outlet, an organisation.
    /// (Inlined: it runs for every token, and its first test fails for almost all.)
    @inline(__always) func domainName(_ tokens: [Token], at i: Int, sentence: Int) -> Mention? {
        // The next token is tested first: it is rarely a period stuck to a word.
        guard i + 2 < tokens.count, tokens[i + 1].kind == .punctuation, !tokens[i + 1].spaceBefore, tokens[i + 1].isASCII(UInt8(ascii: ".")),
              tokens[i].isWord, tokens[i].startsName, tokens[i + 2].isWord, !tokens[i + 2].spaceBefore, Self.topLevelDomains.contains(tokens[i + 2].lower),
              i + 3 == tokens.count || tokens[i + 3].spaceBefore || tokens[i + 3].kind == .punctuation && !tokens[i + 3].isASCII(UInt8(ascii: "/")) else { return nil }
        return make(tokens, i..<(i + 3), sentence: sentence, type: .organization)
    }

    static let topLevelDomains: WordSet = ["com", "net", "org", "tv", "io", "co"]

    /// Luke "Power Man" Cage, Cornell “Cottonmouth” Stokes: a civil name with a quoted nickname inside.
    func nicknamedName(_ tokens: [Token], at i: Int, sentence: Int) -> Mention? {
        // The next token is tested first: it is rarely a quote, and this runs for every token.
        guard i + 2 < tokens.count, tokens[i + 1].kind == .punctuation, tokens[i].isWord, tokens[i].startsName,
              Self.openingQuotes.contains(tokens[i + 1].text), tokens[i + 1].spaceBefore, !lexicon.commonWords.contains(tokens[i].lower) else { return nil }
        var k = i + 2
        while k < tokens.count, k - i <= 5, tokens[k].isWord, tokens[k].startsName { k += 1 }
        guard k > i + 2, k + 1 < tokens.count, Self.closingQuotes.contains(tokens[k].text),
              tokens[k + 1].isWord, tokens[k + 1].startsName, tokens[k + 1].spaceBefore,
              // A civil name around the quotes, not a headline's words: "The CW Cancels 'The Winchesters' After One Season".
              !lexicon.commonWords.contains(tokens[k + 1].lower), lexicon.givenNames.contains(tokens[i].text) || !lexicon.englishWords.contains(tokens[i].lower) else { return nil }
        var end = k + 2
        while end < tokens.count, tokens[end].isWord, tokens[end].startsName, !Self.qualifiers.contains(tokens[end].lower) { end += 1 }
        let civil = Self.join(tokens[i..<(i + 1)]) + " " + Self.join(tokens[(k + 1)..<end])
        var m = Mention(sentence: sentence, tokens: i..<end, text: civil, key: Lexicon.key(civil), quoted: false, lexiconType: nil)
        m.nickname = Self.join(tokens[(i + 2)..<k])
        return m
    }

    /// ‘Daredevil’, “The Walking Dead”: a quoted run of title words is a work's title.
    func quotedTitle(_ tokens: [Token], at i: Int, sentence: Int) -> Mention? {
        // Quotes are punctuation tokens: the kind is tested first, as this runs for every token.
        guard tokens[i].kind == .punctuation, Self.openingQuotes.contains(tokens[i].text), i + 1 < tokens.count, tokens[i + 1].startsName else { return nil }
        var j = i + 1
        while j < tokens.count, j - i <= 10 {
            if tokens[j].kind == .punctuation && Self.closingQuotes.contains(tokens[j].text) && j > i + 1 {
                // American punctuation puts the sentence's period inside the quotes.
                let inner = (i + 1)..<(tokens[j - 1].text.is(".") || tokens[j - 1].text.is(",") ? j - 1 : j)
                // A quotation is a sentence, not a title: titles are short and mostly capitalised.
                let words = tokens[inner].filter(\.isWord)
                let capitalised = words.filter { $0.startsName }.count
                guard capitalised * 2 >= words.count + 1 || words.count <= 2 && capitalised >= 1 else { return nil }
                guard !tokens[inner].contains(where: { $0.text == "," || $0.text == "." || $0.text == "!" || $0.text == "?" }) else { return nil }
                return make(tokens, inner, sentence: sentence, quoted: true)
            }
            j += 1
        }
        return nil
    }
}

extension Token {
    /// Capitalised, or a handle ("@Kulturpat"). A property rather than a function taking a Token,
    /// so that `tokens[i].startsName` reads the token in place instead of copying it (and its Strings).
    var startsName: Bool { isCapitalized || firstByte == UInt8(ascii: "@") }
}
