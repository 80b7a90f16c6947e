package pipeline

import (
	"strings"
	"testing"
)

// Sentences written for the twelfth session's work on sentences a coder
// codes nothing in and on modality in real wire wording. Each family has
// its must-not rows (none: the sentence must give no event of that
// code, hypothetical ones included, as the probes count them) beside the
// near-miss that is an event and must stay coded.

// TestN14PunditGuesses: what analysts, experts or observers guess may
// happen is no one's act, whatever words stand between the pundit and
// the verb; what a party says another could do, and what pundits report
// as done, stay.
func TestN14PunditGuesses(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "pundits with a place after the noun", text: "Analysts in Brussels said Serbia could recognise Kosovo within two years if the EU offered membership.", code: "0", none: true},
		{why: "pundits with a place after the noun, force", text: "Analysts in Seoul said the North might shell the border islands again before the election.", code: "19", none: true},
		{why: "trailing pundits after a condition", text: "If the ceasefire collapses, the militias could resume attacks on the oil fields near Sirte, analysts said.", code: "19", none: true},
		{why: "a verb that only speculates", text: "Some officials speculate that Ankara could eventually restore ties with Damascus if Russia brokers a deal.", code: "0", none: true},
		{why: "a forecast hedged with likely", text: "Military experts said the insurgents would likely try to seize the provincial capital within weeks.", code: "13", none: true},
		{why: "a forecast hedged with probably", text: "Security experts said Hezbollah would probably retaliate against northern Israel.", code: "1", none: true},
		{why: "according to analysts", text: "According to analysts, Turkey may seek to mediate between Russia and Ukraine.", code: "0", none: true},
		{why: "investors fear", text: "Investors fear that Brussels could impose new duties on Chinese electric cars.", code: "16", none: true},
		{why: "pundits with an auxiliary", text: "Some commentators have suggested that Pyongyang might test a nuclear device before the summit.", code: "1", none: true},
		{why: "an estimate by researchers", text: "The war may have killed as many as 500,000 people in Tigray, researchers at a Belgian university estimated.", code: "19", none: true},
		{why: "a recoded future under pundits", text: "Military analysts say Kyiv would need hundreds of tanks to break through the Russian lines.", code: "13", none: true},
		{why: "a public's guess", text: "Most Lithuanians believe Russia could attack the Baltic states within a decade.", code: "19", none: true},
		{why: "a public's fear, its comment too", text: "Many Poles fear that Russia could invade Lithuania.", code: "01", none: true},
		{why: "a state's fear stays a comment", text: "Finland fears that Russia could invade the Baltic states.", code: "01", src: "FIN", tgt: "-"},
		{why: "a public reports a done act", text: "Some Syrians say the army shelled their villages last week.", code: "19", src: "-", tgt: "-"},
		{why: "pundits at an institute", text: "Experts at the International Crisis Group warned that Ethiopian troops could attack the rebel stronghold.", code: "19", none: true},
		// Near misses that stay.
		{why: "a party says another could attack", text: "Poland's defence minister said Russia could attack the Baltic states within five years.", code: "010", src: "POL", tgt: "-"},
		{why: "a government official's announced strike", text: "Israeli officials said Israeli troops would strike Hezbollah positions if the rocket fire continued.", code: "13", src: "ISR", tgt: "-"},
		{why: "pundits report a done act", text: "Analysts said the air strike killed at least 15 militants near Mosul, citing local sources.", code: "19", src: "-", tgt: "-"},
		{why: "a leader speculates aloud, his statement stays", text: "President Zelensky said Russia could launch a new offensive in the spring.", code: "010", src: "UKR", tgt: "-"},
	})
}

