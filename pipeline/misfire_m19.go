package pipeline

import (
	"strings"

	"github.com/parley-events/parley/event"
	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// Events coded where the sentence tells no act of their code (M19): an
// occasion closed by its host, a sports body's fine, a loan of paintings,
// a sentencing recalled in a relative clause on someone the news is
// about, a bombing named inside another noun's phrase, a firm's threat to
// move its own production, and a vehicle that killed someone on a road.
// Each is judged on the event's head token and its sentence.

// misfireM19 reports an event that M19's rules find no such act in.
func misfireM19(ev *event.Event, toks []text.Token, head int) bool {
	if head < 0 || head >= len(toks) {
		return false
	}
	return closedOccasion(ev, toks, head) || sportsFine(ev, toks, head) || objectLoan(ev, toks, head) ||
		sentencedInPassing(ev, toks, head) || namedBombing(ev, toks, head) || relocationThreat(ev, toks, head) ||
		vehicleDeath(ev, toks, head)
}

// nounRunEnd: the last noun of the noun phrase that starts at k (its
// determiners, adjectives, numbers, names and compound nouns), or -1.
func nounRunEnd(toks []text.Token, k int) int {
	last := -1
	for ; k < len(toks); k++ {
		switch toks[k].Tag {
		case "DT", "JJ", "JJR", "JJS", "CD", "POS", "HYPH", "PRP$", "VBN", "VBG", "NN", "NNS", "NNP", "NNPS":
			if toks[k].IsNoun() {
				last = k
			}
			if (toks[k].Tag == "VBN" || toks[k].Tag == "VBG") && last >= 0 {
				return last // "the bill raising the wage": the participle starts a modifier
			}
		default:
			if toks[k].Text == "-" {
				continue
			}
			return last
		}
	}
	return last
}

// closedOccasion: "The president closed the summit (the conference, the
// session, the fair)" ends an occasion its host opened; only closing an
// office, an outlet, a border or a group restricts anyone (1721 and the
// other 17 lines). "closed down" or "shut" an occasion, one closed by a
// state, its government or regime, the police, the army or a court, and
// someone else's ("the rights group's exhibition") stay: that is
// breaking it up.
func closedOccasion(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEORoot != "17" || toks[head].Lemma != "close" || !toks[head].IsVerb() {
		return false
	}
	if head+1 < len(toks) && (toks[head+1].Lower == "down" || toks[head+1].Lower == "off") {
		return false
	}
	if len(ev.Source) == 0 {
		return false
	}
	for _, a := range ev.Source {
		if a.Sector == "" || a.Sector == "COP" || a.Sector == "MIL" || a.Sector == "SPY" || a.Sector == "JUD" || stateBodies.Has(lastWord(a.Text)) {
			return false
		}
	}
	n := nounRunEnd(toks, head+1)
	if n <= head || !occasionNouns.Has(toks[n].Lower) {
		return false
	}
	for k := head + 1; k < n; k++ {
		if toks[k].Tag == "POS" {
			return false // "closed the rights group's exhibition": someone else's
		}
	}
	return true
}

// stateBodies close what is not theirs: a host who closes an occasion is
// a person (a president, a minister, a speaker), while a state, its
// government, regime or authorities closing a conference ban it.
var stateBodies = wordset.Of("government", "governments", "regime", "junta", "authorities", "administration", "ministry", "state",
	"cabinet", "council", "police", "army", "military", "forces", "court", "officials", "municipality", "city")

// occasionNouns are gatherings a host opens and closes. Not "assembly" or
// "congress", which also name parliaments, nor "gathering(s)", which the
// lines on banned gatherings read.
var occasionNouns = wordset.Of("conference", "conferences", "summit", "summits", "meeting", "meetings", "session", "sessions",
	"exhibition", "exhibitions", "exhibit", "forum", "forums", "fair", "fairs", "festival", "festivals", "convention", "symposium",
	"seminar", "seminars", "workshop", "workshops", "ceremony", "ceremonies", "games", "expo", "tournament", "championship",
	"championships", "biennale", "debate", "colloquium", "retreat", "jamboree", "congresses", "show")

// sportsFine: a fine a league, a federation or a sports body imposes on a
// club, a team or a player ("UEFA fined the Serbian federation over fan
// violence", "The Spanish club was hit with a fine for racist chanting")
// is a sport's discipline, not a state's sanction (116). A fine imposed by
// a state, a court or a regulator, on a club too, stays.
func sportsFine(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEO != "116" {
		return false
	}
	fine := toks[head].Lemma == "fine"
	if !fine && toks[head].Lemma == "hit" {
		for k := head + 1; k < len(toks) && k < head+8; k++ {
			if toks[k].Lower == "fine" || toks[k].Lower == "fines" {
				fine = true
				break
			}
		}
	}
	if !fine {
		return false
	}
	body := false
	for _, a := range ev.Source {
		switch {
		case sportsBody(a), leagueOf(a, toks):
			body = true
		case a.Sector == "CVL":
		default:
			return false // a state, a court, a regulator
		}
	}
	if body {
		return true
	}
	for _, a := range ev.Target {
		if sportsNouns.Has(lastWord(a.Text)) {
			return true
		}
	}
	for k := 0; k < head; k++ {
		if sportsNouns.Has(toks[k].Lower) && toks[k].IsNoun() {
			return true
		}
	}
	return false
}

func sportsBody(a event.Actor) bool {
	switch a.Code {
	case "NGOFIF", "NGOUEF", "NGOIOC", "NGOWAD":
		return true
	}
	t := strings.ToLower(a.Text)
	return strings.Contains(t, "league") || strings.Contains(t, "football") || strings.Contains(t, "olympic")
}

// leagueOf: the source is a state's adjective on a sports body's noun
// the dictionaries do not know ("by the Italian league", "the Spanish
// federation fined the club").
func leagueOf(a event.Actor, toks []text.Token) bool {
	if a.Start < 0 || a.Sector != "" {
		return false
	}
	k := tokenAt(toks, a.End)
	for k < len(toks) && toks[k].Start < a.End {
		k++
	}
	if k < len(toks) && toks[k].Text == "football" {
		k++
	}
	return k < len(toks) && (toks[k].Lower == "league" || toks[k].Lower == "federation")
}

var sportsNouns = wordset.Of("club", "clubs", "team", "teams", "side", "federation", "footballer", "footballers", "player", "players",
	"striker", "goalkeeper", "midfielder", "defender", "coach", "manager", "athlete", "athletes", "cyclist", "driver", "jockey")

// objectLoan: a loan of paintings, statues or manuscripts, or one a
// museum, a gallery or a library (the subject) gets, lends objects for a show:
// not the economic aid (07) a loan of money is ("The Madrid museum received
// a loan of paintings from Paris").
func objectLoan(ev *event.Event, toks []text.Token, head int) bool {
	if len(ev.CAMEO) < 2 || ev.CAMEO[:2] != "07" {
		return false
	}
	money := false
	for k := range toks {
		w := toks[k].Lower
		if w == "$" || w == "€" || w == "£" || moneyWords.Has(w) {
			money = true
		}
	}
	if money {
		return false
	}
	// "The Madrid museum received a loan ...", "A museum in Tokyo
	// borrowed ...": a museum that borrows. Aid to rebuild a museum
	// ("sent aid to rebuild the national museum in Kabul") is aid.
	loan := false
	for k := range toks {
		switch toks[k].Lemma {
		case "loan", "lend", "borrow":
			loan = true
		}
		if w := toks[k].Lower; w == "loan" || w == "loans" || w == "lent" || w == "loaned" {
			loan = true
		}
	}
	for k := 0; loan && k < head; k++ {
		if museumNouns.Has(toks[k].Lower) && toks[k].IsNoun() {
			return true
		}
	}
	// "a loan of Goya's drawings", "lent twelve paintings to Abu Dhabi"
	for k := range toks {
		from := -1
		switch {
		case (toks[k].Lower == "loan" || toks[k].Lower == "loans") && k+1 < len(toks) && toks[k+1].Lower == "of":
			from = k + 2
		case k == head && (toks[k].Lemma == "lend" || toks[k].Lemma == "loan" || toks[k].Lemma == "borrow"):
			from = k + 1
		}
		if from < 0 {
			continue
		}
		if n := nounRunEnd(toks, from); n >= from && loanedObjects.Has(toks[n].Lower) {
			return true
		}
	}
	return false
}

var (
	moneyWords    = wordset.Of("million", "billion", "trillion", "dollars", "euros", "pounds", "yen", "yuan", "rupees", "francs", "credit", "funds", "funding", "cash", "bonds")
	museumNouns   = wordset.Of("museum", "museums", "gallery", "galleries", "library", "libraries")
	loanedObjects = wordset.Of("painting", "paintings", "artwork", "artworks", "works", "art", "artefacts", "artifacts", "antiquities",
		"drawings", "sculpture", "sculptures", "statue", "statues", "manuscript", "manuscripts", "relics", "treasures", "objects",
		"exhibits", "fossils", "skeleton", "tapestry", "tapestries", "jewels", "collection", "masterpiece", "masterpieces", "portrait",
		"portraits", "canvases")
)

// sentencedInPassing: a sentencing, a conviction or a jailing told in a
// relative clause on the subject of another verb ("Judge Smith, who
// sentenced the bomber in 2019, retired on Friday", "The magistrate who
// convicted the opposition leader was appointed minister") recalls who
// the subject is; the news is the other verb. A relative clause with no
// main verb after it ("protested against the judge who jailed the
// activist") still tells the act.
func sentencedInPassing(ev *event.Event, toks []text.Token, head int) bool {
	if !strings.HasPrefix(ev.CAMEO, "116") && ev.CAMEORoot != "17" {
		return false
	}
	switch toks[head].Lemma {
	case "sentence", "convict", "jail", "imprison", "acquit", "condemn", "indict":
	default:
		return false
	}
	j := head - 1
	for j > 0 && toks[j].Tag == "RB" {
		j--
	}
	if j < 1 || toks[j].Lower != "who" {
		return false
	}
	i := j - 1
	comma := toks[i].Text == ","
	if comma {
		i--
	}
	if i < 0 || !toks[i].IsNoun() {
		return false
	}
	for k := i - 1; k >= 0 && toks[k].Lower != "that" && toks[k].Text != ","; k-- {
		if finiteVerb(toks[k].Tag) {
			return false // on an object ("Protesters attacked the judge who jailed ..."): the clause may be why
		}
	}
	participle := -1 // "The judge who sentenced him ... retired/VBN in Atlanta": the tagger's past for a main verb
	for k := head + 1; k < len(toks); k++ {
		t := &toks[k]
		if t.Text == "," {
			if !comma {
				return false
			}
			n := k + 1
			for n < len(toks) && toks[n].Tag == "RB" {
				n++
			}
			return n < len(toks) && finiteVerb(toks[n].Tag)
		}
		if !comma {
			if finiteVerb(t.Tag) {
				return true
			}
			if t.Tag == "PRP" || t.Tag == "WDT" || t.Tag == "WP" || t.Tag == "CC" || relClauseOpeners.Has(t.Lower) {
				return false
			}
			if participle < 0 && t.Tag == "VBN" && toks[k-1].IsNoun() && (k+1 == len(toks) || toks[k+1].Lower != "by") {
				participle = k
			}
		}
	}
	// With no finite verb left, the subject's verb is the participle
	// (a reduced relative would leave the sentence without one).
	return participle > 0
}

func finiteVerb(tag string) bool { return tag == "VBD" || tag == "VBZ" || tag == "VBP" || tag == "MD" }

var relClauseOpeners = wordset.Of("that", "because", "after", "when", "while", "as", "if", "since", "before", "until", "where")

// namedBombing: a bombing named inside another noun's phrase ("Survivors
// of the Oklahoma City bombing met the president", "a suspect in the
// bombing of a mosque", "the anniversary of the Madrid bombings") is the
// name of a past act the sentence says something else about, not a
// bombing done (183) by whoever the sentence names. A wave or a series of
// bombings is counted, not named, and stays.
func namedBombing(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEORoot != "18" {
		return false
	}
	if w := toks[head].Lower; w != "bombing" && w != "bombings" {
		return false
	}
	k := head - 1
	for k >= 0 {
		switch toks[k].Tag {
		case "DT", "JJ", "CD", "POS", "HYPH", "NN", "NNS", "NNP", "NNPS", "VBN":
			k--
			continue
		}
		if toks[k].Text == "-" {
			k--
			continue
		}
		break
	}
	if k < 1 {
		return false
	}
	switch toks[k].Lower {
	case "of", "in", "to", "from":
	default:
		return false
	}
	n := &toks[k-1]
	if n.Tag == "VBN" && k >= 2 && toks[k-2].Lower == "those" {
		return true // "relatives of those killed in the Lockerbie bombing"
	}
	return n.IsNoun() && !bombingCounts.Has(n.Lower)
}

var bombingCounts = wordset.Of("wave", "waves", "series", "spate", "string", "campaign", "number", "spree", "rash", "flurry", "chain", "wake", "responsibility")

// relocationThreat: a firm's threat to move (relocate, shift) its
// production, plants or seat to another country ("The company threatened
// to move production to Mexico") is a business decision announced, not a
// threat against that country (13). A state firm's stays.
func relocationThreat(ev *event.Event, toks []text.Token, head int) bool {
	if ev.CAMEORoot != "13" || len(ev.Source) == 0 {
		return false
	}
	for _, a := range ev.Source {
		if a.Sector != "BUS" || stateOwned(a.Text) {
			return false
		}
	}
	for k := head + 1; k+1 < len(toks) && k <= head+3; k++ {
		if toks[k].Lower == "to" {
			return relocateVerbs.Has(toks[k+1].Lemma) && toks[k+1].Tag == "VB"
		}
	}
	return false
}

var relocateVerbs = wordset.Of("move", "relocate", "shift", "transfer", "outsource", "offshore")

// vehicleDeath: a bus, a truck or a train that killed or hit people
// ("after a bus killed two schoolchildren", "A speeding truck killed a
// boy") is a road or rail accident: no one attacked (18-20). A vehicle
// of the police or the army ("a police truck ran over a protester"), a
// named or national one, and a car or truck bomb stay.
func vehicleDeath(ev *event.Event, toks []text.Token, head int) bool {
	if !violentRoot(ev.CAMEORoot) || head < 1 {
		return false
	}
	switch toks[head].Lemma {
	case "kill", "hit", "crush", "run", "injure", "strike":
		// Not "ploughed into", "mowed down": a ramming is how a vehicle
		// attack is told ("A van mowed down pedestrians in Toronto").
	default:
		return false
	}
	if toks[head].Tag == "VBG" && toks[head-1].Text == "," {
		return vehicleCollision(toks, head-1)
	}
	return vehicleSubject(toks, head-1)
}

// vehicleSubject: the token at n heads a vehicle's phrase with no force,
// national or named modifier ("a speeding truck", not "a police car" or
// "an Israeli bulldozer").
func vehicleSubject(toks []text.Token, n int) bool {
	if n < 0 || !vehicleNouns.Has(toks[n].Lower) || !toks[n].IsNoun() || vehicleInPhrase(toks, n) {
		return false
	}
	for k := n - 1; k >= 0; k-- {
		t := &toks[k]
		if t.Tag == "DT" || t.Tag == "VBG" || t.Tag == "VBN" || t.Tag == "CD" || t.Tag == "JJ" && t.Text != "" && t.Text[0] >= 'a' && t.Text[0] <= 'z' || t.IsNoun() && !t.IsProper() {
			if forceWords.Has(t.Lower) {
				return false
			}
			if t.Tag == "DT" {
				break
			}
			continue
		}
		if t.IsProper() || t.Tag == "JJ" {
			return false // "an Israeli bulldozer", "a Hamas truck"
		}
		break
	}
	return true
}

// vehicleCollision: the clause before the comma at c tells one vehicle
// hitting another ("A train hit a minibus at a crossing, killing five"):
// the participle's toll is the collision's. A vehicle that hit a crowd
// or people may be a ramming and is not read.
func vehicleCollision(toks []text.Token, c int) bool {
	for k := c - 1; k > 0; k-- {
		t := &toks[k]
		if t.Text == "," || t.Tag == "CC" {
			return false
		}
		if !finiteVerb(t.Tag) {
			continue
		}
		switch t.Lemma {
		case "hit", "strike", "smash", "slam", "collide":
		default:
			return false
		}
		if !vehicleSubject(toks, k-1) {
			return false
		}
		o := k + 1
		if t.Lemma == "collide" || t.Lemma == "smash" || t.Lemma == "slam" {
			for o < c && toks[o].Tag != "IN" {
				o++
			}
			o++ // "collided with", "smashed into"
		}
		n := nounRunEnd(toks, o)
		return n >= o && n < c && vehicleNouns.Has(toks[n].Lower)
	}
	return false
}

var (
	vehicleNouns = wordset.Of("bus", "buses", "minibus", "truck", "trucks", "lorry", "lorries", "car", "cars", "train", "trains",
		"taxi", "van", "tram", "motorcycle", "motorbike", "tractor", "jeepney", "ferry", "coach", "tanker", "trailer", "suv")
	forceWords = wordset.Of("police", "army", "military", "armoured", "armored", "security", "troop", "soldiers", "militia", "rebel", "patrol", "convoy")
)

// accidentProtest: a protest after a road accident or a disaster ("Residents
// protested after a bus killed two schoolchildren", "after a landslide
// killed 30 miners", "after the death of a classmate in a road accident")
// answers no one's act: the state of the place (or the protesters' own) is
// no target of it, only a party the protesters name is. Run after
// domesticTarget, which gave it that state.
func accidentProtest(ev *event.Event, toks []text.Token, head int) {
	if ev.CAMEORoot != "14" || len(ev.Target) == 0 || head < 0 || head >= len(toks) {
		return
	}
	for _, a := range ev.Target {
		if a.Sector != "" || len(a.Code) != 3 {
			return
		}
		if a.Start >= 0 && (ev.Location == nil || a.Start != ev.Location.Start) {
			return // a state the protesters named
		}
	}
	for k := range toks {
		if w := toks[k].Lower; (w == "after" || w == "following" || w == "over") && accidentCause(toks, k+1) {
			ev.Target = []event.Actor{}
			return
		}
	}
}

// accidentCause: the phrase at k tells an accident: its head is an
// accident, a disaster or a vehicle with no force or named party in it ("a
// bus", "a building collapse", "a speeding truck"), or a death "in a
// road accident".
func accidentCause(toks []text.Token, k int) bool {
	n := nounRunEnd(toks, k)
	if n < k {
		return false
	}
	for j := k; j < n; j++ {
		if toks[j].IsProper() || forceWords.Has(toks[j].Lower) || toks[j].Tag == "JJ" && toks[j].Text != "" && toks[j].Text[0] >= 'A' && toks[j].Text[0] <= 'Z' {
			return false
		}
	}
	w := toks[n].Lower
	if (w == "explosion" || w == "blast") && n > k && (vehicleNouns.Has(toks[n-1].Lower) || blastSources.Has(toks[n-1].Lower)) {
		return true // "a tanker explosion", "a gas explosion"; a bare blast may be a bomb
	}
	if vehicleNouns.Has(w) || mishapNounsM19.Has(w) {
		return n+1 >= len(toks) || toks[n+1].Lower != "bomb"
	}
	if w != "death" && w != "deaths" {
		return false
	}
	for j := n + 1; j+1 < len(toks) && j < n+8; j++ {
		if toks[j].Text == "," || toks[j].Tag == "CC" || toks[j].Lower == "by" {
			return false
		}
		if toks[j].Lower == "in" || toks[j].Lower == "during" {
			if m := nounRunEnd(toks, j+1); m > j && mishapNounsM19.Has(toks[m].Lower) {
				return true
			}
		}
	}
	return false
}

var blastSources = wordset.Of("gas", "fuel", "boiler", "chemical", "chemicals", "pipeline", "factory", "mine", "cylinder", "methane", "fireworks")

var mishapNounsM19 = wordset.Of("accident", "accidents", "crash", "crashes", "collision", "collapse", "derailment", "fire", "blaze",
	"flood", "floods", "flooding", "landslide", "landslides", "mudslide", "earthquake", "quake", "storm", "cyclone", "typhoon",
	"hurricane", "stampede", "capsizing", "sinking", "avalanche", "tsunami", "leak")

// vetoedBill: a president's or a governor's veto of a bill or a law
// (129) rejects what the legislature passed ("Kenyan President William
// Ruto vetoed a bill raising the minimum wage", "vetoed a bill on media
// ownership"), so the state's legislature is its target: neither the
// whole state (domesticTarget) nor a party the bill's content names. A
// legislature named as the one that passed it is kept; a veto cast in
// the UN or the EU ("Hungary vetoed EU sanctions") is no head of
// government's on a bill and is left.
func vetoedBill(ev *event.Event, toks []text.Token, head int) {
	if ev.CAMEO != "129" || len(ev.Source) == 0 || head < 0 || head >= len(toks) || toks[head].Lemma != "veto" || !toks[head].IsVerb() {
		return
	}
	src := ev.Source[0]
	if len(src.Country) != 3 || src.Sector != "GOV" && src.Sector != "ELI" {
		return
	}
	n := nounRunEnd(toks, head+1)
	if n > head && (toks[n].Lower == "parts" || toks[n].Lower == "part" || toks[n].Lower == "sections") && n+1 < len(toks) && toks[n+1].Lower == "of" {
		n = nounRunEnd(toks, n+2) // "vetoed parts of a bill"
	}
	if n <= head || !billNouns.Has(toks[n].Lower) {
		return
	}
	for _, a := range ev.Target {
		if a.Sector == "LEG" || a.Start >= 0 && a.Start < toks[head].Start {
			return
		}
	}
	ev.Target = []event.Actor{{Text: "legislature", Code: src.Country + "LEG", Country: src.Country, Sector: "LEG", Start: -1, End: -1}}
}

var billNouns = wordset.Of("bill", "bills", "law", "laws", "legislation", "amendment", "amendments", "budget", "act")
