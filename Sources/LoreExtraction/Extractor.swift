import LoreReading
import LoreLanguage

/// The whole pipeline for one article: layout → sentences and times → names and types → facts.
public struct Extractor: Sendable {
    public static let name = "lore-rules"
    public static let version = "0.1"

    let recognizer = TimeExpressionRecognizer()

    public init() {}

    public func extract(_ article: Article) -> Extraction {
        extract(PlainTextLayout.standard.layout(article))
    }

    /// Nouns a title can qualify: "the Game of Thrones spinoff", "Breaking Bad alum" ("star" is too often
    /// the verb: "Blackout stars Jacob Corrigan").
    static let qualifiedByTitle: WordSet = ["spinoff", "spin-off", "spinoffs", "prequel", "sequel", "veteran", "veterans", "alum", "alums", "alumni"]

    /// "Scream 7" in the headline, "Scream" all through the text: the original is what the sequel, the
    /// spinoff or the new season is measured against, and the article is about the title the headline
    /// gives ("Avatar: Fire and Ash", "NCIS: Tony & Ziva"). Such a title takes the shorter one's weight.
    static func weighSequels(_ weight: inout [Int], entities: [ArticleEntity], inHeadline: Set<Int>) {
        guard !inHeadline.isEmpty else { return }
        let works = entities.indices.filter { entities[$0].type == .work }
        let keys = Dictionary(uniqueKeysWithValues: works.map { ($0, Lexicon.key(entities[$0].name)) })
        let headlined = works.filter { inHeadline.contains($0) }
        for short in works {
            let prefix = keys[short]!
            // The longer title goes on after a space or a colon ("Scream 7", "NCIS: Tony & Ziva", not "Screamers").
            let longer = headlined.filter { long in
                long != short && keys[long]!.hasPrefix(prefix) && [" ", ":"].contains(keys[long]!.dropFirst(prefix.count).first)
            }
            // (Not when the headline names two: "CBS Cancels FBI: Most Wanted and FBI: International".)
            if longer.count == 1 { weight[longer[0]] += weight[short] }
        }
    }

    /// "sources tell The Inside Track": the outlet that publishes the article is a company, whatever its name looks like.
    static func typeOutlet(_ entities: inout [ArticleEntity], keys: [String]) {
        guard !keys.isEmpty else { return }
        // (A name shorter than every key cannot be one: most are, and are not lowered and filtered.)
        let shortest = keys.map(\.utf8.count).min()!
        for e in entities.indices where (entities[e].type == .work || entities[e].type == .character) && entities[e].name.utf8.count >= shortest {
            let key = Article.compactKey(entities[e].name)
            if keys.contains(key) { entities[e].type = .organization }
        }
    }

