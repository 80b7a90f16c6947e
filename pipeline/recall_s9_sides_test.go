package pipeline

import (
	"context"
	"strings"
	"testing"

	"github.com/parley-events/parley/story"
)

// noSideCase: no non-negated event whose code starts with code may hold
// country on the given side ("src" or "tgt").
type noSideCase struct {
	why, text, code, side, country string
}

// checkNoSide codes each case (story date 2024-05-01) and fails when an
// event of the code has the country on the side named.
func checkNoSide(t *testing.T, p *Pipeline, cases []noSideCase) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		for i := range evs {
			e := &evs[i]
			if e.Modality.Negated || !strings.HasPrefix(e.CAMEO, c.code) {
				continue
			}
			as := e.Source
			if c.side == "tgt" {
				as = e.Target
			}
			if hasCountry(as, c.country) {
				t.Errorf("%s: %q coded %s %s>%s, want no %s on the %s side", c.why, c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), c.country, c.side)
			}
		}
	}
}

// TestS9SpeakerNoAgent: the speaker of a report whose clause names its
// violence by an incident noun ("fighting", "a car bomb", "shelling") and
// no actor is no agent of it, whether the report leads or trails; the
// speaker stays the event's reported_by, and the agentless attack takes
// the place's state as the PLOVER-style convention does. An army reporting
// a strike, and a clause with an actor subject, keep their agents.
func TestS9SpeakerNoAgent(t *testing.T) {
	p := newTestPipeline(t)
	checkNoSide(t, p, []noSideCase{
		{"trailing body after a gerund subject", "Fighting in the Darfur town of Nyala killed 35 civilians, the United Nations said on Wednesday.", "19", "src", "IGO"},
		{"trailing aid group after a gerund subject", "Shelling of a bus station in Kherson killed six people, the Red Cross said.", "19", "src", "NGO"},
		{"leading body, explosion", "The World Health Organization said an explosion at a clinic in Rafah killed 20 people.", "18", "src", "IGO"},
		{"leading foreign state, car bomb", "The United States said a car bomb near the port of Aden killed six people.", "18", "src", "USA"},
		{"leading police, roadside bomb", "Police said a roadside bomb killed three soldiers near Baqubah.", "18", "src", "IRQCOP"},
		{"leading rights group, fighting", "Human Rights Watch said fighting in Tigray has killed hundreds of civilians.", "19", "src", "NGO"},
	})
	checkSides(t, p, []sideCase{
		{"trailing speaker: the place's state", "Fighting in the Darfur town of Nyala killed 35 civilians, the United Nations said on Wednesday.", "190", "SDN", "-"},
		{"leading speaker: the place's state", "Police said a roadside bomb killed three soldiers near Baqubah.", "18", "IRQ", "IRQ"},
		{"agent planted the bomb", "Nigeria said a bomb planted by Boko Haram killed 15 people at a market in Maiduguri.", "183", "NGAREB", "NGA"},
		{"agent detonated the device", "A device detonated by al-Shabaab militants killed six soldiers in Baidoa.", "19", "SOMREB", "SOM"},
		// must-not: an army reports its own strike; an actor subject keeps
		// its act; a claimed attack is no reported clause
		{"army reports its strike", "The Kenyan army said an airstrike killed 20 al-Shabaab fighters in Gedo.", "195", "KEN", "SOM"},
		{"police report their raid", "Nigerian police said a raid on a kidnappers den killed four gunmen.", "190", "NGA", "-"},
		{"actor subject after said", "Ukraine said Russian shelling killed three civilians in Kharkiv.", "190", "RUS", "UKR"},
		{"own forces after said", "Pakistan's army said its forces killed 12 militants in North Waziristan.", "190", "PAK", "PAK"},
		{"claimed the attack", "A Pakistan-based militant group claimed the attack on an Indian army convoy in Kashmir that killed 40 paramilitary police.", "-", "PAK", "-"},
	})
	checkRootCases(t, p, []rootCase{
		{why: "a monitor reporting shelling still codes it", text: "The Syrian Observatory for Human Rights reported shelling in Idlib province on Sunday.", code: "194", src: "-", tgt: "-"},
	})
	// The speaker is kept as the reporter.
	for _, text := range []string{
		"Fighting in the Darfur town of Nyala killed 35 civilians, the United Nations said on Wednesday.",
		"The World Health Organization said an explosion at a clinic in Rafah killed 20 people.",
	} {
		evs := codeText(t, p, "2024-05-01", text)
		found := false
		for _, e := range evs {
			if e.CAMEORoot >= "18" && e.CAMEORoot <= "20" && strings.HasPrefix(e.Modality.ReportedBy, "IGO") {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no violent event reported by the body; got %s", text, describe(evs))
		}
	}
}

// TestS9ForeignVictims: unarmed foreigners hit in a state by no one named
// have no attacker the text gives; the place's state is no source of it.
// Own citizens hit at home keep the state on both sides (the PLOVER-style
// convention for agentless domestic violence); foreign soldiers and
// peacekeepers keep the place's state, whose forces they fight; a state
// itself named as the victim keeps it too; arrests are the state's organ's.
// An unnamed attack on a firm is violence, not commerce.
func TestS9ForeignVictims(t *testing.T) {
	p := newTestPipeline(t)
	checkNoSide(t, p, []noSideCase{
		{"volunteers abroad", "Two Danish volunteers were killed in southern Ukraine on Friday.", "19", "src", "UKR"},
		{"workers kidnapped abroad", "Five Chinese engineers were kidnapped in northern Nigeria.", "18", "src", "NGA"},
		{"journalist abducted abroad", "An Italian journalist was abducted in eastern Syria.", "18", "src", "SYR"},
		{"tourists shot abroad", "Three Canadian tourists were shot dead in Honduras.", "18", "src", "HND"},
	})
	checkSides(t, p, []sideCase{
		{"volunteers abroad: the victims' state is the target", "Two Danish volunteers were killed in southern Ukraine on Friday.", "19", "", "DNK"},
		// must-not: the convention's other cases keep the place's state
		{"own citizens at home", "Militiamen in Kirkuk killed nine Iraqi civilians.", "18", "IRQ", "IRQ"},
		{"own citizens at home, by a bomb: no agent (T30)", "A car bomb in Kirkuk killed nine Iraqi civilians.", "18", "", "IRQ"},
		{"foreign soldiers", "Two French soldiers were killed in northern Mali.", "19", "MLI", "FRA"},
		{"a state named as victim", "Israel was attacked by Turkey overnight, a spokesman for the ministry said.", "19", "TUR", "ISR"},
		{"an arrest abroad is the state's", "Six Egyptian fishermen were arrested in Libya.", "173", "LBY", "EGY"},
		{"a firm attacked by no one named", "A bomb exploded on an Air India jet over the Atlantic.", "18", "", "IND"},
		{"contractors abroad: no agent, still an event", "Turkish contractors were killed in an ambush near the Iraqi city of Mosul.", "19", "", "TUR"},
	})
}

// TestS9JoinedPartner: "X joined Y in doing" makes Y a doer of the act as
// well; joining a body or a crowd names no partner of an act.
func TestS9JoinedPartner(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"joined in condemning", "Spain joined Portugal in condemning the coup in Gabon.", "11", "ESP", "GAB"},
		{"joined in condemning: the partner too", "Spain joined Portugal in condemning the coup in Gabon.", "11", "PRT", "GAB"},
		{"joined in imposing sanctions", "Canada joined the United States in imposing sanctions on Iranian oil exports.", "16", "USA", "IRN"},
		{"joined a list in calling for", "Ireland joined Norway and Belgium in calling for a ceasefire in Sudan.", "02", "BEL", "-"},
		// must-not: the joiner keeps the act; joining a body is no act of it
		{"joined in condemning: the joiner stays", "Spain joined Portugal in condemning the coup in Gabon.", "11", "ESP", "-"},
	})
	checkNoSide(t, p, []noSideCase{
		{"joining an alliance", "Finland joined NATO in April 2023.", "05", "src", "IGO"},
		{"no gerund after in", "Chile joined Peru in a protest against the new tariffs.", "14", "src", "PER"},
	})
}