// TestN14AllegedActs: an act told only in the that-clause of a report or
// claim someone declines to comment on, or of a rumour, is not coded;
// what is done with the report (an inquiry, a refusal to comment) is. A
// report under investigation keeps its act, hypothetical (TestReviewS10),
// and a confirmed report asserts its act.
func TestN14AllegedActs(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "no comment on reports", text: "The Turkish defence ministry declined to comment on reports that its drones had struck a convoy in northern Iraq.", code: "19", none: true},
		{why: "investigating reports, the inquiry stays", text: "The UN human rights office said it was investigating reports that Sudanese paramilitaries had executed dozens of men in El Fasher.", code: "09", src: "-", tgt: "-"},
		{why: "examining allegations, the inquiry stays", text: "UN investigators began examining allegations that Eritrean troops had looted a hospital in Tigray.", code: "09", src: "-", tgt: "-"},
		{why: "rumours spread", text: "Rumours spread across Bamako that the junta was preparing to expel the French ambassador.", code: "1", none: true},
		{why: "a long clause subject", text: "Paris would not comment on reports that soldiers from the French special forces had begun arriving in Niger.", code: "04", none: true},
		// Near misses that stay.
		{why: "a confirmed report", text: "The Israeli military confirmed reports that its troops had shot dead two Palestinians in Jenin.", code: "19", src: "ISR", tgt: "PSE"},
		{why: "a plain that-clause", text: "The Syrian Observatory said that government forces had shelled rebel positions in Idlib.", code: "19", src: "SYR", tgt: "-"},
	})
}

// TestN14GeneralNews: market, harvest, disaster and accident reports
// name political words or officials but tell no one's act; the act
// beside them (troops sent to help, a loan approved, a leader's remark)
// stays.
func TestN14GeneralNews(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "investors' mood in a market report", text: "The South African rand slid 3 percent as investors fretted over the government's borrowing plans.", code: "01", none: true},
		{why: "traders' worry", text: "Stocks in Seoul fell sharply as traders worried about new US tariffs on Korean steel.", code: "01", none: true},
		{why: "a harvest despite the war", text: "Syrian farmers harvested the largest wheat crop in a decade despite the war, the agriculture ministry in Damascus said.", code: "01", none: true},
		{why: "a state's tally, possessive", text: "Kenya's tea harvest fell 12 percent this year because of the drought, the tea board said.", code: "01", none: true},
		{why: "landslides killed, the agency said", text: "Landslides triggered by torrential downpours have killed at least 45 people across Nepal, the disaster management agency said.", code: "01", none: true},
		{why: "a bus crash, police said", text: "A bus carrying pilgrims plunged into a gorge in Kashmir, killing 31 people, police said.", code: "01", none: true},
		// Near misses that stay.
		{why: "troops sent to help after floods", text: "The Pakistani army deployed troops and boats to rescue villagers cut off by the floods in Sindh.", code: "15", src: "PAK", tgt: "-"},
		{why: "rescuers sent abroad", text: "Greece sent a team of 40 rescuers to Turkey after the earthquake in Izmir.", code: "07", src: "GRC", tgt: "TUR"},
		{why: "a loan approved", text: "The IMF approved a $3 billion loan for Egypt on Friday.", code: "07", src: "-", tgt: "EGY"},
		{why: "a leader speaks of the harvest", text: "President Zelensky said the harvest had been saved despite Russian attacks on the ports of Odesa.", code: "01", src: "UKR", tgt: "-"},
		{why: "a ministry blames an enemy for the crop", text: "The Ukrainian agriculture ministry said Russian shelling had destroyed much of the wheat crop in Kherson.", code: "01", src: "UKR", tgt: "-"},
	})
}

// moodCase wants the event whose code starts with code to carry the
// modality flags named (hyp, neg), and no others of the two.
type moodCase struct {
	why, text, code string
	hyp, neg        bool
}

// checkN14Mood codes each case's sentence and checks the flags of the
// first event of the code.
func checkN14Mood(t *testing.T, p *Pipeline, cases []moodCase) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		found := false
		for i := range evs {
			e := &evs[i]
			if !strings.HasPrefix(e.CAMEO, c.code) {
				continue
			}
			found = true
			if e.Modality.Hypothetical != c.hyp || e.Modality.Negated != c.neg {
				t.Errorf("%s: %q %s hypothetical %v negated %v, want %v %v", c.why, c.text, e.CAMEO, e.Modality.Hypothetical, e.Modality.Negated, c.hyp, c.neg)
			}
			break
		}
		if !found {
			t.Errorf("%s: %q coded no %s event; got %s", c.why, c.text, c.code, describe(evs))
		}
	}
}

