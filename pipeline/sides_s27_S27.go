package pipeline

import (
	"strings"
	"unicode"

	"github.com/parley-events/parley/event"
)

// policeAtPlace: police with no country of their own who arrest, repress
// or assault people of the state where the event happens are that
// state's police: a police force acts only at home, so "Police fired
// tear gas at workers demanding higher pay in Gazipur" is BGD→BGD even
// where localSides leaves the source alone because of words between the
// verb and the place (the workers' demand) or a place named before the
// verb. Only the police sector is read (soldiers and armed men do fight
// abroad), only coercion and assault (17, 18), and only when a target
// is the place's own: police "in Paris" who arrest British fans are
// still French, but nothing then ties the place to the arrest.
func policeAtPlace(ev *event.Event) {
	l := ev.Location
	if l == nil || l.Country == "" || len(ev.Source) == 0 || waterBody(ev) || destination(ev.Sentence, l.Start) {
		return
	}
	if ev.CAMEORoot != "17" && ev.CAMEORoot != "18" {
		return
	}
	local := false
	for _, t := range ev.Target {
		if t.Country == l.Country {
			local = true
		}
	}
	if !local {
		return
	}
	for i := range ev.Source {
		a := &ev.Source[i]
		if a.Country != "" || a.Sector != "COP" || !strings.HasPrefix(a.Code, "---") || len(a.Code) == 3 {
			continue
		}
		a.Country = l.Country
		a.Code = l.Country + a.Code[3:]
	}
}

// protestFiredOn: a state's police or troops who open fire, shoot or
// kill in a sentence that tells a protest, and name no armed foe as
// their target, fire on the protest: "Hundreds of protesters stormed
// parliament, and police opened fire, killing five" is violent
// repression (175) of the protesters, as CAMEO defines it and as
// verb.protestersShot already codes "police opened fire on protesters".
// There the protesters are the object; here they are the subject of the
// sentence's other clause, so the shooting line codes a fight (193, 190)
// with no target or with the dead as "people". The protest must be coded
// (a 14 event whose sources are no state force), the shooters every one
// police or soldiers, and their targets none or unarmed people of no
// known state or of the protesters' own: "protesters rallied, and troops
// killed five militants in the hills" stays a fight. The shooters are of
// the protesters' state (a foreign army firing on a crowd fights the
// place), and their clause is joined to the protest's after it
// (coordinatedAfter): "Residents protested after police killed two
// schoolchildren" tells the cause of a protest, no repression of it.
func (p *Pipeline) protestFiredOn(out []event.Event, i int) {
	ev := &out[i]
	if ev.CAMEORoot != "19" && ev.CAMEORoot != "18" || len(ev.Source) == 0 || ev.Modality.Negated || !shootingWord(ev.Evidence.Verb.Text) {
		return
	}
	for _, a := range ev.Source {
		if a.Sector != "COP" && a.Sector != "MIL" {
			return
		}
	}
	pr := -1
	for j := range out {
		o := &out[j]
		if j == i || o.SentenceIndex != ev.SentenceIndex || o.CAMEORoot != "14" || len(o.Source) == 0 || o.Modality.Negated {
			continue
		}
		armed := false
		for _, a := range o.Source {
			switch a.Sector {
			case "COP", "MIL", "GOV", "REB", "INS", "UAF", "SEP", "":
				armed = true
			}
		}
		if !armed {
			pr = j
			break
		}
	}
	if pr < 0 {
		return
	}
	home := out[pr].Source[0].Country
	for _, a := range ev.Source {
		if a.Country != home {
			return // a foreign force's fire is a fight with the place (TestS11SharedScene)
		}
	}
	if !coordinatedAfter(ev, &out[pr]) {
		return
	}
	named := true
	for _, t := range ev.Target {
		switch t.Sector {
		case "CVL", "EDU", "LAB", "AGR", "OPP", "":
		default:
			return
		}
		if t.Sector == "" && t.Code == t.Country && t.Country != "" {
			return // a bare state is no crowd
		}
		if t.Country != "" && t.Country != home {
			return
		}
		if t.Country == "" {
			named = false
		}
	}
	if !p.recodeEvent(ev, "175") {
		return
	}
	if len(ev.Target) == 0 || !named {
		ev.Target = inherited(out[pr].Source)
	}
}

