package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/text"
)

// Rules of engineer F2 in the twelfth session. Sentences are written for
// these tests; each rule has rows where it must not fire.

// TestS12F2Hazards: a natural hazard or an accident that kills, destroys
// or forces is no actor's act, wherever its subject stands: behind a
// relative clause or a parenthesis, as the subject of an earlier
// conjunct or of the clause a participle chain hangs on, or as a name's
// title or head. An actor as the clause's subject keeps its act.
func TestS12F2Hazards(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a hazard behind a relative clause", text: "The tsunami that hit the coast of Aceh last month killed more than 100,000 people in Indonesia.", code: "19", none: true},
		{why: "a quake behind a relative clause with a date", text: "A strong earthquake that struck eastern Turkey on Sunday killed at least 40 people, officials said.", code: "19", none: true},
		{why: "a hazard behind a parenthesis", text: "Cyclone Idai, which made landfall near Beira, killed hundreds of people in Mozambique.", code: "19", none: true},
		{why: "a named fire, second conjunct", text: "The Dixie Fire in northern California has burned 400 homes and killed two firefighters.", code: "19", none: true},
		{why: "a named storm, second conjunct", text: "Hurricane Katrina flooded New Orleans and killed more than 1,800 people.", code: "19", none: true},
		{why: "rains forcing, through a participle chain", text: "Torrential rains flooded large parts of Dhaka, disrupting traffic and forcing schools to close.", code: "1", none: true},
		{why: "a cyclone forcing, second conjunct behind a relative", text: "A cyclone that swept through Bangladesh destroyed thousands of homes and forced 300,000 people to flee.", code: "17", none: true},
		{why: "homes destroyed by the cyclone behind a relative", text: "A cyclone that swept through Bangladesh destroyed thousands of homes and forced 300,000 people to flee.", code: "1712", none: true},
		{why: "an epidemic", text: "The measles epidemic has killed more than 1,000 children in Madagascar.", code: "19", none: true},
		{why: "gunmen in the first conjunct keep their act", text: "Gunmen attacked a flood relief camp in Sindh and killed 12 people.", code: "19", src: "-", tgt: "-"},
		{why: "weapons fire is no fire", text: "Israeli fire killed two Palestinians near the fence in Gaza.", code: "19", src: "ISR", tgt: "-"},
		{why: "a new subject after the comma keeps its act", text: "The storm destroyed crops in Ituri, and rebels killed 20 villagers.", code: "18", src: "-", tgt: "-"},
		{why: "a hazard in a parenthesis on an actor", text: "The army, which had been deployed after the floods, killed three protesters in Khartoum.", code: "17", src: "SDN", tgt: "-"},
		{why: "a fronted hazard phrase leaves the subject", text: "After the earthquake, soldiers shot dead two looters in Port-au-Prince.", code: "19", src: "HTI", tgt: "-"},
		{why: "troops forcing villagers to flee", text: "Government troops forced thousands of villagers to flee their homes in Darfur.", code: "20", src: "SDN", tgt: "-"},
	})
}

// TestS12F2UnclaimedAttack: an attack told in a relative clause after a
// responsibility no one claimed (or its claimant denied) has no known
// agent: the place's state is not its source. A claimed or blamed attack
// keeps its agent.
func TestS12F2UnclaimedAttack(t *testing.T) {
	p := newTestPipeline(t)
	checkSourceCases(t, p, []sourceCase{
		{"no one claimed", "No one has claimed responsibility for the bombing, which killed eight soldiers in central Mali.", "183", ""},
		{"no group claimed", "No group claimed responsibility for the attack, which killed 25 villagers in Borno.", "19", ""},
		{"no immediate claim of", "There was no immediate claim of responsibility for the blast, which killed six policemen in Peshawar.", "183", ""},
		{"a claimant's responsibility keeps its agent", "Boko Haram claimed responsibility for the bombing, which killed 30 people in Kano.", "183", "NGA"},
	})
}

// TestS12F2NameParticle: a name's particle the tagger reads as a verb
// ("Dar es Salaam") opens no clause between a bombing and its ", killing"
// participle, so the killing is the bombing's harm, not a second event.
func TestS12F2NameParticle(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a bombing in Dar es Salaam", text: "Two bombs exploded outside hotels in Mombasa and Dar es Salaam, killing 14 people.", code: "183", src: "-", tgt: "-"},
		{why: "its killing is no second event", text: "Two bombs exploded outside hotels in Mombasa and Dar es Salaam, killing 14 people.", code: "190", none: true},
	})
	tok := func(w, tag string) text.Token { return text.Token{Text: w, Lower: strings.ToLower(w), Tag: tag} }
	for _, c := range []struct {
		toks []text.Token
		k    int
		want bool
	}{
		{[]text.Token{tok("Dar", "NNP"), tok("es", "VBP"), tok("Salaam", "NNP")}, 1, true},
		{[]text.Token{tok("Ras", "NNP"), tok("al", "VBD"), tok("Khaimah", "NNP")}, 1, true},
		{[]text.Token{tok("Iran", "NNP"), tok("says", "VBZ"), tok("Israel", "NNP")}, 1, false},
		{[]text.Token{tok("es", "VBP"), tok("Salaam", "NNP")}, 0, false},
		{[]text.Token{tok("Dar", "NNP"), tok("es", "VBP")}, 1, false},
		{[]text.Token{tok("the", "DT"), tok("es", "VBP"), tok("Salaam", "NNP")}, 1, false},
	} {
		if got := nameParticle(c.toks, c.k); got != c.want {
			t.Errorf("nameParticle(%v, %d) = %v, want %v", c.toks, c.k, got, c.want)
		}
	}
}

