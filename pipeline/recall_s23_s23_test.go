package pipeline

import "testing"

// s23Count is one sentence and the number of events of a root it must
// code, with the country one of them must have as its target ("" for
// any).
type s23Count struct {
	why, text, root string
	n               int
	tgt             string
}

func checkS23Counts(t *testing.T, p *Pipeline, cases []s23Count) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		n, hit := 0, c.tgt == ""
		for i := range evs {
			e := &evs[i]
			if e.CAMEORoot != c.root || e.Modality.Negated {
				continue
			}
			n++
			if c.tgt != "" && hasActorCountry(e.Target, c.tgt) {
				hit = true
			}
		}
		if n != c.n || !hit {
			t.Errorf("%s: %q coded %d events of %s (want %d, one aimed at %q): %s", c.why, c.text, n, c.root, c.n, c.tgt, describe(evs))
		}
	}
}

// TestS23GuessedVictimsOneAct: a possessive or bare attack noun that is
// the subject of a harm ("Israel's strike on the Iranian consulate in
// Damascus killed seven officers") is one act with its harm even when
// the victims' country was only guessed from the place, which lies in a
// third state (guessedVictims, oneAct). Victims the text gives a country
// of their own, and a harm in a clause of its own, stay apart.
func TestS23GuessedVictimsOneAct(t *testing.T) {
	p := newTestPipeline(t)
	checkS23Counts(t, p, []s23Count{
		{why: "attack noun's harm, victims placed", text: "Israel's strike on the Iranian consulate in Damascus killed seven officers.", root: "19", n: 1, tgt: "IRN"},
		{why: "attack noun's harm, victims placed", text: "Israel's attack on the Iranian embassy compound in Damascus killed two generals.", root: "19", n: 1, tgt: "IRN"},
		{why: "attack noun's harm, victims placed", text: "Israel's strike on the Iranian embassy in Beirut killed two officers.", root: "19", n: 1, tgt: "IRN"},
		{why: "attack noun's harm, victims placed", text: "America's drone strike on the Iranian convoy near Baghdad airport killed ten officers.", root: "19", n: 1, tgt: "IRN"},
		{why: "attack noun's harm, victims placed", text: "Russia's bombing of the Ukrainian embassy in Kishinev killed two diplomats.", root: "19", n: 1, tgt: "UKR"},
		{why: "must-not: victims named of another state", text: "Israel's strike on the Iranian consulate in Damascus killed seven Syrian soldiers.", root: "19", n: 2, tgt: "SYR"},
		{why: "must-not: a killing in a clause of its own", text: "Israel's strike on the Iranian consulate in Damascus wounded two guards, while rebels killed three officers in Aleppo.", root: "19", n: 2, tgt: "SYR"},
	})
}

// TestS23SourcelessTwin: an agentless participle that tells again the
// act an agent's event codes on the same people ("arrested two men
// charged with plotting attacks") is no second event; an agentless act
// on other people stays.
func TestS23SourcelessTwin(t *testing.T) {
	p := newTestPipeline(t)
	checkS23Counts(t, p, []s23Count{
		{why: "charged participle after an arrest", text: "Jordanian security forces arrested two men charged with plotting attacks.", root: "17", n: 1, tgt: "JOR"},
		{why: "charged participle after an arrest", text: "Moroccan security forces arrested three men charged with planning bombings.", root: "17", n: 1, tgt: "MAR"},
		{why: "must-not: agentless arrest of other people", text: "Turkish police detained 20 journalists; two Swedish reporters were detained at the airport.", root: "17", n: 2, tgt: "SWE"},
	})
	checkSides(t, p, []sideCase{
		{why: "the arrest keeps its agent", text: "Jordanian security forces arrested two men charged with plotting attacks.", code: "173", src: "JOR", tgt: "JOR"},
	})
}

// TestS23SemicolonPlace: a headline's clause after a semicolon that
// names no place and no one of any state tells the sequel of the clause
// before, where it happened (clauseBeforePlace, carriedSides). A clause
// with its own place or its own people's state keeps them.
func TestS23SemicolonPlace(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "count held after a semicolon", text: "Protests spread to Lyon; 25 detained.", code: "173", src: "-", tgt: "FRA"},
		{why: "count held after a semicolon", text: "Riot police clashed with protesters in Tbilisi; 40 arrested.", code: "173", src: "GEO", tgt: "GEO"},
		{why: "count held after a semicolon", text: "Clashes erupted in Nairobi on Monday; 12 people were arrested.", code: "173", src: "KEN", tgt: "KEN"},
		{why: "police after a semicolon", text: "Protesters marched in Minsk; police detained 200.", code: "173", src: "BLR", tgt: "-"},
		{why: "must-not: a place of its own", text: "Police fired tear gas in Dhaka; in Kathmandu, 30 were detained.", code: "173", src: "-", tgt: "NPL"},
		{why: "must-not: people of their own state", text: "Protests spread to Lyon; 25 Algerians were detained.", code: "173", src: "-", tgt: "DZA"},
		{why: "must-not: a named actor of its own", text: "Israel struck Gaza; Hezbollah fired rockets at Israel.", code: "19", src: "LBN", tgt: "ISR"},
	})
}

