package verb

import "github.com/parley-events/parley/internal/wordset"

// weaponPurpose (I27): an attack told as the purpose of a weapon used,
// launched or sent ("Russia used drones to attack Kyiv's power grid",
// "Israel launched missiles to strike Hezbollah positions", "the army
// deployed helicopters to bomb rebel camps") is one act, the subject's
// attack with that weapon. The infinitive's match carries it: its code
// becomes the weapon's where CAMEO has one (drones 1952, cruise or
// guided missiles 1951, missiles and aircraft 195, artillery, tanks and
// rockets 194, guns 193), its source the subject of the verb of use
// (the weapon's own noun, "drones", names no attacker), and the verb of
// use yields no event of its own: the posture (150 "launched missiles",
// 154 "sent jets") or the bare use of the weapon (1952 "used drones")
// would tell the same act again, without its target, and the posture
// would make the attack a mere purpose (postureAim). A verb of use whose
// own match is anything else (072 "sent drones to Ukraine", 2041 "used
// chemical weapons") keeps the sentence as it is, and so does an object
// that is no weapon ("used the talks to press for a ceasefire", "sent
// troops to help flood victims", "used its veto to block a resolution").
// drop gets the heads of the verbs of use whose matches go.
func (s *sentence) weaponPurpose(ms []Match, drop map[int]bool) {
	for i := range ms {
		m := &ms[i]
		h := m.Head
		if h < 3 || h >= len(s.toks) || !(s.toks[h].Tag == "VB" || s.toks[h].IsNoun()) || s.toks[h-1].Lower != "to" || !weaponActs.Has(s.toks[h].Lemma) || m.Modality.Negated {
			continue
		}
		c := m.EventCode()
		if !(c[:2] == "18" || c[:2] == "19" || c == "176") {
			continue
		}
		v, np, code, ok := s.weaponUsed(h - 1)
		if !ok {
			continue
		}
		// The verb of use may have its own match: only a posture or a
		// use of force goes; anything else leaves the sentence alone.
		var src *Match
		other := false
		for j := range ms {
			if ms[j].Head != v {
				continue
			}
			if r := ms[j].EventCode()[:2]; r != "15" && r != "19" {
				other = true
				break
			}
			if src == nil && len(ms[j].Source) > 0 {
				src = &ms[j]
			}
		}
		if other {
			continue
		}
		switch {
		case code != "":
			m.Code = code
		case c == "176":
			// A cyber attack made with arms is an attack with force.
			m.Code = "190"
		}
		if src != nil {
			m.Source = src.Source
		} else if s.sourceWithin(m, np, h-1) || len(m.Source) == 0 {
			if gi := s.subject(v); gi >= 0 {
				m.Source = s.subjectPhrases(gi, v)
			}
		}
		drop[v] = true
	}
}

// sourceWithin: m's source lies among the tokens [a, b), the weapon's
// noun phrase.
func (s *sentence) sourceWithin(m *Match, a, b int) bool {
	for _, ph := range m.Source {
		if ph.Start >= a && ph.End <= b {
			return true
		}
	}
	return false
}

// weaponUsed reads back from the "to" at k: the weapon's noun phrase
// that is the object of a verb of use ("used drones", "launched a
// barrage of cruise missiles", "sent F-16 jets", "used US-supplied
// ATACMS missiles for the first time"). It gives the verb's token, the
// phrase's first token, the weapon's code ("" for a weapon CAMEO gives
// no mode of its own: "Western weapons", "sea drones") and whether it
// found one.
func (s *sentence) weaponUsed(k int) (v, np int, code string, ok bool) {
	e := k // the phrase ends before e
	if e >= 4 && s.toks[e-4].Lower == "for" && s.toks[e-3].Lower == "the" && s.toks[e-2].Lower == "first" && s.toks[e-1].Lower == "time" {
		e -= 4
	}
	for e > 0 && s.toks[e-1].Tag == "RB" {
		e-- // "used drones again to attack"
	}
	j := e - 1
	for ; j >= 0 && e-j <= 10; j-- {
		t := &s.toks[j]
		if t.IsVerb() && useVerbs.Has(t.Lemma) && t.Tag != "VBN" || t.Tag == "VBN" && useVerbs.Has(t.Lemma) && j > 0 && perfectHave.Has(s.toks[j-1].Lower) {
			break
		}
		if !weaponPhraseWord(t.Tag, t.Lower) {
			return -1, -1, "", false
		}
	}
	if j < 0 || e-j > 10 || j+1 >= e {
		return -1, -1, "", false
	}
	// Each conjunct's last noun is a weapon: "drones and missiles".
	codes := map[string]bool{}
	start := j + 1
	for a := start; a < e; {
		b := a
		for b < e && s.toks[b].Lower != "and" && s.toks[b].Lower != "or" && s.toks[b].Lower != "," {
			b++
		}
		if b > a {
			c, weapon := s.weaponCode(a, b)
			if !weapon {
				return -1, -1, "", false
			}
			codes[c] = true
		}
		a = b + 1
	}
	if len(codes) == 0 {
		return -1, -1, "", false
	}
	if len(codes) == 1 {
		for c := range codes {
			return j, start, c, true
		}
	}
	// Aerial weapons together are aerial; aerial beside ground ones
	// ("drones and artillery") make no mode of their own.
	for c := range codes {
		if c != "195" && c != "1951" && c != "1952" {
			return j, start, "", true
		}
	}
	return j, start, "195", true
}

