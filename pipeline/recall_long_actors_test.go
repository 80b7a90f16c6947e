package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// longActorCase is one long agency sentence and what its first
// non-negated event whose CAMEO code starts with root must show. src and tgt are as in
// frameCase ("-" any, a code prefix otherwise). notSrc and notTgt are
// code prefixes no actor on that side may carry, and notText an actor
// text no event of the sentence may have on either side: the must-not
// half of the case.
type longActorCase struct {
	why, text              string
	root, src, tgt         string
	notSrc, notTgt, notTxt string
}

// TestRecallLongActors: actor recognition in long wire copy (25-50
// words, dateline, appositives, titles without names the dictionary
// knows, possessives, compound sectors, "X-based Y", acronyms defined in
// brackets, groups of states and people nouns). Every sentence was
// written for this test.
func TestRecallLongActors(t *testing.T) {
	p := newTestPipeline(t)
	cases := []longActorCase{
		// Weapons are things: "from X" names a seller, not their owner.
		{"jets bought from a state", "SEOUL (AP) - South Korea bought 40 F-35 fighter jets from the United States for about $6 billion, the defence ministry in Seoul said on Tuesday, as tensions with North Korea rose.", "06", "KOR", "USA", "", "", "fighter jets from the United States"},
		{"jets received from a state", "Pakistan received the first batch of J-10C fighter jets from China on Monday, the Pakistani air force said, in a ceremony attended by the prime minister at an air base near Islamabad.", "07", "CHN", "PAK", "", "CHNMIL", "fighter jets"},
		{"warplanes from a coalition are its own", "Warplanes from the Saudi-led coalition bombed a fuel depot in the Houthi-held port of Hodeidah on Tuesday, killing four workers, residents and a port official said.", "19", "IMGMEACLT", "YEM", "", "", "warplanes"},
		{"drones that strike are still the force", "Ukrainian drones struck an oil refinery deep inside Russia overnight, starting a large fire, the regional governor said, as Moscow said its air defences had downed dozens of the aircraft.", "19", "UKRMIL", "RUS", "", "", ""},
		// A legislature named with its state keeps it.
		{"the US Senate keeps its country", "The US Senate voted on Wednesday to block arms sales to Saudi Arabia over the kingdom's role in the war in Yemen, defying President Donald Trump.", "16", "USALEG", "SAU", "SAU", "", ""},
		// Titles and appositives.
		{"possessive title with a name parley may not know", "KYIV (AFP) - Ukraine's deputy defence minister Hanna Maliar accused Russian forces of shelling residential areas of Kharkiv overnight, killing at least six civilians, in a post on the Telegram messaging app on Friday.", "11", "UKRGOV", "RUSMIL", "", "", ""},
		{"a title, an unknown name and 'of' a state", "CAIRO (Reuters) - Foreign Minister Ahmed Abdel Rahman of Sudan met the Chadian president in N'Djamena on Tuesday to discuss the flow of refugees from Darfur, his ministry said.", "04", "SDNGOV", "TCDGOV", "", "", ""},
		{"a commander of a named body", "Syrian Kurdish officials said Turkish drones had killed a senior commander of the Kurdish-led Syrian Democratic Forces (SDF) in a strike on a car near Qamishli.", "19", "TURMIL", "SYRREB", "", "TURMIL", ""},
		{"parliament speaker by title", "TEHRAN, June 3 (Xinhua) -- The Iranian parliament speaker on Sunday condemned the United States for imposing fresh sanctions on the country's oil sector, calling the measures an act of economic war against the Iranian people.", "11", "IRNLEG", "USA", "", "", ""},
		{"appositive after a name", "Mahmoud Abbas, the Palestinian president, met Jordan's King Abdullah in Amman on Monday for talks on the stalled peace process, a day after Israeli troops raided the West Bank city of Jenin.", "04", "PSEGOV", "JORGOV", "", "", ""},
		{"appositive before the verb", "Sergei Lavrov, Russia's foreign minister, accused Western countries of waging a hybrid war against Moscow, in a speech to Russian diplomats on Wednesday.", "11", "RUSGOV", "WST", "", "", ""},
		{"a title alone takes the dateline's state", "ADDIS ABABA (Reuters) - The foreign minister accused neighbouring Eritrea of sending troops across the border to support rebels in the northern Tigray region, in a statement read on state television on Monday.", "11", "ETHGOV", "ERI", "ERI", "", ""},
		{"possessive intelligence chief", "Turkey's intelligence chief travelled to Damascus last week for secret talks with Syrian officials on the future of Kurdish fighters along the border, two sources familiar with the visit told Reuters.", "04", "TURSPY", "SYRGOV", "", "", ""},
		{"an envoy for a state is the sender's", "The US envoy for Syria, James Jeffrey, met Syrian opposition leaders in Istanbul on Monday to discuss the constitutional committee, a State Department spokesman said.", "04", "USAGOV", "SYROPP", "SYR", "", ""},
		{"a ministry's spokesman", "The Turkish foreign minister's spokesman rejected criticism from Athens over the conversion of Hagia Sophia into a mosque, calling it an internal matter for Turkey.", "12", "TURGOV", "-", "", "", ""},
		// Heads of a named body are the body's.
		{"opposition negotiators are the opposition", "Syrian opposition negotiators walked out of the United Nations-sponsored talks in Geneva on Wednesday, accusing the government delegation of refusing to discuss a political transition.", "11", "SYROPP", "SYRGOV", "SYROPPGOV", "", ""},
		{"the rebels' commander is the rebels'", "The rebels' commander in eastern Congo said his fighters had withdrawn from the town of Bunagana after three days of heavy fighting with the Congolese army, but vowed to return if attacked.", "01", "CODREB", "-", "CODREBMIL", "", ""},
		{"a ruling party after its state's possessive", "Zimbabwe's ruling ZANU-PF party accused the main opposition Citizens Coalition for Change of inciting violence ahead of the August election, a party spokesman told reporters in Harare.", "11", "ZWEPTY", "ZWEOPP", "", "ZWEPTY", ""},
		{"opposition leader by title", "Ugandan opposition leader Bobi Wine said soldiers had surrounded his home in Kampala and placed him under house arrest, a day after the electoral commission declared Yoweri Museveni the winner.", "01", "UGAOPP", "-", "", "", ""},
		{"a leader's party is the party", "Palestinian President Mahmoud Abbas's Fatah movement accused its rival Hamas of arresting dozens of its members in the Gaza Strip, a charge the Islamist group denied.", "11", "PSEPTY", "PSEREB", "PSEGOV", "", ""},
		// Compound sectors.
		{"government forces and their allies", "Syrian government forces and their Russian allies pounded rebel-held areas of southern Idlib on Thursday, forcing tens of thousands of civilians to flee towards the Turkish border.", "19", "SYRGOVMIL", "-", "", "", ""},
		{"their allies coordinated keep their own state", "Syrian government forces and their Russian allies pounded rebel-held areas of southern Idlib on Thursday, forcing tens of thousands of civilians to flee towards the Turkish border.", "19", "RUS", "-", "", "", ""},
		{"pro-government militias", "Pro-government militias attacked protesters in the Iraqi capital on Friday night, killing at least 15 people and wounding dozens more, security and medical sources said.", "18", "IRQREB", "IRQCVL", "", "", ""},
		{"a backer is not the actor", "Iranian-backed fighters fired rockets at a US base in eastern Syria on Monday, causing no casualties, the Pentagon said, in the latest of a string of attacks on American troops in the region.", "19", "-", "USA", "IRN", "", ""},
		{"Saudi-led coalition", "The Saudi-led coalition carried out more than 20 air strikes on the Yemeni capital Sanaa overnight, hitting military sites held by the Houthi rebels, residents and the rebels' Al-Masirah television said.", "19", "IMGMEACLT", "YEM", "", "", ""},
		{"Russian-backed separatists are the state's own", "Russian-backed separatists in eastern Ukraine shot down a Ukrainian military transport plane on Saturday, killing all 49 people on board, the Ukrainian military said.", "19", "UKRSEP", "UKRMIL", "RUS", "", ""},
		{"two adjectives share a head", "Kyrgyz and Tajik border guards exchanged fire at a disputed section of the frontier on Thursday, killing at least three people, officials in Bishkek said.", "19", "KGZMIL", "TJKMIL", "", "", ""},
		{"Britain's air force by name", "Britain's defence secretary said two Royal Air Force Typhoon jets had shot down drones launched by the Houthis towards commercial ships in the southern Red Sea.", "19", "GBRMIL", "YEMREB", "", "", ""},
		// Organisations: acronyms defined in brackets, X-based Y.
		{"an acronym restates its body", "The Paris-based media watchdog Reporters Without Borders (RSF) condemned the arrest of three journalists by the military authorities in Niamey.", "11", "NGOMEDRSF", "NER", "SDN", "", ""},
		{"the same acronym for an armed group", "Sudan's paramilitary Rapid Support Forces (RSF) shelled a hospital in El Fasher on Sunday, killing nine patients, the medical charity Doctors Without Borders said.", "19", "SDNREB", "SDN", "", "", ""},
		{"a war monitor with its acronym", "The Syrian Observatory for Human Rights (SOHR), a Britain-based war monitor, said Russian warplanes had bombed villages in Idlib province, killing 11 civilians including four children.", "19", "RUSMIL", "SYR", "GBR", "", ""},
		{"London-based does not make a rights group British", "Amnesty International, the London-based rights group, accused the Egyptian authorities of torturing detainees held in connection with anti-government protests last year.", "11", "NGOHRIAMN", "EGYGOV", "GBR", "", ""},
		{"Pakistan-based militant group", "A Pakistan-based militant group claimed the attack on an Indian army convoy in Kashmir that killed 40 paramilitary police, and vowed more attacks on Indian forces in the region.", "19", "PAKREB", "IND", "IND", "", ""},
		{"Sanaa-based authorities", "The Sanaa-based authorities detained 11 United Nations staff members on Thursday, accusing them of spying for the United States and Israel, a spokesman for the world body said.", "17", "YEMGOV", "IGOUNO", "", "", ""},
		{"a Vienna-based agency keeps its code", "The Vienna-based International Atomic Energy Agency said Iran had increased its stockpile of highly enriched uranium, in a confidential report seen by Reuters on Wednesday.", "01", "IGOUNOIAE", "IRN", "AUT", "", ""},
		{"a Brussels-based body keeps its code", "The Brussels-based European Commission proposed new sanctions against Belarus on Wednesday over the forced landing of a Ryanair flight and the arrest of a dissident journalist on board.", "03", "IGOEUREEC", "BLR", "BEL", "", ""},
		{"the armed wing of a movement", "A spokesman for the Qassam Brigades, the armed wing of Hamas, said its fighters had destroyed an Israeli tank in northern Gaza with an anti-tank missile.", "01", "PSEREB", "-", "", "", ""},
		// ", and" between clauses coordinates no actors.
		{"a clause after ', and' is its own", "SARAJEVO (AP) - Bosnian Serb gunners shelled the city's old town overnight, killing at least 12 people, and the Bosnian government accused the Yugoslav army of arming the Serb militias.", "11", "BIHGOV", "YUGMIL", "BIHCVL", "", ""},
		{"a leader after ', and' is no victim", "GAZA (Reuters) - Hamas gunmen stormed into southern Israel from the Gaza Strip on Saturday, killing hundreds of people, and Israeli Prime Minister Benjamin Netanyahu said the country was at war.", "20", "PSEREB", "-", "", "ISRGOV", ""},
		// Groups of states.
		{"Gulf Arab states", "Gulf Arab states and Egypt cut diplomatic ties with Qatar on Monday, accusing it of supporting terrorism and Iran, in the worst rift among Arab states in years.", "16", "PGS", "QAT", "", "", ""},
		{"guarantor states listed", "The guarantor states of the Astana process, Russia, Turkey and Iran, agreed to set up de-escalation zones in Syria at talks in the Kazakh capital.", "03", "RUS", "-", "", "", ""},
		{"Western powers", "Western powers accused Iran of failing to cooperate with United Nations inspectors, and threatened to refer the country to the Security Council.", "11", "WST", "IRN", "", "", ""},
		{"a regional bloc by its acronym", "The Economic Community of West African States (ECOWAS) suspended Niger from the bloc and threatened to use force if the coup leaders did not restore President Mohamed Bazoum.", "16", "IGOWAFWAS", "NER", "", "", ""},
		// People nouns.
		{"villagers take their place's state", "Villagers in northern Burkina Faso said suspected jihadists had stormed their market on Sunday, killing at least 30 people and burning dozens of shops before fleeing on motorbikes.", "01", "BFACVL", "-", "", "", ""},
		{"lawmakers in a state", "Lawmakers in Kenya on Thursday rejected a bill that would have extended the president's term, dealing a blow to supporters of President Uhuru Kenyatta ahead of next year's election.", "12", "KENLEG", "-", "", "", ""},
		{"tribal leaders", "Tribal leaders in eastern Libya said they would block oil exports from the country's main terminals until the Tripoli-based government shared revenues more fairly with the region.", "13", "LBY", "-", "", "", ""},
		{"settlers and farmers", "Jewish settlers attacked Palestinian farmers harvesting olives near the West Bank village of Burin on Saturday, injuring three men, the Palestinian health ministry said.", "19", "-", "PSEAGR", "", "", ""},
		// Farmers' and fishermen's statements to nobody are no events
		// (privateRemark); this one accuses the navy, so it is 112.
		{"fishermen", "Palestinian fishermen said Israeli navy boats had fired on them off the coast of Gaza and seized two fishing boats, injuring one fisherman.", "11", "PSEAGR", "-", "", "", ""},
		{"clerics", "Iranian clerics urged the judiciary to execute protesters convicted of waging war against God, in sermons at Friday prayers across the country.", "02", "IRNREL", "IRNJUD", "", "", ""},
		{"pirates", "Somali pirates hijacked a Bangladeshi-flagged bulk carrier off the coast of Somalia and took its 23 crew members hostage, the ship's owner said.", "18", "SOMCRM", "-", "", "", ""},
		{"herders and militiamen", "Kenyan herders clashed with Somali militiamen near the border town of Mandera, leaving at least 12 dead, police and local leaders said on Thursday.", "19", "KENAGR", "SOMREB", "", "", ""},
		{"students", "Afghan students protested outside Kabul University against the Taliban's ban on women attending classes, before being dispersed by fighters firing into the air.", "14", "AFGEDU", "-", "", "", ""},
		{"pilgrims", "Muslim pilgrims stampeded during the stoning ritual at Mina, killing more than 700 people, Saudi Arabia's civil defence directorate said.", "19", "SAUCVL", "-", "", "", ""},
	}
	checkLongActorCases(t, p, cases)
}

