package actor

import (
	"strings"

	"github.com/parley-events/parley/internal/wordset"
	"github.com/parley-events/parley/text"
)

// A capital after "from" that ends the object of a verb of receiving or
// buying, when that object is arms, aid or money, is the state that gave
// or sold them, as after "criticism from" (stanceNouns): "Taiwan received
// a shipment of Harpoon missiles from Washington" is the United States
// giving, not a city the missiles left. People and commerce keep the
// place: "Germany took in refugees from Kabul", "traders bought fuel from
// Cotonou" have no goods noun a state gives (A18).

// receivedActs are acts a state addresses to another that English says
// the other received "from" it: "an invitation from Washington", "a
// request from Kabul", "congratulations from Beijing" (A18, beside S18's
// sentActs).
var receivedActs = wordset.Of(
	"invitation", "invitations", "request", "requests", "congratulations",
	"plea", "pleas",
)

// makerVerbs name who made goods: "jets built by France".
var makerVerbs = wordset.Of(
	"build", "make", "manufacture", "produce", "develop", "design",
)

// receiptVerbs take the goods as their object and the giver after "from".
var receiptVerbs = wordset.Of(
	"receive", "get", "obtain", "acquire", "buy", "purchase", "import",
	"order", "accept", "secure",
)

// stateGoods are what a state gives or sells another: arms, military
// trainers, aid and credit.
var stateGoods = wordset.Of(
	"weapons", "arms", "ammunition", "munitions", "missiles", "missile",
	"rockets", "shells", "tanks", "jets", "warplanes", "aircraft",
	"helicopters", "drones", "warships", "frigates", "corvettes",
	"submarines", "vessels", "cutters", "howitzers", "artillery", "rifles",
	"launchers", "military", "armoured", "armored", "instructors",
	"trainers", "advisers", "advisors", "aid", "assistance", "loan",
	"loans", "credit", "credits", "grant", "grants", "bailout", "vaccines",
	"vaccine", "doses", "defence", "defense", "batteries", "boats",
	"frigate", "submarine", "destroyer", "corvette", "cutter",
)

// goodsFrom reports that the "from" at toks[k] follows the object of a
// receipt verb in the same clause, and that the object names goods a
// state gives; the name after it ends at toks[j] and must not modify a
// noun ("jets from Paris dealers"). Only a state's seat counts, not a
// city of its own ("Polish airlines received new jets from Seattle" is a
// maker's town): domestic cities are listed apart from the capitals.
func goodsFrom(toks []text.Token, k, j int, e *Entry) bool {
	if j < len(toks) && toks[j].IsNoun() || !strings.HasPrefix(e.Pos, "actors/countries.txt:") {
		return false
	}
	if k > 0 && receivedActs.Has(toks[k-1].Lower) {
		return true
	}
	goods := false
	for i := k - 1; i >= 0 && i >= k-12; i-- {
		t := &toks[i]
		switch {
		case t.Lower == "by" && i > 1 && toks[i-1].Tag == "VBN" && makerVerbs.Has(toks[i-1].Lemma):
			// "bought tanks made by South Korea from Seoul" (K19): the
			// maker's relative lies between the goods and the seller.
			i--
			continue
		case t.IsVerb() && !participleInPhrase(toks, i):
			return goods && receiptVerbs.Has(t.Lemma)
		case t.Tag == "IN" && t.Lower != "of", t.Tag == "TO", t.Lower == ";", t.Tag == "WDT", t.Tag == "WP":
			return false
		}
		if stateGoods.Has(t.Lower) {
			goods = true
		}
	}
	return false
}

// participleInPhrase: a participle after a determiner, number or
// adjective describes the noun after it ("a decommissioned cutter", "the
// locally built frigates"); it is not the verb of the clause.
func participleInPhrase(toks []text.Token, i int) bool {
	if toks[i].Tag != "VBN" && toks[i].Tag != "VBG" || i == 0 {
		return false
	}
	p := i - 1
	if toks[p].Tag == "RB" && p > 0 {
		p--
	}
	switch toks[p].Tag {
	case "DT", "CD", "JJ", "PRP$", "POS":
		return true
	}
	return false
}
