/// Which blocks of a page are its article: Readability's method, on the arrays of `PageScan`.
///
/// Every run of text of 25 bytes or more scores its container (and, less, the container's
/// ancestors) by its length and commas; a container's score is cut by its link density and
/// moved by the words of its class and id. The best container, with the siblings that score
/// nearly as well, holds the article; inside it, link lists, forms, furniture and
/// link-heavy lines are dropped.
struct MainText {
    /// The article's text blocks, in document order.
    var body: [Int32] = []
    var captions: [Int32] = []
    /// The elements of the embedded posts inside the article.
    var posts: [Int32] = []
    /// The root elements the article was taken from.
    var roots: [Int32] = []
    /// The element around the article: the roots' parent, unless that is the page's body.
    var container: Int32 = -1
    var bodyBytes = 0

    /// What a pass may use; a page whose article comes out too short is read again with less.
    struct Rules {
        var dropFurniture = true
        var weighClasses = true
        var cleanConditionally = true
    }

    /// Readability's threshold: an article shorter than this is read again with fewer rules.
    static let minimumArticleBytes = 500

    static func find(in page: PageScan, title: String?) -> MainText {
        let attempts = [Rules(), Rules(dropFurniture: false), Rules(dropFurniture: false, weighClasses: false),
                        Rules(dropFurniture: false, weighClasses: false, cleanConditionally: false)]
        var best = MainText()
        for rules in attempts {
            let found = MainText(page: page, rules: rules, title: title)
            if found.bodyBytes >= minimumArticleBytes { return found }
            if found.bodyBytes > best.bodyBytes { best = found }
        }
        return best
    }

    init() {}

