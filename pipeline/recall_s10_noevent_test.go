package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// Sentences with no event, modality and background, tenth session. Every
// sentence was written for this file: wire-style lines that look political
// but assert no act (questions, opinion polls, forecasts of another's act,
// counterfactual conditions, acts held back from, a war's toll told
// through its owner), each beside a near-miss that is an event and must
// stay coded.

// TestS10Questions: a line that asks asserts no act; a quoted question
// inside a report, a statement that ends in a full stop and an indirect
// question are left to the coder.
func TestS10Questions(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text string
		want string // the reason's opening, "" for kept
	}{
		{"Will Iran retaliate against Israel for the strike on its consulate?", "question"},
		{"Why did Russia invade Ukraine?", "question"},
		{"Can the African Union end the war in Sudan?", "question"},
		{"Did North Korea just test a new missile?", "question"},
		{"\"Is Venezuela ready to hand back the oil fields?\"", "question"},
		{"Who ordered the killing of the Saudi journalist?", "question"},
		// Not questions, or not the sentence's own.
		{"\"Why should we negotiate with terrorists?\" Netanyahu asked.", ""},
		{"Will Iran retaliate, diplomats asked on Monday.", ""},
		{"Iran retaliated against Israel on Sunday?", ""},
		{"Who attacked the convoy remains unclear, police said.", ""},
		{"?", ""},
		{"Why?", ""},
	} {
		why, _ := p.Discards.verdict(p.Text.Tokens(c.text, nil))
		if c.want == "" && why != "" || c.want != "" && !strings.HasPrefix(why, c.want+":") {
			t.Errorf("%q: discarded %q, want %q", c.text, why, c.want)
		}
	}
	checkRootCases(t, p, []rootCase{
		{why: "a quoted question inside a report keeps the report", text: "Israeli jets struck Gaza overnight, and the prime minister asked: \"What choice did we have?\" on Monday.", code: "19", src: "ISR", tgt: "PSE"},
		{why: "an asked question in reported speech is no question sentence", text: "The Russian army shelled Kharkiv on Tuesday, Ukrainian officials said.", code: "19", src: "RUS", tgt: "UKR"},
	})
}

// TestS10Polls: what people tell a pollster is opinion, whatever acts it
// names; a poll that does not report the sentence ("trailing in the
// polls", "the survey team", "poll workers") keeps it.
func TestS10Polls(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text string
		want string
	}{
		{"Most Americans oppose sending more military aid to Ukraine, a Gallup poll found.", "poll"},
		{"A survey by the Pew Research Center showed 58 percent of Germans support sanctions on Russia.", "poll"},
		{"According to a new poll, 45 percent of voters would back the opposition candidate.", "poll"},
		{"A Reuters/Ipsos poll published on Tuesday showed most Israelis want the government to strike a deal with Hamas.", "poll"},
		{"Polls show the ruling party losing its majority after the army crushed the protests.", "poll"},
		{"A majority of Taiwanese believe China will invade the island within a decade, a survey of 1,200 adults found.", "poll"},
		// Kept: the poll is no reporter of the sentence.
		{"The opposition, trailing in the polls, accused the government of rigging the vote.", ""},
		{"The army shelled the town on Tuesday, according to the survey team.", ""},
		{"Gunmen attacked poll workers in Kano on Saturday.", ""},
		{"Police said the poll had been peaceful.", ""},
		{"Protesters clashed with police after the poll, a survey found, and troops opened fire.", ""},
		{"poll", ""},
		{", a poll found", "poll"}, // nothing but the attribution
	} {
		why, _ := p.Discards.verdict(p.Text.Tokens(c.text, nil))
		if c.want == "" && why != "" || c.want != "" && !strings.HasPrefix(why, c.want+":") {
			t.Errorf("%q: discarded %q, want %q", c.text, why, c.want)
		}
	}
	checkRootCases(t, p, []rootCase{
		{why: "a polled opinion codes no aid", text: "Most Americans oppose sending more military aid to Ukraine, a Gallup poll found.", code: "07", none: true},
		{why: "a polled opinion codes no disapproval", text: "Most Americans oppose sending more military aid to Ukraine, a Gallup poll found.", code: "11", none: true},
		{why: "an attack on poll workers stays", text: "Gunmen attacked poll workers in Kano on Saturday.", code: "18", tgt: "NGA", src: "-"},
		{why: "a poll in an aside keeps the accusation", text: "The opposition, trailing in the polls, accused the government of rigging the vote.", code: "11", src: "-", tgt: "-"},
	})
}