// shootingWord: the event's verb is a form of fire, open (fire), shoot,
// shot, kill or gun (down).
func shootingWord(w string) bool {
	w = strings.ToLower(w)
	for _, s := range [...]string{"fire", "fired", "firing", "open", "opened", "opening", "shoot", "shot", "shooting", "kill", "killed", "killing", "gun", "gunned"} {
		if w == s {
			return true
		}
	}
	return false
}

// coordinatedAfter: the event's clause follows the protest's, joined by
// "and" or a semicolon, and every source of the event is named after the
// join with nothing that makes its clause a subordinate one ("after",
// "when", "following", "because", "over") between: "Students stormed the
// ministry, and police opened fire", "protesters storm parliament;
// police open fire", not "protested after police killed two boys".
func coordinatedAfter(ev, protest *event.Event) bool {
	pv, sv := protest.Evidence.Verb.End, ev.Evidence.Verb.Start
	if pv <= 0 || sv > len(ev.Sentence) || pv >= sv {
		return false
	}
	seg := ev.Sentence[pv:sv]
	k := max(strings.LastIndex(seg, "; "), strings.LastIndex(seg, " and "))
	if k < 0 {
		return false
	}
	rest := " " + strings.ToLower(seg[k:]) + " "
	for _, w := range [...]string{" after ", " when ", " following ", " because ", " over ", " before ", " as ", " while ", " by ", " of "} {
		if strings.Contains(rest, w) {
			return false
		}
	}
	for _, a := range ev.Source {
		if a.Start >= 0 && a.Start < pv+k {
			return false
		}
	}
	return true
}

// ownStrikeProbed: an army that investigates an air strike or shelling
// with no agent named ("Israel's military said it had opened an inquiry
// into an air strike in Rafah that killed 45 people", "Nigeria's army
// probes drone strike that killed 85 villagers") investigates its own: a
// military examines the conduct of its own forces, and strikes and guns
// are the weapons of armies, so the strike is the investigating army's
// (the dev sets code it so each time). Only a strike or shelling (194,
// 195 and its kinds) inside what the army investigates: after the 093
// verb, in the same clause (no semicolon, "and", "but" or sentence stop
// between); only a military investigator (a government or a UN body
// investigates others' strikes as well); and not a strike on the army's
// own forces, which others made. The inquiry's target becomes the army
// too (inquiryTarget's rule: an inquiry into an attack looks into its
// agent).
func ownStrikeProbed(out []event.Event, i int, heads []int) {
	ev := &out[i]
	if len(ev.Target) == 0 || !strings.HasPrefix(ev.CAMEO, "194") && !strings.HasPrefix(ev.CAMEO, "195") {
		return
	}
	// The place's state stands as the source of a strike no one is named
	// for (placeAsSource); that stand-in gives way to the army.
	if l := ev.Location; len(ev.Source) > 1 || len(ev.Source) == 1 && (l == nil || ev.Source[0].Start != l.Start || ev.Source[0].End != l.End) {
		return
	}
	for j := range out {
		o := &out[j]
		if j == i || j >= len(heads) || heads[j] < 0 || o.SentenceIndex != ev.SentenceIndex || !strings.HasPrefix(o.CAMEO, "093") || len(o.Source) == 0 || o.Modality.Negated {
			continue
		}
		c := o.Source[0].Country
		mil := c != ""
		for _, a := range o.Source {
			if a.Sector != "MIL" || a.Country != c {
				mil = false
			}
		}
		if !mil {
			continue
		}
		pv, sv := o.Evidence.Verb.End, ev.Evidence.Verb.Start
		if pv <= 0 || sv > len(ev.Sentence) || pv >= sv {
			continue
		}
		seg := " " + ev.Sentence[pv:sv] + " "
		if strings.ContainsAny(seg, ";") || strings.Contains(seg, " and ") || strings.Contains(seg, " but ") || strings.Contains(seg, ". ") || len(strings.Fields(seg)) > 10 {
			continue
		}
		for _, t := range ev.Target {
			if t.Country == c && (t.Sector == "MIL" || t.Sector == "COP" || t.Sector == "") {
				return // its own forces or its own state struck: another's strike
			}
		}
		ev.Source = inherited(o.Source)
		// The inquiry looks into the strike's agent, as inquiryTarget
		// makes it when the strike's phrase names one: the army itself.
		o.Target = inherited(o.Source)
		return
	}
}

