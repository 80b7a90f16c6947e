package pipeline

import "testing"

// TestRecallDev10 keeps the dictionary lines the tenth session's
// complete-listing development set (eval/testdata/dev10) led to. Every
// sentence here is new, written for this test in wire style, and each
// rule has a must-not row beside its positive ones: the set's extras
// showed over-coding as often as its misses showed gaps.
func TestRecallDev10(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// A labour strike is called only as the verb's object or right after
		// "for": a participle of saying that mentions air strikes calls none.
		{why: "called a strike", text: "Kenyan doctors called a nationwide strike over unpaid salaries.", code: "143", src: "KEN", tgt: "-"},
		{why: "called for a strike", text: "Bangladeshi opposition parties called for a general strike on Sunday.", code: "143", src: "BGD", tgt: "-"},
		{why: "calling X a chance to avert strikes", text: "Egypt's foreign minister welcomed the proposal, calling it a last chance to avert Israeli air strikes on Rafah.", code: "14", none: true},
		{why: "called for an end to strikes", text: "The Arab League called for an end to the air strikes on Yemen's capital.", code: "14", none: true},

		// Warplanes sent into another state's zone or airspace: a show of
		// force, not arms supplied.
		{why: "warplanes sent into an air defence zone", text: "China sent 30 warplanes into Taiwan's air defence identification zone over the weekend.", code: "150", src: "CHN", tgt: "TWN"},
		{why: "bombers flown into airspace", text: "Russia flew two strategic bombers into Japan's airspace near Hokkaido on Thursday.", code: "150", src: "RUS", tgt: "JPN"},
		{why: "warplanes sent into a zone are no arms", text: "China sent 30 warplanes into Taiwan's air defence identification zone over the weekend.", code: "07", none: true},

		// Arms dropped "to" fighters are military aid; bombs dropped "on"
		// a town are no aid.
		{why: "arms dropped to fighters", text: "American planes dropped ammunition and weapons to Iraqi Kurdish fighters near Sinjar.", code: "072", src: "USA", tgt: "IRQ"},
		{why: "bombs dropped on a town are no aid", text: "Government helicopters dropped barrel bombs on the rebel-held town of Daraya.", code: "07", none: true},

		// Questioning in an investigation is an inquiry into a crime.
		{why: "police questioned X in an investigation", text: "Argentine police questioned former President Cristina Fernandez as part of an investigation into public works contracts.", code: "091", src: "ARG", tgt: "ARG"},
		{why: "lawmakers questioning an inquiry investigate nothing", text: "Opposition lawmakers questioned the cost of the parliamentary inquiry into the floods.", code: "09", none: true},

		// A junta's charges and charges of doing something illegally are
		// legal action (173), not an accusation (112).
		{why: "junta charged", text: "Niger's junta charged the deposed president with high treason.", code: "173", src: "NER", tgt: "NER"},
		{why: "charged with illegally doing", text: "Tunisian authorities charged a former minister with illegally transferring public funds abroad.", code: "173", src: "TUN", tgt: "TUN"},
		{why: "a state charging a state still accuses", text: "Iran charged the United States with meddling in its internal affairs.", code: "173", none: true},

		// "Agreed a ceasefire" is a ceasefire, not a bare intent.
		{why: "agreed a truce", text: "Ethiopia and the Tigrayan forces agreed a truce after ten days of talks in Pretoria.", code: "0871", src: "ETH", tgt: "ETH"},
		{why: "agreed that a truce should hold is no truce", text: "Both governments agreed that the truce in the border region should be extended.", code: "0871", none: true},

		// Battalions and brigades ordered to a border are a mobilisation.
		{why: "battalions ordered to the border", text: "Colombia's president ordered three army battalions to the border with Venezuela.", code: "154", src: "COL", tgt: "-"},

		// A warning that troops may restore order threatens repression.
		{why: "warned troops would restore order", text: "Bolivia's interior minister warned that the army would be called in to restore order if the roadblocks continued.", code: "137", src: "BOL", tgt: "-"},
		{why: "troops that restored order threaten nobody", text: "Officials said soldiers had restored order in the northern city after two days of looting.", code: "13", none: true},

		// A protesting crowd that marches demonstrates, with no purpose
		// written; soldiers marching on parade do not.
		{why: "women marched", text: "Tens of thousands of women marched in Buenos Aires on Wednesday.", code: "141", src: "ARG", tgt: "-"},
		{why: "soldiers on parade do not protest", text: "Thousands of soldiers marched through central Moscow in the annual military parade.", code: "14", none: true},

		// An army that ousts a leader carries out a coup; a parliament that
		// ousts one does not.
		{why: "army ousted the president", text: "Gabon's army ousted President Ali Bongo hours after he was declared the election winner.", code: "180", src: "GAB", tgt: "GAB"},
		{why: "parliament ousting a president is no coup", text: "Peru's Congress ousted President Martin Vizcarra in an impeachment vote on Monday.", code: "18", none: true},

		// "Marks" the currency is no commemoration.
		{why: "marked an anniversary", text: "Thousands of Armenians marked the anniversary of the 1915 killings in Yerevan on Wednesday.", code: "017", src: "ARM", tgt: "-"},
		{why: "marks of aid are no symbolic act", text: "West Germany pledged 30 million marks in development aid to Zambia.", code: "01", none: true},

		// Ties and alliances defended are defended verbally.
		{why: "defended ties with a state", text: "Serbia's president defended his country's ties with Russia in a speech to parliament.", code: "052", src: "SRB", tgt: "RUS"},

		// A person handed to another state's agents is delivered to it.
		{why: "handed to foreign agents", text: "Thai police handed the Cambodian dissident to Cambodian agents at the border crossing.", code: "063", src: "THA", tgt: "KHM"},

		// An act done in defiance of a ban defies it.
		{why: "rally in defiance of a ban", text: "Bangladeshi opposition supporters rallied in Dhaka in defiance of a police ban on gatherings.", code: "128", src: "BGD", tgt: "-"},
		{why: "a ban obeyed is no defiance", text: "Opposition supporters called off the rally in Dhaka after a police ban on gatherings.", code: "12", none: true},

		// A refusal to hand a named party over "to" a state targets the state.
		{why: "refused to hand over to a state", text: "Syria refused to hand over the Hamas leaders to Israel.", code: "1243", src: "SYR", tgt: "ISR"},
		{why: "power not handed over is a refused reform", text: "The general refused to hand over power to an elected government.", code: "1243", none: true},

		// Inquiries into bribes are inquiries into a crime.
		{why: "investigation into bribes", text: "Zambian police opened an investigation into bribes paid to mining inspectors.", code: "091", src: "ZMB", tgt: "-"},

		// Refugees interviewed about killings by a party: an inquiry into
		// that party's abuses.
		{why: "interviewed about killings by", text: "Amnesty researchers interviewed Sudanese refugees in Chad about killings by the Rapid Support Forces.", code: "092", src: "-", tgt: "SDN"},
		{why: "interviewed about a budget", text: "Reporters interviewed the Sudanese finance minister about the budget.", code: "09", none: true},

		// Troops that arrive as part of a force keep the peace; troops
		// that arrive for exercises do not.
		{why: "arrived as part of a UN force", text: "Zambian soldiers arrived in Mali as part of a UN force.", code: "074", src: "ZMB", tgt: "MLI"},
		{why: "arrived for exercises", text: "Chinese soldiers arrived in Pakistan for joint exercises on Monday.", code: "074", none: true},

		// "An account X denied" closes a report as "a charge X denied" does.
		{why: "an account X denied", text: "Kenyan protesters said police had beaten them, an account Kenya's interior ministry denied.", code: "016", src: "KEN", tgt: "-"},
		{why: "an account given is no denial", text: "The minister gave an account of the talks to parliament.", code: "016", none: true},

		// A representative recalled from a body or a state is a cut in relations.
		{why: "recalled its representative", text: "Ukraine recalled its representative from the Council of Europe in protest.", code: "161", src: "UKR", tgt: "-"},
		{why: "cars recalled are no diplomacy", text: "The carmaker recalled 20,000 vehicles in Japan over faulty brakes.", code: "16", none: true},

		// Fire returned is a fight.
		{why: "returned fire", text: "Thai soldiers returned fire at Cambodian troops near the disputed temple.", code: "19", src: "THA", tgt: "KHM"},
		{why: "a fire-damaged thing returned is no fight", text: "Greece returned the fire-damaged manuscripts to the monastery.", code: "19", none: true},
	})
}
