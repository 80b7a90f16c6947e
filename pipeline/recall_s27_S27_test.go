package pipeline

import "testing"

// TestS27PoliceAtPlace: police with no country of their own who coerce
// or assault the people of the place where it happens are that state's
// police (policeAtPlace), even where words between the verb and the place
// (the victims' demand) keep localSides from filling the source.
func TestS27PoliceAtPlace(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"rubber bullets at teachers", "Police fired rubber bullets at teachers demanding back pay in Nairobi's Kibera.", "175", "KEN", "KEN"},
		{"water cannon at farmers", "Riot police fired water cannon at farmers demanding subsidies in Warsaw's Old Town.", "17", "POL", "POL"},
		{"arrest of students", "Police arrested dozens of students calling for reforms in Harare's Mbare township.", "173", "ZWE", "ZWE"},
		// must-not: soldiers do fight abroad, so the place gives them nothing
		{"troops stay unknown", "Troops fired tear gas at students demanding reforms in Harare's suburbs.", "175", "!ZWE", "ZWE"},
	})
}

// TestS27ProtestFiredOn: police or soldiers who open fire, shoot or kill
// in a sentence whose other clause tells a protest, with no armed foe for
// a target, repress the protest (175) and hit the protesters
// (protestFiredOn); before, the shooting line coded a fight (193) with
// no target or the dead as "people".
func TestS27ProtestFiredOn(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"police opened fire", "Hundreds of students stormed the ministry in Dakar, and police opened fire, killing three.", "175", "SEN", "SEN"},
		{"soldiers shot dead people", "Thousands of teachers marched through Conakry demanding pay rises, and soldiers shot dead four people.", "175", "GIN", "GIN"},
		{"after a semicolon", "Thousands of nurses rallied outside parliament in Accra; police opened fire.", "175", "GHA", "GHA"},
		{"fired on the crowd", "Angry miners blocked the highway near Potosi, and soldiers fired on the crowd, killing two.", "175", "BOL", "BOL"},
	})
	// must-not: an armed foe, gunmen who are no state force, a negated
	// shooting: no repression is coded.
	for _, text := range []string{
		"Farmers blocked roads across Punjab, and troops killed five militants in the hills of Kashmir.",
		"Protesters rallied in Lagos, and gunmen opened fire on a church in Kaduna.",
		"Opposition supporters marched in Lusaka on Friday, and police did not open fire.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEO == "175" && !e.Modality.Negated {
				t.Errorf("%q coded 175 %s>%s; want no repression", text, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}

// TestS27OwnStrikeProbed: an army that investigates an air strike no one
// is named for investigates its own strike (ownStrikeProbed): the strike
// is the army's, and the inquiry looks into the army. Before, the strike
// had no source and the inquiry was aimed at the victims' state.
func TestS27OwnStrikeProbed(t *testing.T) {
	checkSides(t, newTestPipeline(t), []sideCase{
		{"military investigates", "Kenya's military opened an inquiry into a drone strike that killed 12 herders in Lamu.", "195", "KEN", "KEN"},
		{"army probe", "The Sudanese army launched a probe into an air strike that killed 20 traders at a market in Nyala.", "195", "SDN", "SDN"},
		{"inquiry aimed at the army", "Nigeria's army is investigating an air strike that killed 15 Chadian fishermen near Lake Chad.", "093", "NGA", "NGA"},
		{"foreign victims", "Nigeria's army is investigating an air strike that killed 15 Chadian fishermen near Lake Chad.", "195", "NGA", "TCD"},
		// must-not: a strike on the army's own soldiers is another's; a
		// government or the UN investigates others' strikes too.
		{"own soldiers struck", "The Ukrainian army is investigating a missile strike that killed 12 Ukrainian soldiers in Dnipro.", "195", "", "UKR"},
		{"UN inquiry", "The UN opened an inquiry into an air strike that killed 30 people in Idlib.", "195", "", "SYR"},
		{"government inquiry", "Ethiopia's government opened an inquiry into a drone strike that killed 30 people in Amhara.", "195", "", "ETH"},
	})
}

// TestS27AnsweredFire: a side attacked that responds proportionately,
// retaliates effectively, takes retaliatory measures or returns fire
// answers the attack the sentence told first (answeredFire, and the two
// new 19-fight.txt lines): the answer is the victim's force on the
// attacker. Before, the bare answers coded nothing and the returned fire
// could take the attacker's state.
func TestS27AnsweredFire(t *testing.T) {
	p := newTestPipeline(t)
	checkSides(t, p, []sideCase{
		{"responded proportionately", "Serbian gunmen fired on Bosnian positions, and the Bosnian army responded proportionately.", "190", "BIH", "SRB"},
		{"retaliatory measures", "Eritrean troops shelled Ethiopian positions, and Ethiopian units took retaliatory measures.", "190", "ETH", "ERI"},
		{"that its units responded", "Georgia's defence ministry said Russian troops had shelled its positions near Gori and that its units had responded proportionately.", "190", "GEO", "RUS"},
		{"retaliated effectively", "Chadian troops fired mortars at Sudanese posts, and Sudanese soldiers retaliated effectively.", "190", "SDN", "TCD"},
		// must-not: a retaliation with its own target stays as coded
		{"own target kept", "Hezbollah retaliated against Israel on Sunday.", "190", "LBN", "ISR"},
	})
	// must-not: a vow to respond, or an answer to words, is no force
	for _, text := range []string{
		"Beijing said it would respond proportionately to the new tariffs.",
		"The ministry responded proportionately to the criticism.",
	} {
		for _, e := range codeText(t, p, "2024-05-01", text) {
			if e.CAMEORoot == "19" || e.CAMEORoot == "13" {
				t.Errorf("%q coded %s %s>%s; want no force or threat", text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
			}
		}
	}
}
