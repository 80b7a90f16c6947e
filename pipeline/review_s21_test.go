package pipeline

import "testing"

// Review of the twenty-first session's rules (R21): sentences of our own
// on which a rule added this session misfired, next to the rule's
// intended cases, which must keep coding.

// TestReviewS21VotersReturned: a territory handed, returned or ceded to
// a state retreats from it (0874, N22's lines in data/verbs/08-yield.txt),
// but voters who "returned Warsaw to the opposition" elected it: the
// public holds no ground to cede (territoryHanded, civilianSource).
func TestReviewS21VotersReturned(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a district handed over, Armenia to Azerbaijan", text: "Armenia handed Kalbajar over to Azerbaijan in November 2020.", code: "0874", src: "ARM", tgt: "AZE"},
		{why: "intended: islands sold, Denmark to the US", text: "Denmark transferred the Virgin Islands to the United States in 1917.", code: "0874", src: "DNK", tgt: "USA"},
		{why: "intended: a colony returned", text: "Britain returned Hong Kong to China in 1997.", code: "0874", src: "GBR", tgt: "CHN"},
		{why: "must not: a mayoral election, Poland", text: "Voters returned Warsaw to the opposition in the mayoral election.", code: "0874", none: true},
		{why: "must not: a city's vote, Poland", text: "Voters returned Krakow to the ruling party.", code: "0874", none: true},
		{why: "must not: artefacts returned", text: "The museum returned the Benin bronzes to Nigeria.", code: "0874", none: true},
		{why: "must not: football", text: "Real Madrid returned Vinicius to the starting line-up against Barcelona.", code: "0874", none: true},
	})
}

// TestReviewS21BoardroomCoup: a coup with no target is the plotters'
// own state's (S21's coupTarget), but shareholders' or a board's "coup"
// unseats no government and stays uncoded (civilSector).
func TestReviewS21BoardroomCoup(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: soldiers seize power, Niger", text: "Soldiers in Niger seized power in July 2023.", code: "180", src: "NER", tgt: "NER"},
		{why: "intended: officers stage a coup, Gabon", text: "Gabon's army officers staged a coup after the election.", code: "180", src: "GAB", tgt: "GAB"},
		{why: "must not: shareholders, Germany", text: "Shareholders staged a coup at Volkswagen's annual meeting.", code: "180", none: true},
		{why: "must not: a market", text: "Apple seized power in the smartphone market.", code: "180", none: true},
	})
}

// TestReviewS21LaserCrowd: a ship or plane that aims a laser at another
// state's vessel or aircraft shows force (150, Q21's line in
// data/verbs/15-force-posture.txt); protesters or fans who shine lasers
// at the police or a player show none (laserByCrowd).
func TestReviewS21LaserCrowd(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a destroyer at a patrol plane", text: "A Chinese navy destroyer directed a laser at a Japanese patrol aircraft.", code: "150", src: "CHN", tgt: "JPN"},
		{why: "intended: a warship at a reconnaissance plane", text: "A Russian warship shone a laser at a German reconnaissance plane over the Baltic.", code: "150", src: "RUS", tgt: "DEU"},
		{why: "must not: protesters at riot police, Chile", text: "Protesters shone lasers at riot police in Santiago.", code: "150", none: true},
		{why: "must not: football fans", text: "Football fans pointed lasers at the Senegal goalkeeper in Cairo.", code: "150", none: true},
		{why: "must not: science", text: "The astronomer pointed a laser at the Moon from Texas.", code: "150", none: true},
	})
}

// TestReviewS21CapturedRecord: the police who capture a person in a raid
// arrest him (173, Q21's line in data/verbs/17-coerce.txt); footage or
// images the police capture of a suspect are a record (capturedRecord).
func TestReviewS21CapturedRecord(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a kingpin in a raid, Mexico", text: "Mexican police captured the cartel kingpin in a raid in Sinaloa.", code: "173", src: "MEX", tgt: "-"},
		{why: "intended: a fugitive in a hideout, Greece", text: "Greek police captured the fugitive in a raid on a hideout in Athens.", code: "173", src: "GRC", tgt: "-"},
		{why: "must not: CCTV footage", text: "The police captured footage of the suspect on CCTV.", code: "173", none: true},
		{why: "must not: images of a raid", text: "Police captured images of the suspects fleeing the raid in Lyon.", code: "173", none: true},
		{why: "must not: the public's imagination", text: "Detectives captured the imagination of the public in the raid case.", code: "173", none: true},
	})
}

// TestReviewS21ControlFromForce: a state that takes control of a mine
// from its owner confiscates property (1711, D21's lines in
// data/verbs/17-coerce.txt), but a mine or refinery taken from troops or
// fighters who held it is ground won (192), not property
// (controlFromForce).
func TestReviewS21ControlFromForce(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a uranium mine from a French firm, Niger", text: "Niger took control of the Somair uranium mine from France's Orano.", code: "1711", src: "NER", tgt: "FRA"},
		{why: "intended: gold mines from a British firm, Burkina Faso", text: "Burkina Faso took control of two gold mines from Britain's Endeavour Mining.", code: "1711", src: "BFA", tgt: "GBR"},
		{why: "intended: a mine taken from an army is ground, Congo", text: "M23 rebels seized control of the Rubaya coltan mine from the Congolese army.", code: "192", src: "COD", tgt: "COD"},
		{why: "must not: a mine from an army, Congo", text: "M23 rebels seized control of the Rubaya coltan mine from the Congolese army.", code: "1711", none: true},
		{why: "must not: a mine from troops", text: "Rebels seized control of the mine from government troops.", code: "1711", none: true},
		{why: "must not: a refinery from fighters, Yemen", text: "The army wrested control of the refinery from Houthi fighters.", code: "1711", none: true},
	})
}

