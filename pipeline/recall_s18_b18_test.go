package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// b18Case: a sentence, the violent events (roots 18-20) it must code,
// each "CODE SRC>TGT" with codes in full and sides by country ("-" for
// no one, "*" for any), and nothing else of those roots. want empty:
// no violent event at all.
type b18Case struct {
	why, text string
	want      []string
}

func b18Side(as []event.Actor) string {
	if len(as) == 0 {
		return "-"
	}
	cs := make([]string, len(as))
	for i, a := range as {
		cs[i] = a.Country
	}
	return strings.Join(cs, "+")
}

// TestRecallS18B18 holds B18's own sentences: a bombing, shelling, air
// strike or shooting and the killing it caused are one act (oneAct), a
// bombing by no one or a non-state group is CAMEO's 183 with its kind
// (1831, 1832, 1833), a state's is from the air (195), and a place
// after "of" an attack noun is the target's, not the attacker's
// (attackedPlace). Must-not rows: a bombing and a separate killing stay
// two events; bombshells, flops and bomb threats code no violence.
func TestRecallS18B18(t *testing.T) {
	p := newTestPipeline(t)
	cases := []b18Case{
		// One act: the attack noun is the harm's subject, or the victims
		// died in it.
		{"air strike killed", "An Israeli air strike killed five members of one family in Rafah, Palestinian officials said.", []string{"195 ISR>PSE"}},
		{"missile strike killed", "A Russian missile strike on Odesa killed 12 people, Ukrainian officials said.", []string{"195 RUS>UKR"}},
		{"coalition air strikes killed", "Saudi-led coalition air strikes killed 22 civilians at a wedding in Yemen's Hajjah province.", []string{"195 *>YEM"}},
		{"shelling by killed", "The shelling of Donetsk by Ukrainian forces killed four civilians.", []string{"194 UKR>UKR"}},
		{"bombing that killed", "Al-Shabaab carried out a bombing that killed 18 people in Mogadishu.", []string{"183 SOM>SOM"}},
		{"killed in a bombing claimed", "A journalist was killed in a bombing in Mogadishu claimed by al-Shabaab.", []string{"183 SOM>SOM"}},
		{"raid", "Israeli troops killed two Palestinian militants in a raid on the Jenin refugee camp.", []string{"190 ISR>PSE"}},
		// The kind of bombing the noun names.
		{"killed in a bombing", "Twelve people were killed in a bombing in Quetta on Monday.", []string{"183 PAK>PAK"}},
		{"suicide bombing", "Eight people were killed in a suicide bombing in Maiduguri, Nigeria, on Sunday.", []string{"1831 NGA>NGA"}},
		{"car bombing", "Two policemen were killed in a car bombing in Istanbul, officials said.", []string{"1832 TUR>TUR"}},
		{"roadside bombing: victims are no agents", "Five soldiers died in a roadside bombing in Kunar province.", []string{"1833 AFG>AFG"}},
		{"died in a bombing", "At least nine people died in a bombing at a market in Mogadishu, police said.", []string{"183 SOM>SOM"}},
		{"embassy abroad: the host is no agent", "The 1998 bombing of the US embassy in Nairobi killed more than 200 people.", []string{"183 ->USA"}},
		{"an alliance's bombing is from the air", "Hours after NATO jets began bombing Yugoslavia, the talks collapsed.", []string{"195 *>YUG"}},
		// A place after "of" an attack noun is struck, no agent.
		{"bombing of Dresden", "The bombing of Dresden in 1945 left 25,000 people dead.", []string{"183 ->*"}},
		{"bombing of Coventry", "The bombing of Coventry in 1940 killed 568 people.", []string{"183 ->GBR"}},
		{"siege of", "The siege of Mariupol killed thousands of civilians.", []string{"190 ->*"}},
		{"place before the noun", "The Oklahoma City bombing killed 168 people in 1995.", []string{"183 ->*"}},
		// Must-not: two incidents stay two.
		{"separately, after a semicolon", "A bomb exploded near a school in Mogadishu, killing three students; separately, a Somali soldier shot dead a civilian in Baidoa.", []string{"183 ->SOM", "193 SOM>SOM"}},
		{"while: another agent", "A car bomb exploded in Kirkuk, while gunmen killed a judge in Baquba.", []string{"1832 ->IRQ", "186 *>IRQ"}},
		{"after: a reprisal", "Security forces killed 5 militants after a bomb attack in Srinagar.", []string{"190 IND>IND"}},
		{"two clauses, two agents", "Jihadists killed 16 villagers in an attack in northern Burkina Faso, and a bomb wounded three soldiers elsewhere in the country.", []string{"180 BFA>BFA", "183 BFA>BFA"}},
		{"victims of an air strike in one root stay as coded", "Five Palestinians were killed in an Israeli air strike on Gaza City.", []string{"190 ISR>PSE", "195 ISR>PSE"}},
		// Must-not: no violence.
		{"bombshell", "The minister's resignation came as a bombshell to the ruling party.", nil},
		{"film bombed", "The film bombed at the box office despite strong reviews.", nil},
		{"play bombed", "The play bombed on Broadway and closed after two weeks.", nil},
		{"bomb threat", "A bomb threat forced the evacuation of Paris's Gare du Nord on Tuesday, but no device was found.", nil},
		{"bomb scare", "A bomb scare closed the airport in Lyon for three hours.", nil},
		{"hoax bomb threat", "A hoax bomb threat delayed an Air India flight in Mumbai.", nil},
		{"documentary", "A documentary on the bombing of Dresden premiered in Berlin.", nil},
		{"gas explosion", "A gas explosion killed five people in an apartment block in Moscow.", nil},
	}
	for _, c := range cases {
		evs := codeText(t, p, "2024-03-05", c.text)
		var got []string
		for i := range evs {
			e := &evs[i]
			if violentRoot(e.CAMEORoot) && !e.Modality.Negated {
				got = append(got, e.CAMEO+" "+b18Side(e.Source)+">"+b18Side(e.Target))
			}
		}
		if len(got) != len(c.want) {
			t.Errorf("%s: %q coded %v, want %v", c.why, c.text, got, c.want)
			continue
		}
		for _, w := range c.want {
			if !b18Has(got, w) {
				t.Errorf("%s: %q coded %v, want %q among them", c.why, c.text, got, w)
			}
		}
	}
}

// b18Has: some event of got is w, "*" standing for any side.
func b18Has(got []string, w string) bool {
	wc, ws, _ := strings.Cut(w, " ")
	wsrc, wtgt, _ := strings.Cut(ws, ">")
	for _, g := range got {
		gc, gs, _ := strings.Cut(g, " ")
		gsrc, gtgt, _ := strings.Cut(gs, ">")
		if gc == wc && (wsrc == "*" || wsrc == gsrc) && (wtgt == "*" || wtgt == gtgt) {
			return true
		}
	}
	return false
}