// TestS9AnnouncedPlan: a rejection or criticism of "it", "the plan" or
// "the move" with no party of its own answers whoever said, just before,
// what it would do; a plan named by its own complement, and the judge's
// own plan, take no such target.
func TestS9AnnouncedPlan(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"rejected the plan", "Venezuela said it would annex the disputed region, but Guyana rejected the plan.", "12", "GUY", "VEN"},
		{"rejected it", "Serbia said it would send troops to the border, but Kosovo rejected it.", "12", "KSV", "SRB"},
		{"condemned the move, next sentence", "Beijing said it would hold live-fire drills near the island. Taiwan condemned the move.", "11", "TWN", "CHN"},
		{"domestic: the opposition rejects the government's idea", "Tunisia said it would postpone the elections, and Tunisia's opposition rejected the idea.", "12", "TUN", "TUN"},
		// must-not: the plan is named by its own complement; no announcement before
		{"plan named after it", "Denmark said it would cut aid, and Sweden rejected Norway's plan for a joint fund.", "12", "SWE", "!DNK"},
		{"nothing announced", "Ghana rejected the plan on Monday.", "12", "GHA", ""},
	})
}

// TestS9DomesticThreats: a threat of repression or of curbs on political
// life, and a veto, with no other party named, are a state's act on its
// own society (X->X); a named target keeps its own side.
func TestS9DomesticThreats(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"police threaten arrests", "Kenyan police warned that they would arrest anyone who joined the banned rally.", "137", "KEN", "KEN"},
		{"a veto of one's own bill", "Peru's president vetoed a bill on pension withdrawals on Friday.", "129", "PER", "PER"},
		// must-not: a named target stays
		{"a threat against a named party", "China threatened to arrest Taiwanese separatists.", "137", "CHN", "TWN"},
		{"a veto of a UN text", "Russia vetoed a UN resolution on Syria.", "129", "RUS", "IGO"},
	})
}