    public func extract(_ document: Document) -> Extraction {
        let text = AnnotatedText(document, recognizer: recognizer)
        let sentences = text.sentences
        var finder = MentionFinder()
        finder.speakerLabels = MentionFinder.speakerLabels(in: sentences)
        finder.joinedTitles = MentionFinder.joinedTitles(in: sentences)
        finder.quotedTitles = finder.quotedTitles(in: sentences)

        // Names: the body first, so that title-case headlines can be read against it.
        var mentions: [Mention] = []
        let titleCase = sentences.map { $0.block == .headline && MentionFinder.isTitleCase($0) }
        for (i, s) in sentences.enumerated() where !titleCase[i] {
            finder.mentions(in: s, index: i, into: &mentions)
        }
        finder.restoreOpeningWords(&mentions, sentences: sentences)
        // The body's names, gathered only when a headline needs them.
        if titleCase.contains(true) {
            let known = Set(mentions.map(\.key))
            for (i, s) in sentences.enumerated() where titleCase[i] {
                finder.mentions(in: s, index: i, knownKeys: known, into: &mentions)
            }
        }
        mentions += embedAuthors(document, named: mentions)
        var entities = EntityResolver().resolve(&mentions, sentences: sentences)
        Self.typeOutlet(&entities, keys: document.article.outletKeys)

        let bySentence = MentionsBySentence(mentions, sentences: sentences.count)
        let times = text.timesBySentence()
        let resolved = mentions
        var views = sentences.indices.map { s in
            SentenceView(sentence: sentences[s], mentions: bySentence[s].lazy.map { resolved[$0] }, entities: entities, times: times[s])
        }

        // What the article is about: the headline counts three times.
        var weight = [Int](repeating: 0, count: entities.count)
        var inHeadline = Set<Int>()
        for i in mentions.indices where mentions[i].entity >= 0 {  // by index: no copy of each mention
            // "the Game of Thrones spinoff A Knight of the Seven Kingdoms", "Star Trek: The Next Generation veterans":
            // a title that only qualifies another noun is not what the article is about.
            if mentions[i].sentence >= 0, mentions[i].tokens.upperBound < sentences[mentions[i].sentence].tokens.count,
               Self.qualifiedByTitle.contains(sentences[mentions[i].sentence].tokens[mentions[i].tokens.upperBound].lower) { continue }
            let headline = mentions[i].sentence >= 0 && sentences[mentions[i].sentence].block == .headline
            weight[mentions[i].entity] += headline ? 3 : 1
            if headline { inHeadline.insert(mentions[i].entity) }
        }
        Self.weighSequels(&weight, entities: entities, inHeadline: inHeadline)
        // A work's weight counts the franchise of its name too: "the Daredevil franchise" is about Daredevil.
        var franchiseWeight: [String: Int] = [:]
        for e in entities.indices where entities[e].type == .franchise { franchiseWeight[Lexicon.key(entities[e].name), default: 0] += weight[e] }
        if !franchiseWeight.isEmpty {
            for e in entities.indices where entities[e].type == .work { weight[e] += franchiseWeight[Lexicon.key(entities[e].name)] ?? 0 }
        }
        let mainWork = entities.indices.filter { entities[$0].type == .work }.max { weight[$0] < weight[$1] }
        let platforms = entities.indices.filter { entities[$0].type == .organization && Lexicon.shared.platforms.contains(Lexicon.key(entities[$0].name)) }
        let mainPlatform = platforms.max { weight[$0] < weight[$1] }
        var rules = FactRules(mainWork: mainWork, mainPlatform: mainPlatform)
        rules.published = document.article.published
        rules.entityNames = entities.map(\.name)
        rules.platformEntities = platforms
        rules.setPhotoArticle = views.contains { v in v.has(.setWord) && (v.find(["set", "photos"]) ?? v.find(["set", "photo"]) ?? v.find(["set", "pictures"]) ?? v.find(["set", "images"])) != nil }

        // A hero name tied to a civil name is an alias of the civil name: "Danny Rand aka Iron Fist".
        for c in views.flatMap({ rules.alias($0) + parentheticalAliases($0) }) {
            // A later name found as an entity ("now Darth Vader") names it by its own entity, even one typed as a person.
            if let other = c.o ?? entities.firstIndex(where: { $0.name == c.literal && $0.type == .character && $0.mergedInto == nil }),
               other != c.s, entities[other].mergedInto == nil, entities[other].type == .character || entities[other].type == .person {
                entities[other].mergedInto = c.s
                entities[c.s].aliases[entities[other].name, default: 0] += 1
            }
        }
        for (i, e) in entities.enumerated() where e.mergedInto == nil {
            if e.type == .franchise { rules.franchises[Lexicon.key(e.name)] = i }
            if e.type == .work { rules.worksByKey[Lexicon.key(e.name)] = i }
            if e.type == .character { rules.charactersByKey[Lexicon.key(e.name)] = i }
        }
        // "Luke Cage follows the titular hero": the character named like the work, even where the text never names it so.
        for v in views where v.has(.titular) {
            for i in v.positions(.titular) where v.words[(i + 1)..<min(v.words.count, i + 4)].contains(where: { Self.heroNouns.contains($0) }) {
                guard let work = v.names.last(where: { $0.type == .work && $0.end <= i })?.entity ?? mainWork else { continue }
                let key = Lexicon.key(entities[work].name)
                if rules.charactersByKey[key] == nil {
                    entities.append(ArticleEntity(name: entities[work].name, type: .character))
                    rules.charactersByKey[key] = entities.count - 1
                    rules.entityNames.append(entities[work].name)
                }
            }
        }
        link(&views, entities: entities)

        // Luke "Power Man" Cage: the nickname is an alias of the civil name.
        var nicknames: [Int: [Candidate]] = [:]
        for i in mentions.indices where mentions[i].nickname != nil && mentions[i].entity >= 0 && mentions[i].sentence >= 0 {
            let m = mentions[i]
            if let nickname = m.nickname { nicknames[m.sentence, default: []].append(Candidate(s: m.entity, p: .alias, literal: nickname, trigger: m.tokens.lowerBound)) }
        }

        var facts: [ExtractedFact] = []
        var seen: [FactKey: Int] = [:]  // each fact's index in `facts`
        var fromHeadline = Set<Int>()  // the facts only a headline has stated so far
        var unlessCast = Set<Int>()  // the facts only a bare maker's possessive has stated so far
        let officialOutlet = document.article.outlet.map(OfficialStatement.isStudioOrPlatform) ?? false
        let cutOff = Self.cutOffSentence(views, text: document.article.text)
        let sections = Self.sectionWorks(views, blocks: document.blocks)
        for (i, v) in views.enumerated() {
            // "2. She-Hulk: Attorney at Law", "What about The Continental?": under a heading about one work,
            // "the series" and every fact that names no work are that work's, until the next heading.
            if let section = sections[i] { rules.mainWork = section ?? mainWork }
            guard !v.sentence.isQuestion, i != cutOff else { continue }
            // Appended only when there are some: `+ []` made a new buffer for every sentence.
            var candidates = rules.facts(in: v)
            if let named = nicknames[i] { candidates += named }
            let official = !candidates.isEmpty && (officialOutlet || OfficialStatement.stated(in: v))
            for c in candidates {
                guard var fact = finish(c, v, entities: entities, text: document.article.text) else { continue }
                fact.official = official && fact.modality == .asserted
                let key = FactKey(s: fact.s, sType: fact.sType, p: fact.p, o: fact.o, kind: fact.q?["kind"] ?? "", role: fact.q?["role"] ?? "")
                if let kept = seen[key] {
                    if !c.unlessCast { unlessCast.remove(kept) }
                    // A headline sums up what the text then says with its sources: "Marvel Finds Its Jessica Jones In
                    // Krysten Ritter", then "Deadline is saying that Ritter has been cast as Jessica Jones in W".
                    if fromHeadline.contains(kept), v.sentence.block != .headline {
                        fromHeadline.remove(kept)
                        // What the headline alone qualified the fact with stays ("Daredevil Season 2").
                        let headline = facts[kept].q ?? [:]
                        facts[kept] = fact
                        if !headline.isEmpty { facts[kept].q = (fact.q ?? [:]).merging(headline) { body, _ in body } }
                    } else if fact.p == .plays, facts[kept].q?["work"] == nil, let work = fact.q?["work"] {
                        facts[kept].q = ["work": work]
                    } else if fact.p == .release, let more = fact.q {
                        // "All episodes drop on November 22" … "Season 4 premieres on Peacock on Nov. 22": one
                        // release, with what each statement adds.
                        let known = facts[kept].q ?? [:]
                        let merged = known.merging(more.filter { Self.releaseDetails.contains($0.key) }) { first, _ in first }
                        if merged != known { facts[kept].q = merged }
                    }
                } else {
                    seen[key] = facts.count
                    if v.sentence.block == .headline { fromHeadline.insert(facts.count) }
                    if c.unlessCast { unlessCast.insert(facts.count) }
                    facts.append(fact)
                }
            }
        }
        if !unlessCast.isEmpty {
            let cast = Set(facts.lazy.filter { $0.p == .plays || $0.p == .appearsIn }.map(\.s))
            facts = facts.indices.filter { !unlessCast.contains($0) || !cast.contains(facts[$0].o) }.map { facts[$0] }
        }
        facts = Self.keepMostPreciseRelease(facts)
        return Extraction(id: document.article.id, entities: Self.output(entities, facts: facts), facts: facts)
    }