// modalRow: the event of code (a prefix) must carry the modality flags
// given, or, with none set, be coded as real.
type modalRow struct {
	why, text, code string
	neg, hyp        bool
}

// firstCoded: the first event whose CAMEO code starts with code, or nil.
func firstCoded(evs []event.Event, code string) *event.Event {
	for i := range evs {
		if strings.HasPrefix(evs[i].CAMEO, code) {
			return &evs[i]
		}
	}
	return nil
}

func checkModal(t *testing.T, p *Pipeline, rows []modalRow) {
	t.Helper()
	for _, r := range rows {
		evs := codeText(t, p, "2024-05-01", r.text)
		e := firstCoded(evs, r.code)
		if e == nil {
			t.Errorf("%s: %q coded no %s event; got %s", r.why, r.text, r.code, describe(evs))
			continue
		}
		if e.Modality.Negated != r.neg || e.Modality.Hypothetical != r.hyp {
			t.Errorf("%s: %q %s negated %v hypothetical %v, want %v %v", r.why, r.text, e.CAMEO, e.Modality.Negated, e.Modality.Hypothetical, r.neg, r.hyp)
		}
	}
}

// TestS10Modality: acts foreseen in another's infinitive, counterfactual
// and inverted conditions, acts held back from or kept from, acts
// opposed; beside each the near-miss that is told as real.
func TestS10Modality(t *testing.T) {
	p := newTestPipeline(t)
	checkModal(t, p, []modalRow{
		// Another's act foreseen.
		{why: "expect X to", text: "Russia expects Ukraine to attack its border regions again.", code: "19", hyp: true},
		{why: "expect X to, past a subject", text: "Western diplomats expect Moscow to expel more envoys in response.", code: "16", hyp: true},
		{why: "an expectation of one's own act is a plan", text: "Kenya expects to send more police officers to Haiti next month.", code: "15"},
		{why: "a forecast is no demand of what was done", text: "Ukraine accused Russia of attacking its border regions again.", code: "112"},
		// Inverted conditions.
		{why: "had X done", text: "Had Washington lifted the sanctions earlier, Caracas might have freed the prisoners.", code: "085", hyp: true},
		{why: "were X to", text: "Were Russia to attack a NATO member, the alliance would respond.", code: "19", hyp: true},
		{why: "should X do", text: "Should Iran close the Strait of Hormuz, Washington would respond.", code: "191", hyp: true},
		{why: "a past perfect after its subject is told as done", text: "Iran had closed the Strait of Hormuz to shipping for two days.", code: "191"},
		{why: "a sentence-initial 'had' needs its subject and participle", text: "Washington lifted the sanctions, and Caracas freed the prisoners.", code: "085"},
		// Held back from.
		{why: "refrained from", text: "Turkey refrained from criticising Moscow over the strikes.", code: "11", neg: true},
		{why: "held back from", text: "Washington held back from imposing new sanctions on Israel.", code: "16", neg: true},
		{why: "kept from", text: "Riot police prevented the protesters from marching to parliament.", code: "14", neg: true},
		{why: "a negated holding back lets the act happen", text: "Israel did not refrain from striking Hezbollah positions in Lebanon.", code: "19"},
		{why: "a negated prevention lets it happen", text: "Police did not stop the protesters from marching to parliament.", code: "14"},
		{why: "the verb of keeping must govern the object", text: "Protesters from the north marched to parliament on Monday.", code: "14"},
		// A possible act's object does what it would let or make it do.
		{why: "would allow X to", text: "The new rules would allow police to detain suspects for up to 30 days without charge.", code: "173", hyp: true},
		{why: "could force X to", text: "Sanctions could force Iran to close the Strait of Hormuz.", code: "191", hyp: true},
		{why: "a law that allows is no modal", text: "The new law allows police to detain suspects for 30 days.", code: "173"},
		{why: "the would of reported speech is future", text: "Iran said it would allow UN inspectors to visit the site.", code: "03"},
		// A negation of a verb of attitude leaves the act it is about.
		{why: "no group claimed", text: "No group has claimed the bombing, which killed 12 people at a market in Kabul.", code: "18"},
		{why: "no group claimed, nominal", text: "No group claimed the rocket attack on Tel Aviv.", code: "19"},
		{why: "declined to comment on", text: "The Kremlin declined to comment on the drone attack on Moscow.", code: "19"},
		{why: "a negated act stays negated", text: "Israel has not carried out strikes in Lebanon since the truce.", code: "19", neg: true},
		{why: "a negated attack stays negated", text: "The army did not attack the protesters, a spokesman said.", code: "19", neg: true},
		// A clause or phrase of its own time is beyond a negation before it.
		{why: "as + subject", text: "The rebels did not fire a single shot as Malian troops entered the town.", code: "19"},
		{why: "after + a possessed act", text: "The two leaders have not met since talks collapsed, nor after Russia's invasion of Ukraine.", code: "19"},
		{why: "a negation inside its own clause stays", text: "Police did not fire a single shot as protesters marched to parliament.", code: "14"},
		{why: "the negated act before 'as' stays negated", text: "Malian troops did not attack the town as the rebels withdrew.", code: "19", neg: true},
		// Alleged and demanded, not asserted.
		{why: "reports that", text: "The ministry said it was examining reports that its soldiers had beaten detainees in Bamako.", code: "18", hyp: true},
		{why: "allegations that", text: "Peruvian prosecutors opened an inquiry into allegations that police had shot protesters.", code: "17", hyp: true},
		// A concession only demanded is no event of its own (X38,
		// askedConcession): the demand's code names it; so are talks,
		// aid and other acts given (F39, demandedClause), so the row
		// asks a sanction demanded, which stays.
		{why: "a subjunctive demand", text: "Armenia insisted that Azerbaijan impose sanctions on the separatists.", code: "163", hyp: true},
		{why: "a past tense after 'said that' is asserted", text: "Armenia said that Azerbaijan withdrew its troops from the border villages.", code: "087"},
		{why: "denied reports stay negated", text: "The ministry denied reports that its soldiers had beaten detainees in Bamako.", code: "18", neg: true},
		// Conditions set.
		{why: "in the event that", text: "Moscow will retaliate in the event that NATO deploys troops to Ukraine.", code: "15", hyp: true},
		{why: "on condition that", text: "The rebels will free the hostages on condition that Nigeria withdraws its troops from the forest.", code: "087", hyp: true},
		{why: "in case", text: "Jordan will close its airspace in case Israel strikes Iran.", code: "19", hyp: true},
		{why: "as long as", text: "Israel said it was ready to talk as long as Hamas freed the hostages.", code: "084", hyp: true},
		{why: "a reason clause is asserted", text: "Israel withdrew from the town because Hamas freed the hostages.", code: "084"},
		// Opposed.
		{why: "opposed acts are not done", text: "Hungary opposes sending weapons to Ukraine.", code: "07", hyp: true},
		{why: "a supported act is not opposed", text: "Germany began sending weapons to Ukraine in February.", code: "07"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "pundits foreseeing another's sanctions code nothing", text: "Analysts say Seoul could curb its exports to Japan, but few expect Tokyo to impose formal sanctions this year.", code: "16", none: true},
		{why: "observers predicting another's act code nothing", text: "Few observers predicted the junta to hand power back to civilians.", code: "08", none: true},
		{why: "a state's own sanctions stay", text: "Tokyo imposed formal sanctions on North Korea this year, officials said.", code: "163", src: "JPN", tgt: "PRK"},
		{why: "a stopped short of act is no sanction", text: "The European Union stopped short of imposing sanctions on Belarus.", code: "16", none: true},
		{why: "the held-back act is not done", text: "The EU refrained from imposing sanctions but recalled its ambassador from Minsk.", code: "163", none: true},
		{why: "the act after a held-back one stays (M15: the verb after \"but\" shares the subject)", text: "The EU refrained from imposing sanctions but recalled its ambassador from Minsk.", code: "161", src: "-", tgt: "BLR"},
	})
}

