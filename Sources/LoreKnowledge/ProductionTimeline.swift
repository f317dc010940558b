import LoreExtraction

/// The production of one work in the order the news reported it: first report, castings and
/// crew, filming, trailers, release dates, platform, episodes, renewal or cancellation; each
/// entry with its sources.
public struct ProductionTimeline: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        case announced, cast, crew, filming, trailer, platform, release, episodes, renewed, cancelled
    }

    public struct Source: Sendable, Hashable, Codable {
        public var articleID: String
        public var outlet: String?
        public var published: String?
        public var quote: String?
    }

    public struct Entry: Sendable, Hashable, Codable {
        /// When it was first reported (nil: undated sources only).
        public var date: String?
        public var kind: Kind
        public var text: String
        public var status: ClaimStatus?
        /// One per article, oldest first.
        public var sources: [Source]
    }

    /// An article that mentions the work.
    public struct Mention: Sendable, Hashable, Codable {
        public var articleID: String
        public var outlet: String?
        public var published: String?
        public var title: String?

        public init(articleID: String, outlet: String?, published: String?, title: String?) {
            self.articleID = articleID
            self.outlet = outlet
            self.published = published
            self.title = title
        }
    }

    public var work: Entity
    public var entries: [Entry]

    /// Words in a story headline that make it a trailer story. In code: this target has no
    /// resource bundle for a lexicon file.
    static let trailerWords = ["trailer", "teaser", "first look", "footage", "sneak peek"]

    /// - Parameters:
    ///   - facts: every fact that names the work (on either side), and the castings whose
    ///     `work` qualifier names it.
    ///   - mentions: the articles that mention the work, any order.
    ///   - stories: the stories, to find the trailers among those that mention the work.
    public init(work: Entity, facts: [Fact], mentions: [Mention], stories: [Story]) {
        self.work = work
        var entries: [Entry] = []
        let ordered = mentions.sorted { ($0.published ?? "~", $0.articleID) < ($1.published ?? "~", $1.articleID) }
        if let first = ordered.first {
            entries.append(Entry(date: first.published, kind: .announced, text: "first reported: " + (first.title ?? first.articleID),
                                 status: nil, sources: [Source(articleID: first.articleID, outlet: first.outlet,
                                                               published: first.published, quote: nil)]))
        }
        for fact in facts {
            guard let described = Self.describe(fact, work: work) else { continue }
            let (kind, text) = described
            var sources: [Source] = []
            for evidence in fact.sources where !sources.contains(where: { $0.articleID == evidence.articleID }) {
                sources.append(Source(articleID: evidence.articleID, outlet: evidence.outlet, published: evidence.published,
                                      quote: evidence.quote))
            }
            entries.append(Entry(date: fact.firstReported, kind: kind, text: text, status: fact.status, sources: sources))
        }
        // A trailer is a story with an article that mentions the work and names a trailer in its title.
        let mentioned = Set(mentions.map(\.articleID))
        func isTrailer(_ article: StoryArticle) -> Bool {
            guard mentioned.contains(article.id), let title = article.title?.lowercased() else { return false }
            return Self.trailerWords.contains { title.contains($0) }
        }
        for story in stories {
            let trailerArticles = story.articles.filter(isTrailer)
            guard let first = trailerArticles.first else { continue }
            entries.append(Entry(date: first.published, kind: .trailer, text: "trailer: " + (first.title ?? story.headline),
                                 status: nil, sources: trailerArticles.map {
                                     Source(articleID: $0.id, outlet: $0.outlet, published: $0.published, quote: $0.title)
                                 }))
        }
        let order = Dictionary(uniqueKeysWithValues: Kind.allCases.enumerated().map { ($1, $0) })
        self.entries = entries.sorted {
            ($0.date ?? "~", order[$0.kind]!, $0.text) < ($1.date ?? "~", order[$1.kind]!, $1.text)
        }
    }

    /// What a fact says about the work's production, or nil when it says nothing about it.
    static func describe(_ fact: Fact, work: Entity) -> (Kind, String)? {
        let claim = fact.claim
        let isSubject = fact.subjectID == work.id
        let season = claim.qualifiers["season"].map { ", season \($0)" } ?? ""
        switch claim.predicate {
        case .plays:
            return (.cast, "\(claim.subject) as \(claim.object)\(season)")
        case .appearsIn where !isSubject && claim.subjectType == .person:
            return (.cast, "\(claim.subject) joins\(season)")
        case .crew where isSubject:
            return (.crew, "\(claim.object)" + (claim.qualifiers["role"].map { ", \($0)" } ?? ""))
        case .filming where isSubject:
            return (.filming, "filming in \(claim.object)\(season)")
        case .platform where isSubject:
            return (.platform, "on \(claim.object)\(season)")
        case .release where isSubject:
            let label = ReleaseWindow(value: claim.object, mod: claim.qualifiers["mod"])?.label ?? claim.object
            return (.release, "release \(label)\(season)")
        case .episodes where isSubject:
            return (.episodes, "\(claim.object) episodes\(season)")
        case .renewal where isSubject:
            // A negated renewal of season N is a cancellation after season N-1.
            if fact.status == .denied || claim.qualifiers["negated"] != nil {
                return (.cancelled, "cancelled: no season \(claim.object)")
            }
            return (.renewed, "renewed for season \(claim.object)")
        default:
            return nil
        }
    }
}