    /// What a later statement of the same release date may add to it.
    static let releaseDetails: Set<String> = ["season", "platform"]

    /// What makes two facts the same fact (a struct: interpolating enums into a String key is slow).
    struct FactKey: Hashable {
        var s: String, sType: EntityType, p: FactPredicate, o: String, kind: String, role: String

        /// Hashed by the predicate and its two names' `WordTable.hash`: SipHash over four Strings cost
        /// more than the rest of the look-up (equality still compares every field).
        func hash(into hasher: inout Hasher) {
            hasher.combine(p)
            hasher.combine(WordTable<Bool>.hash(s))
            hasher.combine(WordTable<Bool>.hash(o))
        }
    }

    /// "the titular hero", "the eponymous crime-fighting superhero" (but not "the titular detective agency").
    static let heroNouns: WordSet = ["hero", "heroine", "superhero", "super-hero", "character", "protagonist", "vigilante", "antihero", "anti-hero", "role", "villain"]

    /// Points the names at the entities they were merged into, and gives each sentence the
    /// person, character and work named before it ("he", "she", "that series").
    func link(_ views: inout [SentenceView], entities: [ArticleEntity]) {
        var lastPerson: Int? = nil, lastCharacter: Int? = nil, lastWork: Int? = nil
        var recentPeople: [Int] = [], recentCharacters: [Int] = []
        // Each entity once, the one named last at the end.
        func named(_ entity: Int, in recent: inout [Int]) {
            recent.removeAll { $0 == entity }
            recent.append(entity)
        }
        for i in views.indices {
            for k in views[i].names.indices {
                let e = entities.root(views[i].names[k].entity)
                views[i].names[k].entity = e
                views[i].names[k].type = entities[e].type
            }
            views[i].previousPerson = lastPerson
            views[i].previousCharacter = lastCharacter
            views[i].previousWork = lastWork
            views[i].recentPeople = recentPeople
            views[i].recentCharacters = recentCharacters
            // Names read in place by index: a copy of each would retain and release its mention's Strings.
            let names = views[i].names
            for k in names.indices {
                switch names[k].type {
                case .character: named(names[k].entity, in: &recentCharacters)
                case .person: named(names[k].entity, in: &recentPeople)
                default: break
                }
            }
            if let w = views[i].names.last(where: { $0.type == .work }) { lastWork = w.entity }
            // "He" most often continues the previous sentence's subject: its first person.
            if let p = views[i].names.first(where: { $0.type == .person }) { lastPerson = p.entity }
            if let c = views[i].names.first(where: { $0.type == .character }) { lastCharacter = c.entity }
        }
    }

