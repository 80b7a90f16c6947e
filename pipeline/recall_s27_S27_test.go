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
