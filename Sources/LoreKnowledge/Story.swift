import LoreExtraction

/// A group of articles that report the same real-world event (the same set photos, the same
/// trailer, the same cancellation), with the facts it added or changed.
public struct Story: Sendable, Hashable, Codable, Identifiable {
    public var id: Int64
    /// The title of the article that best represents the story.
    public var headline: String
    /// The earliest and latest publication date of its articles.
    public var firstDate: String?
    public var lastDate: String?
    /// Oldest first.
    public var articles: [StoryArticle]
    /// Facts whose first report is in this story (added) or that replaced an earlier value (changed).
    public var facts: [StoryFact]

    public init(id: Int64, headline: String, firstDate: String?, lastDate: String?, articles: [StoryArticle],
                facts: [StoryFact] = []) {
        self.id = id
        self.headline = headline
        self.firstDate = firstDate
        self.lastDate = lastDate
        self.articles = articles
        self.facts = facts
    }
}

public struct StoryArticle: Sendable, Hashable, Codable {
    public var id: String
    public var title: String?
    public var outlet: String?
    public var url: String?
    public var published: String?
    /// The article this one is a syndicated near-copy of, or nil for an original text.
    public var copyOf: String?

    public init(id: String, title: String?, outlet: String?, url: String?, published: String?, copyOf: String?) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.url = url
        self.published = published
        self.copyOf = copyOf
    }
}

/// A fact a story brought: new, or a new value for something already reported (a release
/// date moved, a new episode count).
public struct StoryFact: Sendable, Hashable, Codable {
    public enum Change: String, Sendable, Hashable, Codable { case added, changed }

    public var change: Change
    public var claim: Claim
    public var status: ClaimStatus
    /// For a change: the values reported before, oldest first.
    public var previous: [String]

    public init(change: Change, claim: Claim, status: ClaimStatus, previous: [String] = []) {
        self.change = change
        self.claim = claim
        self.status = status
        self.previous = previous
    }
}

extension Story {
    /// Predicates with one value per subject (and season) at a time: a new value changes the fact.
    static let singleValued: Set<FactPredicate> = [.release, .episodes, .renewal]

    /// Attaches to each story the facts whose earliest source is one of its articles; a fact
    /// of a single-valued predicate whose subject already had another value is a change.
    public static func attachFacts(_ facts: [Fact], to stories: inout [Story]) {
        var storyOfArticle: [String: Int] = [:]
        for (index, story) in stories.enumerated() {
            for article in story.articles { storyOfArticle[article.id] = index }
        }
        func slot(_ fact: Fact) -> String {
            "\(fact.subjectID)|\(fact.claim.predicate.rawValue)|\(fact.claim.qualifiers["season"] ?? "")"
        }
        // When each single-valued slot got each of its values.
        var valuesBySlot: [String: [(first: String, value: String)]] = [:]
        for fact in facts where singleValued.contains(fact.claim.predicate) {
            valuesBySlot[slot(fact), default: []].append((fact.firstReported ?? "", fact.claim.object))
        }
        for fact in facts {
            guard let first = fact.sources.first, let index = storyOfArticle[first.articleID] else { continue }
            var entry = StoryFact(change: .added, claim: fact.claim, status: fact.status)
            if singleValued.contains(fact.claim.predicate), let firstReported = fact.firstReported {
                let earlier = (valuesBySlot[slot(fact)] ?? []).filter { $0.first < firstReported && $0.value != fact.claim.object }
                if !earlier.isEmpty {
                    entry.change = .changed
                    entry.previous = earlier.sorted { $0.first < $1.first }.map(\.value)
                }
            }
            stories[index].facts.append(entry)
        }
    }
}
