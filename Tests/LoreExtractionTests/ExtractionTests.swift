import Testing
import LoreReading
@testable import LoreExtraction

/// Each predicate with phrasings that must produce the fact, and near-misses that must not.
@Suite struct ExtractionTests {
    func extract(_ body: String, published: String = "2016-11-20") -> Extraction {
        Extractor().extract(Article(id: "t", published: published, text: "Lore Test Headline\n\n" + body))
    }

    func has(_ x: Extraction, _ s: String, _ p: FactPredicate, _ o: String, modality: Modality = .asserted, scope: Scope = .screen) -> Bool {
        x.facts.contains { $0.s == s && $0.p == p && $0.o == o && $0.modality == modality && $0.scope == scope }
    }

    func type(_ x: Extraction, _ name: String) -> Set<EntityType> {
        Set(x.entities.filter { $0.name == name }.map(\.type))
    }

    // MARK: plays

    @Test(arguments: [
        "Netflix has cast Krysten Ritter as Jessica Jones in the upcoming series.",
        "The photos show Jessica Jones (Krysten Ritter) walking through Hell's Kitchen with a coffee.",
        "Fans loved Krysten Ritter's Jessica Jones in the first season.",
        "Krysten Ritter, who plays Jessica Jones, posted a photo from the set.",
        "Jessica Jones, played by Krysten Ritter, returns next year.",
    ])
    func playsPhrasings(_ sentence: String) {
        let x = extract(sentence)
        #expect(has(x, "Krysten Ritter", .plays, "Jessica Jones"), "\(x.facts)")
        #expect(type(x, "Krysten Ritter") == [.person])
    }

    @Test func rolesFromPronounsAndAppositions() {
        let x = extract("Noor Haddad has joined the series. Haddad talked about her character, Ava Brandt, at the panel.")
        #expect(has(x, "Noor Haddad", .plays, "Ava Brandt"), "\(x.facts)")
        let y = extract("Tom Ellison lent his voice to Captain Orrin in the first film.")
        #expect(has(y, "Tom Ellison", .plays, "Orrin"), "\(y.facts)")
        // A voice lent to a cause is no role.
        let z = extract("Tom Ellison lent his voice to the campaign.")
        #expect(!z.facts.contains { $0.p == .plays }, "\(z.facts)")
    }

    @Test func aCreditInBracketsBeforeTheRole() {
        let x = extract("Netflix announced the cast of Night Courier: Hana Takeda (The Quiet Harbor) as Ava Brandt and Luis Ortega as detective Mack Dorsey.")
        #expect(type(x, "Hana Takeda") == [.person], "\(x.entities)")
        #expect(has(x, "Hana Takeda", .plays, "Ava Brandt"), "\(x.facts)")
        #expect(has(x, "Luis Ortega", .plays, "Mack Dorsey"), "\(x.facts)")
        #expect(type(x, "The Quiet Harbor") == [.work], "\(x.entities)")
    }

    @Test func aCastListGivesOneFactEach() {
        let x = extract("The series also stars Jess Bush as Nurse Christine Chapel, Christina Chong as La’an Noonien-Singh and Melissa Navia as Lt. Erica Ortegas.")
        #expect(has(x, "Jess Bush", .plays, "Christine Chapel"))
        #expect(has(x, "Christina Chong", .plays, "La’an Noonien-Singh"))
        #expect(has(x, "Melissa Navia", .plays, "Erica Ortegas"))
    }

    @Test func aQuestionStatesNothing() {
        let x = extract("Will Elodie Yung be cast as Elektra in the second season of Daredevil?")
        #expect(x.facts.isEmpty)
    }

    // MARK: appears_in

    @Test func starsAndAlumsAppearInTheirWorks() {
        let x = extract("Breaking Bad star Aaron Paul visited the set. Jon Bernthal will appear in The Walking Dead again.")
        #expect(has(x, "Aaron Paul", .appearsIn, "Breaking Bad"))
        #expect(has(x, "Jon Bernthal", .appearsIn, "The Walking Dead"))
    }