    /// Every name with a type, merged hero names folded into their civil names; places only
    /// where they are filming locations.
    static func output(_ entities: [ArticleEntity], facts: [ExtractedFact]) -> [ExtractedEntity] {
        var out: [ExtractedEntity] = []
        // Keyed by a pair rather than a joined String: no String built per entity.
        struct Emitted: Hashable {
            var key: String, type: EntityType
            /// By the key's `WordTable.hash`, cheaper than SipHash over the String.
            func hash(into hasher: inout Hasher) {
                hasher.combine(WordTable<Bool>.hash(key))
                hasher.combine(type)
            }
        }
        var emitted = Set<Emitted>(minimumCapacity: entities.count)
        for e in entities where e.mergedInto == nil {
            if e.type == .place && !facts.contains(where: { $0.p == .filming && $0.o == e.name }) { continue }
            guard emitted.insert(Emitted(key: Lexicon.key(e.name), type: e.type)).inserted else { continue }
            out.append(ExtractedEntity(name: e.name, type: e.type, aliases: e.aliases.keys.filter { $0 != e.name }.sorted()))
        }
        return out
    }

    /// The excerpt's cut-off last sentence ("… based on a story by Goldsman, Alex Kurtzman, an"): what it
    /// seems to say is unfinished, so it states nothing. Short trailing lines ("Sign up for") are no prose anyway.
    static func cutOffSentence(_ views: [SentenceView], text: String) -> Int? {
        guard let last = views.indices.last, views[last].words.count >= 8 else { return nil }
        let utf8 = text.utf8
        let end = views[last].sentence.range.upperBound
        guard end <= utf8.count else { return nil }
        // Only whitespace after it: it is the text's very end.
        guard utf8.dropFirst(end).allSatisfy({ $0 == 32 || $0 == 10 || $0 == 13 || $0 == 9 }) else { return nil }
        guard let final = views[last].sentence.tokens.last?.text else { return nil }
        return [".", "!", "?", "\"", "”", "’", ")", "…", "'"].contains(final) ? nil : last
    }