// TestReviewS21FarmModifier: veterans or settlers who occupy farms
// confiscate property (1711, D21's line in data/verbs/17-coerce.txt), but
// a farm word that modifies another noun ("the farm cottages") names no
// land taken (farmModifier).
func TestReviewS21FarmModifier(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: settlers take a farm, West Bank", text: "Armed settlers occupied a Palestinian farm near Nablus.", code: "1711", src: "ISR", tgt: "PSE"},
		{why: "intended: farmland occupied", text: "Israeli settlers occupied Palestinian farmland near Hebron.", code: "1711", src: "ISR", tgt: "PSE"},
		{why: "must not: holiday cottages", text: "Tourists occupied the farm cottages during the festival.", code: "1711", none: true},
	})
}

// TestReviewS21BatonCharge: police or prosecutors who charge people with
// an act bring a legal charge (173, D21's legalCharge), but riot police
// who charge a crowd with batons or truncheons use force on it (175,
// batonCharge).
func TestReviewS21BatonCharge(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a murder charge, India", text: "Indian police charged five men with the murder of a journalist.", code: "173", src: "IND", tgt: "-"},
		{why: "intended: espionage, Russia", text: "Prosecutors in Moscow charged an American reporter with espionage.", code: "173", src: "RUS", tgt: "-"},
		{why: "intended: batons, Kenya", text: "Riot police charged protesters with batons in Nairobi.", code: "175", src: "KEN", tgt: "KEN"},
		{why: "must not: batons, Kenya", text: "Riot police charged protesters with batons in Nairobi.", code: "173", none: true},
		{why: "must not: truncheons, Belarus", text: "Mounted police charged the crowd with truncheons outside parliament in Minsk.", code: "173", none: true},
	})
}

// TestReviewS21ResponsibleForTask: a state said to be responsible for a
// cyberattack, a poisoning or sabotage is accused (112, D21's line in
// data/verbs/11-disapprove.txt), but a body responsible for investigating
// or preventing one has a duty, not blame (responsibleForTask).
func TestReviewS21ResponsibleForTask(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: arson blamed, Estonia", text: "Estonia said Russian intelligence was responsible for the arson at a Tallinn supermarket.", code: "112", src: "EST", tgt: "RUS"},
		{why: "intended: a poisoning blamed, Britain", text: "Britain said Russia was responsible for the Salisbury poisoning.", code: "112", src: "GBR", tgt: "RUS"},
		{why: "must not: investigating", text: "The minister said the interior ministry was responsible for investigating the cyberattack.", code: "112", none: true},
		{why: "must not: tracking a theft", text: "The prosecutor said Interpol was responsible for tracking the theft of the paintings.", code: "112", none: true},
		{why: "must not: preventing sabotage, Ukraine", text: "Kyiv said the SBU was responsible for preventing sabotage on the railways.", code: "112", none: true},
	})
}

// TestReviewS21ForceAttack: a politician's "attacks on" a rival in a
// speech or at a rally are words (111, N22's verbalAttack), but an
// attack a leader orders, or one on an armed force that no word marks
// as speech, is force (190) whatever forum announces it (forceAttack).
func TestReviewS21ForceAttack(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: a scathing attack in a speech, India", text: "Modi launched a scathing attack on Pakistan in a speech in Gujarat.", code: "111", src: "IND", tgt: "PAK"},
		{why: "intended: a verbal attack on rebels, Turkey", text: "Erdogan launched a verbal attack on the PKK in a speech in Diyarbakir.", code: "111", src: "TUR", tgt: "TUR"},
		{why: "intended: an ordered attack, Israel", text: "Netanyahu ordered a fresh attack on Hezbollah positions in a televised speech.", code: "190", src: "ISR", tgt: "LBN"},
		{why: "must not: an ordered attack, Israel", text: "Netanyahu ordered a fresh attack on Hezbollah positions in a televised speech.", code: "111", none: true},
		{why: "must not: an ordered offensive, Ethiopia", text: "Ethiopia's prime minister ordered a final attack on Tigrayan forces in a televised speech.", code: "111", none: true},
		{why: "must not: an attack on forces, Ethiopia", text: "The Ethiopian prime minister launched an attack on Tigrayan forces, he said in a televised speech.", code: "111", none: true},
	})
}

// TestReviewS21StudioStormer: gunmen who storm a television or radio
// studio attack civilians (180, Q21's line in data/verbs/18-assault.txt);
// a crowd that storms one riots and police or security forces raid it,
// neither of which is that assault (studioStormer).
func TestReviewS21StudioStormer(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "intended: gunmen, a radio studio, Afghanistan", text: "Gunmen stormed a radio studio in Kabul and killed two presenters.", code: "180", src: "-", tgt: "AFG"},
		{why: "must not: protesters, Serbia", text: "Protesters stormed the studio of state broadcaster RTS in Belgrade.", code: "180", none: true},
		{why: "must not: police, Belarus", text: "Police stormed the newsroom of an opposition newspaper in Minsk.", code: "180", none: true},
		{why: "must not: security forces, Egypt", text: "Security forces stormed the studios of Al Jazeera in Cairo.", code: "180", none: true},
	})
}