    @Test func appearancesPastAnOwnersPossessive() {
        let x = extract("Tessa Marlowe, who was memorable in Hulu's The Quiet Harbor, rounds out the ensemble. Dev Okafor also had a role in Sofia Lindqvist's Paper Lanterns.")
        #expect(has(x, "Tessa Marlowe", .appearsIn, "The Quiet Harbor"), "\(x.facts)")
        #expect(has(x, "Dev Okafor", .appearsIn, "Paper Lanterns"), "\(x.facts)")
        // A crew credit in brackets is not an appearance.
        let crew = extract("\"We started from the characters,\" says showrunner Maren Solberg (The Glass Orchard).")
        #expect(!crew.facts.contains { $0.p == .appearsIn && $0.s == "Maren Solberg" }, "\(crew.facts)")
    }

    @Test func appearancesWithTheirSeason() {
        let x = extract("Tom Ellison appeared in the second season of Harbor Lights before the show moved to Hulu.")
        #expect(x.facts.contains { $0.s == "Tom Ellison" && $0.p == .appearsIn && $0.o == "Harbor Lights" && $0.q?["season"] == "2" }, "\(x.facts)")
    }

    @Test func creditsInBracketsAndRelativeClauses() {
        let x = extract("Priya Raman (The Starfall Academy) will play the lead. Viewers will recognize Raman from Paper Lanterns.")
        #expect(has(x, "Priya Raman", .appearsIn, "The Starfall Academy"), "\(x.facts)")
        #expect(has(x, "Priya Raman", .appearsIn, "Paper Lanterns"), "\(x.facts)")
    }

    @Test func aCastListJoinsTheNamedWorksCast() {
        let x = extract("The Iron Orchard will premiere on Netflix in March. Dana Whitfield, Marcus Ohene and Lena Vasquez (Tom Ruiz's sister) have joined the Iron Orchard cast.")
        for name in ["Dana Whitfield", "Marcus Ohene", "Lena Vasquez"] {
            #expect(x.facts.contains { $0.s == name && $0.p == .appearsIn && $0.o.hasSuffix("Iron Orchard") }, "\(name): \(x.facts)")
        }
    }

    @Test func compoundsTieAPersonToTheWork() {
        let x = extract("Fans mourned the end of the Dana Whitfield-led series Night Courier. The Maren Solberg-directed Paper Lanterns opens in May.")
        #expect(has(x, "Dana Whitfield", .appearsIn, "Night Courier"), "\(x.facts)")
        #expect(x.facts.contains { $0.s == "Paper Lanterns" && $0.p == .crew && $0.o == "Maren Solberg" && $0.q?["role"] == "director" }, "\(x.facts)")
        #expect(type(x, "Dana Whitfield") == [.person])
    }

    @Test func aShoutedTitleIsAWork() {
        let x = extract("Tessa Marlowe returns as Ada Quill, joining Dev Okafor in KAER VALDOR.")
        #expect(x.facts.contains { $0.s == "Tessa Marlowe" && $0.p == .appearsIn && $0.o.uppercased() == "KAER VALDOR" }, "\(x.facts)")
        #expect(!x.entities.contains { $0.name.uppercased() == "EXCLUSIVE" })
    }

    @Test func aSeriesFollowsItsHero() {
        let x = extract("Night Courier follows disgraced detective Ava Brandt, played by Noor Haddad, through one long night.")
        #expect(has(x, "Ava Brandt", .appearsIn, "Night Courier"), "\(x.facts)")
    }

    @Test func setPhotosPutTheirCharactersInTheWork() {
        let x = extract("New set photos from Harbor Lights show Nina Sorel (Hana Takeda) and Mack Dorsey (Luis Ortega) filming a chase in Boston.")
        #expect(has(x, "Nina Sorel", .appearsIn, "Harbor Lights"), "\(x.facts)")
        #expect(has(x, "Mack Dorsey", .appearsIn, "Harbor Lights"), "\(x.facts)")
    }

