import LoreLanguage

/// What the whole article says about how its names are written: read before its names are found, titles
/// it always says with an "and" inside and the speakers' labels of an interview; read after, titles whose
/// first word a sentence's start hid.
extension MentionFinder {
    /// "'Return to Silent Hill' Gets a Date", "“Kubo and the Two Strings” turns ten": a title quoted once, with a
    /// lower-case word inside, is the same one name where the article says it again without quotes (where the
    /// lower-case word would end a run of capitals). Each title's lower-case words, by its first word.
    func quotedTitles(in sentences: [Sentence]) -> [String: [[String]]] {
        var titles: [String: [[String]]] = [:]
        for (index, s) in sentences.enumerated() {
            let t = s.tokens
            for i in Self.quoteMarks(in: t) where Self.openingQuotes.contains(t[i].text) {
                // (Tested before the title is read: a quotation, most often, has no closing quote within ten tokens.)
                guard let close = (i + 1..<min(t.count, i + 11)).first(where: { t[$0].kind == .punctuation && Self.closingQuotes.contains(t[$0].text) }),
                      // (Or a title shouted in capitals, whose small words the prose may shout too: "WHAT WE DO IN THE SHADOWS".)
                      close > i + 3, (i + 2..<close).contains(where: { t[$0].isWord && !t[$0].isCapitalized })
                        || (i + 1..<close).allSatisfy({ !t[$0].isWord || t[$0].text.isUppercased }),
                      let m = quotedTitle(t, at: i, sentence: index), m.tokens.count >= 3, t[m.tokens.upperBound - 1].isCapitalized else { continue }
                let words = t[m.tokens].map(\.lower)
                if !(titles[words[0]] ?? []).contains(words) { titles[words[0], default: []].append(words) }
            }
        }
        return titles
    }

    /// Where the quotation marks are, read in place from the tokens' first bytes (a loop over `tokens[i].kind`
    /// copied each token, and its Strings, for every word of the article).
    @inline(never)
    static func quoteMarks(in tokens: [Token]) -> [Int] {
        tokens.withUnsafeBufferPointer { buffer in
            buffer.indices.filter { buffer[$0].kind == .punctuation && (buffer[$0].firstByte == 0x22 || buffer[$0].firstByte == 0x27 || buffer[$0].firstByte == 0xE2) }
        }
    }

    /// A title of `quotedTitles` said at token `i` without its quotes, the longest first.
    func quotedTitleAgain(_ tokens: [Token], at i: Int, sentence: Int) -> Mention? {
        guard let candidates = quotedTitles[tokens[i].lower] else { return nil }
        let fitting = candidates.filter { words in
            i + words.count <= tokens.count && words.indices.allSatisfy { tokens[i + $0].lower == words[$0] }
        }
        guard let words = fitting.max(by: { $0.count < $1.count }) else { return nil }
        return make(tokens, i..<(i + words.count), sentence: sentence)
    }

