package pipeline

import (
	"strings"
	"testing"
)

// Every sentence here was written for this file: long wire sentences
// (25-50 words) that hold no codeable event, or hold one beside
// background that must not be coded: a war's running toll, a disaster, an
// accident, a clause of history. Must-not rows beside them keep the real
// event of a sentence that looks alike.

// longCase expects, of the events of CAMEO root root (see rootIn) in a
// one-sentence story: want "none" for no such event; else an event with
// the dyad want ("SRC>TGT"); with not set, no event with the dyad not.
// day, when set, is the date the wanted event must carry.
type longCase struct {
	why, text  string
	root, want string
	not, day   string
	hist       bool // the wanted event must be marked historical
	recent     bool // the wanted event must not be
}

func TestRecallLongNoEvent(t *testing.T) {
	p := newTestPipeline(t)
	const pub = "2020-01-01"
	for _, c := range []longCase{
		// A war's toll: a conflict noun as the subject of a harm verb in
		// a relative clause, in the perfect, or long ago.
		{why: "conflict toll behind a parenthesis",
			text: "The conflict, which began in 2011 with a crackdown on peaceful protests, has killed more than 350,000 people, according to rights monitors.",
			root: "18", want: "none"},
		{why: "war toll in the perfect",
			text: "The war in Yemen has killed tens of thousands of people since 2015 and pushed the country to the brink of famine.",
			root: "18", want: "none"},
		{why: "violence toll behind a parenthesis",
			text: "The violence, which erupted after a disputed election in December, has killed at least 1,000 people and driven 300,000 from their homes.",
			root: "18", want: "none"},
		{why: "a war that killed, after a withdrawal",
			text: "The Soviet Union invaded Afghanistan in December 1979 and withdrew its last troops a decade later after a war that killed more than a million Afghans.",
			root: "18", not: "SUN>AFGCVL"},
		{why: "a past border war's toll in a since-clause",
			text: "Ethiopian and Eritrean leaders signed a declaration in Asmara on Monday ending a state of war that had persisted since a border conflict in 1998-2000 killed some 80,000 people.",
			root: "18", want: "none"},
		{why: "a hedged toll ('is believed to have killed')",
			text: "Ethiopia's government and Tigrayan forces signed a ceasefire in Pretoria on Wednesday, ending a two-year war that is believed to have killed hundreds of thousands of people.",
			root: "18", want: "none"},
		{why: "the ceasefire itself is kept",
			text: "Ethiopia's government and Tigrayan forces signed a ceasefire in Pretoria on Wednesday, ending a two-year war that is believed to have killed hundreds of thousands of people.",
			root: "08", want: "ETHGOV>ETHREB"},
		// Must not: the same sentence keeps its real event.
		{why: "the declaration itself is kept",
			text: "Ethiopian and Eritrean leaders signed a declaration in Asmara on Monday ending a state of war that had persisted since a border conflict in 1998-2000 killed some 80,000 people.",
			root: "05", want: "ETHGOV>ERIGOV"},
		{why: "rockets kept, the war's toll dropped",
			text: "Rebels fired rockets at the city of Aden on Tuesday, killing three civilians, in the latest violence in a war that has killed tens of thousands of people since 2015.",
			root: "18", want: "YEMREB>YEM"},
		// Since the tenth session the participle's killing is the rockets'
		// harm, coded once (harmTwin), not a second event of the rebels.
		{why: "the killing participle is the rockets' harm, not a second event",
			text: "Rebels fired rockets at the city of Aden on Tuesday, killing three civilians, in the latest violence in a war that has killed tens of thousands of people since 2015.",
			root: "18", not: "YEMREB>---CVL"},
		{why: "the war's toll has no rebel source",
			text: "Rebels fired rockets at the city of Aden on Tuesday, killing three civilians, in the latest violence in a war that has killed tens of thousands of people since 2015.",
			root: "20", want: "none"},
		{why: "the day's fighting is an event",
			text: "Fighting between the Sudanese army and the Rapid Support Forces killed at least 56 civilians in Khartoum on Saturday, a doctors' union said.",
			root: "18", want: "SDNMIL>SDNREB"},
		{why: "a strike by a named agent",
			text: "A drone strike by the United States killed a senior al-Shabaab commander in southern Somalia on Tuesday, the Pentagon said in a statement.",
			root: "18", want: "USA>SOMREB"},
		{why: "a conflict in an aside does not remove the strike",
			text: "Turkish warplanes struck Kurdish militant targets in northern Iraq on Sunday, the defence ministry said, in the latest round of a conflict that has lasted decades.",
			root: "18", want: "TURMIL>IRQREB"},
		// Disasters and accidents harm without an agent.
		{why: "a factory fire",
			text: "A fire at a garment factory on the outskirts of Dhaka killed 12 workers on Tuesday, fire officials said, adding that the blaze was probably caused by an electrical fault.",
			root: "18", want: "none"},
		{why: "a bus in a ravine",
			text: "A bus carrying 40 passengers plunged into a ravine on a mountain road in heavy fog early on Sunday, killing at least 18 people, police said.",
			root: "18", want: "none"},
		{why: "the accident, as police tell it",
			text: "Police said the accident happened when a bus carrying 40 passengers plunged into a ravine on a mountain road in heavy fog early on Sunday, killing at least 18 people.",
			root: "18", want: "none"},
		{why: "an earthquake's toll after a comma",
			text: "An earthquake of magnitude 7.8 struck southern Turkey and northern Syria before dawn on Monday, killing more than 2,000 people in both countries.",
			root: "18", want: "none"},
		{why: "a landslide's toll",
			text: "A landslide triggered by days of heavy rain buried dozens of homes in a mountain village in Colombia, killing at least 14 people, officials said.",
			root: "18", want: "none"},
		// Must not: violence that merely sits near a disaster word.
		{why: "gunmen who crashed a car and opened fire",
			text: "Gunmen who crashed a car into the gate of a police compound in the city of Quetta opened fire on officers on Monday, killing five, officials said.",
			// "officers" are police since the ninth session, so the fire
			// has a target and is the small-arms fight it describes.
			root: "19", want: "---UAF>---COP"},
		{why: "gunmen at a flood relief camp",
			text: "Gunmen at a flood relief camp in Sindh province killed three aid workers on Thursday, police said, in an attack that no group has claimed.",
			root: "18", want: "---UAF>---NGO"},
		{why: "a car bomb is no accident",
			text: "A car bomb exploded outside a police station in the northern city of Kirkuk on Monday, killing at least 12 people and wounding dozens, police said.",
			root: "18", want: ">IRQCVL"},
		{why: "the fighting of the day",
			text: "The fighting killed 30 soldiers and 12 rebels on Tuesday in the worst clashes in the province this year, military sources said.",
			root: "18", want: ">---MIL+---REB"},
		// Where a blow lands is not where its senders are from.
		{why: "rockets into southern Israel",
			text: "Militants fired two rockets into southern Israel late on Sunday, the army said, as Egyptian mediators worked to shore up a fragile truce.",
			root: "18", not: "ISRREB>ISR"},
		{why: "Israeli militants are still Israel's",
			text: "Israeli settlers attacked a Palestinian village near Nablus on Friday, setting fire to cars and homes, the Palestinian health ministry said.",
			root: "18", want: "ISRSET>PSE"},
		// A relative clause's date is background, not the main verb's.
		{why: "a leader's past coup does not date his speech",
			text: "The president, who came to power in a coup in 2021, told a rally in the capital on Saturday that his government would not hand over power until security was restored.",
			root: "12", want: "---GOV>", day: "2019-12-28"},
		{why: "a withdrawal in the aside keeps its own date",
			text: "Washington, which withdrew its troops from the border area on Monday, said it did not endorse the Turkish operation in northern Syria.",
			root: "08", want: "USA>SYR", day: "2019-12-30"},
		{why: "the statement after the aside is not Monday's",
			text: "Washington, which withdrew its troops from the border area on Monday, said it did not endorse the Turkish operation in northern Syria.",
			root: "12", want: "USA>TUR", day: pub},
		{why: "a since-clause's date is not the schedule's",
			text: "Voters will elect 450 members of parliament in polls scheduled for the autumn, the first national elections since the military took power three years ago.",
			root: "08", not: "---CVL>", day: "2017-01-01"},
		// A war's name is no actor: "the Korean War ended" is no act of
		// Korea, "the Syrian conflict has driven" none of Syria's.
		{why: "a war named by a state ends",
			text: "The two Koreas remain technically at war because the 1950-53 Korean War ended in an armistice rather than a peace treaty, and the border between them is among the most heavily fortified in the world.",
			root: "16", want: "none"},
		{why: "a conflict's toll of refugees",
			text: "The Syrian conflict has driven more than six million people from the country and drawn in Russia, Iran, Turkey and the United States.",
			root: "18", want: "none"},
		{why: "war planes are armed forces",
			text: "Syrian war planes bombed a market in the town of Maarat al-Numan on Monday, killing at least 15 civilians, a war monitor said.",
			root: "18", want: "SYRMIL>SYRCVL"}, // the participle's civilians, since the eleventh session
		// A purpose clause restates the meeting: no second, one-sided one.
		{why: "met to discuss is one meeting",
			text: "The foreign minister, who arrived in Moscow on Monday for a three-day visit, met his Russian counterpart to discuss the war in Syria, which has drawn in several regional powers.",
			root: "04", not: "RUS>"},
		// A counterpart holds the minister's post in Russia (RUSGOV).
		{why: "the meeting itself stays",
			text: "The foreign minister, who arrived in Moscow on Monday for a three-day visit, met his Russian counterpart to discuss the war in Syria, which has drawn in several regional powers.",
			root: "04", want: "RUSGOV>---GOV"},
		// An aside's date is its own in both directions: a participle
		// aside's year does not date the main verb, and a relative aside
		// takes no date from the main clause.
		{why: "the verdict's day, not the charge's year",
			text: "The tribunal will deliver its verdict in the case of the former rebel commander, accused of ordering the killing of civilians in 2002, on April 12, a court spokesman said.",
			root: "11", want: "---JUD>---REB", day: "2020-04-12"},
		{why: "a border drawn in 1893 is not recognised today",
			text: "The border between the two countries, drawn by British colonial officials in 1893, has never been formally recognised by Kabul, and clashes along it are frequent.",
			root: "12", want: "AFG>", day: pub},
		{why: "a participle aside happens with its clause",
			text: "Syrian government forces, backed by Russian air strikes, killed 19 rebels in an attack on a village in Hama province on Friday, a monitor said.",
			root: "07", want: "RUS>SYRGOVMIL", day: "2019-12-27"},
		// A relative clause after an anniversary or a dated event tells of
		// that past.
		{why: "the anniversary's attack is history",
			text: "Thousands of people gathered in New York on Saturday to mark the 20th anniversary of the September 11 attacks, in which al-Qaeda hijackers killed nearly 3,000 people.",
			root: "18", want: "IMGMUSRAD>", hist: true},
		{why: "a memorial's dated attack takes its year",
			text: "Mourners laid flowers on Sunday at the memorial for the 77 victims of the 2011 attacks in Oslo and on the island of Utoya, where a far-right extremist shot dead dozens of teenagers.",
			root: "18", want: "---RAD>---CVL", day: "2011-01-01", hist: true},
		{why: "the mourning itself is the day's",
			text: "Mourners laid flowers on Sunday at the memorial for the 77 victims of the 2011 attacks in Oslo and on the island of Utoya, where a far-right extremist shot dead dozens of teenagers.",
			root: "01", want: "NORCVL>", day: "2019-12-29"},
		// A disaster closes roads without an agent.
		{why: "snow closes schools",
			text: "Heavy snow closed schools and roads across the north of the country on Wednesday, and the army was called in to help rescue motorists trapped on the main highway.",
			root: "18", want: "none"},
		// What the main clause dates years after is that old at least.
		{why: "years after: background",
			text: "The Taliban have banned girls from secondary school, two years after the movement seized power in Kabul as US-led forces withdrew from the country.",
			root: "08", want: "USAMIL>USA", hist: true},
		{why: "decades after: background",
			text: "Bosnian Serb leaders met in Banja Luka on Monday, decades after the army crushed the uprising in the region.",
			root: "17", want: "BIHMIL>BIH", hist: true},
		{why: "days after is no history",
			text: "Israeli troops raided the camp on Tuesday, two days after militants attacked a checkpoint near Jenin.",
			root: "18", want: "PSEREB>PSE", recent: true},
		// History stays marked as history.
		{why: "an annexation of 1981 is dated then",
			text: "Israel captured the Golan Heights from Syria in the 1967 Middle East war and annexed it in 1981, a move that most of the international community has never recognised.",
			root: "19", want: "ISR>SYR", day: "1981-01-01"},
	} {
		evs := codeText(t, p, pub, c.text)
		var dyads, days []string
		var hists []bool
		for _, ev := range evs {
			if rootIn(ev.CAMEORoot, c.root) {
				dyads = append(dyads, storyCodes(ev.Source)+">"+storyCodes(ev.Target))
				days = append(days, ev.Date)
				hists = append(hists, ev.Modality.Historical)
			}
		}
		switch {
		case c.not != "":
			for i, d := range dyads {
				if d == c.not && (c.day == "" || days[i] == c.day) {
					t.Errorf("%s: coded %s %s %s, want no such event; got %s", c.why, c.root, d, days[i], describe(evs))
				}
			}
		case c.want == "none":
			if len(dyads) > 0 {
				t.Errorf("%s: coded %s %v, want none", c.why, c.root, dyads)
			}
		default:
			found := false
			for i, d := range dyads {
				found = found || d == c.want && (c.day == "" || days[i] == c.day) && (!c.hist || hists[i]) && (!c.recent || !hists[i])
			}
			if !found {
				t.Errorf("%s: want %s %s %s (historical %v); got %s (dates %s)", c.why, c.root, c.want, c.day, c.hist, describe(evs), strings.Join(days, " "))
			}
		}
	}
}