// TestS9ConditionAdjective: a threat's condition whose subject is a noun
// with a country adjective ("if Western sanctions halted") warns that
// country; an adjective inside a longer phrase does not.
func TestS9ConditionAdjective(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"adjective on the condition's subject", "Venezuela warned it would cut oil shipments if American sanctions were tightened.", "13", "VEN", "USA"},
		{"adjective on strikes", "Hezbollah threatened to retaliate if Israeli strikes continued in southern Lebanon.", "13", "LBN", "ISR"},
	})
	checkNoSide(t, p, []noSideCase{
		{"adjective inside an object, no subject", "Pakistan threatened to retaliate if the talks on Afghan refugees failed.", "13", "tgt", "AFG"},
	})
}

// TestS9ParticipleVictims: an attack that only names the place it struck
// is aimed at the victims its ", killing ..." participle names when some
// of them are foreign to the place; victims of the place's own state or
// of no known state leave the place's state as the target.
func TestS9ParticipleVictims(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"foreign victims of a bombing", "A suicide bomber blew himself up outside a hotel in Mogadishu, killing two Kenyan soldiers and Somali civilians.", "18", "-", "KEN"},
		{"foreign engineers", "A car bomb exploded in central Kabul, killing four Chinese engineers.", "1832", "", "CHN"},
		// must-not: own victims and victims of no state keep the place
		{"own civilians", "A car bomb exploded in central Kabul, killing four Afghan civilians.", "1832", "", "AFG"},
	})
	checkNoSide(t, p, []noSideCase{
		{"foreign engineers: not the place's state", "A car bomb exploded in central Kabul, killing four Chinese engineers.", "1832", "tgt", "AFG"},
	})
}

// TestS9WithdrawnForces: forces withdrawn or pulled back with no one named
// as withdrawing them are their own state's retreat, from the place's
// state or the other state named after the verb.
func TestS9WithdrawnForces(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"pulled back from a city's outskirts", "Armenian forces were pulled back from the outskirts of Stepanakert.", "0874", "ARM", "AZE"},
		{"withdrawn from a border with a state", "Kenyan troops were withdrawn from the border with Somalia.", "0874", "KEN", "SOM"},
		// must-not: a crowd is no force of a state
		{"a crowd pulled back", "The protesters were pulled back from the square in Lima.", "0874", "", "-"},
	})
}

// TestS9HostedTalks: a host of talks between two parties has them talk
// with each other (040 both ways) beside its own hosting, and a hosting
// that names no guests hosts the parties of the meeting its sentence
// codes; a host that meets a party itself hosts no one else.
func TestS9HostedTalks(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"hosted talks between: the guests talk", "Norway hosted talks between the Colombian government and ELN rebels in Oslo.", "044", "COL", "COL"}, // 044: a third state's venue (thirdPlace, session 36)
		{"hosted talks between: the host hosts", "Norway hosted talks between the Colombian government and ELN rebels in Oslo.", "043", "NOR", "COL"},
		{"talks hosted by: the meeting's parties", "Serbian and Kosovar negotiators met in Brussels for talks hosted by the European Union.", "043", "IGO", "SRB"},
	})
	checkRootCases(t, p, []rootCase{
		// must-not: a dinner is no talks between the guests
		{why: "hosted a dinner", text: "Jordan hosted a dinner between Iraqi and Syrian officials.", code: "040", none: true},
	})
}