    /// "Shadow and Bone", "Percy Jackson and the Olympians", "Men in Black", "Back to the Future": a name joined by "and", "in", "on" or "to"
    /// (and maybe "the") to capitalised words that the article says twice or more and never says without it is
    /// one title (unlike "Daredevil and the Punisher", whose second half has a life of its own). Keys: the word
    /// before the joining word, the joining word, the rest.
    static func joinedTitles(in sentences: [Sentence]) -> Set<String> {
        // Where each candidate's second half is said: within the pair, or elsewhere.
        var pairs: [String: Int] = [:], saidAsTwo: Set<String> = [], opened: Set<String> = []
        var midSentence: Set<String> = [], sentenceOpening: Set<String> = []
        var seconds: [[String]: String] = [:]
        let lexicon = Lexicon.shared
        for s in sentences {
            let t = s.tokens
            for k in t.indices.dropFirst() where k + 1 < t.count && t[k - 1].isCapitalized && (t[k + 1].isCapitalized || k + 2 < t.count && t[k + 2].isCapitalized)
                    && t[k - 1].isWord && Self.titleJoiners.contains(t[k].lower) {
                guard let (half, key) = joinedTitleHalf(t, at: k) else { continue }
                let withThe = half.lowerBound > k + 1
                // "Men in Black", "Attack on Titan": around "in", "on" or "to", one ordinary word and ordinary words
                // (not "Ruiz in Atlanta", "Fans on Reddit", "the Upside Down in Stranger Things").
                if !t[k].lower.is("and") {
                    let opener = k >= 2 && t[k - 2].isCapitalized && t[k - 2].isWord
                    guard !opener || t[k - 2].lower.is("the"),
                          ([k - 1] + Array(half)).allSatisfy({ lexicon.englishWords.contains(t[$0].lower) && lexicon.gazetteer[t[$0].lower] == nil && !lexicon.givenNames.contains(t[$0].text) && !Self.months.contains(t[$0].lower) })
                    else { continue }
                }
                // ("Mike Colter and Rosario Dawson" are two people, however often the pair is named;
                // "Professor Everhart and Ash Cross" too: without "the", a title's first half is no one's name,
                // and its second half is made of English words, "Bone", not "Lyra Ravel".)
                guard withThe || !lexicon.givenNames.contains(t[half.lowerBound].text)
                        && !(k >= 2 && (lexicon.givenNames.contains(t[k - 2].text) || lexicon.isHonorific(t[k - 2].lower)))
                        && t[half].allSatisfy({ lexicon.englishWords.contains($0.lower) }) else { continue }
                let second = t[half].map(\.lower), end = half.upperBound
                pairs[key, default: 0] += 1
                // ("Filming on Stranger Things": around "in", "on" or "to", a capital that only opens a sentence.)
                if k >= 2 { midSentence.insert(key) } else if !t[k].lower.is("and") { sentenceOpening.insert(key) }
                seconds[second] = key
                // "The heroes Ivy and Rook are back": a pair said as two is no title (but "both seasons of Shadow and Bone are …").
                var start = k - 1
                while start > 0, t[start - 1].isCapitalized { start -= 1 }
                if end < t.count && Self.pairVerbs.contains(t[end].lower) && !(start > 0 && t[start - 1].lower == "of")
                    || start > 0 && Self.pairNouns.contains(t[start - 1].lower) { saidAsTwo.insert(key) }
                // "in The Falcon and the Winter Soldier", "2018's Ant-Man and the Wasp": a capital "The" inside a sentence,
                // or a year's possessive, opens a title; said once, it is one (not "The Lucky Divide and The Glass Tide", two).
                if withThe, !t[k + 1].isCapitalized, start > 0 && t[start].isCapitalized && t[start].lower.is("the") || start >= 2 && t[start - 1].lower == "'s" && t[start - 2].kind == .number && t[start - 2].text.utf8.count == 4 {
                    opened.insert(key)
                }
            }
        }
        opened.subtract(saidAsTwo)
        let repeated = seconds.filter { pairs[$0.value]! >= 2 && !saidAsTwo.contains($0.value) && !opened.contains($0.value)
            && (midSentence.contains($0.value) || !sentenceOpening.contains($0.value)) }
        guard !repeated.isEmpty else { return opened }
        // A second half said on its own ("the Punisher returns") is a name of its own.
        var alone: Set<String> = []
        // (Most articles repeat one pair or two: a short array is searched faster than a Set is hashed.)
        let firstWords = Array(Set(repeated.keys.map { $0[0] }))
        for s in sentences {
            let t = s.tokens
            for i in t.indices where t[i].isCapitalized && t[i].isWord && firstWords.contains(t[i].lower) {
                for (second, key) in repeated where second[0] == t[i].lower && i + second.count <= t.count && !alone.contains(key) {
                    // (Not inside a longer name: "the Sea Devils" is no "the Sea".)
                    guard (0..<second.count).allSatisfy({ t[i + $0].lower == second[$0] }),
                          i + second.count == t.count || !(t[i + second.count].isWord && t[i + second.count].isCapitalized) else { continue }
                    let opener = i >= 1 && t[i - 1].lower == "the" ? i - 1 : i
                    if !(opener >= 1 && Self.titleJoiners.contains(t[opener - 1].lower)) { alone.insert(key) }
                }
            }
        }
        return Set(repeated.values.filter { !alone.contains($0) }).union(opened)
    }