    @Test func nearMissesOfTheNewFamilies() {
        // Seen together at a convention is no set visit.
        let x = extract("Harbor Lights returns in May. Hana Sato and Luis Ortega, who play Nina Sorel and Mack Dorsey, were spotted together at Comic-Con.")
        #expect(!x.facts.contains { $0.p == .appearsIn && $0.s == "Nina Sorel" && $0.evidence.contains("spotted") && !$0.evidence.contains("play") }, "\(x.facts)")
        // The end of filming is not a release date.
        let y = extract("Harbor Lights will premiere on Netflix. Filming is scheduled to wrap before Christmas.", published: "2019-06-01")
        #expect(!y.facts.contains { $0.p == .release && $0.o.hasSuffix("-12-25") }, "\(y.facts)")
        // An actor's credit is not the work a sentence speaks of.
        let c = extract("Night Courier was renewed by Hulu last month. The Paper Lanterns star said Ava will change in season two.")
        #expect(!c.facts.contains { $0.p == .renewal && $0.s == "Paper Lanterns" }, "\(c.facts)")
        // A crew title after "as" describes no role: the partner stays a person.
        let z = extract("Gregory Hale created Harbor Lights and serves as executive producer alongside Nadia Brandt.")
        #expect(type(z, "Nadia Brandt") == [.person], "\(z.entities)")
        #expect(z.facts.contains { $0.p == .crew && $0.o == "Nadia Brandt" }, "\(z.facts)")
        // "announced as The Iron Orchard villain" says whose villain, not whom she plays.
        let v = extract("Hana Takeda was announced as The Iron Orchard villain at Comic-Con.")
        #expect(!v.facts.contains { $0.p == .plays }, "\(v.facts)")
        // A label before a number is no name.
        let m = extract("Other Hulu dramas include Paper Lanterns (Metascore: 73) and Cold Harbor (81).")
        #expect(!m.entities.contains { $0.name == "Metascore" }, "\(m.entities)")
        // A role ties to a work named near it, not to one far away in the sentence.
        let w = extract("The clip shows Tom Ellison as Captain Orrin wearing a gold uniform much like the one worn by the captain of the ship in the old film Starfall.")
        #expect(!w.facts.contains { $0.p == .plays && $0.q?["work"] == "Starfall" }, "\(w.facts)")
    }

    @Test func couldStarIsHedged() {
        let x = extract("Rosario Dawson could appear in The Defenders, according to the actress herself.")
        #expect(x.facts.contains { $0.p == .appearsIn && $0.s == "Rosario Dawson" && $0.modality != .asserted })
    }

    @Test func aNegationIsKeptAsNegated() {
        let x = extract("Charlie Cox will not appear in Iron Fist, the studio said.")
        #expect(has(x, "Charlie Cox", .appearsIn, "Iron Fist", modality: .negated))
    }

    // MARK: platform, release, renewal, episodes

    @Test func platformsFromCompoundsAndSubjects() {
        let x = extract("Fans lined up for the Starfall Academy Netflix premiere event. The Glass Orchard is now the third of Hulu's original dramas to be cancelled this year.")
        #expect(has(x, "Starfall Academy", .platform, "Netflix"), "\(x.facts)")
        #expect(has(x, "The Glass Orchard", .platform, "Hulu"), "\(x.facts)")
    }

    @Test func platformsFromPossessivesAndPrepositions() {
        let x = extract("Netflix's Luke Cage was a hit. The Punisher is coming to Netflix in 2017.")
        #expect(has(x, "Luke Cage", .platform, "Netflix"))
        #expect(has(x, "The Punisher", .platform, "Netflix"))
    }

    @Test func renewalsAndCancellations() {
        let x = extract("Netflix has renewed Luke Cage for a second season.")
        #expect(has(x, "Luke Cage", .renewal, "2"))
        let y = extract("Netflix cancelled Daredevil after three seasons on Friday.")
        #expect(has(y, "Daredevil", .renewal, "4", modality: .negated))
    }

