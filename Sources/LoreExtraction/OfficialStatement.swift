/// Whether a sentence reports what the studio or platform itself said — "Netflix announced …",
/// "Marvel Studios has confirmed …", "the streamer said …", "in a statement", "according to
/// Netflix" — which confirms a fact on its own (DESIGN: confirmed by two outlets or by the
/// studio or platform). An outlet's own reporting ("Deadline confirmed …") is not official.
enum OfficialStatement {
    /// Words that may stand between the speaker and its verb: "Netflix has officially announced".
    static let between: Set<String> = ["has", "have", "had", "officially", "formally", "today", "just", "finally", "now", "also", "publicly"]
    /// "The streamer announced …": a studio or platform named by what it is.
    static let speakerNouns: Set<String> = ["studio", "studios", "network", "streamer", "service", "platform", "channel", "broadcaster"]
    /// Name endings of companies that make films and series: "Amblin Entertainment", "Sony Pictures Television".
    static let studioEndings: Set<String> = ["studios", "pictures", "television", "entertainment", "films", "productions"]

    static func stated(in v: SentenceView) -> Bool {
        let lexicon = Lexicon.shared
        let words = v.words
        if lexicon.officialPhraseList.candidates(in: v).contains(where: { v.find($0) != nil }) { return true }
        for i in words.indices where v.isOneOf(i, lexicon.statementVerbs) {  // by the hashes the view already has
            var j = i - 1
            while j >= 0, between.contains(words[j]) { j -= 1 }
            if let name = v.name(endingAt: j + 1), isStudioOrPlatform(name) { return true }
            if j >= 1, speakerNouns.contains(words[j]), words[j - 1] == "the" { return true }
        }
        if let at = v.find(["according", "to"]), let name = v.name(startingAt: at + 2), isStudioOrPlatform(name) { return true }
        return false
    }

    static func isStudioOrPlatform(_ name: SentenceView.Name) -> Bool {
        guard name.type == .organization else { return false }
        return isStudioOrPlatform(name.mention.text)
    }

    /// Also what an article's outlet is checked with: a page Netflix or Marvel published is official.
    static func isStudioOrPlatform(_ name: String) -> Bool {
        var key = Lexicon.key(name)
        // An outlet given as a site: "marvel.com", "about.netflix.com".
        if !key.contains(" "), key.contains("."), let site = key.split(separator: ".").dropLast().last { key = String(site) }
        let lexicon = Lexicon.shared
        if lexicon.platforms.contains(key) || lexicon.studios.contains(key) { return true }
        guard let last = key.split(separator: " ").last, key.contains(" ") else { return false }
        return studioEndings.contains(String(last))
    }
}
