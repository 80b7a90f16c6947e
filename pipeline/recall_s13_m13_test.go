package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// m13Case is a sentence and one event it must (or, with none, must not)
// code: a CAMEO code prefix, and the source and target countries ("-"
// for any side).
type m13Case struct {
	why, text, code, src, tgt string
	none                      bool
}

// checkM13Cases codes every case and looks for an event of its code
// prefix with both sides among its actors; several events of one root in
// a sentence are told apart by their sides, not by their order.
func checkM13Cases(t *testing.T, p *Pipeline, cases []m13Case) {
	t.Helper()
	checkSideCases(t, p, cases, func(as []event.Actor, want string) bool { return want == "-" || hasCountry(as, want) })
}

// checkSideCases codes every case and looks for a non-negated event of
// its code prefix whose source and target both satisfy side.
func checkSideCases(t *testing.T, p *Pipeline, cases []m13Case, side func(as []event.Actor, want string) bool) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			if e.Modality.Negated || !strings.HasPrefix(e.CAMEO, c.code) {
				continue
			}
			if side(e.Source, c.src) && side(e.Target, c.tgt) {
				found = true
				break
			}
		}
		if found == c.none {
			want := "an"
			if c.none {
				want = "no"
			}
			t.Errorf("%s: %q: want %s %s event %s>%s; got %s", c.why, c.text, want, c.code, c.src, c.tgt, describe(evs))
		}
	}
}

// TestS13M13PlaceObjectSplit: an actor list that is the object of a
// preposition of place ending a finite verb's predicate, whose last
// member has a finite verb of its own, is two clauses: the last member
// acts. A list inside a subject, or inside what a verb of saying or
// thinking reports, stays one.
func TestS13M13PlaceObjectSplit(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "in Gaza and Hamas fired", text: "Israeli jets struck targets in Gaza and Hamas fired rockets at Israel.", code: "19", src: "PSE", tgt: "ISR"},
		{why: "across Serbia and Yugoslavia broke off", text: "NATO aircraft struck targets across Serbia and Yugoslavia broke off relations with Germany.", code: "16", src: "YUG", tgt: "DEU"},
		{why: "near Kharkiv and Ukraine asked", text: "Russian troops shelled villages near Kharkiv and Ukraine asked NATO for air defences.", code: "02", src: "UKR", tgt: "-"},
		{why: "into Somalia and Kenya closed", text: "Ethiopian troops crossed into Somalia and Kenya closed its border.", code: "19", src: "KEN", tgt: "-"},
		{why: "with Chad and Ndjamena recalled", text: "Sudanese troops attacked rebel positions near the border with Chad and Ndjamena recalled its ambassador from Khartoum.", code: "16", src: "TCD", tgt: "SDN"},
		{why: "the struck place is no agent of the split clause", text: "Russian troops shelled villages near Kharkiv and Ukraine asked NATO for air defences.", code: "19", src: "UKR", tgt: "-", none: true},
		{why: "a list inside the subject", text: "Clashes in Sudan and Chad killed 20 people.", code: "19", src: "TCD", tgt: "-", none: true},
		{why: "a list inside a reported subject", text: "Officials said clashes in Sudan and Chad killed 20 people.", code: "19", src: "TCD", tgt: "-", none: true},
		{why: "a list inside what is feared", text: "Israel fears militants in Gaza and Lebanon will launch rockets.", code: "1", src: "LBN", tgt: "-", none: true},
		{why: "a participle after the list", text: "The United States imposed sanctions on firms in Iran and Syria linked to the weapons programme.", code: "", src: "SYR", tgt: "-", none: true},
	})
}