    @Test func episodeCounts() {
        let x = extract("The Defenders will be an eight-episode event series on Netflix.")
        #expect(has(x, "The Defenders", .episodes, "8"))
    }

    // MARK: official statements

    @Test(arguments: [
        "Netflix has officially announced that the series Luke Cage will premiere on September 30, 2016.",
        "Marvel Studios confirmed that the series Luke Cage will premiere on September 30, 2016.",
        "The streamer announced that the series Luke Cage will premiere on September 30, 2016.",
        "The series Luke Cage will premiere on September 30, 2016, according to Netflix.",
        "In a statement, the producers said the series Luke Cage will premiere on September 30, 2016.",
    ])
    func theStudioOrPlatformSpeaking(_ sentence: String) {
        let fact = extract(sentence).facts.first { $0.s == "Luke Cage" && $0.p == .release }
        #expect(fact?.official == true, "\(String(describing: fact))")
    }

    @Test(arguments: [
        "Deadline confirmed that the series Luke Cage will premiere on September 30, 2016.",
        "The series Luke Cage will premiere on September 30, 2016, according to Deadline.",
        "The series Luke Cage will premiere on September 30, 2016.",
        "Netflix announced a new slate, and insiders say the series Luke Cage could premiere on September 30, 2016.",
    ])
    func anOutletsOwnReportIsNotOfficial(_ sentence: String) {
        let facts = extract(sentence).facts.filter { $0.s == "Luke Cage" && $0.p == .release }
        #expect(!facts.isEmpty && facts.allSatisfy { !$0.official }, "\(facts)")
    }

    @Test func aPageTheStudioPublishedIsOfficial() {
        let article = Article(id: "t", outlet: "about.netflix.com", published: "2016-08-01",
                              text: "Lore Test Headline\n\nThe series Luke Cage will premiere on September 30, 2016.")
        #expect(Extractor().extract(article).facts.contains { $0.p == .release && $0.official })
        let other = Article(id: "u", outlet: "tvgrid.example", published: "2016-08-01",
                            text: "Lore Test Headline\n\nThe series Luke Cage will premiere on September 30, 2016.")
        #expect(!Extractor().extract(other).facts.contains { $0.official })
    }

    // MARK: crew, villain, relationship, filming, spinoff, part_of

    @Test func crewRoles() {
        let x = extract("Showrunner Marco Ramirez talked about The Defenders. The Punisher is executive produced by Steve Lightfoot, and showrunner Steve Lightfoot wrote the pilot.")
        #expect(x.facts.contains { $0.p == .crew && $0.s == "The Defenders" && $0.o == "Marco Ramirez" && $0.q?["role"] == "showrunner" })
        #expect(type(x, "Marco Ramirez") == [.person])
    }

    @Test func villains() {
        let x = extract("Sigourney Weaver is the villain of The Defenders.")
        #expect(has(x, "Sigourney Weaver", .villainOf, "The Defenders"))
    }

    @Test func familyTiesThroughTitlesAndAppositions() {
        let x = extract("Halvard Stormborn (Ivo Brandt) is the younger brother of King Eirik Stormborn. Maren Holt is the daughter of the Lord Steward, Ansel Holt.")
        #expect(x.facts.contains { $0.p == .relationship && $0.q?["kind"] == "family" && [$0.s, $0.o].contains("Halvard Stormborn") }, "\(x.facts)")
        #expect(x.facts.contains { $0.p == .relationship && $0.q?["kind"] == "family" && [$0.s, $0.o].contains("Ansel Holt") }, "\(x.facts)")
    }

    @Test func relationshipsFromAppositions() {
        let x = extract("Stick, Matt Murdock's mentor, returns in the new season of Daredevil.")
        #expect(x.facts.contains { $0.p == .relationship && $0.s == "Stick" && $0.o == "Matt Murdock" && $0.q?["kind"] == "mentor" })
    }

    @Test func comicsAsidesAreInComicsScope() {
        let x = extract("In the comics, Luke Cage and Jessica Jones are married.")
        #expect(x.facts.contains { $0.p == .relationship && $0.q?["kind"] == "married" && $0.scope == .comics })
    }

