package pipeline

import (
	"testing"

	"github.com/parley-events/parley/event"
)

// sideFull: a side holds an actor of exactly this code ("ETHREB"), or
// anything for "-".
func sideFull(as []event.Actor, want string) bool {
	if want == "-" {
		return true
	}
	for _, a := range as {
		if a.Code == want {
			return true
		}
	}
	return false
}

// TestS17LeadHeldPlaces: the places a force holds ("rebel positions",
// "militant hideouts", "jihadist bases", "a Tamil Tiger stronghold") are
// the force, as "rebel camps" already were (data/actors/sectors.txt),
// and a verb line that wants the place noun after its object finds it as
// the phrase's last word (verb/match.go, headWordAfter). Things a force
// is or owns are not places ("sent military aircraft ... to Aceh").
func TestS17LeadHeldPlaces(t *testing.T) {
	p := newTestPipeline(t)
	checkSideCases(t, p, []m13Case{
		{why: "rebel positions, no known place", text: "Ethiopian troops bombed rebel positions in Tigray.", code: "19", src: "ETHMIL", tgt: "ETHREB"},
		{why: "rebel positions", text: "Syrian government forces shelled rebel positions near Hama.", code: "19", src: "-", tgt: "SYRREB"},
		{why: "insurgent positions", text: "Afghan troops pounded insurgent positions in Helmand.", code: "19", src: "AFGMIL", tgt: "AFGREB"},
		{why: "militant hideouts abroad", text: "Kenyan troops raided militant hideouts in Somalia.", code: "19", src: "KENMIL", tgt: "SOMREB"},
		{why: "a named group's positions as a passive subject", text: "Hezbollah positions were hit by Israeli jets.", code: "19", src: "ISRMIL", tgt: "LBNREB"},
		{why: "the place noun a verb line wants", text: "Sri Lankan troops overran a Tamil Tiger camp in the northeast.", code: "190", src: "LKAMIL", tgt: "LKASEP"},
		{why: "the place noun a verb line wants, a stronghold", text: "Sri Lankan troops overran the last Tamil Tiger stronghold in the northeast.", code: "190", src: "LKAMIL", tgt: "LKASEP"},
		{why: "captured positions", text: "Iraqi troops captured Islamic State positions west of Mosul.", code: "192", src: "IRQMIL", tgt: "-"},
		{why: "must not: sent aircraft are not the army hit", text: "Australia sent military aircraft carrying food and water to Aceh.", code: "07", src: "AUS", tgt: "AUSMIL", none: true},
		{why: "must not: a party's positions are not an attack", text: "The party changed its positions on immigration.", code: "19", src: "-", tgt: "-", none: true},
		{why: "must not: a president's political base", text: "The president rallied his base in Ohio.", code: "", src: "-", tgt: "-", none: true},
	}, sideFull)
}
