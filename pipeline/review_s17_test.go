package pipeline

import "testing"

// Review of the seventeenth session's rules (R17): sentences of our own on
// which a rule added this session misfired, next to the rule's intended
// cases, which must keep coding.

// TestReviewS17SharedAdversaryAppeals: the lead's sharedAdversary
// (verb/clauses.go) gave an appeal joined to an act of force the victims
// of that act: who has just arrested or shot someone and calls for calm,
// patience or witnesses asks the public. An appeal for what the victim
// holds (a release, talks) and appeals after a verbal act keep the target.
func TestReviewS17SharedAdversaryAppeals(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "intended: bombed and called for negotiations, Russia", text: "Russia bombed Kharkiv and called for negotiations.", code: "026", src: "RUS", tgt: "UKR"},
		{why: "intended: criticised and called for dialogue, Turkey", text: "Ankara criticised Greece's naval exercise and called for dialogue.", code: "026", src: "TUR", tgt: "GRC"},
		{why: "intended: condemned and called for restraint, Pakistan", text: "Pakistan condemned the Indian strike and called for restraint.", code: "0256", src: "PAK", tgt: "IND"},
		{why: "intended: struck and called for a release, Israel", text: "Israel struck Hamas targets in Gaza and called for the release of the hostages.", code: "0253", src: "ISR", tgt: "PSE"},
		{why: "must not: killed militants and called for calm, Nigeria", text: "The army killed five militants in Borno and called for calm.", code: "02", src: "-", tgt: "NGA", none: true},
		{why: "must not: arrested protesters and called for calm, Kenya", text: "Police arrested 12 protesters in Nairobi and called for calm.", code: "02", src: "-", tgt: "KEN", none: true},
		{why: "must not: tear gas and a call for restraint, Bangladesh", text: "Police fired tear gas at students in Dhaka and called for restraint.", code: "02", src: "-", tgt: "BGD", none: true},
		{why: "must not: detained separatists and appealed for patience, India", text: "Indian police detained dozens of Kashmiri separatists and appealed for patience.", code: "02", src: "-", tgt: "IND", none: true},
	}, sideCountry)
}

// TestReviewS17Verdicts: Q17's verdict lines (11-disapprove.txt) read a
// verdict on the weather, the traffic, a referee or a film as criticism,
// and a scathing film review or a threat from climate change as blame of
// a party. The blamed party must stand in the verdict's subject, after
// "it ... that", or after "called".
func TestReviewS17Verdicts(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a state's act a provocation, Japan", text: "The Japanese defence minister said the North Korean missile launch was a provocation.", code: "111", src: "JPN", tgt: "PRK"},
		{why: "intended: sanctions blackmail, China", text: "The Chinese ambassador said the new US sanctions were blackmail.", code: "111", src: "CHN", tgt: "USA"},
		{why: "intended: it was unacceptable that, Norway", text: "Norway's foreign minister said it was unacceptable that Russia still held the Norwegian crew.", code: "111", src: "NOR", tgt: "RUS"},
		{why: "intended: a threat to peace, Azerbaijan", text: "Azerbaijan's president called Armenia's rearmament a threat to regional peace.", code: "111", src: "AZE", tgt: "ARM"},
		{why: "must not: the weather, France", text: "The French minister said the weather in Paris was appalling this week.", code: "11", none: true},
		{why: "must not: the traffic, Spain", text: "The Spanish minister said traffic in Madrid was appalling.", code: "11", none: true},
		{why: "must not: refereeing, sport", text: "The Brazilian coach said the refereeing was a disgrace.", code: "11", none: true},
		{why: "must not: a defeat, sport", text: "The Australian prime minister said the loss was a disgrace for the team.", code: "11", none: true},
		{why: "must not: a film's ending", text: "The Nigerian senator said the film was a masterpiece and the ending was a travesty of justice.", code: "11", none: true},
		{why: "must not: climate change", text: "The Polish president called climate change a threat to humanity.", code: "11", none: true},
		{why: "must not: a film review", text: "The Guardian published a scathing review of the new British film.", code: "11", none: true},
		{why: "must not: a restaurant review", text: "The Italian chef gave a blistering review of the Spanish dish.", code: "11", none: true},
	})
}