    /// "Only Murders in the Building returns": a sentence's first word, a common one, was read as no part of
    /// the name after it ("Only", "Your"); the article saying the whole title elsewhere gives it back.
    func restoreOpeningWords(_ mentions: inout [Mention], sentences: [Sentence]) {
        var keys: Set<String>? = nil
        for n in mentions.indices where mentions[n].tokens.lowerBound == 1 && mentions[n].sentence >= 0 {
            let t = sentences[mentions[n].sentence].tokens, whole = 0..<mentions[n].tokens.upperBound
            // (Not "The": a name's key is the same with or without it.)
            guard t[0].isWord, t[0].isCapitalized, !t[0].lower.is("the") else { continue }
            if keys == nil { keys = Set(mentions.map(\.key)) }
            if keys!.contains(Lexicon.key(Self.join(t[whole]))) { mentions[n] = make(t, whole, sentence: mentions[n].sentence) }
        }
    }

    /// "Carver: Everything." … "Carver: Timothy Dalton's Niles …": a word and a colon that open sentences with
    /// different words after them label a speaker (a title with its subtitle, "Nightshift: Last Covenant",
    /// goes on the same way each time).
    static func speakerLabels(in sentences: [Sentence]) -> Set<String> {
        var after: [String: String] = [:], labels: Set<String> = []
        for s in sentences where s.tokens.count >= 3 && s.tokens[1].isASCII(UInt8(ascii: ":")) && s.tokens[0].isWord && s.tokens[0].isCapitalized {
            let label = s.tokens[0].text, next = s.tokens[2].lower
            if let seen = after[label] { if seen != next { labels.insert(label) } } else { after[label] = next }
        }
        return labels
    }

    static let titleJoiners: WordSet = ["and", "in", "on", "to"]
    static let pairVerbs: WordSet = ["are", "were", "have", "'re", "both", "together", "team", "reunite", "share", "marry", "meet", "each"]
    static let pairNouns: WordSet = ["heroes", "characters", "stars", "actors", "leads", "couple", "pair", "duo", "siblings", "brothers", "sisters", "friends"]

    /// The end of the second half of a joined title whose "and", "in", "on" or "to" is token `k`, if one is.
    func joinedTitleEnd(_ tokens: [Token], at k: Int) -> Int? {
        guard let (half, key) = Self.joinedTitleHalf(tokens, at: k), joinedTitles.contains(key) else { return nil }
        return half.upperBound
    }

    /// The capitalised words after the joining word at token `k` ("Bone", "the Olympians": the range leaves "the"
    /// out), and the key of the title they would end ("shadow and bone").
    static func joinedTitleHalf(_ t: [Token], at k: Int) -> (range: Range<Int>, key: String)? {
        guard k >= 1, k + 1 < t.count else { return nil }
        var r = k + 1
        if t[r].lower == "the" { r += 1 }
        var end = r
        // (A numbered part is the title's own: "Back to the Future Part II" joins as "Back to the Future" does.)
        while end < t.count, t[end].isWord, t[end].isCapitalized,
              !(t[end].lower.is("part") && end + 1 < t.count && (isRomanNumeral(t[end + 1].text) || partNumbers.contains(t[end + 1].text))) { end += 1 }
        guard end > r, end - r <= 4 else { return nil }
        return (r..<end, t[k - 1].lower + " " + t[k].lower + " " + (r > k + 1 ? "the " : "") + t[r..<end].map(\.lower).joined(separator: " "))
    }
}