    init(page: PageScan, rules: Rules, title: String?) {
        let elements = page.elements
        guard !elements.isEmpty else { return }
        var scores = [Float](repeating: 0, count: elements.count)
        var isCandidate = [Bool](repeating: false, count: elements.count)

        func linkDensity(_ index: Int) -> Float {
            let element = elements[index]
            return element.textBytes > 0 ? Float(element.linkBytes) / Float(element.textBytes) : 0
        }
        func weight(_ index: Int) -> Float { rules.weighClasses ? elements[index].hints.weight : 0 }

        // Score: each element's own text is a paragraph that credits its containers.
        for index in elements.indices {
            let element = elements[index]
            guard element.ownTextBytes >= 25, element.tag.isScored, !element.inEmbed,
                  !(rules.dropFurniture && element.dropped) else { continue }
            let contentScore = 1 + Float(element.ownCommas) + min(Float(element.ownTextBytes) / 100, 3)
            // A paragraph (or a div holding only text) credits its parent; a container with loose
            // text among its blocks holds that text as a paragraph of its own.
            let isParagraph = element.tag.isParagraph || element.subtreeEnd == Int32(index + 1)
            var ancestor = isParagraph ? Int(element.parent) : index
            var level = 0
            while ancestor >= 0 && level < 5 && elements[ancestor].tag != .html {
                if !isCandidate[ancestor] {
                    isCandidate[ancestor] = true
                    scores[ancestor] = elements[ancestor].tag.candidatePrior + weight(ancestor)
                }
                scores[ancestor] += contentScore / (level == 0 ? 1 : level == 1 ? 2 : Float(level * 3))
                ancestor = Int(elements[ancestor].parent)
                level += 1
            }
        }
        var ranked: [Int] = []
        for index in elements.indices where isCandidate[index] {
            scores[index] *= 1 - linkDensity(index)
            ranked.append(index)
        }
        ranked.sort { scores[$0] > scores[$1] }
        guard var top = ranked.first else { return }

        func isAncestor(_ ancestor: Int, of index: Int) -> Bool {
            ancestor < index && index < Int(elements[ancestor].subtreeEnd)
        }
        // When several near-best candidates share an ancestor, the article is that ancestor.
        let contenders = ranked.dropFirst().prefix(4).filter { scores[$0] >= scores[top] * 0.75 }
        if contenders.count >= 3 {
            var ancestor = Int(elements[top].parent)
            while ancestor >= 0 && elements[ancestor].tag != .body {
                if contenders.filter({ isAncestor(ancestor, of: $0) }).count >= 3 { top = ancestor; break }
                ancestor = Int(elements[ancestor].parent)
            }
        }
        // Climb while a parent scores better: the candidate was only part of the article.
        var parent = Int(elements[top].parent)
        var lastScore = scores[top]
        let threshold = lastScore / 3
        while parent >= 0 && elements[parent].tag != .body {
            if !isCandidate[parent] { parent = Int(elements[parent].parent); continue }
            if scores[parent] < threshold { break }
            if scores[parent] > lastScore { top = parent; break }
            lastScore = scores[parent]
            parent = Int(elements[parent].parent)
        }
        // A lone child is as good as its parent.
        while elements[top].parent >= 0 {
            let up = Int(elements[top].parent)
            guard elements[up].tag != .body, elements[up].subtreeEnd == elements[top].subtreeEnd, up + 1 == top,
                  elements[up].ownTextBytes == 0 else { break }
            top = up
        }

        // Siblings that score nearly as well, or read like paragraphs, belong to the article.
        let topScore = scores[top]
        let siblingThreshold = max(10, topScore * 0.2)
        if elements[top].parent >= 0 {
            let parentIndex = Int(elements[top].parent)
            var sibling = parentIndex + 1
            while sibling < Int(elements[parentIndex].subtreeEnd) {
                let element = elements[sibling]
                var include = sibling == top
                if !include && !(rules.dropFurniture && element.dropped) && !element.inEmbed {
                    if isCandidate[sibling] && scores[sibling] >= siblingThreshold {
                        include = true
                    } else if element.tag == .p {
                        let density = linkDensity(sibling)
                        if element.textBytes > 80 && density < 0.25 {
                            include = true
                        } else if element.textBytes > 0 && density == 0 {
                            let last = page.text[Int(page.blocks[Int(element.blockEnd) - 1].end) - 1]
                            include = last == UInt8(ascii: ".")
                        }
                    }
                }
                if include { roots.append(Int32(sibling)) }
                sibling = Int(element.subtreeEnd)
            }
        } else {
            roots = [Int32(top)]
        }

        collect(page: page, rules: rules, scores: scores, isCandidate: isCandidate, title: title)
        collectCaptions(page: page, around: top)
    }

    /// Keeps the blocks of the chosen subtrees that read as article text.
    private mutating func collect(page: PageScan, rules: Rules, scores: [Float], isCandidate: [Bool], title: String?) {
        let elements = page.elements
        let titleBytes = title.map { Array($0.utf8) } ?? []
        for root in roots.map(Int.init) {
            // Elements removed from the article, decided parents first (parents come first).
            var removed = [Bool](repeating: false, count: Int(elements[root].subtreeEnd) - root)
            for index in root..<Int(elements[root].subtreeEnd) {
                let element = elements[index]
                let parentRemoved = index > root && removed[Int(element.parent) - root]
                // A post's wrapper often looks like furniture to the cleaning ("social-media-embed").
                if element.embed != nil && !(rules.dropFurniture && element.dropped) {
                    posts.append(Int32(index))
                }
                removed[index - root] = parentRemoved || element.inEmbed || (rules.dropFurniture && element.dropped)
                    || (index != root && rules.cleanConditionally
                        && Self.looksLikeFurniture(element, score: isCandidate[index] ? scores[index] : 0,
                                                   weight: rules.weighClasses ? element.hints.weight : 0))
            }
            for blockIndex in Int(elements[root].firstBlock)..<Int(elements[root].blockEnd) {
                let block = page.blocks[blockIndex]
                let owner = Int(block.owner)
                guard !removed[owner - root] else { continue }
                let element = elements[owner]
                if element.inFigure || element.tag == .caption { continue }  // see collectCaptions
                if Self.endsWithCredit(block, page: page) {
                    captions.append(Int32(blockIndex))
                    continue
                }
                if Self.isFurniture(block, page: page) { continue }
                if let level = element.tag.headingLevel {
                    if level == 1 || page.text[Int(block.start)..<Int(block.end)].elementsEqual(titleBytes) { continue }
                }
                body.append(Int32(blockIndex))
                bodyBytes += Int(block.length)
            }
        }
    }

