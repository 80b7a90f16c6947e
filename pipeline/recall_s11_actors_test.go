package pipeline

import (
	"strings"
	"testing"

	"github.com/parley-events/parley/event"
)

// TestRecallS11Actors codes wire sentences written for the eleventh
// session's actor families: groups named by a description, compounds
// with a state, weapons with an owner or a maker, and regions. Each
// event's code is easy (attack, arrest, meet, reject), so only the sides
// vary.
func TestRecallS11Actors(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		// A hacker has no land: the state that backs one is its own.
		{why: "Kremlin-backed hackers", text: "Kremlin-backed hackers attacked the websites of Ukraine's defence ministry on Monday, officials in Kyiv said.", code: "176", src: "RUSCRM", tgt: "UKR"},
		{why: "a Beijing-backed hacking group", text: "A Beijing-backed hacking group attacked computer networks of Taiwan's foreign ministry.", code: "176", src: "CHNCRM", tgt: "TWN"},
		// Armed men a state backs on the ground stay the land's.
		{why: "Russian-backed separatists stay local", text: "Russian-backed separatists attacked a Ukrainian army checkpoint near Luhansk.", code: "19", src: "UKRSEP", tgt: "UKRMIL"},
		{why: "Iran-backed militias stay local", text: "Iran-backed militias fired rockets at a US base in eastern Syria.", code: "19", src: "SYR", tgt: "USA"},
		// A named cult, a cult leader, a criminal network.
		{why: "the Aum Shinrikyo cult", text: "Members of the Aum Shinrikyo cult attacked commuters on the Tokyo subway in 1995.", code: "18", src: "JPNREB", tgt: "JPN"},
		{why: "a cult leader is no government", text: "Police in Mombasa arrested a cult leader accused of starving his followers.", code: "173", src: "KENCOP", tgt: "---REL"},
		{why: "a criminal network is no state", text: "Police in Lagos arrested members of a criminal network that smuggled migrants to Europe.", code: "173", src: "NGACOP", tgt: "---CRM"},
		// Armed men from a body named by a sector noun are its.
		{why: "gunmen from a local gang", text: "Gunmen from a local gang attacked a police station in the Haitian town of Mirebalais.", code: "19", src: "HTICRM", tgt: "HTICOP"},
		// A group's leader is the group's.
		{why: "the cartel's leader", text: "Mexican marines arrested the cartel's leader in a raid in Culiacan on Thursday.", code: "173", src: "MEXMIL", tgt: "MEXCRM"},
		{why: "the separatists' leader", text: "The separatists' leader accused Moldova of preparing an attack on Transnistria.", code: "11", src: "MDASEP", tgt: "MDA"},
		// A weapon owned by a group is the group.
		{why: "the rebels' drone", text: "The rebels' drone struck a British frigate off the coast of Yemen on Friday.", code: "19", src: "---REB", tgt: "GBRMIL"},
		{why: "Houthi rebels' drones", text: "Houthi rebels' drones attacked a Greek-owned tanker in the Red Sea.", code: "19", src: "YEMREB", tgt: "GRC"},
		{why: "a state's drones are its army", text: "Russia's drones struck energy facilities in Kharkiv overnight, Ukrainian officials said.", code: "19", src: "RUSMIL", tgt: "UKR"},
		// A region inside a plan's name is its topic; the plan's author
		// is the side.
		{why: "the Middle East peace plan of a president", text: "Palestinian leaders rejected the Middle East peace plan unveiled by US President Donald Trump.", code: "127", src: "PSE", tgt: "USA"},
		{why: "a European proposal is the Europeans'", text: "Israel rejected the European proposal for a ceasefire in Gaza.", code: "127", src: "ISR", tgt: "EUR"},
		// "peace" between a body and its envoy.
		{why: "the UN peace envoy", text: "The UN peace envoy for Yemen arrived in Sanaa for talks with Houthi leaders.", code: "042", src: "IGO", tgt: "YEM"},
		// Must-not: a personality cult and a cult following are nobody;
		// a weapon's maker is no side.
		{why: "a personality cult is no actor", text: "Critics accused the regime of building a personality cult around the president.", code: "11", none: true},
		{why: "a cult following is no actor", text: "The rebel band's songs won a cult following among students in Kampala.", code: "0", none: true},
	})
}