// TestReviewS17NamedAnimals: K17's animal rule (verb/accident_k17.go)
// read a group named after an animal as the animal: Sri Lankan copy calls
// the LTTE "the Tigers", and the Grey Wolves are a Turkish nationalist
// group. A capitalised animal noun inside the sentence is a name.
func TestReviewS17NamedAnimals(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a crocodile kills, Uganda", text: "A crocodile killed a fisherman on Lake Victoria.", code: "19", none: true},
		{why: "intended: a bear attacks, Romania", text: "A bear attacked a hiker in Romania.", code: "19", none: true},
		{why: "intended: wild dogs", text: "Wild dogs attacked a child in Nairobi.", code: "19", none: true},
		{why: "must: the Tigers are the LTTE, Sri Lanka", text: "The Tigers attacked an army camp near Jaffna, killing 12 soldiers.", code: "190", src: "LKA", tgt: "-"},
		{why: "must: killed in a clash with the Tigers", text: "Sri Lankan troops killed three Tigers in a clash near Vavuniya.", code: "190", src: "LKA", tgt: "-"},
		{why: "must: the Grey Wolves", text: "The Grey Wolves attacked Armenian protesters in Lyon.", code: "190", src: "-", tgt: "ARM"},
	})
}

// TestReviewS17CivilDrills: E17's drill lines and sharedDrills
// (15-force-posture.txt, verb/drills_e17.go) read a school's fire or
// earthquake drill as a show of force, students of two states in one as
// military cooperation, and two armies' separate exercises as one held
// together (verb/drills_r17.go).
func TestReviewS17CivilDrills(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: joint naval drills, Russia and China", text: "Russia and China held naval manoeuvres in the Sea of Japan.", code: "062", src: "RUS", tgt: "CHN"},
		{why: "intended: drills ended, Israel", text: "The Israeli army ended drills near the Lebanese border.", code: "150", src: "ISR", tgt: "-"},
		{why: "must not: an earthquake drill, Japan", text: "Students in Tokyo took part in an earthquake drill on Monday.", code: "15", none: true},
		{why: "must not: a fire drill, Japan", text: "Japanese schoolchildren took part in a fire drill.", code: "15", none: true},
		{why: "must not: students of two states in a fire drill", text: "Students from Kenya and Uganda took part in a fire drill.", code: "06", none: true},
		{why: "must not: an election", text: "Millions of Indian voters took part in the world's largest democratic exercise.", code: "15", none: true},
		{why: "must not: separate exercises", text: "Indian and Pakistani troops held separate exercises near the border.", code: "062", none: true},
	})
}

// TestReviewS17IndustrialBlasts: K17's "left ... dead" lines
// (18-assault.txt) coded an explosion at a fireworks factory or a mine
// as a bombing, as the older "killed" line did: an industrial accident
// (data/discards/discards.txt, ACCIDENT).
func TestReviewS17IndustrialBlasts(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a bombing at a market, Pakistan", text: "A bombing at a market in Peshawar left 12 people dead on Monday.", code: "183", src: "-", tgt: "PAK"},
		{why: "must not: a fireworks factory, Mexico", text: "The explosion at a fireworks factory in Mexico left 20 dead.", code: "18", none: true},
		{why: "must not: a coal mine, Colombia", text: "An explosion at a coal mine in Colombia left 21 miners dead.", code: "18", none: true},
		{why: "must not: a chemical plant, China", text: "A blast at a chemical plant in Tianjin left 173 people dead.", code: "18", none: true},
	})
}

// TestReviewS17AccreditedPress: E17's "accredit +" (050) accredited
// journalists and observers as envoys (verb/accredit_r17.go).
func TestReviewS17AccreditedPress(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: an ambassador accredited, Vatican", text: "The Vatican accredited Taiwan's new ambassador in a private audience.", code: "050", src: "VAT", tgt: "TWN"},
		{why: "must not: journalists accredited, sport", text: "The Italian league accredited Chinese journalists for the derby.", code: "05", none: true},
		{why: "must not: reporters accredited for a summit", text: "The Indian foreign ministry accredited 300 Pakistani reporters for the cricket final.", code: "05", none: true},
	})
}