    /// The captions of the article's figures: those inside its container too, as a lead picture
    /// often stands beside the text it illustrates.
    private mutating func collectCaptions(page: PageScan, around top: Int) {
        let elements = page.elements
        var scope = top
        if elements[top].parent >= 0 && elements[Int(elements[top].parent)].tag != .body
            && elements[Int(elements[top].parent)].tag != .html {
            scope = Int(elements[top].parent)
        }
        container = Int32(scope)
        var found: [Int32] = []
        for blockIndex in Int(elements[scope].firstBlock)..<Int(elements[scope].blockEnd) {
            let element = elements[Int(page.blocks[blockIndex].owner)]
            if (element.inFigure || element.tag == .caption) && !element.dropped && !element.inEmbed {
                found.append(Int32(blockIndex))
            }
        }
        captions = (captions + found).sorted()
    }

    /// A line of furniture inside the article: mostly a link, or a short call to share, read on…
    static func isFurniture(_ block: TextBlock, page: PageScan) -> Bool {
        if block.linkBytes * 5 > block.length * 4 { return true }
        guard block.length < 80 else { return false }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Int(block.length)) { lower in
            for i in 0..<Int(block.length) {
                let byte = page.text[Int(block.start) + i]
                lower[i] = byte >= 65 && byte <= 90 ? byte + 32 : byte
            }
            return Lexicon.boilerplateLines.hasPrefix(UnsafeBufferPointer(lower))
        }
    }

    /// A caption outside a `<figure>`: a short block that ends with a picture credit.
    static func endsWithCredit(_ block: TextBlock, page: PageScan) -> Bool {
        guard block.length < 300 else { return false }
        let start = max(Int(block.start), Int(block.end) - 60)
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Int(block.end) - start) { lower in
            for i in 0..<lower.count {
                let byte = page.text[start + i]
                lower[i] = byte >= 65 && byte <= 90 ? byte + 32 : byte
            }
            return Lexicon.captionCredits.hints(in: UnsafeBufferPointer(lower)) != 0
        }
    }

    /// Readability's conditional cleaning: lists of links, forms, image galleries and
    /// containers that score below zero are not article text.
    static func looksLikeFurniture(_ element: Element, score: Float, weight: Float) -> Bool {
        switch element.tag {
        case .form, .table, .ul, .div, .section, .aside: break
        default: return false
        }
        let density = element.textBytes > 0 ? Float(element.linkBytes) / Float(element.textBytes) : 0
        // A wrapper named for "media" or "meta" that holds a real paragraph still holds text.
        let holdsProse = element.textBytes >= 100 && density < 0.25 && element.paragraphs > 0
        if weight + score < 0 && !holdsProse { return true }
        if element.commas >= 10 { return false }
        let paragraphs = Float(element.paragraphs)
        let images = Float(element.images)
        let isList = element.tag == .ul
        if images > 1 && paragraphs / images < 0.5 && !element.inFigure { return true }
        if !isList && Float(element.listItems) - 100 > paragraphs { return true }
        if Float(element.inputs) > (paragraphs / 3).rounded(.down) { return true }
        if !isList && element.textBytes < 25 && (images == 0 || images > 2) && !element.inFigure { return true }
        if !isList && weight < 25 && density > 0.2 { return true }
        if weight >= 25 && density > 0.5 { return true }
        return false
    }
}