// TestAnyActIsHypothetical: "any attack", "a possible strike" name no act
// that happened; "the attack" and "an attack" do.
func TestAnyActIsHypothetical(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct {
		text string
		hyp  bool
	}{
		{"Turkey reserved the right to respond to any attack by Syrian government forces on its observation posts in Idlib, Erdogan said.", true},
		{"Turkish troops in Idlib are ready to respond to a possible attack by Syrian government forces on their observation posts, the defence ministry said.", true},
		{"Turkish troops responded to the attack by Syrian government forces on their observation posts in Idlib on Friday.", false},
		{"Turkish troops in Idlib responded on Friday to an attack by Syrian government forces on their observation posts, the defence ministry said.", false},
	} {
		evs := codeText(t, p, "2020-03-06", c.text)
		found := false
		for _, ev := range evs {
			if rootIn(ev.CAMEORoot, "18") {
				found = true
				if ev.Modality.Hypothetical != c.hyp {
					t.Errorf("%q: %s hypothetical %v, want %v", c.text, ev.CAMEO, ev.Modality.Hypothetical, c.hyp)
				}
			}
		}
		if !found {
			t.Errorf("%q: no assault coded; got %s", c.text, describe(evs))
		}
	}
}

// FuzzBackground: the background rules (tolls, asides, anniversaries,
// restatements, definite strikes) read tokens around a head in both
// directions; no text makes them panic or give an actor offsets outside
// its sentence.
func FuzzBackground(f *testing.F) {
	p := newTestPipeline(f)
	for _, s := range []string{
		"The conflict, which began in 2011, has killed 350,000 people.",
		", which killed", "that killed", ", killing", "Killing, ,", "a war that is believed to have killed",
		"The president, who came to power in 2021, told a rally on Saturday.",
		"the 20th anniversary of the attacks, in which hijackers killed 3,000 people",
		"Israeli jets struck Gaza. The strikes killed 10. Israeli jets struck Gaza.",
		"any attack", "a possible", ", accused of , in 2002 ,", "residents said", "the gunmen",
		"\xff, which \xfe killed", "The strikes", "since a war in 1998 killed",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, txt string) {
		checkActorOffsets(t, txt, codeText(t, p, "2020-01-01", txt))
	})
}