    @Test func filmingLocations() {
        let x = extract("The Defenders is currently shooting in New York City.")
        #expect(has(x, "The Defenders", .filming, "New York City"))
        #expect(type(x, "New York City") == [.place])
    }

    @Test func spinoffs() {
        let x = extract("Fans are waiting for the Daredevil spinoff The Punisher.")
        #expect(has(x, "The Punisher", .spinoffOf, "Daredevil"))
    }

    @Test func aliasesFromAka() {
        let x = extract("Finn Jones plays Danny Rand aka Iron Fist in the new series.")
        #expect(has(x, "Danny Rand", .alias, "Iron Fist"))
        #expect(x.entities.first { $0.name == "Danny Rand" }?.aliases.contains("Iron Fist") == true)
    }

    @Test func laterNamesAreAliases() {
        let x = extract("Tom Ellison played Orrin Vale in the first film. The sequel opens years after Orrin Vale, now Darth Malvex, burned the fleet.")
        #expect(has(x, "Orrin Vale", .alias, "Darth Malvex"), "\(x.facts)")
        let y = extract("Ilsa Brandt is the heroine of Night Courier. She leads a double life as a masked vigilante known as Nightshade.")
        #expect(has(y, "Ilsa Brandt", .alias, "Nightshade"), "\(y.facts)")
        // A friend with a name is another person, not another name.
        let z = extract("Ilsa Brandt is the heroine of Night Courier. She meets a friend named Tobias Venn.")
        #expect(!z.facts.contains { $0.p == .alias }, "\(z.facts)")
    }