// TestS13M13ConjunctInfinitive: a bare verb after "and" continues the
// infinitive before it and has its subject, the party prompted, forced
// or deciding, not the clause's subject.
func TestS13M13ConjunctInfinitive(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "prompting X to declare and mobilise", text: "Azerbaijani forces shelled Stepanakert, prompting Armenia to declare martial law and mobilise its army.", code: "15", src: "ARM", tgt: "-"},
		{why: "prompting X to declare: the shelling's agent mobilises nothing", text: "Azerbaijani forces shelled Stepanakert, prompting Armenia to declare martial law and mobilise its army.", code: "15", src: "AZE", tgt: "-", none: true},
		{why: "prompted X to recall and expel", text: "The raid prompted Egypt to recall its ambassador and expel the Israeli envoy.", code: "161", src: "EGY", tgt: "ISR"},
		{why: "forced X to close and suspend", text: "The attack forced Kenya to close its border and suspend flights to Somalia.", code: "163", src: "KEN", tgt: "SOM"},
		{why: "decided to recall and expel", text: "Britain decided to recall its ambassador and expel two Iranian diplomats.", code: "161", src: "GBR", tgt: "IRN"},
		{why: "led X to withdraw and close", text: "The bombing led Spain to withdraw its troops from Iraq and close its embassy in Baghdad.", code: "16", src: "ESP", tgt: "IRQ"},
		{why: "what is urged is not done", text: "Russia urged Ukraine to withdraw its troops and respect the ceasefire.", code: "08", src: "UKR", tgt: "-", none: true},
	})
}

// TestS13M13FollowSuit: "followed suit", "did the same" and "did
// likewise" repeat the act told before them by a new agent on the same
// target; an act not done, or the target answering, repeats nothing.
func TestS13M13FollowSuit(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "after a semicolon", text: "Saudi Arabia recalled its ambassador from Damascus; Kuwait and Bahrain followed suit.", code: "161", src: "KWT", tgt: "SYR"},
		{why: "both of the list", text: "Saudi Arabia recalled its ambassador from Damascus; Kuwait and Bahrain followed suit.", code: "161", src: "BHR", tgt: "SYR"},
		{why: "did the same, the sentence before", text: "Britain expelled 23 Russian diplomats. France and Germany later did the same.", code: "161", src: "FRA", tgt: "RUS"},
		{why: "has followed suit", text: "The United States imposed sanctions on Myanmar's generals last week, and Canada has followed suit.", code: "163", src: "CAN", tgt: "MMR"},
		{why: "did likewise", text: "Ghana closed its border with Togo, and Benin did likewise.", code: "19", src: "BEN", tgt: "TGO"},
		{why: "followed suit a week later", text: "Mali expelled the French ambassador on Monday, and Burkina Faso followed suit a week later.", code: "161", src: "BFA", tgt: "FRA"},
		{why: "recognition", text: "Argentina recognised the new government in Caracas on Monday, and Brazil and Chile followed suit on Tuesday.", code: "054", src: "BRA", tgt: "-"},
		{why: "the main clause's act, not the one after 'after'", text: "Saudi Arabia cut ties with Iran after protesters stormed its embassy in Tehran, and Bahrain and Sudan followed suit.", code: "16", src: "BHR", tgt: "IRN"},
		{why: "the subordinate act is not repeated", text: "Saudi Arabia cut ties with Iran after protesters stormed its embassy in Tehran, and Bahrain and Sudan followed suit.", code: "14", src: "SDN", tgt: "-", none: true},
		{why: "a new subject after a preposition's object and 'and the'", text: "Egypt cut ties with Qatar and Libya's eastern government and the Maldives did likewise.", code: "16", src: "MDV", tgt: "QAT"},
		{why: "the new subject is no target of the first act", text: "Egypt cut ties with Qatar and Libya's eastern government and the Maldives did likewise.", code: "16", src: "EGY", tgt: "MDV", none: true},
		{why: "the target answering is no copy", text: "Britain expelled 23 Russian diplomats, and Russia followed suit.", code: "161", src: "RUS", tgt: "-", none: true},
		{why: "expected to follow suit", text: "The United States imposed sanctions on Myanmar's generals, and Canada is expected to follow suit.", code: "163", src: "CAN", tgt: "-", none: true},
		{why: "did not follow suit", text: "Britain expelled 23 Russian diplomats, but Italy did not follow suit.", code: "161", src: "ITA", tgt: "-", none: true},
		{why: "urged to follow suit", text: "Britain expelled 23 Russian diplomats and urged Italy to follow suit.", code: "161", src: "ITA", tgt: "-", none: true},
	})
}

// TestS13M13ReactionFrom: criticism or condemnation a participle says an
// act sparked or triggered comes from the party after "from" and is
// aimed at the act's agent.
func TestS13M13ReactionFrom(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "sparking condemnation from a list", text: "North Korea tested a nuclear device, sparking condemnation from China, Japan and the United States.", code: "111", src: "JPN", tgt: "PRK"},
		{why: "triggering criticism from", text: "Israel approved 3,000 new settler homes, triggering criticism from Jordan.", code: "111", src: "JOR", tgt: "ISR"},
		{why: "prompting criticism from", text: "Hungary vetoed the EU aid package for Ukraine, prompting sharp criticism from Poland.", code: "111", src: "POL", tgt: "HUN"},
	})
}

