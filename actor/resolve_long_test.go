package actor

import "testing"

const longCopyTestDict = `@kind actor
ZWEPTY  ZANU-PF | Citizens Coalition for Change
NGOMEDRSF  Reporters Without Borders
SDNREB  Rapid Support Forces | RSF
SYRREB  Syrian Democratic Forces
NGOHRIAMN  Amnesty International
BRAGOV  Lula
PSEGOV  Mahmoud Abbas  [2005-01-15..]
PSEPTY  Fatah
PSEREB  Hamas
@kind country
KOR  South Korea | South Korean
KOR  Seoul  [metonym]
EGY  Egypt | Egyptian
BRA  Brazil | Brazilian
PER  Peru | Peruvian
PAK  Pakistan | Pakistani
IND  India | Indian
YEM  Yemen | Yemeni
YEM  Sanaa  [metonym]
SYR  Syria | Syrian
RUS  Russia | Russian
ZWE  Zimbabwe | Zimbabwean
PSE  Palestine | Palestinian
UKR  Ukraine | Ukrainian
KGZ  Kyrgyzstan | Kyrgyz
TJK  Tajikistan | Tajik
MLI  Mali | Malian
TCD  Chad | Chadian
TUR  Turkey | Turkish
IRN  Iran | Iranian
CZE  Czech Republic | Czech
@kind sector
MIL  troops | forces | army | border guards | fighter jets | jets | drones | warplanes | commander | commanders
GOV  government | authorities | negotiators | officials | delegation | foreign minister | president
LEG  congress | lawmakers
OPP  opposition
REB  rebels | militant group | militia
PTY  party
HRI  rights group
MED  media
-  allies | kurdish-led
`

// TestLongCopyEquipment: weapons traded are things. After a transfer
// verb, "from", "for" and "to" name a seller or a buyer, so the weapon
// takes neither's country and, alone before them, is no actor; "of"
// still names the owner, and so does "from" when the weapons act.
func TestLongCopyEquipment(t *testing.T) {
	checkResolve(t, longCopyTestDict, []resolveCase{
		{"Seoul bought fighter jets from South Korea last year.", "2024-01-01", "KOR KOR"},
		{"Egypt ordered drones from Russia.", "2024-01-01", "EGY RUS"},
		{"Russia sent jets for Syria.", "2024-01-01", "RUS SYR"},
		{"Iran sold drones to Russia.", "2024-01-01", "IRN RUS"},
		{"Russia sent troops and drones to Syria.", "2024-01-01", "RUS ---MIL SYR"},
		{"Pakistan received jets from the Indian army.", "2024-01-01", "PAK INDMIL"},
		// Must not: a force's own weapons and people from a state still join.
		{"Russian jets struck the town.", "2024-01-01", "RUSMIL"},
		{"Troops from Pakistan arrived.", "2024-01-01", "PAKMIL"},
		{"Troops went to Syria.", "2024-01-01", "---MIL SYR"},
		{"The warplanes of Syria struck the town.", "2024-01-01", "SYRMIL"},
		{"Warplanes from Russia bombed the town.", "2024-01-01", "RUSMIL"},
		{"Egypt said jets from Syria had entered its airspace.", "2024-01-01", "EGY SYRMIL"},
	})
}

// TestLongCopyHeads: negotiators and commanders of a named body are the
// body's; a state's ruling party after its possessive is one actor; an
// opposition party is OPP; "and their allies" coordinates.
func TestLongCopyHeads(t *testing.T) {
	checkResolve(t, longCopyTestDict, []resolveCase{
		{"Syrian opposition negotiators walked out.", "2024-01-01", "SYROPP"},
		{"The rebels' commander said his men withdrew.", "2024-01-01", "---REB"},
		{"Zimbabwe's ruling ZANU-PF party won.", "2024-01-01", "ZWEPTY"},
		{"The opposition Citizens Coalition for Change protested.", "2024-01-01", "ZWEOPP"},
		{"Mahmoud Abbas's Fatah accused Hamas.", "2024-01-01", "PSEPTY PSEREB"},
		{"Palestinian President Mahmoud Abbas's ruling Fatah accused Hamas.", "2024-01-01", "PSEPTY PSEREB"},
		// Must not: a person after a body's possessive is the head.
		{"Fatah's Mahmoud Abbas accused Hamas.", "2024-01-01", "PSEGOV PSEREB"},
		// Must not: alone, or after the same sector, the head keeps its own.
		{"Syrian negotiators walked out.", "2024-01-01", "SYRGOV"},
		{"Russian army commanders met.", "2024-01-01", "RUSMIL"},
		{"Syrian government negotiators arrived.", "2024-01-01", "SYRGOV"},
	})
	r, an := testResolver(t, longCopyTestDict)
	gs := r.Resolve(an.Analyze("Syrian government forces and their Russian allies shelled the town.")[0].Tokens, "2024-01-01")
	if len(gs) == 0 || len(gs[0].Phrases) != 2 {
		t.Fatalf("'and their Russian allies': groups %+v, want one group of two", gs)
	}
	gs = r.Resolve(an.Analyze("Syrian troops shelled the town and their Russian allies watched.")[0].Tokens, "2024-01-01")
	if len(gs) != 2 {
		t.Errorf("a verb between: %d groups, want 2", len(gs))
	}
}

