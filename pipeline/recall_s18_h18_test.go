package pipeline

import (
	"slices"
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// h18Case: a sentence and the events of the given roots it must code,
// each "CODE SRC>TGT" with actor codes in full ("" for no one), and no
// other event of those roots.
type h18Case struct {
	why, text string
	roots     string // e.g. "14" or "18 19 20"
	want      []string
}

func h18Codes(as []event.Actor) string {
	cs := make([]string, len(as))
	for i, a := range as {
		cs[i] = a.Code
	}
	return strings.Join(cs, "+")
}

// TestRecallS18H18 holds H18's own sentences: a protest after (over,
// against) the arrest, jailing or death of a person is aimed at the
// state of the place, not at that person (protestCause); troops or
// police killed by an attack on another state's positions are that
// state's, and the killing is the attack's (attackedSide, then
// harmTwin); a participle the weapon gave a code of its own is the
// attack's harm too (codedHarm); an event no one takes part in, placed
// in a town inside its subject, is placed in the country named after
// its verb (laterPlace). Must-not rows: a named agent of the
// arrest or killing, a visit or a reform protested, victims named with
// their own state or of another kind, a massacre, and a killing told in
// a clause of its own.
func TestRecallS18H18(t *testing.T) {
	p := newTestPipeline(t)
	cases := []h18Case{
		// protestCause (a protest with no protester named is the place's
		// people's since S34's protestHome: PAK>PAK, where it was >PAK)
		{"arrest, country place", "Protests erupted across Pakistan after the arrest of Imran Khan.", "14", []string{"141 PAK>PAK"}},
		{"death in custody", "Protests broke out across Iran after the death of a young woman in custody.", "14", []string{"141 IRN>IRN"}},
		{"detention, city place", "Demonstrators rallied in Caracas after the detention of an opposition mayor.", "14", []string{"141 VENCVL>VEN"}},
		{"following", "Thousands of people demonstrated in Bamako following the detention of an imam.", "14", []string{"141 MLICVL>MLI"}},
		{"over the killing", "Angry crowds protested in Lagos over the killing of a student.", "14", []string{"140 NGACVL>NGA"}},
		{"over the detention, time between", "Demonstrators marched in Yerevan on Sunday over the detention of an opposition lawmaker.", "14", []string{"141 ARMCVL>ARM"}},
		{"jailing of a known person", "Thousands demonstrated in Tbilisi following the jailing of Mikheil Saakashvili.", "14", []string{"141 GEOCVL>GEO"}},
		{"riots after a death", "Riots erupted in Kenya after the death of a protester in police custody.", "14", []string{"145 KEN>KEN"}},
		{"arrest of an official", "Protests erupted in Bolivia after the arrest of Governor Luis Fernando Camacho.", "14", []string{"141 BOL>BOL"}},
		// must not: the agent is named, or the protest is against the person
		{"must-not: killing by police", "Thousands protested in Minneapolis after the killing of George Floyd by police.", "14", []string{"140 USACVL>USACOP"}},
		{"must-not: arrest by police", "Protests erupted in Tunisia after the arrest of Rached Ghannouchi by police.", "14", []string{"141 TUN>TUNCOP"}},
		{"must-not: a visit protested", "Thousands protested in Berlin against the visit of the Chinese president.", "14", []string{"1412 DEUCVL>CHNGOV"}},
		{"must-not: a reform of a person", "Demonstrators in Paris protested against the pension reform of President Macron.", "14", []string{"1412 FRACVL>FRAGOV"}},
		{"must-not: embassy target stays", "Protesters rallied outside the Israeli embassy in London after the killing of aid workers.", "14", []string{"141 GBRCVL>ISRGOV"}},
		// attackedSide
		{"shelled positions", "Ukrainian artillery shelled Russian positions near Bakhmut, killing dozens of soldiers.", "18 19 20", []string{"194 UKRMIL>RUSMIL"}},
		{"posts, small arms", "Indian troops fired on Pakistani posts along the Line of Control, killing two soldiers.", "18 19 20", []string{"193 INDMIL>PAKMIL"}},
		{"servicemen, time between", "Armenian troops shelled Azerbaijani positions near Lachin on Monday, killing three servicemen.", "18 19 20", []string{"194 ARMMIL>AZEMIL"}},
		{"wounding", "Thai artillery shelled Cambodian positions near the temple, wounding four soldiers.", "18 19 20", []string{"194 THAMIL>KHMMIL"}},
		{"attacked posts", "Russian forces attacked Georgian posts near Gori in 2008, killing 12 soldiers.", "18 19 20", []string{"190 RUSMIL>GEOMIL"}},
		{"border guards", "Kyrgyz forces shelled Tajik border posts, killing three border guards.", "18 19 20", []string{"194 KGZMIL>TJKMIL"}},
		// must not: victims named with their state, of another kind, or
		// killed in a clause of their own
		{"must-not: own soldiers named", "Ukrainian artillery shelled Russian positions near Bakhmut, killing two Ukrainian soldiers by mistake.", "18 19 20", []string{"194 UKRMIL>RUS", "190 UKRMIL>UKRMIL"}},
		{"must-not: insurgents", "Pakistani troops attacked Taliban hideouts in North Waziristan, killing eight insurgents.", "18 19 20", []string{"190 PAKMIL>AFGGOV", "190 PAKMIL>PAKREB"}},
		{"must-not: a clause of its own", "Indian troops fired on Pakistani posts along the Line of Control, and militants killed two soldiers in Kashmir.", "18 19 20", []string{"193 INDMIL>PAK", "190 ---REB>INDMIL"}},
		// codedHarm
		{"car bombs, place's state as agent", "ISIS fighters attacked a military post in Niger with car bombs, killing 17 soldiers.", "18 19 20", []string{"1832 IMGMUSRAD>NERMIL"}},
		{"suicide bombers, same agent", "Al-Shabaab militants stormed an army base in Somalia with suicide bombers, killing 12 soldiers.", "18 19 20", []string{"1831 SOMREB>SOMMIL"}},
		{"roadside bombs, ambush", "Militants ambushed an army patrol in Borno with roadside bombs, killing six soldiers.", "18 19 20", []string{"1833 NGAREB>NGAMIL"}},
		{"time before the participle", "Insurgents attacked a police station in Diyala with a suicide car bomb on Friday, killing eight officers.", "18 19 20", []string{"1832 IRQREB>IRQCOP"}},
		{"wounding", "Rebels attacked a government convoy in Darfur with a roadside bomb, wounding 11 soldiers.", "18 19 20", []string{"1833 SDNREB>SDNGOV"}},
		// must not: a harm of its own kind, or a bomb in a clause of its own
		{"must-not: a massacre", "Gunmen attacked a church in Burkina Faso, massacring 30 worshippers.", "18 19 20", []string{"180 ---UAF>BFA", "202 ---UAF>BFACVL"}},
		{"must-not: while a car bomb", "Rebels attacked a convoy in Mali, while a car bomb killed five soldiers in Gao.", "18 19 20", []string{"190 MLIREB>MLI", "1832 >MLIMIL"}}, // T30: a bomb names no agent
		// laterPlace
		{"a town in the subject, a country after the verb", "The killing of a teenager in Nanterre sparked riots across France.", "14", []string{"145 FRA>FRA"}},
		{"death in a capital", "The death of a young woman in Tehran sparked protests across Iran.", "14", []string{"141 IRN>IRN"}},
		{"arrest in a capital", "The arrest of an opposition leader in Dakar sparked protests across Senegal.", "14", []string{"141 SEN>SEN"}},
		{"the United States", "The shooting of a black man in Kenosha sparked protests across the United States.", "14", []string{"141 USA>USA"}},
		{"in a country", "The shooting of a protester in Nairobi sparked protests in Kenya.", "14", []string{"141 KEN>KEN"}},
		// must not: harm with no one named keeps its scene
		{"must-not: a bomb's scene", "A car bomb in Kabul killed 20 people in Afghanistan on Monday.", "18 19 20", []string{"1832 >AFGCVL"}}, // T30: the scene gives the victims' state, not the bomb's
	}
	for _, c := range cases {
		roots := strings.Fields(c.roots)
		var got []string
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if !e.Modality.Negated && slices.Contains(roots, e.CAMEORoot) {
				got = append(got, e.CAMEO+" "+h18Codes(e.Source)+">"+h18Codes(e.Target))
			}
		}
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: %q coded %q, want %q", c.why, c.text, got, want)
		}
	}
}