// TestS23FledPlace: civilians a foreign blow drove out of a named place,
// or forced to flee or leave it, are that place's people, not the
// attacker's (fledPlace; victimPlace for a place before the verb).
// People the text gives a state keep it.
func TestS23FledPlace(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "driven out of a named place", text: "Russian bombardment drove families out of Avdiivka.", code: "19", src: "RUS", tgt: "UKR"},
		{why: "forced to flee a named place", text: "Russian shelling forced families to flee Avdiivka.", code: "19", src: "RUS", tgt: "UKR"},
		{why: "blow placed before the verb", text: "Russian bombardment in Avdiivka drove families out.", code: "19", src: "RUS", tgt: "UKR"},
		{why: "driven out of a named place", text: "Israeli bombardment drove families out of Khan Younis.", code: "19", src: "ISR", tgt: "PSE"},
		{why: "forced to flee a named place", text: "Israeli shelling forced families to flee Beit Hanoun.", code: "19", src: "ISR", tgt: "PSE"},
		{why: "forced to flee a named place", text: "Serbian shelling forced families to flee Sarajevo.", code: "19", src: "SRB", tgt: "BIH"},
		{why: "must-not: people named of a state", text: "Russian shelling forced Ukrainian families to flee Belgorod.", code: "19", src: "RUS", tgt: "UKR"},
		{why: "must-not: a killing keeps its reading", text: "Russian shelling killed three civilians in Kherson.", code: "19", src: "RUS", tgt: "UKR"},
	})
}

// TestS23HelpAid: "to help X" after a transfer names its recipient, and
// the help is that transfer told again (helpAidTwin); the act of a bare
// infinitive after "to help X" that follows an aid is the aid's purpose,
// not an act done (helpedAim). Help given keeps its act (X19's
// convention: the helper's), and help in a clause of its own stays an
// aid of its own.
func TestS23HelpAid(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "weapons sent to help", text: "The US sent weapons to help Ukraine fight Russia.", code: "072", src: "USA", tgt: "UKR"},
		{why: "drones supplied to help", text: "Iran supplied drones to help Russia fight Ukraine.", code: "072", src: "IRN", tgt: "RUS"},
		{why: "tanks pledged to help", text: "Germany pledged tanks to help Ukraine defend itself against Russia.", code: "0332", src: "DEU", tgt: "UKR"},
		{why: "missiles shipped to help", text: "Britain shipped missiles to help Ukraine.", code: "072", src: "GBR", tgt: "UKR"},
		{why: "must-not: help given keeps its act", text: "Iran helped Hezbollah attack Israel.", code: "19", src: "IRN", tgt: "ISR"},
		{why: "must-not: help in a clause of its own", text: "The US sent weapons to Israel and helped Ukraine.", code: "070", src: "USA", tgt: "UKR"},
		{why: "must-not: help in a clause of its own", text: "The US sent weapons to Israel and helped Ukraine.", code: "072", src: "USA", tgt: "ISR"},
		{why: "must-not: no one named between help and the act", text: "Russia sent jets to help bomb rebel positions in Idlib.", code: "15", src: "RUS", tgt: "-"},
	})
	checkS23Counts(t, p, []s23Count{
		{why: "one aid, not two", text: "The US sent weapons to help Ukraine fight Russia.", root: "07", n: 1, tgt: "UKR"},
		{why: "must-not: two givers' aid", text: "The US sent weapons to Israel and helped Ukraine.", root: "07", n: 2, tgt: "UKR"},
		{why: "the aim of advisers sent", text: "The United States sent advisers to help Iraq fight Islamic State.", root: "19", n: 0},
		{why: "the aim of instructors sent", text: "Britain sent military instructors to help Nigeria fight Boko Haram.", root: "19", n: 0},
		{why: "must-not: help given is done", text: "The coalition helped Iraqi forces retake Mosul from Islamic State.", root: "19", n: 1},
	})
}

