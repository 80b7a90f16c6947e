package pipeline

import (
	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// Events coded where the sentence tells no act of their code (M20): an
// animal lent by a state or a zoo, crowd-control weapons turned on
// things, a rescue or an evacuation by the emergency services, and an
// evacuation of civilians read as a retreat. Each is judged on the
// event's head token and its sentence.

// misfireM20 reports an event that M20's rules find no such act in.
func misfireM20(ev *event.Event, toks []text.Token, head int) bool {
	if head < 0 || head >= len(toks) {
		return false
	}
	return animalLoan(ev, toks, head) || thingRepression(ev, toks, head) || emergencyService(ev, toks, head) ||
		civilianEvacuation(ev, toks, head) || rescuedCaptive(ev, toks, head)
}

// animalLoan: pandas, koalas or other animals a state or a zoo lends
// ("Japan received a loan of two pandas from China", "Finland received
// two giant pandas on loan from China") are a gesture, as M19's loan of
// paintings is an exhibition: no economic aid (07). CAMEO's material
// cooperation (06) is economic, military, judicial or intelligence
// cooperation, none of which a zoo's animals are, so no event. A loan of
// money in the same sentence stays aid.
func animalLoan(ev *event.Event, toks []text.Token, head int) bool {
	if len(ev.CAMEO) < 2 || ev.CAMEO[:2] != "07" {
		return false
	}
	loan := false
	for k := range toks {
		w := toks[k].Lower
		if w == "$" || w == "€" || w == "£" || moneyWords.Has(w) {
			return false
		}
		switch w {
		case "loan", "loans", "lend", "lends", "lending", "lent", "loaned", "borrow", "borrowed":
			loan = true
		}
	}
	if !loan {
		return false
	}
	// "a loan of two pandas", "lent a pair of giant pandas",
	// "received two koalas on loan": the thing lent is the noun after
	// "loan of" or the head's object.
	for k := range toks {
		from := -1
		switch {
		case (toks[k].Lower == "loan" || toks[k].Lower == "loans") && k+1 < len(toks) && toks[k+1].Lower == "of":
			from = k + 2
		case k == head:
			from = k + 1
		}
		if from < 0 {
			continue
		}
		if n := countedNoun(toks, from); n >= 0 && lentAnimals.Has(toks[n].Lower) {
			return true
		}
	}
	return false
}

// countedNoun: the last noun of the noun phrase at k, through a count
// ("a pair of", "a couple of", "a group of") to what is counted.
func countedNoun(toks []text.Token, k int) int {
	n := nounRunEnd(toks, k)
	if n >= 0 && countNouns.Has(toks[n].Lower) && n+2 < len(toks) && toks[n+1].Lower == "of" {
		return nounRunEnd(toks, n+2)
	}
	return n
}

var (
	countNouns  = wordset.Of("pair", "couple", "group", "family", "herd", "number", "trio")
	lentAnimals = wordset.Of("panda", "pandas", "koala", "koalas", "animal", "animals", "elephant", "elephants", "tiger", "tigers",
		"lion", "lions", "gorilla", "gorillas", "penguin", "penguins", "giraffe", "giraffes", "rhino", "rhinos", "orangutan",
		"orangutans", "dolphin", "dolphins", "platypus", "platypuses", "dragons", "cubs", "cub", "bears", "bear", "takin",
		"takins", "monkeys", "chimpanzees", "zebras", "camels", "horses", "wolves", "eagles")
)

// thingRepression: water cannon, teargas or batons turned on a fire, a
// wall or a stuck car ("Police used water cannon to clean graffiti off
// the monument", "to put out the blaze", "to break the windows of the
// burning car") repress no one: 175 is force on people. The weapon's
// purpose ("to" + verb) or what it was used on ("on the flames") decides;
// on people, to disperse, to break up, to clear a camp it stays.
func thingRepression(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEO != "175" || !toks[head].IsVerb() {
		return false
	}
	switch toks[head].Lemma {
	case "use", "fire", "deploy", "turn", "spray":
	default:
		return false
	}
	w := -1
	for k := head + 1; k < len(toks) && k <= head+8; k++ {
		if crowdWeapons.Has(toks[k].Lower) {
			w = k
		}
		if toks[k].Lower == "to" || toks[k].Lower == "on" || toks[k].Lower == "at" || toks[k].Lower == "against" || toks[k].Lower == "," {
			break
		}
	}
	if w < 0 {
		return false
	}
	for k := w + 1; k < len(toks) && k <= w+3; k++ {
		switch toks[k].Lower {
		case "to":
			if k+1 >= len(toks) || !toks[k+1].IsVerb() {
				return false
			}
			v := k + 1
			n := countedNoun(toks, v+1)
			if v+1 < len(toks) && (toks[v+1].Lower == "out" || toks[v+1].Lower == "off" || toks[v+1].Lower == "down") {
				n = countedNoun(toks, v+2)
			}
			if n >= 0 && crowdNouns.Has(toks[n].Lower) {
				return false // "to clear protesters", "to free the road of marchers"
			}
			if cleaningVerbs.Has(toks[v].Lemma) {
				return true
			}
			return n >= 0 && struckThings.Has(toks[n].Lower) && !peopleBearer(toks, n)
		case "on", "at", "against":
			n := countedNoun(toks, k+1)
			return n >= 0 && struckThings.Has(toks[n].Lower) && !peopleBearer(toks, n)
		}
	}
	return false
}

var (
	crowdWeapons = wordset.Of("cannon", "cannons", "teargas", "tear-gas", "gas", "batons", "baton", "truncheons", "hoses", "spray")
	// cleaningVerbs: purposes no repression has.
	cleaningVerbs = wordset.Of("clean", "wash", "extinguish", "douse", "cool", "hose", "rinse", "scrub", "smoke", "dampen", "quench", "rescue")
	// struckThings: fires, paint and objects a weapon may be turned on.
	struckThings = wordset.Of("fire", "fires", "blaze", "blazes", "flames", "flame", "wildfire", "graffiti", "paint", "slogans",
		"windows", "window", "windscreen", "door", "doors", "car", "cars", "vehicle", "tanker", "truck", "lorry", "bus", "wreckage",
		"bees", "hornets", "wasps", "swarm", "nest", "snow", "ice", "debris", "rubble", "dust", "smoke", "statue", "monument",
		"wall", "walls")
	// crowdNouns: people a weapon turned on represses.
	crowdNouns = wordset.Of("protesters", "protestors", "demonstrators", "crowd", "crowds", "rioters", "marchers", "students",
		"supporters", "mourners", "farmers", "workers", "activists", "fans", "people", "youths", "residents", "villagers",
		"migrants", "refugees", "rally", "protest", "protests", "demonstration", "demonstrations", "camp", "sit-in", "march",
		"gathering", "mob", "mobs", "strikers", "opponents", "worshippers", "worshipers")
)

// emergencyService: firefighters, a fire brigade, rescue workers, civil
// defence or a disaster agency that evacuates, rescues or orders people
// out ("The fire brigade ordered the evacuation of residents from the
// burning tower", "Firefighters evacuated 200 residents") do a safety
// service, no political act (no aid between parties, no retreat, no
// expulsion). A coastguard is judged the same way, except towards
// migrants and refugees, whose rescue at sea stays aid (V18).
func emergencyService(ev *event.Event, toks []text.Token, head int) bool {
	switch ev.CAMEORoot {
	case "07", "08", "20":
	default:
		return false
	}
	switch toks[head].Lemma {
	case "evacuate", "evacuation", "order", "rescue", "save", "airlift", "pull", "move", "relocate", "help", "assist":
	default:
		return false
	}
	coast := false
	found := false
	// The subject: the words before the head back to the clause's start.
	for k := head - 1; k >= 0; k-- {
		t := &toks[k]
		if t.IsVerb() && t.Tag != "VBN" && t.Tag != "VBG" || t.Lower == ";" || t.Lower == "that" || t.Lower == "who" || t.Lower == "which" {
			break
		}
		if t.Text == "," && k+1 < head && toks[k+1].Tag != "CC" {
			break // "As floods rose, the army evacuated ...": another clause
		}
		switch t.Lower {
		case "firefighters", "firefighter", "firemen", "fireman", "rescuers", "paramedics", "lifeguards":
			found = true
		case "brigade", "brigades", "service", "services", "department", "departments", "crews", "crew", "teams", "team", "workers", "units":
			if k > 0 && (toks[k-1].Lower == "fire" || toks[k-1].Lower == "rescue" || toks[k-1].Lower == "emergency" ||
				toks[k-1].Lower == "ambulance" || toks[k-1].Lower == "disaster") {
				found = true
			}
		case "defence", "defense", "protection":
			if k > 0 && toks[k-1].Lower == "civil" {
				found = true
			}
		case "agency", "authority", "management", "agencies":
			for j := k - 1; j >= 0 && j >= k-3; j-- {
				if toks[j].Lower == "disaster" || toks[j].Lower == "emergency" || toks[j].Lower == "disasters" {
					found = true
				}
			}
		case "coastguard", "coastguards":
			found, coast = true, true
		case "guard", "guards":
			if k > 0 && toks[k-1].Lower == "coast" {
				found, coast = true, true
			}
		}
	}
	if !found || abroad(ev) {
		return false
	}
	if coast {
		for _, a := range ev.Target {
			if a.Sector == "REF" {
				return false
			}
		}
		for k := head + 1; k < len(toks); k++ {
			if toks[k].Lower == "migrants" || toks[k].Lower == "refugees" || toks[k].Lower == "asylum" {
				return false
			}
		}
	}
	return true
}

// civilianEvacuation: "ordered the evacuation of residents (civilians,
// villagers, families)" moves people, not the orderer's forces: no
// military retreat (0874), which the nominal withdrawal line reads in
// any evacuation. An order to leave ahead of an attack is K19's forced
// displacement (201), coded by its own line.
func civilianEvacuation(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEO != "0874" {
		return false
	}
	for k := head + 1; k+1 < len(toks) && k <= head+8; k++ {
		if toks[k].Lower != "evacuation" && toks[k].Lower != "evacuations" {
			continue
		}
		if toks[k+1].Lower != "of" {
			return false
		}
		n := countedNoun(toks, k+2)
		return n >= 0 && evacuatedPeople.Has(toks[n].Lower)
	}
	return false
}

var evacuatedPeople = wordset.Of("residents", "civilians", "villagers", "people", "families", "inhabitants", "tourists", "patients",
	"pupils", "students", "children", "passengers", "workers", "staff", "citizens", "nationals", "locals", "population", "households",
	"homes", "buildings", "building", "tower", "block", "school", "schools", "hospital", "hospitals")

// rescuedCaptive: security forces that rescue or free captives from
// their captors ("Nigerian troops rescued 45 kidnapped hostages", "French
// special forces rescued two hostages from jihadists", "Colombian
// soldiers freed 12 hostages held by the ELN") give no aid: CAMEO's 07
// is material aid to a party, and no party gets any; the captors are
// never aided, and the rescue is no captor's release (0841, the holder's
// act: "The ELN freed 12 hostages" stays). CAMEO has no rescue code; the
// force used against the captors is coded when it is told ("stormed the
// residence", "killed 33 militants"), so the rescue itself is no event.
// Rescues of migrants, of flood victims or of a bank stay aid.
func rescuedCaptive(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEO != "070" && ev.CAMEO != "0841" {
		return false
	}
	switch toks[head].Lemma {
	case "rescue", "free", "liberate", "save":
	default:
		return false
	}
	if len(ev.Source) == 0 || swapped(toks) {
		return false
	}
	for _, a := range ev.Source {
		switch a.Sector {
		case "MIL", "COP", "SPY":
		default:
			return false
		}
	}
	for k := head + 1; k < len(toks) && k <= head+10; k++ {
		if captiveWords.Has(toks[k].Lower) {
			return true
		}
		if toks[k].Lower == "by" && (toks[k-1].Lemma == "hold" || toks[k-1].Lemma == "kidnap" || toks[k-1].Lemma == "abduct") {
			return true
		}
		if toks[k].Text == ";" || toks[k].Tag == "CC" && k+1 < len(toks) && toks[k+1].IsVerb() {
			break // "... and killed 33 militants": another act
		}
	}
	return false
}

var captiveWords = wordset.Of("hostage", "hostages", "captive", "captives", "kidnapped", "abducted", "abductees", "kidnappers",
	"abductors", "captors", "kidnap", "kidnapping", "abduction")

// guardedPlace: "US authorities placed Washington under heavy police
// guard ahead of the inauguration": the line for people held under
// guard (173) read a city or a state as detained. A state or a city is
// nobody to detain: what is told is a raised police alert (151). The
// event is recoded when every target is a state or a place's state
// (no sector); a person, an opposition leader or a president stays 173.
func (p *Pipeline) guardedPlace(ev *event.Event, toks []text.Token, head int) {
	if ev.CAMEO != "173" || head < 0 || head >= len(toks) || len(ev.Target) == 0 {
		return
	}
	switch toks[head].Lemma {
	case "place", "put", "keep", "hold":
	default:
		return
	}
	guard := false
	for k := head + 1; k < len(toks) && k <= head+10; k++ {
		if toks[k].Lower == "under" {
			for j := k + 1; j < len(toks) && j <= k+4; j++ {
				if toks[j].Lower == "guard" {
					guard = true
				}
			}
			break
		}
	}
	if !guard {
		return
	}
	for _, a := range ev.Target {
		if a.Sector != "" {
			return
		}
	}
	p.recodeEvent(ev, "151")
}