    /// The sections of an article, by the sentence that heads each, and the one work each is about, if any.
    /// A heading is a paragraph of one short sentence that does not end as a statement does ("1. Hawkeye",
    /// "What about The Continental?", "Where we left off"); its section is about the one work it names,
    /// when the section's text names that work again or the heading is numbered.
    static func sectionWorks(_ views: [SentenceView], blocks: [Block]) -> [Int: Int?] {
        var headings: [(sentence: Int, numbered: Bool)] = []
        var s = 0
        for block in blocks where block.kind == .paragraph {
            while s < views.count, views[s].sentence.range.lowerBound < block.range.lowerBound { s += 1 }
            var end = s
            while end < views.count, block.range.contains(views[end].sentence.range.lowerBound) { end += 1 }
            // ("2. Iron Coast" is read as two sentences, the number and the title.)
            let number = views[s].sentence.tokens
            let numbered = end == s + 2 && number.count == 2 && number[0].kind == .number && number[1].isASCII(UInt8(ascii: "."))
            guard end == s + 1 || numbered else { continue }
            let tokens = views[end - 1].sentence.tokens
            if tokens.count <= 10, let last = tokens.last, !last.isASCII(UInt8(ascii: ".")) || numbered { headings.append((end - 1, numbered)) }
        }
        var sections: [Int: Int?] = [:]
        for (k, (h, numbered)) in headings.enumerated() {
            let named = Set(views[h].names.lazy.filter { $0.type == .work }.map(\.entity))
            let next = k + 1 < headings.count ? headings[k + 1].sentence : views.count
            // (A dateline, "Posted Thursday, August 8", heads no section about a work.)
            let work = named.count == 1 && views[h].times.isEmpty ? named.first : nil
            // (A numbered heading is one for sure: "2. She-Hulk: Attorney at Law" needs no second naming.)
            // (`updateValue`: assigning nil through the subscript would drop the heading.)
            var sectionWork = work.flatMap { w in numbered || views[(h + 1)..<next].contains { $0.names.contains { $0.entity == w } } ? w : nil }
            // "A quiet trip to Middle-earth" heads a section whose first sentence opens with its work: "The War of the
            // Rohirrim, the first new … film, is set …", then "Kenji Kamiyama directed from a screenplay by …".
            if named.isEmpty, h + 1 < next, let opening = views[h + 1].names.first, opening.start == 0, opening.type == .work,
               views[h + 1].word(opening.end) == "," {
                sectionWork = opening.entity
            }
            sections.updateValue(sectionWork, forKey: h)
        }
        return sections
    }

    /// "Matt Murdock (Daredevil)": a civil name with the hero name in brackets.
    func parentheticalAliases(_ v: SentenceView) -> [Candidate] {
        var out: [Candidate] = []
        for i in v.positions(of: "(") {  // hashes compared first: no String comparison per word
            if let civil = v.name(endingAt: i), civil.type == .character, civil.mention.text.utf8.contains(UInt8(ascii: " ")),
               let hero = v.name(startingAt: i + 1), hero.type == .character, v.word(hero.end) == ")", hero.entity != civil.entity {
                out.append(Candidate(s: civil.entity, p: .alias, literal: hero.mention.text, trigger: i))
            }
        }
        return out
    }

