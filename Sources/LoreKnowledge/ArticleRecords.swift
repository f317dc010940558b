import Foundation
import LoreReading
import LoreExtraction

/// The article row a store keeps: its metadata and a hash of its text, so that re-ingesting
/// it unchanged is recognised and a changed text replaces the old version.
public struct ArticleRecord: Sendable, Hashable, Codable {
    public var id: String
    public var url: String?
    /// The outlet named by the input, else the host of its URL ("deadline.com").
    public var outlet: String?
    public var title: String?
    public var published: String?
    public var textHash: String

    public init(_ article: Article) {
        id = article.id
        url = article.url.flatMap { $0.isEmpty ? nil : $0 }
        outlet = article.outlet.flatMap { $0.isEmpty ? nil : $0 } ?? url.flatMap(ArticleRecord.host(of:))
        title = article.title
        published = article.published
        textHash = ArticleRecord.hash(article.text)
    }

    /// 64-bit FNV-1a of the UTF-8 text as 16 hex digits: stable across runs and platforms,
    /// and fast; it only has to tell one version of an article from the next.
    public static func hash(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    static func host(of url: String) -> String? {
        guard let host = URLComponents(string: url)?.host?.lowercased(), !host.isEmpty else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}

/// An entity as one article mentions it, with the surface forms that article uses.
public struct EntityMention: Sendable, Hashable {
    public var key: EntityKey
    public var name: String
    /// The name itself and its aliases in this article, each once.
    public var forms: [SurfaceForm]
}

/// A name as written, and its normalised key for case-insensitive lookup.
public struct SurfaceForm: Sendable, Hashable {
    public var name: String
    public var key: String

    public init(_ name: String) {
        self.name = name
        key = EntityKey.normalize(name)
    }
}

/// One claim as one article states it.
public struct ClaimRecord: Sendable, Hashable {
    public var subject: EntityKey
    public var predicate: FactPredicate
    /// The object entity, or nil when the object is the literal `object`.
    public var objectKey: EntityKey?
    public var object: String
    public var qualifiers: [String: String]
    public var quote: String
    public var start: Int
    public var end: Int
    public var modality: Modality
    public var scope: Scope
    /// Stated by the studio or platform itself.
    public var official: Bool
    /// The qualifiers as one canonical string: JSON with sorted keys, empty when there are none.
    public var qualifierText: String

    public init(subject: EntityKey, predicate: FactPredicate, objectKey: EntityKey?, object: String,
                qualifiers: [String: String], quote: String, start: Int, end: Int, modality: Modality, scope: Scope,
                official: Bool = false) {
        self.subject = subject
        self.predicate = predicate
        self.objectKey = objectKey
        self.object = object
        self.qualifiers = qualifiers
        self.quote = quote
        self.start = start
        self.end = end
        self.modality = modality
        self.scope = scope
        self.official = official
        qualifierText = ClaimRecord.qualifierText(qualifiers)
    }

    /// Written by hand rather than with JSONSerialization: it runs for every claim.
    public static func qualifierText(_ qualifiers: [String: String]) -> String {
        guard !qualifiers.isEmpty else { return "" }
        func quoted(_ text: String) -> String {
            var out = "\""
            for scalar in text.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case _ where scalar.value < 0x20: out += String(format: "\\u%04x", scalar.value)
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
        return "{" + qualifiers.keys.sorted().map { quoted($0) + ":" + quoted(qualifiers[$0]!) }.joined(separator: ",") + "}"
    }

    public static func qualifiers(from text: String) -> [String: String] {
        guard !text.isEmpty else { return [:] }
        // Read directly: a much-reported entity has thousands of claims and JSONSerialization is slow.
        if let flat = FlatJSONObject.strings(text) { return flat }
        return (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String]) ?? [:]
    }
}

/// What one article adds to the knowledge graph: its row, the entities it mentions and the
/// claims it supports. Built from the article and its extraction, stored in one go.
public struct ArticleRecords: Sendable, Hashable {
    public var article: ArticleRecord
    public var mentions: [EntityMention]
    public var claims: [ClaimRecord]
    public var extractor: ExtractorSignature
    /// What story clustering needs from the article, kept so stories can be recomputed.
    public var story: EncodedStoryFeatures

    public init(article: Article, extraction: Extraction, extractor: ExtractorSignature = .lore) {
        self.article = ArticleRecord(article)
        self.extractor = extractor
        story = EncodedStoryFeatures(article: article)
        var mentions: [EntityMention] = []
        var mentionIndex: [EntityKey: Int] = [:]

        func mention(_ name: String, _ type: EntityType, forms: [String] = []) -> EntityKey? {
            let key = EntityKey(name: name, type: type)
            guard !key.name.isEmpty else { return nil }
            let index: Int
            if let known = mentionIndex[key] {
                index = known
            } else {
                index = mentions.count
                mentionIndex[key] = index
                mentions.append(EntityMention(key: key, name: name, forms: []))
            }
            for form in [name] + forms where !form.isEmpty && !mentions[index].forms.contains(where: { $0.name == form }) {
                let surface = SurfaceForm(form)
                if !surface.key.isEmpty { mentions[index].forms.append(surface) }
            }
            return key
        }

        for entity in extraction.entities {
            _ = mention(entity.name, entity.type, forms: entity.aliases)
        }
        var claims: [ClaimRecord] = []
        var seen: Set<ClaimRecord> = []
        for fact in extraction.facts {
            // Facts name entities from the list; one that does not is still an entity of the article.
            guard let subject = mention(fact.s, fact.sType, forms: fact.p == .alias ? [fact.o] : []) else { continue }
            var objectKey: EntityKey?
            if let objectType = fact.oType {
                guard let key = mention(fact.o, objectType) else { continue }
                objectKey = key
            } else if fact.o.trimmingCharacters(in: .whitespaces).isEmpty {
                continue
            }
            let claim = ClaimRecord(subject: subject, predicate: fact.p, objectKey: objectKey, object: fact.o,
                                    qualifiers: fact.q ?? [:], quote: fact.evidence, start: fact.start, end: fact.end,
                                    modality: fact.modality, scope: fact.scope, official: fact.official)
            if seen.insert(claim).inserted { claims.append(claim) }
        }
        self.mentions = mentions
        self.claims = claims
    }
}