// TestS13M13JudgedAct: a judging verb's definite object naming the kind
// of a violent act (the launch, the violence, the hijacking, the
// shooting) is the story's last such act, aimed at its agent.
func TestS13M13JudgedAct(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "the launch, in a relative clause", text: "North Korea fired a missile over Japan, which condemned the launch as an unprecedented threat.", code: "111", src: "JPN", tgt: "PRK"},
		{why: "the violence, after while", text: "Iranian police fired on protesters in Tehran, killing eight, while Britain and France condemned the violence.", code: "111", src: "GBR", tgt: "IRN"},
		{why: "the hijacking, next sentence", text: "Somali pirates hijacked a Greek tanker on Monday. Athens condemned the hijacking.", code: "111", src: "GRC", tgt: "SOM"},
		{why: "the shooting, next sentence", text: "Police in Mexico shot dead a journalist in Veracruz. The United Nations condemned the shooting.", code: "111", src: "IGO", tgt: "MEX"},
		{why: "no violent act before, no target", text: "Flooding killed 40 people in Kerala. The governor condemned the violence.", code: "111", src: "-", tgt: "IND", none: true},
	})
}

// TestS13M13FrontedClause: the comma that closes a fronted adverbial
// clause ends the search for the main clause's subject, and a capital
// right after it before a finite verb is an actor, not one more place.
// A pronoun subject still finds its antecedent inside the fronted clause.
func TestS13M13FrontedClause(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "a capital after the comma", text: "After Russian troops crossed into Ukraine, Kyiv severed diplomatic ties with Moscow.", code: "16", src: "UKR", tgt: "RUS"},
		{why: "Hours after, a capital", text: "Hours after Serbian forces shelled villages in Kosovo, Tirana appealed to NATO for help.", code: "02", src: "ALB", tgt: "IGO"},
		{why: "When, a capital", text: "When Chinese ships rammed a Philippine vessel near Second Thomas Shoal, Manila summoned the Chinese ambassador.", code: "11", src: "PHL", tgt: "CHN"},
		{why: "the fronted clause's agent is no agent of the main clause", text: "After Israeli jets bombed Gaza, the group fired rockets at Tel Aviv.", code: "19", src: "ISR", tgt: "ISR", none: true},
		{why: "the fronted clause's agent is no agent of the main clause, Kyiv", text: "After Russian troops crossed into Ukraine, Kyiv severed diplomatic ties with Moscow.", code: "16", src: "RUS", tgt: "-", none: true},
		{why: "a pronoun subject looks into the fronted clause", text: "After Iran fired missiles at Israel, it said the matter was concluded.", code: "01", src: "IRN", tgt: "-"},
	})
}

// TestS13M13WhoseWeapons: the weapons after "whose" are the antecedent's,
// which fires them, whether the pattern opens with the weapon or with
// the verb; weapons with no owner named stay agentless.
func TestS13M13WhoseWeapons(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "whose missiles", text: "Iran, whose missiles struck two US bases in Iraq, said it did not seek war.", code: "19", src: "IRN", tgt: "USA"},
		{why: "whose rockets", text: "Hezbollah, whose rockets hit Haifa on Sunday, said it would fight on.", code: "19", src: "LBN", tgt: "ISR"},
		{why: "whose ballistic missiles", text: "North Korea, whose ballistic missiles struck the sea off Japan, said the test was a success.", code: "19", src: "PRK", tgt: "-"},
		{why: "whose tanks", text: "Israel, whose tanks shelled the camp on Friday, said it was targeting militants.", code: "19", src: "ISR", tgt: "-"},
		{why: "the place the missiles hit is no agent", text: "Iran, whose missiles struck two US bases in Iraq, said it did not seek war.", code: "19", src: "IRQ", tgt: "-", none: true},
		{why: "no owner named", text: "Missiles hit the outskirts of Aden overnight.", code: "19", src: "YEM", tgt: "-", none: true},
	})
}