// TestN14WireModality: modality in wire wording: an act a speaker would
// not confirm is unconfirmed (hypothetical) and reported by no one, a
// silence ("has yet to comment") is no statement, a second predicate
// inside a condition shares it; the confirmed act, the plain statement
// and the act outside the condition stay asserted.
func TestN14WireModality(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "yet to comment", text: "The Nigerian army has yet to comment on the reports.", code: "01", none: true},
		{why: "yet to respond", text: "The Kremlin has yet to respond to the proposal.", code: "01", none: true},
		{why: "no reports of casualties", text: "There were no reports of casualties, the Indonesian navy said.", code: "01", none: true},
		{why: "neither has commented", text: "Neither Ankara nor Damascus has commented on the talks.", code: "01", none: true},
		{why: "no comment on reports of an act", text: "Neither Moscow nor Kyiv has commented on reports of a prisoner exchange.", code: "08", none: true},
		{why: "casualties reported", text: "Five soldiers were wounded in the attack, the Indonesian navy said.", code: "19", src: "-", tgt: "IDN"},
		// Near misses that stay.
		{why: "confirmed that", text: "Turkey confirmed that its drones had struck a convoy near Qamishli.", code: "19", src: "TUR", tgt: "-"},
		{why: "a comment made", text: "The Nigerian army commented on the reports on Tuesday, calling them false.", code: "01", src: "NGA", tgt: "-"},
		{why: "a main-clause act after a condition", text: "If the talks fail, the government will resume the offensive, and the army shelled rebel positions near Kidal on Monday.", code: "19", src: "-", tgt: "-"},
	})
	checkN14Mood(t, p, []moodCase{
		{why: "not confirmed that", text: "Turkey has not confirmed that its drones carried out the strike on the convoy near Qamishli.", code: "19", hyp: true},
		{why: "declined to confirm that", text: "The Pentagon declined to confirm that American jets had bombed the depot in eastern Syria.", code: "19", hyp: true},
		// The two rows of a second predicate inside a condition moved to
		// verb/condition_p30_test.go: the verb stage marks them
		// hypothetical, and the pipeline then drops them (P30).
		{why: "confirmed that, asserted", text: "Turkey confirmed that its drones had struck a convoy near Qamishli.", code: "19"},
		{why: "an act outside the condition", text: "Israel will withdraw if Hezbollah disarms, and it freed two Lebanese prisoners on Monday.", code: "0841"},
		// "an intent in an open question" moved to verb/condition_p30_test.go
		// (hypothetical at the verb stage, then dropped by P30).
		{why: "a modal before the intent verb", text: "Qatar may offer to mediate between Hamas and Fatah.", code: "03", hyp: true},
		{why: "a backshifted condition after only after", text: "Ethiopia rejected the offer, saying talks could start only after Sudanese troops withdrew from the border area.", code: "087", hyp: true},
		{why: "a backshifted until", text: "Hamas said it would not free the hostages until Israel withdrew its forces from Gaza.", code: "087", hyp: true},
		{why: "only after, told as done", text: "The army said it had withdrawn from the town only after the rebels shelled it for three days.", code: "19"},
		{why: "an intent stated stays real", text: "Qatar offered to mediate between Hamas and Fatah.", code: "03"},
		{why: "an intent agreed stays real", text: "Moscow agreed to extend the Black Sea grain deal by 60 days.", code: "03"},
	})
}

// TestN14SpaceFlight: a civil launch of satellites or a probe is science;
// a spy satellite and a rocket test condemned stay.
func TestN14SpaceFlight(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "satellites from a space centre", text: "Brazil launched a rocket carrying four small satellites from the Alcantara space centre on Thursday.", code: "1", none: true},
		{why: "a probe to the moon", text: "South Korea sent its first probe towards the moon from a spaceport in Florida.", code: "0", none: true},
		// Near misses that stay.
		{why: "a spy satellite in defiance of the UN", text: "North Korea launched a spy satellite into orbit on Tuesday, defying UN sanctions.", code: "12", src: "PRK", tgt: "-"},
		{why: "a launch condemned", text: "Japan condemned North Korea's launch of a satellite into orbit, calling it a disguised missile test.", code: "11", src: "JPN", tgt: "PRK"},
	})
}

