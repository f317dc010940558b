import Testing
import LoreReading
@testable import LoreExtraction

/// Patterns for recall (issue 3): coreference, lists, appositions, relative clauses, anaphoric works.
/// Every sentence is written for the test, about invented shows.
@Suite struct RecallPatternTests {
    func extract(_ body: String, published: String = "2016-11-20", headline: String = "Lore Test Headline") -> Extraction {
        Extractor().extract(Article(id: "t", published: published, text: headline + "\n\n" + body))
    }

    func has(_ x: Extraction, _ s: String, _ p: FactPredicate, _ o: String, modality: Modality = .asserted, scope: Scope = .screen) -> Bool {
        x.facts.contains { $0.s == s && $0.p == p && $0.o == o && $0.modality == modality && $0.scope == scope }
    }

    func kind(_ x: Extraction, _ s: String, _ o: String) -> String? {
        x.facts.first { $0.p == .relationship && ($0.s == s && $0.o == o || $0.s == o && $0.o == s) }?.q?["kind"]
    }

    func type(_ x: Extraction, _ name: String) -> Set<EntityType> {
        Set(x.entities.filter { $0.name == name }.map(\.type))
    }

    // MARK: entity types

    @Test func outletsNamedByTheirDomainOrAsASourceAreOrganisations() {
        let x = extract("Lena Ortiz told Screenwire.com that filming is over. Reelnotes.com will have more soon. The listing was spotted via Kinoblog, and a still ran courtesy of Lumenpix.")
        for name in ["Screenwire.com", "Reelnotes.com", "Kinoblog", "Lumenpix"] { #expect(type(x, name) == [.organization], "\(name): \(x.entities)") }
        // Near-misses: a sentence's last word before its period, a web address's path, a person reached "via" someone.
        let y = extract("The cast met Dana Verhoeven. Com Truly is a band. Read it at Screenwire.com/news today. The offer came via Dana Verhoeven.")
        #expect(!y.entities.contains { $0.name.contains(".") }, "\(y.entities)")
        #expect(type(y, "Dana Verhoeven") == [.person], "\(y.entities)")
    }

    @Test func aKnownNameBeforeAnEventsEndingNamesTheEvent() {
        let x = extract("Netflix showed the trailer on Netflix Fan Day. The footage played at Star Trek Day, and at HarborCon the cast signed posters.")
        #expect(type(x, "Netflix Fan Day") == [.event], "\(x.entities)")
        #expect(type(x, "Star Trek Day") == [.event], "\(x.entities)")
        #expect(type(x, "HarborCon") == [.event], "\(x.entities)")
        #expect(type(x, "Netflix") == [.organization], "\(x.entities)")
        // Near-miss: a known name and an ordinary capitalised word after it.
        let y = extract("Star Trek Fans will love it, and Netflix Today is a newsletter.")
        #expect(!y.entities.contains { $0.type == .event }, "\(y.entities)")
    }

    @Test func aJobTitlesDepartmentIsNotPartOfThePersonsName() {
        let x = extract("Lucasfilm Head of Animation Kathleen Moreau said the season is done.")
        #expect(type(x, "Kathleen Moreau") == [.person], "\(x.entities)")
        #expect(!x.entities.contains { $0.name.hasPrefix("Television") }, "\(x.entities)")
    }

    @Test func aWordSaidOfActorsTooAfterAPossessiveLeavesAPersonsNameAPerson() {
        let x = extract("Set Photos Reveal Dana Verhoeven's New Look. Dana Verhoeven joined Iron Harbor in May.")
        #expect(type(x, "Dana Verhoeven") == [.person], "\(x.entities)")
        // A word only works have, or one said of a work's season, still names the work.
        let y = extract("Night Harbor's showrunner spoke to fans. Dana Verhoeven's second season begins in May.")
        #expect(type(y, "Night Harbor") == [.work], "\(y.entities)")
        #expect(type(y, "Dana Verhoeven") == [.work], "\(y.entities)")
    }

    @Test func anAcronymOfANameSaidInFullIsThatName() {
        let x = extract("The Harbor Cinematic Universe keeps growing, and this year the HCU adds a new series. Lantern Bay Comic-Con is next week, and LBCC will host the panel.")
        #expect(x.entities.first { $0.name.hasSuffix("Harbor Cinematic Universe") }?.aliases == ["HCU"], "\(x.entities)")
        #expect(x.entities.first { $0.name == "Lantern Bay Comic-Con" }?.aliases == ["LBCC"], "\(x.entities)")
        // Near-miss: capitals that are nobody's initials stay a name of their own.
        let y = extract("The Harbor Cinematic Universe keeps growing on HBO.")
        #expect(type(y, "HBO") == [.organization], "\(y.entities)")
    }

    @Test func aNameBeforeFranchiseIsTheFranchise() {
        let x = extract("Dana Verhoeven later played Vesna in the Night Harbor franchise.")
        #expect(type(x, "Night Harbor") == [.franchise], "\(x.entities)")
        #expect(!x.facts.contains { $0.p == .appearsIn && $0.o == "Night Harbor" }, "\(x.facts)")
        // The franchise still counts for the work of its name when "the series" is read.
        let y = extract("Iron Harbor season 2 is on the way. Dana Verhoeven joined Dusk Road last year, and Dusk Road's cast grew. "
                        + "Netflix gave the Iron Harbor franchise a reboot, and the Iron Harbor franchise is in good hands. The series will return in 2017.")
        #expect(has(y, "Iron Harbor", .release, "2017"), "\(y.facts)")
        #expect(type(y, "Iron Harbor") == [.work, .franchise], "\(y.entities)")
    }

    @Test func aTitleNamedAfterItsHerosFirstOrLastNameStaysATitle() {
        let x = extract("The second and final season of Vesk will premiere on Netflix in April. Dana Verhoeven returns as Talia Vesk, and Vesk is back on set.")
        #expect(type(x, "Vesk") == [.work], "\(x.entities)")
        #expect(type(x, "Talia Vesk") == [.character], "\(x.entities)")
        #expect(has(x, "Vesk", .platform, "Netflix"), "\(x.facts)")
        #expect(has(x, "Dana Verhoeven", .plays, "Talia Vesk"), "\(x.facts)")
        // Near-miss: "fans of" a character's first name is no title.
        let y = extract("Dana Verhoeven plays Talia Vesk in Iron Harbor. Fans of Talia and Marlowe Quinn have reason to celebrate.")
        #expect(!y.entities.contains { $0.name == "Talia" }, "\(y.entities)")
    }

    @Test func aWeekdayIsATitleWhereOnlyATitleCanStand() {
        let x = extract("Netflix's Wednesday is back: Wednesday season 2 arrives in August. Fans heard the news on a Wednesday.")
        #expect(type(x, "Wednesday") == [.work], "\(x.entities)")
        let y = extract("The trailer dropped on Wednesday, and the Summer season will bring more.")
        #expect(!y.entities.contains { $0.name == "Wednesday" || $0.name == "Summer" }, "\(y.entities)")
    }

    @Test func aTitleBeforeOfOpensTheName() {
        let x = extract("A Knight of the Seven Harbors will premiere on HBO in January. Knight of the Seven Harbors stars Dana Verhoeven.")
        #expect(!x.entities.contains { $0.name.hasPrefix("of ") }, "\(x.entities)")
    }

    @Test func aNameMadeAnAdjectiveByAHyphenIsNoName() {
        let x = extract("It became Netflix's most-watched English-language series, a Harbor-era story.")
        #expect(!x.entities.contains { $0.name.contains("-") }, "\(x.entities)")
    }

    @Test func aTitleThatOnlyQualifiesANounIsNotTheArticlesWork() {
        let x = extract("The Harbor Saga spinoff Tides of Vesk is filming in Belfast. Mara Quill has been cast in an undisclosed role. "
                        + "Harbor Saga veterans will be pleased, and Harbor Saga alums too.")
        #expect(has(x, "Mara Quill", .appearsIn, "Tides of Vesk"), "\(x.facts)")
        // Near-miss: "stars" after a title is its verb, and the title is the article's.
        let y = extract("Iron Harbor stars Dana Verhoeven as Talia. Iron Harbor stars Mara Quill too. Dusk Road is another show. Lena Ortiz has been cast in a recurring role.")
        #expect(has(y, "Lena Ortiz", .appearsIn, "Iron Harbor"), "\(y.facts)")
    }

    @Test func anAppearanceInAWorkTheTextSpeaksOfIsInTheArticlesWork() {
        let x = extract("Harbor Lights returns to Netflix in May. Dana Verhoeven joins the cast in a role the streamer is keeping quiet. "
                        + "Tomas Brandt, who played a sheriff in Salt Crown, is said to make an appearance in the new season. "
                        + "Noor Haddad will not appear in the new season, Netflix confirmed. And yes, Pell Okafor is back too. "
                        + "Mira Sands also turns up, in a role nobody will name.")
        #expect(has(x, "Dana Verhoeven", .appearsIn, "Harbor Lights"), "\(x.facts)")
        #expect(has(x, "Tomas Brandt", .appearsIn, "Harbor Lights", modality: .rumored), "\(x.facts)")
        #expect(has(x, "Noor Haddad", .appearsIn, "Harbor Lights", modality: .negated), "\(x.facts)")
        #expect(has(x, "Pell Okafor", .appearsIn, "Harbor Lights"), "\(x.facts)")
        #expect(has(x, "Mira Sands", .appearsIn, "Harbor Lights"), "\(x.facts)")
        // Near-misses: another work named, or said to be another ("the original film"); a return as a role or to a stage.
        let y = extract("Harbor Lights returns to Netflix in May. Dana Verhoeven joins the cast in Salt Crown instead. "
                        + "Tomas Brandt appeared in the original film. Noor Haddad is back as Captain Hale.")
        #expect(has(y, "Dana Verhoeven", .appearsIn, "Salt Crown"), "\(y.facts)")
        #expect(!has(y, "Dana Verhoeven", .appearsIn, "Harbor Lights"), "\(y.facts)")
        #expect(!y.facts.contains { $0.p == .appearsIn && $0.s == "Tomas Brandt" }, "\(y.facts)")
        #expect(!y.facts.contains { $0.s == "Noor Haddad" && $0.p == .appearsIn && $0.o != "Harbor Lights" }, "\(y.facts)")
    }

    @Test func veteransOfAWorkListedAfterItAppearedInIt() {
        let x = extract("Harbor Lights returns to Netflix in May. Salt Crown veterans Ada Quill, Tessa Marlowe and Cormac Vey all returned alongside Jon Bright.")
        for name in ["Ada Quill", "Tessa Marlowe", "Cormac Vey"] {
            #expect(has(x, name, .appearsIn, "Salt Crown"), "\(name): \(x.facts)")
            #expect(has(x, name, .appearsIn, "Harbor Lights"), "\(name): \(x.facts)")
        }
        // Near-miss: a plural credit noun followed by no names.
        let y = extract("Harbor Lights returns to Netflix in May. Salt Crown veterans will be pleased.")
        #expect(!y.facts.contains { $0.p == .appearsIn }, "\(y.facts)")
    }

    @Test func aLongListOfPeoplesNamesMakesItsOddNameAPerson() {
        let x = extract("Harbor Lights returns to Netflix in May. The reunion brought Jonah Pike, Marina Sorvik, Tessa Marlowe and Peter Vance back.")
        #expect(type(x, "Marina Sorvik") == [.person], "\(x.entities)")
        // Near-miss: a title after a given name's look with a function word in it ("Agatha All Along") is a title.
        let y = extract("Marvel's Helena All Along comes to Disney+ in May.")
        #expect(type(y, "Helena All Along") == [.work], "\(y.entities)")
    }

    @Test func titlesWithAnAmpersandOrOpeningWithANumberKeepTheirWholeName() {
        let x = extract("The Harbor & Lamp premieres on Netflix in May. Its writers grew up on the Seven Harbors novels. Harbors fans are thrilled.")
        #expect(type(x, "The Harbor & Lamp") == [.work], "\(x.entities)")
        #expect(x.entities.contains { $0.name == "Seven Harbors" }, "\(x.entities)")
        #expect(!x.entities.contains { $0.name == "Harbors" || $0.name == "Lamp" }, "\(x.entities)")
        // Near-miss: two people's first names joined by an ampersand stay two names.
        let y = extract("Iron Harbor returns in May. Fans of Maria & Luke will be pleased.")
        #expect(!y.entities.contains { $0.name.contains("&") }, "\(y.entities)")
    }

    @Test func aSpeakersLabelInAnInterviewIsNoPartOfAName() {
        let x = extract("Iron Harbor returns in May. We spoke to the showrunner.\n\nQuill: Everything changed this year.\n\nQuill: Honestly, Tom Reyes made it work.")
        #expect(type(x, "Tom Reyes") == [.person], "\(x.entities)")
        #expect(!x.entities.contains { $0.name.hasPrefix("Quill:") }, "\(x.entities)")
        // Near-miss: a title with its subtitle, said the same way at the start of several sentences.
        let y = extract("Nightshift: Last Covenant returns in May. Nightshift: Last Covenant stars Tom Reyes.")
        #expect(type(y, "Nightshift: Last Covenant") == [.work], "\(y.entities)")
    }

    @Test func anActorBackAsARoleAfterAnotherActorsRoleIsAPerson() {
        let x = extract("Iron Harbor returns in May. Wunmi Okafor returns as Hunter Vale, and Gugu Ansah is back as Rhea Stone. "
                        + "Emmy Dorsey is Allison, Viktor's sister. Co-showrunner Ada Quill said the season is darker.")
        #expect(has(x, "Gugu Ansah", .plays, "Rhea Stone"), "\(x.facts)")
        #expect(has(x, "Emmy Dorsey", .plays, "Allison"), "\(x.facts)")
        #expect(kind(x, "Allison", "Viktor") == "family", "\(x.facts)")
        #expect(type(x, "Ada Quill") == [.person], "\(x.entities)")
        // Near-miss: a role list after "as" still makes its members roles; an actor who is another's co-star plays no one.
        let y = extract("Iron Harbor returns in May. Tom Reyes and Lena Ortiz return as Hunter Vale and Rhea Stone. Dana Hill is Tom Reyes's co-star.")
        #expect(has(y, "Lena Ortiz", .plays, "Rhea Stone"), "\(y.facts)")
        #expect(!y.facts.contains { $0.p == .plays && $0.s == "Dana Hill" }, "\(y.facts)")
    }

    @Test func aRoleNamedAfterItsDescriptionAndAComma() {
        let x = extract("Iron Harbor returns in May. Julia Rehn plays his loyal subordinate, Tashiko. Cody Vale plays another cousin, Biscuit.")
        #expect(has(x, "Julia Rehn", .plays, "Tashiko"), "\(x.facts)")
        #expect(has(x, "Cody Vale", .plays, "Biscuit"), "\(x.facts)")
        let z = extract("Iron Harbor returns in May. Trystan Gale returns as her ambitious advisor, Pharazon.")
        #expect(has(z, "Trystan Gale", .plays, "Pharazon"), "\(z.facts)")
        // Near-miss: a play verb's partner is no role.
        let y = extract("Iron Harbor returns in May. Tom Reyes plays opposite, Dana Hill.")
        #expect(!y.facts.contains { $0.p == .plays }, "\(y.facts)")
    }

    @Test func anActorIsTheirRoleInACastList() {
        let x = extract("Iron Harbor returns in May. Dana Verhoeven is once again Sylvane. Tomas Brandt is Emperor Corvin Vale. "
                        + "Jodhi Marsh plays his wife, Empress Natalya. Mara Quill is their daughter, Princess Ynez. Archie Renaud was Mal Orsk.")
        #expect(has(x, "Dana Verhoeven", .plays, "Sylvane"), "\(x.facts)")
        #expect(has(x, "Tomas Brandt", .plays, "Corvin Vale"), "\(x.facts)")
        #expect(has(x, "Jodhi Marsh", .plays, "Natalya"), "\(x.facts)")
        #expect(has(x, "Mara Quill", .plays, "Ynez"), "\(x.facts)")
        #expect(has(x, "Archie Renaud", .plays, "Mal Orsk"), "\(x.facts)")
        #expect(kind(x, "Natalya", "Corvin Vale") == "married", "\(x.facts)")
        // Near-misses: a copula before a possessive, or before another's credit, casts no one.
        let y = extract("Iron Harbor returns in May. Dana Verhoeven is Tom Reyes's co-star. Lena Ortiz was Netflix's first choice.")
        #expect(!y.facts.contains { $0.p == .plays }, "\(y.facts)")
    }

    @Test func aPronounsRelativeAndATitledRelative() {
        let x = extract("Iron Harbor returns in May. Mark Dale is Emperor Corvin Vale, Jodi Marsh plays his wife, Empress Natalya. "
                        + "Tom Reyes plays Cliff Dorn. Ada Quill plays Rita Vane. Rita Vane is his best friend. Owain Marr's Prince Durin IV returns, and Durin's father, King Durin III, too. "
                        + "Dana Hill plays Lana Lark, Cliff Dorn's high school girlfriend.")
        #expect(kind(x, "Natalya", "Corvin Vale") == "married", "\(x.facts)")
        #expect(kind(x, "Rita Vane", "Cliff Dorn") == "friend", "\(x.facts)")
        #expect(kind(x, "Durin III", "Durin IV") == "family", "\(x.facts)")
        #expect(kind(x, "Lana Lark", "Cliff Dorn") == "former_romantic", "\(x.facts)")
        // Near-miss: a relative named in apposition is not the owner of the next one.
        let y = extract("Iron Harbor returns in May. Alaqua Cox plays Maya Lorne. Tantoo Vale plays her grandmother, Chula, and Graham Reed is her grandfather, Skully.")
        #expect(kind(y, "Skully", "Maya Lorne") == "family", "\(y.facts)")
        #expect(kind(y, "Skully", "Chula") == nil, "\(y.facts)")
    }

    @Test func aRelationSaidThroughHasBeenOrARelativeClause() {
        let x = extract("Iron Harbor returns in May. Tom Reyes plays Lex Varga, Dana Hill plays Clark Dunn, and Ada Quill plays Grover Pike. "
                        + "Lex Varga has been Clark Dunn's archenemy since the second season. Grover Pike, the satyr who is Clark Dunn's best friend, returns.")
        #expect(kind(x, "Lex Varga", "Clark Dunn") == "enemy", "\(x.facts)")
        #expect(kind(x, "Grover Pike", "Clark Dunn") == "friend", "\(x.facts)")
    }

    @Test func anOfficialAccountIsAnOrganisationNamedByItsHandle() {
        let x = extract("Harbor Lights returns to Netflix in May.\n\nOne day sooner. Harbor Lights Season 2 premieres May 5. pic.twitter.com/abc123\n— Harbor Lights (@HarborLightsTV) March 3, 2024\n\n"
                        + "Lumen Studios shared a still.\n\nThe lamp is lit. pic.twitter.com/def456\n— Lumen Studios (@LumenStudios) March 4, 2024\n\nThe cast is thrilled.")
        #expect(type(x, "@HarborLightsTV") == [.organization], "\(x.entities)")
        #expect(type(x, "@LumenStudios") == [.organization], "\(x.entities)")
        #expect(type(x, "Harbor Lights") == [.work], "\(x.entities)")
        // Near-miss: a fan's account and an actor's are people.
        let y = extract("Harbor Lights returns to Netflix in May. Dana Verhoeven plays Rhea.\n\nSo proud of this one. pic.twitter.com/ghi789\n— Dana Verhoeven (@danaverhoeven) March 3, 2024\n\n"
                        + "Fans are thrilled.\n\nI am not okay. pic.twitter.com/jkl012\n— Harbor Set Spotter (@harborspotter) March 4, 2024\n\nThe cast is thrilled.")
        #expect(y.entities.contains { $0.name == "Dana Verhoeven" && $0.type == .person }, "\(y.entities)")
        #expect(!y.entities.contains { $0.type == .organization && $0.name.hasPrefix("@") }, "\(y.entities)")
    }

    @Test func aTitleTheArticleAlwaysSaysWithItsAndIsOneTitle() {
        let x = extract("Shadow and Ember will end after two seasons, Netflix said. Shadow and Ember premiered in 2021. "
                        + "Percy Dale and the Olympians returns in May; Percy Dale and the Olympians stars Tom Reyes.")
        #expect(x.entities.contains { $0.name == "Shadow and Ember" && $0.type == .work }, "\(x.entities)")
        #expect(x.entities.contains { $0.name == "Percy Dale and the Olympians" && $0.type == .work }, "\(x.entities)")
        // Near-misses: a second half said on its own, and two people named together twice.
        let y = extract("Daredevil and the Ravens return in May. Daredevil and the Ravens team up. The Ravens are villains. "
                        + "Mike Dale and Rosario Vance met in 2015; Mike Dale and Rosario Vance married in 2019.")
        #expect(!y.entities.contains { $0.name.contains(" and ") }, "\(y.entities)")
    }

    @Test func aNameInsideARolesAppositionIsNotTheRolesWork() {
        let x = extract("Iron Harbor returns in May. Clive Reyes plays Crocus, the lighthouse keeper at the entrance to the Grand Line.")
        #expect(has(x, "Clive Reyes", .plays, "Crocus"), "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .appearsIn && $0.o == "Grand Line" }, "\(x.facts)")
        // The same after "returns as": the work the actor returns to is the article's.
        let z = extract("Iron Harbor returns in May. Ella Tull returns as Lois Lark, Clark's wife and the Daily Planet's most stubborn reporter.")
        #expect(has(z, "Ella Tull", .appearsIn, "Iron Harbor"), "\(z.facts)")
        #expect(!z.facts.contains { $0.p == .appearsIn && $0.o == "Daily Planet" }, "\(z.facts)")
        // Near-miss: a participle clause after the role still ties it to the work it names.
        let y = extract("Iron Harbor returns in May. Hayden Dale returns as Darth Vale, joining Ewan Marsh in ORVANDA KESH.")
        #expect(y.facts.contains { $0.p == .plays && $0.s == "Hayden Dale" && $0.q?["work"] == "ORVANDA KESH" }, "\(y.facts)")
    }

    @Test func theCensusGivenNamesMakePeople() {
        // Given names that are no English words, beyond the commonest: the names of actors, the "she" who plays a role.
        let x = extract("Iron Harbor returns in May. The cast includes Marisol Ferrante. She plays the detective Wren Hollis.")
        #expect(type(x, "Marisol Ferrante") == [.person], "\(x.entities)")
        #expect(has(x, "Marisol Ferrante", .plays, "Wren Hollis"), "\(x.facts)")
        // Near-miss: a royal title before a less common given name is not kept ("King Tomas" is Tomas).
        let y = extract("Olek Varga will play Prince Aldric Venn, King Tomas' younger brother.")
        #expect(kind(y, "Aldric Venn", "Tomas") == "family", "\(y.facts)")
    }

    @Test func aYearBeforeADescribedTitleIsItsRelease() {
        let x = extract("Iron Harbor returns in May. It draws on the 2008 animated film Star Harbor: The Wars and the 2010 game Fallen: New Harbor. "
                        + "Dana Hill starred in Netflix's 2020 teen romance The Half of Harbor.")
        #expect(has(x, "Star Harbor: The Wars", .release, "2008"), "\(x.facts)")
        #expect(has(x, "Fallen: New Harbor", .release, "2010"), "\(x.facts)")
        #expect(has(x, "The Half of Harbor", .release, "2020"), "\(x.facts)")
        // Near-miss: a year of something else the title is said of.
        let y = extract("Iron Harbor returns in May. The 2019 season of Iron Harbor was long.")
        #expect(!has(y, "Iron Harbor", .release, "2019"), "\(y.facts)")
    }

    @Test func crewSaidWithACopulaOrShared() {
        let x = extract("Iron Harbor returns in May. Alma Reyes is the showrunner and an executive producer. Nora Vance also serves as an executive producer. "
                        + "Joe Tracz is the sole showrunner for season two. The directing duo Justin Marr and Aaron Voss helmed most of the new episodes. "
                        + "Dana Hill is directing the film from a script she wrote with Dave Olin.")
        let role = { (p: String, r: String) in x.facts.contains { $0.p == .crew && $0.s == "Iron Harbor" && $0.o == p && $0.q?["role"] == r } }
        for (p, r) in [("Alma Reyes", "showrunner"), ("Alma Reyes", "producer"), ("Nora Vance", "producer"), ("Joe Tracz", "showrunner"),
                       ("Justin Marr", "director"), ("Aaron Voss", "director"), ("Dave Olin", "writer"), ("Dana Hill", "writer")] {
            #expect(role(p, r), "\(p) \(r): \(x.facts)")
        }
        // Near-miss: a producing company, and a person one works with on no making verb.
        let y = extract("Iron Harbor returns in May. Marvel Studios is producing. Dana Hill spoke with Dave Olin.")
        #expect(!y.facts.contains { $0.p == .crew }, "\(y.facts)")
    }

    @Test func crewRolesJoinedByAndAndRolesServedAgain() {
        let x = extract("Iron Harbor is coming back to Netflix. Creator and showrunner Tony Marsh said the season is darker. "
                        + "Dana Hill will again serve as director. The creators Ada Quill and Miles Varga are back as showrunners. "
                        + "Lena Ortiz co-created the series with Paul Brandt.")
        func crew(_ person: String, _ role: String) -> Bool { x.facts.contains { $0.p == .crew && $0.s == "Iron Harbor" && $0.o == person && $0.q?["role"] == role } }
        for (person, role) in [("Tony Marsh", "creator"), ("Tony Marsh", "showrunner"), ("Dana Hill", "director"), ("Ada Quill", "showrunner"),
                               ("Miles Varga", "showrunner"), ("Ada Quill", "creator"), ("Lena Ortiz", "creator"), ("Paul Brandt", "creator")] {
            #expect(crew(person, role), "\(person) \(role): \(x.facts)")
        }
        // Near-miss: "and" before an ordinary word joins no role to the name.
        let y = extract("Iron Harbor is back. The showrunner and fans met Tony Marsh at the premiere.")
        #expect(!y.facts.contains { $0.p == .crew && $0.o == "Tony Marsh" }, "\(y.facts)")
    }

    @Test func spinoffsSaidOfTheArticlesWork() {
        let x = extract("Mara Quill has joined the second season of Dusk V as Dean Vesk. The series is a spinoff of Iron Harbor, "
                        + "and the Iron Harbor prequel Tides of Vesk is filming too. The animated spinoff Harbor Tales arrives in May.")
        #expect(type(x, "Dusk V") == [.work], "\(x.entities)")
        #expect(has(x, "Dusk V", .spinoffOf, "Iron Harbor"), "\(x.facts)")
        #expect(has(x, "Tides of Vesk", .spinoffOf, "Iron Harbor"), "\(x.facts)")
        #expect(has(x, "Harbor Tales", .spinoffOf, "Dusk V"), "\(x.facts)")
        // Near-miss: an indefinite spinoff of another work says nothing of the article's.
        let y = extract("Mara Quill has joined the second season of Dusk Road as Vesna. Netflix also ordered a Iron Harbor spinoff last year.")
        #expect(!y.facts.contains { $0.p == .spinoffOf }, "\(y.facts)")
    }

    @Test func theSeasonsVillainIsTheArticlesWorks() {
        let x = extract("Iron Harbor returns to Netflix in May. Ben Marsh plays Orson Vesk and Lena Ortiz plays Talia Crane. "
                        + "Vesk is one of the season's main antagonists. Talia Crane, who is expected to be the film's big bad, is back.")
        #expect(has(x, "Orson Vesk", .villainOf, "Iron Harbor"), "\(x.facts)")
        #expect(has(x, "Talia Crane", .villainOf, "Iron Harbor", modality: .hedged), "\(x.facts)")
        // Near-miss: a villain of another season's owner named in the sentence stays that owner's.
        let y = extract("Iron Harbor returns to Netflix in May. Ben Marsh plays Orson Vesk. Vesk was the main antagonist of Dusk Road.")
        #expect(!has(y, "Orson Vesk", .villainOf, "Iron Harbor"), "\(y.facts)")
    }

    @Test func aNumberedPartIsPartOfTheTitle() {
        let x = extract("The Harbor Part II is dated for October 2, 2026, and Dusk: Part Two follows.")
        #expect(type(x, "The Harbor Part II") == [.work], "\(x.entities)")
        // Near-miss: a part that is no number stays outside ("Iron Harbor part of the lineup").
        let y = extract("Iron Harbor is part of the Netflix lineup.")
        #expect(!y.entities.contains { $0.name.contains("part") || $0.name.contains("Part") }, "\(y.entities)")
    }

    @Test func aNameKnownToSomeoneOrGivenToADescriptionIsAnAlias() {
        let x = extract("Lena Ortiz plays Una Vesk, known to the crew as Number Two. Ben Marsh returns as Henry Marlow, the boy who became the monster known as Hollowmaw.")
        #expect(x.facts.contains { $0.p == .alias && $0.s == "Una Vesk" && $0.o == "Number Two" }, "\(x.facts)")
        #expect(x.facts.contains { $0.p == .alias && $0.s == "Henry Marlow" && $0.o == "Hollowmaw" }, "\(x.facts)")
        // Near-miss: a capitalised name between belongs to no description.
        let y = extract("Ben Marsh returns as Henry Marlow, and Netflix released the monster known as Hollowmaw.")
        #expect(!y.facts.contains { $0.p == .alias && $0.s == "Henry Marlow" }, "\(y.facts)")
    }

    @Test func aRelationInAppositionAfterTheActorInBrackets() {
        let x = extract("Iron Harbor returns in May with Ben Marsh as Orin Crane. Standing in his way is Sofia Vane (Lena Ortiz), Orin's daughter. "
                        + "Hugo Lane (Tom Reed), Orin's most loyal ally, is back, and so is Jax Rook, Orin's stepson.")
        #expect(kind(x, "Sofia Vane", "Orin Crane") == "family", "\(x.facts)")
        #expect(kind(x, "Hugo Lane", "Orin Crane") == "ally", "\(x.facts)")
        #expect(kind(x, "Jax Rook", "Orin Crane") == "family", "\(x.facts)")
        // Near-miss: brackets that hold no actor leave the relation to no one.
        let y = extract("Iron Harbor returns in May with Ben Marsh as Orin Crane. The premiere (in May), Orin's daughter says, is near.")
        #expect(!y.facts.contains { $0.p == .relationship }, "\(y.facts)")
    }

    @Test func aRoleDescribedAfterAsAndADeterminer() {
        let x = extract("Iron Harbor returns in May. Tom Reed returns as the bard Varnick.")
        #expect(has(x, "Tom Reed", .plays, "Varnick"), "\(x.facts)")
        // Near-miss: "as the" before a title names no role.
        let y = extract("Tom Reed returns as the star of Dusk Road, a Netflix series.")
        #expect(!y.facts.contains { $0.p == .plays }, "\(y.facts)")
    }

    @Test func aWorkDescribedAsPartOfAFranchise() {
        let x = extract("Iron Harbor returns in May. It is the rare Star Wars series with a fixed end, and the second season is set firmly in the new Marvel Cinematic Universe.")
        #expect(has(x, "Iron Harbor", .partOf, "Star Wars"), "\(x.facts)")
        #expect(has(x, "Iron Harbor", .partOf, "Marvel Cinematic Universe"), "\(x.facts)")
        // Near-miss: a role played in a franchise makes no work of the article part of it.
        let y = extract("Iron Harbor returns in May. Tom Reed, who played Orin in that film, later played Vesna in the Star Wars franchise.")
        #expect(!y.facts.contains { $0.p == .partOf }, "\(y.facts)")
    }

    @Test func aBatchOfEpisodesOrSomeonesShareIsNotTheSeasonsCount() {
        let x = extract("Iron Harbor returns on Netflix with two episodes, then three episodes a week. Dana Hill directed four episodes, each three-episode block a year.")
        #expect(!x.facts.contains { $0.p == .episodes }, "\(x.facts)")
        // Near-miss: the season's own count, however it is released.
        let y = extract("Iron Harbor returns on Netflix and drops each of its 10 episodes weekly.")
        #expect(has(y, "Iron Harbor", .episodes, "10"), "\(y.facts)")
    }

    @Test func aRoleCastForASeasonIsNoTitle() {
        let x = extract("Iron Harbor books Tom Reed as Dr. Orin Vesk for season 3, the studio said.")
        #expect(type(x, "Orin Vesk") == [.character], "\(x.entities)")
        #expect(!x.facts.contains { $0.p == .renewal && $0.s == "Orin Vesk" }, "\(x.facts)")
        // Near-miss: a title that returns for a season is still one.
        let y = extract("Iron Harbor returns for season 3 on Netflix.")
        #expect(type(y, "Iron Harbor") == [.work], "\(y.entities)")
    }

    @Test func oneTitleInAListDoesNotMakeTheActorsTitles() {
        let x = extract("There was a lot to like about Night Harbor, and Dana Verhoeven and Malik Osei's chemistry was one of the highlights. Dana Verhoeven and Malik Osei were spotted filming in Chicago.")
        #expect(type(x, "Dana Verhoeven") == [.person], "\(x.entities)")
        #expect(type(x, "Malik Osei") == [.person], "\(x.entities)")
    }

    @Test func anAsideInBracketsSaysWhoseRelationTheNameIs() {
        let x = extract("Ada Quill, Tessa Marlowe and Pip (Ada Quill's neighbor) have also joined The Lanterns cast.")
        #expect(type(x, "Pip") == [.character], "\(x.entities)")
        #expect(type(x, "Ada Quill") == [.character], "\(x.entities)")
        for name in ["Ada Quill", "Tessa Marlowe", "Pip"] { #expect(has(x, name, .appearsIn, "The Lanterns"), "\(name): \(x.facts)") }
    }

    @Test func castingAnnouncementsForRolesNameCharacters() {
        let x = extract("Netflix ordered Iron Harbor last year. The studio made casting announcements for Mara Voss and Teddy Lark this week.")
        #expect(type(x, "Mara Voss") == [.character], "\(x.entities)")
        #expect(has(x, "Mara Voss", .appearsIn, "Iron Harbor"), "\(x.facts)")
        #expect(has(x, "Teddy Lark", .appearsIn, "Iron Harbor"), "\(x.facts)")
    }

    @Test func aSeriesCalledXIsAWorkAndAnAdjectiveIsNoName() {
        let x = extract("Lucasfilm is developing a High Republic-related series from Leslye Headland called Acolyte.")
        #expect(type(x, "Acolyte") == [.work], "\(x.entities)")
        #expect(!x.entities.contains { $0.name.hasSuffix("-related") }, "\(x.entities)")
    }

    @Test func aBatchOfShowsIncludingAListNamesWorks() {
        let x = extract("It joins a whole batch of new Star Wars shows slated to appear on the streaming service, including Andor, Lando and Ahsoka.")
        for name in ["Andor", "Lando", "Ahsoka"] { #expect(type(x, name) == [.work], "\(name): \(x.entities)") }
    }

    @Test func aOneWordTitleBeforeAnActorIsTheActorsCredit() {
        let x = extract("A new villain, played by Dusk's Marla Quinn, will appear in Iron Harbor.")
        #expect(type(x, "Dusk") == [.work], "\(x.entities)")
        #expect(has(x, "Marla Quinn", .appearsIn, "Dusk"), "\(x.facts)")
        #expect(has(x, "Marla Quinn", .villainOf, "Iron Harbor"), "\(x.facts)")
        #expect(!has(x, "Marla Quinn", .villainOf, "Dusk"), "\(x.facts)")
    }

    @Test func aTitleThatActsAsAHeroIsACharacter() {
        let x = extract("The series Ivy Lane is streaming on Hulu. Ivy Lane and Rook Harlan reunite in the new season.")
        #expect(type(x, "Ivy Lane") == [.work, .character], "\(x.entities)")
    }

    @Test func aCountOfEpisodesIsAWorks() {
        let x = extract("Marla Quinn has been cast as Ivy Lane in the Hulu series of the same name. Ivy Lane will only be eight episodes.")
        #expect(type(x, "Ivy Lane") == [.work, .character], "\(x.entities)")
        #expect(has(x, "Ivy Lane", .episodes, "8"), "\(x.facts)")
        #expect(has(x, "Ivy Lane", .platform, "Hulu"), "\(x.facts)")
        #expect(x.facts.contains { $0.p == .plays && $0.s == "Marla Quinn" && $0.o == "Ivy Lane" && $0.q?["work"] == "Ivy Lane" }, "\(x.facts)")
    }

    // MARK: works spoken of without their names

    @Test func theSeriesAndItNameTheArticlesWork() {
        let x = extract("Iron Harbor is a new thriller. We also learned the series will hit Netflix in the spring.")
        #expect(has(x, "Iron Harbor", .platform, "Netflix"), "\(x.facts)")
        let y = extract("Glass House is a new drama. It will be one of two shows, along with Iron Harbor, which are coming to Hulu.")
        #expect(has(y, "Glass House", .platform, "Hulu"), "\(y.facts)")
        #expect(has(y, "Iron Harbor", .platform, "Hulu"), "\(y.facts)")
        let z = extract("Hulu renewed Iron Harbor. The drama, which is the third series to hit the streaming service, premiered in May.")
        #expect(has(z, "Iron Harbor", .platform, "Hulu"), "\(z.facts)")
        // "It" that is no work's subject names none: "It reduces the number of series on Netflix".
        let w = extract("Glass House was cancelled. It reduces the number of dramas on Netflix to three.")
        #expect(!has(w, "Glass House", .platform, "Netflix"), "\(w.facts)")
    }

    @Test func theCompanysStreamingServiceIsItsPlatform() {
        let x = extract("Disney+ announced its slate. Three new shows are slated to appear on the Disney streaming service, including Andromeda Falls and The Quiet Vault.")
        #expect(has(x, "Andromeda Falls", .platform, "Disney+"), "\(x.facts)")
        #expect(has(x, "The Quiet Vault", .platform, "Disney+"), "\(x.facts)")
    }

    @Test func theTitularHeroIsTheCharacterNamedLikeTheWork() {
        let x = extract("Iron Harbor follows the titular hero, a lawyer by day. Iron Harbor starred Tom Reyes as the titular hero.")
        #expect(type(x, "Iron Harbor") == [.work, .character], "\(x.entities)")
        #expect(x.facts.contains { $0.p == .appearsIn && $0.s == "Iron Harbor" && $0.sType == .character && $0.o == "Iron Harbor" }, "\(x.facts)")
        #expect(has(x, "Tom Reyes", .plays, "Iron Harbor"), "\(x.facts)")
    }

    // MARK: cast

    @Test func theSubjectBeforeARelativeClause() {
        let x = extract("Tom Reyes, who played Captain Holt in that film, later played Victor Crane in Iron Harbor.")
        #expect(has(x, "Tom Reyes", .plays, "Victor Crane"), "\(x.facts)")
        #expect(has(x, "Tom Reyes", .plays, "Holt"), "\(x.facts)")
        // "in that film" is not Iron Harbor.
        #expect(!x.facts.contains { $0.p == .plays && $0.o == "Holt" && $0.q?["work"] == "Iron Harbor" }, "\(x.facts)")
    }

    @Test func playingTheCharacterInEveryCoordinatedWork() {
        let x = extract("Marla Quinn will also be playing the character in the Iron Harbor series and in the Glass House miniseries.")
        #expect(has(x, "Marla Quinn", .appearsIn, "Iron Harbor"), "\(x.facts)")
        #expect(has(x, "Marla Quinn", .appearsIn, "Glass House"), "\(x.facts)")
        let y = extract("The Iron Harbor sequel will see Tom Reyes and Marla Quinn return to their original roles.")
        #expect(y.facts.contains { $0.p == .appearsIn && $0.s == "Tom Reyes" && $0.o.hasSuffix("Iron Harbor") }, "\(y.facts)")
        #expect(y.facts.contains { $0.p == .appearsIn && $0.s == "Marla Quinn" && $0.o.hasSuffix("Iron Harbor") }, "\(y.facts)")
    }

    // MARK: relationships

    @Test func aCopulaGivesTheRelationsSubject() {
        let x = extract("In the series, the hero Rhea Calder was the vigilante Marcus Lowe's girlfriend.")
        #expect(kind(x, "Rhea Calder", "Marcus Lowe") == "former_romantic", "\(x.facts)")
        let y = extract("Olek Varga will play Prince Aldric Venn, King Tomas' younger brother.")
        #expect(kind(y, "Aldric Venn", "Tomas") == "family", "\(y.facts)")
    }

    @Test func theyStandsForThePairJustNamed() {
        let x = extract("The heroes Ivy and Rook are back. It seems inevitable that Ivy and Rook will get back together (they're married in the comics).")
        #expect(has(x, "Ivy", .relationship, "Rook", modality: .hedged), "\(x.facts)")
        // The comics aside scopes only what is inside it.
        #expect(has(x, "Ivy", .relationship, "Rook", scope: .comics), "\(x.facts)")
        #expect(x.facts.contains { $0.q?["kind"] == "married" && $0.scope == .comics }, "\(x.facts)")
        #expect(x.facts.contains { $0.q?["kind"] == "romantic" && $0.scope == .screen }, "\(x.facts)")
    }

    // MARK: modality

    @Test func aRumourInALaterClauseOfItsOwnLeavesTheStatementAsserted() {
        let x = extract("Iron Harbor ended in 2023. The series was filmed in Prague, and its sets have reportedly been struck.")
        #expect(has(x, "Iron Harbor", .filming, "Prague"), "\(x.facts)")
        // Near-miss: a report the statement itself is attributed to, after a comma.
        let y = extract("Iron Harbor ended in 2023. The series was filmed in Prague, according to Variety.")
        #expect(has(y, "Iron Harbor", .filming, "Prague", modality: .rumored), "\(y.facts)")
    }

    @Test func theMonthMayIsNoHedge() {
        let x = extract("Glass House will stream May 5 on Hulu.", published: "2022-03-01")
        #expect(has(x, "Glass House", .release, "2022-05-05"), "\(x.facts)")
        #expect(has(x, "Glass House", .platform, "Hulu"), "\(x.facts)")
        let y = extract("Glass House may stream on Hulu.")
        #expect(has(y, "Glass House", .platform, "Hulu", modality: .hedged), "\(y.facts)")
    }

    @Test func aHedgeOnTheReadersMemoryIsNoHedgeOnTheCredit() {
        let x = extract("Mara Quill joins Iron Harbor as Vesna. You may recognize Quill from Netflix's Night Harbor.")
        #expect(has(x, "Mara Quill", .appearsIn, "Night Harbor"), "\(x.facts)")
        #expect(has(x, "Night Harbor", .platform, "Netflix"), "\(x.facts)")
        // Near-miss: the same hedge on the statement itself.
        let y = extract("Mara Quill joins Iron Harbor as Vesna. Quill may return to Netflix's Night Harbor.")
        #expect(!has(y, "Night Harbor", .platform, "Netflix"), "\(y.facts)")
    }

    // MARK: more cast and crew

    @Test func aRoleAsXBelongsToTheSentencesSubject() {
        let x = extract("Noor Haddad has appeared in many TV shows for the last decade, most notably in a recurring role as Ava Brandt on Night Courier.")
        #expect(x.facts.contains { $0.p == .plays && $0.s == "Noor Haddad" && $0.o == "Ava Brandt" && $0.q?["work"] == "Night Courier" }, "\(x.facts)")
        let y = extract("Luis Ortega is here. Ortega's roles include, among others, the character Mack Dorsey in early seasons of Night Courier.")
        #expect(y.facts.contains { $0.p == .plays && $0.s == "Luis Ortega" && $0.o == "Mack Dorsey" && $0.q?["work"] == "Night Courier" }, "\(y.facts)")
    }

    @Test func aStorysAuthorsAreWriters() {
        let x = extract("Night Courier returns in May. Hana Takeda wrote the premiere, based on a story by Hana Takeda with Luis Ortega and Noor Haddad.")
        for name in ["Luis Ortega", "Noor Haddad"] {
            #expect(x.facts.contains { $0.p == .crew && $0.s == "Night Courier" && $0.o == name && $0.q?["role"] == "writer" }, "\(name): \(x.facts)")
        }
    }

    @Test func theCutOffLastSentenceStatesNothing() {
        let x = extract("Night Courier stars Noor Haddad. Netflix has renewed the series, which was written by Hana Takeda and Luis Ortega, an")
        #expect(has(x, "Noor Haddad", .appearsIn, "Night Courier"), "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .crew }, "\(x.facts)")
    }

    @Test func aMoveDatesTheWorkAndFilmingInTheCountry() {
        let x = extract("Night Courier has been shifted from June 3, 2022 to November 4, 2022.", published: "2020-10-10")
        #expect(has(x, "Night Courier", .release, "2022-11-04"), "\(x.facts)")
        #expect(!has(x, "Night Courier", .release, "2022-06-03"), "\(x.facts)")
        let y = extract("Filming resumed for Night Courier in the United Kingdom in August.", published: "2020-10-10")
        #expect(has(y, "Night Courier", .filming, "United Kingdom"), "\(y.facts)")
    }

    // MARK: set photos, scope, hedged dates

    @Test func aFilmingPlaceWithItsRegionGivesBoth() {
        let x = extract("Iron Harbor returns in May. Filming has been underway in Cape Town, South Africa. "
                        + "Production on the final season wrapped in the spring in Dunmore, British Columbia.")
        for place in ["Cape Town", "South Africa", "Dunmore", "British Columbia"] { #expect(has(x, "Iron Harbor", .filming, place), "\(place): \(x.facts)") }
        // Near-misses: a person's name before a region is no place, and a place after a comma but no filming word gives no fact.
        let y = extract("Iron Harbor returns in May. The cast met Dana Verhoeven in Atlanta, Georgia. Fans came from Leeds, England.")
        #expect(!y.facts.contains { $0.p == .filming }, "\(y.facts)")
        #expect(type(y, "Dana Verhoeven") == [.person], "\(y.entities)")
    }

    @Test func aSightingInASetPhotoArticleIsOnSet() {
        let x = extract("New set photos from Iron Harbor are here. Tom Reyes and Marla Quinn were spotted in the midst of a fight scene in New York City on Nov. 18.")
        #expect(has(x, "Tom Reyes", .appearsIn, "Iron Harbor"), "\(x.facts)")
        #expect(has(x, "Marla Quinn", .appearsIn, "Iron Harbor"), "\(x.facts)")
        #expect(has(x, "Iron Harbor", .filming, "New York City"), "\(x.facts)")
        // Without set photos, a sighting is no appearance.
        let y = extract("Iron Harbor is a new drama. Tom Reyes and Marla Quinn were spotted at a restaurant in New York City.")
        #expect(!y.facts.contains { $0.p == .appearsIn || $0.p == .filming }, "\(y.facts)")
    }

    @Test func aComicsCueInAnotherClauseLeavesTheStatementOnScreen() {
        let x = extract("Paired with Tom Reyes as Victor Crane, the two will bring one of the most beloved comic book rivalries to life.")
        #expect(has(x, "Tom Reyes", .plays, "Victor Crane"), "\(x.facts)")
    }

    @Test func aHedgeOnTheDateHedgesTheRelease() {
        let x = extract("Iron Harbor is due sometime next year, hopefully during the summer.")
        #expect(has(x, "Iron Harbor", .release, "2017-SU", modality: .hedged), "\(x.facts)")
    }

    @Test func everyRelationOfACoordinatedRole() {
        let x = extract("The vigilante Nightshade is back — and the studio has cast someone in the role of Marcus Lowe's sometime friend, sometime foe, sometime love interest.")
        #expect(kind(x, "Nightshade", "Marcus Lowe") != nil, "\(x.facts)")
        let kinds = Set(x.facts.filter { $0.p == .relationship }.compactMap { $0.q?["kind"] })
        #expect(kinds == ["friend", "enemy", "romantic"], "\(x.facts)")
        let y = extract("Vera Lind plays the assassin Kesh Arden, Captain Tobias Venn's mentor-turned-enemy.")
        let turned = Set(y.facts.filter { $0.p == .relationship && $0.s == "Kesh Arden" && $0.o == "Tobias Venn" }.compactMap { $0.q?["kind"] })
        #expect(turned == ["mentor", "enemy"], "\(y.facts)")
        // "his role of X's protégé" is the actor's role: no character is named for it.
        let z = extract("Tom Reyes joins the cast to reprise his role of Captain Tobias Venn's former protege-turned-enemy.")
        #expect(!z.facts.contains { $0.p == .relationship }, "\(z.facts)")
    }

    // MARK: pronouns and pairs

    @Test func sheIsTheLastWomanNamedWhenTheSubjectBeforeIsAMan() {
        let x = extract("The teaser shows a lift. The Night Harbor cast includes Tom Reyes and Sarah Okafor. She plays the series’ villain, Mother Quill, who is a menace.")
        #expect(has(x, "Sarah Okafor", .plays, "Mother Quill"), "\(x.facts)")
        #expect(!has(x, "Tom Reyes", .plays, "Mother Quill"), "\(x.facts)")
        // "He" keeps the previous sentence's subject when the name fits.
        let y = extract("Tom Reyes joined Night Harbor in May, a week after Sarah Okafor. He plays the captain, Victor Crane.")
        #expect(has(y, "Tom Reyes", .plays, "Victor Crane"), "\(y.facts)")
        #expect(!has(y, "Sarah Okafor", .plays, "Victor Crane"), "\(y.facts)")
    }

    @Test func aPronounAfterAndStillPlaysTheRoleInTheApposedWork() {
        let x = extract("Tom Reyes is a busy man. He portrayed Victor Crane on Night Harbor, and he’ll play Prince Osric Vale in the Iron Harbor prequel series, Salt Crown.")
        #expect(has(x, "Tom Reyes", .plays, "Victor Crane"), "\(x.facts)")
        #expect(x.facts.contains { $0.s == "Tom Reyes" && $0.p == .plays && $0.o.hasSuffix("Osric Vale") && $0.q?["work"] == "Salt Crown" }, "\(x.facts)")
    }

    @Test func theTwoActorsAreTheLastTwoPeopleNamed() {
        let x = extract("Tom Reyes will face Marla Quinn again in Night Harbor. The studio confirmed the news on Thursday. The two actors were co-leads in 2009’s Salt Crown and 2011’s Iron Harbor.")
        for person in ["Tom Reyes", "Marla Quinn"] {
            for work in ["Salt Crown", "Iron Harbor"] { #expect(has(x, person, .appearsIn, work), "\(person) \(work): \(x.facts)") }
        }
        // "The two shows" are no people.
        let y = extract("Tom Reyes will face Marla Quinn again in Night Harbor. The two shows were co-leads in 2009’s Salt Crown ratings.")
        #expect(!y.facts.contains { $0.p == .appearsIn && $0.o == "Salt Crown" }, "\(y.facts)")
    }

    // MARK: typing and name spans (recall4)

    @Test func theCastIncludesAnActorEvenWhenLaterCalledByFirstName() {
        let x = extract("“Salt Crown” cast also includes Marisol Evert. She plays the series’ villain, Lady Wren. “She’s everything Marisol is: sharp and funny.”")
        #expect(type(x, "Marisol Evert") == [.person], "\(x.entities)")
        #expect(has(x, "Marisol Evert", .plays, "Lady Wren"), "\(x.facts)")
        // A cast list's roles stay roles.
        let y = extract("The cast of Salt Crown includes Tom Reyes as Victor Crane.")
        #expect(type(y, "Victor Crane") == [.character], "\(y.entities)")
    }

    @Test func aTitleWithItsCastInAppositionIsAWork() {
        let x = extract("We see the four heroes – Nightshade, Ember, Tidewalker and Iron Lantern – in a lift. Iron Lantern, staring Dorian Pell, was released to a mixed reception in March, while a third series is expected on Netflix this year.")
        #expect(type(x, "Iron Lantern").contains(.work), "\(x.entities)")
        #expect(has(x, "Dorian Pell", .appearsIn, "Iron Lantern"), "\(x.facts)")
        // The platform belongs to the other clause.
        #expect(!x.facts.contains { $0.s == "Iron Lantern" && $0.p == .platform }, "\(x.facts)")
        // "starring" before a lower-case word is no cast.
        let y = extract("Nightshade, starring down the villain, wins the day in Salt Crown.")
        #expect(!type(y, "Nightshade").contains(.work), "\(y.entities)")
    }

    @Test func aRoyalTitleBeforeALoneGivenNameIsPartOfTheName() {
        let x = extract("He portrayed Prince Edmund on Salt Crown, and he’ll play Prince Osric Vale in the prequel series, Iron Harbor.")
        #expect(x.entities.contains { $0.name == "Prince Edmund" && $0.type == .character }, "\(x.entities)")
        #expect(!x.entities.contains { $0.name == "Edmund" }, "\(x.entities)")
        // A fictional name alone keeps the title out; a full name too.
        #expect(x.entities.contains { $0.name == "Osric Vale" }, "\(x.entities)")
        let y = extract("King Thalos rules the Seven Isles in Salt Crown.")
        #expect(y.entities.contains { $0.name == "Thalos" }, "\(y.entities)")
    }

    @Test func aTitleWithTheKeepsItsSecondHalf() {
        let x = extract("Mara Voss is known for roles in Salt Crown and The Boy with the Copper Lantern.")
        #expect(x.entities.contains { $0.name == "The Boy with the Copper Lantern" && $0.type == .work }, "\(x.entities)")
        #expect(has(x, "Mara Voss", .appearsIn, "The Boy with the Copper Lantern"), "\(x.facts)")
        // A plural name before "with the" is a team, not a title.
        let y = extract("The Wardens with the Night Guild will return in Salt Crown.")
        #expect(!y.entities.contains { $0.name.contains(" with the ") }, "\(y.entities)")
    }

    @Test func hisExIsTheLastManNamed() {
        let x = extract("In Salt Crown, Tom Reyes plays Marcus Lowe, Dana Verhoeven plays Claudia Finch, Mia Torres plays Ivy Stone and Ana Ruiz plays Greta Hale. Claudia Finch kisses Marcus Lowe before he leaves town. First Ivy Stone, then Greta Hale, but it’s Claudia Finch who won the big guy’s heart. The two kissed at the end of Salt Crown Season 1, but it is unclear where their romance goes, especially since his ex, Ivy Stone, is part of the team.")
        #expect(kind(x, "Ivy Stone", "Marcus Lowe") == "former_romantic", "\(x.facts)")
        #expect(kind(x, "Ivy Stone", "Greta Hale") == nil, "\(x.facts)")
        // "her" goes to the last woman.
        let y = extract("Tom Reyes plays Marcus Lowe and Mia Torres plays Greta Hale in Salt Crown. Marcus Lowe argues with Greta Hale on the ship. Later her mentor, Tobias Crane, arrives.")
        #expect(kind(y, "Tobias Crane", "Greta Hale") == "mentor", "\(y.facts)")
    }

    @Test func aListOpeningASentenceWithAsManyNamesAsTheHeroesCountedBefore() {
        let x = extract("Iron Harbor returns to Netflix in May. The teaser has the three vigilantes standing on a rooftop. Nightshade, Tidewalker and the most recent addition, Ember, aren’t saying much on the roof.")
        for hero in ["Nightshade", "Tidewalker", "Ember"] {
            #expect(type(x, hero) == [.character], "\(hero): \(x.entities)")
            #expect(has(x, hero, .appearsIn, "Iron Harbor"), "\(hero): \(x.facts)")
        }
        // Four heroes counted, three names listed: no telling who they are.
        let y = extract("Iron Harbor returns to Netflix in May. The teaser has the four vigilantes standing on a rooftop. Nightshade, Tidewalker and Ember aren’t saying much on the roof.")
        #expect(!y.facts.contains { $0.p == .appearsIn && $0.s == "Nightshade" }, "\(y.facts)")
    }

    @Test func anAsideBeforeTheLastMemberKeepsTheList() {
        let x = extract("Iron Harbor follows Nightshade, Tidewalker and its newest hero, Ember Vale.")
        #expect(has(x, "Ember Vale", .appearsIn, "Iron Harbor"), "\(x.facts)")
        // A clause with a verb is no aside.
        let y = extract("Iron Harbor follows Nightshade, Tidewalker and the woman who is hunting them, Ember Vale.")
        #expect(!y.facts.contains { $0.s == "Ember Vale" && $0.p == .appearsIn }, "\(y.facts)")
    }

    @Test func aRoleInASetOfSeriesListedAfterWhichIncludeIsInEach() {
        let x = extract("Mara Voss will play that role in the studio’s other upcoming Netflix series, which include Iron Harbor (due later this year), Salt Crown and Night Courier.")
        for work in ["Iron Harbor", "Salt Crown", "Night Courier"] { #expect(has(x, "Mara Voss", .appearsIn, work), "\(work): \(x.facts)") }
        // One series named is no set; a named work after "in" keeps the old reading.
        let y = extract("Mara Voss will play that role in the studio’s other upcoming series, which include a comedy.")
        #expect(!y.facts.contains { $0.p == .appearsIn }, "\(y.facts)")
    }

    @Test func noStrangerToFansOfEachWork() {
        let x = extract("First up is Tom Reyes, who is no stranger to fans of Salt Crown or Night Courier.")
        #expect(has(x, "Tom Reyes", .appearsIn, "Salt Crown"), "\(x.facts)")
        #expect(has(x, "Tom Reyes", .appearsIn, "Night Courier"), "\(x.facts)")
        // Being a fan is no appearance.
        let y = extract("First up is Tom Reyes, who is one of the biggest fans of Salt Crown.")
        #expect(!y.facts.contains { $0.p == .appearsIn }, "\(y.facts)")
    }

    @Test func aNumberedInstalmentKeepsItsLabel() {
        let x = extract("Tom Reyes made his debut in Episode II: Return of the Tide and came back for the sequel.")
        #expect(x.entities.contains { $0.name == "Episode II: Return of the Tide" && $0.type == .work }, "\(x.entities)")
        #expect(has(x, "Tom Reyes", .appearsIn, "Episode II: Return of the Tide"), "\(x.facts)")
        // An episode count is no title.
        let y = extract("Episode 3 of Salt Crown airs Monday.")
        #expect(!y.entities.contains { $0.name.hasPrefix("Episode") }, "\(y.entities)")
    }

    @Test func aRoleKnownForInAClauseAndPastItsApposition() {
        let x = extract("Tom Reyes, who won praise for playing Saltmonger, a ruthless smuggler, in the second season of Night Courier, will lead a show of his own.")
        #expect(has(x, "Tom Reyes", .plays, "Saltmonger"), "\(x.facts)")
        #expect(x.facts.contains { $0.s == "Saltmonger" && $0.p == .appearsIn && $0.o == "Night Courier" && $0.q?["season"] == "2" }, "\(x.facts)")
        // Praise for someone else's role is no role of the person named first.
        let y = extract("Tom Reyes praised Mara Voss for playing Saltmonger in Night Courier.")
        #expect(!has(y, "Tom Reyes", .plays, "Saltmonger"), "\(y.facts)")
    }

    @Test func everyRoleOfASentenceIsInTheCastItNames() {
        let x = extract("The studio revealed two more additions to the Salt Crown cast on Friday: Mara Voss as Ilse Harrow, and Tom Reyes as Captain Bram Tolliver.")
        for name in ["Mara Voss", "Ilse Harrow", "Tom Reyes", "Bram Tolliver"] { #expect(has(x, name, .appearsIn, "Salt Crown"), "\(name): \(x.facts)") }
    }

    @Test func aCapitalisedAdjectiveInProseOpensATitle() {
        let x = extract("Mara Voss also has a small role in Big Lanterns later this month.")
        #expect(has(x, "Mara Voss", .appearsIn, "Big Lanterns"), "\(x.facts) \(x.entities)")
        // A title-case line keeps its adjectives out of names.
        let y = extract("Mara Voss Spotted In New Salt Crown Set Photos")
        #expect(!y.entities.contains { $0.name.hasPrefix("New") }, "\(y.entities)")
    }

    @Test func aReleaseInAWhichClauseIsTheNamedWorks() {
        let x = extract("Salt Crown follows the smuggler Saltmonger. The character first appeared in Night Courier, which has also been renewed for a second season due in 2018.")
        #expect(x.facts.contains { $0.s == "Night Courier" && $0.p == .release && $0.o == "2018" }, "\(x.facts)")
        #expect(!x.facts.contains { $0.s == "Salt Crown" && $0.p == .release }, "\(x.facts)")
    }

    // MARK: appearances and roles

    @Test func aOneWordTitleAfterStarredInIsAWork() {
        let x = extract("Mara Voss starred in Saltmarsh and made a cameo in Dusklight.")
        #expect(has(x, "Mara Voss", .appearsIn, "Saltmarsh"), "\(x.facts) \(x.entities)")
        #expect(has(x, "Mara Voss", .appearsIn, "Dusklight"), "\(x.facts)")
        // A name that looks like a person's is still the title there.
        let y = extract("Tom Reyes had a role in Ilse Harrow before the new film.")
        #expect(type(y, "Ilse Harrow") == [.work], "\(y.entities)")
        // "A role in Kay Brand's Saltmarsh": the name before the possessive is the maker's.
        let z = extract("Tom Reyes had a role in Kay Brand's Saltmarsh.")
        #expect(type(z, "Kay Brand") != [.work], "\(z.entities)")
    }

    @Test func actorsWhoStarInAFilmAreNotItsTitle() {
        let x = extract("Mara Voss, Tom Reyes and Kay Brand star in Saltmarsh: The Return.")
        for name in ["Mara Voss", "Tom Reyes", "Kay Brand"] {
            #expect(type(x, name) == [.person], "\(name): \(x.entities)")
            #expect(has(x, name, .appearsIn, "Saltmarsh: The Return"), "\(name): \(x.facts)")
        }
    }

    @Test func twoActorsWhoPlayTwoRolesPairInOrder() {
        // The second role of the list is a role too, though alone it would pass for a person's name.
        let x = extract("Rena Okafor and Lise Marchand, who play Odile Fenn and Cato Reyne, return for season 2 of Saltmarsh.")
        #expect(type(x, "Cato Reyne") == [.character], "\(x.entities)")
        #expect(has(x, "Rena Okafor", .plays, "Odile Fenn"), "\(x.facts)")
        #expect(has(x, "Lise Marchand", .plays, "Cato Reyne"), "\(x.facts)")
        #expect(!has(x, "Lise Marchand", .plays, "Odile Fenn"), "\(x.facts)")
        let y = extract("Rena Okafor and Lise Marchand will play Odile Fenn and Cato Reyne in Saltmarsh.")
        #expect(has(y, "Rena Okafor", .plays, "Odile Fenn"), "\(y.facts)")
        #expect(has(y, "Lise Marchand", .plays, "Cato Reyne"), "\(y.facts)")
        #expect(!has(y, "Lise Marchand", .plays, "Odile Fenn"), "\(y.facts)")
        // Near-miss: a name after "and" that starts a new clause is the subject of its own verb.
        let z = extract("Rena Okafor plays Odile Fenn and Lise Marchand joins the cast of Saltmarsh.")
        #expect(type(z, "Lise Marchand") == [.person], "\(z.entities)")
        #expect(!has(z, "Rena Okafor", .plays, "Lise Marchand"), "\(z.facts)")
    }

    @Test func twoActorsInCostumeAsTwoRolesPairInOrder() {
        let x = extract("New set photos from Saltmarsh show Mara Voss and Tom Reyes in costume as Ilse Harrow and Bram Tolliver.")
        #expect(has(x, "Mara Voss", .plays, "Ilse Harrow"), "\(x.facts)")
        #expect(has(x, "Tom Reyes", .plays, "Bram Tolliver"), "\(x.facts)")
        #expect(!has(x, "Tom Reyes", .plays, "Ilse Harrow"), "\(x.facts)")
        // Each actor with an "as" of their own keeps their own role.
        let y = extract("Saltmarsh stars Mara Voss as Ilse Harrow, Tom Reyes as Bram Tolliver and Kay Brand as Odile Fenn.")
        #expect(has(y, "Mara Voss", .plays, "Ilse Harrow"), "\(y.facts)")
        #expect(has(y, "Kay Brand", .plays, "Odile Fenn"), "\(y.facts)")
        #expect(!has(y, "Mara Voss", .plays, "Bram Tolliver"), "\(y.facts)")
    }

    @Test func reprisingARoleIsPlayingIt() {
        let x = extract("Tom Reyes will reprise the role of Bram Tolliver in the new series.")
        #expect(has(x, "Tom Reyes", .plays, "Bram Tolliver"), "\(x.facts)")
        let y = extract("Mara Voss will return as Ilse Harrow, while Tom Reyes reprises the role of Bram Tolliver.")
        #expect(has(y, "Mara Voss", .plays, "Ilse Harrow"), "\(y.facts)")
        #expect(has(y, "Tom Reyes", .plays, "Bram Tolliver"), "\(y.facts)")
        #expect(!has(y, "Mara Voss", .plays, "Bram Tolliver"), "\(y.facts)")
    }

    @Test func aWorkAfterTheUpcomingAndABetterTitle() {
        let x = extract("Tom Reyes is returning for the upcoming Salt Crown series.")
        #expect(has(x, "Tom Reyes", .appearsIn, "Salt Crown"), "\(x.facts)")
        let y = extract("Saltmarsh and Better Lanterns star Mara Voss has a new show.")
        #expect(has(y, "Mara Voss", .appearsIn, "Better Lanterns"), "\(y.facts) \(y.entities)")
        #expect(has(y, "Mara Voss", .appearsIn, "Saltmarsh"), "\(y.facts)")
    }

    @Test func photosShowingActorsDoNotMakeThemTitles() {
        let x = extract("New photos from Saltmarsh show Mara Voss and Tom Reyes on the streets of Chicago. Mara Voss has previously starred in Dusklight.")
        #expect(type(x, "Mara Voss") == [.person], "\(x.entities)")
        #expect(has(x, "Mara Voss", .appearsIn, "Dusklight"), "\(x.facts)")
    }

    @Test func anOpenQuestionStatesNoFact() {
        let x = extract("It is unclear whether or not Mara Voss will make an appearance in Saltmarsh.")
        #expect(!x.facts.contains { $0.s == "Mara Voss" && $0.p == .appearsIn }, "\(x.facts)")
        // A return asked about takes the earlier role for granted.
        let y = extract("There is no word yet on whether Tom Reyes will return as Bram Tolliver.")
        #expect(has(y, "Tom Reyes", .plays, "Bram Tolliver"), "\(y.facts)")
        // A question in another clause leaves the statement alone.
        let z = extract("Fans wonder whether the show will last, but Mara Voss will appear in Saltmarsh.")
        #expect(has(z, "Mara Voss", .appearsIn, "Saltmarsh"), "\(z.facts)")
    }

    // MARK: crew, villains and roles in plain phrasings

    @Test func aTitleWithASubtitleIsAWork() {
        let x = extract("Kay Brand directed Saltmarsh: The Return, which hits theaters July 7, 2017.")
        #expect(type(x, "Saltmarsh: The Return") == [.work], "\(x.entities)")
        #expect(x.facts.contains { $0.s == "Saltmarsh: The Return" && $0.p == .crew && $0.o == "Kay Brand" && $0.q?["role"] == "director" }, "\(x.facts)")
        #expect(has(x, "Saltmarsh: The Return", .release, "2017-07-07"), "\(x.facts)")
        // A person's name has no subtitle, but a label before a colon is no part of a name.
        let y = extract("Showrunner: Mara Voss.")
        #expect(!y.entities.contains { $0.name.contains(":") }, "\(y.entities)")
    }

    @Test func whatACrewMemberServesOnOrCreatesForAPlatformIsAWork() {
        let x = extract("Tom Reyes serves as showrunner on Ilse Harrow.")
        #expect(x.facts.contains { $0.s == "Ilse Harrow" && $0.p == .crew && $0.o == "Tom Reyes" && $0.q?["role"] == "showrunner" }, "\(x.facts)")
        let y = extract("Mara Voss created Ilse Harrow for Netflix.")
        #expect(type(y, "Ilse Harrow") == [.work], "\(y.entities)")
        // Created for no platform, a name may be a character (comics create characters).
        let z = extract("Mara Voss created Ilse Harrow in 1984.")
        #expect(type(z, "Ilse Harrow") != [.work], "\(z.entities)")
    }

    @Test func theSeasonsBigBadSaidAfterADescriptionOrACopula() {
        let x = extract("Iron Harbor returns in May. Jon Banks voices Conquor, the brutal enforcer who serves as the season's big bad. "
                        + "Mike Dale plays Lex Varga. The season's big bad is Lex Varga.")
        #expect(has(x, "Conquor", .villainOf, "Iron Harbor"), "\(x.facts)")
        #expect(has(x, "Lex Varga", .villainOf, "Iron Harbor"), "\(x.facts)")
        // Near-miss: a description that is no villain's.
        let y = extract("Iron Harbor returns in May. Jon Banks voices Conquor, the brutal enforcer who serves the king.")
        #expect(!y.facts.contains { $0.p == .villainOf }, "\(y.facts)")
    }

    @Test func aPrequelToAListOfWorks() {
        let x = extract("Salt Crown: Prophecy returns in May. Salt Crown: Prophecy is a prequel to Salt Crown and Salt Crown: Part Two.")
        #expect(has(x, "Salt Crown: Prophecy", .spinoffOf, "Salt Crown"), "\(x.facts)")
        #expect(has(x, "Salt Crown: Prophecy", .spinoffOf, "Salt Crown: Part Two"), "\(x.facts)")
    }

    @Test func theVillainOfAWork() {
        let x = extract("Saltmonger is the main villain of Ilse Harrow.")
        #expect(has(x, "Saltmonger", .villainOf, "Ilse Harrow"), "\(x.facts) \(x.entities)")
        let y = extract("Saltmonger, the villain of Ilse Harrow, returns next year.")
        #expect(has(y, "Saltmonger", .villainOf, "Ilse Harrow"), "\(y.facts) \(y.entities)")
    }

    @Test func landingOrWinningTheRoleOfSomeone() {
        let x = extract("Tom Reyes landed the role of Bram Tolliver.")
        #expect(has(x, "Tom Reyes", .plays, "Bram Tolliver"), "\(x.facts)")
        let y = extract("Mara Voss has reportedly won the part of Ilse Harrow.")
        #expect(has(y, "Mara Voss", .plays, "Ilse Harrow", modality: .rumored), "\(y.facts)")
        // Winning something else is no role.
        let z = extract("Tom Reyes won the award for Best Actor. The show is part of Marvel's plan.")
        #expect(!z.facts.contains { $0.p == .plays }, "\(z.facts)")
    }

    @Test func aCreditInBracketsBetweenTheActorAndTheVerb() {
        let x = extract("Tom Reyes (Saltmarsh) will play Bram Tolliver.")
        #expect(has(x, "Tom Reyes", .plays, "Bram Tolliver"), "\(x.facts)")
        let y = extract("Tom Reyes (Salt Crown) will play Bram Tolliver.")
        #expect(has(y, "Tom Reyes", .appearsIn, "Salt Crown"), "\(y.facts)")
        #expect(has(y, "Tom Reyes", .plays, "Bram Tolliver"), "\(y.facts)")
    }

    @Test func aSpinoffOfAOneWordTitleAndTheReleaseOfTheSpinoff() {
        let x = extract("Salt Crown, a spinoff of Saltmarsh, premieres in November.")
        #expect(has(x, "Salt Crown", .spinoffOf, "Saltmarsh"), "\(x.facts) \(x.entities)")
        #expect(has(x, "Salt Crown", .release, "2016-11"), "\(x.facts)")
        #expect(!x.facts.contains { $0.s == "Saltmarsh" && $0.p == .release }, "\(x.facts)")
        let y = extract("Salt Crown is a prequel to Saltmarsh.")
        #expect(has(y, "Salt Crown", .spinoffOf, "Saltmarsh"), "\(y.facts) \(y.entities)")
    }

    @Test func aOneWordTitleThatIsPartOfAFranchise() {
        let x = extract("Saltmarsh is part of the Marvel Cinematic Universe.")
        #expect(has(x, "Saltmarsh", .partOf, "Marvel Cinematic Universe"), "\(x.facts) \(x.entities)")
    }

    @Test func someonesBestFriendIsACharacter() {
        let x = extract("Odile Fenn is Bram Tolliver's best friend.")
        #expect(type(x, "Odile Fenn") == [.character], "\(x.entities)")
        #expect(kind(x, "Odile Fenn", "Bram Tolliver") == "friend", "\(x.facts)")
        let y = extract("Odile Fenn, Bram Tolliver's oldest friend, returns in Salt Crown.")
        #expect(kind(y, "Odile Fenn", "Bram Tolliver") == "friend", "\(y.facts) \(y.entities)")
        // An actor's best work is no relation.
        let z = extract("Mara Voss is Salt Crown's best asset.")
        #expect(!z.facts.contains { $0.p == .relationship }, "\(z.facts)")
    }

    // MARK: a one-word title known only from what is said of it

    @Test func aOneWordTitleThatIsReleasedOrComingToAPlatform() {
        let x = extract("Saltmarsh will be released on Netflix in March.")
        #expect(has(x, "Saltmarsh", .release, "2017-03"), "\(x.facts) \(x.entities)")
        let y = extract("Saltmarsh is coming to Netflix this fall.")
        #expect(has(y, "Saltmarsh", .platform, "Netflix"), "\(y.facts) \(y.entities)")
        let z = extract("Saltmarsh is slated for a 2017 release.")
        #expect(has(z, "Saltmarsh", .release, "2017"), "\(z.facts) \(z.entities)")
        // A character comes and returns too: those verbs alone make no title.
        let w = extract("Bram is coming to town, and Odile returns to Harlem.")
        #expect(!w.entities.contains { $0.type == .work }, "\(w.entities)")
    }

    @Test func aOneWordTitleDescribedAsASeriesOrDirectedBySomeone() {
        let x = extract("Saltmarsh is a Netflix original series.")
        #expect(has(x, "Saltmarsh", .platform, "Netflix"), "\(x.facts) \(x.entities)")
        let y = extract("Saltmarsh was directed by Kay Brand.")
        #expect(y.facts.contains { $0.s == "Saltmarsh" && $0.p == .crew && $0.o == "Kay Brand" && $0.q?["role"] == "director" }, "\(y.facts)")
        // Played by someone is a character.
        let z = extract("Odile was played by Kay Brand.")
        #expect(type(z, "Odile") == [.character], "\(z.entities)")
    }

    @Test func actorsCastOrCoStarringInAOneWordTitle() {
        let x = extract("Mara Voss has been cast in Saltmarsh.")
        #expect(has(x, "Mara Voss", .appearsIn, "Saltmarsh"), "\(x.facts) \(x.entities)")
        let y = extract("Mara Voss and Tom Reyes will co-star in Saltmarsh.")
        #expect(has(y, "Mara Voss", .appearsIn, "Saltmarsh"), "\(y.facts)")
        #expect(has(y, "Tom Reyes", .appearsIn, "Saltmarsh"), "\(y.facts)")
    }

    @Test func joiningBoardingOrHeadliningAWork() {
        for sentence in ["Kay Brand has joined Bram Tolliver.", "Kay Brand boards Bram Tolliver.", "Kay Brand has signed on to Bram Tolliver.",
                         "Kay Brand will guest-star on Bram Tolliver.", "Kay Brand headlines Bram Tolliver.", "Kay Brand is the star of Bram Tolliver.",
                         "Kay Brand is also back for season 3 of Bram Tolliver.", "Kay Brand had a recurring role on Bram Tolliver."] {
            let x = extract(sentence)
            #expect(x.facts.contains { $0.s == "Kay Brand" && $0.p == .appearsIn && $0.o == "Bram Tolliver" }, "\(sentence): \(x.facts) \(x.entities)")
        }
        // Joining a person in a work: both are in the work, the person stays a person.
        let x = extract("Kay Brand joins Mara Voss in Bram Tolliver.")
        #expect(type(x, "Mara Voss") == [.person], "\(x.entities)")
        for name in ["Kay Brand", "Mara Voss"] { #expect(has(x, name, .appearsIn, "Bram Tolliver"), "\(name): \(x.facts)") }
        // An actor who returns for a work is no title.
        let y = extract("Kay Brand will also return for Salt Crown.")
        #expect(type(y, "Kay Brand") == [.person], "\(y.entities)")
        #expect(has(y, "Kay Brand", .appearsIn, "Salt Crown"), "\(y.facts)")
    }

    @Test func talksToJoinAreHedged() {
        let x = extract("Mara Voss is in talks to join Salt Crown.")
        #expect(has(x, "Mara Voss", .appearsIn, "Salt Crown", modality: .hedged), "\(x.facts)")
    }

    @Test func developedByAndServingAsAreCrew() {
        let x = extract("Salt Crown is coming to Netflix. The series was developed by Kay Brand, who serves as showrunner.")
        for role in ["creator", "showrunner"] {
            #expect(x.facts.contains { $0.s == "Salt Crown" && $0.p == .crew && $0.o == "Kay Brand" && $0.q?["role"] == role }, "\(role): \(x.facts)")
        }
        // A studio that develops a show is no crew member.
        let y = extract("Netflix developed Salt Crown with Marvel.")
        #expect(!y.facts.contains { $0.p == .crew }, "\(y.facts)")
    }

    @Test func aHedgeGovernsTheRoleItsVerbGives() {
        let x = extract("Salt Crown may also feature Mara Voss as Ilse Harrow.")
        #expect(has(x, "Mara Voss", .plays, "Ilse Harrow", modality: .hedged), "\(x.facts)")
        // …but not a role in the next clause.
        let y = extract("The show may be delayed, but Mara Voss plays Ilse Harrow.")
        #expect(has(y, "Mara Voss", .plays, "Ilse Harrow"), "\(y.facts)")
    }

    @Test func theReleaseOfASpinoffNamedByItsParent() {
        let x = extract("Netflix Sets Date for Salt Crown\n\nNetflix has given Salt Crown a date. The Saltmarsh spinoff will arrive on November 17.")
        #expect(has(x, "Salt Crown", .release, "2016-11-17"), "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .release && $0.s.hasSuffix("Saltmarsh") }, "\(x.facts)")
    }

    @Test func theMakingOfAShowOpeningASentenceIsNoTitle() {
        let x = extract("Salt Crown is coming to Netflix. Filming for season 2 wraps in August. Production begins again in May.")
        #expect(!x.entities.contains { ["Filming", "Production"].contains($0.name) }, "\(x.entities)")
        #expect(!x.facts.contains { $0.s == "Filming" }, "\(x.facts)")
    }

    // MARK: more phrasings of casting, appearances and relations

    /// The context of the tests below: a show, two actors and their roles.
    let harborLights = "Harbor Lights is a Netflix drama in which Tara Quinn plays detective Mira Kess and Ben Ashford plays the villain Victor Kane. "

    @Test func anAppositionBeforeBestKnownForPlaying() {
        let x = extract("Tara Quinn, a friend of Owen Pike, is best known for playing Mira Kess in Iron Harvest.")
        #expect(has(x, "Tara Quinn", .plays, "Mira Kess"), "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .plays && $0.s == "Owen Pike" }, "\(x.facts)")
    }

    @Test func theRoleWentToAnActor() {
        let x = extract(harborLights + "The role of Sofia Kess went to Lena Ortiz.")
        #expect(has(x, "Lena Ortiz", .plays, "Sofia Kess"), "\(x.facts)")
        // Going to someone's place gives no role.
        let y = extract(harborLights + "Mira Kess went to Lena Ortiz's house.")
        #expect(!y.facts.contains { $0.p == .plays && $0.s == "Lena Ortiz" }, "\(y.facts)")
    }

    @Test func weWillSeeACharacterInAWork() {
        let x = extract(harborLights + "Fans will next see Mira Kess and Victor Kane together in Night Shift.")
        #expect(has(x, "Mira Kess", .appearsIn, "Night Shift"), "\(x.facts)")
        #expect(has(x, "Victor Kane", .appearsIn, "Night Shift"), "\(x.facts)")
        // A wish is no appearance, at most a hedged one.
        let y = extract(harborLights + "We would love to see Mira Kess in Night Shift.")
        #expect(!y.facts.contains { $0.p == .appearsIn && $0.o == "Night Shift" && $0.modality == .asserted }, "\(y.facts)")
    }

    @Test func castAsTheRelativeOfAnotherCharacter() {
        let x = extract(harborLights + "The cast also includes Lena Ortiz as Mira's younger sister, Sofia Kess.")
        #expect(has(x, "Lena Ortiz", .plays, "Sofia Kess"), "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .plays && $0.s == "Lena Ortiz" && $0.o == "Mira Kess" }, "\(x.facts)")
        #expect(kind(x, "Sofia Kess", "Mira Kess") == "family", "\(x.facts)")
    }

    @Test func aSeriesCreatedBySomeoneIsNoComicsStatement() {
        let x = extract(harborLights + "The series was created by Dana Hill.")
        #expect(x.facts.contains { $0.s == "Harbor Lights" && $0.p == .crew && $0.o == "Dana Hill" && $0.scope == .screen }, "\(x.facts)")
    }

    @Test func twoCharactersAndAPluralRelation() {
        // (Partners are colleagues: on the force, in a firm, on a case.)
        let x = extract(harborLights + "Mira Kess and Victor Kane were once partners on the force.")
        #expect(kind(x, "Mira Kess", "Victor Kane") == "colleague", "\(x.facts)")
        // The actors' friendship is no relation of characters.
        let y = extract(harborLights + "Tara Quinn and Ben Ashford are old friends.")
        #expect(!y.facts.contains { $0.p == .relationship }, "\(y.facts)")
    }

    @Test func aWorkThatAddsActorsOrFindsItsCharacter() {
        let x = extract(harborLights + "Night Shift has added Lena Ortiz to its cast. Night Shift has found its Sofia Kess in Lena Ortiz.")
        #expect(has(x, "Lena Ortiz", .appearsIn, "Night Shift"), "\(x.facts)")
        #expect(has(x, "Lena Ortiz", .plays, "Sofia Kess"), "\(x.facts)")
        // A platform that adds a show takes on no actor.
        let y = extract(harborLights + "Netflix added Night Shift to its lineup.")
        #expect(!y.facts.contains { $0.p == .appearsIn }, "\(y.facts)")
    }

    @Test func aSeasonThatHasAiredIsNoRenewal() {
        for sentence in ["Season two added Tom Reyes as a charming privateer.", "Niles died in season three, but he is never really gone.",
                         "Season 2 was split in two, with the second half arriving in March.", "Season 4 was a rough one for the crew.",
                         "Mara Voss, who took over as showrunner for season 3, stays on.", "The show moved to Netflix for its third season in 2016."] {
            let x = extract("Iron Harbor returns in May. " + sentence)
            #expect(!x.facts.contains { $0.p == .renewal }, "\(sentence): \(x.facts)")
        }
        // Near-miss: a season to come.
        let y = extract("Iron Harbor returns in May. Netflix has renewed Iron Harbor for a third season.")
        #expect(has(y, "Iron Harbor", .renewal, "3"), "\(y.facts)")
        let z = extract("Iron Harbor returns in May. Season 4 was confirmed on Monday.")
        #expect(has(z, "Iron Harbor", .renewal, "4"), "\(z.facts)")
    }

    @Test func anActorWhoDoesNotReturnSaysNothingOfARenewal() {
        let x = extract(harborLights + "Tara Quinn will not return for the third season of Harbor Lights.")
        #expect(!x.facts.contains { $0.p == .renewal && $0.modality == .negated }, "\(x.facts)")
        // The show itself not returning is a cancellation.
        let y = extract(harborLights + "Harbor Lights will not return for a third season.")
        #expect(y.facts.contains { $0.p == .renewal && $0.o == "3" && $0.modality == .negated }, "\(y.facts)")
    }

    @Test func charactersWhoFightAreEnemies() {
        let x = extract(harborLights + "Mira Kess faces off against a crime boss, Victor Kane, in the second season.")
        #expect(kind(x, "Mira Kess", "Victor Kane") == "enemy", "\(x.facts)")
        let y = extract(harborLights + "Victor Kane battles Mira Kess in the finale.")
        #expect(kind(y, "Mira Kess", "Victor Kane") == "enemy", "\(y.facts)")
        // Taking on a role, facing consequences: no opponent.
        let z = extract(harborLights + "Victor Kane takes on the role of Mira Kess's mentor. Mira Kess faces the consequences.")
        #expect(kind(z, "Mira Kess", "Victor Kane") != "enemy", "\(z.facts)")
    }

    @Test func aWordOfATitleIsNoVerb() {
        // "Shift" and "Streaming" are verbs of release elsewhere; inside a name they date nothing.
        let x = extract("We watched Night Shift in May. Update, May 3, 2017: Northlight Streaming has confirmed the news.")
        #expect(!x.facts.contains { $0.p == .release }, "\(x.facts)")
        let y = extract("Night Shift premieres on Hulu in May.")
        #expect(has(y, "Night Shift", .release, "2017-05"), "\(y.facts)")
    }

    @Test func aRoleNamedTwiceKeepsTheWorkOneSentenceTiesItTo() {
        let x = extract("Marvel Finds Its Mira Kess In Tara Quinn\n\nTara Quinn has been cast as Mira Kess in Harbor Lights.")
        #expect(x.facts.contains { $0.p == .plays && $0.s == "Tara Quinn" && $0.o == "Mira Kess" && $0.q?["work"] == "Harbor Lights" }, "\(x.facts)")
    }

    @Test func aDateInsideARelativeClauseIsNotTheReleaseAfterIt() {
        let x = extract("Night Shift, which Hulu ordered to series last year, debuts this summer.", published: "2017-03-01")
        #expect(has(x, "Night Shift", .release, "2017-SU"), "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .release && $0.o.hasPrefix("2016") }, "\(x.facts)")
    }

    @Test func cancelledAfterASingleSeasonAndOtherWaysOfOrderingAndEnding() {
        let x = extract("Night Shift was canceled after a single season.")
        #expect(x.facts.contains { $0.s == "Night Shift" && $0.p == .renewal && $0.o == "2" && $0.modality == .negated }, "\(x.facts)")
        let y = extract("Hulu has pulled the plug on Night Shift. Hulu has given Dead Reckoning a straight-to-series order. Hulu picked up Salt Crown.")
        for work in ["Night Shift", "Dead Reckoning", "Salt Crown"] { #expect(has(y, work, .platform, "Hulu"), "\(work): \(y.facts)") }
        // A season that ran is no cancellation of the next.
        let z = extract("Night Shift was a hit after one season.")
        #expect(!z.facts.contains { $0.p == .renewal && $0.modality == .negated }, "\(z.facts)")
    }

    @Test func theActressIsThePersonJustNamed() {
        let x = extract("Owen Pike and Lena Ortiz have joined Night Shift. The actress will play Sofia Kess.")
        #expect(has(x, "Lena Ortiz", .plays, "Sofia Kess"), "\(x.facts)")
        let y = extract("Lena Ortiz has joined Night Shift. The actress has been cast as Sofia Kess.")
        #expect(has(y, "Lena Ortiz", .plays, "Sofia Kess"), "\(y.facts)")
        // A person named in the sentence is its subject, not the one before.
        let z = extract("Lena Ortiz has joined Night Shift. The actress Mae Holt will play Sofia Kess.")
        #expect(!z.facts.contains { $0.p == .plays && $0.s == "Lena Ortiz" }, "\(z.facts)")
    }

    @Test func tappedToPlayTheVillain() {
        let x = extract("Ben Ashford has been tapped to play the main villain in Night Shift.")
        #expect(has(x, "Ben Ashford", .villainOf, "Night Shift"), "\(x.facts)")
        // Far from a verb of playing, a name is no villain's.
        let y = extract("Ben Ashford said on Tuesday that fans in Chicago will love the main villain in Night Shift.")
        #expect(!y.facts.contains { $0.p == .villainOf && $0.s == "Ben Ashford" }, "\(y.facts)")
    }

    @Test func anEntryInATitlesFranchise() {
        let x = extract(harborLights + "Night Shift is the latest entry in the Harbor Lights franchise.")
        #expect(has(x, "Night Shift", .partOf, "Harbor Lights"), "\(x.facts)")
    }

    @Test func aWorksSophomoreSeasonArrives() {
        let x = extract(harborLights + "Night Shift's sophomore season arrives in June.", published: "2017-03-01")
        #expect(x.facts.contains { $0.s == "Night Shift" && $0.p == .release && $0.o == "2017-06" && $0.q?["season"] == "2" }, "\(x.facts)")
    }

    @Test func aFewLowerCaseWordsBetweenTheActorAndToPlay() {
        let x = extract(harborLights + "Sources say Lena Ortiz is in line to play Sofia Kess.")
        #expect(has(x, "Lena Ortiz", .plays, "Sofia Kess", modality: .rumored), "\(x.facts)")
        let y = extract(harborLights + "Fans speculate that Lena Ortiz could play Sofia Kess.")
        #expect(has(y, "Lena Ortiz", .plays, "Sofia Kess", modality: .hedged), "\(y.facts)")
        // Someone who wanted the part, or was asked to take it, does not play it.
        let z = extract(harborLights + "Lena Ortiz wanted to play Sofia Kess. Mae Holt asked Lena Ortiz to play Sofia Kess.")
        #expect(!z.facts.contains { $0.p == .plays && $0.o == "Sofia Kess" }, "\(z.facts)")
    }

    @Test func denialsAndRefutedRumours() {
        let x = extract(harborLights + "Lena Ortiz is not playing Sofia Kess, despite rumors.")
        #expect(has(x, "Lena Ortiz", .plays, "Sofia Kess", modality: .negated), "\(x.facts)")
        // "she" is the woman the sentence has just named, not the previous sentence's subject.
        let y = extract(harborLights + "Lena Ortiz denied that she will play Sofia Kess.")
        #expect(has(y, "Lena Ortiz", .plays, "Sofia Kess", modality: .negated), "\(y.facts)")
        #expect(!y.facts.contains { $0.p == .plays && $0.s == "Tara Quinn" && $0.o == "Sofia Kess" }, "\(y.facts)")
        // A rumour that is not refuted stays one.
        let z = extract(harborLights + "Amid rumors, Lena Ortiz will play Sofia Kess.")
        #expect(has(z, "Lena Ortiz", .plays, "Sofia Kess", modality: .rumored), "\(z.facts)")
    }

    @Test func theBodyGivesTheSourceOfWhatTheHeadlineSays() {
        let x = extract("Hulu Finds Its Sofia Kess In Lena Ortiz\n\nDeadline is saying that Lena Ortiz has been cast as Sofia Kess in Night Shift.")
        #expect(x.facts.contains { $0.p == .plays && $0.s == "Lena Ortiz" && $0.o == "Sofia Kess" && $0.modality == .rumored && $0.q?["work"] == "Night Shift" }, "\(x.facts)")
    }

    @Test func thePremiereOfAWorkAndADateForIt() {
        let x = extract(harborLights + "The premiere of Night Shift is set for June 5. Hulu has set a July 9 premiere date for Dead Reckoning.", published: "2017-03-01")
        #expect(has(x, "Night Shift", .release, "2017-06-05"), "\(x.facts)")
        #expect(has(x, "Dead Reckoning", .release, "2017-07-09"), "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .release && $0.s == "Harbor Lights" }, "\(x.facts)")
        // The release of a trailer dates no work.
        let y = extract(harborLights + "The release of the trailer for Night Shift is set for June 5.", published: "2017-03-01")
        #expect(!y.facts.contains { $0.p == .release }, "\(y.facts)")
        let z = extract(harborLights + "Night Shift could premiere as early as May.", published: "2017-03-01")
        #expect(has(z, "Night Shift", .release, "2017-05", modality: .hedged), "\(z.facts)")
    }

    @Test func verbsThatRelateTwoCharacters() {
        let cases: [(String, String, String, String)] = [
            ("Mira Kess falls for Victor Kane in the second season.", "Mira Kess", "Victor Kane", "romantic"),
            ("Mira Kess is engaged to Victor Kane.", "Mira Kess", "Victor Kane", "romantic"),
            ("Mira Kess marries Victor Kane in the finale.", "Mira Kess", "Victor Kane", "married"),
            ("Mira Kess was trained by Rick Dalton.", "Mira Kess", "Rick Dalton", "mentor"),
            ("Mira Kess and Victor Kane join forces.", "Mira Kess", "Victor Kane", "ally"),
            ("Mira Kess reunites with her estranged father, Rick Dalton.", "Mira Kess", "Rick Dalton", "family"),
            ("Mira Kess's arch-nemesis Victor Kane returns.", "Mira Kess", "Victor Kane", "enemy"),
        ]
        let context = harborLights + "Owen Pike plays Rick Dalton. "
        for (sentence, a, b, relation) in cases {
            let x = extract(context + sentence)
            #expect(kind(x, a, b) == relation, "\(sentence): \(x.facts)")
        }
        // Two characters who fight someone unnamed are no enemies of each other.
        let y = extract(context + "Mira Kess and Victor Kane battle the mob.")
        #expect(kind(y, "Mira Kess", "Victor Kane") == nil, "\(y.facts)")
    }

    @Test func anAwardCategoryOrAPictureCreditIsNoWork() {
        let x = extract("Salt Crown was nominated for four Emmys, including Outstanding Drama Series. Courtesy of Photofest, the still shows Mara Voss.")
        #expect(!x.entities.contains { $0.name.hasPrefix("Outstanding") || $0.name.hasPrefix("Courtesy") }, "\(x.entities)")
        // A title that starts with "Best" is still one.
        let y = extract("Mara Voss, who grew up in a small town, now stars in Best Friends Forever with her old friends.")
        #expect(has(y, "Mara Voss", .appearsIn, "Best Friends Forever"), "\(y.facts)")
    }

    @Test func crewPastARelativeClauseAndWritersWhoDirect() {
        let x = extract(harborLights + "Dana Hill, who created Harbor Lights, will serve as showrunner on Night Shift. Joe Lin will write and direct Dead Reckoning.")
        let crew = Set(x.facts.filter { $0.p == .crew }.map { "\($0.s)|\($0.o)|\($0.q?["role"] ?? "")" })
        #expect(crew.isSuperset(of: ["Night Shift|Dana Hill|showrunner", "Harbor Lights|Dana Hill|creator", "Dead Reckoning|Joe Lin|writer", "Dead Reckoning|Joe Lin|director"]), "\(crew)")
        // Fans who write letters, an actress who writes a memoir are no writers of the show.
        let y = extract(harborLights + "Fans write letters to Night Shift every week. Tara Quinn said she will write a memoir.")
        #expect(!y.facts.contains { $0.p == .crew }, "\(y.facts)")
    }

    @Test func anotherNameAfterADescription() {
        let x = extract("Iron Harbor returns in May. Tom Reyes plays Dorn Vale, the bounty hunter better known simply as the Harborman. "
                        + "Ada Quill plays Conner, the clone better known as Superlad. Dana Hill plays Maya Lorne, a deaf woman who goes by Echoa. "
                        + "Joivan Marsh plays Vic Stonor, who everyone knows as Cyberon.")
        let named = { (s: String, o: String) in x.facts.contains { $0.p == .alias && $0.s == s && $0.o.hasSuffix(o) } }
        for (s, o) in [("Dorn Vale", "Harborman"), ("Conner", "Superlad"), ("Maya Lorne", "Echoa"), ("Vic Stonor", "Cyberon")] { #expect(named(s, o), "\(s) \(o): \(x.facts)") }
        // Near-miss: an actor best known as a role in a work, and a person's stage name, are no other names of a character.
        let y = extract("Iron Harbor returns in May. Tom Reyes, best known as Rosa Dunn in Salt Crown, joins the cast. The singer Mara Quill goes by Mara Lee.")
        #expect(!y.facts.contains { $0.p == .alias }, "\(y.facts)")
    }

    @Test func otherNamesOfACharacter() {
        for sentence in ["Mira Kess, better known as the Harbor Ghost, returns.", "Mira Kess becomes the Harbor Ghost in the finale.",
                         "Mira Kess's alter ego, the Harbor Ghost, returns."] {
            let x = extract(harborLights + sentence)
            #expect(x.facts.contains { $0.p == .alias && $0.s == "Mira Kess" && $0.o == "Harbor Ghost" }, "\(sentence): \(x.facts)")
        }
        // An actor best known as a character has no alias: the role is a role.
        let y = extract(harborLights + "Tara Quinn, best known as Mira Kess, joins Night Shift.")
        #expect(!y.facts.contains { $0.p == .alias }, "\(y.facts)")
    }

    @Test func whatOnlyACharacterHasTypesTheName() {
        let x = extract("With the origin of Tobin Vale coming in March, everything is in place. Fans also want to see Rhea Morrow's powers.")
        #expect(type(x, "Tobin Vale") == [.character], "\(x.entities)")
        #expect(type(x, "Rhea Morrow") == [.character], "\(x.entities)")
    }

    @Test func everyActorOfACastListWithRoles() {
        let x = extract(harborLights + "Night Shift also stars Tara Quinn as Mira Kess and Owen Pike as Rick Dalton. The Dead Reckoning cast includes Lena Ortiz and Mae Holt.")
        for actor in ["Tara Quinn", "Owen Pike"] { #expect(has(x, actor, .appearsIn, "Night Shift"), "\(actor): \(x.facts)") }
        for actor in ["Lena Ortiz", "Mae Holt"] {
            // ("The Dead Reckoning cast": the title may keep the article; the scorer ignores it.)
            #expect(x.facts.contains { $0.p == .appearsIn && $0.s == actor && $0.o.hasSuffix("Dead Reckoning") }, "\(actor): \(x.facts)")
            #expect(!x.facts.contains { $0.p == .appearsIn && $0.s == actor && $0.o == "Harbor Lights" }, "\(actor): \(x.facts)")
        }
    }

    @Test func seriesRegularsReprisedRolesAndExecutiveProducers() {
        let x = extract("Night Shift is a Hulu drama. Lena Ortiz joins previously announced series regulars Tara Quinn, Owen Pike and Mae Holt. "
                        + "Tara Quinn will return as Mira Kess, while Owen Pike reprises the role of Rick Dalton. "
                        + "Blumhouse produces the series, with Joe Lin and Dana Hill executive producing.")
        for actor in ["Lena Ortiz", "Tara Quinn", "Owen Pike", "Mae Holt"] { #expect(has(x, actor, .appearsIn, "Night Shift"), "\(actor): \(x.facts)") }
        #expect(has(x, "Owen Pike", .plays, "Rick Dalton"), "\(x.facts)")
        for producer in ["Joe Lin", "Dana Hill"] {
            #expect(x.facts.contains { $0.s == "Night Shift" && $0.p == .crew && $0.o == producer && $0.q?["role"] == "producer" }, "\(producer): \(x.facts)")
        }
    }

    @Test func theFirstPlanIsNoReleaseDate() {
        let x = extract(harborLights + "Originally slated for May, the new season was pushed back due to production delays.", published: "2017-03-01")
        #expect(!x.facts.contains { $0.p == .release }, "\(x.facts)")
        let y = extract(harborLights + "The new season, originally scheduled for May, will now premiere in July.", published: "2017-03-01")
        #expect(y.facts.filter { $0.p == .release }.map(\.o) == ["2017-07"], "\(y.facts)")
    }

    @Test func companiesAreNeitherCrewNorTitles() {
        let x = extract("Sandra Vale has joined the cast of Brightwater Channel's Marlow Heights as Zane Ashford. "
                        + "Marlow Heights is produced by Red Kite Productions in association with Brightwater Channel. "
                        + "The cast also includes Lena Ortiz, Mae Holt and newcomer Ada Rey.")
        #expect(type(x, "Marlow Heights") == [.work], "\(x.entities)")
        #expect(type(x, "Red Kite Productions") == [.organization], "\(x.entities)")
        #expect(!x.facts.contains { $0.p == .crew }, "\(x.facts)")
        #expect(has(x, "Sandra Vale", .plays, "Zane Ashford"), "\(x.facts)")
        for actor in ["Lena Ortiz", "Mae Holt", "Ada Rey"] { #expect(has(x, actor, .appearsIn, "Marlow Heights"), "\(actor): \(x.facts)") }
    }

    // MARK: phrasings added in the fourth session

    @Test func aWorkThatBringsBackActorsCastsEachOfThem() {
        let x = extract("Harbor Lights is a Netflix drama. Harbor Lights brings back fan-favorite stars Lena Ortiz, Tom Reyes and Ana Cruz for its second season.")
        for name in ["Lena Ortiz", "Tom Reyes", "Ana Cruz"] { #expect(has(x, name, .appearsIn, "Harbor Lights"), "\(name): \(x.facts)") }
        // Near-miss: a platform that brings back a show casts no one in it.
        let y = extract("Night Shift is a Hulu drama. The network brings back Night Shift for a second season.")
        #expect(!y.facts.contains { $0.p == .appearsIn }, "\(y.facts)")
    }

    @Test func aRoleBeforeItsAppositionIsPlayedByTheActor() {
        let x = extract("Nell Archer, Sam Kwan's childhood friend, is played by Ana Cruz in Harbor Lights. Leo Marsh, a former spy, will be played by Tom Reyes.")
        #expect(has(x, "Ana Cruz", .plays, "Nell Archer"), "\(x.facts)")
        #expect(has(x, "Tom Reyes", .plays, "Leo Marsh"), "\(x.facts)")
        // Near-miss: a work in apposition is no role.
        let y = extract("Harbor Lights, a Netflix drama, is played by the numbers, says Ana Cruz.")
        #expect(!y.facts.contains { $0.p == .plays }, "\(y.facts)")
    }

    @Test func charactersWhoTieTheKnotAreMarried() {
        let x = extract("Harbor Lights returns to Netflix in May. Nell Archer (Ana Cruz) and Sam Kwan (Tom Reyes) tie the knot in the season finale.")
        #expect(kind(x, "Nell Archer", "Sam Kwan") == "married", "\(x.facts)")
        let y = extract("Harbor Lights returns to Netflix in May. Nell Archer (Ana Cruz) ties the knot with Sam Kwan (Tom Reyes) in the finale.")
        #expect(kind(y, "Nell Archer", "Sam Kwan") == "married", "\(y.facts)")
        // Near-miss: the actors' own weddings are no relation of characters.
        let z = extract("Ana Cruz and Tom Reyes tied the knot in 2019.")
        #expect(!z.facts.contains { $0.p == .relationship }, "\(z.facts)")
    }

    @Test func aDayNamedWithItsDateIsAReleaseDate() {
        let x = extract("Low Tide is a Peacock drama. Low Tide will debut on Friday, Oct. 4, streaming exclusively on Peacock.", published: "2019-03-01")
        #expect(has(x, "Low Tide", .release, "2019-10-04"), "\(x.facts)")
        // Near-miss: a day alone is the news of the week.
        let y = extract("Low Tide is a Peacock drama. The trailer for Low Tide was released on Tuesday.", published: "2019-03-01")
        #expect(!y.facts.contains { $0.p == .release }, "\(y.facts)")
    }

    @Test func oneReleaseDateStatedTwiceKeepsWhatEachStatementAdds() {
        let x = extract("""
            Low Tide is a Peacock drama. All ten episodes of Low Tide will drop at once on Nov. 22. \
            Low Tide season 2 premieres on Peacock on Nov. 22. Low Tide returns in November.
            """, published: "2019-03-01")
        let releases = x.facts.filter { $0.p == .release }
        #expect(releases.count == 1, "\(releases)")
        #expect(releases.first?.o == "2019-11-22" && releases.first?.q?["season"] == "2" && releases.first?.q?["platform"] == "Peacock", "\(releases)")
    }

    @Test func anOutletsReportClosingTheSentenceMakesItARumour() {
        let x = extract("""
            Harbor Lights is a Netflix drama. Ana Cruz will play Nell Archer in Harbor Lights, Deadline reports. \
            Tom Reyes will play Sam Kwan in Harbor Lights, Variety has learned. \
            Sources tell Variety that Rita Vance will direct Harbor Lights.
            """)
        #expect(has(x, "Ana Cruz", .plays, "Nell Archer", modality: .rumored), "\(x.facts)")
        #expect(has(x, "Tom Reyes", .plays, "Sam Kwan", modality: .rumored), "\(x.facts)")
        #expect(x.facts.contains { $0.p == .crew && $0.o == "Rita Vance" && $0.modality == .rumored }, "\(x.facts)")
        // Near-misses: the platform's own word, and a report that does not close the sentence.
        let y = extract("""
            Harbor Lights is a Netflix drama. Lena Ortiz will play Ilse Varga in Harbor Lights, Netflix announced. \
            Kira Moss will play Vey in Harbor Lights, Kira Moss reported on Instagram.
            """)
        #expect(has(y, "Lena Ortiz", .plays, "Ilse Varga"), "\(y.facts)")
        #expect(has(y, "Kira Moss", .plays, "Vey"), "\(y.facts)")
    }

    @Test func anActorPromotedToSeriesRegularAppearsInTheWork() {
        let x = extract("Harbor Lights is a Netflix drama. Mara Voss has been promoted to series regular for Harbor Lights season 2.")
        #expect(x.facts.contains { $0.s == "Mara Voss" && $0.p == .appearsIn && $0.o == "Harbor Lights" && $0.q?["season"] == "2" }, "\(x.facts)")
    }

    @Test func aTownAWorkIsShotInIsAPlaceEvenWhenNoListKnowsIt() {
        let x = extract("Safe Harbor is a Netflix drama. Safe Harbor starts filming in Lunenburg next month. It was shot on location in Port Mouton.")
        #expect(has(x, "Safe Harbor", .filming, "Lunenburg"), "\(x.facts)")
        #expect(type(x, "Port Mouton") == [.place], "\(x.entities)")
        // Near-misses: a title named as a work, and a quarter, are no places.
        let y = extract("Harbor Lights is a Netflix drama. Tom Reyes was filming in Harbor Lights when the news broke. Production begins in Q4.")
        #expect(!y.facts.contains { $0.p == .filming }, "\(y.facts)")
        #expect(!y.entities.contains { $0.type == .place }, "\(y.entities)")
    }

    @Test func aSpinoffInAppositionDescribesTheWorkBeforeIt() {
        let x = extract("Harbor Lights is a Netflix drama. Safe Harbor, the upcoming Harbor Lights spinoff, arrives in May.")
        #expect(has(x, "Safe Harbor", .spinoffOf, "Harbor Lights"), "\(x.facts)")
        let y = extract("Harbor Lights is a Netflix drama. Netflix is developing Safe Harbor, a Harbor Lights prequel.")
        #expect(has(y, "Safe Harbor", .spinoffOf, "Harbor Lights"), "\(y.facts)")
        // Near-miss: a person in apposition is no spinoff.
        let z = extract("Harbor Lights is a Netflix drama. Ana Cruz, the Harbor Lights star, wants a spinoff.")
        #expect(!z.facts.contains { $0.p == .spinoffOf }, "\(z.facts)")
    }

    @Test func theRenewalVerbGovernsTheSeasonItNames() {
        func renewal(_ sentence: String) -> Modality? {
            extract("Harbor Lights is a Netflix drama. " + sentence).facts.first { $0.p == .renewal && $0.o == "4" }?.modality
        }
        #expect(renewal("Harbor Lights has not been renewed for a fourth season.") == .negated)
        #expect(renewal("Netflix has yet to renew Harbor Lights for a fourth season.") == .negated)
        #expect(renewal("Netflix renewed Harbor Lights for a fourth season.") == .asserted)
        #expect(renewal("Netflix could renew Harbor Lights for a fourth season.") == .hedged)
        // Near-miss: a negation in another clause.
        #expect(renewal("Ana Cruz did not know it, but Netflix renewed Harbor Lights for a fourth season.") == .asserted)
    }

    @Test func aReturnAskedAboutIsNoAppearanceInThatSeason() {
        let x = extract("Harbor Lights is a Netflix drama. It is unclear whether Tom Reyes will return for season 3 of Harbor Lights.")
        #expect(!x.facts.contains { $0.p == .appearsIn && $0.s == "Tom Reyes" }, "\(x.facts)")
        // The role itself is taken for granted.
        let y = extract("Harbor Lights is a Netflix drama. There is no word on whether Ana Cruz will return as Nell Archer in Harbor Lights.")
        #expect(has(y, "Ana Cruz", .plays, "Nell Archer"), "\(y.facts)")
    }

    @Test func aDelayUntilADateNamesTheNewDate() {
        let x = extract("Harbor Lights is a Netflix drama. The premiere of Harbor Lights season 2 has been delayed until spring 2026.")
        #expect(x.facts.contains { $0.p == .release && $0.o == "2026-SP" && $0.q?["season"] == "2" }, "\(x.facts)")
        // Near-miss: a stay until a date is no release.
        let y = extract("Harbor Lights is a Netflix drama. The cast of Harbor Lights will stay in Halifax until March 3.")
        #expect(!y.facts.contains { $0.p == .release }, "\(y.facts)")
    }

    @Test func aMultiEpisodePremiereIsNoEpisodeCount() {
        let x = extract("Harbor Lights is a Netflix drama. Harbor Lights returns March 3 with a two-episode premiere.")
        #expect(!x.facts.contains { $0.p == .episodes }, "\(x.facts)")
        let y = extract("Harbor Lights is a Netflix drama. The eight-episode season of Harbor Lights premieres in June.")
        #expect(has(y, "Harbor Lights", .episodes, "8"), "\(y.facts)")
    }

    @Test func anotherNameIsNoRoleAndABestKnownRoleIsOne() {
        let x = extract("Harbor Lights is a Netflix drama. In Harbor Lights, Nell Archer, also known as the Lamplighter, patrols the docks.")
        #expect(!x.facts.contains { $0.p == .plays }, "\(x.facts)")
        let y = extract("Harbor Lights is a Netflix drama. Carla Mendes, best known as Rosa Diaz in Sunset Strip, joins Harbor Lights.")
        #expect(has(y, "Carla Mendes", .plays, "Rosa Diaz"), "\(y.facts)")
        #expect(has(y, "Carla Mendes", .appearsIn, "Harbor Lights"), "\(y.facts)")
        // Near-miss: a work in apposition does not join anything.
        let z = extract("Harbor Lights is a Netflix drama. Sunset Strip, the Hulu comedy, joins the lineup in May.")
        #expect(!z.facts.contains { $0.p == .appearsIn }, "\(z.facts)")
    }

    @Test func aRoleDescribedThenNamedIsPlayed() {
        let x = extract("Harbor Lights is a Netflix drama. Ben Hollis plays a fisherman named Jonah Pike. Tom Reyes will play a detective called Sam Kwan.")
        #expect(has(x, "Ben Hollis", .plays, "Jonah Pike"), "\(x.facts)")
        #expect(has(x, "Tom Reyes", .plays, "Sam Kwan"), "\(x.facts)")
        // Near-miss: a work named after someone is no role.
        let y = extract("Harbor Lights is a Netflix drama. Ben Hollis plays a part in a film named after Jonah Pike.")
        #expect(!y.facts.contains { $0.p == .plays }, "\(y.facts)")
    }

    @Test func aNewcomerRoundingOutTheMainCastIsAnActor() {
        let x = extract("Harbor Lights is a Netflix drama. Newcomer Lila Park rounds out the main cast as Juniper Vale.")
        #expect(type(x, "Lila Park") == [.person], "\(x.entities)")
        #expect(has(x, "Lila Park", .plays, "Juniper Vale"), "\(x.facts)")
        #expect(has(x, "Lila Park", .appearsIn, "Harbor Lights"), "\(x.facts)")
    }

    @Test func guestStarsIncludeActorsOfTheWork() {
        let x = extract("Harbor Lights is a Netflix drama. Guest stars include Owen Bract and Mara Voss.")
        #expect(has(x, "Owen Bract", .appearsIn, "Harbor Lights"), "\(x.facts)")
        #expect(has(x, "Mara Voss", .appearsIn, "Harbor Lights"), "\(x.facts)")
    }

    // MARK: relations said together

    @Test func coordinatedRelationsGiveAFactEach() {
        let x = extract("Ana Cruz plays Nell Archer. Tom Reyes plays Leo Marsh, Nell Archer's uncle and husband, with Mae Holt as her roommate and best friend Ivy Lane.")
        #expect(has(x, "Leo Marsh", .relationship, "Nell Archer") && x.facts.filter { $0.p == .relationship && $0.s == "Leo Marsh" }.compactMap { $0.q?["kind"] }.sorted() == ["family", "married"], "\(x.facts)")
        #expect(kind(x, "Ivy Lane", "Nell Archer") == "friend", "\(x.facts)")
        // Near-miss: a name after "and" is the next member of the cast, not a second relation.
        let y = extract("Ana Cruz plays Nell Archer. Tom Reyes plays Leo Marsh, Nell Archer's uncle, and Sam Kwan returns.")
        #expect(kind(y, "Leo Marsh", "Nell Archer") == "family", "\(y.facts)")
        #expect(!y.facts.contains { $0.p == .relationship && ($0.s == "Sam Kwan" || $0.o == "Sam Kwan") }, "\(y.facts)")
    }

    @Test func twoOwnersShareARelation() {
        let cast = "Nell Archer (Ana Cruz) and Sam Kwan (Tom Reyes) are back. "
        let x = extract(cast + "Mae Holt plays Ivy Lane, Nell and Sam's daughter.")
        #expect(kind(x, "Ivy Lane", "Nell Archer") == "family" && kind(x, "Ivy Lane", "Sam Kwan") == "family", "\(x.facts)")
        for sentence in ["Nell and Sam's slow-burn romance is the heart of the season.", "Nell's on-again, off-again romance with Sam is the heart of the season.",
                         "The season follows the slow-burn romance between Nell and Sam."] {
            let y = extract(cast + sentence)
            #expect(kind(y, "Nell Archer", "Sam Kwan") == "romantic", "\(sentence): \(y.facts)")
        }
        // Near-misses: what two own together, a romance with no one named.
        let z = extract(cast + "Nell and Sam's apartment burns down. Nell's romance with the city is over.")
        #expect(!z.facts.contains { $0.p == .relationship }, "\(z.facts)")
    }

    @Test func aRelationAfterADescription() {
        let cast = "Ana Cruz plays Nell Archer. "
        for sentence in ["Tom Reyes plays Leo Marsh, a former spy and Nell Archer's rival.", "Tom Reyes plays Leo Marsh. Leo Marsh is a former spy and Nell's rival."] {
            let x = extract(cast + sentence)
            #expect(kind(x, "Leo Marsh", "Nell Archer") == "enemy", "\(sentence): \(x.facts)")
        }
        // Near-miss: a spy met, then a rival of hers: no one is said to be the rival.
        let y = extract(cast + "Tom Reyes plays Leo Marsh. Leo Marsh met a spy and Nell's rival in Prague.")
        #expect(!y.facts.contains { $0.p == .relationship }, "\(y.facts)")
    }

    @Test func aRelativeInAWhoseClause() {
        let x = extract("Ana Cruz returns as Nell Archer, the widowed queen whose son Ivo Dane (Tom Reyes) has taken the throne.")
        #expect(kind(x, "Ivo Dane", "Nell Archer") == "family", "\(x.facts)")
        let y = extract("Tom Reyes is back as Sam Kwan, Ivy Lane's boyfriend, whose brother Leo Marsh died in season one.")
        #expect(kind(y, "Leo Marsh", "Sam Kwan") == "family", "\(y.facts)")
        #expect(kind(y, "Leo Marsh", "Ivy Lane") == nil, "\(y.facts)")
        // Near-miss: no relative named.
        let z = extract("Ana Cruz returns as Nell Archer, whose son is never seen.")
        #expect(!z.facts.contains { $0.p == .relationship }, "\(z.facts)")
    }

    @Test func aPairSaidToBeRelations() {
        let cast = "Ana Cruz plays Nell Archer and Tom Reyes plays Sam Kwan. "
        for sentence in ["Nell Archer and Sam Kwan, meanwhile, are bitter enemies.", "Nell Archer and Sam Kwan have become bitter enemies.",
                         "Sam Kwan is back. He and Nell Archer remain bitter enemies."] {
            let x = extract(cast + sentence)
            #expect(kind(x, "Nell Archer", "Sam Kwan") == "enemy", "\(sentence): \(x.facts)")
        }
        // Near-miss: the actors are friends, not their characters.
        let y = extract(cast + "Sam Kwan is back. He and Ana Cruz remain close friends off set.")
        #expect(!y.facts.contains { $0.p == .relationship }, "\(y.facts)")
    }

    @Test func aRelativeNamedBeforeThePronoun() {
        let x = extract("Ana Cruz is back as Nell Archer, with Tom Reyes as Sam Kwan, her adoptive father, and Mae Holt as Ivy Lane.")
        #expect(kind(x, "Sam Kwan", "Nell Archer") == "family", "\(x.facts)")
        #expect(kind(x, "Ivy Lane", "Nell Archer") == nil, "\(x.facts)")
        // Near-misses: an actor before "her co-star" is no character; a character who becomes someone's enemy takes no other name.
        let y = extract("Ana Cruz plays Nell Archer. Tom Reyes, her co-star, plays Sam Kwan. Later Sam Kwan becomes Nell's worst enemy.")
        #expect(kind(y, "Sam Kwan", "Nell Archer") == "enemy", "\(y.facts)")
        #expect(!y.facts.contains { $0.p == .alias }, "\(y.facts)")
    }

    // MARK: places

    @Test func everyPlaceAFilmingWordNames() {
        let x = extract("Iron Harbor is an HBO drama. The first season was filmed largely in the Czech Republic, with location shooting in Morocco and Italy, "
                        + "and production on the second is under way in Vancouver. The final season was shot in Montana.")
        for place in ["Czech Republic", "Morocco", "Italy", "Vancouver", "Montana"] { #expect(has(x, "Iron Harbor", .filming, place), "\(place): \(x.facts)") }
        let z = extract("Iron Harbor is an HBO drama. Production on the first season took place at Shinfield Studios, and filming resumes at Warner Bros. Studios Leavesden.")
        #expect(has(z, "Iron Harbor", .filming, "Shinfield Studios") && has(z, "Iron Harbor", .filming, "Warner Bros. Studios Leavesden"), "\(z.facts)")
        // Near-miss: a place the cast flew to for a premiere is no filming place.
        let y = extract("Iron Harbor is an HBO drama. Filming wrapped in May, and the cast then flew to Italy for the premiere.")
        #expect(!y.facts.contains { $0.p == .filming && $0.o == "Italy" }, "\(y.facts)")
    }

    @Test func aPlaceThatIsAlsoAGivenNameBeforeASurnameIsAPerson() {
        let x = extract("Night Courier is a Hulu thriller. Jordan Peele directed the pilot. Georgia King and Dallas Liu star in it, and it was shot in Jordan and Georgia.")
        #expect(type(x, "Jordan Peele") == [.person] && type(x, "Georgia King") == [.person] && type(x, "Dallas Liu") == [.person], "\(x.entities)")
        #expect(has(x, "Night Courier", .filming, "Jordan") && has(x, "Night Courier", .filming, "Georgia"), "\(x.facts)")
        // Near-miss: a place before a day is still the place.
        let y = extract("Night Courier is a Hulu thriller. Production began in Savannah, Georgia Wednesday night.")
        #expect(has(y, "Night Courier", .filming, "Georgia"), "\(y.facts)")
    }

    // MARK: titles

    @Test func aTitlesYearAfterAnApostropheAndASubtitlesNumber() {
        let x = extract("Harbor '97 is a Disney+ series. Ana Cruz voices Nell Archer in Harbor ’97, and Night Courier: Unit 31 stars Tom Reyes.")
        #expect(type(x, "Harbor '97") == [.work], "\(x.entities)")
        #expect(has(x, "Harbor '97", .platform, "Disney+"), "\(x.facts)")
        #expect(has(x, "Tom Reyes", .appearsIn, "Night Courier: Unit 31"), "\(x.facts)")
        // Near-misses: a quoted year is no title's; a subtitle's count of episodes is no part of it.
        let y = extract("Night Courier is a Hulu drama. Its finale aired in '97. Night Courier: Season One has 10 episodes.")
        #expect(!y.entities.contains { $0.name.hasSuffix("'97") || $0.name.hasSuffix("10") }, "\(y.entities)")
    }

    @Test func aRolesTwoNamesAroundASlash() {
        let x = extract("Night Courier is a Hulu drama. Tom Reyes stars as Leo Marsh/The Lamplighter, the series' villain.")
        #expect(x.facts.contains { $0.p == .alias && $0.s == "Leo Marsh" && $0.o == "The Lamplighter" }, "\(x.facts)")
        #expect(!x.entities.contains { $0.name == "The Lamplighter" && $0.type == .work }, "\(x.entities)")
        // Near-miss: two companies around a slash are no role.
        let y = extract("The Marvel/Netflix shows ended in 2019.")
        #expect(!y.facts.contains { $0.p == .alias }, "\(y.facts)")
    }

    @Test func aTitleWithACapitalisedPrepositionAndAnAnd() {
        let x = extract("The BBC announced The War Beneath the Moor and the Tide, a five-part drama. Long thought extinct, the Tide Walkers are back. "
                        + "The War Beneath the Moor and the Tide is written by Ana Cruz.")
        #expect(has(x, "The War Beneath the Moor and the Tide", .crew, "Ana Cruz"), "\(x.facts)")
        // Near-miss: a sentence that opens with a preposition is no title.
        let y = extract("Beyond the Moor, Ana Cruz wrote Night Courier for Hulu.")
        #expect(!y.entities.contains { $0.name.hasPrefix("Beyond") }, "\(y.entities)")
    }

    @Test func everyPlatformOfAList() {
        let x = extract("Night Courier returns to BBC One, BBC iPlayer and Disney+ in 2025. Harbor Lights premiered on YouTube Red in 2018.")
        for platform in ["BBC One", "BBC iPlayer", "Disney+"] { #expect(has(x, "Night Courier", .platform, platform), "\(platform): \(x.facts)") }
        #expect(has(x, "Harbor Lights", .platform, "YouTube Red"), "\(x.facts)")
        // Near-miss: platforms listed as a sentence's subject carry no work.
        let y = extract("Night Courier is a thriller. Netflix, Hulu and Disney+ are all bidding for it.")
        #expect(!y.facts.contains { $0.p == .platform }, "\(y.facts)")
    }

    @Test func aPluralRelationNamesAPair() {
        let cast = "Ana Cruz plays Nell Archer and Tom Reyes plays Sam Kwan. "
        for sentence in ["The series follows twin sisters Nell Archer and Sam Kwan.", "Nell Archer and Sam Kwan, the Harbor siblings, return.",
                         "The Archers have twins, Nell Archer and Sam Kwan."] {
            let x = extract(cast + sentence)
            #expect(kind(x, "Nell Archer", "Sam Kwan") == "family", "\(sentence): \(x.facts)")
        }
        // Near-misses: siblings of someone else; a list of one.
        let y = extract(cast + "Nell Archer and Sam Kwan, the siblings of Ivo, return. The twins, Nell Archer, return.")
        #expect(kind(y, "Nell Archer", "Sam Kwan") == nil, "\(y.facts)")
    }

    @Test func aRelationServedOrBecome() {
        let cast = "Ana Cruz plays Nell Archer and Tom Reyes plays Sam Kwan. "
        let x = extract(cast + "Nell Archer builds a copy of Sam Kwan, who served as her mentor.")
        #expect(kind(x, "Sam Kwan", "Nell Archer") == "mentor", "\(x.facts)")
        let y = extract(cast + "Mae Holt plays Ivy Lane. Sam Kwan married Nell Archer in season five. Later, Ivy Lane, who is dating Sam Kwan now, returns.")
        #expect(kind(y, "Sam Kwan", "Nell Archer") == "married", "\(y.facts)")
        #expect(kind(y, "Ivy Lane", "Sam Kwan") == "romantic", "\(y.facts)")
        let z = extract(cast + "Sam Kwan is back, with Nell Archer, his steely Irish-born wife.")
        #expect(kind(z, "Nell Archer", "Sam Kwan") == "married", "\(z.facts)")
        // Near-miss: actors who married.
        let w = extract(cast + "Ana Cruz married Tom Reyes in 2019.")
        #expect(!w.facts.contains { $0.p == .relationship }, "\(w.facts)")
    }

    @Test func aCastListThatAlsoStarsOrGuestStars() {
        let x = extract("Night Courier is a Hulu thriller. Ana Cruz, Tom Reyes and Mae Holt also star. Ivo Dane and Lena Ortiz are also set to guest star.")
        for name in ["Ana Cruz", "Tom Reyes", "Mae Holt", "Ivo Dane", "Lena Ortiz"] { #expect(has(x, name, .appearsIn, "Night Courier"), "\(name): \(x.facts)") }
        // Near-miss: "star" said of something else than acting.
        let y = extract("Night Courier is a Hulu thriller. Critics also star it in their lists.")
        #expect(!y.facts.contains { $0.p == .appearsIn }, "\(y.facts)")
    }

    @Test func spinoffsSaidAsContinuationsRevivalsAndSpunOff() {
        let cases = [("Night Courier launched in 2013 as a spinoff of the 2012 blockbuster Harbor Lights.", "Night Courier", "Harbor Lights"),
                     ("When Night Courier premiered, the idea of a sequel series to Harbor Lights seemed odd.", "Night Courier", "Harbor Lights"),
                     ("Harbor '97 is a direct continuation of Harbor Lights: The Animated Series.", "Harbor '97", "Harbor Lights: The Animated Series"),
                     ("Night Courier, which spun off from Harbor Lights in 2014, ends this year.", "Night Courier", "Harbor Lights"),
                     ("Night Courier: New Blood, the 2021 Hulu revival of Night Courier, has ended.", "Night Courier: New Blood", "Night Courier")]
        for (sentence, child, parent) in cases {
            let x = extract(sentence)
            #expect(has(x, child, .spinoffOf, parent), "\(sentence): \(x.facts)")
        }
        // Near-misses: a revival of interest, a continuation with no work named.
        let y = extract("Night Courier enjoyed a revival of interest in 2020. Its second season is a continuation of the story.")
        #expect(!y.facts.contains { $0.p == .spinoffOf }, "\(y.facts)")
    }

    @Test func aSeasonThatLanded() {
        let x = extract("Night Courier is a Hulu thriller. The first season of Night Courier landed in August 2022.", published: "2024-06-01")
        #expect(x.facts.contains { $0.p == .release && $0.s == "Night Courier" && $0.o == "2022-08" }, "\(x.facts)")
        // Near-miss: an actor who landed a role.
        let y = extract("Night Courier is a Hulu thriller. Ana Cruz landed the role in 2018.", published: "2024-06-01")
        #expect(!y.facts.contains { $0.p == .release }, "\(y.facts)")
    }

    @Test func aVoiceLentAndANewCompanion() {
        let x = extract("Night Courier is a Hulu thriller. Tom Reyes again lends his voice to Marlo the Raven. Ana Cruz is joining as new companion Nell Archer.")
        #expect(has(x, "Tom Reyes", .plays, "Marlo the Raven"), "\(x.facts)")
        #expect(has(x, "Ana Cruz", .plays, "Nell Archer"), "\(x.facts)")
        // Near-misses: a voice lent to a cause; an actor's own possessive before a role described with "the".
        let y = extract("Night Courier is a Hulu thriller. Ana Cruz lends her voice to the campaign. Reyes's Marlo the Raven is a fan favourite.")
        #expect(!y.facts.contains { $0.p == .plays && $0.s == "Ana Cruz" }, "\(y.facts)")
        #expect(!y.entities.contains { $0.name == "Marlo the Raven" }, "\(y.entities)")
    }

    @Test func crewSaidAsADuoAFollowerOrAScript() {
        let x = extract("Night Courier is a Hulu thriller from the directing duo Ana Cruz and Tom Reyes. Mae Holt has reportedly been hired as head writer. "
                        + "Ivo Dane has taken over as showrunner. Lena Ortiz will direct from a script by Sam Park, and Ida Moss will direct multiple episodes. "
                        + "Dana Hill developed the series alongside Leo Marsh.")
        let expected = [("Ana Cruz", "director"), ("Tom Reyes", "director"), ("Ivo Dane", "showrunner"), ("Lena Ortiz", "director"), ("Sam Park", "writer"),
                        ("Ida Moss", "director"), ("Dana Hill", "creator"), ("Leo Marsh", "creator")]
        for (person, role) in expected {
            #expect(x.facts.contains { $0.p == .crew && $0.s == "Night Courier" && $0.o == person && $0.q?["role"] == role }, "\(person): \(x.facts)")
        }
        #expect(x.facts.contains { $0.p == .crew && $0.o == "Mae Holt" && $0.q?["role"] == "writer" && $0.modality == .rumored }, "\(x.facts)")
        // Near-misses: the helm of a ship, a game's final score.
        let y = extract("Night Courier is a Hulu thriller. Ana Cruz mans the helm of the Nightjar. The final score was 3-1, Tom Reyes said.")
        #expect(!y.facts.contains { $0.p == .crew }, "\(y.facts)")
    }

    @Test func datesOfOtherThingsThanTheRelease() {
        let body = "Night Courier is a Hulu thriller. In the comics, Nell Archer was created by writer Ana Cruz and debuted in 2016. "
            + "No premiere date has been set for season 3, but Hulu is expected to announce one next week. Tom Reyes will return as showrunner for the new season, "
            + "which is set to begin production in November. Hulu dropped the first trailer for Night Courier season 3 on Monday, May 4. "
            + "A special sneak peek will air tomorrow."
        let x = extract(body, published: "2024-06-01")
        #expect(!x.facts.contains { $0.p == .release }, "\(x.facts)")
        // The release itself still reads: "The new season will premiere early 2025", "is expected to arrive in March".
        let y = extract("Night Courier is a Hulu thriller. The new season will premiere early 2025. Harbor Lights is expected to arrive in March.", published: "2024-06-01")
        #expect(y.facts.contains { $0.p == .release && $0.s == "Night Courier" && $0.o == "2025" }, "\(y.facts)")
        #expect(y.facts.contains { $0.p == .release && $0.s == "Harbor Lights" && $0.o == "2025-03" }, "\(y.facts)")
    }

    @Test func actorsMarriagesAndAnActorsEarlierVillain() {
        let x = extract("Night Courier is a Hulu thriller. Ana Cruz has been married to producer Tom Reyes since 2012. Mae Holt previously played a villain in Harborside, opposite Ivo Dane.")
        #expect(!x.facts.contains { $0.p == .relationship }, "\(x.facts)")
        #expect(has(x, "Mae Holt", .villainOf, "Harborside") && !has(x, "Mae Holt", .villainOf, "Night Courier"), "\(x.facts)")
        // Near-miss kept: characters married to each other are.
        let y = extract("Night Courier is a Hulu thriller. Ana Cruz plays Nell Archer and Tom Reyes plays Sam Kwan. Nell Archer has been married to Sam Kwan since the pilot.")
        #expect(kind(y, "Nell Archer", "Sam Kwan") == "married", "\(y.facts)")
    }

    @Test func aCharactersMakersAreNoCrewOfTheShow() {
        let x = extract("Night Courier is a Hulu thriller. Ana Cruz plays Nell Archer. The character was created by writer Tom Reyes and artist Mae Holt in 1994. "
                        + "In the comics, Nell Archer was created by Ivo Dane. Sam Park has been married to producer Lena Ortiz since 2012. "
                        + "As previously reported, the series was originally developed at FX before moving to Hulu.")
        #expect(!x.facts.contains { $0.p == .crew }, "\(x.facts)")
        #expect(!has(x, "Night Courier", .platform, "FX") && has(x, "Night Courier", .platform, "Hulu"), "\(x.facts)")
        // Near-misses kept: a character created for a named series; the show's own creator.
        let y = extract("Night Courier is a Hulu thriller. Nell Archer was created by Ivo Dane for his Harbor Tales series. The series itself was created by Dana Hill.")
        #expect(y.facts.contains { $0.p == .crew && $0.s == "Harbor Tales" && $0.o == "Ivo Dane" }, "\(y.facts)")
        #expect(y.facts.contains { $0.p == .crew && $0.s == "Night Courier" && $0.o == "Dana Hill" }, "\(y.facts)")
    }

    @Test func noNextSeasonAndAFinalSeasonsNumber() {
        let x = extract("Night Courier is a Hulu thriller. There will be no fourth season. The third and final season, consisting of ten episodes, premieres this spring.", published: "2024-01-10")
        #expect(x.facts.contains { $0.p == .renewal && $0.o == "4" && $0.modality == .negated }, "\(x.facts)")
        #expect(x.facts.contains { $0.p == .episodes && $0.o == "10" && $0.q?["season"] == "3" }, "\(x.facts)")
        #expect(x.facts.contains { $0.p == .release && $0.o == "2024-SP" && $0.q?["season"] == "3" }, "\(x.facts)")
        // Near-miss: "no" elsewhere in the sentence leaves the season asserted.
        let y = extract("Night Courier is a Hulu thriller. No one expected it, but a fourth season is coming.", published: "2024-01-10")
        #expect(y.facts.contains { $0.p == .renewal && $0.o == "4" && $0.modality == .asserted }, "\(y.facts)")
    }

    @Test func anEpithetInApposition() {
        let x = extract("Night Courier is a Hulu thriller. Tom Reyes plays Leo Marsh. Leo Marsh, the Lamplighter, returns in the new season.")
        #expect(x.facts.contains { $0.p == .alias && $0.s == "Leo Marsh" && $0.o == "Lamplighter" }, "\(x.facts)")
        // Near-miss: a list of characters is no apposition.
        let y = extract("Night Courier is a Hulu thriller. Tom Reyes plays Leo Marsh. Leo Marsh, the Lamplighter, Ivy Lane and Sam Kwan return.")
        #expect(!y.facts.contains { $0.p == .alias }, "\(y.facts)")
    }

    @Test func aSocialTitleBeforeAPlainWordIsPartOfTheName() {
        let x = extract("Night Courier is a Hulu thriller. Tom Reyes lends his voice to Miss Minutes, and Mae Holt plays Lady Vex, the season's big bad.")
        #expect(has(x, "Tom Reyes", .plays, "Miss Minutes") && has(x, "Mae Holt", .plays, "Lady Vex"), "\(x.facts)")
        #expect(type(x, "Lady Vex") == [.character], "\(x.entities)")
        // Near-miss: a title before a surname is dropped as before.
        let y = extract("Night Courier is a Hulu thriller. Mae Holt plays Captain Vance Kade, and Captain Kade returns.")
        #expect(has(y, "Mae Holt", .plays, "Vance Kade"), "\(y.facts)")
    }

    @Test func castAsTheSeasonsVillain() {
        let x = extract("Night Courier is a Hulu thriller. Mae Holt has been cast as the season's big bad, Lady Vex. Tom Reyes returns as the show's hero Leo Marsh.")
        #expect(has(x, "Mae Holt", .plays, "Lady Vex") && has(x, "Tom Reyes", .plays, "Leo Marsh"), "\(x.facts)")
        // Near-miss: "as the season's" with no name after is no role.
        let y = extract("Night Courier is a Hulu thriller. Mae Holt is back as the season's big bad, and Ivo Dane directs.")
        #expect(!y.facts.contains { $0.p == .plays }, "\(y.facts)")
    }

    @Test func aGivenNameThatIsAlsoACommonWordBeforeASurname() {
        let x = extract("Night Courier is a Hulu thriller. Tom Reyes plays Leo Marsh, and Ana Cruz plays his mother, May Bennett. Noah Hill plays Will Byers.")
        #expect(has(x, "Ana Cruz", .plays, "May Bennett") && has(x, "Noah Hill", .plays, "Will Byers"), "\(x.facts)")
        #expect(kind(x, "May Bennett", "Leo Marsh") == "family", "\(x.facts)")
        // A name that opens with "May" is no hedge.
        let y = extract("Night Courier is a Hulu thriller. May Calamawy joins the cast of Night Courier.")
        #expect(has(y, "May Calamawy", .appearsIn, "Night Courier"), "\(y.facts)")
        // Near-misses: the month before a company, the modal opening a question.
        let z = extract("Night Courier is a Hulu thriller. Will Sarah Lane return? In May Netflix renewed the show.")
        #expect(!z.entities.contains { $0.name.hasPrefix("May") || $0.name.hasPrefix("Will") }, "\(z.entities)")
    }

    @Test func aRelationAfterAdjectivesTypesItsOwner() {
        let x = extract("Night Courier is a Hulu thriller. Tom Reyes plays Leo Marsh, Ivy's childhood best friend, and Mae Holt plays Vex, a spy who becomes Ivy's most dangerous enemy.")
        #expect(kind(x, "Leo Marsh", "Ivy") == "friend" && kind(x, "Vex", "Ivy") == "enemy", "\(x.facts)")
        #expect(type(x, "Ivy") == [.character], "\(x.entities)")
        // Near-miss: an actor's possessive before a work noun is no relation.
        let y = extract("Night Courier is a Hulu thriller. Tom Reyes plays Leo Marsh in Mae Holt's new spy series.")
        #expect(!y.facts.contains { $0.p == .relationship }, "\(y.facts)")
    }

    @Test func theirRelativeIsTheTwoCharactersJustNamed() {
        let x = extract("Night Courier is a Hulu thriller. Tom Reyes is King Aldo, Mae Holt plays his wife, Queen Mara, and Ana Cruz is their daughter, Princess Ynez.")
        #expect(kind(x, "Ynez", "Aldo") == "family" && kind(x, "Ynez", "Mara") == "family" && kind(x, "Mara", "Aldo") == "married", "\(x.facts)")
        // Near-miss: with one character named before, "their" says nothing.
        let y = extract("Night Courier is a Hulu thriller. Tom Reyes is King Aldo, and the writers gave their hero, Leo Marsh, a rival.")
        #expect(!y.facts.contains { $0.p == .relationship && $0.s == "Leo Marsh" }, "\(y.facts)")
    }

    @Test func aRoleAndItsActorInBracketsWhenOneNameIsUnknown() {
        // "Gates" is an English word, so only one side looks like a person's name.
        let x = extract("Night Courier is a Hulu thriller. The season brings back Beverly Crusher (Gates McFadden), Isabelle (Clémence Poésy) and Mira Kess (Ana Cruz).")
        #expect(has(x, "Gates McFadden", .plays, "Beverly Crusher") && has(x, "Clémence Poésy", .plays, "Isabelle") && has(x, "Ana Cruz", .plays, "Mira Kess"), "\(x.facts)")
        // An actor, then a designation in brackets.
        let z = extract("Night Courier is a Hulu thriller. The squad includes Kate Kennedy (Kai-125).")
        #expect(has(z, "Kate Kennedy", .plays, "Kai-125"), "\(z.facts)")
        // Near-misses: a credit in brackets before a role, or before a casting, is a work.
        let y = extract("Night Courier is a Hulu thriller. The cast adds Ana Cruz (Truth Seekers) as Mira Kess. Mae Holt (Ramy) has been cast in an undisclosed role.")
        #expect(has(y, "Ana Cruz", .plays, "Mira Kess"), "\(y.facts)")
        #expect(!y.facts.contains { $0.p == .plays && ($0.o == "Truth Seekers" || $0.o == "Ramy" || $0.s == "Ramy") }, "\(y.facts)")
    }

    @Test func aFinalesDateIsNoRelease() {
        let x = extract("Night Courier is a Hulu thriller. New episodes drop weekly through the season finale on December 17.", published: "2024-10-01")
        #expect(!x.facts.contains { $0.p == .release }, "\(x.facts)")
        let y = extract("Night Courier is a Hulu thriller. The season will air weekly on Hulu, with the finale set for December 14.", published: "2024-10-01")
        #expect(!y.facts.contains { $0.p == .release }, "\(y.facts)")
        // Near-miss: the premiere's own date stays.
        let z = extract("Night Courier is a Hulu thriller. The season premieres on October 26, and the finale follows in December.", published: "2024-10-01")
        #expect(has(z, "Night Courier", .release, "2024-10-26"), "\(z.facts)")
    }

    @Test func aPersonsNameThenOfTheirCompany() {
        let x = extract("Night Courier is a Hulu thriller. The show comes from Dana Hill and Betsy Beers of Shondaland.")
        #expect(type(x, "Betsy Beers") == [.person] && !x.entities.contains { $0.name.hasSuffix("of Shondaland") }, "\(x.entities)")
        // Near-miss: a character's one name with "of" keeps it.
        let y = extract("Night Courier is a Hulu thriller. Tom Reyes plays Geralt of Rivia.")
        #expect(has(y, "Tom Reyes", .plays, "Geralt of Rivia"), "\(y.facts)")
    }

    @Test func aCrewsReturnIsNoAppearance() {
        let x = extract("Night Courier is a Hulu thriller. Showrunners Dana Hill and Ivo Dane return. Mae Holt will return as director for the new season.")
        #expect(!x.facts.contains { $0.p == .appearsIn }, "\(x.facts)")
        #expect(x.facts.contains { $0.p == .crew && $0.o == "Mae Holt" && $0.q?["role"] == "director" }, "\(x.facts)")
        // Near-miss: actors who return appear.
        let y = extract("Night Courier is a Hulu thriller. Tom Reyes and Mae Holt return.")
        #expect(has(y, "Tom Reyes", .appearsIn, "Night Courier") && has(y, "Mae Holt", .appearsIn, "Night Courier"), "\(y.facts)")
    }

    @Test func aTitleOpeningWithAShortCommonWordAndASubtitle() {
        let x = extract("HBO announced on Thursday that It: Welcome to Derry will now premiere on October 26.", published: "2025-09-01")
        #expect(has(x, "It: Welcome to Derry", .release, "2025-10-26"), "\(x.facts)")
        // Near-misses: a label before a colon, and a subtitle then a place.
        let y = extract("Night Courier is a Hulu thriller. The cast in a photo. Photo Credit: Hulu. Tom Reyes was spotted filming Night Courier: Last Call in Savannah.")
        #expect(!y.entities.contains { $0.name.hasPrefix("Credit") || $0.name.hasSuffix("Savannah") }, "\(y.entities)")
    }

    @Test func anEnglishWordAsARoleBeforeItsActorAndASurnameThatIsAFunctionWord() {
        let x = extract("Night Courier is a Hulu thriller. Jinx (Ella Purnell) returns, and their daughter Elsa (Isabel May) narrates.")
        #expect(has(x, "Ella Purnell", .plays, "Jinx") && has(x, "Isabel May", .plays, "Elsa"), "\(x.facts)")
        #expect(type(x, "Isabel May") == [.person], "\(x.entities)")
        // Near-misses: a title with a function word stays a title; a credit after an actor stays a credit.
        let y = extract("Kevin Can Wait is back on CBS. The cast adds Ana Cruz (Truth Seekers) as Mira Kess.")
        #expect(type(y, "Kevin Can Wait") == [.work] && !y.facts.contains { $0.p == .plays && $0.o == "Truth Seekers" }, "\(y.entities) \(y.facts)")
    }

    @Test func aListOfHerRelativesIsAllHers() {
        let x = extract("Night Courier is a Hulu thriller. Ivy Lane is its hero. The show gives Ivy a big family: Mae Holt as her mother Muneeba, Tom Reyes as her father Yusuf and Ivo Dane as her older brother Aamir.")
        #expect(kind(x, "Muneeba", "Ivy Lane") == "family" && kind(x, "Yusuf", "Ivy Lane") == "family" && kind(x, "Aamir", "Ivy Lane") == "family", "\(x.facts)")
        #expect(kind(x, "Yusuf", "Muneeba") == nil && kind(x, "Aamir", "Yusuf") == nil, "\(x.facts)")
    }

    @Test func musicComposedOrWrittenIsAComposersCredit() {
        let x = extract("Night Courier is a Hulu thriller. Kris Bowers composed the score, and Ana Cruz wrote the theme.")
        #expect(x.facts.contains { $0.p == .crew && $0.o == "Kris Bowers" && $0.q?["role"] == "composer" }, "\(x.facts)")
        // (A theme written is no script.)
        #expect(!x.facts.contains { $0.p == .crew && $0.q?["role"] == "writer" }, "\(x.facts)")
        // Near-miss: a script written is a writer's credit.
        let y = extract("Night Courier is a Hulu thriller. Ana Cruz wrote the pilot.")
        #expect(y.facts.contains { $0.p == .crew && $0.o == "Ana Cruz" && $0.q?["role"] == "writer" }, "\(y.facts)")
    }

    @Test func aQuotedTitleInsideAHeadlineIsNoNickname() {
        let x = Extractor().extract(Article(id: "t", published: "2022-12-01", text: "The CW Cancels 'The Winchesters' After One Season\n\nThe CW has cancelled The Winchesters. Jensen Ackles produced the show."))
        #expect(type(x, "The Winchesters") == [.work] && !x.entities.contains { $0.name.contains("Cancels") }, "\(x.entities)")
        // Near-miss: a nickname between a civil name's parts stays one.
        let y = extract("Night Courier is a Hulu thriller. Tom Reyes plays Cornell \"Cottonmouth\" Stokes.")
        #expect(has(y, "Cornell Stokes", .alias, "Cottonmouth"), "\(y.facts)")
    }

    @Test func aSubtitleOpeningWithFromThe() {
        let x = extract("Fans can turn to The Continental: From the World of John Wick, the three-part prequel series that streams on Peacock.")
        #expect(has(x, "The Continental: From the World of John Wick", .platform, "Peacock"), "\(x.facts)")
        // Near-miss: "From" opening a sentence opens no title.
        let y = extract("From the team behind Night Courier comes a new Hulu thriller.")
        #expect(!y.entities.contains { $0.name.hasPrefix("From") }, "\(y.entities)")
    }

    @Test func aTheOpeningASentenceIsNotATitlesWhenTheTitleIsSaidWithoutIt() {
        let x = extract("The Yellowstone prequel premiered on Paramount+ in 2021. It was the first Yellowstone spinoff.")
        #expect(x.entities.contains { $0.name == "Yellowstone" && $0.type == .work } && !x.entities.contains { $0.name == "The Yellowstone" }, "\(x.entities)")
        // Near-miss: a title said "the Defenders" inside a sentence keeps its "The".
        let y = extract("The Defenders returns. Netflix renewed the Defenders for a second season.")
        #expect(x.entities.count > 0 && y.entities.contains { $0.name == "The Defenders" }, "\(y.entities)")
    }

    @Test func aWorkSaidToBeAnotherWorksSpinoff() {
        let x = extract("Safe Harbor is a planned Harbor Lights spinoff, and Night Courier is a Harbor Lights sequel series.")
        #expect(has(x, "Safe Harbor", .spinoffOf, "Harbor Lights") && has(x, "Night Courier", .spinoffOf, "Harbor Lights"), "\(x.facts)")
        // Near-miss: a fan of a show is no spinoff.
        let y = extract("Safe Harbor is a hit, and Tom Reyes is a Harbor Lights fan.")
        #expect(!y.facts.contains { $0.p == .spinoffOf }, "\(y.facts)")
    }

    @Test func aPointOfTheCompassBeforeAKnownPlace() {
        let x = extract("Night Courier is a Hulu thriller. The series was filmed largely in London and West Yorkshire.")
        #expect(has(x, "Night Courier", .filming, "London") && has(x, "Night Courier", .filming, "West Yorkshire"), "\(x.facts)")
        #expect(type(x, "West Yorkshire") == [.place], "\(x.entities)")
        // Near-miss: a longer name that opens so is no place.
        let y = extract("Night Courier is a Hulu thriller. Tom Reyes plays West Yorkshire Smith.")
        #expect(type(y, "West Yorkshire Smith") == [.character], "\(y.entities)")
    }

    @Test func aPlatformAndAGenreNounBeforeOrAfterATitle() {
        let x = extract("His Paramount+ thriller Lioness has been renewed. Night Courier, the Hulu comedy, returns in May.")
        #expect(has(x, "Lioness", .platform, "Paramount+") && has(x, "Night Courier", .platform, "Hulu"), "\(x.facts)")
        // Near-miss: a platform's own staff is no work of it.
        let y = extract("Tom Reyes, the Hulu executive, spoke on Friday.")
        #expect(!y.facts.contains { $0.p == .platform }, "\(y.facts)")
    }

    @Test func aWorkNamedInAClauseAboutSomeoneIsNotTheSentencesWork() {
        let x = extract("Crimson Wolves returns in May. Dana Hill, who directed Night Harbor, is the showrunner, with Sam Park, a writer on Iron Coast, producing.")
        #expect(has(x, "Crimson Wolves", .crew, "Dana Hill") && has(x, "Crimson Wolves", .crew, "Sam Park"), "\(x.facts)")
        #expect(has(x, "Night Harbor", .crew, "Dana Hill") && !x.facts.contains { $0.p == .crew && $0.s == "Night Harbor" && $0.q?["role"] == "showrunner" }, "\(x.facts)")
        // Near-miss: a work named in the clause that says the fact is that fact's work.
        let y = extract("Crimson Wolves returns in May. Dana Hill, who is the showrunner of Night Harbor, joins the cast.")
        #expect(!y.facts.contains { $0.p == .crew && $0.s == "Crimson Wolves" }, "\(y.facts)")
    }

    @Test func aSectionHeadingNamesTheWorkItsParagraphsSpeakOf() {
        let x = extract("Night Harbor and Iron Coast both deserve more.\n\n1. Night Harbor\n\nNight Harbor ran for two seasons on Hulu. The series was created by Dana Hill.\n\n2. Iron Coast\n\nIron Coast is a drama about sailors. The series was created by Sam Park.")
        #expect(has(x, "Night Harbor", .crew, "Dana Hill") && has(x, "Iron Coast", .crew, "Sam Park") && !has(x, "Night Harbor", .crew, "Sam Park"), "\(x.facts)")
        let y = extract("Night Harbor returns in May. Night Harbor was a hit on Hulu.\n\nWhat about Iron Coast?\n\nThe series was created by Sam Park. Iron Coast was filmed in Maine.")
        #expect(has(y, "Iron Coast", .crew, "Sam Park"), "\(y.facts)")
        // Near-miss: a heading whose work the section never names again may be any passing line; the article's work stays.
        let z = extract("Night Harbor returns in May. Night Harbor was a hit on Hulu.\n\nWhat about Iron Coast?\n\nThe series was created by Sam Park.")
        #expect(has(z, "Night Harbor", .crew, "Sam Park"), "\(z.facts)")
    }

    @Test func partnersInACrewRole() {
        let x = extract("Night Harbor returns in May. Chad Stone is a producer, alongside Basil Iwanyk and Erica Lee. Rowan Hale serves as an executive producer, along with Neil Blair. The show comes from Dana Hill, with Eric Kripke and Seth Rogen among the executive producers. Marion Dayre served as head writer.")
        for name in ["Chad Stone", "Basil Iwanyk", "Erica Lee", "Rowan Hale", "Neil Blair", "Eric Kripke", "Seth Rogen", "Marion Dayre"] {
            #expect(has(x, "Night Harbor", .crew, name), "\(name): \(x.facts)")
        }
        #expect(type(x, "Basil Iwanyk") == [.person], "\(x.entities)")
        // Near-miss: someone the producer works beside in another trade is no producer.
        let y = extract("Night Harbor returns in May. Chad Stone is a producer. Alongside him, Erica Lee plays Mara Voss.")
        #expect(!has(y, "Night Harbor", .crew, "Erica Lee"), "\(y.facts)")
    }

    @Test func aCastJoinSaidOfTheNameBeforeAClauseOrACredit() {
        let x = extract("Night Harbor returns in May. Mara Voss, whose credits include Iron Coast, joins the cast. Tom Reyes (Deep Water) joins the cast too. Lena Park, who created Cold Harbor, is back too.")
        #expect(has(x, "Mara Voss", .appearsIn, "Night Harbor") && has(x, "Tom Reyes", .appearsIn, "Night Harbor") && has(x, "Lena Park", .appearsIn, "Night Harbor"), "\(x.facts)")
        #expect(has(x, "Mara Voss", .appearsIn, "Iron Coast") && has(x, "Tom Reyes", .appearsIn, "Deep Water"), "\(x.facts)")
        #expect(!has(x, "Mara Voss", .appearsIn, "Deep Water") && !has(x, "Tom Reyes", .appearsIn, "Iron Coast"), "\(x.facts)")
        // Near-miss: a clause about a work, not a name, leaves no one to join.
        let y = extract("Night Harbor returns in May. The series, which was filmed in Iron Coast, joins the lineup.")
        #expect(!y.facts.contains { $0.p == .appearsIn }, "\(y.facts)")
    }

    @Test func anActorsPossessiveThroughAWordThatDescribesTheRole() {
        let x = extract("Night Harbor returns in May. Jeremy Renner's weary Clint Barton is back, and so is Ali Ahn's scheming Lena Marsh.")
        #expect(has(x, "Jeremy Renner", .plays, "Clint Barton") && has(x, "Ali Ahn", .plays, "Lena Marsh"), "\(x.facts)")
        #expect(type(x, "Clint Barton") == [.character], "\(x.entities)")
        // Near-miss: a writer's books, counted, are no role.
        let y = extract("Night Harbor follows Benedict Marsh. It is adapted from Julia Quinn's eight Marsh novels.")
        #expect(!y.facts.contains { $0.p == .plays }, "\(y.facts)")
    }

    @Test func rolesSaidThroughWhoseAPassiveOrAReturn() {
        let x = extract("Night Harbor returns in May. Dana Panabaker, whose Caitlin Snow was a fan favorite, returns. Mat Cauthon is now played by Donal Finn. Moises Arias is also back as Norm MacLean.")
        #expect(has(x, "Dana Panabaker", .plays, "Caitlin Snow") && has(x, "Donal Finn", .plays, "Mat Cauthon") && has(x, "Moises Arias", .plays, "Norm MacLean"), "\(x.facts)")
        #expect(type(x, "Mat Cauthon") == [.character] && type(x, "Moises Arias") == [.person], "\(x.entities)")
        // Two actors, whose two roles pair in order; a list the finder missed the front of pairs from its end.
        let y = extract("Night Harbor returns in May. Nicola Coughlan and Luke Newton, whose Penelope Marsh and Colin Hale married, are back. Kiawentiio and Ian Ousley return as Katara and Sokka.")
        #expect(has(y, "Nicola Coughlan", .plays, "Penelope Marsh") && !has(y, "Luke Newton", .plays, "Penelope Marsh") && has(y, "Ian Ousley", .plays, "Sokka"), "\(y.facts)")
        // Near-miss: a relative's possessive after the role list is no role of the second actor.
        let z = extract("Night Harbor returns in May. Michael Bishop is back as Jonathan Kent and Alex Garfin as Jordan Kent, Clark and Lois's teenage sons.")
        #expect(has(z, "Alex Garfin", .plays, "Jordan Kent") && !z.facts.contains { $0.p == .plays && $0.s == "Alex Garfin" && $0.o != "Jordan Kent" }, "\(z.facts)")
    }

    @Test func filmingPlacesSaidAfterMovesLocationsAndClauses() {
        let x = extract("Night Harbor returns in May. Production took place in Thailand, largely in and around Bangkok. Cameras started rolling in Los Angeles in June. Production later moved from New York to Spain. The series also shot at Wardpark Studios and on location in Wales.")
        for place in ["Thailand", "Bangkok", "Los Angeles", "New York", "Spain", "Wardpark Studios", "Wales"] {
            #expect(has(x, "Night Harbor", .filming, place), "\(place): \(x.facts)")
        }
        // "The show" as the subject is the article's work, not one named after the verb.
        let y = extract("Night Harbor returns in May. The show itself was shot in Toronto, on the same stages they used for Iron Coast.")
        #expect(has(y, "Night Harbor", .filming, "Toronto") && !has(y, "Iron Coast", .filming, "Toronto"), "\(y.facts)")
        // Near-misses: a story set somewhere, the location of a scene, a move with no filming.
        let z = extract("Night Harbor returns in May. The story is set in Chicago. The location of the finale is Boston. Mara Voss moved to London in 2019.")
        #expect(!z.facts.contains { $0.p == .filming }, "\(z.facts)")
    }

    @Test func aSpinoffNamedByItsTitleOrByThatFilm() {
        let x = extract("Harbor Lights ended in 2022. Harbor Lights: Dead Tide, a Boston-set spinoff, returns in May.")
        #expect(has(x, "Harbor Lights: Dead Tide", .spinoffOf, "Harbor Lights"), "\(x.facts)")
        let y = extract("Night Courier returns. It follows Oz after Iron Coast. The series is a spinoff of that film.")
        #expect(has(y, "Night Courier", .spinoffOf, "Iron Coast"), "\(y.facts)")
        // Near-miss: a tagline after the colon is the work's own name, and no other work is named.
        let z = extract("Harbor Lights ended in 2022. Fans can turn to Night Courier: From the World of Harbor Lights, the new prequel series.")
        #expect(!has(z, "Night Courier: From the World of Harbor Lights", .spinoffOf, "Night Courier"), "\(z.facts)")
    }

    @Test func anAliasMadeOfEnglishWords() {
        let x = extract("Vincent Dale is back as Wilson Fisk, aka the Kingpin. Tom Reyes plays John-117, better known simply as Master Chief.")
        #expect(x.facts.contains { $0.p == .alias && $0.s == "Wilson Fisk" && $0.o == "Kingpin" }, "\(x.facts)")
        #expect(x.facts.contains { $0.p == .alias && $0.s == "John-117" && $0.o == "Master Chief" }, "\(x.facts)")
        // Near-miss: lower-case words after "known as" are no name.
        let y = extract("Vincent Dale is back as Wilson Fisk, known as a ruthless boss.")
        #expect(!y.facts.contains { $0.p == .alias }, "\(y.facts)")
    }

    @Test func theLoveOfHisLife() {
        let x = extract("Tom Holland plays Peter Parker in Night Harbor, and Zendaya plays MJ. The spell wiped Peter from the memory of everyone, including MJ (Zendaya), the love of his life, and his best friend Ned Leeds (Jacob Batalon).")
        #expect(kind(x, "MJ", "Peter Parker") == "romantic" && kind(x, "Ned Leeds", "Peter Parker") == "friend", "\(x.facts)")
        #expect(kind(x, "Ned Leeds", "MJ") == nil, "\(x.facts)")
        // Near-miss: "the love of his life" said of no character.
        let y = extract("Tom Holland plays Peter Parker in Night Harbor. Acting is the love of his life, Holland said.")
        #expect(!y.facts.contains { $0.p == .relationship }, "\(y.facts)")
    }

    @Test func aLongerRelationEndingInAPronounsRelationWord() {
        let x = extract("Kevin Alejandro voices Jayce Talis in Night Harbor. Harry Lloyd voices his former lab partner Viktor.")
        #expect(kind(x, "Viktor", "Jayce Talis") == "colleague", "\(x.facts)")
        let z = extract("Kevin Alejandro voices Jayce Talis in Night Harbor. Harry Lloyd voices his former lover Viktor.")
        #expect(kind(z, "Viktor", "Jayce Talis") == "former_romantic", "\(z.facts)")
        // Near-miss: the last word alone gives its own kind.
        let y = extract("Kevin Alejandro voices Jayce Talis in Night Harbor. Harry Lloyd voices his lover Viktor.")
        #expect(kind(y, "Viktor", "Jayce Talis") == "romantic", "\(y.facts)")
    }

    @Test func aNegationThatEndsCloseToItsStatement() {
        let x = extract("Disney+ will not move forward with a second season of Night Harbor.")
        #expect(x.facts.contains { $0.p == .renewal && $0.s == "Night Harbor" && $0.modality == .negated }, "\(x.facts)")
        // Near-miss: a negation far back in another statement does not reach it.
        let y = extract("Mara Voss did not want to leave, and Night Harbor has been renewed for a second season.")
        #expect(x.facts.count > 0 && y.facts.contains { $0.p == .renewal && $0.s == "Night Harbor" && $0.modality == .asserted }, "\(y.facts)")
    }

    @Test func setForADateAndDatesThatAreNoRelease() {
        let x = extract("Iron Coast is set for May 22, 2026.", published: "2025-01-10")
        #expect(x.facts.contains { $0.p == .release && $0.s == "Iron Coast" && $0.o == "2026-05-22" }, "\(x.facts)")
        // Near-misses: a story set in a decade, the date a move replaced, a weekend the news came out.
        let y = extract("Iron Coast is set in 1970s New York. It will now premiere on October 26, one week earlier than the November 2 date HBO had set. Hulu will premiere Night Harbor on 4/23/26, the streamer announced over the weekend.", published: "2025-01-10")
        #expect(!y.facts.contains { $0.p == .release && ($0.o.hasPrefix("197") || $0.o.hasSuffix("-11-02") || $0.o.contains("-W")) }, "\(y.facts)")
        #expect(y.facts.contains { $0.p == .release && $0.o == "2025-10-26" }, "\(y.facts)")
    }

    @Test func partOfACastOrAWork() {
        let x = extract("Night Harbor returns in May. Mara Voss is part of the cast. Tom Reyes is not part of Night Harbor, and Lena Park will not be in Night Harbor either.")
        #expect(has(x, "Mara Voss", .appearsIn, "Night Harbor") && type(x, "Mara Voss") == [.person], "\(x.facts)")
        #expect(has(x, "Tom Reyes", .appearsIn, "Night Harbor", modality: .negated) && has(x, "Lena Park", .appearsIn, "Night Harbor", modality: .negated), "\(x.facts)")
        // Near-misses: a work that is part of a franchise, a person who will be in a city.
        let y = extract("Night Harbor is part of the Marvel Cinematic Universe. Mara Voss will be in London next week.")
        #expect(!y.facts.contains { $0.p == .appearsIn } && type(y, "Night Harbor") == [.work], "\(y.facts)")
    }

    @Test func aWorkARoleComesBackFromAndASentenceOpeningPreposition() {
        let x = extract("Starfleet Academy premieres in January. Iron Coast ended in 2024. Tig Notaro's Jett Reno is back from Iron Coast as well. Alongside Rosta, the class includes Kerrice Brooks as Sam.")
        #expect(has(x, "Tig Notaro", .plays, "Jett Reno") && !has(x, "Tig Notaro", .appearsIn, "Iron Coast"), "\(x.facts)")
        #expect(!x.entities.contains { $0.name.hasPrefix("Alongside") } && has(x, "Kerrice Brooks", .plays, "Sam"), "\(x.entities)")
        // Near-miss: a role that appears in a work is in it.
        let y = extract("Starfleet Academy premieres in January. Tig Notaro's Jett Reno appears in Iron Coast.")
        #expect(has(y, "Jett Reno", .appearsIn, "Iron Coast"), "\(y.facts)")
    }

    @Test func theTwoAndThePairAreTheLastTwoCharactersNamed() {
        let x = extract("Night Harbor returns in May. Mara Voss plays Kamala Quill and Tom Reyes plays Riri Stone. The studio has described the two as best friends. Ana Diaz plays Nus Braka, and the trailer implies the two are old enemies.")
        #expect(kind(x, "Kamala Quill", "Riri Stone") == "friend" && kind(x, "Riri Stone", "Nus Braka") == "enemy", "\(x.facts)")
        // Near-miss: "the two" with one character named is nobody's pair.
        let y = extract("Night Harbor returns in May. Mara Voss plays Kamala Quill. The two episodes are old favorites.")
        #expect(!y.facts.contains { $0.p == .relationship }, "\(y.facts)")
    }

    @Test func playedByAfterAFewWords() {
        let x = extract("Night Harbor returns. Henry Stone, Ted's son, is played once again by Gus Turner. Mara Voss is played by newcomer Tom Reyes.")
        #expect(has(x, "Gus Turner", .plays, "Henry Stone") && has(x, "Tom Reyes", .plays, "Mara Voss"), "\(x.facts)")
        // Near-miss: a passive of another verb names no role.
        let y = extract("Night Harbor returns. Lena Marsh was praised once again by Ana Diaz.")
        #expect(!y.facts.contains { $0.p == .plays }, "\(y.facts)")
    }

    @Test func aTitleThatEndsInAYear() {
        let x = extract("Blade Runner 2099 premieres on Prime Video in 2026. Here is what we know about Blade Runner 2099 so far.")
        #expect(type(x, "Blade Runner 2099") == [.work] && has(x, "Blade Runner 2099", .platform, "Prime Video"), "\(x.entities) \(x.facts)")
        // Near-misses: a year that dates a noun after it, or follows a person's name.
        let y = extract("Iron Coast premieres in May. The Iron Coast 2021 reboot flopped, and Tom Hanks 2024 hits were few.")
        #expect(!y.entities.contains { $0.name.hasSuffix("2021") || $0.name.hasSuffix("2024") }, "\(y.entities)")
    }

    @Test func theVillainOfTheSeasonAndAnAsideAfterIt() {
        let x = extract("Night Harbor returns. The season's real villain, though, was Quinn Hale. Iron Coast is coming too.")
        #expect(has(x, "Quinn Hale", .villainOf, "Night Harbor"), "\(x.facts)")
        let y = extract("Night Harbor returns. The villain of the season is Quinn Hale.")
        #expect(has(y, "Quinn Hale", .villainOf, "Night Harbor"), "\(y.facts)")
        // Near-miss: the villain of a named other work is that work's.
        let z = extract("Night Harbor returns. Quinn Hale was the villain of Iron Coast.")
        #expect(!has(z, "Quinn Hale", .villainOf, "Night Harbor"), "\(z.facts)")
    }

    @Test func anAliasAfterTheActorInBracketsAndWithANumber() {
        let x = extract("Night Harbor ends. Lee Jung-jae returns as Seong Gi-hun. Seong Gi-hun (Lee Jung-jae), aka Player 456, is back.")
        #expect(x.facts.contains { $0.p == .alias && $0.s == "Seong Gi-hun" && $0.o == "Player 456" }, "\(x.facts)")
        // Near-miss: the actor in brackets gets no alias.
        #expect(!x.facts.contains { $0.p == .alias && $0.s == "Lee Jung-jae" }, "\(x.facts)")
    }

    @Test func aGenreNounSpeaksOfTheArticlesWork() {
        let x = extract("Night Harbor returns in May. The mockumentary premieres on Peacock in June.")
        #expect(has(x, "Night Harbor", .platform, "Peacock"), "\(x.facts)")
        // Near-miss: a genre named as another work's is not this one's platform.
        let y = extract("Night Harbor returns in May. Mara Voss starred in a mockumentary for Peacock years ago.")
        #expect(!has(y, "Night Harbor", .platform, "Peacock"), "\(y.facts)")
    }

    @Test func thePlatformsSeriesAsASubject() {
        let x = extract("Night Harbor is back. The seven-episode Prime Video series follows a soldier. Filming on the Apple TV+ comedy began in July.")
        #expect(has(x, "Night Harbor", .platform, "Prime Video") && has(x, "Night Harbor", .platform, "Apple TV+"), "\(x.facts)")
        // Near-miss: an actor's earlier platform series is not the article's work's platform.
        let y = extract("Night Harbor is back. Mara Voss, who starred in the Netflix drama years ago, joins the cast.")
        #expect(!has(y, "Night Harbor", .platform, "Netflix"), "\(y.facts)")
    }

    @Test func aNewDateAndWhatIsSaidAfterIt() {
        let x = extract("Iron Coast is coming. The sequel, which had been set for October 24, 2025, will now open in theaters on May 15, 2026, moving the tournament into the summer movie season.", published: "2025-04-18")
        #expect(x.facts.filter { $0.p == .release }.map(\.o) == ["2026-05-15"], "\(x.facts)")
        let y = extract("The second season of Iron Coast will now premiere on Thursday, October 5, a day ahead of the October 6 date it had.", published: "2023-08-01")
        #expect(y.facts.filter { $0.p == .release }.map(\.o) == ["2023-10-05"], "\(y.facts)")
        // Near-miss: a date said after "now" that replaces an earlier one in the sentence still does.
        let z = extract("Iron Coast was due in May, but it will now arrive in June.", published: "2025-01-10")
        #expect(z.facts.filter { $0.p == .release }.map(\.o) == ["2025-06"], "\(z.facts)")
    }

    @Test func aFilmingDateBeforeTheReleaseVerb() {
        let x = extract("Iron Coast is coming. Production begins in January in the UK, and the series is expected to land on Prime Video sometime in 2027.", published: "2025-06-10")
        #expect(x.facts.filter { $0.p == .release }.map(\.o) == ["2027"], "\(x.facts)")
        // Near-miss: a date after its release verb, with filming named before, is still the release.
        let y = extract("Iron Coast premieres on Prime Video in March. Filming in Toronto wrapped in the fall.", published: "2025-01-10")
        #expect(y.facts.contains { $0.p == .release && $0.o == "2025-03" }, "\(y.facts)")
    }

    @Test func producingForACompany() {
        let x = extract("Night Harbor opens in June. James Gunn and Peter Safran are producing for DC Studios.")
        #expect(has(x, "Night Harbor", .crew, "James Gunn") && has(x, "Night Harbor", .crew, "Peter Safran"), "\(x.facts)")
        // Near-miss: a director's films for a company are not the article's work.
        let y = extract("Night Harbor is a prequel to the two films Dan Kell directed for Legendary.")
        #expect(!has(y, "Night Harbor", .crew, "Dan Kell"), "\(y.facts)")
    }

    @Test func aRelationAfterAnotherDescriptionOfTheName() {
        let x = extract("Night Harbor returns. Hannah Waddingham plays Rebecca Welton, Richmond's owner and Ted Lasso's boss.")
        #expect(kind(x, "Rebecca Welton", "Ted Lasso") == "colleague", "\(x.facts)")
        // Near-miss: two people's relation, not the apposed name's.
        let y = extract("Night Harbor returns. Hannah Waddingham plays Rebecca Welton, and Richmond's owner is Ted Lasso's boss.")
        #expect(kind(y, "Rebecca Welton", "Ted Lasso") == nil, "\(y.facts)")
    }

    @Test func theTwoWereMarried() {
        let x = extract("Night Harbor returns. Tom Reyes plays Jimmy Hale, who ended up falling for Emily Stone (Ana Diaz). The two were married by the end of the show.")
        #expect(kind(x, "Jimmy Hale", "Emily Stone") == "married", "\(x.facts)")
        // Near-miss: "the two" with a single character named is no couple.
        let y = extract("Night Harbor returns. Tom Reyes plays Jimmy Hale. The two were married in 2010, Reyes said of himself and his wife.")
        #expect(!y.facts.contains { $0.p == .relationship && $0.q?["kind"] == "married" }, "\(y.facts)")
    }

    @Test func turningAgainstAndBetraying() {
        let x = extract("Night Harbor returns. Mara Voss plays Kitana and Tom Reyes plays Shao Kahn. Kitana turns against Shao Kahn.")
        #expect(kind(x, "Kitana", "Shao Kahn") == "enemy", "\(x.facts)")
        let y = extract("Night Harbor returns. Mara Voss plays Kitana and Tom Reyes plays Shao Kahn. Kitana betrayed Shao Kahn.")
        #expect(kind(y, "Kitana", "Shao Kahn") == "enemy", "\(y.facts)")
        // Near-miss: a betrayal of no character.
        let z = extract("Night Harbor returns. Mara Voss plays Kitana. The finale betrayed the fans.")
        #expect(!z.facts.contains { $0.p == .relationship }, "\(z.facts)")
    }

    @Test func whatARoleBelongsToIsNoWork() {
        let x = extract("Night Harbor returns. Emma Darcy plays Rhaenyra, who believes herself the rightful heir to the Iron Throne, and Dallas Liu is back as Zuko, the banished prince of the Fire Nation.")
        #expect(!x.entities.contains { ($0.name == "Iron Throne" || $0.name == "Fire Nation") && $0.type == .work }, "\(x.entities)")
        #expect(!x.facts.contains { $0.p == .appearsIn && ($0.o == "Iron Throne" || $0.o == "Fire Nation") }, "\(x.facts)")
        // Near-miss: a member of a work's cast names the work.
        let y = extract("Mara Voss, a member of the Night Harbor cast, spoke on Friday. Night Harbor returns in May.")
        #expect(type(y, "Night Harbor") == [.work], "\(y.entities)")
    }

    @Test func subtitlesWithAtAndHyphenatedEndings() {
        let x = extract("Mara Voss returns in Night Harbor: Lawyer at Law, which streams on Disney+. Night Harbor: Beyond the Harbor-Verse opens in June 2027.")
        #expect(type(x, "Night Harbor: Lawyer at Law") == [.work], "\(x.entities)")
        #expect(has(x, "Night Harbor: Beyond the Harbor-Verse", .release, "2027-06"), "\(x.facts)")
        // Near-miss: "at" before an event or a place ends the title.
        let y = extract("The cast of Night Harbor: Born Again at Comic-Con drew crowds. Mara Voss stars in Night Harbor: Born Again.")
        #expect(type(y, "Night Harbor: Born Again") == [.work], "\(y.entities)")
        #expect(!y.entities.contains { $0.name.hasSuffix("Comic-Con") && $0.type == .work }, "\(y.entities)")
    }

    @Test func aRecappedSeasonIsNoRenewal() {
        for text in ["Night Harbor is back. Jimmy Hale left the harbor in season 2, and Tom Reyes has not said if he returns.",
                     "Night Harbor is back. Season 2 widened the world of Night Harbor.",
                     "Night Harbor is back. Mara Voss lost her partner (Tom Reyes) at the end of season 4.",
                     "Ada Quill was previously the showrunner of the third season of Night Harbor."] {
            let x = extract(text)
            #expect(!x.facts.contains { $0.p == .renewal && $0.modality == .asserted }, "\(text): \(x.facts)")
        }
        // Near-misses: a casting in a season, a season to come.
        let y = extract("Mara Voss was cast in the third season of Night Harbor.")
        #expect(has(y, "Night Harbor", .renewal, "3"), "\(y.facts)")
        let z = extract("Night Harbor will return in season 4, Apple said.")
        #expect(has(z, "Night Harbor", .renewal, "4"), "\(z.facts)")
    }

    @Test func subtitlesWithAPrepositionAndSaintsInNames() {
        let x = extract("Elle Fanning will play Effie Trinket in Night Harbor: Sunrise on the Reaping. Mara Voss played Sookie St. James in Night Harbor.")
        #expect(has(x, "Elle Fanning", .appearsIn, "Night Harbor: Sunrise on the Reaping"), "\(x.facts)")
        #expect(has(x, "Mara Voss", .plays, "Sookie St. James"), "\(x.facts)")
        // Near-miss: "in the" before a place ends the title.
        let y = extract("Filming on Night Harbor: Born Again in the Bronx began on Monday.")
        #expect(type(y, "Night Harbor: Born Again") == [.work], "\(y.entities)")
    }

    @Test func akaTheNameIsACharacter() {
        let x = extract("Tom Reyes turns up as Harvey Elder, aka the Mole Man, in Night Harbor.")
        #expect(has(x, "Harvey Elder", .alias, "Mole Man"), "\(x.facts)")
        #expect(!x.entities.contains { $0.name == "Mole Man" && $0.type == .work }, "\(x.entities)")
    }

    @Test func careerCreditsAndConfirmedCasts() {
        let x = extract("Night Harbor is back. Lars Eidinger, best known for Babylon Berlin and White Noise, plays the villain. Matt Czuchry spent years on The Good Wife and The Resident. Keiko Agena had roles on shows like Gossip Harbor.")
        for (person, work) in [("Lars Eidinger", "Babylon Berlin"), ("Lars Eidinger", "White Noise"), ("Matt Czuchry", "The Good Wife"), ("Matt Czuchry", "The Resident"), ("Keiko Agena", "Gossip Harbor")] {
            #expect(has(x, person, .appearsIn, work), "\(person) in \(work): \(x.facts)")
        }
        let y = extract("Pedro Pascal, Vanessa Kirby and Joseph Quinn are all confirmed for Avengers: Doomsday. Alexis Bledel starred in Hulu's The Handmaid's Tale.")
        for person in ["Pedro Pascal", "Vanessa Kirby", "Joseph Quinn"] { #expect(has(y, person, .appearsIn, "Avengers: Doomsday"), "\(y.facts)") }
        #expect(has(y, "Alexis Bledel", .appearsIn, "The Handmaid's Tale"), "\(y.facts)")
        // Near-misses: a show's years on a platform; a date confirmed for a season.
        let z = extract("Night Harbor spent years on Netflix. Season 3 is confirmed for 2027.")
        #expect(!z.facts.contains { $0.p == .appearsIn }, "\(z.facts)")
    }

    @Test func absencesSaidOfOneself() {
        let x = extract("Night Harbor opens in 2026. Tom Reyes has insisted he is not in the film. Mara Voss has also said that she will not appear.")
        #expect(has(x, "Tom Reyes", .appearsIn, "Night Harbor", modality: .negated), "\(x.facts)")
        #expect(has(x, "Mara Voss", .appearsIn, "Night Harbor", modality: .negated), "\(x.facts)")
        let y = extract("Night Harbor opens in 2026. Tom Reyes and Mara Voss played Jimmy and Emily, but neither actor is expected to return.")
        #expect(has(y, "Tom Reyes", .appearsIn, "Night Harbor", modality: .negated), "\(y.facts)")
        #expect(has(y, "Mara Voss", .appearsIn, "Night Harbor", modality: .negated), "\(y.facts)")
        // Near-miss: a pronoun after a statement by someone else is not the speaker's.
        let z = extract("Night Harbor opens in 2026. The studio said he is not in the film.")
        #expect(!z.facts.contains { $0.p == .appearsIn }, "\(z.facts)")
    }

    @Test func aRelationSaidToBeSomeone() {
        let x = extract("Frank Cartwright (Tom Reyes) is eager. The show revealed that Frank's father is Moses Harkness. His mentor was Lamb Jones.")
        #expect(kind(x, "Moses Harkness", "Frank Cartwright") == "family", "\(x.facts)")
        #expect(type(x, "Moses Harkness") == [.character], "\(x.entities)")
        // Near-miss: a relation's own trait, not a name.
        let y = extract("Frank Cartwright (Tom Reyes) is eager. Frank's father is Irish, the show revealed.")
        #expect(!y.facts.contains { $0.p == .relationship }, "\(y.facts)")
    }

    @Test func actorOutsideTheBracketsWhenTheArticleSaysSo() {
        // The role in brackets is called by its given name elsewhere; a one-word role after a full name.
        let x = extract("Night Harbor turns 25. Lauren Graham (Lorelai Gilmore) went on to Parenthood. Lorelai runs an inn. The villains: James Marsden (Cyclops), Rebecca Romijn (Mystique).")
        #expect(has(x, "Lauren Graham", .plays, "Lorelai Gilmore"), "\(x.facts)")
        #expect(has(x, "James Marsden", .plays, "Cyclops"), "\(x.facts)")
        #expect(has(x, "Rebecca Romijn", .plays, "Mystique"), "\(x.facts)")
        // Near-miss: the character outside, called by its given name later.
        let y = extract("Night Harbor returns. Phil Coulson (Clark Gregg) leads the team. Phil is back from the dead, and Gregg is thrilled.")
        #expect(has(y, "Clark Gregg", .plays, "Phil Coulson"), "\(y.facts)")
    }

    @Test func rolesPlayedByInAClauseOrAfterTheLate() {
        let x = extract("Night Harbor returns. Coriolanus Snow, who will be played by Ralph Fiennes, is the villain. Plutarch Heavensbee was played by the late Philip Seymour Hoffman. Tom Reyes co-starred as Arjan van der Veer.")
        #expect(has(x, "Ralph Fiennes", .plays, "Coriolanus Snow"), "\(x.facts)")
        #expect(has(x, "Coriolanus Snow", .villainOf, "Night Harbor"), "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .villainOf && $0.s == "Ralph Fiennes" }, "\(x.facts)")
        #expect(has(x, "Philip Seymour Hoffman", .plays, "Plutarch Heavensbee"), "\(x.facts)")
        #expect(has(x, "Tom Reyes", .plays, "Arjan van der Veer"), "\(x.facts)")
        // Near-miss: a relative clause about someone else's role.
        let y = extract("Night Harbor returns. Mara Voss, who was cast by Ada Quill, is the villain.")
        #expect(!y.facts.contains { $0.p == .plays }, "\(y.facts)")
    }

    @Test func crewSaidByCopulaOrInTheProgressive() {
        let x = extract("Night Harbor returns in May. Daniel Pemberton is once again the composer. James Gunn, who is writing and directing the sequel, spoke on Monday. Francis Lawrence is back behind the camera.")
        #expect(x.facts.contains { $0.p == .crew && $0.o == "Daniel Pemberton" && $0.q?["role"] == "composer" }, "\(x.facts)")
        #expect(x.facts.contains { $0.p == .crew && $0.o == "James Gunn" && $0.q?["role"] == "writer" }, "\(x.facts)")
        #expect(x.facts.contains { $0.p == .crew && $0.o == "James Gunn" && $0.q?["role"] == "director" }, "\(x.facts)")
        #expect(x.facts.contains { $0.p == .crew && $0.o == "Francis Lawrence" && $0.q?["role"] == "director" }, "\(x.facts)")
        // The subject of a clause that names partners: "Sudeikis, who co-created the show with A, B and C, is a producer".
        let y = extract("Night Harbor returns. Jason Sudeikis, who co-created the show with Bill Lawrence, Brendan Hunt and Joe Kelly, is also an executive producer.")
        #expect(y.facts.contains { $0.p == .crew && $0.o == "Jason Sudeikis" && $0.q?["role"] == "producer" }, "\(y.facts)")
        #expect(!y.facts.contains { $0.p == .crew && $0.o == "Joe Kelly" && $0.q?["role"] == "producer" }, "\(y.facts)")
        // Near-miss: "Behind the camera," only opens a list of the crew.
        let z = extract("Night Harbor returns. Behind the camera, Ada Quill, a writer on the first season, has taken over as head writer.")
        #expect(!z.facts.contains { $0.p == .crew && $0.q?["role"] == "director" }, "\(z.facts)")
    }

    @Test func filmingPlacesAfterAStayOrAMove() {
        let x = extract("Night Harbor returns in May. The production spent weeks in Krabi. After Thailand, the crew moved to Malta.")
        #expect(has(x, "Night Harbor", .filming, "Krabi"), "\(x.facts)")
        #expect(has(x, "Night Harbor", .filming, "Malta"), "\(x.facts)")
        // Near-miss: a crew that does not move, a production named before another name.
        let y = extract("Night Harbor returns in May. The crew of the Enterprise lands in Toronto. Production of Night Harbor in Toronto ended.")
        #expect(!y.facts.contains { $0.p == .filming }, "\(y.facts)")
    }

    @Test func releasesOfAWorkNamedByAClauseOrOpened() {
        let x = extract("Man of Tomorrow is coming. It follows Superman, Supergirl and Clayface, which arrives in September 2026. Superman opened on July 11, 2025. Avengers: Secret Wars slides too, to December 17, 2027.")
        #expect(has(x, "Clayface", .release, "2026-09"), "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .release && $0.o == "2026-09" && $0.s != "Clayface" }, "\(x.facts)")
        #expect(has(x, "Superman", .release, "2025-07-11"), "\(x.facts)")
        #expect(has(x, "Avengers: Secret Wars", .release, "2027-12-17"), "\(x.facts)")
        // Near-miss: someone who opened up.
        let y = extract("Man of Tomorrow is coming. Mara Voss opened up about her role in May.")
        #expect(!y.facts.contains { $0.p == .release }, "\(y.facts)")
    }

    @Test func epithetsInAppositionAreAliases() {
        let x = extract("Night Harbor returns. Ana Diaz plays Sue Storm, the Invisible Woman, and Ebon Moss plays Ben Grimm, the rocky-skinned Thing. Danny Ramirez plays Joaquin Torres, the new Falcon.")
        #expect(has(x, "Sue Storm", .alias, "Invisible Woman"), "\(x.facts)")
        #expect(has(x, "Ben Grimm", .alias, "Thing"), "\(x.facts)")
        #expect(has(x, "Joaquin Torres", .alias, "Falcon"), "\(x.facts)")
        #expect(!x.entities.contains { $0.type == .work && $0.name == "Invisible Woman" }, "\(x.entities)")
        // Near-misses: an apposition that goes on with a noun; the epithet of a parent is no second parent.
        let y = extract("Night Harbor returns. Mara Voss plays Lois Lane, the Daily Planet reporter. Alicent is the daughter of Otto Hightower, the Hand of the King, and a queen.")
        #expect(!y.facts.contains { $0.p == .alias }, "\(y.facts)")
        #expect(!y.facts.contains { $0.p == .relationship && $0.o == "Hand of the King" }, "\(y.facts)")
    }

    @Test func followUpsAndTitlesWithInnerWords() {
        let x = extract("Man of Tomorrow is coming. Man of Tomorrow, the follow-up to this summer's Superman, shoots in April. Kelly Bishop later appeared in The Marvelous Mrs. Maisel. The show came back for the revival Gilmore Girls: A Year in the Life.")
        #expect(has(x, "Man of Tomorrow", .spinoffOf, "Superman"), "\(x.facts)")
        #expect(has(x, "Kelly Bishop", .appearsIn, "The Marvelous Mrs. Maisel"), "\(x.facts)")
        #expect(type(x, "Gilmore Girls: A Year in the Life") == [.work], "\(x.entities)")
        // Near-misses: an award made an adjective is no name; "Dr." opening a sentence stays an honorific.
        let y = extract("Vision Quest is a follow-up to the Emmy Award-winning Night Harbor. Dr. Locke, a cult leader, returns.")
        #expect(!y.entities.contains { $0.name.hasPrefix("Emmy") }, "\(y.entities)")
        #expect(!y.entities.contains { $0.name.hasPrefix(".") }, "\(y.entities)")
    }

    @Test func aRoleNamedAsSomeonesRelative() {
        let x = extract("Night Harbor returns. Milo Ventimiglia, who played Luke's rebellious nephew Jess Mariano, became a star. Alexis Bledel played Lorelai's daughter. Nina Jacobson and Brad Simpson are producing for Color Force.")
        #expect(has(x, "Milo Ventimiglia", .plays, "Jess Mariano"), "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .plays && ($0.o == "Luke" || $0.o == "Lorelai") }, "\(x.facts)")
        #expect(type(x, "Color Force") == [.organization], "\(x.entities)")
        // Near-miss: a role's own possessive name ("Luke's Diner") is not a relation.
        let y = extract("Night Harbor returns. Tom Reyes played Luke Danes, owner of Luke's diner.")
        #expect(has(y, "Tom Reyes", .plays, "Luke Danes"), "\(y.facts)")
    }

    @Test func rolesPairedInOrderBeforeAnApposition() {
        let x = extract("Night Harbor returns. Kelly Bishop and Edward Herrmann played Emily Gilmore and Richard Gilmore, Lorelai Gilmore's wealthy, exasperating parents.")
        #expect(has(x, "Kelly Bishop", .plays, "Emily Gilmore"), "\(x.facts)")
        #expect(has(x, "Edward Herrmann", .plays, "Richard Gilmore"), "\(x.facts)")
        #expect(kind(x, "Emily Gilmore", "Lorelai Gilmore") == "family", "\(x.facts)")
        // Near-miss: three roles for three actors keep the third.
        let y = extract("Night Harbor returns. Ana Diaz, Tom Reyes and Mara Voss play Emily Hale, Jimmy Hale and Lorelai Hale.")
        #expect(has(y, "Mara Voss", .plays, "Lorelai Hale"), "\(y.facts)")
    }

    @Test func aCrewListEndsWhereAClauseBegins() {
        let x = extract("Night Harbor returns. Ada Quill co-created the show with showrunner Ira Parker, and Owen Harris directed several episodes.")
        #expect(x.facts.contains { $0.p == .crew && $0.o == "Ira Parker" && $0.q?["role"] == "showrunner" }, "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .crew && $0.o == "Owen Harris" && $0.q?["role"] == "showrunner" }, "\(x.facts)")
        // Near-miss: a list of two showrunners.
        let y = extract("Night Harbor returns with showrunners Ira Parker and Owen Harris.")
        #expect(y.facts.contains { $0.p == .crew && $0.o == "Owen Harris" && $0.q?["role"] == "showrunner" }, "\(y.facts)")
    }

    @Test func aRelationBecomePastAnAside() {
        let x = extract("Jackson Lamb (Tom Reyes) is the boss. River Cartwright (Ana Diaz) is eager. Lamb, for all his insults, has become River's reluctant mentor.")
        #expect(kind(x, "Jackson Lamb", "River Cartwright") == "mentor", "\(x.facts)")
        // Near-miss: a list before the aside is no single subject.
        let y = extract("Jackson Lamb (Tom Reyes) is the boss. River Cartwright (Ana Diaz) is eager. Lamb, Diana, for all that, has become River's reluctant mentor.")
        #expect(kind(y, "Jackson Lamb", "River Cartwright") == nil, "\(y.facts)")
    }

    @Test func anOfficeBeforeAPersonsNameIsNotTheName() {
        let x = extract("Night Harbor returns. Britt Lower plays Helena Eagan, the daughter of Lumon CEO Jame Eagan. Marvel Studios President Kevin Feige spoke.")
        #expect(kind(x, "Helena Eagan", "Jame Eagan") == "family", "\(x.facts)")
        #expect(x.entities.contains { $0.name == "Kevin Feige" && $0.type == .person }, "\(x.entities)")
        let z = extract("Night Harbor returns. Christopher Villiers is back as Home Secretary Peter Judd. Britt Lower plays Helena Eagan, the daughter of Jame Eagan.")
        #expect(has(z, "Christopher Villiers", .plays, "Peter Judd"), "\(z.facts)")
        #expect(!z.facts.contains { $0.p == .alias }, "\(z.facts)")
        // Near-miss: a title that is the name's own word stays ("Chief Hopper" is a role).
        let y = extract("Night Harbor returns. David Harbour plays Chief Hopper.")
        #expect(has(y, "David Harbour", .plays, "Chief Hopper") || has(y, "David Harbour", .plays, "Hopper"), "\(y.facts)")
    }

    @Test func civicTitlesAreHonorifics() {
        let x = extract("Night Harbor returns. Season 1 opened with the deaths of Sheriff Holston Becker (Tom Reyes) and his wife Allison (Ana Diaz).")
        #expect(has(x, "Tom Reyes", .plays, "Holston Becker"), "\(x.facts)")
        #expect(kind(x, "Allison", "Holston Becker") == "married", "\(x.facts)")
        // Near-miss: a title alone is no name.
        let y = extract("Night Harbor returns. The Sheriff (Tom Reyes) is back.")
        #expect(!y.entities.contains { $0.name == "Sheriff" }, "\(y.entities)")
    }

    @Test func aRoleAsAfterARelativeClause() {
        let x = extract("Night Harbor turns 25. Jared Padalecki, who played her first boyfriend Dean Forester, went on to spend 15 years as Sam Winchester.")
        #expect(has(x, "Jared Padalecki", .plays, "Sam Winchester"), "\(x.facts)")
        #expect(has(x, "Jared Padalecki", .plays, "Dean Forester"), "\(x.facts)")
        // Near-miss: the clause's own role is not the subject's second one when another person acts.
        let y = extract("Night Harbor turns 25. Jared Padalecki, who played Dean Forester, praised Ana Diaz as Sam Winchester.")
        #expect(!has(y, "Jared Padalecki", .plays, "Sam Winchester"), "\(y.facts)")
    }

    @Test func aNameBeforeAJobInTheStoryIsNoWork() {
        let x = extract("Night Harbor returns. Tom Reyes plays Lois Lane, the Daily Planet reporter who loves Clark.")
        #expect(!x.entities.contains { $0.name == "Daily Planet" && $0.type == .work }, "\(x.entities)")
        #expect(!x.facts.contains { $0.p == .appearsIn && $0.o == "Daily Planet" }, "\(x.facts)")
        // Near-miss: a credit noun after a title keeps it a work.
        let y = extract("Night Harbor returns. Tom Reyes, the Daredevil star, joins the cast.")
        #expect(type(y, "Daredevil") == [.work], "\(y.entities)")
    }

    @Test func aCastRoundedOutLedOrCaptioned() {
        let x = extract("Night Harbor returns to Netflix in May. Leo Hart, Nina Park and Sam Ortiz round out the adult cast. Kelly Moss and Dan Reyes are also in the cast. The rest of the ensemble includes Ava Lind and Raj Patel. Omar Shah joins a cast led by Mara Quill.")
        for name in ["Leo Hart", "Nina Park", "Sam Ortiz", "Kelly Moss", "Dan Reyes", "Ava Lind", "Raj Patel", "Omar Shah", "Mara Quill"] {
            #expect(has(x, name, .appearsIn, "Night Harbor"), "\(name): \(x.facts)")
        }
        // A photo caption: the actors, then the work they are seen in, and nothing more.
        let y = extract("Night Harbor returns to Netflix in May.\n\nTessa Vane and Idris Cole in Night Harbor. Photo: Jane Doe/Netflix")
        #expect(has(y, "Tessa Vane", .appearsIn, "Night Harbor") && has(y, "Idris Cole", .appearsIn, "Night Harbor"), "\(y.facts)")
        // Near-misses: a sentence that goes on is no caption; rounding out the cast of another work is that work's.
        let z = extract("Night Harbor returns to Netflix in May. Tessa Vane and Idris Cole in Night Harbor was the pairing fans wanted. Leo Hart rounds out the cast of Blue Ridge.")
        #expect(!has(z, "Tessa Vane", .appearsIn, "Night Harbor"), "\(z.facts)")
        #expect(!has(z, "Leo Hart", .appearsIn, "Night Harbor"), "\(z.facts)")
    }

    @Test func aRelativeNamedByOneWordIsOfItsOwnersKind() {
        let x = extract("Night Harbor returns. Ben Reyes plays James Dutton, who lives with his wife Margaret. It followed Jonathan Kent (Tom Hale) and his wife Martha (Ana Diaz).")
        #expect(type(x, "Margaret") == [.character], "\(x.entities)")
        #expect(kind(x, "Margaret", "James Dutton") == "married", "\(x.facts)")
        #expect(type(x, "Martha") == [.character], "\(x.entities)")
        // Near-miss: an actor's wife is a person, and no story relationship.
        let y = extract("Night Harbor returns. Jensen Ackles and his wife Danneel produce it.")
        #expect(type(y, "Danneel") == [.person], "\(y.entities)")
        #expect(!y.facts.contains { $0.p == .relationship }, "\(y.facts)")
    }

    @Test func titlesWithACityASubtitlesForOrAndOrAPossessive() {
        let x = extract("NBC renewed Chicago Fire for a 14th season. Warner Bros. delayed The Lord of the Rings: The Hunt for Gollum to 2027. Cameron followed Avatar: The Way of Water with Avatar: Fire and Ash. NCIS: Tony & Ziva streams on Paramount+. Disney+ will stream Your Friendly Neighborhood Spider-Man in January.")
        for title in ["Chicago Fire", "The Lord of the Rings: The Hunt for Gollum", "Avatar: Fire and Ash", "NCIS: Tony & Ziva", "Your Friendly Neighborhood Spider-Man"] {
            #expect(type(x, title) == [.work], "\(title): \(x.entities)")
        }
        // Near-misses: a city before a day or a comma stays a city; two titles joined by "and" stay two; "for" a platform is no subtitle.
        let y = extract("Night Harbor filmed in Chicago Monday and in Chicago, Illinois. Star Wars: Skeleton Crew and Andor are done. Dune: Prophecy for HBO arrives.")
        #expect(type(y, "Chicago") == [.place], "\(y.entities)")
        #expect(type(y, "Star Wars: Skeleton Crew") == [.work] && !y.entities.contains { $0.name.hasSuffix("Andor") && $0.name != "Andor" }, "\(y.entities)")
        #expect(type(y, "HBO") == [.organization], "\(y.entities)")
        // A given name that is also a platform's, before a surname, is a person's.
        let z = extract("Night Harbor returns. Max Huang's Kung Lao is back.")
        #expect(has(z, "Max Huang", .plays, "Kung Lao"), "\(z.facts)")
    }

    @Test func aNumberedTitleAndAnActorBackAsARole() {
        let x = extract("ABC renewed 9-1-1: Nashville for a second season. Kaley Cuoco returns as Harley, with Lake Bell back as Poison Ivy.")
        #expect(type(x, "9-1-1: Nashville") == [.work], "\(x.entities)")
        #expect(has(x, "Lake Bell", .plays, "Poison Ivy"), "\(x.facts)")
        // A title with its subtitle names no one, even where "created by" might say a character.
        let w = extract("Night Harbor returns. Like the original, Nightfall: Nashville was created by Ryan Murphy.")
        #expect(type(w, "Nightfall: Nashville") == [.work], "\(w.entities)")
        #expect(has(w, "Nightfall: Nashville", .crew, "Ryan Murphy"), "\(w.facts)")
        // Near-miss: a date before a colon is no title.
        let y = extract("Night Harbor returns. 2014-02-11: ABC announced the pilot.")
        #expect(!y.entities.contains { $0.name.hasPrefix("2014") }, "\(y.entities)")
    }

    @Test func titlesOpenedByAYearOrACapitalThe() {
        let x = extract("Night Harbor returns. Bucky first appeared in 2011's Captain America: The First Avenger. Ava Starr was the villain of 2018's Ant-Man and the Wasp. He was Sam's partner in The Falcon and the Winter Soldier.")
        for title in ["Captain America: The First Avenger", "Ant-Man and the Wasp", "The Falcon and the Winter Soldier"] {
            #expect(type(x, title) == [.work], "\(title): \(x.entities)")
        }
        // Near-misses: two titles each with its capital "The" stay two; a pair of people stays two.
        let y = extract("Night Harbor returns. Tom Reyes stars in The Lucky Divide and The Glass Tide. Fans met Sam Wilson and the Winter Soldier.")
        #expect(type(y, "The Lucky Divide") == [.work] && type(y, "The Glass Tide") == [.work], "\(y.entities)")
        #expect(!y.entities.contains { $0.name == "Sam Wilson and the Winter Soldier" }, "\(y.entities)")
    }

    @Test func aStyledTitleThatOpensInTheaters() {
        let x = extract("Night Harbor returns. Marvel's misfits assemble on Friday, May 2, when Thunderbolts* opens in theaters. Nightcrawlers hits Netflix in June.")
        #expect(type(x, "Thunderbolts*") == [.work], "\(x.entities)")
        #expect(type(x, "Nightcrawlers") == [.work], "\(x.entities)")
        #expect(has(x, "Thunderbolts*", .release, "2017-05-02"), "\(x.facts)")
        // Near-miss: a person who opens something is no work.
        let y = extract("Night Harbor returns. Tom Reyes opens the door in the premiere.")
        #expect(type(y, "Tom Reyes") == [.person], "\(y.entities)")
    }

    @Test func theRelativeOfAnActorsRole() {
        let x = extract("Night Harbor returns. Yelena Belova is the sister of Scarlett Johansson's Natasha Romanoff in Black Widow.")
        #expect(kind(x, "Yelena Belova", "Natasha Romanoff") == "family", "\(x.facts)")
        #expect(has(x, "Scarlett Johansson", .plays, "Natasha Romanoff"), "\(x.facts)")
        #expect(type(x, "Scarlett Johansson") == [.person], "\(x.entities)")
    }

    @Test func sequelNumbersAndTitlesWithForOrAtAPossessive() {
        let x = extract("Night Harbor returns. Sonic the Hedgehog 3 hits theaters in December. Production on Five Nights at Freddy's 2 is underway. Zaslav said The Hunt for Gollum is the first of several films.")
        for title in ["Sonic the Hedgehog 3", "Five Nights at Freddy's 2", "The Hunt for Gollum"] {
            #expect(type(x, title) == [.work], "\(title): \(x.entities)")
        }
        let h = extract("Five Nights at Freddy's 2 Set Photos Show the Marionette\n\nThe sequel is shooting in New Orleans.")
        #expect(type(h, "Five Nights at Freddy's 2") == [.work], "\(h.entities)")
        // Near-misses: a count after a title, a date, a person's name before "at", a platform after "for" stay out of the name.
        let y = extract("Night Harbor returns. Night Harbor 3 episodes remain. The premiere is on February 4 at noon. Tom Reyes at Marvel's panel spoke. The Emmy for Netflix went to Blue Ridge.")
        #expect(type(y, "Night Harbor") == [.work] && !y.entities.contains { $0.name == "Night Harbor 3" }, "\(y.entities)")
        #expect(!y.entities.contains { $0.name.hasPrefix("February") || $0.name.hasSuffix("Marvel's") || $0.name.hasSuffix("for Netflix") }, "\(y.entities)")
    }

    @Test func titlesOpenedByANumberOrACommonWordOrHoldingInThe() {
        let x = extract("Night Harbor returns. Alex Garland also wrote 28 Days Later for the studio. Filming on the fifth season of Only Murders in the Building is under way. He remains a longtime admirer of The Boys in the Band and of 13 Reasons Why.")
        for title in ["28 Days Later", "Only Murders in the Building", "The Boys in the Band", "13 Reasons Why"] {
            #expect(type(x, title) == [.work], "\(title): \(x.entities)")
        }
        // Near-misses: a count before an award, a title-case headline's list, a character in a work, an outlet named by a person.
        let y = extract("The 10 Things We Learned\n\nNight Harbor won 12 Emmy Awards last year. Daemon Targaryen in the Game of Thrones prequel is back, according to Just Jared.")
        #expect(!y.entities.contains { $0.name.hasPrefix("10 ") || $0.name.hasPrefix("12 ") }, "\(y.entities)")
        #expect(!y.entities.contains { $0.name.contains(" in the ") || $0.name == "Just Jared" && $0.type == .work }, "\(y.entities)")
    }

    @Test func actorsWhoPlayARoleDescribedNotNamed() {
        let x = extract("Night Harbor returns to Netflix in May. Carrie Coon, Michelle Monaghan and Leslie Bibb played three old friends whose trip curdled, and Tom Reyes made his debut as Mook. Ana Diaz previously played a villain in Blue Ridge.")
        for name in ["Carrie Coon", "Michelle Monaghan", "Leslie Bibb"] { #expect(has(x, name, .appearsIn, "Night Harbor"), "\(name): \(x.facts)") }
        #expect(has(x, "Ana Diaz", .appearsIn, "Blue Ridge") && !has(x, "Ana Diaz", .appearsIn, "Night Harbor"), "\(x.facts)")
        // Near-misses: a game played is no role; a caption's season.
        let y = extract("Night Harbor returns to Netflix in May. Tom Reyes played football in college. Ana Diaz and Leo Hart in season 3 of Night Harbor.")
        #expect(!has(y, "Tom Reyes", .appearsIn, "Night Harbor"), "\(y.facts)")
        #expect(y.facts.contains { $0.s == "Ana Diaz" && $0.p == .appearsIn && $0.q?["season"] == "3" }, "\(y.facts)")
    }

    @Test func aHeadlinesSequelIsWhatTheArticleIsAboutOverTheOriginal() {
        let body = "Night Harbor: Fire and Ash opens in theaters on Friday. Like Night Harbor before it, the film runs long. Night Harbor fans will catch the callbacks, and Night Harbor still looms over it. The cast also includes Ana Diaz as Mara Voss."
        // A title-case headline's title with a small word inside is found, and it outweighs the original.
        let x = extract(body, headline: "Night Harbor: Fire and Ash Review: The Saga Burns Brighter")
        #expect(has(x, "Ana Diaz", .appearsIn, "Night Harbor: Fire and Ash"), "\(x.facts)")
        // Near-misses: a headline naming two sequels leaves the original first; a listed name after a small word stays whole.
        let y = extract("Night Harbor: Origins and Night Harbor: Coast are over. Night Harbor fans are upset, Night Harbor lives on, and Night Harbor is still streaming. Night Harbor ran for years, and Night Harbor was a hit. The cast also includes Ana Diaz as Mara Voss.", headline: "Studio Cancels Night Harbor: Origins and Night Harbor: Coast")
        #expect(has(y, "Ana Diaz", .appearsIn, "Night Harbor"), "\(y.facts)")
        let z = extract("Night Harbor ends its run this fall. The network set the date on Thursday.", headline: "Night Harbor Final Season Gets October Premiere Date on The CW")
        #expect(has(z, "Night Harbor", .platform, "The CW"), "\(z.facts)")
    }

    @Test func aTitlesCommonFirstWordAtASentencesStartIsKeptWhenTheArticleSaysTheWholeTitle() {
        let x = extract("Filming on the fifth season of Only Lanterns in the Harbor is under way. Only Lanterns in the Harbor returns to Hulu in May.")
        #expect(type(x, "Only Lanterns in the Harbor") == [.work], "\(x.entities)")
        #expect(!x.entities.contains { $0.name == "Lanterns in the Harbor" }, "\(x.entities)")
        // Near-misses: a common word before a person's name, "The" before a platform.
        let y = extract("Only Tom Reyes knows the answer, and Tom Reyes is not talking. The HBO drama returns in May, and HBO is pleased.")
        #expect(!y.entities.contains { $0.name == "Only Tom Reyes" || $0.name == "The HBO" }, "\(y.entities)")
    }

    @Test func festivalsStudiosSubtitlesAndRegnalNamesAreReadWhole() {
        let x = extract("Night Harbor premiered at the Venice Film Festival, and Toronto International Film Festival crowds cheered. Amazon MGM Studios bought it. Ana Diaz also wrote Narnia: The Cartographer's Daughter. Tom Reyes plays Queen Elizabeth II in Night Harbor.")
        #expect(type(x, "Venice Film Festival") == [.event] && type(x, "Toronto International Film Festival") == [.event], "\(x.entities)")
        #expect(type(x, "Amazon MGM Studios") == [.organization], "\(x.entities)")
        #expect(type(x, "Narnia: The Cartographer's Daughter") == [.work], "\(x.entities)")
        #expect(has(x, "Tom Reyes", .plays, "Queen Elizabeth II"), "\(x.facts)")
        // Near-misses: a place before an ordinary common word, a platform before a common word, a royal title before a surname.
        let y = extract("Night Harbor filmed in Venice. Film Twitter loved it, and Amazon Prime Video subscribers cheered. Tom Reyes plays Queen Ravel III.")
        #expect(!y.entities.contains { $0.name.hasSuffix("Festival") || $0.name == "Amazon Prime Video Studios" }, "\(y.entities)")
    }

    @Test func peopleAfterAnOutletInAListStayPeople() {
        let x = extract("According to Screenwire, Ana Diaz, Tom Reyes and Leo Hart are on the shortlist to play the lead.")
        for name in ["Ana Diaz", "Tom Reyes", "Leo Hart"] { #expect(type(x, name) == [.person], "\(name): \(x.entities)") }
        // Near-miss: a list of outlets stays one of outlets.
        let y = extract("According to Screenwire, Reelnotes and Kinoblog, the deal is done.")
        #expect(type(y, "Reelnotes") == [.organization] && type(y, "Kinoblog") == [.organization], "\(y.entities)")
    }

    @Test func aStudiosTitleIsAWorkAndARoleToldInARelativeClauseIsNotForTheWorkAfterIt() {
        let x = extract("Lucasfilm's Harrowgate no longer has a release date. Harrowgate was due in May, and Marvel's Dusk is delayed too. Ana Diaz, who directed all six episodes, had loved the Dusk score.")
        #expect(type(x, "Harrowgate") == [.work] && type(x, "Dusk") == [.work], "\(x.entities)")
        #expect(!x.facts.contains { $0.s == "Dusk" && $0.p == .crew } && x.facts.contains { $0.s == "Harrowgate" && $0.p == .crew && $0.o == "Ana Diaz" }, "\(x.facts)")
        // Near-misses: a studio's people, its events and its team of heroes.
        let y = extract("Marvel's Kevin Feige spoke at Disney's Investor Day about Marvel's The Guardians team.")
        #expect(type(y, "Kevin Feige") == [.person] && type(y, "Investor Day") == [.event], "\(y.entities)")
        #expect(!y.entities.contains { $0.name.hasSuffix("Guardians") && $0.type == .work }, "\(y.entities)")
    }

    @Test func aTitleWithASubtitleGoesOnPastAnEnDash() {
        let x = extract("Night Harbor: Reckoning – The Final Tide opened in theaters on Friday, and Ana Diaz starred in Dusk: Maul – Shadow Lord.")
        #expect(type(x, "Night Harbor: Reckoning – The Final Tide") == [.work] && type(x, "Dusk: Maul – Shadow Lord") == [.work], "\(x.entities)")
        // Near-misses: a dash without a subtitle before it, or before lower-case words.
        let y = extract("Night Harbor – The Final Tide was a hit. Dusk: Maul – the show's lead – is back.")
        #expect(!y.entities.contains { $0.name.contains("–") }, "\(y.entities)")
    }

    @Test func aPhotoCaptionShowsASeasonAndAnnouncesNoRenewal() {
        let x = extract("Night Harbor returns to Netflix in May. Ana Diaz (Mara Voss) and Tom Reyes in Night Harbor season 3. Leo Hart as Dana Kessler in season 2 of Night Harbor.")
        #expect(!x.facts.contains { $0.p == .renewal }, "\(x.facts)")
        // Near-miss: a sentence with its verb announces the season.
        let y = extract("Night Harbor returns to Netflix in May. Ana Diaz and Tom Reyes will return in Night Harbor season 3.")
        #expect(y.facts.contains { $0.p == .renewal && $0.o == "3" }, "\(y.facts)")
    }

    @Test func aPluralRelationNamesEveryoneListedAfterIt() {
        let x = extract("Night Harbor returns. Ana Diaz plays Hank Hill, and Tom Reyes plays Dale Gribble. Hank's old friends Dale Gribble, Bill Dauterive and Jeff Boomhauer return too.")
        for name in ["Dale Gribble", "Bill Dauterive", "Jeff Boomhauer"] { #expect(kind(x, name, "Hank Hill") == "friend", "\(name): \(x.facts)") }
        let y = extract("Night Harbor returns. Ana Diaz plays Zeus. Tom Reyes and Leo Hart played his brothers, Poseidon and Hades. Zendaya plays Mara Voss. Mara's little sister, Gia, is worried.")
        #expect(kind(y, "Poseidon", "Zeus") == "family" && kind(y, "Hades", "Zeus") == "family", "\(y.facts)")
        #expect(kind(y, "Gia", "Mara Voss") == "family", "\(y.facts)")
        // Near-miss: a singular relation names only the first.
        let z = extract("Night Harbor returns. Ana Diaz plays Hank Hill, and Tom Reyes plays Dale Gribble. Hank's friend Dale Gribble, Bill Dauterive and Jeff Boomhauer return too.")
        #expect(kind(z, "Dale Gribble", "Hank Hill") == "friend" && kind(z, "Bill Dauterive", "Hank Hill") == nil, "\(z.facts)")
    }

    @Test func aSectionOpeningWithAWorkIsAboutThatWork() {
        let body = """
            Night Harbor opened on Friday to $11 million. Ana Diaz stars in Night Harbor as a smuggler.

            A quiet trip north

            Dusk Over Varrow, the first new film of the saga in a decade, came fifth. Leo Hart directed from a screenplay by Mara Voss.
            """
        let x = extract(body, headline: "Night Harbor Opens to $11 Million")
        #expect(has(x, "Dusk Over Varrow", .crew, "Leo Hart") && !has(x, "Night Harbor", .crew, "Leo Hart"), "\(x.facts)")
        // Near-miss: a section that does not open with a work in apposition stays the article's.
        let y = extract(body.replacingOccurrences(of: "Dusk Over Varrow, the first new film of the saga in a decade, came fifth.", with: "The weekend was quiet."),
                        headline: "Night Harbor Opens to $11 Million")
        #expect(has(y, "Night Harbor", .crew, "Leo Hart"), "\(y.facts)")
    }

    @Test func titlesWithAFrenchParticleOrOpeningWithHowTo() {
        let x = extract("Ana Diaz stars in Night Harbor: Folie à Deux, which opens in October. The studio said that How to Tame Your Comet 2 will open in 2027.")
        #expect(type(x, "Night Harbor: Folie à Deux") == [.work] && type(x, "How to Tame Your Comet 2") == [.work], "\(x.entities)")
        // Near-miss: a sentence that opens with "How to" asks or instructs, and a title-case line is no prose.
        let y = extract("How to watch Night Harbor: it streams on Netflix every Friday. Here Is How to Watch Night Harbor.")
        #expect(!y.entities.contains { $0.name.hasPrefix("How") }, "\(y.entities)")
    }

    @Test func aPossessivePronounInALaterSentenceIsThePreviousSubjects() {
        // (Corvin's actor is a man: an actor's given name tells "his" from "her" when the role's does not.)
        let x = extract("Sam Park plays Corvin, the son of Lysa and grandson of the king Aldric Varn. When his city falls and his wife, Tessaly (Mara Voss), is killed, he flees north.")
        #expect(kind(x, "Tessaly", "Corvin") == "married" && kind(x, "Tessaly", "Aldric Varn") == nil, "\(x.facts)")
        // Near-miss: inside one sentence the pronoun still takes the character named last before it.
        let y = extract("Ana Diaz plays Corvin. Tom Reyes plays Aldric Varn, who mourns his wife, Tessaly (Mara Voss).")
        #expect(kind(y, "Tessaly", "Aldric Varn") == "married", "\(y.facts)")
    }

    @Test func aSentencesFirstVerbBeforeAFullNameIsNoPartOfIt() {
        let x = extract("Expect Evan \"Buck\" Buckley (Oliver Stark) to lean on his sister. Blame Mara Quill for that.")
        #expect(x.entities.contains { $0.name == "Evan Buckley" && $0.aliases == ["Buck"] } && type(x, "Mara Quill") == [.person], "\(x.entities)")
        // Near-miss: a gerund before a given name opens a title.
        let y = extract("Killing Eve ended in 2022 on BBC America.")
        #expect(type(y, "Killing Eve") == [.work], "\(y.entities)")
    }

    @Test func aTitleOfHyphenatedDigitsStandsAloneAndOpensASentence() {
        let x = extract("ABC renewed 9-1-1 for a ninth season. 9-1-1: Nashville premieres in October.")
        #expect(has(x, "9-1-1", .renewal, "9") && !has(x, "9-1-1: Nashville", .renewal, "9"), "\(x.facts)")
        #expect(x.facts.allSatisfy { !$0.evidence.contains("ninth season. 9") }, "\(x.facts)")
        // Near-miss: the number dialled and a score are no titles.
        let y = extract("She called 9-1-1 at once. The Hawks won 3-1 on Friday.")
        #expect(!y.entities.contains { $0.name.hasPrefix("9-1-1") || $0.name.hasPrefix("3-1") }, "\(y.entities)")
    }

    @Test func aOneWordTitleWithASequelNumber() {
        let x = extract("Koravia 5 opens in June. The studio moved Koravia 5 to 2027.")
        #expect(type(x, "Koravia 5") == [.work], "\(x.entities)")
        // Near-miss: an English noun and its number are no title.
        let y = extract("Chapter 5 opens with a flashback, and Season 2 follows.")
        #expect(!y.entities.contains { $0.name.hasSuffix(" 5") || $0.name.hasSuffix(" 2") }, "\(y.entities)")
    }

    @Test func aPersonsPossessiveBeforeATitleOrAfterASurname() {
        let x = extract("Leo Hart's Night Harbor: The Return wrapped in May. Mara Voss's Dusk & Varrow opens Friday.")
        #expect(type(x, "Night Harbor: The Return") == [.work] && type(x, "Dusk & Varrow") == [.work], "\(x.entities)")
        let y = extract("Photos show Ana Diaz and Tom Reyes on a dock. Diaz's Jonah Pike is soaked, while Reyes's Sofia Kess watches.")
        #expect(has(y, "Ana Diaz", .plays, "Jonah Pike") && has(y, "Tom Reyes", .plays, "Sofia Kess"), "\(y.facts)")
        // Near-miss: a hero's surname is no actor's ("Luke Cage" looks like a person's name).
        let z = extract("Mike Colter plays Luke Cage in Harlem. The colors (Cage's Yellow, Rand's Green) are the heroes'.")
        #expect(z.facts.filter { $0.p == .plays }.map(\.o) == ["Luke Cage"], "\(z.facts)")
    }

    @Test func aDaysNameBeforeOfOpensNoTitle() {
        let x = extract("A fan posted a clip on Tuesday of Ana Diaz filming in a golf cart.")
        #expect(type(x, "Ana Diaz") == [.person] && !x.entities.contains { $0.name.hasPrefix("Tuesday") }, "\(x.entities)")
    }

    @Test func relationWordsOfInLawsExesAndRanks() {
        let cases: [(String, String, String, String)] = [
            ("Tara Quinn plays Ruby Vale in Night Harbor. Ruby's adoptive mum, Carla Vale (Ada Brook), is back too.", "Carla Vale", "Ruby Vale", "family"),
            ("Night Harbor returns. Tara Quinn is back as Amelia Shore, Meredith Grey's sister-in-law.", "Amelia Shore", "Meredith Grey", "family"),
            ("Night Harbor returns. Tom Reyes plays Eddie Brock. Eddie's ex-fiancée, Anne Weying, returns.", "Anne Weying", "Eddie Brock", "former_romantic"),
            ("Night Harbor returns. Ada Brook plays Sgt. Ayanna Bell, Elliot Stabler's commanding officer.", "Ayanna Bell", "Elliot Stabler", "colleague"),
        ]
        for (text, a, b, expected) in cases {
            let x = extract(text)
            #expect(kind(x, a, b) == expected, "\(text): \(x.facts)")
        }
        // Near-miss: an officer who commands no one named is no relation.
        let y = extract("Night Harbor returns. Ada Brook plays Sgt. Ayanna Bell, a commanding officer.")
        #expect(!y.facts.contains { $0.p == .relationship }, "\(y.facts)")
    }

    @Test func aRelativeNamedByOneUnknownWord() {
        // "the son of Hermes who …": a single word that is no English word, after a relation and "of", is a character.
        let x = extract("Night Harbor returns. Tom Reyes plays Luke Castellan, the son of Hermes who lives on Olympus.")
        #expect(kind(x, "Luke Castellan", "Hermes") == "family", "\(x.facts)")
        // Near-miss: an English word is no one's name.
        let y = extract("Night Harbor returns. Tom Reyes plays Luke Castellan, the son of Winter who lives on Olympus.")
        #expect(!y.entities.contains { $0.name == "Winter" && $0.type == .character }, "\(y.entities)")
    }

    @Test func aRoleDescribedInsideTheBrackets() {
        let x = extract("Night Harbor returns. The cast: Tom Reyes (Jax Holt, aka the Warden), Ada Brook (Mira Kess, Jax's sister) and Ben Ashford (Cole Dane).")
        for (person, role) in [("Tom Reyes", "Jax Holt"), ("Ada Brook", "Mira Kess"), ("Ben Ashford", "Cole Dane")] {
            #expect(has(x, person, .plays, role), "\(person): \(x.facts)")
        }
        // Near-miss: a bracket left open is no pair.
        let y = extract("Night Harbor returns. The cast: Tom Reyes (Jax Holt, aka the Warden, is back.")
        #expect(!has(y, "Tom Reyes", .plays, "Jax Holt"), "\(y.facts)")
    }

    @Test func bracketsReadTheWayTheArticleShowedThem() {
        // Roles shown inside brackets in one sentence ("aka", someone's sister) set the reading of another that does not say.
        let x = extract("Night Harbor returns for season 2. Back are Tom Reyes (Jax Holt, aka the Warden) and Ada Brook (Mira Kess, Jax's sister). New this season are Rita Lang (Dana Holt) and Ben Kane (Cole Dane).")
        #expect(has(x, "Rita Lang", .plays, "Dana Holt") && has(x, "Ben Kane", .plays, "Cole Dane"), "\(x.facts)")
        // Near-miss: with nothing shown, a pair of full names reads character first, as news most often writes it.
        let y = extract("Night Harbor returns for season 2. New this season are Rita Lang (Dana Holt) and Ben Kane (Cole Dane).")
        #expect(has(y, "Dana Holt", .plays, "Rita Lang") && has(y, "Cole Dane", .plays, "Ben Kane"), "\(y.facts)")
    }

    @Test func aCastLabelListsTheArticlesCast() {
        let x = extract("Night Harbor returns April 19.\n\nCAST: Tom Reyes, Ada Brook and Ben Kane.\n\nNot returning: Rita Lang.",
                        headline: "Night Harbor Sets April Premiere")
        for person in ["Tom Reyes", "Ada Brook", "Ben Kane"] { #expect(has(x, person, .appearsIn, "Night Harbor"), "\(person): \(x.facts)") }
        #expect(has(x, "Rita Lang", .appearsIn, "Night Harbor", modality: .negated), "\(x.facts)")
        // Near-miss: a colon after other words is no label.
        let y = extract("Night Harbor returns April 19.\n\nThe cast is huge: Tom Reyes, Ada Brook and Ben Kane.", headline: "Night Harbor Sets April Premiere")
        #expect(!y.facts.contains { $0.p == .appearsIn }, "\(y.facts)")
    }

    @Test func aBylineInPiecesIsNoName() {
        // "Outlet · date · Text: Name", "Outlet · date · By Name": the writer is in no fact and names no work.
        for byline in ["Harbor Wire · April 2, 2026 · Text: Ada Quill-Moreno", "Harbor Wire · April 2, 2026 · Horror desk · By Ada Quill-Moreno"] {
            let x = extract(byline + "\n\nNight Harbor returns April 19.", headline: "Night Harbor Sets April Premiere")
            #expect(!x.entities.contains { $0.name.contains("Ada Quill") || $0.name.contains("Harbor Wire") }, "\(byline): \(x.entities)")
        }
        // Near-miss: a sentence that names a writer after a dash keeps the name.
        let y = extract("The finale was a triumph — by Ada Quill, who wrote it.", headline: "Night Harbor Sets April Premiere")
        #expect(y.entities.contains { $0.name == "Ada Quill" }, "\(y.entities)")
    }

    @Test func aQuotedTitleSaidAgainWithoutQuotes() {
        let x = extract("Return to Glass Bay, Ada Quill's adaptation of the game Glass Bay 2, opens on January 23, 2026.",
                        headline: "'Return to Glass Bay' Gets a Date")
        #expect(has(x, "Return to Glass Bay", .release, "2026-01-23"), "\(x.facts)")
        // Near-miss: the apposition's own work gets no date of its own.
        #expect(!x.facts.contains { $0.s == "Glass Bay 2" && $0.p == .release }, "\(x.facts)")
    }

    @Test func partsOfASeriesAreTheSeries() {
        let x = extract("Night Harbor Parts 1-3 are streaming now on Netflix.", headline: "Night Harbor Part 4 Is Filming")
        #expect(has(x, "Night Harbor", .platform, "Netflix") && !x.entities.contains { $0.name.hasSuffix("Parts") }, "\(x.facts)")
    }

    @Test func aWritersStoriesAboutAHeroAreNoRole() {
        let x = extract("The show takes its inspiration from Ada Quill's stories about Jax Holt.", headline: "Night Harbor Returns")
        #expect(!x.facts.contains { $0.p == .plays }, "\(x.facts)")
        // Near-miss: an actor's possessive before the role still plays it.
        let y = extract("The show returns with Ada Quill's Jax Holt.", headline: "Night Harbor Returns")
        #expect(has(y, "Ada Quill", .plays, "Jax Holt"), "\(y.facts)")
    }

    @Test func aGivenNameInBracketsAfterAnActorSaidBySurname() {
        // "Chad Kane (Jake)", then "Kane went on …": the actor is outside, called by his surname.
        let x = extract("Chad Kane (Jake)\n\nKane went on to lead Glass Bay for six seasons.", headline: "Night Harbor Reunion")
        #expect(has(x, "Chad Kane", .plays, "Jake"), "\(x.facts)")
        // Near-miss: called by the given name, the name outside is the role's.
        let y = extract("Chad Kane (Jake)\n\nChad went on to lead Glass Bay for six seasons.", headline: "Night Harbor Reunion")
        #expect(!has(y, "Chad Kane", .plays, "Jake"), "\(y.facts)")
    }

    @Test func crewPartnersAfterWithAndTheOneWhoAlsoDoesMore() {
        let x = extract("Night Harbor returns in May. Rita Lang directs with Ben Kane, and Ada Quill produced. Tom Reyes composed the score himself with Mae Holt.")
        #expect(has(x, "Night Harbor", .crew, "Ben Kane") && has(x, "Night Harbor", .crew, "Mae Holt"), "\(x.facts)")
        #expect(x.facts.contains { $0.o == "Mae Holt" && $0.q?["role"] == "composer" }, "\(x.facts)")
        // Near-miss: the name that opens the next clause is no partner.
        #expect(!x.facts.contains { $0.o == "Ada Quill" && $0.q?["role"] == "director" }, "\(x.facts)")
        let y = extract("Night Harbor returns in May. Night Harbor is executive produced by Ada Quill, Ben Kane and Rita Lang, who also directs the season premiere.")
        #expect(y.facts.contains { $0.o == "Rita Lang" && $0.q?["role"] == "director" }, "\(y.facts)")
        #expect(!y.facts.contains { $0.o == "Ada Quill" && $0.q?["role"] == "director" }, "\(y.facts)")
        // Near-miss: a plural verb is the whole list's.
        let z = extract("Night Harbor returns in May. Its creators, Ada Quill and Ben Kane, who also serve as showrunners, are back.")
        #expect(z.facts.contains { $0.o == "Ada Quill" && $0.q?["role"] == "showrunner" }, "\(z.facts)")
    }

    @Test func aRelationDescribedBetweenItsOwnerAndItsNoun() {
        let x = extract("Night Harbor returns. Fred Armisen plays Tom's grumpy father, Cranky Kong. Janet, Ben Kane's long-suffering secretary, is played by Ada Brook.")
        #expect(kind(x, "Cranky Kong", "Tom") == "family" && has(x, "Fred Armisen", .plays, "Cranky Kong"), "\(x.facts)")
        #expect(kind(x, "Janet", "Ben Kane") == "colleague", "\(x.facts)")
        // Near-miss: a clause between owner and noun is no description.
        let y = extract("Night Harbor returns. Fred Armisen plays Tom's role as the father, Cranky Kong.")
        #expect(kind(y, "Cranky Kong", "Tom") == nil, "\(y.facts)")
    }

    @Test func initialsBeforeANameMakeAPerson() {
        let x = extract("Night Harbor returns. Chandler Groff (J. Anthony Crane) is back.")
        #expect(has(x, "J. Anthony Crane", .plays, "Chandler Groff"), "\(x.facts)")
        // Near-miss: a title in brackets after an actor stays a credit.
        let y = extract("Night Harbor returns. Ada Brook (Glass Bay) is back.")
        #expect(!y.facts.contains { $0.p == .plays }, "\(y.facts)")
    }

    @Test func quotesThatCloseAtOnceAreReadWithoutTrapping() {
        // An empty quote, a one-word quote and a two-word one: none is a title with a lower-case word inside.
        let x = extract("Night Harbor returns. Ada Brook said \"\" and 'Yes' and “Go home” to Tom Reyes.")
        #expect(x.entities.contains { $0.name == "Night Harbor" }, "\(x.entities)")
    }

    @Test func anAgencyAndATradeBeforeTheRole() {
        let x = extract("Night Harbor returns. Ada Brook plays LAPD detective Rita Lang, and Tom Reyes stars as the KGB spy Ben Kane.")
        #expect(has(x, "Ada Brook", .plays, "Rita Lang") && has(x, "Tom Reyes", .plays, "Ben Kane"), "\(x.facts)")
        #expect(type(x, "LAPD") == [.organization] && type(x, "Rita Lang") == [.character], "\(x.entities)")
        #expect(!x.facts.contains { $0.o == "LAPD" || $0.o == "KGB" }, "\(x.facts)")
        // Near-miss: a company's possessive is no agency before a role.
        let y = extract("Night Harbor returns. It is as good as HBO's Glass Bay.")
        #expect(!type(y, "Glass Bay").contains(.character), "\(y.entities)")
    }

    @Test func aRelativeNamedAfterATradeInLowerCase() {
        let x = extract("Night Harbor returns. Tom Reyes played Danny's father, police commissioner Frank Lang, for years.")
        #expect(kind(x, "Frank Lang", "Danny") == "family" && has(x, "Tom Reyes", .plays, "Frank Lang"), "\(x.facts)")
        // Near-miss: a clause after the relation names someone else.
        let y = extract("Night Harbor returns. Asa Kane is back as Sam Riordan, Emma's boyfriend, whose brother Luke died.")
        #expect(kind(y, "Luke", "Emma") == nil, "\(y.facts)")
    }

    @Test func whereOneReturnsToIsTheWork() {
        let x = extract("Night Harbor returns. Oliver Stark returns to 9-1-1 as Buck, and Ada Brook is returning to Glass Bay as Mae.")
        #expect(has(x, "Oliver Stark", .plays, "Buck") && has(x, "Ada Brook", .plays, "Mae"), "\(x.facts)")
        #expect(type(x, "9-1-1") == [.work] && type(x, "Glass Bay") == [.work], "\(x.entities)")
        // Near-miss: the number one calls is no show.
        let y = extract("Night Harbor returns. Mae Holt made a call to 9-1-1 that night.")
        #expect(!y.entities.contains { $0.name == "9-1-1" }, "\(y.entities)")
    }

    @Test func theOutletIsACompanyWhateverItsNameLooksLike() {
        let article = Article(id: "t", url: "https://theinsidetrack.test/film/1", outlet: "theinsidetrack.test", published: "2026-01-10",
                              text: "Ada Brook Joins 'Glass Bay'\n\nAda Brook will play Mae Holt in Glass Bay, sources tell The Inside Track.")
        let x = Extractor().extract(article)
        #expect(x.entities.contains { $0.name == "The Inside Track" && $0.type == .organization }, "\(x.entities)")
        #expect(has(x, "Ada Brook", .appearsIn, "Glass Bay", modality: .rumored), "\(x.facts)")
        // Near-miss: a work of another name in the same article stays a work.
        #expect(type(x, "Glass Bay") == [.work], "\(x.entities)")
    }

    @Test func aListEndsWithTheMemberAfterAnd() {
        let x = extract("Glass Bay returns. Ada Brook and Tom Reyes return as Mae Holt and Rita Lang, Ben Kane makes a cameo as Sam Cole, and Ida Lunn is back.")
        #expect(has(x, "Ada Brook", .plays, "Mae Holt") && has(x, "Tom Reyes", .plays, "Rita Lang"), "\(x.facts)")
        #expect(!has(x, "Tom Reyes", .plays, "Mae Holt"), "\(x.facts)")
        // Near-miss: commas before the "and" still make one list.
        let y = extract("Glass Bay returns. Ada Brook, Tom Reyes and Ben Kane return as Mae Holt, Rita Lang and Sam Cole.")
        #expect(has(y, "Ada Brook", .plays, "Mae Holt") && has(y, "Tom Reyes", .plays, "Rita Lang") && has(y, "Ben Kane", .plays, "Sam Cole"), "\(y.facts)")
    }

    @Test func aSpinoffOfAMakersWork() {
        let x = extract("Glass Bay returns in May. Glass Bay is a spinoff of Ada Brook's 2009 Night Harbor.")
        #expect(has(x, "Glass Bay", .spinoffOf, "Night Harbor") && type(x, "Night Harbor") == [.work], "\(x.facts)")
        // (The maker's possessive credits her, and nothing else.)
        #expect(has(x, "Night Harbor", .crew, "Ada Brook"), "\(x.facts)")
        #expect(!x.facts.contains { $0.o == "Ada Brook" && $0.p != .crew } && !type(x, "Ada Brook").contains(.work), "\(x.entities)")
        // Near-miss: an actor's possessive elsewhere still names a role.
        let y = extract("Glass Bay returns in May. Ada Brook's Mae Holt is back.")
        #expect(has(y, "Ada Brook", .plays, "Mae Holt"), "\(y.facts)")
    }

    @Test func aCastListLineFollowsTheLinesThatSayWhoIsWho() {
        let x = extract("""
            Mara and Dell are back for the second season of Harbor Lights, and Mara is still running the lighthouse.

            Nina Patel (Mara Quinn)

            Owen Fisk (Dell Quinn)

            Sam Ortega (Theo)

            In the finale, Mara meets her long-lost sister, Ivy (Rosa Lind), on the pier.
            """, headline: "Harbor Lights season 2: who is who")
        // The first two lines say it (their roles go by the given name elsewhere); the third, a given name in
        // brackets, reads the same way.
        #expect(has(x, "Nina Patel", .plays, "Mara Quinn") && has(x, "Sam Ortega", .plays, "Theo"), "\(x.facts)")
        #expect(!has(x, "Theo", .plays, "Sam Ortega"), "\(x.facts)")
        // Near-miss: a name set beside a relation of the story is the role, whichever way the list reads.
        #expect(has(x, "Rosa Lind", .plays, "Ivy"), "\(x.facts)")
    }

    @Test func oneEnglishWordInBracketsAmongActorsIsARole() {
        let x = extract("""
            Mara and Dell are back for the second season of Harbor Lights.

            Nina Patel (Mara Quinn), Owen Fisk (Dell Quinn) and Ada Brook (Ghost) return for the new season.
            """)
        // "Ghost" could be Ada Brook's alias, as "Daredevil" is Matt Murdock's; beside pairs read actor first, it is her role.
        #expect(has(x, "Ada Brook", .plays, "Ghost") && type(x, "Ada Brook") == [.person], "\(x.facts) \(x.entities)")
        #expect(!x.entities.contains { $0.aliases.contains("Ghost") }, "\(x.entities)")
    }

    @Test func anEnglishWordWithASequelNumberIsATitle() {
        let x = extract("""
            Nora Vance returns in Howl 4 as the masked killer's first survivor. Drift 3 is set for 2027.

            Season 2 arrives in May, and Phase 4 of the franchise ends with it. Posted 5/11/2017.
            """)
        #expect(has(x, "Nora Vance", .appearsIn, "Howl 4") && has(x, "Drift 3", .release, "2027"), "\(x.facts)")
        // Near-misses: a number that counts or dates makes no title of the word before it.
        for name in ["Season 2", "Phase 4", "Posted 5", "Howl"] { #expect(type(x, name).isEmpty, "\(name): \(x.entities)") }
    }

    @Test func whoIsNotBackOrNotInTheNewSeasonIsNegated() {
        let x = extract("""
            Harbor Lights returns for a third season in May.

            Lena Ortiz won't be back. Sam Ortega, who plays Theo, is not expected back. Nina Patel is not in the new season, \
            and Ivy Lane is also expected back. Rita Moss does not return either.

            Owen Fisk and Ada Brook, the composers behind the show's score, are returning. Dana Cole is in talks for a role.

            Mara Voss and Tom Reyes left the show last year. Neither will appear in the new season.
            """, headline: "Harbor Lights season 3: who is back")
        for name in ["Lena Ortiz", "Sam Ortega", "Nina Patel", "Rita Moss", "Mara Voss", "Tom Reyes"] {
            #expect(has(x, name, .appearsIn, "Harbor Lights", modality: .negated), "\(name): \(x.facts)")
        }
        #expect(has(x, "Ivy Lane", .appearsIn, "Harbor Lights", modality: .hedged), "\(x.facts)")
        // Near-misses: composers who return are crew; talks are no part.
        for name in ["Owen Fisk", "Ada Brook", "Dana Cole"] {
            #expect(!x.facts.contains { $0.s == name && $0.p == .appearsIn }, "\(name): \(x.facts)")
        }
    }
    @Test func aSurnameAfterAnEnglishWordMakesAPersonsName() {
        let x = extract("""
            Harbor Lights returns in May. Cliff Barnes and Nina Patel are back, and Devan Stone Whitfield joins the cast.

            Young Sheldon fans will know Port Ashby, where Brother Dawson runs the inn.
            """, headline: "Harbor Lights season 3: who is back")
        for name in ["Cliff Barnes", "Devan Stone Whitfield"] { #expect(type(x, name) == [.person], "\(name): \(x.entities)") }
        #expect(!x.facts.contains { $0.o == "Cliff Barnes" }, "\(x.facts)")
        // Near-misses: a title, a place and a character whose first word opens such names, not a given name.
        for name in ["Young Sheldon", "Port Ashby", "Brother Dawson"] { #expect(!type(x, name).contains(.person), "\(name): \(x.entities)") }
    }
    @Test func aWorkNamedInTheRolesAppositionIsNotTheAppearance() {
        let x = extract("""
            Harbor Lights returns in May. Mara Voss reprises her role as Ivy Lane, the captain's old partner at Coast Watch. \
            Tom Reyes is back as Dell Quinn, one of the smugglers who rule Port Ellis.
            """, headline: "Harbor Lights season 3: who is back")
        #expect(has(x, "Mara Voss", .appearsIn, "Harbor Lights") && has(x, "Tom Reyes", .plays, "Dell Quinn"), "\(x.facts)")
        // What the role's description names is the role's world, not the work the actor is back in.
        #expect(!x.facts.contains { $0.o == "Coast Watch" || $0.o == "Port Ellis" || $0.q?["work"] != nil }, "\(x.facts)")
    }
    @Test func aTitleGoesOnPastOfA() {
        let x = extract("Mara Voss starred in Anatomy of a Heist, and Tom Reyes, the star of a Netflix series, joins her.")
        #expect(has(x, "Mara Voss", .appearsIn, "Anatomy of a Heist"), "\(x.facts) \(x.entities)")
        // Near-miss: a company after "of a" is no part of a name.
        #expect(type(x, "Netflix") == [.organization] && !x.entities.contains { $0.name.hasSuffix("of a Netflix") }, "\(x.entities)")
    }
    @Test func aCastAnnouncedAfterALeadInAppears() {
        let x = extract("""
            Harbor Lights returns in May. New to the cast are Lena Ortiz and Sam Park. Also returning are Mara Voss as Ivy Lane and Jon Hale. \
            Joining them will be Ada Rey. Also expected to return is Bo Lin. Hasan Noor and Kit Ames appear in undisclosed roles.
            """, headline: "Harbor Lights season 3: who is back")
        for name in ["Lena Ortiz", "Sam Park", "Mara Voss", "Jon Hale", "Ada Rey", "Kit Ames", "Hasan Noor"] {
            #expect(has(x, name, .appearsIn, "Harbor Lights"), "\(name): \(x.facts)")
        }
        #expect(has(x, "Bo Lin", .appearsIn, "Harbor Lights", modality: .hedged), "\(x.facts)")
        // Near-misses: a name before the verb is its subject, and a lead-in with no cast word announces no cast.
        let y = extract("Harbor Lights returns in May. Tom Reyes is Lena Ortiz's brother. First up is Sam Park, the show's composer.",
                        headline: "Harbor Lights season 3")
        #expect(!y.facts.contains { $0.p == .appearsIn }, "\(y.facts)")
    }
    @Test func whereViewersKnowSomeoneFromIsAnAppearance() {
        let x = extract("""
            Harbor Lights returns in May. Mara Voss plays Ivy Lane. You'll know her from Night Court and Designated Survivor. \
            Fans will remember Tom Reyes from Hulu's Runaways.
            """, headline: "Harbor Lights season 3: who is back")
        for work in ["Night Court", "Designated Survivor"] { #expect(has(x, "Mara Voss", .appearsIn, work), "\(work): \(x.facts)") }
        #expect(has(x, "Tom Reyes", .appearsIn, "Runaways"), "\(x.facts)")
        // Near-miss: someone known from a place or an outlet, not a work.
        let y = extract("Mara Voss plays Ivy Lane in Harbor Lights. Fans will remember her from Chicago and from Variety's coverage.")
        #expect(!y.facts.contains { $0.p == .appearsIn && $0.o != "Harbor Lights" }, "\(y.facts)")
    }
    @Test func aMakersOtherTitleNotReadAsANameIsNoCreditForTheArticlesWork() {
        let x = extract("""
            Harbor Lights is back in May. Ivan Rook, who directed the 1984 original Ghostbusters, has died. \
            Sam Park, who directed the pilot, returns. Nia Dale, who directed Harbor Lights, is back too.
            """, headline: "'Harbor Lights' season 2 adds a director")
        #expect(!x.facts.contains { $0.p == .crew && $0.o == "Ivan Rook" }, "\(x.facts)")
        // Near-misses: an object that is no title, or a title read as a name, still credits the work.
        #expect(has(x, "Harbor Lights", .crew, "Sam Park") && has(x, "Harbor Lights", .crew, "Nia Dale"), "\(x.facts)")
    }
    @Test func aCapitalisedNameWithADigitIsNoShoutedWord() {
        let x = extract("Amie Donald starred in K3ZAR. UPDATE: the studio confirmed it.", headline: "A new date")
        #expect(x.entities.contains { $0.name == "K3ZAR" }, "\(x.entities)")
        // Near-miss: a word shouted for emphasis names nothing.
        #expect(!x.entities.contains { $0.name == "UPDATE" }, "\(x.entities)")
    }
    @Test func aListReturningOrAnnouncedAsGuestsAppearsWithAnAdverbBetween() {
        let x = extract("""
            Harbor Lights returns in May. Lena Ortiz, Sam Park and Jon Hale are all back. Ada Rey is also back. \
            Mara Voss, Bo Lin and Kit Ames are all likely to be back for the new season. \
            Hasan Noor and Tia Marsh have all been announced as guest stars, with Rui Sato and Dee Lam joining in undisclosed roles.
            """, headline: "Harbor Lights season 3: who is back")
        for name in ["Lena Ortiz", "Sam Park", "Jon Hale", "Ada Rey", "Hasan Noor", "Tia Marsh", "Rui Sato", "Dee Lam"] {
            #expect(has(x, name, .appearsIn, "Harbor Lights"), "\(name): \(x.facts)")
        }
        for name in ["Mara Voss", "Bo Lin", "Kit Ames"] {
            #expect(has(x, name, .appearsIn, "Harbor Lights", modality: .hedged), "\(name): \(x.facts)")
        }
        // Near-misses: "back" as a noun or a direction is no return.
        let y = extract("Harbor Lights returns in May. Lena Ortiz hurt her back. Sam Park and Jon Hale are all back in Boston for the holidays.",
                        headline: "Harbor Lights season 3")
        #expect(!y.facts.contains { $0.p == .appearsIn }, "\(y.facts)")
    }
    @Test func aRelativesOwnerIsTheCharacterWhoseActorOrNameFitsThePronoun() {
        // Gorran's name says nothing, his actor's does; ZEDD's says nothing, Ivy's does.
        let x = extract("""
            Lena Ortiz and Marco Diaz are back as Vesper and Gorran Holt, the twins' parents, and Sam Park returns as her little brother, Pip. \
            Mara Voss returns as Ivy Lane, the engineer who built ZEDD, and Tia Marsh is back as her orphaned niece, Pell.
            """, headline: "Harbor Lights season 3: who is back")
        #expect(kind(x, "Pip", "Vesper") == "family" && kind(x, "Pip", "Gorran Holt") == nil, "\(x.facts)")
        #expect(kind(x, "Pell", "Ivy Lane") == "family" && kind(x, "Pell", "ZEDD") == nil, "\(x.facts)")
    }
    @Test func twoActorsPlayACharacterAndTheirRelativeInOrder() {
        let x = extract("""
            Jon Hale and Ada Rey bring warmth as Tomas Brandt and his wife, Greta, the couple who take Ivy in. \
            Bo Lin and Dee Lam play Carol Fenn and her younger sister Helen.
            """, headline: "Harbor Lights review")
        #expect(has(x, "Jon Hale", .plays, "Tomas Brandt") && has(x, "Ada Rey", .plays, "Greta"), "\(x.facts)")
        #expect(has(x, "Bo Lin", .plays, "Carol Fenn") && has(x, "Dee Lam", .plays, "Helen"), "\(x.facts)")
        #expect(!has(x, "Ada Rey", .plays, "Tomas Brandt") && !has(x, "Dee Lam", .plays, "Carol Fenn"), "\(x.facts)")
        #expect(kind(x, "Greta", "Tomas Brandt") == "married" && kind(x, "Helen", "Carol Fenn") == "family", "\(x.facts)")
    }
    @Test func aSequelNumberedLikeAVersionIsATitle() {
        let x = extract("""
            The studio has moved Kilobot 2.0, the sequel to the 2023 hit, to June 27, 2025. Mara Voss returns as Ivy Lane in Kilobot 2.0. \
            Phase 2.5 of the studio's plan starts in May. Harbor Lights is set for a 2027 release.
            """, headline: "Kilobot 2.0 moves to June")
        #expect(type(x, "Kilobot 2.0") == [.work], "\(x.entities)")
        #expect(has(x, "Mara Voss", .appearsIn, "Kilobot 2.0") && has(x, "Kilobot 2.0", .release, "2025-06-27"), "\(x.facts)")
        // The year of "the 2023 hit" is the earlier film's; "a 2027 release" is the work's.
        #expect(!x.facts.contains { $0.p == .release && $0.o == "2023" } && has(x, "Harbor Lights", .release, "2027"), "\(x.facts)")
        // Near-miss: a numbered stage of something is no title.
        #expect(!x.entities.contains { $0.name.hasPrefix("Phase") }, "\(x.entities)")
    }
    @Test func aTitleGoesOnThroughItsSmallWords() {
        let x = extract("""
            Mara Voss plays Nell in What They Keep in the Attic. Tia Marsh stars in Only Ghosts in the Lighthouse on Hulu. \
            Sam Park played Corvin in Captain Orla in the Vortexia of Madness. Dee Lam played Quill in Quill the Lantern Keeper. \
            Bo Lin plays Kael Varn in the Song of Ashes prequel.
            """, headline: "Where you know the cast from")
        #expect(has(x, "Mara Voss", .appearsIn, "What They Keep in the Attic") && has(x, "Tia Marsh", .appearsIn, "Only Ghosts in the Lighthouse"), "\(x.facts)")
        #expect(has(x, "Sam Park", .appearsIn, "Captain Orla in the Vortexia of Madness") && has(x, "Dee Lam", .appearsIn, "Quill the Lantern Keeper"), "\(x.facts)")
        // Near-miss: a character's name ends before "in the" and a title of ordinary words.
        #expect(has(x, "Bo Lin", .plays, "Kael Varn") && type(x, "Song of Ashes") == [.work], "\(x.entities)")
    }
    @Test func aTitleShoutedInCapitalsIsOneName() {
        let x = extract("""
            The final season of WHAT THEY KEEP IN THE ATTIC will premiere on Monday, October 19. \
            WHAT THEY KEEP IN THE ATTIC stars Mara Voss as Nell.
            """, headline: "NETWORK SETS PREMIERE FOR \"WHAT THEY KEEP IN THE ATTIC\"")
        #expect(has(x, "Mara Voss", .appearsIn, "WHAT THEY KEEP IN THE ATTIC"), "\(x.facts)")
        #expect(!x.entities.contains { $0.name.uppercased() == "THE ATTIC" }, "\(x.entities)")
    }
    @Test func aYearInBracketsAfterATitleIsItsRelease() {
        let x = extract("""
            Her breakthrough came in Harbor Lights (1994), as Nell. Sam Park wrote and directed Night Courier (2003) with her in mind. \
            Mara Voss (1931-2020) played her mother in Night Courier.
            """, headline: "Dee Lam, a career in pictures")
        #expect(has(x, "Harbor Lights", .release, "1994") && has(x, "Night Courier", .release, "2003"), "\(x.facts)")
        // Near-miss: the years of a life in brackets after a person's name are no release.
        #expect(!x.facts.contains { $0.p == .release && ($0.o == "1931" || $0.o == "2020") } && has(x, "Mara Voss", .appearsIn, "Night Courier"), "\(x.facts)")
    }
    @Test func aFamilyOfRolesListedByGivenNameAfterAColon() {
        let x = extract("""
            Tom Vale stars as Hugo, the eldest of the four Fallons: Hugo, Kit (Hazel Ortega), Orla (Dee Lamond) and Jory (Glen Tarrow).
            """, headline: "The Quiet Harbor returns")
        #expect(has(x, "Tom Vale", .plays, "Hugo") && has(x, "Glen Tarrow", .plays, "Jory"), "\(x.facts)")
        #expect(!x.entities.contains { $0.name.contains(":") }, "\(x.entities)")
        // "Eve" is a given name as well as a word.
        let y = extract("The show follows Becka (Eve Hewson).", headline: "Bad Sisters returns")
        #expect(has(y, "Eve Hewson", .plays, "Becka"), "\(y.entities)")
        // Near-miss: a subtitle after a colon is no list of names.
        let z = extract("Ice Age: Boiling Point opens in February.", headline: "Dates")
        #expect(type(z, "Ice Age: Boiling Point") == [.work], "\(z.entities)")
    }
    @Test func aTitleMayOpenWithAnIndefinitePronounsContraction() {
        let x = extract("""
            Sam Park wrote and directed Something's Gotta Give (2003) for her. Nobody's Fool starred Paul Newman. \
            Everybody's Fine opened in 2009. Mara Voss said something's wrong with Kit's Story.
            """, headline: "Dee Lam, a career in pictures")
        #expect(has(x, "Something's Gotta Give", .release, "2003") && has(x, "Paul Newman", .appearsIn, "Nobody's Fool"), "\(x.facts)")
        #expect(type(x, "Everybody's Fine") == [.work], "\(x.entities)")
        // Near-miss: an owner's possessive still ends the owner's name.
        #expect(!x.entities.contains { $0.name.contains("Kit's") }, "\(x.entities)")
    }
    @Test func aDirectorsPossessiveBeforeAWorkPlaysNoRole() {
        let x = extract("""
            Her breakthrough came in Sam Park's Harbor Lights (1994), as Nell Archer. \
            Mara Voss, in Sam Park's Night Courier, as Kit Fallon, won an award.
            """, headline: "Dee Lam, a career in pictures")
        #expect(!x.facts.contains { $0.p == .plays && $0.s == "Sam Park" }, "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .appearsIn && $0.s == "Sam Park" }, "\(x.facts)")
        // Near-miss: the actor before the director's work still plays the role.
        #expect(has(x, "Mara Voss", .plays, "Kit Fallon"), "\(x.facts)")
    }
    @Test func aGenerationalSuffixEndsAPersonsName() {
        let x = extract("""
            The voices are teens: Mara Voss is Kit, Dale Rook is Jory and Tavon Brown Jr. is Pell. \
            Dell Rivers Sr. joined the cast of Night Courier.
            """, headline: "Night Courier trailer")
        #expect(type(x, "Tavon Brown Jr.") == [.person] && type(x, "Dell Rivers Sr.") == [.person], "\(x.entities)")
        #expect(has(x, "Dell Rivers Sr.", .appearsIn, "Night Courier"), "\(x.facts)")
        #expect(!x.facts.contains { $0.o == "Tavon Brown Jr." }, "\(x.facts)")
    }
    @Test func whereARoleIsPlayedIsAWork() {
        let x = extract("Dale Rook played Hawkman in Black Adam and voiced Jory in Sam Park's Little Wing.", headline: "Dale Rook joins Night Courier")
        #expect(type(x, "Black Adam") == [.work], "\(x.entities)")
        #expect(has(x, "Dale Rook", .appearsIn, "Black Adam")
                && x.facts.contains { $0.p == .plays && $0.o == "Hawkman" && $0.q?["work"] == "Black Adam" }, "\(x.facts)")
        // Near-miss: the maker's possessive before the work names a person.
        #expect(type(x, "Sam Park") == [.person], "\(x.entities)")
    }
    @Test func anEnforcerAProtegeeAndAnAncestorAreRelations() {
        let x = extract("""
            Danny Huston plays Richard Cane. Dale Rook is Cane's enforcer, Sig Gustafson, a very large man. \
            Mara Voss plays Nell Archer, his protégée. The film follows Richter's ancestor Trevor Belmont.
            """, headline: "Night Courier review")
        #expect(kind(x, "Sig Gustafson", "Richard Cane") == "colleague" && kind(x, "Nell Archer", "Richard Cane") == "mentor", "\(x.facts)")
        #expect(kind(x, "Trevor Belmont", "Richter") == "family", "\(x.facts)")
        // The one who "is" the relation, with the role named after it, is the actor.
        #expect(type(x, "Dale Rook") == [.person] && has(x, "Dale Rook", .plays, "Sig Gustafson"), "\(x.entities) \(x.facts)")
        // Near-miss: with no name after it, the one who is the relation is the role.
        let y = extract("Foggy Nelson is Matt Murdock's best friend.", headline: "Daredevil returns")
        #expect(kind(y, "Foggy Nelson", "Matt Murdock") == "friend", "\(y.facts)")
    }
    @Test func aNameBesideARelationBeforeBracketsIsTheRole() {
        // The article reads its pairs actor first, but a relation before the name says it is the role.
        let x = extract("""
            Mara Voss (Nell Archer, Kit's sister) returns. \
            Nell rekindled her romance with her former fiancé Steve Holt (John Carver) in season 2.
            """, headline: "Night Courier ends")
        #expect(has(x, "John Carver", .plays, "Steve Holt"), "\(x.facts)")
        // Near-miss: a pair with no relation before it follows the article.
        #expect(has(x, "Mara Voss", .plays, "Nell Archer"), "\(x.facts)")
    }
    @Test func aCastThatIsExpectedOnBoardOrCoStarring() {
        let x = extract("""
            Night Courier has added Mara Voss. Dale Rook (Iron Coast, Harbor Lights) has joined the cast. \
            Tavon Reyes and Lena Ortiz are expected to return. Sam Park is reportedly in talks to return as Jory. \
            Nell Carver and Eli Stone are also on board. Rhea Dunn co-stars. \
            Ben Hart, who directed the first film, is in negotiations to return. \
            Anna Vale, who played the ruthless Kit Lorne, the officer who ran Station 9, is expected to return.
            """, headline: "Night Courier adds Mara Voss")
        for person in ["Dale Rook", "Nell Carver", "Eli Stone", "Rhea Dunn"] {
            #expect(has(x, person, .appearsIn, "Night Courier"), "\(person)")
        }
        for person in ["Tavon Reyes", "Lena Ortiz", "Anna Vale"] {
            #expect(has(x, person, .appearsIn, "Night Courier", modality: .hedged), "\(person)")
        }
        #expect(has(x, "Sam Park", .appearsIn, "Night Courier", modality: .rumored))
        // Each work of a credits bracket is the actor's past, not the work the cast joins.
        #expect(has(x, "Dale Rook", .appearsIn, "Iron Coast") && has(x, "Dale Rook", .appearsIn, "Harbor Lights"), "\(x.facts)")
        // Near-misses: a director's return is no appearance; the role's apposition is not the one returning.
        #expect(!x.facts.contains { $0.s == "Ben Hart" && $0.p == .appearsIn }, "\(x.facts)")
        #expect(!x.facts.contains { $0.s == "Kit Lorne" && $0.p == .appearsIn }, "\(x.facts)")
    }
    @Test func aGenreBeforeANameMakesItATitle() {
        let x = extract("""
            Dale Rook's spy thriller Black Lantern was fourth with $4.1 million. \
            The weekend's other newcomer, Sam Park's mob drama The Tin Saints, stumbled to sixth.
            """, headline: "Box office: Night Courier holds on")
        #expect(type(x, "Black Lantern") == [.work] && type(x, "The Tin Saints") == [.work], "\(x.entities)")
        #expect(!x.facts.contains { $0.p == .plays }, "\(x.facts)")
        // Near-miss: a person's name after the genre is its maker, not its title.
        let y = extract("Bad Sisters is the dark comedy Sharon Horgan co-created with Dave Finkel.", headline: "Bad Sisters returns")
        #expect(type(y, "Sharon Horgan") == [.person], "\(y.entities)")
    }
    @Test func aSurnameThatIsAPlaceIsThePerson() {
        let x = extract("""
            Michael B. Jordan will direct the heist film Night Courier. \
            Jordan plays Thomas Crown, a financier who steals art. Denzel Washington joins him. Washington plays Halloran.
            """, headline: "Night Courier casts its thief")
        #expect(has(x, "Michael B. Jordan", .plays, "Thomas Crown") && has(x, "Denzel Washington", .plays, "Halloran"), "\(x.facts)")
        // Near-miss: with no one of that surname, the place stays a place.
        let y = extract("Night Courier will film in Jordan this spring.", headline: "Night Courier heads abroad")
        #expect(type(y, "Jordan") != [.person], "\(y.entities)")
    }
    @Test func aGenerationalSuffixEndsTheName() {
        let x = extract("""
            Michael Cooper Jr. and Lovie Simone play Justin and Keisha, two teenagers in love. \
            Dale Brown Jr. plays Marcus.
            """, headline: "Night Courier sets its leads")
        #expect(has(x, "Michael Cooper Jr.", .plays, "Justin") && has(x, "Lovie Simone", .plays, "Keisha"), "\(x.facts)")
        #expect(has(x, "Dale Brown Jr.", .plays, "Marcus") && type(x, "Dale Brown Jr.") == [.person], "\(x.entities)")
        // Near-miss: the two lists pair in order, not the last actor with the first role.
        #expect(!has(x, "Lovie Simone", .plays, "Justin"), "\(x.facts)")
    }
    @Test func aProducerWhoProducesWithPartners() {
        let x = extract("""
            Dale Rook produces with Mara Voss and Tavon Reyes through Lamplight. Sam Park co-writes the film with Lena Ortiz. \
            Ben Hart wrote the script with Eli Stone and Rhea Dunn, and Nell Carver produced.
            """, headline: "Night Courier rounds out its crew")
        for person in ["Dale Rook", "Mara Voss", "Tavon Reyes", "Nell Carver"] {
            #expect(has(x, "Night Courier", .crew, person), "\(person)")
        }
        #expect(has(x, "Night Courier", .crew, "Lena Ortiz") && has(x, "Night Courier", .crew, "Sam Park"), "\(x.facts)")
        // Near-miss: the partners of another verb, up to its ", and", are not the producers.
        let producers = x.facts.filter { $0.p == .crew && $0.q?["role"] == "producer" }.map(\.o)
        #expect(!producers.contains("Eli Stone") && !producers.contains("Rhea Dunn"), "\(producers)")
    }

    @Test func rolesAfterADescriptionPairWithTheirActors() {
        let x = extract("""
            Maya Reed and Lena Ortiz play estranged sisters Chloe and Nicky in the comedy Second Chances. \
            Tom Hale and Ann Lee return as the kids, Brady and Sammy.
            """, headline: "Second Chances sets its cast")
        #expect(has(x, "Maya Reed", .plays, "Chloe") && has(x, "Lena Ortiz", .plays, "Nicky"), "\(x.facts)")
        #expect(has(x, "Tom Hale", .plays, "Brady") && has(x, "Ann Lee", .plays, "Sammy"), "\(x.facts)")
        let crossed = has(x, "Lena Ortiz", .plays, "Chloe")
        #expect(!crossed, "\(x.facts)")
        // Near-miss: after a ", and" the next name may open a clause of its own, an actor's.
        let y = extract("New to the cast are Dev Patel, who voices the cocky villain Sparkplug, and Simu Liu, who voices Multi-Paul.",
                        headline: "Second Chances adds voices")
        #expect(type(y, "Simu Liu") == [.person] && has(y, "Simu Liu", .plays, "Multi-Paul"), "\(y.entities)")
    }
    @Test func whoeverReturnsAsARoleIsItsActor() {
        let x = extract("""
            Gage Munroe returns as Brady in the sequel. \
            Tom Hale stars as Rook, the last of the Night Riders, and Ann Lee and Jo Park return as Mira and Sol.
            """, headline: "The sequel brings back its cast")
        #expect(type(x, "Gage Munroe") == [.person] && has(x, "Gage Munroe", .plays, "Brady"), "\(x.entities)")
        #expect(has(x, "Ann Lee", .plays, "Mira") && has(x, "Jo Park", .plays, "Sol"), "\(x.facts)")
        // Near-miss: one typed actor in the list does not make the group named before the ", and" a person.
        #expect(type(x, "Night Riders") != [.person], "\(x.entities)")
    }

    @Test func anAdjectiveOfNationalityIsNoName() {
        let x = extract("""
            Rita Repulsa, played by Machiko Soga in the Japanese footage, was the first villain. \
            Netflix has not confirmed any American series. The Korean webtoon ran for years.
            """, headline: "Power Rangers gets a reboot")
        let names = x.entities.map(\.name)
        #expect(!names.contains("Japanese") && !names.contains("American") && !names.contains("The Korean"), "\(names)")
        #expect(has(x, "Machiko Soga", .plays, "Rita Repulsa"), "\(x.facts)")
        // Near-miss: inside a title the word stays.
        let y = extract("Jeffrey Wright stars in American Fiction.", headline: "American Fiction streams")
        #expect(type(y, "American Fiction") == [.work], "\(y.entities)")
    }

    @Test func aTitleSaidTwiceWithItsInIsOneName() {
        let x = extract("""
            Sony is developing a fifth Men in Black film, and Tessa Thompson may return. \
            The last Men in Black movie opened in 2019.
            """, headline: "Sony plans a sequel")
        #expect(type(x, "Men in Black") == [.work], "\(x.entities)")
        // Near-miss: a capital that only opens sentences.
        let y = extract("Filming on Stranger Things ended in March. Filming on Stranger Things made news.", headline: "Production news")
        let names = y.entities.map(\.name)
        #expect(!names.contains("Filming on Stranger Things") && names.contains("Stranger Things"), "\(names)")
    }

    @Test func aCaptionShowsItsPeopleInTheWork() {
        let x = extract("""
            The sequel is filming in Atlanta.
            Photo: Mara Voss and Tom Reyes in Iron Coast season 2.
            """, headline: "Iron Coast wraps")
        #expect(has(x, "Mara Voss", .appearsIn, "Iron Coast") && has(x, "Tom Reyes", .appearsIn, "Iron Coast"), "\(x.facts)")
        #expect(!x.entities.contains { $0.name.hasPrefix("Photo") || $0.name.contains(" in ") }, "\(x.entities)")
        // Near-miss: a label that is no caption's.
        let y = extract("Lena Ortiz in Iron Coast season 2 was the best thing on TV.", headline: "Iron Coast wraps")
        let shown = has(y, "Lena Ortiz", .appearsIn, "Iron Coast")
        #expect(!shown, "\(y.facts)")
    }

    @Test func aWorkAfterItsPlatformAndKindIsTheOneJoined() {
        let x = extract("Sam Richardson joins the Hulu drama Paradise. Ken Leung has joined the spy thriller Black Bag.", headline: "Casting news")
        #expect(has(x, "Sam Richardson", .appearsIn, "Paradise") && has(x, "Ken Leung", .appearsIn, "Black Bag"), "\(x.facts)")
    }

    @Test func aSequelsNumberBeforeAClauseStaysInItsTitle() {
        let x = extract("Cameras are rolling on the third film, which is being called Harbor Lights 3 until the studio picks a title.", headline: "The sequel is filming")
        #expect(type(x, "Harbor Lights 3") == [.work], "\(x.entities)")
        // Near-miss: a counted noun's number is no sequel's.
        let y = extract("Harbor Lights returns for season 3 after a long wait.", headline: "The sequel is filming")
        #expect(!y.entities.contains { $0.name.hasSuffix("3") }, "\(y.entities)")
    }

    @Test func aBracketOfPlatformsAndYearsNamesWhereATitleAired() {
        let x = extract("""
            Good Omens (Prime Video, 2019-) is the lightest of the five. \
            His Dark Materials (BBC One and HBO, 2019-2022) ran for three seasons.
            """, headline: "Five fantasy series to stream")
        #expect(type(x, "Good Omens") == [.work] && type(x, "His Dark Materials") == [.work], "\(x.entities)")
        #expect(has(x, "Good Omens", .platform, "Prime Video") && has(x, "His Dark Materials", .platform, "HBO") && has(x, "His Dark Materials", .platform, "BBC One"), "\(x.facts)")
        // Near-misses: a preposition opening the sentence is no title's; a company named in part is no platform.
        let y = extract("Like Tales of the Jedi (2022), it follows two characters. The Accountant 2 (Amazon MGM) made $5.6 million.", headline: "The weekend")
        let names = y.entities.map(\.name)
        let amazon = y.facts.contains { $0.p == .platform }
        #expect(!names.contains("Like Tales of the Jedi") && !amazon, "\(names) \(y.facts)")
    }

    @Test func aTitleAfterAPlatformsPossessiveKeepsItsFirstWord() {
        let x = extract("Apple TV+'s For All Mankind returns in May. She spent years on CBS's How I Met Your Mother.", headline: "Returning series")
        #expect(type(x, "For All Mankind") == [.work] && type(x, "How I Met Your Mother") == [.work], "\(x.entities)")
        #expect(has(x, "For All Mankind", .platform, "Apple TV+"), "\(x.facts)")
        // Near-misses: an office after the possessive; a title whose end is unknown (a small word and a capital go on).
        let y = extract("Netflix's Chief Content Officer Sarah Kent spoke. He starred on ABC's Once Upon a Time.", headline: "Two interviews")
        let names = y.entities.map(\.name)
        #expect(!names.contains { $0.hasPrefix("Chief") || $0 == "Once Upon" }, "\(names)")
    }

    @Test func aRoyalWordBeforeAnAmpersandOpensATitle() {
        let x = extract("Queen & Slim star Daniel Kaluuya joins the cast.", headline: "Casting news")
        #expect(type(x, "Queen & Slim") == [.work], "\(x.entities)")
    }

    @Test func aPlatformsWorkInAnAppositionIsATitle() {
        let x = extract("Lantern, Apple TV+'s workplace thriller, returns in January. Harvest, the Hulu drama, is back in March.", headline: "Returning series")
        #expect(type(x, "Lantern") == [.work] && type(x, "Harvest") == [.work], "\(x.entities)")
        #expect(has(x, "Lantern", .platform, "Apple TV+") && has(x, "Harvest", .platform, "Hulu"), "\(x.facts)")
        // Near-misses: an office at the platform; a title's last word after its lower-case one.
        let y = extract("Maria Vance, HBO's head of drama series, approved it. Raised by Wolves, the HBO Max series, ended.", headline: "Returning series")
        #expect(type(y, "Maria Vance") != [.work] && type(y, "Wolves") != [.work], "\(y.entities)")
    }

    @Test func anActorsFameAndStardomNameTheirWork() {
        let x = extract("""
            Sam Hill, of Harbor Lights fame, joins the cast. Jane Rowe, the Emmy-winning star of Night Courier, joins too. \
            Tom Lane, star of Fenwick Road, signed on.
            """, headline: "Casting news")
        #expect(has(x, "Sam Hill", .appearsIn, "Harbor Lights") && has(x, "Jane Rowe", .appearsIn, "Night Courier") && has(x, "Tom Lane", .appearsIn, "Fenwick Road"), "\(x.facts)")
        // Near-miss: a star joined to the clause by "and" is someone else.
        let y = extract("The party was hosted by Sam Hill, and the star of Night Courier came late.", headline: "Casting news")
        let met = has(y, "Sam Hill", .appearsIn, "Night Courier")
        #expect(!met, "\(y.facts)")
    }

    @Test func aVolumesNumberStaysInItsTitle() {
        let x = extract("Sam Hill played Kraglin in Harbor Lights Vol. 3 last year. Night Courier: Vol. 2 is back in cinemas.", headline: "Sequels")
        #expect(type(x, "Harbor Lights Vol. 3") == [.work] && type(x, "Night Courier: Vol. 2") == [.work], "\(x.entities)")
        #expect(has(x, "Sam Hill", .appearsIn, "Harbor Lights Vol. 3"), "\(x.facts)")
    }

    @Test func aYearAndAKindOfWorkInAnAppositionMakeATitle() {
        let x = extract("""
            Harvest, the 2019 biopic directed by Sarah Kent, earned two nominations. Lantern, the 1981 musical directed by Sam Hill, \
            closed early.
            """, headline: "Directors remember")
        #expect(type(x, "Harvest") == [.work] && type(x, "Lantern") == [.work], "\(x.entities)")
        #expect(has(x, "Harvest", .crew, "Sarah Kent") && has(x, "Lantern", .crew, "Sam Hill"), "\(x.facts)")
        // Near-misses: the film's director, a series regular and a musical director are people.
        let y = extract("Sarah Kent, the film's director, spoke first. Sam Hill, the series regular, left. The musical director Tom Lane stayed.", headline: "Directors remember")
        #expect(type(y, "Sarah Kent") == [.person] && type(y, "Sam Hill") == [.person], "\(y.entities)")
        let credited = y.facts.contains { $0.p == .crew }
        #expect(!credited, "\(y.facts)")
    }

    @Test func aScoreAndItsMusicNameTheComposer() {
        let x = extract("The Lantern was scored by Tom Lane. Harbor Lights, with music by Sam Park, opens in May.", headline: "Sequel news")
        #expect(has(x, "The Lantern", .crew, "Tom Lane") && has(x, "Harbor Lights", .crew, "Sam Park"), "\(x.facts)")
        // Near-miss: a film that scored with critics has no composer.
        let y = extract("The Lantern scored big with critics, Tom Lane said.", headline: "Sequel news")
        let credited = y.facts.contains { $0.p == .crew }
        #expect(!credited, "\(y.facts)")
    }

    @Test func aTitleJoinedByToKeepsItsFirstWord() {
        let x = extract("""
            Back to the Garden opened on July 3, 1985. The sequels, Back to the Garden Part II and Back to the Garden Part III, \
            were shot back to back. Back to the Garden: The Animated Series premiered on CBS in September 1991.
            """, headline: "Forty years on")
        #expect(type(x, "Back to the Garden") == [.work] && type(x, "Back to the Garden Part II") == [.work], "\(x.entities)")
        #expect(has(x, "Back to the Garden", .release, "1985-07-03") && has(x, "Back to the Garden: The Animated Series", .platform, "CBS"), "\(x.facts)")
        #expect(type(x, "the Garden") == [] && type(x, "Garden Part II") == [], "\(x.entities)")
    }

    @Test func aNomineeListPairsEachPersonWithTheirWork() {
        let x = extract("""
            LEAD ACTOR, DRAMA

            Sam Hill, Lantern; Tom Lane, Harbor Lights; Jane Rowe, The Night Courier

            The winners are named in September.
            """, headline: "Award nominations")
        #expect(type(x, "Lantern") == [.work] && type(x, "The Night Courier") == [.work], "\(x.entities)")
        #expect(has(x, "Sam Hill", .appearsIn, "Lantern") && has(x, "Tom Lane", .appearsIn, "Harbor Lights") && has(x, "Jane Rowe", .appearsIn, "The Night Courier"), "\(x.facts)")
        // Near-misses: people and their home towns; one pair after a semicolon is no list.
        let y = extract("Sam Hill, Boston; Jane Rowe, Chicago. The trailer is out today; Sam Hill, Jane Rowe and Tom Lane return.", headline: "Award nominations")
        let appears = y.facts.contains { $0.p == .appearsIn }
        #expect(!appears, "\(y.facts)")
    }

    @Test func aMakersPossessiveNamesTheDirectorOrCreator() {
        let x = extract("""
            The festival screens Sam Hill's Harbor Lights (1985) and Jane Rowe's 2019 Glass Tower. Tom Lane's FX series Night Courier \
            returns in May. Sarah Kent's spy thriller The Quiet Coast opens Friday. Meanwhile Glass Garden, Sam Park's family comedy \
            about a lighthouse, opens in June. Ana Cruz's score for Harbor Lights was reissued. Critics also loved Mia Stone's The Long Field.
            """, headline: "Festival lineup")
        #expect(has(x, "Harbor Lights", .crew, "Sam Hill") && has(x, "Glass Tower", .crew, "Jane Rowe") && has(x, "The Quiet Coast", .crew, "Sarah Kent"), "\(x.facts)")
        #expect(x.facts.contains { $0.s == "Night Courier" && $0.p == .crew && $0.o == "Tom Lane" && $0.q?["role"] == "creator" }, "\(x.facts)")
        #expect(has(x, "Glass Garden", .crew, "Sam Park") && has(x, "The Long Field", .crew, "Mia Stone"), "\(x.facts)")
        #expect(x.facts.contains { $0.s == "Harbor Lights" && $0.o == "Ana Cruz" && $0.q?["role"] == "composer" }, "\(x.facts)")
        #expect(type(x, "The Long Field") == [.work], "\(x.entities)")
        // A spinoff's source after a maker's bare possessive: the maker stays a person.
        let z = extract("Glass Bay, the spinoff of Tom Hollis' The Night Harbor, returns in May.", headline: "Briefs")
        #expect(type(z, "Tom Hollis") == [.person] && has(z, "The Night Harbor", .crew, "Tom Hollis"), "\(z.entities) \(z.facts)")
        // Near-misses: a role, a novel, another work's prequel, and a star's vehicle.
        let y = extract("""
            Sam Park's executive officer in Lantern (1995) was his best part. Jane Rowe's 2020 novel Harbor Lights sold well. \
            Sam Hill's Night Courier prequel is in the works. Tom Lane stars as Jack Reed in The Quiet Coast. Tom Lane's The Quiet Coast \
            opens Friday.
            """, headline: "Briefs")
        let credited = y.facts.contains { $0.p == .crew }
        #expect(!credited, "\(y.facts)")
    }

    @Test func aPostWrittenOnlineIsNoWritingCredit() {
        let x = extract("""
            Sam Hill created Harbor Lights. "We loved every day of it," Sam Hill wrote on Instagram. "Thank you," Jane Rowe wrote in a \
            statement. "Rest in peace," Tom Lane wrote on X. Sarah Kent wrote on social media that the cast was the best.
            """, headline: "Harbor Lights is cancelled")
        let writers = x.facts.filter { $0.p == .crew && $0.q?["role"] == "writer" }
        #expect(writers.isEmpty, "\(x.facts)")
        // A writer on a show is credited.
        let y = extract("Jane Rowe, who wrote on Harbor Lights, is the head writer of Glass Tower.", headline: "Glass Tower adds a writer")
        #expect(has(y, "Harbor Lights", .crew, "Jane Rowe"), "\(y.facts)")
    }

    @Test func aCreditStatedWithACopulaNamesItsAuthors() {
        let x = extract("""
            Harbor Lights is a new drama from Netflix. The scripts are by Sam Hill and Jane Rowe, and the score is once again by \
            Tom Lane. The story is by far its best part.
            """, headline: "Harbor Lights sets a date")
        #expect(x.facts.contains { $0.s == "Harbor Lights" && $0.o == "Sam Hill" && $0.q?["role"] == "writer" }, "\(x.facts)")
        #expect(x.facts.contains { $0.s == "Harbor Lights" && $0.o == "Jane Rowe" && $0.q?["role"] == "writer" }, "\(x.facts)")
        #expect(x.facts.contains { $0.s == "Harbor Lights" && $0.o == "Tom Lane" && $0.q?["role"] == "composer" }, "\(x.facts)")
        #expect(x.facts.filter { $0.p == .crew }.count == 3, "\(x.facts)")
    }

    @Test func aRoleOfSeveralWorksCreditsEach() {
        let x = extract("Sam Hill, the director of Harbor Lights and Night Courier, will direct Glass Tower.", headline: "Glass Tower adds a director")
        #expect(has(x, "Harbor Lights", .crew, "Sam Hill") && has(x, "Night Courier", .crew, "Sam Hill") && has(x, "Glass Tower", .crew, "Sam Hill"), "\(x.facts)")
    }

    @Test func oneOfTheWorksMakersIsCredited() {
        let x = extract("Netflix renewed Harbor Lights. Sam Hill is also one of the show's producers, and Tom Lane is one of its writers.",
                        headline: "Harbor Lights renewed")
        #expect(x.facts.contains { $0.s == "Harbor Lights" && $0.o == "Sam Hill" && $0.q?["role"] == "producer" }, "\(x.facts)")
        #expect(x.facts.contains { $0.s == "Harbor Lights" && $0.o == "Tom Lane" && $0.q?["role"] == "writer" }, "\(x.facts)")
    }

    @Test func aSuccessionCreditsBothHoldersOfTheRole() {
        let x = extract("""
            Netflix renewed Harbor Lights. Jane Rowe will replace Sam Hill as showrunner, and Ana Cruz takes over as director from \
            Sarah Kent, who directed season 1.
            """, headline: "Harbor Lights renewed")
        for (person, role) in [("Jane Rowe", "showrunner"), ("Sam Hill", "showrunner"), ("Ana Cruz", "director"), ("Sarah Kent", "director")] {
            #expect(x.facts.contains { $0.s == "Harbor Lights" && $0.o == person && $0.q?["role"] == role }, "\(person) \(x.facts)")
        }
    }

    @Test func aRoleDescribedAfterADeterminerIsACharacter() {
        let x = extract("""
            Glass Tower casts Sam Hill as the former soldier Tom Lane, and Jane Rowe is back as the voice of Mia Stone. \
            As the actor Ana Cruz put it, the script is sharp.
            """, headline: "Glass Tower adds two")
        #expect(has(x, "Sam Hill", .plays, "Tom Lane") && has(x, "Jane Rowe", .plays, "Mia Stone"), "\(x.facts)")
        #expect(type(x, "Ana Cruz") == [.person], "\(x.entities)")
    }

    @Test func aTitledCharacterKeepsASurnameThatNamesAPlatform() {
        let x = extract("Jane Rowe stars as Sheriff Mickey Fox in Harbor Lights.", headline: "Harbor Lights adds a sheriff")
        #expect(has(x, "Jane Rowe", .plays, "Mickey Fox"), "\(x.facts)")
        #expect(!x.entities.contains { $0.name == "Fox" }, "\(x.entities)")
    }

    @Test func aDescribedPartKnownByANameIsACharacter() {
        let x = extract("Sam Hill is back as the masked killer known as The Lamplighter in Glass Tower. Jane Rowe plays a hacker known as Nightjar.",
                        headline: "Glass Tower adds a villain")
        #expect(has(x, "Sam Hill", .plays, "The Lamplighter") && has(x, "Jane Rowe", .plays, "Nightjar"), "\(x.facts)")
    }

    @Test func anActorsDescribedRoleAfterACommaIsPlayed() {
        let x = extract("In Glass Tower, Sam Hill's weary detective, Tom Lane, returns. Jane Rowe's brother, Leo Rowe, visits the set.",
                        headline: "Glass Tower returns")
        #expect(has(x, "Sam Hill", .plays, "Tom Lane"), "\(x.facts)")
        #expect(!x.facts.contains { $0.p == .plays && $0.s == "Jane Rowe" }, "\(x.facts)")
    }
}