// TestS13M13SidesOfClash: "both sides" or "the two sides" doing something
// to each other after a clash between two states' forces are those
// forces, each way; a clash inside one state pairs no one.
func TestS13M13SidesOfClash(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "accused each other, same sentence", text: "Thai troops clashed with Cambodian forces near the Preah Vihear temple, and both sides accused each other of starting the fighting.", code: "112", src: "KHM", tgt: "THA"},
		{why: "accused each other, next sentence", text: "Thai troops clashed with Cambodian forces near the temple. Both sides accused each other of starting the fighting.", code: "112", src: "THA", tgt: "KHM"},
		{why: "blamed each other", text: "Eritrean troops clashed with Djiboutian forces near Ras Doumeira, and both sides blamed each other for the violence.", code: "112", src: "DJI", tgt: "ERI"},
		{why: "one state's police and protesters are no pair", text: "Police clashed with protesters in Nairobi, and both sides accused each other of starting the violence.", code: "112", src: "KEN", tgt: "KEN", none: true},
	})
}

// TestS13M13DemandedFrom: an apology, explanation or assurances demanded
// or sought "from" a capital are demanded of its state.
func TestS13M13DemandedFrom(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "explanation from Washington", text: "Turkey demanded an explanation from Washington.", code: "10", src: "TUR", tgt: "USA"},
		{why: "apology from Tokyo", text: "Beijing demanded an apology from Tokyo over the visit.", code: "10", src: "CHN", tgt: "JPN"},
		{why: "second event of a sentence", text: "Angry protesters burned Danish flags outside the embassy in Jakarta and demanded an apology from Copenhagen.", code: "10", src: "-", tgt: "DNK"},
		{why: "an explanation sought", text: "Ankara sought an explanation from Washington.", code: "10", src: "TUR", tgt: "USA"},
		{why: "clarification requested", text: "Jordan requested clarification from Damascus over the shelling.", code: "10", src: "JOR", tgt: "SYR"},
	})
}

// TestS13M13CapitalOpensClause: a capital after "and" that ends a place
// phrase closing a finite verb's predicate, before a verb of its own,
// is the next clause's subject, not one more place; a list of places in
// a subject, or in what a verb of saying reports, stays places.
func TestS13M13CapitalOpensClause(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "in Damascus and Tehran vowed", text: "Israeli jets struck the Iranian consulate in Damascus and Tehran vowed revenge.", code: "13", src: "IRN", tgt: "-"},
		{why: "in the Spratlys and Beijing summoned", text: "A US destroyer sailed near Chinese-built islands in the Spratlys and Beijing summoned the American ambassador.", code: "11", src: "CHN", tgt: "USA"},
		{why: "near Kharkiv and Kyiv asked", text: "Russian troops shelled villages near Kharkiv and Kyiv asked NATO for air defences.", code: "02", src: "UKR", tgt: "-"},
		{why: "places in the subject", text: "Talks in Geneva and Vienna ended without agreement.", code: "", src: "AUT", tgt: "-", none: true},
		{why: "places in a reported subject", text: "Officials said talks in Geneva and Vienna ended without agreement.", code: "", src: "AUT", tgt: "-", none: true},
		{why: "places of a journey", text: "The French minister travelled to Rome and Berlin last week.", code: "", src: "DEU", tgt: "-", none: true},
	})
}

// TestS13M13PerfectConjunct: a past verb after "and" shares the subject
// of a perfect before it ("had detained ... and seized"), as of a simple
// past; a passive's participle still lends none.
func TestS13M13PerfectConjunct(t *testing.T) {
	p := newTestPipeline(t)
	checkM13Cases(t, p, []m13Case{
		{why: "had killed ... and arrested", text: "The army said it had killed 30 militants and arrested 12 others in North Waziristan.", code: "173", src: "PAK", tgt: "-"},
		{why: "had detained ... and seized", text: "Nigerian police said they had detained 40 protesters and seized weapons in Lagos.", code: "17", src: "NGA", tgt: "-"},
		{why: "has expelled ... and suspended", text: "Mali has expelled the French ambassador and suspended two French broadcasters.", code: "172", src: "MLI", tgt: "FRA"},
		{why: "the ambassador expelled suspends nothing", text: "Mali has expelled the French ambassador and suspended two French broadcasters.", code: "172", src: "FRA", tgt: "-", none: true},
	})
}