// TestN14SaidAsides: a statement said inside a relative clause on a noun
// characterises the thing named ("what Kyiv said was an arms depot", "a
// vote the opposition says was rigged") and is no statement event; the
// act of the clause around it, and a statement of the sentence's own,
// stay.
func TestN14SaidAsides(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "what X said was", text: "Russian missiles struck what Kyiv said was a grain terminal in Odesa.", code: "01", none: true},
		{why: "that X said were", text: "Turkish jets bombed positions in northern Iraq that Ankara said were used by PKK militants.", code: "01", none: true},
		{why: "a contact clause", text: "Thousands rallied in Caracas against an election the opposition says was rigged.", code: "01", none: true},
		{why: "an object gap", text: "Chinese coast guard ships entered waters around the islands Beijing claims in the East China Sea.", code: "01", none: true},
		{why: "who says, on an object", text: "Thousands marched in Lahore in support of Imran Khan, who says the charges against him are politically motivated.", code: "01", none: true},
		{why: "which said, on the subject, stays", text: "Belarus, which said the drills were defensive, moved tanks to the Polish border.", code: "01", src: "BLR", tgt: "-"},
		{why: "who X said had", text: "The army launched an offensive against the rebels, who it said had attacked a convoy near Goma.", code: "010", none: true},
		// Near misses that stay.
		{why: "the act around the aside", text: "Russian missiles struck what Kyiv said was a grain terminal in Odesa.", code: "19", src: "RUS", tgt: "-"},
		{why: "a statement of its own", text: "Kyiv said Russian missiles had struck a grain terminal in Odesa.", code: "01", src: "UKR", tgt: "-"},
		{why: "a statement opened by a time", text: "In a statement on Monday the Turkish defence ministry said its jets had bombed PKK positions.", code: "01", src: "TUR", tgt: "-"},
		{why: "said that after a verb", text: "Moscow repeated that Washington said it would not send troops.", code: "01", src: "-", tgt: "-"},
	})
}

// TestN14BackgroundAsides: harm told in a comma aside that a year dates
// ("who seized power in a 1993 coup") is a life's background; this
// week's harm in an aside, and the main clause's act, stay.
func TestN14BackgroundAsides(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "a year before the noun in an aside", text: "Former Gambian ruler Yahya Jammeh, who seized power in a 1994 coup, returned to Banjul on Monday.", code: "18", none: true},
		{why: "a war a year names, in an aside", text: "The former commander, whose troops killed hundreds of civilians in the 1999 war, died in a hospital in Belgrade.", code: "1", none: true},
		// Near misses that stay.
		{why: "last week's harm in an aside", text: "The rebels, who killed 12 soldiers in an ambush last week, seized the town of Kidal on Monday.", code: "19", src: "MLI", tgt: "-"},
		{why: "the main clause's act", text: "Former Gambian ruler Yahya Jammeh, who seized power in a 1994 coup, was arrested in Banjul on Monday.", code: "17", src: "-", tgt: "-"},
	})
}

// FuzzN14Modality codes the fragments this file's rules read at their
// edges (a pundit at the start or end, a relative "said" at the start, a
// bare "neither", "only after" with nothing after it) and arbitrary text:
// no panic, and actor offsets inside the text.
func FuzzN14Modality(f *testing.F) {
	p := newTestPipeline(f)
	for _, s := range []string{
		"analysts said", ", analysts said.", "According to", "According to analysts", "Analysts in", "in Washington said China could",
		"which said", "who says", "what it said was", "islands it claims", "said was", "Neither", "nor", "Neither X nor",
		"only after", "until Israel withdrew", "could start only after troops withdrew", "has yet to", "yet to comment",
		"Rumours swirled in", "swirled in Harare that", "on reports of", "comment on reports that", "no reports of",
		"would likely", "would \xff probably", "investors fretted", "despite the war", "Ukraine's harvest", ", killing",
		"and withdrew", "if X agreed and withdrew", "has not confirmed that", "declined to confirm",
		"Sani Abacha, who seized power in a 1993 coup, died.", "who, 1993 coup,",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, txt string) {
		checkActorOffsets(t, txt, codeText(t, p, "2020-01-01", txt))
	})
}
