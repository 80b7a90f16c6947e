package pipeline

import "testing"

// TestS24RefugeNoSide: the place people flee to ("forced residents to flee
// to Poland", "fled across the border into Uganda", "sought refuge in
// Chad") is where they went, not their state nor a party to what drove
// them out: it gives no side its country (verb.FledTo, fledDestination,
// refugePhrase). A place the act itself happens in still does.
func TestS24RefugeNoSide(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "refuge after forced to flee", text: "Russian shelling forced residents to flee to Poland.", code: "19", src: "RUS", tgt: "!POL"},
		{why: "refuge after forced to flee", text: "Sudanese militias forced thousands of families to flee to Chad.", code: "201", src: "SDN", tgt: "!TCD"},
		{why: "refuge across the border", text: "Syrian troops forced villagers to flee across the border into Turkey.", code: "201", src: "SYR", tgt: "!TUR"},
		{why: "refuge after an adverb", text: "Islamist fighters forced thousands of residents to flee south to Burkina Faso.", code: "201", src: "-", tgt: "!BFA"},
		{why: "refuge of a participle", text: "Rebels attacked villagers fleeing to Kenya.", code: "18", src: "!KEN", tgt: "!KEN"},
		{why: "refuge of a participle", text: "Soldiers shot at families escaping into Thailand.", code: "-", src: "!THA", tgt: "!THA"},
		// must-not: the act's own place, and a destination of no flight
		{why: "must-not: where the act happens", text: "Russian troops shelled residents in Poland.", code: "19", src: "RUS", tgt: "POL"},
		{why: "must-not: fire sent into a state", text: "Militants fired rockets into Israel.", code: "19", src: "-", tgt: "ISR"},
		{why: "must-not: fire sent into a state", text: "Hezbollah fired rockets into northern Israel.", code: "19", src: "LBN", tgt: "ISR"},
		{why: "must-not: refugees' home named", text: "Myanmar troops forced Rohingya villagers to flee to Bangladesh.", code: "201", src: "MMR", tgt: "!BGD"},
	})
}

// TestS24HearerOfDemand: a demand, charge or refusal told to a hearer
// ("Zelensky told the UN that Russia must withdraw") is made of the
// third party its that-clause names, not of the hearer (toldOfThird).
// When the clause names the speaker's side or the hearer's own, the
// hearer stays the target.
func TestS24HearerOfDemand(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "hearer is a body", text: "Zelensky told the UN that Russia must withdraw its troops.", code: "10", src: "UKR", tgt: "RUS"},
		{why: "hearer is a state", text: "Zelensky told Germany that Russia must withdraw its troops.", code: "10", src: "UKR", tgt: "RUS"},
		{why: "hearer is a leader", text: "Blinken told China that North Korea must stop its missile tests.", code: "10", src: "USA", tgt: "PRK"},
		{why: "hearer is an assembly", text: "Erdogan told the UN General Assembly that Israel must stop the bombing of Gaza.", code: "10", src: "TUR", tgt: "ISR"},
		// must-not: the hearer's own side named, or the speaker's
		{why: "must-not: hearer's own state in the clause", text: "Biden told Netanyahu that Israel must protect civilians.", code: "10", src: "USA", tgt: "ISR"},
		{why: "must-not: a demand made of whom it names", text: "Zelensky said that Russia must withdraw its troops.", code: "10", src: "UKR", tgt: "RUS"},
		{why: "must-not: a demand with no hearer", text: "Britain demanded that Iran release the sailors.", code: "10", src: "GBR", tgt: "IRN"},
	})
}

// TestS24CampOnlyPlace: "removed ... camp" across a preposition names the
// camp only as where something else was taken from (campOnlyPlace): no
// eased dissent, no clearance. A camp, sit-in or barricades removed, or
// the protesters moved out of one, still code.
func TestS24CampOnlyPlace(t *testing.T) {
	p := newTestPipeline(t)
	checkCoded(t, p, []codedCase{
		{text: "Police removed bodies from the refugee camp.", code: "08", want: false},
		{text: "Police removed the bodies of three victims from the camp.", code: "08", want: false},
		{text: "Workers cleared rubble around the camp.", code: "08", want: false},
		{text: "Soldiers removed landmines near the camp.", code: "08", want: false},
		// must-not: the camp, sit-in or barricades removed, or its holders
		{text: "The students dismantled their encampment on Friday.", code: "082", want: true},
		{text: "Protesters removed the barricades from the main road.", code: "082", want: true},
		{text: "Police removed protesters from the camp.", code: "08", want: true},
		{text: "Police removed hundreds of protesters from the encampment outside parliament.", code: "082", want: true},
		{text: "Egyptian security forces cleared two sit-ins in Cairo.", code: "175", want: true},
	})
}

// TestS24UnnamedOutlaws: kidnappers, pirates or hijackers named by their
// deed alone are of no known state when they strike (unnamedOutlaws); the
// place of the blow stays the victims'. A state or place the text gives
// them, a definite reference, and bandits, terrorists and mobs (coded
// both ways in the project's rows) keep the place's state.
func TestS24UnnamedOutlaws(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{why: "kidnappers abroad", text: "Kidnappers seized a Chinese engineer in southern Nigeria.", code: "181", src: "!NGA", tgt: "CHN"},
		{why: "kidnappers at home", text: "Kidnappers abducted a local mayor in Guerrero state.", code: "181", src: "!MEX", tgt: "-"},
		{why: "pirates off a coast", text: "Pirates boarded a container ship off Benin and kidnapped six Danish crew members.", code: "181", src: "!BEN", tgt: "DNK"},
		{why: "hijackers of a bus", text: "Hijackers seized a bus carrying 40 pilgrims in Kashmir.", code: "181", src: "!IND", tgt: "-"},
		// must-not: a state or place of their own, a definite reference, the others
		{why: "must-not: pirates with a state", text: "Somali pirates hijacked a Ukrainian cargo ship off the coast of Somalia.", code: "181", src: "SOM", tgt: "UKR"},
		{why: "must-not: the kidnappers named before", text: "Police said the kidnappers seized three Chinese workers in Kaduna.", code: "181", src: "NGA", tgt: "-"},
		{why: "must-not: bandits keep the place", text: "Bandits attacked a village in Katsina state.", code: "18", src: "NGA", tgt: "-"},
		{why: "must-not: a mob keeps the place", text: "A mob lynched two men in Jharkhand.", code: "18", src: "IND", tgt: "-"},
	})
}
