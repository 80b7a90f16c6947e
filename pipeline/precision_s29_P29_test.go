package pipeline

import "testing"

// TestS29P29RepressionHarm: the dead, the wounded and the blows of a
// state's force on a crowd are the crackdown coded as 175, not a second
// fight (190) or shooting (193); a killing by another agent, or on
// another day by another force, stays its own event. Every sentence was
// written for this test.
func TestS29P29RepressionHarm(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "passive injuries after tear gas", text: "Bangladeshi police fired tear gas at garment workers marching in Dhaka, and 30 people were injured.", code: "19", none: true},
		{why: "shot dead when breaking up a protest", text: "Zimbabwean soldiers shot dead six people in Harare when they broke up an opposition protest.", code: "19", none: true},
		{why: "passive deaths after live bullets", text: "Police in Nairobi fired live bullets at demonstrators who blocked the highway, and at least seven people were killed.", code: "19", none: true},
		{why: "pushed back with water cannon", text: "Chilean police used water cannon to push back students who tried to occupy the ministry.", code: "19", none: true},
		{why: "the crackdown itself stays", text: "Bangladeshi police fired tear gas at garment workers marching in Dhaka, and 30 people were injured.", code: "175", src: "BGD", tgt: "BGD"},
		// must not: another agent's killing, another force on another day
		{why: "rebels kill soldiers elsewhere", text: "Police fired tear gas at protesters in Lagos, and Boko Haram fighters killed three soldiers in Borno.", code: "190", src: "NGA", tgt: "NGA"},
		{why: "a shooting later", text: "Troops fired tear gas at students in Conakry and later shot dead two of them in another district.", code: "193", src: "-", tgt: "-"},
		{why: "soldiers shoot the next day", text: "Police fired tear gas at protesters in Lagos on Monday, and on Tuesday soldiers shot dead five of them.", code: "193", src: "-", tgt: "-"},
	})
}

// TestS29P29ForcedPassive: "was forced to" with no one named who forced
// is a party yielding to circumstance, no coercion; a coercer named as
// the subject or after "by" keeps the 170. Every sentence was written
// for this test.
func TestS29P29ForcedPassive(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "troops forced to withdraw", text: "Sudanese troops were forced to withdraw from the border town after days of fighting.", code: "170", none: true},
		{why: "government forced to postpone", text: "The Nepali government was forced to postpone the vote.", code: "170", none: true},
		{why: "the withdrawal itself stays", text: "Sudanese troops were forced to withdraw from the border town after days of fighting.", code: "0874", src: "SDN", tgt: "-"},
		// must not: a coercer named
		{why: "forced by a lender", text: "Ghana was forced by the IMF to cut fuel subsidies.", code: "170", src: "-", tgt: "GHA"},
		{why: "active force", text: "The United States forced Syria to accept the terms.", code: "170", src: "USA", tgt: "SYR"},
	})
}

// TestS29P29SupportedBy: a participle of support right after the party
// it describes ("militias backed by the army") says which party is
// meant, no act of backing; a finite "backed" and a participle set off
// by commas keep their code. Every sentence was written for this test.
func TestS29P29SupportedBy(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "militias backed by the army", text: "After militias backed by the Sudanese army had killed dozens of people, thousands fled to Chad.", code: "07", none: true},
		{why: "hacking group backed by a state", text: "Sandworm, a hacking group backed by the Russian state, attacked Ukrainian power grids.", code: "05", none: true},
		{why: "the militias' killing stays", text: "After militias backed by the Sudanese army had killed dozens of people, thousands fled to Chad.", code: "20", src: "SDN", tgt: "SDN"},
		// must not: finite backing, and a participle set off by commas
		{why: "finite backing", text: "Rwanda has backed the M23 rebels, UN experts said.", code: "070", src: "RWA", tgt: "COD"},
		{why: "comma participle", text: "The Kenyan army, backed by American drones, attacked al-Shabaab camps.", code: "070", src: "USA", tgt: "KEN"},
	})
}