// TestS10WarOwner: a war named through its owner ("Sudan's war") that
// kills or drives people from their homes is a toll, as "the Sudanese
// war" is; an owner's strikes or forces act.
func TestS10WarOwner(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a possessed war's toll", text: "Sudan's war has forced more than 10 million people from their homes since April 2023.", code: "20", none: true},
		{why: "a possessed conflict's toll", text: "Yemen's conflict has killed more than 150,000 people.", code: "", none: true},
		{why: "an adjective war's toll, as before", text: "The Syrian war has forced millions from their homes.", code: "20", none: true},
		{why: "an owner's forces act", text: "Sudan's army has forced thousands of people from their homes in Darfur.", code: "20", src: "SDN", tgt: "-"},
		{why: "an owner's war planes act", text: "Sudan's war planes bombed a market in Nyala on Monday.", code: "19", src: "SDN", tgt: "-"},
		{why: "an actor phrase that ends in its war", text: "Boko Haram's insurgency has killed more than 35,000 people and displaced two million.", code: "19", none: true},
		{why: "the group's fighters act", text: "Boko Haram fighters killed 35 villagers in Borno state on Sunday.", code: "18", src: "NGA", tgt: "NGA"},
		{why: "a war a year names", text: "The 1994 genocide killed some 800,000 Tutsis and moderate Hutus.", code: "20", none: true},
		{why: "a year's war, one more", text: "The 1991 war killed thousands of Kurds in northern Iraq.", code: "19", none: true},
		{why: "an attack a year names is no toll of a war", text: "Militants killed 40 people in an attack on a hotel in 2024.", code: "18", src: "-", tgt: "-"},
	})
}