    /// Authors of embedded posts are people: "— Kültürpat (@Kulturpat) January 27, 2017".
    func embedAuthors(_ document: Document, named: [Mention]) -> [Mention] {
        document.embeds.flatMap { embed -> [Mention] in
            // "— Marvel Studios (@MarvelStudios)", "— Wednesday (@wednesdaynetflix)": an official account is an organisation,
            // named by its handle (the company or the show it speaks for is named in the text as itself).
            if let handle = embed.handle, isOfficialAccount(embed.author, named: named) {
                return [Mention(sentence: -1, tokens: 0..<0, text: handle, key: Lexicon.key(handle), quoted: false, lexiconType: .organization)]
            }
            var out = [Mention(sentence: -1, tokens: 0..<0, text: embed.author, key: Lexicon.key(embed.author), quoted: false, lexiconType: .person)]
            if let handle = embed.handle {
                out.append(Mention(sentence: -1, tokens: 0..<0, text: handle, key: Lexicon.key(embed.author), quoted: false, lexiconType: .person))
            }
            return out
        }
    }

    /// A post's author is an official account when its name is a known company, platform or franchise, ends
    /// like a company's ("Marvel Studios"), or is a name the article says that is not a person's (a show's title).
    func isOfficialAccount(_ author: String, named: [Mention]) -> Bool {
        let lexicon = Lexicon.shared
        let words = Lexicon.phraseTokens(author)
        guard let first = words.first else { return false }
        if let entries = lexicon.gazetteer[first], entries.contains(where: { $0.tokens == words && $0.type != .place && $0.type != .event }) { return true }
        if words.count >= 2, let last = words.last, lexicon.organizationEndings.contains(last) { return true }
        // (A name of one word says little: "Wednesday" is an ordinary word and a show, "Kültürpat" a fan's name.)
        let key = Lexicon.key(author)
        guard named.contains(where: { $0.key == key }) else { return false }
        return words.count == 1 ? lexicon.englishWords.contains(first) : EntityResolver().defaultType(author) == .work
    }

    /// Modality and scope from the sentence, names from the entities.
    func finish(_ c: Candidate, _ v: SentenceView, entities: [ArticleEntity], text: String) -> ExtractedFact? {
        let root = entities.root
        let subject = entities[root(c.s)]
        let object: String
        var objectType: EntityType? = nil
        if c.p == .alias, let o = c.o {
            // The other name is the merged entity's own name, not the one it was merged into.
            object = entities[o].name
        } else if let o = c.o {
            let e = entities[root(o)]
            if root(o) == root(c.s) { return nil }
            object = e.name; objectType = e.type
        } else if let literal = c.literal {
            object = literal
        } else { return nil }
        if c.p == .alias, Lexicon.key(object) == Lexicon.key(subject.name) { return nil }
        // (A return asked about still takes for granted the role played and the work appeared in, not a season.)
        if Self.isAskedOnly(v, trigger: c.trigger, presupposesReturn: c.p == .plays || c.p == .appearsIn && c.q["season"] == nil) { return nil }
        var q = c.q
        if let w = q["work"], let index = Int(w) { q["work"] = entities[root(index)].name }
        let negatedByRule = q.removeValue(forKey: "negated") != nil
        var modality = negatedByRule ? .negated : Modality.read(v, trigger: c.trigger)
        if modality == .asserted, let other = c.alsoGoverned, Modality.read(v, trigger: other) == .hedged { modality = .hedged }
        // "no longer premiering on December 18": a date that does not hold is a replaced one, not a fact.
        if c.p == .release && modality == .negated { return nil }
        let scope: Scope = Lexicon.shared.comicsPhrases.candidates(in: v).contains { cue in
            guard let at = v.find(cue) else { return false }
            // "(… in the comics)": an aside about the comics says nothing of the statement outside it.
            if let aside = v.parenthesis(around: at), !aside.contains(c.trigger) { return false }
            // "The series was created by Dana Hill": a screen work's creator, not a comic's.
            if cue.last == "by", v.isOneOf(at - 1, FactRules.anaphoricWorkNouns) || v.name(endingAt: at)?.type == .work { return false }
            // "Paired with Charlie as Matt Murdock, the two will bring … comic book relationships to life": a cue in
            // another clause speaks of the source, not of this statement (but "In the comics, …" opens the sentence for all).
            if at <= 1 { return true }
            let trigger = min(max(c.trigger, 0), v.words.count)
            let between = at < trigger ? min(at + cue.count, trigger)..<trigger : trigger..<at
            return !v.words[between].contains { [",", ";", "—", "–", ":"].contains($0) }
        } ? .comics : .screen
        let evidence = text.utf8Slice(v.sentence.range)
        return ExtractedFact(s: subject.name, sType: subject.type, p: c.p, o: object, oType: objectType, q: q.isEmpty ? nil : q,
                             modality: modality, scope: scope, evidence: evidence,
                             start: v.sentence.range.lowerBound, end: v.sentence.range.upperBound)
    }