// TestS9PassiveVictimNoAttacker: the subject of a passive is never the
// agent of an attack noun phrase that a pattern opens after it ("were
// wounded in a drone attack"), whatever word the pattern starts on.
func TestS9PassiveVictimNoAttacker(t *testing.T) {
	p := newTestPipeline(t)
	checkNoSide(t, p, []noSideCase{
		{"wounded in a drone attack", "Three French soldiers were wounded in a drone attack in northern Iraq.", "19", "src", "FRA"},
		{"killed in a drone strike", "Two Pakistani policemen were killed in a drone strike near the Afghan border.", "19", "src", "PAK"},
	})
	checkSides(t, p, []sideCase{
		// must-not: a named attacker and an active clause keep their agents
		{"a named attacker", "Three Israeli soldiers were killed in a Hezbollah rocket attack.", "19", "LBN", "ISR"},
		{"active drone strike", "Turkish drones struck Kurdish positions in northern Iraq.", "19", "TUR", "-"},
	})
}

// TestS9ButNotReported: after a speaker's stated plan ("said it would"),
// a clause opened by "but" and a subject of its own tells what others did,
// not what the speaker reported; without a plan, or without "but", the
// speaker still reports it.
func TestS9ButNotReported(t *testing.T) {
	p := newTestPipeline(t)
	reporter := func(text, root, src string) (string, bool) {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEORoot == root && !e.Modality.Negated && (src == "-" || hasCountry(e.Source, src)) {
				return e.Modality.ReportedBy, true
			}
		}
		return "", false
	}
	for _, c := range []struct {
		why, text, root, src, want string
	}{
		{"a plan, then another's rejection", "Hungary said it would veto the sanctions package, but Poland rejected the move.", "12", "POL", ""},
		{"a plan, then another's criticism", "Belarus said it would hold drills on the border but Lithuania condemned the plan.", "11", "LTU", ""},
		// must-not: the speaker's own planned act and a trailing speaker's report keep the speaker
		{"the speaker's own plan", "Belarus said it would hold drills on the border but Lithuania condemned the plan.", "15", "BLR", "BLR"},
		{"a trailing speaker", "Rebels shelled the airport in Goma, officials said.", "19", "-", "---GOV"},
	} {
		got, ok := reporter(c.text, c.root, c.src)
		if !ok {
			t.Errorf("%s: %q coded no %s event", c.why, c.text, c.root)
			continue
		}
		if got != c.want {
			t.Errorf("%s: %q reported_by %q, want %q", c.why, c.text, got, c.want)
		}
	}
}

// FuzzS9Sides runs the pipeline over the shapes this round's rules read:
// a reporting verb before or after an incident clause, an opening gerund,
// foreign victims, "joined X in", a plan judged, a threat's condition,
// a participle's victims and forces withdrawn. Nothing may panic or fail.
func FuzzS9Sides(f *testing.F) {
	p := newTestPipeline(f)
	for _, s := range []string{
		"The UN said fighting in Khartoum killed", "said a roadside bomb", "said that a", "said shelling",
		"Fighting killed 50, the UN said.", "Shelling,", "Fighting in", "said a bomb planted by",
		"Two Danish volunteers were killed in Ukraine.", "A bomb exploded on an Air India jet",
		"Spain joined Portugal in condemning", "joined the", "joined in", "in imposing",
		"said it would, but Egypt rejected it.", "rejected the plan", "condemned the move.",
		"warned it would act if Western sanctions", "if Israeli", "if",
		"A car bomb exploded in Kabul, killing four Chinese engineers.", ", killing",
		"Kenyan troops were withdrawn from the border with", "were pulled back from",
		"\xff said \xfe", "said", ", said the",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, txt string) {
		if _, err := p.Code(context.Background(), story.Story{ID: "f", Date: "2024-05-01", Text: txt}); err != nil {
			t.Fatal(err)
		}
	})
}