// TestS12F2Assassination: an assassination with no agent named takes no
// source from the state where it happened; other agentless violence at
// home keeps the convention (the place's state on both sides), and a
// named killer stays the source.
func TestS12F2Assassination(t *testing.T) {
	p := newTestPipeline(t)
	checkSourceCases(t, p, []sourceCase{
		{"a former leader assassinated at a rally", "Former Lebanese Prime Minister Rashid Karami was assassinated in Tripoli.", "186", ""},
		{"a minister assassinated near the capital", "Sri Lanka's foreign minister Lakshman Kadirgamar was assassinated in Colombo.", "186", ""},
		{"other agentless violence keeps the place's state", "Five Nigerian soldiers were killed in an ambush in Borno state.", "19", "NGA"},
		{"a named assassin stays the source", "Colombian presidential candidate Luis Carlos Galan was assassinated by gunmen hired by the Medellin cartel.", "186", "---"},
	})
}

// TestS12F2PassiveOwner: the subject of a passive is what the act was
// done to, and a country adjective on it names whose it was, as the
// active's object does ("Pirates hijacked a Greek tanker" targets GRC).
// A group after a preposition in the subject is no owner of its head.
func TestS12F2PassiveOwner(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a ship's flag as the passive's target", text: "A Greek tanker was hijacked by pirates off Somalia.", code: "181", src: "---", tgt: "GRC"},
		{why: "a proposal rejected", text: "The Turkish proposal was rejected by Greece.", code: "12", src: "GRC", tgt: "TUR"},
		{why: "a plan welcomed", text: "The Egyptian peace plan was welcomed by Hamas.", code: "051", src: "PSE", tgt: "EGY"},
		{why: "air strikes condemned", text: "Israeli air strikes were condemned by Egypt.", code: "11", src: "EGY", tgt: "ISR"},
		{why: "no agent named, no event between parties", text: "The Kenyan runner was banned for two years after a failed drug test.", code: "17", none: true},
		{why: "no agent named, no meeting", text: "The Spanish proposal was met with caution in Brussels.", code: "04", none: true},
	})
	evs := codeText(t, p, "2024-05-01", "Talks on the Iranian nuclear programme were broken off by the European Union.")
	for _, e := range evs {
		if hasCountry(e.Target, "IRN") {
			t.Errorf("a group after a preposition became the passive's target: %s", describe(evs))
		}
	}
}

// TestS12F2FailedAccord: a body that fails to agree on something rejects
// no one, and the group in its topic is no party; two parties that fail
// to agree, or one that fails to agree with a partner, still reject.
func TestS12F2FailedAccord(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a body's topic is no party", text: "The European Union failed to agree on new sanctions against Belarus.", code: "12", none: true},
		{why: "could not agree", text: "NATO leaders could not agree on a timetable for Ukraine's membership.", code: "12", none: true},
		{why: "reach agreement", text: "The UN Security Council failed to reach agreement on a resolution condemning Myanmar.", code: "12", none: true},
		{why: "a body with no target", text: "OPEC members failed to agree on production cuts at their meeting.", code: "12", none: true},
		{why: "a partner after with", text: "Egypt failed to agree on a new loan with the IMF.", code: "12", src: "EGY", tgt: "IGO"},
		{why: "a deal with a partner", text: "India failed to reach a deal with China on the border dispute.", code: "12", src: "IND", tgt: "CHN"},
		{why: "two parties", text: "Greece and Turkey could not agree on the maritime border.", code: "12", src: "-", tgt: "-"},
	})
}

// TestS12F2ReportedApology: in "X said Y was sorry for the deaths of Z",
// Y is the reported clause's subject, not the one apologised to; the
// apology is addressed to the victims named after "the deaths of".
func TestS12F2ReportedApology(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "the victims after deaths of", text: "Obama said Washington was sorry for the deaths of 16 Afghan villagers.", code: "055", src: "USA", tgt: "AFG"},
		{why: "after a determiner", text: "Blair said the United Kingdom was sorry for the deaths of 14 Irish civilians.", code: "055", src: "GBR", tgt: "IRL"},
		{why: "a plain apology keeps its victims", text: "Japan apologised for the deaths of two Chinese fishermen.", code: "055", src: "JPN", tgt: "CHN"},
	})
	evs := codeText(t, p, "2024-05-01", "Obama said the United States was sorry for the incident.")
	for _, e := range evs {
		if e.CAMEO == "055" && hasCountry(e.Target, "USA") {
			t.Errorf("the one who is sorry became its own addressee: %s", describe(evs))
		}
	}
}