// TestLongCopyAcronyms: an acronym in brackets after a named body
// restates it, whatever else the dictionary spells so; a dateline's
// bracket does not join.
func TestLongCopyAcronyms(t *testing.T) {
	checkResolve(t, longCopyTestDict, []resolveCase{
		{"Reporters Without Borders (RSF) condemned the arrests.", "2024-01-01", "NGOMEDRSF"},
		{"The Rapid Support Forces (RSF) shelled the town.", "2024-01-01", "SDNREB"},
		{"Egypt (RSF) said nothing.", "2024-01-01", "EGY SDNREB"},
	})
}

// TestLongCopyBasedIn: "X-based" gives a bare sector X's country; a named
// body keeps its own, and a modifier noun after the sector is no actor.
func TestLongCopyBasedIn(t *testing.T) {
	checkResolve(t, longCopyTestDict, []resolveCase{
		{"A Pakistan-based militant group claimed the attack on Indian troops.", "2024-01-01", "PAKREB INDMIL"},
		{"The Sanaa-based authorities detained two officials.", "2024-01-01", "YEMGOV ---GOV"},
		{"The London-based rights group Amnesty International accused Egypt.", "2024-01-01", "NGOHRIAMN EGY"},
		// Must not: an unknown place, a noun after the sector.
		{"The Atlantis-based militia denied it.", "2024-01-01", "---REB"},
		{"The Pakistan-based media watchdog said so.", "2024-01-01", "---MED"},
		{"The Pakistan-based media reported the attack.", "2024-01-01", "PAKMED"},
		{"The Pakistan-based rights group accused India.", "2024-01-01", "---HRI IND"},
	})
}

// TestLongCopyBareAdjectives: a country adjective with no adjectival
// ending, tagged as a name, still shares the head of its conjunct; a
// state's name does not.
func TestLongCopyBareAdjectives(t *testing.T) {
	checkResolve(t, longCopyTestDict, []resolveCase{
		{"Kyrgyz and Tajik border guards exchanged fire.", "2024-01-01", "KGZMIL TJKMIL"},
		// Must not: a state's name before the conjunct stays the state.
		{"Mali and Chadian troops met.", "2024-01-01", "MLI TCDMIL"},
		{"Turkey and Kyrgyz troops met.", "2024-01-01", "TUR KGZMIL"},
	})
}

// TestLongCopyInstalled: an administration a state installed acts for
// it, named by the state's adjective or its capital; a backer still does
// not act.
func TestLongCopyInstalled(t *testing.T) {
	checkResolve(t, longCopyTestDict+"@kind country\nRUS  Moscow  [metonym]\n", []resolveCase{
		{"The Russian-installed government in Kherson said so.", "2024-01-01", "RUSGOV"},
		{"The Moscow-installed authorities ordered an evacuation.", "2024-01-01", "RUSGOV"},
		// Must not: a backed force is not the backer's.
		{"Russian-backed rebels shelled the town.", "2024-01-01", "---REB"},
	})
}

// TestLongCopyClauseComma: ", and" between two phrases joins clauses
// ("killing 12 people, and the government accused ..."), so the phrases
// are two groups; a list with its commas before the last conjunct, or
// "and" with no comma, is one group.
func TestLongCopyClauseComma(t *testing.T) {
	r, an := testResolver(t, longCopyTestDict)
	for _, c := range []struct {
		text   string
		groups int
	}{
		{"Troops shelled the town, killing rebels, and the Syrian government accused Turkey.", 4},
		{"Russia, Turkey, and Ukraine agreed.", 1},
		{"Russia and Turkey agreed.", 1},
		// Must not: a bracketed list keeps its comma.
		{"The parties (Russia, and Turkey) agreed.", 1},
	} {
		if got := len(r.Resolve(an.Analyze(c.text)[0].Tokens, "2024-01-01")); got != c.groups {
			t.Errorf("%q: %d groups, want %d", c.text, got, c.groups)
		}
	}
}

// TestLongCopyTitledNames: a title, a name the dictionary does not know
// and "of" a state are one actor of that state; a body named after a
// modifier with no sector ("Kurdish-led") joins its head noun.
func TestLongCopyTitledNames(t *testing.T) {
	checkResolve(t, longCopyTestDict, []resolveCase{
		{"Foreign Minister Ahmed Abdel Rahman of Egypt met Russian troops.", "2024-01-01", "EGYGOV RUSMIL"},
		{"Foreign Minister Petr Kolar of the Czech Republic said so.", "2024-01-01", "CZEGOV"},
		{"Foreign Minister Ahmed Ali of the Yemen said so.", "2024-01-01", "YEMGOV"},
		{"A commander of the Kurdish-led Syrian Democratic Forces was killed.", "2024-01-01", "SYRREB"},
		// Must not: lower-case words or a place between are no name.
		{"The foreign minister said most of Egypt was calm.", "2024-01-01", "---GOV EGY"},
		{"Russian troops in Aleppo of Syria fled.", "2024-01-01", "RUSMIL SYR"},
	})
}