    /// "It is unclear whether (or not) Ritter will make an appearance in W": an open question
    /// in the trigger's clause states nothing, neither the fact nor its negation. (But "no word
    /// on whether X will return as Y" takes for granted that X has played Y.)
    static func isAskedOnly(_ v: SentenceView, trigger: Int, presupposesReturn: Bool = true) -> Bool {
        guard v.has(.question) else { return false }
        let end = min(trigger, v.words.count)
        guard let asked = v.words[..<end].lastIndex(where: { $0 == "whether" }),
              !v.words[asked..<end].contains(where: { [",", ";", ":", "—", "–"].contains($0) }) else { return false }
        return !(presupposesReturn && v.words[asked..<min(v.words.count, end + 3)].contains { Self.returnWords.contains($0) })
    }
    static let returnWords: WordSet = ["return", "returns", "returning", "reprise", "reprises", "reprising"]

    /// One release stated at several precisions is one fact with the most specific value.
    static func keepMostPreciseRelease(_ facts: [ExtractedFact]) -> [ExtractedFact] {
        facts.filter { f in
            guard f.p == .release else { return true }
            return !facts.contains { g in
                g.p == .release && g.s == f.s && (g.q?["season"] == f.q?["season"] || g.q?["season"] == nil || f.q?["season"] == nil)
                    && g.o.count > f.o.count && g.o.hasPrefix(f.o)
            }
        }
    }
}

extension Modality {
    static let refutingWords: WordSet = ["despite", "dispelling", "dispelled", "debunking", "debunked", "quashing", "quashed", "denying", "denied", "denies"]
    static let denialVerbs: WordSet = ["denied", "denies", "denying", "deny"]

    /// "…, Deadline reports.", "…, Variety has reported.": an outlet's report closing the sentence
    /// attributes all of it (but "…, Netflix announced." is the platform's own word; "has learned"
    /// is a rumour phrase of the lexicon wherever it stands).
    static func closesWithAReport(_ v: SentenceView) -> Bool {
        var end = v.words.count
        while end > 0, [".", "!", "\"", "”", "’", "'"].contains(v.words[end - 1]) { end -= 1 }
        guard end >= 4, v.isOneOf(end - 1, closingReportVerbs) else { return false }
        let verb = v.isOneOf(end - 2, perfectAuxiliaries) ? end - 2 : end - 1
        guard let source = v.name(endingAt: verb), source.type != .work, source.type != .character else { return false }
        return v.word(source.start - 1) == ","
    }
    static let closingReportVerbs: WordSet = ["reports", "reported", "hears", "heard"]
    static let clauseConjunctions: Set<String> = ["and", "but", "while", "though", "although", "whereas"]
    static let perfectAuxiliaries: WordSet = ["has", "have", "had"]

