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
