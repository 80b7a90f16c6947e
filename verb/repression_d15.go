package verb

import "github.com/parley-events/parley/internal/wordset"

// crowdNouns head an object that is a crowd of protesters.
// One of them is enough: "Police shot a protester" is repression as
// "shot protesters" is (F16).
var crowdNouns = wordset.Of("protesters", "protestors", "demonstrators", "marchers", "mourners", "rioters",
	"protester", "protestor", "demonstrator", "marcher", "mourner", "rioter")

// shootingVerbs: the verbs whose fight or assault lines a shooting or a
// killing of protesters comes through ("shot dead", "killed", "gunned
// down", "fired on").
var shootingVerbs = wordset.Of("kill", "shoot", "shot", "gun", "fire", "open")

// beatingVerbs: police beating protesters repress them
// (175) as shooting them does; their 182 line would code an assault
// ("police beat protesters in central Tehran", F36).
var beatingVerbs = wordset.Of("beat")

// protestersShot: police, soldiers or security forces who shoot or kill
// protesters use violent repression (175), as CAMEO defines it, however
// the weapon is named; the shooting and killing lines of 18 and 19 would
// code a fight ("Sudanese security forces shot dead 15 protesters" is
// 175, not 193). Every source must be a state's armed or police force, so
// "gunmen shot dead two protesters" stays an assault, and every target a
// crowd of protesters, so "police shot dead three robbers" stays a fight.
// Water cannon fired "at" a crowd comes through its 170 line (coercion,
// for boats) and is repression the same way (M26).
func (s *sentence) protestersShot(m *Match) {
	c := m.EventCode()
	if len(c) < 3 || c != "170" && (c[0] != '1' || c[1] != '8' && c[1] != '9') || len(m.Source) == 0 || len(m.Target) == 0 && !s.wordsKilledAtProtest(m.Head) && !s.wordsShotAtProtestD20(m.Head) && !s.wordsPoliceKilledPeople(m) || !shootingVerbs.Has(s.toks[m.Head].Lemma) && !shootingVerbs.Has(s.toks[m.Head].Lower) && !beatingVerbs.Has(s.toks[m.Head].Lemma) {
		return
	}
	for _, ph := range m.Source {
		if !onlySectors(ph.Sectors, "COP", "MIL", "SPY") {
			return
		}
	}
	for _, ph := range m.Target {
		if ph.End < 1 || ph.End > len(s.toks) || !crowdNouns.Has(s.toks[ph.End-1].Lower) && !s.killedAtProtest(ph.End) && !s.shotAtProtestD20(&ph) && !s.strikersShotD21(&ph) && !s.policeKilledPeople(m, &ph) {
			return
		}
	}
	m.Code = "175"
}

// expelledMission: a peacekeeping mission ordered out ("ordered UN
// peacekeeping mission MINUSMA to leave") is peacekeepers expelled
// (1661), not persons expelled (174): the mission's name, an actor of its
// own, stands where the 1661 lines want the word "peacekeepers", so the
// person line "order + to leave" takes the head.
func expelledMission(m *Match) {
	if m.EventCode() != "174" || len(m.Target) == 0 {
		return
	}
	for _, ph := range m.Target {
		for _, sec := range ph.Sectors {
			if sec == "PKO" {
				m.Code = "1661"
				return
			}
		}
	}
}

// handedCaptive: a person handed over to a state or a court is judicial
// cooperation (063), but one handed to the Red Cross, a church commission
// or another go-between with no state is a captive released (0841):
// "Rebels handed over the captured army commander to the Red Cross".
// Police and security services are a state's justice though no state is
// named ("The suspects were handed over to the police for further
// investigation", C23).
func (s *sentence) handedCaptive(m *Match) {
	if m.EventCode() != "063" || m.Head < 0 || m.Head >= len(s.toks) || s.toks[m.Head].Lemma != "hand" || len(m.Target) == 0 {
		return
	}
	if s.capturedHandedE39(m.Head) {
		m.Code = "0841"
		return
	}
	for _, ph := range m.Target {
		if ph.Country != "" {
			return
		}
		for _, sec := range ph.Sectors {
			if sec == "JUD" || sec == "COP" || sec == "SPY" {
				return
			}
		}
	}
	// R35: "handed Mladic over to the U.N. war crimes tribunal": a body
	// with no state whose tribunal or court the match names is justice,
	// no go-between.
	for k := m.Span[0]; k < m.Span[1] && k < len(s.toks); k++ {
		if l := s.toks[k].Lemma; l == "tribunal" || l == "court" {
			return
		}
	}
	m.Code = "0841"
}

// captiveMarkersE39 mark the one handed over as a captive of war or a
// hostage, not a person wanted by a court: "handed over captured Indian
// Air Force pilot Wing Commander X to Indian officials" (E39B).
var captiveMarkersE39 = wordset.Of("captured", "kidnapped", "abducted", "hostage", "hostages", "captive", "captives", "pow", "pows", "abductee", "abductees")

// wantedMarkersE39 mark the one handed over as wanted by a court, which
// outweighs a captive word ("a captured suspect wanted in India").
var wantedMarkersE39 = wordset.Of("suspect", "suspects", "suspected", "fugitive", "fugitives", "wanted", "accused", "alleged", "arrested", "indicted", "convicted", "charged")

// capturedHandedE39: the words from "hand" to its "to" (at most a
// clause's reach) name a captive and no wanted person, so a line that
// coded judicial cooperation for a leader or commander handed over
// codes a captive released (0841) instead, whoever receives it: a
// prisoner of war handed back to his state is set free, not extradited.
func (s *sentence) capturedHandedE39(head int) bool {
	captive := false
	for k := head + 1; k < len(s.toks) && k <= head+12; k++ {
		l := s.toks[k].Lower
		if l == "to" || l == "." || l == ";" {
			break
		}
		if wantedMarkersE39.Has(l) {
			return false
		}
		if captiveMarkersE39.Has(l) {
			captive = true
		}
	}
	return captive
}