// weaponPhraseWord: a word that may stand in a weapon's noun phrase.
func weaponPhraseWord(tag, w string) bool {
	switch tag {
	case "DT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "POS", "PRP$", "VBN", "VBG", "HYPH", "CC", "RB", "RBR":
		// (An adverb too: the tagger reads "helicopter gunships" as one.)
		return true
	}
	return w == "," || w == "of" || w == "-"
}

// weaponCode: the tokens [a, b) end in a weapon's noun; its CAMEO mode
// ("" when CAMEO has none for it) and whether it is a weapon at all.
func (s *sentence) weaponCode(a, b int) (string, bool) {
	n := b - 1
	for n >= a && !s.toks[n].IsNoun() {
		n--
	}
	if n < a {
		return "", false
	}
	has := func(set *wordset.Set) bool {
		for k := a; k < n; k++ {
			if set.Has(s.toks[k].Lower) {
				return true
			}
		}
		return false
	}
	switch w := s.toks[n].Lower; {
	case w == "drone" || w == "drones" || w == "uav" || w == "uavs":
		if has(&seaWords) {
			return "190", true // a boat or a submarine: no aerial weapon
		}
		return "1952", true
	case w == "missiles" || w == "missile" || w == "munitions" || w == "bombs":
		switch {
		case has(&precisionWords):
			return "1951", true
		case w == "munitions" && s.toks[n-1].Lower == "loitering":
			return "1952", true
		case has(&groundMissileWords):
			return "", true
		case w == "missiles" || w == "missile" || has(&aerialBombWords):
			return "195", true
		}
		return "", true
	case w == "force" && n > a && s.toks[n-1].Lower == "air", w == "airforce":
		return "195", true
	case aerialCraft.Has(w):
		return "195", true
	case heavyWeapons.Has(w):
		return "194", true
	case smallArms.Has(w):
		return "193", true
	case w == "weapons" || w == "arms" || w == "weaponry":
		if has(&massWeaponWords) {
			return "", false // chemical or nuclear arms are 20, not here
		}
		return "", true
	}
	return "", false
}

var (
	// useVerbs put a weapon to use, or send it on its way.
	useVerbs = wordset.Of("use", "employ", "deploy", "send", "launch", "fire", "fly", "dispatch", "scramble", "unleash")
	// weaponActs are the attacks a weapon is used for.
	weaponActs = wordset.Of("attack", "strike", "hit", "bomb", "target", "shell", "pound", "bombard", "kill", "destroy", "assassinate", "eliminate", "blast", "hammer", "raid", "pummel")
	// precisionWords make a missile or a bomb a precision-guided one
	// (1951), as the 1951 lines of verbs/19-fight.txt read them.
	precisionWords = wordset.Of("cruise", "precision-guided", "precision", "guided", "laser-guided", "gps-guided", "smart")
	// groundMissileWords make a missile a ground weapon, fired at
	// armour or from the shoulder, not an aerial one.
	groundMissileWords = wordset.Of("anti-tank", "antitank", "anti-armour", "anti-armor", "shoulder-fired", "javelin", "javelins")
	// aerialBombWords make bombs ones dropped from the air; a bare
	// "bombs" may be a bomber's explosives (183).
	aerialBombWords = wordset.Of("barrel", "cluster", "glide", "bunker-buster", "incendiary")
	// aerialCraft are aircraft that fire or drop their weapons (195).
	aerialCraft = wordset.Of("warplanes", "warplane", "jets", "jet", "bombers", "bomber", "aircraft", "helicopters", "helicopter", "gunships", "gunship", "planes", "airstrikes", "air-strikes")
	// heavyWeapons are CAMEO's artillery and tanks (194); rockets stay
	// with them as in the 194 lines.
	heavyWeapons = wordset.Of("artillery", "tanks", "tank", "mortars", "howitzers", "rockets", "shells", "armour", "armor", "launchers")
	// smallArms are the small arms and light weapons of 193.
	smallArms = wordset.Of("guns", "rifles", "machine-guns", "firearms", "grenades")
	// massWeaponWords make arms weapons of mass destruction (204).
	massWeaponWords = wordset.Of("chemical", "biological", "nuclear", "radiological", "atomic")
)