// answeredFire: a side that returns fire, retaliates or responds with
// force in a sentence that has just told an attack answers that attack:
// "Russian troops shelled its positions, and Georgian units responded
// proportionately" is 190 GEO→RUS; "North Korea fires shells at South,
// Seoul returns fire" is KOR→PRK, though the verb stage gave the answer
// the attacker's state or no side. The answer's source, when it has none
// or the attacker's own, becomes the attack's target; its target, when
// it has none or its own source's state, the attack's source. A bare
// answer ("responded proportionately", "took retaliatory measures")
// that follows no attack in its sentence is dropped: it may answer words
// or a trade measure. Only a present, non-negated answer (a vow to
// respond is no act).
func answeredFire(out []event.Event, i int, heads []int) {
	ev := &out[i]
	if ev.CAMEORoot != "19" && ev.CAMEORoot != "13" || ev.Evidence.Verb.End > len(ev.Sentence) || ev.Evidence.Verb.End <= 0 {
		return
	}
	verb := strings.ToLower(ev.Evidence.Verb.Text)
	taking := verb == "take" || verb == "took" || verb == "taken" || verb == "taking" || verb == "takes"
	if !taking && !strings.HasPrefix(verb, "retaliat") && !strings.HasPrefix(verb, "respond") && !strings.HasPrefix(verb, "return") {
		return // most 13 and 19 verbs; the rest of the sentence is not read (lead, s27: speed)
	}
	// Only the word after the verb matters.
	rest := strings.TrimLeftFunc(ev.Sentence[ev.Evidence.Verb.End:], unicode.IsSpace)
	if rest == "" {
		return
	}
	if k := strings.IndexFunc(rest, unicode.IsSpace); k >= 0 {
		rest = rest[:k]
	}
	nw := strings.Trim(strings.ToLower(rest), ",.;:")
	// bare: this session's two lines, an answer with no means named
	bare := (strings.HasPrefix(verb, "retaliat") || strings.HasPrefix(verb, "respond")) && (nw == "proportionately" || nw == "effectively" || nw == "forcefully" || nw == "militarily") || taking && nw == "retaliatory"
	answer := bare || strings.HasPrefix(verb, "retaliat") || strings.HasPrefix(verb, "respond") || strings.HasPrefix(verb, "return") && nw == "fire"
	if !answer {
		return
	}
	if ev.CAMEO != "190" || ev.Modality.Negated || ev.Modality.Future || ev.Modality.Hypothetical {
		if bare {
			heads[i] = -1 // a vow or a denial of an answer is no act of force
		}
		return
	}
	at := -1
	for j := range out {
		o := &out[j]
		if j == i || j >= len(heads) || heads[j] < 0 || o.SentenceIndex != ev.SentenceIndex || o.Evidence.Verb.Start >= ev.Evidence.Verb.Start || !violentRoot(o.CAMEORoot) || len(o.Source) == 0 || len(o.Target) == 0 || o.Modality.Negated {
			continue
		}
		if o.Source[0].Country == "" || o.Target[0].Country == "" || o.Source[0].Country == o.Target[0].Country {
			continue
		}
		at = j // the last attack before the answer
	}
	if at < 0 {
		if bare {
			heads[i] = -1
		}
		return
	}
	attacker, victim := out[at].Source, out[at].Target
	if len(ev.Source) == 0 || sameCountries(ev.Source, attacker) {
		ev.Source = inherited(victim)
	}
	if len(ev.Target) == 0 || sameCountries(ev.Target, ev.Source) {
		ev.Target = inherited(attacker)
	}
}