    /// The modality of the statement around token `trigger`: a rumour anywhere in the
    /// sentence, a hedge or a negation in the clause before the trigger.
    static func read(_ v: SentenceView, trigger: Int) -> Modality {
        let lexicon = Lexicon.shared
        let words = v.words
        // "according to the teaser" cites a source that shows it, not a rumour.
        for rumor in lexicon.rumorPhrases.candidates(in: v) {
            guard let at = v.find(rumor) else { continue }
            if rumor == ["according", "to"], words[min(words.count, at + 2)..<min(words.count, at + 6)].contains(where: { ["teaser", "trailer", "statement", "announcement", "release", "netflix", "marvel", "disney", "studio", "network"].contains($0) }) { continue }
            // "X is not playing Y, despite rumors": a rumour the sentence refutes is no attribution.
            if at > 0, Self.refutingWords.contains(words[at - 1]) || at > 1 && words[at - 2] == "contrary" { continue }
            // "The series was filmed in Budapest, and its sets have reportedly been struck": a rumour in a later
            // clause of its own is not the statement's ("…, according to Variety" still is).
            if at > trigger + 1, (trigger + 1..<at).contains(where: { k in words[k] == ";" || words[k] == "," && Self.clauseConjunctions.contains(words[k + 1]) }) { continue }
            return .rumored
        }
        if v.has(.closingReport), closesWithAReport(v) { return .rumored }
        var clauseStart = 0
        let end = min(trigger, words.count)
        for i in stride(from: end - 1, through: 0, by: -1) where v.classes[i].contains(.clauseBreak) {
            clauseStart = i + 1
            // "it seems inevitable that X and Y will get back together": a hedge governs its "that" clause.
            if words[i] == "that" {
                let head = Array(words[max(0, i - 4)..<i])
                if !head.contains(","), lexicon.hedgePhrases.candidates(in: v).contains(where: { head.find($0) != nil }) { return .hedged }
                // "Lena Ortiz denied that she will play …": a denial governs its "that" clause too.
                if !head.contains(","), head.contains(where: { Self.denialVerbs.contains($0) }) { return .negated }
            }
            break
        }
        // The cue must govern the statement: close before its trigger, in its clause.
        // (Each window is cut only when the sentence holds a cue of its kind.)
        let negations = lexicon.negationPhrases.candidates(in: v)
        if !negations.isEmpty {
            // (A phrase counts where it ends close to the trigger: "will not move forward with a second season".)
            let start = max(clauseStart, end - 9)
            let window = Array(words[start..<min(words.count, trigger + 2)])
            for n in negations {
                var from = 0
                while let at = window.find(n, from: from) {
                    from = at + 1
                    if start + at + n.count >= end - 4, !(window.indices.contains(at + 1) && window[at + 1] == "only") { return .negated }
                }
            }
        }
        // A hedge reaches further: "The show may also feature Amber Rose Revah as Dinah Madani" ("will stream May 5" is the month).
        let hedges = lexicon.hedgePhrases.candidates(in: v)
        guard !hedges.isEmpty else { return .asserted }
        let hedgeStart = max(clauseStart, end - 8)
        let hedgeWindow = Array(words[hedgeStart..<min(words.count, trigger + 2)])
        if hedges.contains(where: { h in
            guard let at = hedgeWindow.find(h) else { return false }
            return !(h == ["may"] && Self.isMonthMay(v, at: at + hedgeStart)) && !Self.addressesTheReader(words, hedgeAt: at + hedgeStart, length: h.count)
        }) { return .hedged }
        return .asserted
    }
}

extension Modality {
    static let recognitionVerbs: Set<String> = ["recognize", "recognise", "remember", "recall", "know"]

    /// "You likely recognize Cooke from W", "you may remember her from W": the hedge is about the
    /// reader's memory, not about the credit.
    static func addressesTheReader(_ words: [String], hedgeAt at: Int, length: Int) -> Bool {
        at > 0 && words[at - 1] == "you" && at + length < words.count && recognitionVerbs.contains(words[at + length])
    }

    /// "May 5", "in May", "on May 5": the month (the verb is lower-case after a sentence's first word).
    static func isMonthMay(_ v: SentenceView, at i: Int) -> Bool {
        let tokens = v.sentence.tokens
        guard tokens.indices.contains(i), tokens[i].text == "May" else { return false }
        // ("May Calamawy joins …": or a name's.)
        return i > 0 || i + 1 < tokens.count && tokens[i + 1].kind == .number || v.name(startingAt: i) != nil
    }
}

extension Array where Element == ArticleEntity {
    /// The entity an index stands for once hero names are merged into civil names.
    func root(_ index: Int) -> Int {
        var e = index
        while let merged = self[e].mergedInto { e = merged }
        return e
    }
}