// TestS29P29ProtestPurpose: what a protest is for, told by an infinitive
// of purpose or a participle with no comma, is no demand apart from the
// protest; a demand with its own finite verb and one after an act that is
// no protest stay. Every sentence was written for this test.
func TestS29P29ProtestPurpose(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "strike to demand", text: "Nurses in Lagos went on strike to demand unpaid salaries.", code: "10", none: true},
		{why: "walkout demanding", text: "Teachers walked out of schools in Nairobi demanding a pay rise.", code: "10", none: true},
		{why: "rally to oppose", text: "Thousands of Armenians rallied outside parliament in Yerevan to oppose the border deal.", code: "110", none: true},
		{why: "roadblock for days demanding", text: "Serbian farmers blocked roads near Novi Sad for a third day demanding higher milk prices.", code: "10", none: true},
		{why: "the strike itself stays", text: "Nurses in Lagos went on strike to demand unpaid salaries.", code: "143", src: "NGA", tgt: "-"},
		// must not: a finite demand, a demand after an act that is no
		// protest, and a call for a leader to go (1041, as protestAim)
		{why: "strike to press for resignation", text: "Opposition supporters held a general strike in Dhaka to press for the prime minister's resignation.", code: "1041", src: "BGD", tgt: "BGD"},
		{why: "the union demanded", text: "Nurses went on strike in Lagos, and their union demanded unpaid salaries from the governor.", code: "100", src: "-", tgt: "-"},
		{why: "envoy summoned to demand", text: "Nigeria summoned the British envoy to demand an explanation.", code: "100", src: "NGA", tgt: "GBR"},
	})
}

// TestS29P29ProtestSetting: a protest named by a noun in a phrase of
// place, time or cause ("at a rally", "in clashes") beside a state's
// arrest, deployment or cut in relations only sets that act's scene; a
// protest told by its own verb stays. Every sentence was written for
// this test.
func TestS29P29ProtestSetting(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "detained at a rally", text: "Belarusian police detained 300 people at a rally for free elections.", code: "14", none: true},
		{why: "arrested at rallies", text: "Georgian police arrested dozens of students at rallies in support of the jailed opposition leader.", code: "14", none: true},
		{why: "the arrest itself stays", text: "Belarusian police detained 300 people at a rally for free elections.", code: "173", src: "BLR", tgt: "BLR"},
		// must not: a protest with its own verb beside the arrests
		{why: "protest held, then arrests", text: "Kenyan opposition supporters held a protest calling for fresh elections, and police arrested dozens.", code: "141", src: "KEN", tgt: "-"},
		{why: "protest noun with no state act beside it", text: "Kenyan police deployed in Nairobi ahead of a protest by opposition supporters calling for fresh elections.", code: "14", src: "KEN", tgt: "-"},
	})
}

// TestS29P29PropertyHarm: homes burned by the same irregulars who kill in
// the sentence are part of that attack, not a 1712 of their own; a
// burning beside an abduction, and a state force's demolition beside its
// shooting, stay. Every sentence was written for this test.
func TestS29P29PropertyHarm(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "torched and killed", text: "Militants torched dozens of houses and killed 15 villagers in Zamfara state.", code: "1712", none: true},
		{why: "massacre, burning homes", text: "Gunmen massacred 40 villagers in Plateau state, burning homes and a church.", code: "1712", none: true},
		{why: "the killing itself stays", text: "Militants torched dozens of houses and killed 15 villagers in Zamfara state.", code: "180", src: "NGA", tgt: "NGA"},
		// must not: an abduction beside the burning, a state force
		{why: "torched and abducted", text: "Separatists torched a school and abducted two teachers in Bamenda.", code: "1712", src: "CMR", tgt: "CMR"},
		{why: "demolition beside shooting", text: "Israeli forces demolished homes in Jenin, and Israeli troops shot dead two Palestinians.", code: "1712", src: "ISR", tgt: "-"},
	})
}