// TestS23JudgedFirstSubject: a judgement of "the move" (decision, ruling,
// ...) in a clause after ", and", ", but" or ";" is aimed at the subject
// that opens the sentence, whose act the move is, even when that act
// coded no event (judgedFirstSubject). A subject of no state and a move
// said to be someone's ("the move by Berlin") are left.
func TestS23JudgedFirstSubject(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "the move judged", text: "Germany extended checks to its land borders, and Poland called the move unacceptable.", code: "111", src: "POL", tgt: "DEU"},
		{why: "the move judged", text: "Germany extended checks to its land borders; Poland called the move unacceptable.", code: "111", src: "POL", tgt: "DEU"},
		{why: "the move judged", text: "Russia recognised the two breakaway regions, and the European Union condemned the move.", code: "111", src: "-", tgt: "RUS"},
		{why: "the move rejected", text: "Ethiopia filled the dam's reservoir, and Egypt rejected the move as illegal.", code: "12", src: "EGY", tgt: "ETH"},
		{why: "the ruling judged", text: "Kenya's High Court halted the deployment of police officers to Haiti, and the United States criticised the ruling.", code: "111", src: "USA", tgt: "KEN"},
		{why: "the decision judged", text: "Hungary vetoed the aid package, but the European Commission criticised the decision.", code: "111", src: "-", tgt: "HUN"},
		{why: "the decision judged", text: "Israel closed the Rafah crossing; Egypt condemned the decision.", code: "111", src: "EGY", tgt: "ISR"},
		{why: "must-not: a subject of no state", text: "Protesters blocked the highway, and the government condemned the move.", code: "111", src: "-", tgt: ""},
		{why: "must-not: the move said to be someone's", text: "Germany extended checks to its land borders, and Poland called the move by Lithuania unacceptable.", code: "111", src: "POL", tgt: "!DEU"},
	})
}

// TestS23UnknownPerpetrator: violence by one unnamed person, named by an
// indefinite noun, is by no known state, whatever place it happened in
// (unknownPerpetrator). A state the text gives, a mob, the agent of an
// act named by a noun, and rioters, militants and criminals keep the
// country they had.
func TestS23UnknownPerpetrator(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "one unnamed man", text: "A man stabbed three people at a train station in Hamburg.", code: "18", src: "!DEU", tgt: "DEU"},
		{why: "one unnamed boy", text: "A 17-year-old boy stabbed two pupils at a school in Nantes.", code: "18", src: "!FRA", tgt: "FRA"},
		{why: "one unnamed man, passive", text: "The imam was stabbed in the neck by a man outside a mosque in Lyon.", code: "18", src: "!FRA", tgt: "FRA"},
		{why: "one unnamed woman", text: "A woman attacked three shoppers with a knife at a market in Marseille.", code: "18", src: "!FRA", tgt: "FRA"},
		{why: "must-not: a state the text gives", text: "A Tunisian man stabbed two women at a railway station in Marseille.", code: "18", src: "TUN", tgt: "-"},
		{why: "must-not: a noun's agent", text: "The assassination attempt on the Slovak prime minister by a pensioner shocked Europe.", code: "18", src: "SVK", tgt: "SVK"},
		{why: "must-not: a mob is the place's people", text: "A mob lynched two men in Jharkhand.", code: "18", src: "IND", tgt: "IND"},
		{why: "must-not: rioters keep the place's state", text: "Rioters attacked a mosque in Southport.", code: "18", src: "GBR", tgt: "GBR"},
		{why: "must-not: militants keep the place's state", text: "Militants attacked a police post in Balochistan.", code: "19", src: "PAK", tgt: "PAK"},
		{why: "must-not: criminals left as they were", text: "Kenyan gangs attacked a police station in Nairobi.", code: "19", src: "KEN", tgt: "KEN"},
	})
}

// TestS23AllegedOnly: a state named only in what the held people are
// accused or suspected of ("spying for Russia") is neither the police's
// nor the suspects' (allegedOnly). A state the text gives them, or a
// place, still does.
func TestS23AllegedOnly(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "state only in the allegation", text: "Police arrested a man accused of spying on behalf of China.", code: "173", src: "!CHN", tgt: "!CHN"},
		{why: "state only in the allegation", text: "Police arrested two men suspected of spying for Russia.", code: "173", src: "!RUS", tgt: "!RUS"},
		{why: "state only in the allegation", text: "Police detained a woman charged with smuggling weapons to Iran.", code: "173", src: "!IRN", tgt: "!IRN"},
		{why: "must-not: the police's own state", text: "Chinese police arrested a man accused of spying for Taiwan.", code: "173", src: "CHN", tgt: "CHN"},
		{why: "must-not: a place", text: "Police in Moscow arrested two men accused of spying for Ukraine.", code: "173", src: "RUS", tgt: "RUS"},
		{why: "must-not: the suspects' own state", text: "Police arrested two Russian nationals accused of sabotage.", code: "173", src: "-", tgt: "RUS"},
	})
}