// FuzzS12F2 runs this file's token helpers over every index of any
// tokens, and the pipeline over the shapes they read, for panics.
func FuzzS12F2(f *testing.F) {
	for _, s := range []string{
		"The tsunami that struck the coast killed 20 people.",
		"Typhoon Haiyan, which slammed into the Philippines, killed 6,000.",
		"Monsoon rains flooded Mumbai, disrupting trains and forcing schools to close.",
		"No one claimed responsibility for the bombing, which killed 12 soldiers.",
		"Bombs exploded in Nairobi and Dar es Salaam, killing 200 people.",
		"The EU failed to agree on sanctions against Russia.",
		"Clinton said Washington was sorry for the deaths of 24 Pakistani soldiers.",
		"A Greek tanker was hijacked by pirates.",
		"and killed", ", killing", "said Washington was", "failed to agree", "for the deaths of", "", "\xff, \xfe and",
	} {
		f.Add(s)
	}
	p := newTestPipeline(f)
	f.Fuzz(func(t *testing.T, s string) {
		if len(s) > 400 {
			return
		}
		var toks []text.Token
		for _, w := range strings.Fields(s) {
			tag := "NN"
			switch {
			case w == ",":
				tag = ","
			case strings.HasSuffix(w, "ed"):
				tag = "VBD"
			case strings.HasSuffix(w, "ing"):
				tag = "VBG"
			case w != "" && w[0] >= 'A' && w[0] <= 'Z':
				tag = "NNP"
			}
			toks = append(toks, text.Token{Text: w, Lower: strings.ToLower(w), Lemma: strings.ToLower(w), Tag: tag})
		}
		for i := -1; i <= len(toks); i++ {
			hazardClause(toks, i, nil)
			failedAccord(toks, i, nil, nil)
			nameParticle(toks, i)
			if i >= 0 && i < len(toks) {
				unclaimed(toks, i)
			}
		}
		codeText(t, p, "2024-05-01", s)
	})
}

// TestS12F2Jailer: prisoners' protest is aimed at the state whose jails
// hold them; prisoners with no jail named keep the default target, and a
// place that is no jail gives none.
func TestS12F2Jailer(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "prisoners in a state's jails", text: "Sahrawi prisoners in Moroccan jails went on hunger strike.", code: "142", src: "-", tgt: "MAR"},
		{why: "detainees in a state's custody", text: "Iraqi detainees in British custody began a hunger strike in Basra.", code: "142", src: "-", tgt: "GBR"},
		{why: "held in", text: "Bahraini activists held in Saudi prisons launched a hunger strike.", code: "142", src: "-", tgt: "SAU"},
		{why: "no jail named", text: "Palestinian prisoners went on hunger strike on Monday.", code: "142", src: "PSE", tgt: "PSE"},
		{why: "fields are no jail", text: "Iranian workers in Iraqi oil fields went on strike.", code: "143", src: "IRN", tgt: "IRN"},
	})
}

// TestS12F2TradeOrigin: a ban on imports (exports) of a list of goods
// hits the parties after "from" ("to"), the whole list of them; goods
// with no origin named leave the target empty.
func TestS12F2TradeOrigin(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "origin after a list of goods", text: "Moscow banned imports of cheese, milk and pork from Poland, Lithuania and Germany.", code: "163", src: "RUS", tgt: "LTU"},
		{why: "the first of the list", text: "Moscow banned imports of cheese, milk and pork from Poland, Lithuania and Germany.", code: "163", src: "RUS", tgt: "POL"},
		{why: "suspended", text: "Beijing suspended imports of beef, lamb and barley from Australia.", code: "163", src: "CHN", tgt: "AUS"},
	})
	evs := codeText(t, p, "2024-05-01", "Moscow banned imports of cheese and milk on health grounds.")
	for _, e := range evs {
		if e.CAMEO == "163" && len(e.Target) > 0 {
			t.Errorf("goods with no origin named gave a target: %s", describe(evs))
		}
	}
}

// sourceCase: every event of code (a prefix) in text must have src among
// its sources' countries, or no source at all when src is "".
type sourceCase struct {
	why, text, code string
	src             string // "" wants no source at all
}

func checkSourceCases(t *testing.T, p *Pipeline, cases []sourceCase) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		var hit bool
		for i := range evs {
			e := &evs[i]
			if !strings.HasPrefix(e.CAMEO, c.code) {
				continue
			}
			hit = true
			if c.src == "" && len(e.Source) > 0 {
				t.Errorf("%s: %q source %s, want none", c.why, c.text, actorCodes(e.Source))
			}
			if c.src != "" && !hasCountry(e.Source, c.src) {
				t.Errorf("%s: %q source %s, want %s", c.why, c.text, actorCodes(e.Source), c.src)
			}
		}
		if !hit {
			t.Errorf("%s: %q coded no %s; got %s", c.why, c.text, c.code, describe(evs))
		}
	}
}