// TestRecallS11NoParty checks sides that must not appear: a weapon's
// maker, a region inside a plan's name, the story's state's army for
// drones its army shot down, and an army beside the rebels who own a
// drone.
func TestRecallS11NoParty(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, bad string }{
		{"Ukrainian forces shot down 20 Iranian-made drones over Kyiv overnight.", "IRN"},
		{"Palestinian leaders rejected the Middle East peace plan unveiled by US President Donald Trump.", "MEA"},
		{"Arab ministers discussed the Asia strategy of the United States in Cairo.", "ASA"},
		{"Erdogan met Putin in Sochi to discuss the Caucasus peace process.", "CAU"},
		{"Tehran condemned the Middle East policy of the Trump administration on Sunday.", "MEA"},
		{"The rebels' drone struck a British frigate off the coast of Yemen on Friday.", "---REBMIL"},
		{"Kremlin-backed hackers attacked the websites of Ukraine's defence ministry on Monday, officials in Kyiv said.", "UKRCRM"},
		{"Mexican marines arrested the cartel's leader in a raid in Culiacan on Thursday.", "MEXCRMGOV"},
		{"The separatists' leader accused Moldova of preparing an attack on Transnistria.", "MDASEPGOV"},
	} {
		for _, e := range codeText(t, p, "2024-05-01", c.text) {
			if sideHas(e.Source, c.bad) || sideHas(e.Target, c.bad) {
				t.Errorf("%q: %s %s>%s names %s, no party", c.text, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target), c.bad)
			}
		}
	}
	// The drones Ukraine's army shot down were not its own.
	s := "Ukrainian forces shot down 20 Iranian-made drones over Kyiv overnight."
	for _, e := range codeText(t, p, "2024-05-01", s) {
		if sideHas(e.Target, "UKRMIL") {
			t.Errorf("%q: %s %s>%s: the drones are not Ukraine's army", s, e.CAMEO, actorCodes(e.Source), actorCodes(e.Target))
		}
	}
}

// sideHas reports an actor whose code is bad, or begins with it when
// bad is a bare country.
func sideHas(as []event.Actor, bad string) bool {
	for _, a := range as {
		if a.Code == bad || len(bad) == 3 && strings.HasPrefix(a.Code, bad) {
			return true
		}
	}
	return false
}

// TestRecallS11SeaBeforeSpeaker: a name after "the" before a comma and
// an attributed body ("in the Red Sea, the Ministry of Defence said") is
// a place, not a person in apposition to the body, so the body alone is
// the one reporting; a person's name there still joins its role.
func TestRecallS11SeaBeforeSpeaker(t *testing.T) {
	p := newTestPipeline(t)
	for _, c := range []struct{ text, code, by string }{
		{"A drone struck a British destroyer in the Red Sea, the Ministry of Defence in London said.", "19", "GBRGOV"},
		{"A drone struck an oil depot near the Black Sea, the regional governor in Krasnodar said.", "19", "RUSGOV"},
		{"Gunmen attacked a police post near the Khyber Pass, the interior ministry in Islamabad said.", "19", "PAKGOV"},
		// Must-not: a person's name before his role is one actor.
		{"Police arrested Juan Perez Garcia, a former Mexican army officer, in El Paso.", "173", ""},
	} {
		var hit *event.Event
		evs := codeText(t, p, "2024-05-01", c.text)
		for i := range evs {
			if strings.HasPrefix(evs[i].CAMEO, c.code) {
				hit = &evs[i]
				break
			}
		}
		if hit == nil {
			t.Errorf("%q: no %s event; got %s", c.text, c.code, describe(evs))
			continue
		}
		if hit.Modality.ReportedBy != c.by {
			t.Errorf("%q: reported by %q, want %q", c.text, hit.Modality.ReportedBy, c.by)
		}
		if c.by == "" && !sideHas(hit.Target, "MEXELI") {
			t.Errorf("%q: target %s, want the named officer MEXELI", c.text, actorCodes(hit.Target))
		}
	}
}