    @Test func aNicknameInsideANameIsAnAlias() {
        let x = extract(#"The club belongs to Cornell "Cottonmouth" Stokes, played by Mahershala Ali. Ali's Cottonmouth steals every scene."#)
        #expect(has(x, "Cornell Stokes", .alias, "Cottonmouth"))
        #expect(has(x, "Mahershala Ali", .plays, "Cornell Stokes"))
        #expect(x.entities.first { $0.name == "Cornell Stokes" }?.type == .character)
        #expect(!x.entities.contains { $0.name == "Cottonmouth" }, "the nickname is an alias, not an entity of its own")
    }

    // MARK: entities

    @Test func aCharacterAndAWorkThatShareANameStayApart() {
        let x = extract("Luke Cage season 2 is coming. In the new season, Luke Cage (Mike Colter) faces a new enemy.")
        #expect(type(x, "Luke Cage") == [.character, .work])
        #expect(has(x, "Mike Colter", .plays, "Luke Cage"))
    }

    @Test func ranksAndTitlesNameCharacters() {
        let x = extract("The trailer opens on Captain Ilsa Moreau at the helm. Later, Commander Tobias Venn gives the order.")
        #expect(type(x, "Ilsa Moreau") == [.character], "\(x.entities)")
        #expect(type(x, "Tobias Venn") == [.character], "\(x.entities)")
        // A title that is a whole name keeps its first word.
        let y = extract("Fans are still debating Captain Marvel and Doctor Who this week.")
        #expect(y.entities.contains { $0.name == "Captain Marvel" }, "\(y.entities)")
        #expect(y.entities.contains { $0.name == "Doctor Who" }, "\(y.entities)")
    }

    @Test func aListUnderASeriesHeaderIsOfWorks() {
        let x = extract("Only two series remain on the service: Mara Quill and The Long Static.")
        #expect(type(x, "Mara Quill") == [.work], "\(x.entities)")
        let y = extract("The Silver Hour follows the titular detective agency through one winter.")
        #expect(type(y, "The Silver Hour") == [.work], "\(y.entities)")
        let z = extract("The uniform recalls Star Trek: The Original Series.")
        #expect(z.entities.contains { $0.name == "Star Trek: The Original Series" }, "\(z.entities)")
    }

    @Test func typesFromFranchisesKinAndCasting() {
        let x = extract("Lena Voss also wrote for the Starfall movie franchise.")
        #expect(type(x, "Starfall") == [.franchise], "\(x.entities)")
        let y = extract("Maren Holt is the daughter of Ansel Holt, the lord of the keep.")
        #expect(type(y, "Ansel Holt") == [.character], "\(y.entities)")
        // "for Season 2" after a casting names the role, not a renewed work.
        let z = extract("Night Courier casts Ilsa Brandt for season 2.")
        #expect(!z.facts.contains { $0.p == .renewal && $0.s == "Ilsa Brandt" }, "\(z.facts)")
        // A person's name can qualify a film: "the 2003 Ben Affleck movie".
        let w = extract("The part was last played in the 2003 Ben Affleck movie.")
        #expect(type(w, "Ben Affleck") == [.person], "\(w.entities)")
    }

    @Test func aKnownNameWithACompanyWordIsTheCompany() {
        let x = extract("The series comes from CBS Studios and is written up by Syfy Wire every week.")
        #expect(x.entities.contains { $0.name == "CBS Studios" && $0.type == .organization }, "\(x.entities)")
        #expect(!x.entities.contains { $0.name == "Studios" }, "\(x.entities)")
    }

    @Test func heroesActTitlesDoNot() {
        let x = extract("Harbor Lights will premiere on Netflix in May. New set photos show Ironclad and Nightshade teaming up in Boston.")
        #expect(type(x, "Ironclad").contains(.character), "\(x.entities)")
        #expect(has(x, "Nightshade", .appearsIn, "Harbor Lights"), "\(x.facts)")
    }

    @Test func aLaterDateNarrowsTheFirst() {
        let x = extract("Night Courier is due next year, most likely in the summer.", published: "2016-11-20")
        // "most likely" hedges the date it qualifies, and with it the release (GUIDELINE: likely → hedged).
        #expect(has(x, "Night Courier", .release, "2017-SU", modality: .hedged), "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .release && $0.o == "2017" }, "\(x.facts)")
    }

    @Test func shortNamesAreAliases() {
        let x = extract("Mike Colter returns as Luke Cage. Colter said the suit is heavy.")
        #expect(x.entities.first { $0.name == "Mike Colter" }?.aliases == ["Colter"])
    }

    @Test func evidenceIsTheSentenceAndItsByteRange() throws {
        let article = Article(id: "t", published: "2016-11-20", text: "Headline Here\n\nNetflix’s Luke Cage was a hit.")
        let fact = try #require(Extractor().extract(article).facts.first { $0.p == .platform })
        #expect(fact.evidence == "Netflix’s Luke Cage was a hit.")
        #expect(article.text.utf8Slice(fact.start..<fact.end) == fact.evidence)
    }

    /// Rules look a few words ahead and behind; a pattern cut off at either end of a sentence or a
    /// headline must not trap (a trap ends the whole batch). Every cut of sentences full of cues.
    @Test func everyCutOfASentenceIsReadWithoutTrapping() {
        let sentences = [
            "Harbor Lights, which Hulu ordered last year, returns for its third season as Tara Quinn's Mira Kess (played by Quinn) faces off against Victor Kane, Mira's old nemesis.",
            "Netflix has renewed Night Shift, the Harbor Lights spinoff starring Lena Ortiz as Sofia Kess, aka the Ghost, for a second season due in May.",
            "The role of Sofia Kess went to Lena Ortiz, who is best known for playing Ada in Salt Crown; she will not return for the third season of Dead Reckoning.",
        ]
        for sentence in sentences {
            let words = sentence.split(separator: " ")
            for cut in 1..<words.count {
                let head = words[..<cut].joined(separator: " "), tail = words[cut...].joined(separator: " ")
                for text in [head, tail, head + "\n\n" + tail] {
                    _ = Extractor().extract(Article(id: "cut", published: "2017-03-01", text: text))
                    _ = Extractor().extract(Article(id: "cut", title: text, published: "2017-03-01", text: tail))
                }
            }
        }
    }
}