// TestS10SuperlativeAside: an appositive superlative ("the deadliest
// since 2017") measures the event; its date is not the event's, so the
// event is news, not background.
func TestS10SuperlativeAside(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		why, text string
		hist      bool
	}{
		{"a superlative's since", "A car bomb, the deadliest in the capital since 2017, killed 40 people in Mogadishu on Monday.", false},
		{"the first since", "Israeli jets struck Beirut on Monday, the first such raid since 2006.", false},
		{"a year of its own stays background", "A car bomb killed 40 people in Mogadishu in 2017.", true},
	} {
		evs := codeText(t, p, "2024-04-07", c.text)
		found := false
		for _, e := range evs {
			if e.CAMEORoot >= "18" && e.CAMEORoot <= "20" {
				found = true
				if e.Modality.Historical != c.hist {
					t.Errorf("%s: %q historical %v (date %s), want %v", c.why, c.text, e.Modality.Historical, e.Date, c.hist)
				}
			}
		}
		if !found {
			t.Errorf("%s: %q coded no force; got %s", c.why, c.text, describe(evs))
		}
	}
}

// FuzzS10NoEvent: the question, poll and held-back rules read tokens on
// both sides of a word; no text makes them panic or give an actor offsets
// outside its sentence.
func FuzzS10NoEvent(f *testing.F) {
	p := newTestPipeline(f)
	for _, s := range []string{
		"Will Iran retaliate?", "?", "Why?\"", "\"?", "(Who", "poll", "poll showed", ", a poll found.",
		"according to a poll", "According to", "Had", "Had Iran", "Were X to attack", "Should",
		"refrained from", "from attacking", "stopped short of imposing", "held off on", "prevented them from marching",
		"Sudan's war has killed", "'s war", "\xff? \xfe poll found", "Most voters oppose sending troops, a poll found",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, txt string) {
		_ = p.Discards.Sentence(p.Text.Tokens(txt, nil))
		checkActorOffsets(t, txt, codeText(t, p, "2020-01-01", txt))
	})
}

// TestS10HarmAside: harm told in a relative or participle aside long
// before the story is a life's background; recent harm in an aside, and
// old harm told in the main clause, stay coded.
func TestS10HarmAside(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a coup in an obituary's aside", text: "Musharraf, who seized power in a bloodless coup in 1999, died in Dubai on Sunday.", code: "18", none: true},
		{why: "a participle aside", text: "The former general, ousted in a coup in 2014, returned to Bangkok on Friday.", code: "18", none: true},
		{why: "an old massacre in an aside", text: "The former commander, who massacred villagers in Bosnia in 1995, was freed by a Dutch court on Monday.", code: "20", none: true},
		{why: "this week's attack in an aside stays", text: "The rebels, who attacked the town on Monday, withdrew on Tuesday.", code: "19", src: "-", tgt: "-"},
		{why: "old harm in the main clause stays, as history", text: "Iraq invaded Kuwait in August 1990.", code: "19", src: "IRQ", tgt: "KWT"},
	})
}