// checkLongActorCases codes each case's sentence (story date 2024-05-01)
// and checks the first non-negated event of its root: each side must hold
// the wanted country or code prefix ("-" for any), must not hold the
// not-prefix, and no actor may carry notTxt as its text.
func checkLongActorCases(t *testing.T, p *Pipeline, cases []longActorCase) {
	t.Helper()
	for _, c := range cases {
		evs := codeText(t, p, "2024-05-01", c.text)
		if c.notTxt != "" {
			for i := range evs {
				for _, a := range append(append([]event.Actor(nil), evs[i].Source...), evs[i].Target...) {
					if strings.EqualFold(a.Text, c.notTxt) {
						t.Errorf("%s: %q has an actor %q (%s), want none", c.why, c.text, a.Text, a.Code)
					}
				}
			}
		}
		var hit *event.Event
		for i := range evs {
			if strings.HasPrefix(evs[i].CAMEO, c.root) && !evs[i].Modality.Negated {
				hit = &evs[i]
				break
			}
		}
		if hit == nil {
			t.Errorf("%s: %q coded no %s event; got %s", c.why, c.text, c.root, describe(evs))
			continue
		}
		side := func(name string, as []event.Actor, want, not string) {
			if want != "-" && !hasCountry(as, want) {
				t.Errorf("%s: %q %s %s, want %s", c.why, c.text, name, actorCodes(as), want)
			}
			for _, a := range as {
				if not != "" && strings.HasPrefix(a.Code, not) {
					t.Errorf("%s: %q %s %s, must not be %s", c.why, c.text, name, actorCodes(as), not)
				}
			}
		}
		side("source", hit.Source, c.src, c.notSrc)
		side("target", hit.Target, c.tgt, c.notTgt)
	}
}
