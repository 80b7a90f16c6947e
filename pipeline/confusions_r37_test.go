package pipeline

import "testing"

// TestR37WouldNotAllow: a party that says it will (would) not allow
// troops, inspectors, passage or inspection refuses now (12), as
// "refused to allow" does; rights it "would not allow to be violated"
// are a warning, no refusal.
func TestR37WouldNotAllow(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "would not allow foreign troops", text: "Kenyan officials said on Friday they would not allow American troops on their soil.", code: "1212", src: "KEN", tgt: "USA"},
		{why: "would not permit warships", text: "Turkey said it would not permit Russian warships in the straits.", code: "1212", src: "TUR", tgt: "RUS"},
		{why: "would not allow safe passage", text: "Britain said it would not allow him safe passage to the airport.", code: "120", src: "GBR", tgt: "-"},
		{why: "would not allow cameras", text: "Iran said it would not allow the IAEA to install cameras at the Fordow site.", code: "120", src: "IRN", tgt: "IGO"},
		// must not
		{why: "would allow troops", text: "Kenyan officials said on Friday they would allow American troops on their soil.", code: "12", none: true},
		{why: "rights not allowed to be violated is a warning", text: "Tehran said it would not allow its water rights on the Helmand river to be violated.", code: "12", none: true},
	})
}

// TestR37NecessaryMeans: "all necessary means" authorised against a
// party, or force authorised to drive it out of somewhere, threatens
// that party (138); means authorised to protect civilians are no threat.
func TestR37NecessaryMeans(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "necessary means against a state", text: "The Security Council authorised member states to use all necessary means against Sudan unless it disarmed the militias by March 1.", code: "138", src: "IGO", tgt: "SDN"},
		{why: "necessary means to drive a state out", text: "The Security Council authorized the coalition to use all necessary means to drive Serbia out of Kosovo.", code: "138", src: "IGO", tgt: "SRB"},
		// must not
		{why: "means to protect civilians", text: "The Security Council authorised member states to use all necessary means to protect civilians in Libya.", code: "13", none: true},
	})
}

// TestR37WillNotSend: a party that says it will (would) not send arms,
// not hand over its weapons, or has no intention of withdrawing its
// troops refuses (1222, 124, 1246); the same said without the negation,
// or no intention of another act, is no refusal.
func TestR37WillNotSend(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "would not send tanks", text: "The Canadian prime minister said Canada would not send the tanks Poland had asked for.", code: "1222", src: "CAN", tgt: "POL"},
		{why: "would not hand over weapons until", text: "The Kurdish militia said it would not hand over its heavy weapons until a new constitution guaranteed the rights of the Kurds.", code: "124", src: "-", tgt: "-"},
		{why: "no intention of withdrawing troops", text: "Moscow said it had no intention of withdrawing its troops from the region.", code: "1246", src: "RUS", tgt: "-"},
		// must not
		{why: "would send tanks", text: "The Canadian prime minister said Canada would send the tanks Poland had asked for.", code: "12", none: true},
		{why: "no intention of invading", text: "Moscow said it had no intention of invading Ukraine.", code: "12", none: true},
	})
}

// TestR37CalledNames: an act called a coup, treason, a terror attack or
// a unilateral move, a vote called illegal, and soldiers called
// mercenaries are denounced (111); a coup or a vote called for, and calm
// called for after a terror attack, are not.
func TestR37CalledNames(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "takeover called a coup", text: "Boris Yeltsin, the Russian president, called the takeover of the parliament a coup.", code: "111", src: "RUS", tgt: "-"},
		{why: "arrest called treason", text: "The Ugandan opposition called the arrest of its leader treason.", code: "111", src: "UGA", tgt: "-"},
		{why: "referendum called illegal", text: "The Kremlin called the Estonian referendum illegal.", code: "111", src: "RUS", tgt: "EST"},
		{why: "shooting called a terror attack", text: "The Norwegian government called the shooting a terror attack.", code: "111", src: "NOR", tgt: "-"},
		{why: "soldiers called mercenaries", text: "Burkina Faso's junta called the detained Ivorian soldiers mercenaries.", code: "111", src: "BFA", tgt: "CIV"},
		{why: "filling called a unilateral move", text: "Egypt called the filling of the Ethiopian dam a unilateral move.", code: "111", src: "EGY", tgt: "ETH"},
		// must not
		{why: "a coup called for", text: "The exiled Bolivian colonel called for a coup against the president.", code: "111", none: true},
		{why: "a vote called", text: "The Estonian president called the vote for next spring.", code: "111", none: true},
		{why: "calm called for after a terror attack", text: "The Norwegian government called for calm after the terror attack.", code: "111", none: true},
	})
}

// TestR37RequestedArrest: an arrest made at another state's request is
// judicial help to it (063) and an arrest of the one held (173); a
// deployment at a state's request holds nobody.
func TestR37RequestedArrest(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "arrested at the request of", text: "Thai police arrested the Russian arms dealer at the request of the United States.", code: "173", src: "THA", tgt: "RUS"},
		{why: "arrests at a state's request, headline", text: "Canada arrests Huawei executive at U.S. request", code: "173", src: "CAN", tgt: "CHN"},
		{why: "the request itself stays", text: "Thai police arrested the Russian arms dealer at the request of the United States.", code: "063", src: "THA", tgt: "USA"},
		// must not
		{why: "troops sent at a request", text: "Kenya sent troops to Somalia at the request of the Somali government.", code: "173", none: true},
	})
}

// TestR37PlanesTurnedBack: a state that turns back another state's planes
// carrying deportees refuses them (120, aimed at the state that sent
// them), as dev17, dev27 and dev28 key; boats of migrants turned back
// stay a pushback (174).
func TestR37PlanesTurnedBack(t *testing.T) {
	p := newTestPipeline(t)
	checkRootCases(t, p, []rootCase{
		{why: "military planes with deportees", text: "Honduras turned back two US military planes carrying deported migrants.", code: "120", src: "HND", tgt: "USA"},
		// must not
		{why: "a boat of migrants turned back", text: "The Australian navy turned back a boat carrying 40 asylum seekers.", code: "120", none: true},
	})
}
